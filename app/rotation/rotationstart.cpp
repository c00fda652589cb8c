// SPDX-License-Identifier: GPL-3.0-or-later
// Starting and resuming a rotation: the checks before anything changes, then regenerate (in
// place) or copy (blue/green), prove, update integration credentials, hand over. Each step is
// saved before the next one starts.
#include "app/rotation/rotationrunner.h"

#include "app/services/clientsservice.h"
#include "app/services/integrationsservice.h"
#include "app/services/session.h"
#include "models/domain/servertext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RotationRunner)
};

ApiError refusal(const QString &message)
{
    ApiError e = ApiError::make(ApiError::Kind::Unknown, message);
    e.code = QString(RotationRunner::Refused);
    return e;
}

// Whether `c` is a copy that a rotation of `old` made, judged only by what the server holds: the
// copy's description notes the rotation with the old client's id in parentheses (copyBody(), in
// any language), and it was created after the old client. Nothing from the saved state counts:
// a planted state file could name any client and supply any name, grant or date.
bool isRotationCopyOf(const OAuthClient &c, const OAuthClient &old)
{
    if (c.id.isEmpty() || old.id.isEmpty() || c.id.compare(old.id, Qt::CaseInsensitive) == 0)
        return false;
    if (!c.description.contains(u'(' + old.id + u')', Qt::CaseInsensitive))
        return false;
    if (!c.dateCreated.isValid())
        return false;
    return !old.dateCreated.isValid() || c.dateCreated > old.dateCreated;
}

class StartRotation final : public Sequence<RotationOutcome>
{
public:
    StartRotation(RotationRunner *runner, const QString &clientId, RotationOptions options,
                  std::optional<RotationRecord> resumed, QObject *context, Handler<RotationOutcome> done)
        : Sequence(runner, context, std::move(done))
        , m_runner(runner)
        , m_options(std::move(options))
        , m_resuming(resumed.has_value())
    {
        if (resumed) {
            m_record = *resumed;
            m_options.strategy = m_record.strategy;
        } else {
            m_record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            m_record.orgId = session()->identity().organization.id;
            m_record.strategy = m_options.strategy;
            m_record.oldClientId = clientId;
            m_record.startedAt = m_runner->now();
        }
        readOldClient();
    }
    ~StartRotation() override { m_secret.fill(u'\0'); }

private:
    [[nodiscard]] Session *session() const { return m_runner->session(); }
    [[nodiscard]] ClientsService *clients() const { return session()->clients(); }
    [[nodiscard]] bool inPlace() const { return m_record.strategy == RotationStrategy::InPlace; }
    [[nodiscard]] QString newId() const { return inPlace() ? m_record.oldClientId : m_record.newClientId; }

    void note(const QString &text) { m_outcome.notes.append(text); }
    void save(RotationStep step)
    {
        m_record.advance(step, m_runner->now());
        if (!m_runner->save(m_record))
            note(Tr::tr("The rotation's state could not be saved: %1").arg(m_runner->store().errorString()));
    }
    void fail(const ApiError &e) { complete(e); }

    // --- the checks, before anything changes

    void readOldClient()
    {
        track(clients()->get(m_record.oldClientId, this, [this](Result<OAuthClient> r) {
            if (stopped())
                return;
            if (!r) {
                fail(r.error());
                return;
            }
            m_old = std::move(r.value());
            m_record.oldClientName = m_old.name;
            m_record.grantType = m_old.grantType;
            if (!m_resuming) {
                if (m_old.grant() == GrantType::Token) {
                    fail(refusal(Tr::tr("%1 uses the implicit grant (TOKEN), which has no secret to rotate.")
                                     .arg(m_old.name)));
                    return;
                }
                if (m_old.clientState() != ClientState::Active) {
                    fail(refusal(
                        Tr::tr("%1 is %2; only active clients are rotated.").arg(m_old.name, m_old.state)));
                    return;
                }
                if (const auto running = m_runner->store().forClient(m_old.id)) {
                    fail(refusal(
                        Tr::tr("A rotation of %1 is in progress (step: %2, started %3). Finish or resume it "
                               "first.")
                            .arg(
                                m_old.name, rotationStepLabel(running->step),
                                QLocale().toString(running->startedAt.toLocalTime(), QLocale::ShortFormat))));
                    return;
                }
            }
            checkGivenCredential();
        }));
    }

    void checkGivenCredential()
    {
        if (m_options.credentialId.isEmpty()) {
            findCredentials();
            return;
        }
        track(m_runner->integrations()->credential(
            m_options.credentialId, this, [this](Result<IntegrationCredential> r) {
                if (stopped())
                    return;
                if (!r) {
                    ApiError e = r.error();
                    if (e.isHttp(403))
                        e.message =
                            Tr::tr("Reading integration credential %1 needs integrations:integration:view; "
                                   "nothing was changed.")
                                .arg(m_options.credentialId);
                    fail(e);
                    return;
                }
                const IntegrationCredential &c = r.value();
                const bool holds =
                    c.clientId() == m_record.oldClientId ||
                    (m_resuming && !m_record.newClientId.isEmpty() && c.clientId() == m_record.newClientId);
                if (!c.holdsGenesysClient() || !holds) {
                    fail(refusal(
                        Tr::tr(
                            "Integration credential \"%1\" (%2) is of type %3 and holds client %4, not %5; "
                            "nothing was changed.")
                            .arg(c.name, c.id, c.typeName, c.clientId().isEmpty() ? u"-"_s : c.clientId(),
                                 m_record.oldClientId)));
                    return;
                }
                m_targets.append(c);
                findCredentials();
            }));
    }

    // The listing has no fields: each candidate is read by id. Without the permission the step
    // says so and the rotation goes on.
    void findCredentials()
    {
        track(m_runner->integrations()->credentialsHoldingClient(
            m_record.oldClientId, this, [this](Result<QList<IntegrationCredential>> r) {
                if (stopped())
                    return;
                if (!r) {
                    note(r.error().isHttp(403)
                             ? Tr::tr("Integration credentials were not checked: that needs the permission "
                                      "integrations:integration:view. The rotation goes on without them.")
                             : Tr::tr(
                                   "Integration credentials could not be checked (%1). The rotation goes on "
                                   "without them.")
                                   .arg(r.error().userMessage()));
                } else {
                    m_outcome.credentialsFound = r.value();
                    if (m_options.updateFoundCredentials)
                        for (const IntegrationCredential &c : r.value())
                            if (std::none_of(m_targets.cbegin(), m_targets.cend(),
                                             [&c](const IntegrationCredential &t) { return t.id == c.id; }))
                                m_targets.append(c);
                }
                proceed();
            }));
    }

    void proceed()
    {
        m_outcome.signedInClient =
            session()->method() == Session::Method::ClientCredentials &&
            session()->clientId().compare(m_record.oldClientId, Qt::CaseInsensitive) == 0;
        if (m_outcome.signedInClient && !inPlace())
            note(Tr::tr(
                "You are signed in with the client being replaced. It keeps working until it is retired; "
                "sign in with the new client before retiring it."));
        if (!m_resuming) {
            if (inPlace())
                regenerate();
            else
                create();
            return;
        }
        switch (m_record.step) {
        case RotationStep::Planned:
        case RotationStep::Creating:
            if (inPlace())
                regenerate();
            else
                findOrCreate();
            return;
        case RotationStep::Regenerating:
            note(Tr::tr("The last attempt may have changed the secret already; a new one is issued now."));
            regenerate();
            return;
        case RotationStep::Regenerated:
        case RotationStep::Proven:
        case RotationStep::CredentialUpdated:
            if (inPlace()) {
                note(Tr::tr("The secret was regenerated on %1; it is not issued again. If it was not stored, "
                            "regenerate it with 'clients secret'.")
                         .arg(QLocale().toString(m_record.updatedAt.toLocalTime(), QLocale::ShortFormat)));
                done();
                return;
            }
            if (m_record.step == RotationStep::CredentialUpdated) {
                note(Tr::tr(
                    "The integration credentials already hold the copy and its secret, so the secret is "
                    "not issued again."));
                handOver();
                return;
            }
            checkCopyThenRegenerate();
            return;
        case RotationStep::Created:
            checkCopyThenRegenerate();
            return;
        case RotationStep::Watching:
        case RotationStep::Deactivated:
        case RotationStep::Done:
            note(Tr::tr("This rotation was handed over already: retire the old client with finish."));
            m_outcome.record = m_record;
            complete(m_outcome);
            return;
        }
    }

    // --- in place

    void regenerate()
    {
        save(RotationStep::Regenerating);
        track(clients()->regenerateSecret(m_record.oldClientId, this, [this](Result<ClientWithSecret> r) {
            if (stopped())
                return;
            if (!r) {
                if (r.error().outcomeUnknown) {
                    m_record.note = r.error().userMessage();
                    m_runner->save(m_record); // resume regenerates again
                } else {
                    m_runner->forget(m_record); // nothing changed
                }
                fail(r.error());
                return;
            }
            m_secret = r->secret;
            Q_EMIT m_runner->secretIssued(m_record.oldClientId, m_secret);
            save(RotationStep::Regenerated);
            if (m_outcome.signedInClient &&
                session()->adoptRegeneratedSecret(m_record.oldClientId, m_secret.toUtf8())) {
                keepSignedInSecret();
                return;
            }
            prove();
        }));
    }

    // The session renews its token with the new secret from now on; the profile it signed in with
    // gets it in the keychain before the proof, so that the next start signs in with it.
    void keepSignedInSecret()
    {
        const QString until =
            QLocale().toString(session()->tokenExpiresAt().toLocalTime(), QLocale::ShortFormat);
        session()->keepAdoptedSecret(
            m_record.oldClientId, m_secret.toUtf8(), this, [this, until](bool kept, const QString &where) {
                if (stopped())
                    return;
                m_outcome.signedInSecretKept = kept;
                if (kept)
                    note(Tr::tr("You are signed in with this client: the current token stays valid until %1, "
                                "and OAuth Desk renews it with the new secret, which it saved in %2 for the "
                                "next start.")
                             .arg(until, where));
                else if (where.isEmpty())
                    note(Tr::tr("You are signed in with this client: the current token stays valid until %1, "
                                "and OAuth Desk renews it with the new secret. Store the new secret where "
                                "OAuth Desk got the old one (GENESYSCLOUD_OAUTHCLIENT_SECRET) before the "
                                "next start.")
                             .arg(until));
                else
                    note(Tr::tr("You are signed in with this client: the current token stays valid until %1, "
                                "and OAuth Desk renews it with the new secret for this run. %2 Sign in with "
                                "the new secret at the next start.")
                             .arg(until, where));
                prove();
            });
    }

    // --- blue/green

    [[nodiscard]] QJsonObject copyBody(const QString &name) const
    {
        QJsonObject body = m_old.toRequestJson();
        body.insert("name"_L1, name);
        body.insert("state"_L1, u"active"_s);
        const QString rotated = Tr::tr("Rotated from \"%1\" (%2) on %3 by OAuth Desk.")
                                    .arg(m_old.name, m_old.id, m_runner->now().date().toString(Qt::ISODate));
        body.insert("description"_L1,
                    m_old.description.isEmpty() ? rotated : m_old.description + u' ' + rotated);
        return body;
    }

    void create()
    {
        const QString name =
            m_options.newName.isEmpty() ? m_runner->defaultCopyName(m_old) : m_options.newName;
        m_record.newClientName = name;
        save(RotationStep::Creating);
        track(clients()->create(copyBody(name), this, [this](Result<ClientWithSecret> r) {
            if (stopped())
                return;
            if (!r) {
                if (r.error().outcomeUnknown) {
                    m_record.note = r.error().userMessage();
                    m_runner->save(m_record); // resume looks for it by name
                } else {
                    m_runner->forget(m_record);
                }
                fail(r.error());
                return;
            }
            m_record.newClientId = r->client.id;
            save(RotationStep::Created);
            if (r->secretLost) {
                regenerateCopy();
                return;
            }
            m_secret = r->secret;
            Q_EMIT m_runner->secretIssued(m_record.newClientId, m_secret);
            prove();
        }));
    }

    // Resume of Creating: the POST may have created the copy before the answer was lost.
    void findOrCreate()
    {
        track(clients()->list(this, [this](const Result<QList<OAuthClient>> &r) {
            if (stopped())
                return;
            if (!r) {
                fail(r.error());
                return;
            }
            // Only a copy of this old client counts (isRotationCopyOf), whatever the saved state
            // says about its name and start.
            QList<OAuthClient> matches;
            for (const OAuthClient &c : r.value())
                if (c.name == m_record.newClientName && isRotationCopyOf(c, m_old) &&
                    (!c.dateCreated.isValid() || c.dateCreated >= m_record.startedAt.addSecs(-300)))
                    matches.append(c);
            if (matches.isEmpty()) {
                create();
                return;
            }
            if (matches.size() > 1) {
                fail(refusal(
                    Tr::tr("%1 clients named \"%2\" were created since the rotation started; check the list "
                           "and delete the extra ones.")
                        .arg(matches.size())
                        .arg(m_record.newClientName)));
                return;
            }
            m_record.newClientId = matches.first().id;
            save(RotationStep::Created);
            regenerateCopy();
        }));
    }

    // Resuming from the saved state: the copy it names must be a copy of the old client by what the
    // server says (isRotationCopyOf: its description notes this rotation, created after the old
    // client), of the old client's grant and of the saved name, before its secret is issued anew; a
    // state file that names another client must never regenerate that client's secret.
    void checkCopyThenRegenerate()
    {
        track(clients()->get(m_record.newClientId, this, [this](Result<OAuthClient> r) {
            if (stopped())
                return;
            if (!r) {
                fail(r.error());
                return;
            }
            const OAuthClient &c = r.value();
            const bool nameOk = m_record.newClientName.isEmpty() || c.name == m_record.newClientName;
            const bool grantOk = c.grantType == m_old.grantType;
            if (!nameOk || !grantOk || !isRotationCopyOf(c, m_old)) {
                fail(refusal(
                    Tr::tr("The saved rotation names %1 (\"%2\") as its copy, but that client is not a "
                           "copy made by rotating %3: its description does not note that rotation, or it "
                           "is older than %3, or its name or grant type differ. Its secret was left "
                           "alone; nothing was changed. Check or delete the saved rotation in %4.")
                        .arg(servertext::oneLine(c.id), servertext::oneLine(c.name),
                             servertext::oneLine(m_old.id), m_runner->store().filePath())));
                return;
            }
            regenerateCopy();
        }));
    }

    // The copy is not handed over yet, so nobody uses its secret: issue it again.
    void regenerateCopy()
    {
        track(clients()->regenerateSecret(m_record.newClientId, this, [this](Result<ClientWithSecret> r) {
            if (stopped())
                return;
            if (!r) {
                fail(r.error());
                return;
            }
            m_secret = r->secret;
            Q_EMIT m_runner->secretIssued(m_record.newClientId, m_secret);
            note(
                Tr::tr("The copy's secret was issued again, since the one shown before is no longer known."));
            prove();
        }));
    }

    // --- both

    void prove()
    {
        Operation *op = secretproof::prove(session()->api(), newId(), m_secret, m_old.grant(),
                                           m_runner->proofPolicy(), this, [this](Result<SecretProof> r) {
                                               if (stopped())
                                                   return;
                                               if (!r) {
                                                   fail(r.error());
                                                   return;
                                               }
                                               m_outcome.proof = r.value();
                                               m_record.proofOk = r->ok;
                                               m_record.proofMessage = r->message;
                                               if (r->ok == true) {
                                                   save(RotationStep::Proven);
                                               } else if (r->ok == false && !inPlace()) {
                                                   // Not handed over: the copy stays at Created; resume
                                                   // issues its secret again.
                                                   m_runner->save(m_record);
                                                   m_outcome.record = m_record;
                                                   complete(m_outcome);
                                                   return;
                                               } else {
                                                   m_runner->save(m_record);
                                               }
                                               updateCredentials();
                                           });
        connect(op, &Operation::progress, this, &Operation::progress);
        track(op);
    }

    void updateCredentials()
    {
        if (m_targets.isEmpty()) {
            afterCredentials();
            return;
        }
        const IntegrationCredential c = m_targets.takeFirst();
        track(m_runner->integrations()->pointCredentialAt(
            c, newId(), m_secret, this, [this, c](Result<CredentialInfo> r) {
                if (stopped())
                    return;
                if (!r) {
                    note(
                        r.error().isHttp(403)
                            ? Tr::tr(
                                  "Integration credential \"%1\" was not updated: that needs the permission "
                                  "integrations:integration:edit. Update it by hand.")
                                  .arg(c.name)
                            : Tr::tr("Integration credential \"%1\" was not updated (%2). Update it by hand.")
                                  .arg(c.name, r.error().userMessage()));
                    m_credentialFailed = true;
                } else {
                    m_outcome.credentialsUpdated.append(c.id);
                    m_record.updatedCredentials.append(c.id);
                }
                updateCredentials();
            }));
    }

    void afterCredentials()
    {
        if (!m_outcome.credentialsUpdated.isEmpty())
            save(RotationStep::CredentialUpdated);
        if (m_credentialFailed)
            m_record.note = m_outcome.notes.constLast();
        if (inPlace())
            done();
        else
            handOver();
    }

    void handOver()
    {
        save(RotationStep::Watching);
        m_outcome.record = m_record;
        complete(m_outcome);
    }

    void done()
    {
        m_record.advance(RotationStep::Done, m_runner->now());
        m_runner->forget(m_record);
        m_outcome.record = m_record;
        complete(m_outcome);
    }

    void complete(const Result<RotationOutcome> &r)
    {
        if (r)
            m_outcome.secret = m_secret; // the one place the secret leaves this operation
        Sequence::complete(r.ok() ? Result<RotationOutcome>(m_outcome) : r);
    }

    RotationRunner *m_runner;
    RotationOptions m_options;
    bool m_resuming;
    RotationRecord m_record;
    RotationOutcome m_outcome;
    OAuthClient m_old;
    QList<IntegrationCredential> m_targets;
    QString m_secret;
    bool m_credentialFailed = false;
};
} // namespace

Operation *RotationRunner::start(const QString &clientId, const RotationOptions &options, QObject *context,
                                 Handler<RotationOutcome> done)
{
    return new StartRotation(this, clientId, options, std::nullopt, context, std::move(done));
}

Operation *RotationRunner::resume(const RotationRecord &record, const RotationOptions &options,
                                  QObject *context, Handler<RotationOutcome> done)
{
    return new StartRotation(this, record.oldClientId, options, record, context, std::move(done));
}

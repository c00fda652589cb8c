// SPDX-License-Identifier: GPL-3.0-or-later
// clients rotate ID [--strategy in-place|blue-green] [--name NAME] [--update-credential ID],
// clients rotate ID --finish [--delete] [--force], clients rotate --status.
#include "app/cli/commands.h"
#include "app/cli/textformat.h"
#include "app/rotation/rotationrunner.h"
#include "app/services/integrationsservice.h"
#include "app/services/resourceid.h"
#include "app/services/session.h"
#include "models/domain/servertext.h"
#include "models/json/rotationjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli::Rotate)
};

QString named(const QString &name, const QString &id)
{
    return name.isEmpty() ? text::oneLine(id)
                          : Tr::tr("\"%1\" (%2)").arg(text::oneLine(name), text::oneLine(id));
}

QJsonValue proofOk(const std::optional<bool> &ok)
{
    return ok ? QJsonValue(*ok) : QJsonValue(QJsonValue::Null);
}

// The one object of --json: {id, newId, strategy, step, secret, proof: {ok, message}, credentialUpdated}.
QJsonObject rotationJson(const RotationRecord &r, const QString &secret, bool credentialUpdated)
{
    const QString newId = r.strategy == RotationStrategy::InPlace ? r.oldClientId : r.newClientId;
    return QJsonObject{
        {u"id"_s, r.oldClientId},
        {u"newId"_s, newId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(newId)},
        {u"strategy"_s, rotationStrategyId(r.strategy)},
        {u"step"_s, rotationStepId(r.step)},
        {u"secret"_s, secret.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(secret)},
        {u"proof"_s, QJsonObject{{u"ok"_s, proofOk(r.proofOk)}, {u"message"_s, r.proofMessage}}},
        {u"credentialUpdated"_s, credentialUpdated}};
}

} // namespace

QString rotateOptionsProblem(const Invocation &inv, unsigned options)
{
    const unsigned starting = OptStrategy | OptName | OptUpdateCredential;
    if (inv.status && (options & ~OptStatus & (starting | OptFinish | OptDelete | OptForce)))
        return Tr::tr("--status lists rotations; it takes no other option of clients rotate.");
    if (inv.finish && (options & starting))
        return Tr::tr(
            "--finish retires the old client of a rotation; --strategy, --name and --update-credential "
            "belong to starting one.");
    if ((inv.deleteOld || inv.force) && !inv.finish)
        return Tr::tr("--delete and --force go with --finish.");
    if ((options & OptStrategy) && !rotationStrategyFromId(inv.strategy))
        return Tr::tr("--strategy takes in-place or blue-green, not \"%1\".").arg(inv.strategy);
    if ((options & OptName) && inv.strategy == u"in-place")
        return Tr::tr("--name names the blue/green copy; a rotation in place keeps the client as it is.");
    // The credential id becomes a path segment, the name a client's name: both are checked before
    // the rotation starts (a bad one found later would stop it halfway, with the copy made).
    if (options & OptUpdateCredential) {
        if (const QString why = ResourceId::problem(inv.credentialId); !why.isEmpty())
            return Tr::tr("--update-credential: \"%1\" is not an id. %2")
                .arg(text::oneLine(inv.credentialId).left(60), why);
    }
    if ((options & OptName) && (inv.name.trimmed().isEmpty() || servertext::needsCleaning(inv.name) ||
                                inv.name.contains(u'\n') || inv.name.contains(u'\t')))
        return Tr::tr("--name must be one line of visible text, without control characters or direction "
                      "overrides.");
    return {};
}

void CommandRunner::clientsRotate(const Invocation &inv)
{
    auto *integrations = new IntegrationsService(m_session->api(), this);
    // The profile's rotations (the one signed in with), else the org's.
    const QString profile = m_session->profileName().isEmpty() ? m_profile : m_session->profileName();
    auto *rotations =
        new RotationRunner(m_session, integrations,
                           RotationStore::forSession(profile, m_session->identity().organization.id), this);

    if (inv.status) {
        const QList<RotationRecord> all = rotations->store().load();
        if (m_style.json) {
            text::appendJsonArray(
                m_out, all.size(), [&all](qsizetype i) { return rotationjson::toJson(all.at(i)); },
                m_style.pretty);
        } else {
            text::Table t({Tr::tr("OLD CLIENT"), Tr::tr("NEW CLIENT"), Tr::tr("STRATEGY"), Tr::tr("STEP"),
                           Tr::tr("STARTED"), Tr::tr("UPDATED"), Tr::tr("OLD ID"), Tr::tr("NEW ID")});
            t.setMaxWidth(0, 32);
            t.setMaxWidth(1, 32);
            t.setAvailableWidth(m_style.terminalWidth);
            t.addFlexColumn(1, 12);
            t.addFlexColumn(0, 12);
            for (const RotationRecord &r : all)
                t.addRow({r.oldClientName, r.newClientName, rotationStrategyId(r.strategy),
                          rotationStepId(r.step), text::localDateTime(r.startedAt),
                          text::localDateTime(r.updatedAt), r.oldClientId, r.newClientId});
            t.render(m_out);
            m_out += (all.size() == 1 ? Tr::tr("1 rotation in progress.")
                                      : Tr::tr("%1 rotations in progress.").arg(all.size()))
                         .toUtf8() +
                     '\n';
        }
        done();
        return;
    }

    const QString id = inv.args.at(0);
    const std::optional<RotationRecord> saved = rotations->store().forClient(id);
    if (inv.finish) {
        if (!saved || saved->oldClientId != id) {
            note(QString(ProgramName) + u": "_s +
                 Tr::tr("No rotation of %1 is in progress (see '%2 clients rotate --status').")
                     .arg(id, ProgramName));
            done(ExitApiError);
            return;
        }
        m_pendingWarning =
            Tr::tr("The old client may have been set inactive already. Run 'clients get %1' to see its "
                   "state, and 'clients rotate %1 --finish' again.")
                .arg(id);
        track(rotations->finish(*saved, inv.deleteOld, inv.force, this, [this](Result<RotationRecord> r) {
            if (!r) {
                fail(r.error());
                return;
            }
            const RotationRecord &rec = r.value();
            if (m_style.json) {
                text::appendJson(m_out, rotationJson(rec, {}, !rec.updatedCredentials.isEmpty()),
                                 m_style.pretty);
            } else {
                text::Details d;
                d.add(Tr::tr("Old client"), named(rec.oldClientName, rec.oldClientId));
                d.add(Tr::tr("New client"), named(rec.newClientName, rec.newClientId));
                d.add(Tr::tr("Step"), rotationStepLabel(rec.step));
                d.add(Tr::tr("Note"), rec.note);
                d.render(m_out);
            }
            if (rec.step == RotationStep::Done)
                note(Tr::tr("The rotation of %1 is done.").arg(named(rec.oldClientName, rec.oldClientId)));
            done();
        }));
        return;
    }

    // The new secret is put in the output as soon as it is issued: a Ctrl-C or SIGTERM during the
    // proof (up to 30 s) must not lose it, since the old one may already be dead. The full result
    // replaces this when the rotation ends.
    connect(rotations, &RotationRunner::secretIssued, this,
            [this](const QString &clientId, const QString &secret) {
                m_out.clear();
                if (m_style.json) {
                    text::appendJson(m_out, QJsonObject{{u"id"_s, clientId}, {u"secret"_s, secret}},
                                     m_style.pretty);
                } else {
                    text::Details d;
                    d.add(Tr::tr("ID"), text::oneLine(clientId)); // the server's id, one line
                    d.add(Tr::tr("Secret"), secret);
                    d.render(m_out);
                }
                m_changesOrg = true;
            });

    RotationOptions options;
    options.strategy = rotationStrategyFromId(inv.strategy).value_or(RotationStrategy::BlueGreen);
    options.newName = inv.name;
    options.credentialId = inv.credentialId;
    const auto handler = [this, inv](Result<RotationOutcome> r) {
        if (!r) {
            fail(r.error());
            return;
        }
        const RotationOutcome &o = r.value();
        const RotationRecord &rec = o.record;
        m_out.clear(); // the early ID and secret (secretIssued): the full result follows
        const bool asked = !inv.credentialId.isEmpty();
        const bool credentialUpdated =
            asked ? o.credentialsUpdated.contains(inv.credentialId) : !o.credentialsUpdated.isEmpty();
        const bool inPlace = rec.strategy == RotationStrategy::InPlace;
        if (m_style.json) {
            text::appendJson(m_out, rotationJson(rec, o.secret, credentialUpdated), m_style.pretty);
        } else {
            text::Details d;
            d.add(Tr::tr("Strategy"), rotationStrategyLabel(rec.strategy));
            d.add(Tr::tr("Client"), named(rec.oldClientName, rec.oldClientId));
            if (!inPlace)
                d.add(Tr::tr("New client"), named(rec.newClientName, rec.newClientId));
            d.add(Tr::tr("ID"), text::oneLine(inPlace ? rec.oldClientId : rec.newClientId));
            d.add(Tr::tr("Secret"), o.secret);
            d.add(Tr::tr("Proof"), o.proof.message);
            QStringList updated;
            for (const QString &c : o.credentialsUpdated)
                updated.append(Tr::tr("%1 now holds the new id and secret").arg(text::oneLine(c)));
            d.addList(Tr::tr("Credentials"), updated);
            d.add(Tr::tr("Step"), rotationStepLabel(rec.step));
            d.render(m_out);
        }
        for (const QString &n : o.notes)
            note(n);
        for (const IntegrationCredential &c : o.credentialsFound)
            if (!o.credentialsUpdated.contains(c.id))
                note(Tr::tr(
                         "Integration credential %1 holds the old client's id; point it at the new one with "
                         "--update-credential %2, or by hand.")
                         .arg(named(c.name, c.id), text::oneLine(c.id)));
        if (!o.secret.isEmpty())
            note(Tr::tr("The new secret is shown only this once: store it now."));
        if (rec.step == RotationStep::Watching)
            note(Tr::tr("The rotation is saved. Hand the new id and secret over; when the old client is "
                        "quiet, retire "
                        "it with: %1 clients rotate %2 --finish [--delete]")
                     .arg(ProgramName, rec.oldClientId));
        if (!inPlace && rec.step == RotationStep::Created)
            note(
                Tr::tr(
                    "The copy was not handed over. Run '%1 clients rotate %2' again to issue its secret anew "
                    "and prove it.")
                    .arg(ProgramName, rec.oldClientId));
        if (o.proof.ok == false) {
            note(QString(ProgramName) + u": "_s +
                 Tr::tr("The new secret did not work: %1").arg(o.proof.message));
            done(ExitApiError);
            return;
        }
        done(asked && !credentialUpdated ? ExitApiError : ExitOk);
    };

    m_pendingWarning =
        Tr::tr("The rotation was interrupted: a secret may have been issued or a copy created. Its "
               "state is saved; run 'clients rotate %1' again to continue it.")
            .arg(id);
    if (saved) {
        if (saved->oldClientId != id) {
            note(QString(ProgramName) + u": "_s +
                 Tr::tr("%1 is the copy made by a rotation of %2 that is in progress.")
                     .arg(id, named(saved->oldClientName, saved->oldClientId)));
            done(ExitApiError);
            return;
        }
        if (saved->step == RotationStep::Watching || saved->step == RotationStep::Deactivated) {
            note(QString(ProgramName) + u": "_s +
                 Tr::tr("The blue/green rotation of %1 waits for the old client to be retired: run '%2 "
                        "clients rotate "
                        "%3 --finish [--delete]'.")
                     .arg(named(saved->oldClientName, id), ProgramName, id));
            done(ExitApiError);
            return;
        }
        if (!inv.strategy.isEmpty() && options.strategy != saved->strategy) {
            note(QString(ProgramName) + u": "_s +
                 Tr::tr("A %1 rotation of %2 is in progress; it is continued as it was started.")
                     .arg(rotationStrategyLabel(saved->strategy), id));
            done(ExitUsage);
            return;
        }
        note(Tr::tr("Continuing the rotation of %1 started %2 (step: %3).")
                 .arg(named(saved->oldClientName, id), text::localDateTime(saved->startedAt),
                      rotationStepLabel(saved->step)));
        track(rotations->resume(*saved, options, this, handler));
        return;
    }
    track(rotations->start(id, options, this, handler));
}

} // namespace cli

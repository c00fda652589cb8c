// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commands.h"

#include "app/bulk/bulkqueue.h"
#include "app/cli/rawclients.h"
#include "app/cli/textformat.h"
#include "app/config/promoter.h"
#include "app/services/catalogservice.h"
#include "app/services/clientsservice.h"
#include "app/services/directoryservice.h"
#include "app/services/session.h"
#include "app/services/usageservice.h"
#include "models/domain/servertext.h"

#include <QCoreApplication>

#include <atomic>

using namespace Qt::Literals::StringLiterals;

namespace cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli::Commands)
};

QString quoted(const OAuthClient &c)
{
    return c.name.isEmpty() ? text::oneLine(c.id)
                            : Tr::tr("\"%1\" (%2)").arg(text::oneLine(c.name), text::oneLine(c.id));
}

// Grants whose clients authenticate with their secret; an implicit (TOKEN) client has none to show.
bool grantHasSecret(const OAuthClient &c)
{
    return c.grant() != GrantType::Token;
}

std::atomic<bool> interruptFlag{false};
static_assert(std::atomic<bool>::is_always_lock_free, "set from a signal handler");
} // namespace

void noteInterrupt() noexcept
{
    interruptFlag.store(true);
}

bool interruptPending() noexcept
{
    return interruptFlag.load();
}

void clearInterrupt() noexcept
{
    interruptFlag.store(false);
}

int exitCodeFor(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::None:
        return ExitOk;
    case ApiError::Kind::Auth:
        return ExitAuth;
    case ApiError::Kind::Validation:
        return ExitUsage;
    case ApiError::Kind::Cancelled:
        return ExitInterrupted;
    case ApiError::Kind::Http:
        return error.httpStatus == 401 ? ExitAuth : ExitApiError;
    default:
        return ExitApiError;
    }
}

QString describeError(const ApiError &errorIn)
{
    // The server's fields are one line each: a newline in a message or a contextId cannot fake
    // another line of stderr (our own texts, such as a list of input problems, keep theirs).
    ApiError error = errorIn;
    if (error.kind == ApiError::Kind::Http || error.httpStatus > 0) {
        error.message = text::oneLine(error.message);
        error.code = text::oneLine(error.code);
        error.contextId = text::oneLine(error.contextId);
        error.correlationId = text::oneLine(error.correlationId);
        error.url = text::oneLine(error.url);
    }
    QString text = error.userMessage();
    if (error.kind == ApiError::Kind::Http || (error.kind == ApiError::Kind::Auth && error.httpStatus > 0)) {
        // The second line is for support and scripts: method, path, status, code, contextId.
        text += u"\n  "_s + error.summary();
        const QStringList fields = error.fieldNames();
        if (!fields.isEmpty())
            text += u"\n  "_s + Tr::tr("Fields the server named: %1").arg(fields.join(u", "_s));
    }
    return text;
}

CommandRunner::CommandRunner(Session *session, present::Style style, ErrorSink errors, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_style(style)
    , m_errors(std::move(errors))
{}

CommandRunner::~CommandRunner() = default;

void CommandRunner::run(const Invocation &inv, const PreparedInput &input)
{
    Q_ASSERT(inv.spec);
    const QStringList &a = inv.args;
    switch (inv.spec->id) {
    case CommandId::ClientsCreate:
    case CommandId::ClientsUpdate:
    case CommandId::ClientsSecret:
        m_changesOrg = true;
        break;
    case CommandId::ClientsDelete:
    case CommandId::ClientsDeactivate:
    case CommandId::ClientsActivate:
        m_changesOrg = !inv.dryRun;
        break;
    case CommandId::ClientsRotate:
        m_changesOrg = !inv.status;
        break;
    case CommandId::Diff:
        m_changesOrg = inv.apply && !inv.dryRun;
        break;
    default:
        break;
    }
    switch (inv.spec->id) {
    case CommandId::ClientsList:
        clientsList();
        break;
    case CommandId::ClientsGet:
        clientsGet(a.at(0));
        break;
    case CommandId::ClientsCreate:
        clientsCreate(input.clientBody);
        break;
    case CommandId::ClientsUpdate:
        clientsUpdate(a.at(0), input.clientBody);
        break;
    case CommandId::ClientsDelete:
    case CommandId::ClientsDeactivate:
    case CommandId::ClientsActivate:
        clientsBulk(inv.spec->id, input.ids, inv.dryRun);
        break;
    case CommandId::ClientsSecret:
        clientsSecret(a.at(0));
        break;
    case CommandId::AuthorizationsList:
        authorizationsList();
        break;
    case CommandId::AuthorizationsGet:
        authorizationsGet(a.at(0));
        break;
    case CommandId::ScopesList:
        scopesList();
        break;
    case CommandId::ScopesGet:
        scopesGet(a.at(0));
        break;
    case CommandId::UsageSummary:
        usageSummary(a.at(0), inv.days.value_or(7), inv.wait);
        break;
    case CommandId::UsageQuery:
        usageQuery(a.at(0), input.usageQuery, inv.wait);
        break;
    case CommandId::UsageResults:
        usageResults(a.at(0), a.at(1));
        break;
    case CommandId::RolesList:
        rolesList();
        break;
    case CommandId::DivisionsList:
        divisionsList();
        break;
    case CommandId::WhoAmI:
        whoami();
        break;
    case CommandId::InsightsUnused:
        insightsSweep(inv.days, false);
        break;
    case CommandId::InsightsChecks:
        insightsSweep(std::nullopt, true);
        break;
    case CommandId::Snapshot:
    case CommandId::Diff:
    case CommandId::ExportTerraform:
        snapshotCommand(inv);
        break;
    case CommandId::ClientsRotate:
        clientsRotate(inv);
        break;
    case CommandId::ClientsHistory:
        clientsHistory(a.at(0), inv.days.value_or(14));
        break;
    }
}

void CommandRunner::cancel(int code, const QString &reason)
{
    if (m_finished)
        return;
    m_cancelCode = code;
    m_cancelReason = reason;
    if (auto *promoter = qobject_cast<Promoter *>(m_promoter.data()); promoter && promoter->isRunning()) {
        // diff --apply: the client in flight finishes; the rest are skipped; what was done is shown.
        promoter->cancel();
        return;
    }
    if (auto *queue = qobject_cast<BulkQueue *>(m_bulk.data()); queue && queue->isRunning()) {
        // A bulk command: the client under way finishes, the rest are cancelled, the rows so far
        // are printed (bulkFinished).
        queue->cancel();
        return;
    }
    if (m_current) {
        m_current->cancel(); // the handler runs with Cancelled and ends the command
        return;
    }
    fail(ApiError::make(ApiError::Kind::Cancelled, QString()));
}

void CommandRunner::track(Operation *op)
{
    m_current = op;
    if (m_style.progress && op) {
        connect(op, &Operation::progress, this, [this](const QString &status) { note(status); });
    }
}

void CommandRunner::note(const QString &text)
{
    if (m_errors)
        m_errors(servertext::displayable(text).toUtf8() + '\n');
}

void CommandRunner::fail(const ApiError &error, const QString &context)
{
    if (m_finished)
        return;
    if (error.isCancelled() && m_cancelCode) {
        if (!m_cancelReason.isEmpty())
            note(QString(ProgramName) + u": "_s + m_cancelReason);
        if (!m_pendingWarning.isEmpty())
            note(m_pendingWarning);
        done(*m_cancelCode);
        return;
    }
    QString text = describeError(error);
    if (!context.isEmpty())
        text = context + u' ' + text;
    note(QString(ProgramName) + u": "_s + text);
    done(exitCodeFor(error));
}

void CommandRunner::done(int code)
{
    if (m_finished)
        return;
    if (code != ExitInterrupted && (interruptPending() || m_cancelCode == ExitInterrupted)) {
        // Ctrl-C came while the command was busy (a big listing being formatted, a file being
        // written): a read leaves nothing behind; changes already made are still reported.
        note(QString(ProgramName) + u": "_s + Tr::tr("Interrupted."));
        if (m_changesOrg)
            note(Tr::tr("The changes were made before the interrupt: the output shows them."));
        else
            m_out.clear();
        code = ExitInterrupted;
    } else if (m_cancelCode && code == ExitOk) {
        code = *m_cancelCode; // a promotion stopped by --timeout
    }
    m_finished = true;
    m_current = nullptr;
    // The one place stdout passes: server text never reaches a terminal raw (tables and details
    // clean their cells already; JSON and raw listings are made safe here).
    text::makeOutputSafe(m_out, m_style.json);
    Q_EMIT finished(code);
}

// ---------------------------------------------------------------------------------------------
// clients

void CommandRunner::clientsList()
{
    if (m_style.json && !m_style.pretty) {
        // Scripts on big orgs: the server's objects passed through (see rawclients.h).
        track(fetchRawClients(m_session->api(), this, [this](const Result<RawClients> &r) {
            if (!r) {
                fail(r.error());
                return;
            }
            appendRawArray(m_out, r->objects);
            if (r->skipped > 0)
                note(Tr::tr("%1 malformed entries of the listing were left out.").arg(r->skipped));
            done();
        }));
        return;
    }
    track(m_session->clients()->list(this, [this](const Result<QList<OAuthClient>> &r) {
        if (!r) {
            fail(r.error());
            return;
        }
        present::clients(m_out, r.value(), m_style);
        done();
    }));
}

void CommandRunner::clientsGet(const QString &id)
{
    track(m_session->clients()->get(
        id, this,
        printed<OAuthClient>([](QByteArray &out, const OAuthClient &c, const present::Style &style) {
            present::client(out, c, style);
        })));
}

void CommandRunner::clientsCreate(const QJsonObject &body)
{
    m_pendingWarning =
        Tr::tr("The request may have reached the server: run 'clients list' to see whether the client "
               "was created before trying again.");
    track(m_session->clients()->create(body, this, [this](const Result<ClientWithSecret> &r) {
        if (!r) {
            if (r.error().outcomeUnknown && !r.error().isCancelled()) {
                fail(r.error(), Tr::tr("The client may or may not have been created."));
                return;
            }
            fail(r.error());
            return;
        }
        const ClientWithSecret &created = r.value();
        present::client(m_out, created.client, m_style, created.secret);
        if (created.secretUnusable) {
            note(QString(ProgramName) + u": "_s +
                 Tr::tr("The client %1 was created, but the server answered an unusable secret (with "
                        "characters a secret cannot have), so it is not shown. Run '%2 clients secret %3' "
                        "to issue a new one.")
                     .arg(quoted(created.client), ProgramName, text::oneLine(created.client.id)));
            done(ExitApiError);
            return;
        }
        if (created.secretLost || (created.secret.isEmpty() && grantHasSecret(created.client))) {
            note(QString(ProgramName) + u": "_s +
                 Tr::tr(
                     "The client %1 was created, but its secret was not received. Run '%2 clients secret %3' "
                     "to issue a new one.")
                     .arg(quoted(created.client), ProgramName, created.client.id));
            done(ExitApiError);
            return;
        }
        if (!created.secret.isEmpty())
            note(Tr::tr("Created client %1. Its secret is shown only this once: store it now.")
                     .arg(quoted(created.client)));
        else
            note(Tr::tr("Created client %1.").arg(quoted(created.client)));
        done();
    }));
}

void CommandRunner::clientsUpdate(const QString &id, const QJsonObject &edits)
{
    track(m_session->clients()->get(id, this, [this, edits](const Result<OAuthClient> &current) {
        if (!current) {
            fail(current.error());
            return;
        }
        // The merged body must still be a valid request; the server's copy may be odd (an unknown
        // grant type), and then nothing is sent.
        const QStringList problems =
            validateClientRequestShape(buildClientUpdateBody(current->json.object(), edits));
        if (!problems.isEmpty()) {
            QString text = Tr::tr("The update would send an invalid client; nothing was changed:");
            for (const QString &p : problems)
                text += u"\n  "_s + p;
            note(QString(ProgramName) + u": "_s + text);
            done(ExitUsage);
            return;
        }
        track(
            m_session->clients()->update(current.value(), edits, this, [this](const Result<OAuthClient> &r) {
                if (!r) {
                    fail(r.error());
                    return;
                }
                present::client(m_out, r.value(), m_style);
                note(Tr::tr("Updated client %1.").arg(quoted(r.value())));
                done();
            }));
    }));
}

void CommandRunner::clientsSecret(const QString &id)
{
    m_pendingWarning = Tr::tr("The request may have reached the server: the secret may have changed. Run "
                              "'clients secret %1' again to get a secret you can see.")
                           .arg(id);
    track(m_session->clients()->regenerateSecret(id, this, [this](const Result<ClientWithSecret> &r) {
        if (!r) {
            fail(r.error());
            return;
        }
        const ClientWithSecret &c = r.value();
        if (m_style.json) {
            text::appendJson(m_out, present::clientJson(c.client, c.secret), m_style.pretty);
        } else {
            text::Details d;
            d.add(Tr::tr("ID"), text::oneLine(c.client.id));
            d.add(Tr::tr("Name"), text::oneLine(c.client.name));
            d.add(Tr::tr("Secret"), c.secret);
            d.render(m_out);
        }
        note(
            Tr::tr("The old secret of %1 no longer works. The new one is shown only this once: store it now.")
                .arg(quoted(c.client)));
        done();
    }));
}

// ---------------------------------------------------------------------------------------------
// authorizations, scopes

void CommandRunner::authorizationsList()
{
    track(m_session->catalog()->authorizations(this,
                                               printed<QList<OAuthAuthorization>>(present::authorizations)));
}

void CommandRunner::authorizationsGet(const QString &clientId)
{
    track(m_session->catalog()->authorization(clientId, this,
                                              printed<OAuthAuthorization>(present::authorization)));
}

void CommandRunner::scopesList()
{
    track(m_session->catalog()->scopes(this, printed<QList<OAuthScope>>(present::scopes)));
}

void CommandRunner::scopesGet(const QString &scopeId)
{
    track(m_session->catalog()->scope(scopeId, this, printed<OAuthScope>(present::scope)));
}

// ---------------------------------------------------------------------------------------------
// usage

void CommandRunner::usageSummary(const QString &clientId, int days, bool wait)
{
    UsageService *usage = m_session->usage();
    usageStart(
        clientId, wait,
        [this, usage, clientId, days](Handler<UsageResult> h) {
            return usage->runSummary(clientId, days, this, std::move(h));
        },
        [this, usage, clientId, days](Handler<UsageExecution> h) {
            return usage->summary(clientId, days, this, std::move(h));
        });
}

void CommandRunner::usageQuery(const QString &clientId, const UsageQuery &query, bool wait)
{
    UsageService *usage = m_session->usage();
    usageStart(
        clientId, wait,
        [this, usage, clientId, query](Handler<UsageResult> h) {
            return usage->runClientQuery(clientId, query, this, std::move(h));
        },
        [this, usage, clientId, query](Handler<UsageExecution> h) {
            return usage->startClientQuery(clientId, query, this, std::move(h));
        });
}

void CommandRunner::usageStart(const QString &clientId, bool wait,
                               const std::function<Operation *(Handler<UsageResult>)> &run,
                               const std::function<Operation *(Handler<UsageExecution>)> &start)
{
    if (wait) {
        track(run([this](const Result<UsageResult> &r) {
            if (!r) {
                fail(r.error());
                return;
            }
            present::usageRows(m_out, r->rows, m_style);
            done();
        }));
        return;
    }
    track(start([this, clientId](const Result<UsageExecution> &r) {
        if (!r) {
            fail(r.error());
            return;
        }
        present::usageExecution(m_out, r.value(), UsageService::clientResultsPath(clientId, r->executionId),
                                m_style);
        note(
            Tr::tr("Fetch the rows with: %1 usage results %2 %3").arg(ProgramName, clientId, r->executionId));
        done();
    }));
}

void CommandRunner::usageResults(const QString &clientId, const QString &executionId)
{
    track(
        m_session->usage()->clientResults(clientId, executionId, this, [this](const Result<UsageResult> &r) {
            if (!r) {
                fail(r.error());
                return;
            }
            present::usageResult(m_out, r.value(), m_style);
            switch (r->status) {
            case UsageStatus::Complete:
                done();
                return;
            case UsageStatus::Running:
                note(Tr::tr("The query is still running; ask again in a few seconds."));
                done();
                return;
            case UsageStatus::Failed:
                note(QString(ProgramName) + u": "_s +
                     Tr::tr("The platform reports that the usage query failed."));
                done(ExitApiError);
                return;
            case UsageStatus::Unknown:
                note(QString(ProgramName) + u": "_s +
                     Tr::tr("The usage query reports an unknown status \"%1\".")
                         .arg(text::clean(r->rawStatus.left(40))));
                done(ExitApiError);
                return;
            }
        }));
}

// ---------------------------------------------------------------------------------------------
// directory

void CommandRunner::rolesList()
{
    track(m_session->directory()->roles(this, printed<QList<Role>>(present::roles)));
}

void CommandRunner::divisionsList()
{
    track(m_session->directory()->divisions(this, printed<QList<Division>>(present::divisions)));
}

void CommandRunner::whoami()
{
    // Sign-in already asked tokens/me; no second request.
    present::Identity who;
    who.info = m_session->identity();
    who.endpoints = m_session->endpoints();
    who.tokenExpiresAt = m_session->tokenExpiresAt();
    who.clientCredentials = m_session->method() == Session::Method::ClientCredentials;
    present::whoami(m_out, who, m_style);
    done();
}

} // namespace cli

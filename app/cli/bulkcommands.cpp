// SPDX-License-Identifier: GPL-3.0-or-later
// clients deactivate / activate / delete ID... (or "-" for ids on standard input): one action on
// many clients through BulkQueue, the same queue as the GUI's bulk actions.
#include "app/bulk/bulkqueue.h"
#include "app/cli/commands.h"
#include "app/cli/textformat.h"
#include "app/services/clientsservice.h"
#include "app/services/directoryservice.h"
#include "app/services/session.h"
#include "app/services/signedinclient.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli::Bulk)
};

// Up to this many ids are read one GET each; more are found in one listing.
constexpr qsizetype MaxSingleGets = 10;

BulkQueue::Action actionFor(CommandId command)
{
    switch (command) {
    case CommandId::ClientsActivate:
        return BulkQueue::Action::Activate;
    case CommandId::ClientsDelete:
        return BulkQueue::Action::Delete;
    default:
        return BulkQueue::Action::Deactivate;
    }
}

// The "result" of a row: what happened, or under --dry-run what would.
QString resultId(const BulkQueue::Row &row, bool dryRun)
{
    if (dryRun && row.outcome == BulkQueue::Outcome::Pending)
        return u"would "_s + BulkQueue::actionName(row.action);
    return BulkQueue::outcomeName(row.outcome);
}

QString resultLabel(const BulkQueue::Row &row, bool dryRun)
{
    using O = BulkQueue::Outcome;
    if (dryRun && row.outcome == O::Pending) {
        switch (row.action) {
        case BulkQueue::Action::Deactivate:
            return Tr::tr("would deactivate");
        case BulkQueue::Action::Activate:
            return Tr::tr("would activate");
        case BulkQueue::Action::Delete:
            return Tr::tr("would delete");
        }
    }
    switch (row.outcome) {
    case O::Pending:
        return Tr::tr("pending");
    case O::Running:
        return Tr::tr("running");
    case O::Done:
        switch (row.action) {
        case BulkQueue::Action::Deactivate:
            return Tr::tr("deactivated");
        case BulkQueue::Action::Activate:
            return Tr::tr("activated");
        case BulkQueue::Action::Delete:
            return Tr::tr("deleted");
        }
        break;
    case O::Skipped:
        return Tr::tr("skipped");
    case O::Failed:
        return Tr::tr("failed");
    case O::Cancelled:
        return Tr::tr("cancelled");
    }
    return {};
}
} // namespace

// The state of one bulk command, shared by its steps.
struct BulkRun
{
    BulkQueue::Action action = BulkQueue::Action::Deactivate;
    bool dryRun = false;
    QStringList ids;    // as given (duplicates too: the queue skips them)
    QStringList unique; // the ids to look up, each once
    QString self;       // the signed-in client
    qsizetype nextGet = 0;
    QHash<QString, OAuthClient> found;    // by lower-case id
    QHash<QString, QString> lookupErrors; // by lower-case id: a GET that failed otherwise than 404
    BulkQueue *queue = nullptr;
};

void CommandRunner::clientsBulk(CommandId command, const QStringList &ids, bool dryRun)
{
    if (ids.isEmpty()) { // CliApp refuses this before; a caller in a test may not
        note(QString(ProgramName) + u": "_s + Tr::tr("No client ids given."));
        done(ExitUsage);
        return;
    }
    auto run = std::make_shared<BulkRun>();
    run->action = actionFor(command);
    run->dryRun = dryRun;
    run->ids = ids;
    // Linear in the ids (a quadratic search took minutes for 100,000 ids, beyond --timeout).
    QSet<QString> seen;
    seen.reserve(ids.size());
    for (const QString &id : ids) {
        if (!seen.contains(id.toLower())) {
            seen.insert(id.toLower());
            run->unique.append(id);
        }
    }
    run->self = signedInClientId(m_session);
    if (!run->self.isEmpty()) {
        bulkFetch(run);
        return;
    }
    // A token from elsewhere: ask which client it belongs to, so that it is never acted on.
    track(m_session->directory()->tokenInfo(this, [this, run](const Result<TokenInfo> &r) {
        if (!r) {
            fail(r.error());
            return;
        }
        run->self = r->oauthClient.id;
        bulkFetch(run);
    }));
}

void CommandRunner::bulkFetch(const std::shared_ptr<BulkRun> &run)
{
    // The signed-in client is skipped whatever its state: no need to read it.
    run->unique.removeIf(
        [&run](const QString &id) { return id.compare(run->self, Qt::CaseInsensitive) == 0; });
    if (run->unique.size() <= MaxSingleGets) {
        bulkGetNext(run);
        return;
    }
    ApiClient *api = m_session->api();
    api->startTimeLimit(api->timeLimit());
    track(m_session->clients()->list(this, [this, run](const Result<QList<OAuthClient>> &r) {
        if (!r) {
            fail(r.error());
            return;
        }
        for (const OAuthClient &c : r.value())
            run->found.insert(c.id.toLower(), c);
        bulkStart(run);
    }));
}

void CommandRunner::bulkGetNext(const std::shared_ptr<BulkRun> &run)
{
    if (run->nextGet >= run->unique.size()) {
        bulkStart(run);
        return;
    }
    const QString id = run->unique.at(run->nextGet++);
    ApiClient *api = m_session->api();
    api->startTimeLimit(api->timeLimit()); // --timeout per client
    track(m_session->clients()->get(id, this, [this, run, id](const Result<OAuthClient> &r) {
        if (r) {
            run->found.insert(id.toLower(), r.value());
        } else if (r.error().isCancelled() || exitCodeFor(r.error()) == ExitAuth) {
            fail(r.error()); // Ctrl-C, or a refused token: nothing was changed
            return;
        } else if (!r.error().isNotFound()) {
            run->lookupErrors.insert(id.toLower(), r.error().userMessage());
        }
        bulkGetNext(run);
    }));
}

void CommandRunner::bulkStart(const std::shared_ptr<BulkRun> &run)
{
    m_current = nullptr;
    QList<OAuthClient> targets;
    targets.reserve(run->ids.size());
    for (const QString &id : std::as_const(run->ids)) {
        OAuthClient c = run->found.value(id.toLower());
        if (c.id.isEmpty())
            c.id = id; // not found: the queue plans it as failed
        targets.append(c);
    }
    auto *queue = new BulkQueue(m_session->clients(), run->action, targets, run->self, this);
    run->queue = queue;
    m_bulk = queue;
    queue->setTimeLimitPerClient(m_session->api()->timeLimit());
    if (run->dryRun) {
        bulkFinished(run);
        return;
    }
    int throughInactive = 0;
    if (run->action == BulkQueue::Action::Delete) {
        for (qsizetype i = 0; i < targets.size(); ++i) {
            const ClientState state = targets.at(i).clientState();
            throughInactive += queue->rows().at(i).outcome == BulkQueue::Outcome::Pending &&
                                       (state == ClientState::Active || state == ClientState::Disabled)
                                   ? 1
                                   : 0;
        }
    }
    if (throughInactive > 0)
        note(throughInactive == 1
                 ? Tr::tr("1 active or disabled client is set inactive first, as the platform requires, then "
                          "deleted.")
                 : Tr::tr("%1 active or disabled clients are set inactive first, as the platform requires, "
                          "then deleted.")
                       .arg(throughInactive));
    if (m_style.progress) {
        const qsizetype total = queue->rows().size();
        connect(queue, &BulkQueue::rowChanged, this, [this, queue, total](int i) {
            const BulkQueue::Row &row = queue->rows().at(i);
            if (row.outcome == BulkQueue::Outcome::Pending || row.outcome == BulkQueue::Outcome::Running)
                return;
            note(u"[%1/%2] "_s.arg(i + 1).arg(total) + resultLabel(row, false) + u' ' +
                 text::oneLine(row.id));
        });
    }
    connect(queue, &BulkQueue::finished, this, [this, run] { bulkFinished(run); });
    queue->start();
}

void CommandRunner::bulkFinished(const std::shared_ptr<BulkRun> &run)
{
    const BulkQueue *queue = run->queue;
    const QList<BulkQueue::Row> &rows = queue->rows();
    // The message of a row: a lookup that failed otherwise than "not found" says why.
    auto messageOf = [&run](const BulkQueue::Row &row) {
        const QString lookup = run->lookupErrors.value(row.id.toLower());
        return row.outcome == BulkQueue::Outcome::Failed && row.name.isEmpty() && !lookup.isEmpty()
                   ? lookup
                   : row.message;
    };
    if (m_style.json) {
        text::appendJsonArray(
            m_out, rows.size(),
            [&](qsizetype i) {
                const BulkQueue::Row &row = rows.at(i);
                return QJsonObject{{u"id"_s, row.id},
                                   {u"name"_s, row.name},
                                   {u"action"_s, BulkQueue::actionName(row.action)},
                                   {u"result"_s, resultId(row, run->dryRun)},
                                   {u"message"_s, messageOf(row)}};
            },
            m_style.pretty);
    } else {
        int width = 0;
        for (const BulkQueue::Row &row : rows)
            width = std::max(width, text::displayWidth(resultLabel(row, run->dryRun)));
        for (const BulkQueue::Row &row : rows) {
            const QString label = resultLabel(row, run->dryRun);
            QString line =
                label + QString(width - text::displayWidth(label) + 2, u' ') + text::oneLine(row.id);
            if (!row.name.isEmpty())
                line += u"  \""_s + text::oneLine(row.name) + u'"';
            if (const QString message = messageOf(row); !message.isEmpty())
                line += u"  "_s + text::oneLine(message);
            m_out += line.toUtf8() + '\n';
        }
    }

    const int failed = queue->count(BulkQueue::Outcome::Failed);
    if (queue->stoppedByAuthentication()) {
        note(QString(ProgramName) + u": "_s +
             Tr::tr("The token was refused (HTTP 401); the run stopped there. Sign in again and run the "
                    "command for the clients not done."));
        done(ExitAuth);
        return;
    }
    if (m_cancelCode) {
        if (!m_cancelReason.isEmpty())
            note(QString(ProgramName) + u": "_s + m_cancelReason);
        done(*m_cancelCode);
        return;
    }
    if (failed > 0)
        note(QString(ProgramName) + u": "_s +
             (failed == 1 ? Tr::tr("1 client failed.") : Tr::tr("%1 clients failed.").arg(failed)));
    done(failed > 0 ? ExitApiError : ExitOk);
}

} // namespace cli

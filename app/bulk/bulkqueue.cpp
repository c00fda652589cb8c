// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/bulk/bulkqueue.h"

#include "app/net/operation.h"
#include "app/net/ratebudget.h"
#include "app/services/clientsservice.h"

#include <QLocale>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace {
// A target the caller could not find (the CLI passes such an id with nothing else set).
bool isUnknownClient(const OAuthClient &c)
{
    return c.json.isEmpty() && c.name.isEmpty() && c.state.isEmpty();
}

// The rest is the platform's (401 after re-authentication failed, see ApiCall::fail).
bool isAuthenticationRefused(const ApiError &e)
{
    return e.isHttp(401) || e.kind == ApiError::Kind::Auth;
}
} // namespace

BulkQueue::BulkQueue(ClientsService *clients, Action action, const QList<OAuthClient> &targets,
                     const QString &signedInClientId, QObject *parent)
    : QObject(parent)
    , m_clients(clients)
    , m_action(action)
{
    planRows(targets, signedInClientId);
}

BulkQueue::~BulkQueue()
{
    // A request under way is not taken back, but its answer has nobody to go to: the queue says
    // nothing more (its listeners may be going too). The budget forgets its backlog by itself.
    blockSignals(true);
    if (m_current)
        m_current->cancel();
}

void BulkQueue::planRows(const QList<OAuthClient> &targets, const QString &signedInClientId)
{
    const QDateTime now = m_clients->api()->serverNow();
    QSet<QString> seen;
    m_targets = targets;
    m_rows.reserve(targets.size());
    for (const OAuthClient &c : targets) {
        Row row;
        row.id = c.id;
        row.name = c.name;
        row.previousState = c.state;
        row.action = m_action;
        auto skip = [&row](const QString &why) {
            row.outcome = Outcome::Skipped;
            row.message = why;
        };
        const QString key = c.id.toLower();
        const ClientState state = c.clientState();
        if (seen.contains(key)) {
            skip(tr("listed more than once; acted on once"));
        } else if (!signedInClientId.isEmpty() && key == signedInClientId.toLower()) {
            skip(tr("the session is signed in with this client"));
        } else if (isUnknownClient(c)) {
            row.outcome = Outcome::Failed;
            row.message = tr("no client with this id");
        } else if (state == ClientState::Deleted) {
            skip(tr("already deleted"));
        } else if (m_action == Action::Deactivate) {
            if (state == ClientState::Inactive)
                skip(tr("already inactive"));
            else if (state == ClientState::Disabled)
                // It gets no tokens already; made inactive, a later Activate would make it active,
                // and the platform's "disabled" would be lost. Delete removes it if that is meant.
                skip(tr("disabled: it gets no tokens already (Delete removes it); left as it is"));
            else if (state == ClientState::Unknown)
                skip(tr("its state \"%1\" is not one OAuth Desk knows; not changed").arg(c.state.left(40)));
        } else if (m_action == Action::Activate) {
            if (state == ClientState::Active)
                skip(tr("already active"));
            else if (state == ClientState::Disabled)
                // CONTRACT.md §4: disabled is the platform's (support's) decision, not an inactive client.
                skip(tr("disabled (by support, as the platform treats it); not activated here"));
            else if (state == ClientState::Unknown)
                skip(tr("its state \"%1\" is not one OAuth Desk knows; not changed").arg(c.state.left(40)));
            else if (c.dateToDelete.isValid() && c.dateToDelete <= now)
                skip(tr("past its deletion date (%1): the platform removes it; it cannot be activated")
                         .arg(QLocale().toString(c.dateToDelete.toLocalTime(), QLocale::ShortFormat)));
        }
        seen.insert(key);
        m_rows.append(row);
    }
}

int BulkQueue::count(Outcome outcome) const
{
    int n = 0;
    for (const Row &r : m_rows)
        n += r.outcome == outcome ? 1 : 0;
    return n;
}

int BulkQueue::expectedRequests() const
{
    int n = 0;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).outcome != Outcome::Pending)
            continue;
        const ClientState state = m_targets.at(i).clientState();
        n += m_action == Action::Delete && (state == ClientState::Active || state == ClientState::Disabled)
                 ? 2
                 : 1;
    }
    return n;
}

void BulkQueue::start()
{
    if (m_running || m_finished)
        return;
    m_running = true;
    if (m_cancelled) {
        finishQueue();
        return;
    }
    scheduleNext();
}

void BulkQueue::pause()
{
    if (!m_finished)
        m_paused = true;
    announceBacklog();
}

void BulkQueue::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    announceBacklog();
    if (m_running && !m_current)
        scheduleNext();
}

void BulkQueue::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    m_paused = false;
    // The client under way finishes first (clientEnded() then cancels the rest).
    if (!m_current) {
        cancelPending(tr("cancelled before its turn"));
        finishQueue();
    }
}

void BulkQueue::scheduleNext()
{
    if (m_nextScheduled)
        return;
    m_nextScheduled = true;
    // From the event loop: start() returns before anything is sent, and a long run of skipped or
    // quickly refused clients does not nest.
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_nextScheduled = false;
            runNext();
        },
        Qt::QueuedConnection);
}

void BulkQueue::runNext()
{
    if (m_finished || m_current || m_paused)
        return;
    if (m_cancelled) {
        cancelPending(tr("cancelled before its turn"));
        finishQueue();
        return;
    }
    while (m_next < m_rows.size() && m_rows.at(m_next).outcome != Outcome::Pending)
        ++m_next;
    if (m_next >= m_rows.size()) {
        finishQueue();
        return;
    }
    const int row = m_next++;
    m_rows[row].outcome = Outcome::Running;
    if (m_timeLimitPerClient.count() > 0)
        m_clients->api()->startTimeLimit(m_timeLimitPerClient);

    const OAuthClient &target = m_targets.at(row);
    auto ended = [this, row](const ApiError &error) { clientEnded(row, error); };
    switch (m_action) {
    case Action::Deactivate:
    case Action::Activate: {
        const QJsonObject edits{{u"state"_s, m_action == Action::Deactivate ? u"inactive"_s : u"active"_s}};
        m_current = m_clients->update(target, edits, this, [ended](const Result<OAuthClient> &r) {
            ended(r ? ApiError{} : r.error());
        });
        break;
    }
    case Action::Delete:
        m_current = m_clients->remove(target, this,
                                      [ended](const Result<Done> &r) { ended(r ? ApiError{} : r.error()); });
        break;
    }
    announceBacklog();
    // Only now: a pause() or cancel() from a slot finds the client under way (m_current) and lets
    // it finish, instead of ending the queue while its request still goes out.
    Q_EMIT rowChanged(row);
}

void BulkQueue::announceBacklog()
{
    // The requests still to come, for the token's budget display ("158 queued"); none while paused
    // or once finished.
    const bool waiting = m_running && !m_paused && !m_cancelled && !m_finished;
    m_clients->api()->rateBudget()->setBacklog(this, waiting ? expectedRequests() : 0);
}

void BulkQueue::clientEnded(int row, const ApiError &error)
{
    m_current.clear();
    Row &r = m_rows[row];
    if (!error.isError()) {
        r.outcome = Outcome::Done;
        r.message.clear();
        const ClientState before = m_targets.at(row).clientState();
        if (m_action == Action::Delete && (before == ClientState::Active || before == ClientState::Disabled))
            r.message = tr("set inactive first, then deleted");
    } else {
        r.outcome = Outcome::Failed;
        r.message = error.userMessage();
    }
    Q_EMIT rowChanged(row);
    if (error.isError() && isAuthenticationRefused(error)) {
        m_stoppedByAuthentication = true;
        cancelPending(tr("not run: the sign-in was refused (HTTP 401); sign in again"));
        finishQueue();
        return;
    }
    if (m_cancelled) {
        cancelPending(tr("cancelled before its turn"));
        finishQueue();
        return;
    }
    scheduleNext();
}

void BulkQueue::cancelPending(const QString &reason)
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).outcome != Outcome::Pending)
            continue;
        m_rows[i].outcome = Outcome::Cancelled;
        m_rows[i].message = reason;
        Q_EMIT rowChanged(int(i));
    }
}

void BulkQueue::finishQueue()
{
    if (m_finished)
        return;
    m_finished = true;
    m_running = false;
    m_paused = false;
    announceBacklog();
    Q_EMIT finished();
}

QString BulkQueue::actionName(Action action)
{
    switch (action) {
    case Action::Deactivate:
        return u"deactivate"_s;
    case Action::Activate:
        return u"activate"_s;
    case Action::Delete:
        return u"delete"_s;
    }
    return {};
}

QString BulkQueue::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pending:
        return u"pending"_s;
    case Outcome::Running:
        return u"running"_s;
    case Outcome::Done:
        return u"done"_s;
    case Outcome::Skipped:
        return u"skipped"_s;
    case Outcome::Failed:
        return u"failed"_s;
    case Outcome::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}

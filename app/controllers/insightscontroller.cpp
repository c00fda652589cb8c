// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/controllers/insightscontroller.h"

#include "app/net/apiclient.h"
#include "app/services/clientsservice.h"
#include "app/services/directoryservice.h"
#include "app/services/session.h"
#include "app/services/usageservice.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(InsightsController)
};
} // namespace

// The answers of one sweep as they arrive; the sweep ends when nothing is outstanding.
struct InsightsController::Sweep
{
    ActivityWindow window;
    bool wantListings = true;
    bool wantUsage = true;
    bool clientsDone = false;
    bool rolesDone = false;
    bool usageDone = false;
    std::optional<Result<QList<OAuthClient>>> clients;
    std::optional<Result<QList<Role>>> roles;
    std::optional<Result<UsageResult>> usage;

    [[nodiscard]] bool complete() const
    {
        return (!wantListings || (clientsDone && rolesDone)) && (!wantUsage || usageDone);
    }
};

InsightsController::InsightsController(QObject *parent)
    : QObject(parent)
{}

InsightsController::~InsightsController()
{
    // The handlers must not run into a half-destroyed controller.
    ++m_generation;
    cancelOperations();
}

void InsightsController::setSession(Session *session)
{
    if (session == m_session && (session || m_sessionConnections.isEmpty()))
        return;
    for (const auto &c : std::as_const(m_sessionConnections))
        disconnect(c);
    m_sessionConnections.clear();
    m_session = session;
    onSignInChanged();
    if (!session)
        return;
    m_sessionConnections << connect(session, &Session::signedIn, this, &InsightsController::onSignInChanged);
    m_sessionConnections << connect(session, &Session::signedOut, this, &InsightsController::onSignInChanged);
    ClientsService *clients = session->clients();
    m_sessionConnections << connect(clients, &ClientsService::clientChanged, this,
                                    &InsightsController::onClientChanged);
    m_sessionConnections << connect(clients, &ClientsService::clientCreated, this,
                                    &InsightsController::onClientChanged);
    m_sessionConnections << connect(clients, &ClientsService::clientRemoved, this,
                                    &InsightsController::onClientRemoved);
}

Session *InsightsController::session() const
{
    return m_session.data();
}

void InsightsController::onSignInChanged()
{
    // Another identity may see another org, or nothing: nothing kept is theirs.
    cancel();
    clearCache();
    m_activity = {};
    m_checks = {};
    m_hasChecks = false;
    m_error = {};
    m_rolesError = {};
    setState(State::Idle);
    Q_EMIT activityChanged();
    Q_EMIT checksChanged();
}

void InsightsController::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

QDateTime InsightsController::now() const
{
    if (m_clock)
        return m_clock();
    return m_session ? m_session->api()->serverNow() : QDateTime::currentDateTimeUtc();
}

qsizetype InsightsController::indexOf(const QString &id) const
{
    // The pages ask for every selected client at each change of the selection: with thousands of
    // clients, a search through the list each time made extending a selection by keyboard lag
    // for a minute.
    if (!m_clientIndexValid) {
        m_clientIndex.clear();
        m_clientIndex.reserve(m_clients.size());
        for (qsizetype i = 0; i < m_clients.size(); ++i)
            m_clientIndex.insert(m_clients.at(i).id, i);
        m_clientIndexValid = true;
    }
    return m_clientIndex.value(id, -1);
}

std::optional<OAuthClient> InsightsController::client(const QString &id) const
{
    const qsizetype i = indexOf(id);
    return i >= 0 ? std::optional<OAuthClient>(m_clients.at(i)) : std::nullopt;
}

void InsightsController::clearCache()
{
    m_clients.clear();
    m_clientIndexValid = false;
    m_roles.clear();
    m_rolesKnown = false;
    m_listingsAge.invalidate();
    m_usageRows.clear();
    m_usageWindow = {};
    m_usageAge.invalidate();
    m_usageFetchedAt = {};
}

bool InsightsController::listingsFresh() const
{
    return m_listingsAge.isValid() && m_listingsAge.elapsed() < m_cacheLifetime.count();
}

bool InsightsController::usageCovers(const ActivityWindow &w) const
{
    // Day rows over a longer window that ends on the same day hold every day of a shorter one.
    return m_usageAge.isValid() && m_usageAge.elapsed() < m_cacheLifetime.count() &&
           m_usageWindow.isValid() && m_usageWindow.endDay == w.endDay &&
           m_usageWindow.firstDay <= w.firstDay;
}

void InsightsController::run(int days)
{
    if (m_state == State::Running && m_sweep && !m_checksOnly && days == m_days)
        return;
    start(days, false, true);
}

void InsightsController::refresh(int days)
{
    start(days, false, false);
}

void InsightsController::runChecks()
{
    start(m_days, true, false);
}

void InsightsController::start(int days, bool checksOnly, bool useCache)
{
    ++m_generation;
    cancelOperations();
    m_sweep.reset();
    m_days = days;
    m_checksOnly = checksOnly;
    m_error = {};
    m_progress.clear();
    m_fromCache = false;

    if (days < 1 || days > MaxDays) {
        fail(ApiError::make(
            ApiError::Kind::Validation,
            Tr::tr("Choose between 1 and %1 days: the platform keeps usage for %1 days.").arg(MaxDays)));
        return;
    }
    const ActivityWindow window = ActivityWindow::lastDays(days, now());
    const bool listingsKept = useCache && listingsFresh();
    const bool usageKept = useCache && usageCovers(window);
    if (listingsKept && (checksOnly || usageKept)) {
        m_fromCache = true;
        publish(!checksOnly);
        return;
    }
    if (!m_session || !m_session->isSignedIn()) {
        fail(ApiError::make(ApiError::Kind::Auth, Tr::tr("Sign in to see the insights of an organization.")));
        return;
    }

    auto sweep = std::make_unique<Sweep>();
    sweep->window = window;
    sweep->wantListings = true; // always: the join needs the clients as they are now
    sweep->wantUsage = !checksOnly && !usageKept;
    m_sweep = std::move(sweep);
    const quint64 generation = m_generation;

    // Side by side: the three answers do not depend on each other.
    Operation *clientsOp =
        m_session->clients()->list(this, [this, generation](const Result<QList<OAuthClient>> &r) {
            if (generation != m_generation || !m_sweep)
                return;
            m_sweep->clients = r;
            m_sweep->clientsDone = true;
            sweepStep(generation);
        });
    if (generation != m_generation)
        return;
    m_ops.append(clientsOp);
    Operation *rolesOp =
        m_session->directory()->roles(this, [this, generation](const Result<QList<Role>> &r) {
            if (generation != m_generation || !m_sweep)
                return;
            m_sweep->roles = r;
            m_sweep->rolesDone = true;
            sweepStep(generation);
        });
    if (generation != m_generation)
        return;
    m_ops.append(rolesOp);
    if (m_sweep->wantUsage) {
        Operation *usageOp = m_session->usage()->runOrgQuery(
            window.usageQuery(), this, [this, generation](const Result<UsageResult> &r) {
                if (generation != m_generation || !m_sweep)
                    return;
                m_sweep->usage = r;
                m_sweep->usageDone = true;
                sweepStep(generation);
            });
        if (generation != m_generation)
            return;
        m_ops.append(usageOp);
        connect(usageOp, &Operation::progress, this, [this, generation](const QString &text) {
            if (generation != m_generation)
                return;
            m_progress = Tr::tr("Usage query: %1").arg(text);
            Q_EMIT progress(m_progress);
        });
        m_progress = Tr::tr("Starting the org-wide usage query and listing the clients…");
    } else {
        m_progress = Tr::tr("Listing the clients and roles…");
    }
    setState(State::Running);
    Q_EMIT progress(m_progress);
}

void InsightsController::sweepStep(quint64 generation)
{
    if (generation != m_generation || !m_sweep)
        return;
    Sweep &s = *m_sweep;
    // A failed client listing ends the sweep at once: nothing can be joined or checked.
    if (s.clientsDone && !*s.clients) {
        const ApiError e = s.clients->error();
        ++m_generation;
        cancelOperations();
        m_sweep.reset();
        fail(e);
        return;
    }
    if (!s.complete())
        return;

    m_ops.clear();
    std::unique_ptr<Sweep> done = std::move(m_sweep);
    m_clients = done->clients->value();
    m_clientIndexValid = false;
    if (*done->roles) {
        m_roles = done->roles->value();
        m_rolesKnown = true;
        m_rolesError = {};
    } else {
        // Checks that need roles are skipped and say so; the rest of the sweep stands.
        m_roles.clear();
        m_rolesKnown = false;
        m_rolesError = done->roles->error();
    }
    m_listingsAge.start();

    ApiError usageError;
    if (done->wantUsage) {
        const Result<UsageResult> &u = *done->usage;
        if (!u) {
            usageError = u.error();
        } else if (u->status != UsageStatus::Complete) {
            usageError = ApiError::make(
                ApiError::Kind::BadResponse,
                u->status == UsageStatus::Failed
                    ? Tr::tr("The platform reports that the org-wide usage query failed. Try again later.")
                    : Tr::tr("The org-wide usage query ended with the unknown status \"%1\".")
                          .arg(u->rawStatus.left(40)));
        } else {
            m_usageRows = u->rows;
            m_usageWindow = done->window;
            m_usageAge.start();
            m_usageFetchedAt = now();
        }
    }
    if (usageError.isError()) {
        // The listings arrived: the checks are worth showing even without the usage.
        publish(false);
        fail(usageError);
        return;
    }
    publish(!m_checksOnly);
}

void InsightsController::publish(bool withActivity)
{
    const QDateTime t = now();
    m_checkContext = CheckContext();
    m_checkContext.now = t.toUTC();
    m_checkContext.deletionNoticeDays = m_deletionNoticeDays;
    if (m_rolesKnown)
        m_checkContext.setRoles(m_roles);
    m_checks = ::runChecks(m_clients, m_checkContext);
    m_hasChecks = true;
    if (withActivity) {
        const ActivityWindow window = ActivityWindow::lastDays(m_days, t);
        if (m_usageWindow.firstDay == window.firstDay && m_usageWindow.endDay == window.endDay) {
            m_activity = buildActivityReport(m_clients, m_usageRows, window);
        } else {
            // A shorter window than the one fetched: its days only.
            QList<UsageRow> rows;
            rows.reserve(m_usageRows.size());
            for (const UsageRow &r : std::as_const(m_usageRows)) {
                if (r.date.isValid() && window.contains(r.date.toUTC().date()))
                    rows.append(r);
            }
            m_activity = buildActivityReport(m_clients, rows, window);
        }
        m_progress.clear();
        setState(State::Ready);
        Q_EMIT checksChanged();
        Q_EMIT activityChanged();
        return;
    }
    Q_EMIT checksChanged();
    if (m_checksOnly) {
        m_progress.clear();
        setState(State::Ready);
    }
}

void InsightsController::fail(const ApiError &error)
{
    m_error = error;
    m_progress.clear();
    setState(error.isCancelled() ? State::Cancelled : State::Failed);
}

void InsightsController::cancel()
{
    if (m_state != State::Running)
        return;
    ++m_generation;
    cancelOperations();
    m_sweep.reset();
    fail(ApiError::make(ApiError::Kind::Cancelled, Tr::tr("The insights sweep was cancelled.")));
}

void InsightsController::cancelOperations()
{
    const QList<QPointer<Operation>> ops = std::exchange(m_ops, {});
    for (const QPointer<Operation> &op : ops) {
        if (op)
            op->cancel();
    }
}

void InsightsController::setState(State state)
{
    if (m_state == state && state == State::Idle)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void InsightsController::onClientChanged(const OAuthClient &client)
{
    if (const qsizetype i = indexOf(client.id); i >= 0) {
        m_clients[i] = client;
    } else if (m_listingsAge.isValid()) {
        m_clients.append(client);
        m_clientIndex.insert(client.id, m_clients.size() - 1);
    }
    if (hasActivity())
        m_activity.updateClient(client);
    if (m_hasChecks) {
        m_checks.findings.removeIf([&client](const CheckFinding &f) { return f.client.id == client.id; });
        for (const CheckFinding &f : checkClient(client, m_checkContext)) {
            const auto at =
                std::lower_bound(m_checks.findings.begin(), m_checks.findings.end(), f, findingLess);
            m_checks.findings.insert(at, f);
        }
    }
    if (hasActivity() || m_hasChecks)
        Q_EMIT clientUpdated(client);
}

void InsightsController::onClientRemoved(const QString &id)
{
    m_clients.removeIf([&id](const OAuthClient &c) { return c.id == id; });
    m_clientIndexValid = false;
    if (hasActivity())
        m_activity.removeClient(id);
    if (m_hasChecks)
        m_checks.findings.removeIf([&id](const CheckFinding &f) { return f.client.id == id; });
    Q_EMIT clientGone(id);
}

Operation *InsightsController::setClientState(const QString &clientId, ClientState state, QObject *context,
                                              std::function<void(const Result<OAuthClient> &)> done)
{
    const std::optional<OAuthClient> current = client(clientId);
    if (!m_session || !m_session->isSignedIn() || !current) {
        done(ApiError::make(current ? ApiError::Kind::Auth : ApiError::Kind::Validation,
                            current ? Tr::tr("Sign in to change the client.")
                                    : Tr::tr("The client is no longer in the list; reload the insights.")));
        return nullptr;
    }
    // The last JSON the server sent, with only the state changed: every other field is kept.
    return m_session->clients()->update(*current, QJsonObject{{u"state"_s, clientStateToString(state)}},
                                        context, std::move(done));
}

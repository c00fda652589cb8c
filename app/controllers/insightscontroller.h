// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/apierror.h"
#include "models/domain/directory.h"
#include "models/domain/insights.h"
#include "models/domain/insightschecks.h"
#include "models/domain/oauthclient.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class Operation;
class Session;

// The org-wide sweep behind the Insights page and `oauthdesk-cli insights`: the client listing,
// the roles listing and one org-wide usage query (POST /usage/query grouped by OAuthClientId, Day
// granularity, polled by UsageService at its pace) run side by side, then joined into an
// ActivityReport (unused clients) and a CheckRun (configuration checks). A sweep costs a fixed
// number of requests however big the org: two listings (more only if the server pages them), one
// query start and its polls; never one per client. 429 answers are waited out by the ApiClient.
//
// Answers are kept for a few minutes: a sweep over 90 days also answers 30 and 7 days without a
// request (the days are a subset), and reopening the page shows them at once. Afterwards the
// report and the findings follow ClientsService's clientChanged / clientCreated / clientRemoved, so
// a client deactivated here or edited on the Clients page is current everywhere.
//
// "Now" is the platform's (ApiClient::serverNow()); tests inject a fixed clock.
//
//     controller->setSession(session);
//     connect(controller, &InsightsController::activityChanged, this, [&] {
//     model->setReport(controller->activity()); }); controller->run(30);
class InsightsController : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Idle,
        Running,
        Ready,
        Failed, // see lastError(); the checks may still be there (hasChecks())
        Cancelled
    };
    Q_ENUM(State)

    using Clock = std::function<QDateTime()>;
    static constexpr int DefaultDays = 30;
    static constexpr int MaxDays = 90; // the platform keeps usage for 90 days
    static constexpr std::chrono::milliseconds DefaultCacheLifetime = std::chrono::minutes(5);

    explicit InsightsController(QObject *parent = nullptr);
    ~InsightsController() override;

    // Follows `session` (nullptr: none): cancels what runs and forgets everything, also on every
    // sign-in change of the session.
    void setSession(Session *session);
    [[nodiscard]] Session *session() const;

    void setClock(Clock clock);
    [[nodiscard]] QDateTime now() const;
    void setCacheLifetime(std::chrono::milliseconds lifetime) { m_cacheLifetime = lifetime; }
    void setDeletionNoticeDays(int days) { m_deletionNoticeDays = days; }

    // Unused clients over the last `days` whole UTC days (1..MaxDays), and the checks. Answered
    // from what was fetched recently when it covers the question (stateChanged(Ready) is emitted
    // before run() returns), else through the platform. A sweep running for the same days is left
    // to finish; any other question cancels it.
    void run(int days);
    // The same, always asking the platform again.
    void refresh(int days);
    // The checks only: the two listings, no usage query (`oauthdesk-cli insights checks`).
    void runChecks();
    // Stops the sweep in flight (state Cancelled); nothing when none runs.
    void cancel();
    // Forgets the answers kept (the next run asks the platform).
    void clearCache();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool isRunning() const { return m_state == State::Running; }
    [[nodiscard]] int days() const { return m_days; } // of the last run
    [[nodiscard]] bool hasActivity() const { return m_activity.window.isValid(); }
    [[nodiscard]] const ActivityReport &activity() const { return m_activity; }
    [[nodiscard]] bool hasChecks() const { return m_hasChecks; }
    [[nodiscard]] const CheckRun &checks() const { return m_checks; }
    [[nodiscard]] const CheckContext &checkContext() const { return m_checkContext; }
    [[nodiscard]] const QList<OAuthClient> &clients() const { return m_clients; }
    [[nodiscard]] std::optional<OAuthClient> client(const QString &id) const;
    // The error of the last sweep (state Failed or Cancelled).
    [[nodiscard]] const ApiError &lastError() const { return m_error; }
    // The roles listing failed (typically 403): the checks that need roles were skipped.
    [[nodiscard]] const ApiError &rolesError() const { return m_rolesError; }
    [[nodiscard]] QString progressText() const { return m_progress; }
    // Whether the last answer came from what was kept, and when its usage was fetched.
    [[nodiscard]] bool fromCache() const { return m_fromCache; }
    [[nodiscard]] QDateTime usageFetchedAt() const { return m_usageFetchedAt; }

    // Sets the client inactive (or active again): PUT through ClientsService::update with the
    // client's last JSON and `state` on top. The report follows through clientChanged.
    Operation *setClientState(const QString &clientId, ClientState state, QObject *context,
                              std::function<void(const Result<OAuthClient> &)> done);

Q_SIGNALS:
    void stateChanged(InsightsController::State state);
    void progress(const QString &text);
    // A new report / new findings (a sweep, or the answer from the cache).
    void activityChanged();
    void checksChanged();
    // One client changed after the sweep; activity() and checks() already show it.
    void clientUpdated(const OAuthClient &client);
    void clientGone(const QString &clientId);

private:
    struct Sweep;

    void start(int days, bool checksOnly, bool useCache);
    void sweepStep(quint64 generation);
    void publish(bool usageAsked);
    void fail(const ApiError &error);
    void setState(State state);
    void onSignInChanged();
    void onClientChanged(const OAuthClient &client);
    void onClientRemoved(const QString &id);
    [[nodiscard]] bool listingsFresh() const;
    [[nodiscard]] bool usageCovers(const ActivityWindow &window) const;
    void cancelOperations();

    QPointer<Session> m_session;
    QList<QMetaObject::Connection> m_sessionConnections;
    Clock m_clock;
    std::chrono::milliseconds m_cacheLifetime = DefaultCacheLifetime;
    int m_deletionNoticeDays = CheckContext::DefaultDeletionNoticeDays;

    State m_state = State::Idle;
    int m_days = DefaultDays;
    bool m_checksOnly = false;
    quint64 m_generation = 0;
    [[nodiscard]] qsizetype indexOf(const QString &id) const; // -1: not listed
    QList<QPointer<Operation>> m_ops;
    std::unique_ptr<Sweep> m_sweep;
    QString m_progress;
    ApiError m_error;
    ApiError m_rolesError;

    // What the platform said, kept for a while.
    QList<OAuthClient> m_clients;
    mutable QHash<QString, qsizetype> m_clientIndex; // id -> position in m_clients
    mutable bool m_clientIndexValid = false;
    QList<Role> m_roles;
    bool m_rolesKnown = false;
    QElapsedTimer m_listingsAge; // invalid: no listings
    QList<UsageRow> m_usageRows;
    ActivityWindow m_usageWindow; // what m_usageRows cover
    QElapsedTimer m_usageAge;
    QDateTime m_usageFetchedAt;

    // What the views show.
    ActivityReport m_activity;
    CheckRun m_checks;
    CheckContext m_checkContext;
    bool m_hasChecks = false;
    bool m_fromCache = false;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/usage.h"
#include "models/domain/usageseries.h"

#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>

class Operation;
class Session;

// What the Usage page asks about one client: a range, a bucket size, metrics and grouping.
struct UsageRequest
{
    QString clientId;
    // 7, 30 or 90: that many whole UTC days before today (today is still filling up, and a
    // half-day bucket at the end reads as a collapse in traffic). 0: the custom range below.
    int lastDays = 30;
    QDate from; // custom range: first UTC day
    QDate to;   // custom range: last UTC day, inclusive
    UsageBucket bucket = UsageBucket::Day;
    UsageMetrics metrics = AllUsageMetrics;
    bool byEndpoint = true;
    bool byMethod = true;

    friend bool operator==(const UsageRequest &, const UsageRequest &) = default;
};

// How a request is answered: the platform query (or the usage summary), and how its rows become
// series and table.
struct UsagePlan
{
    UsageQuery query; // the interval, granularity, metrics and grouping sent (or implied by the summary)
    bool viaSummary = false;
    int summaryDays = 0;
    UsageAggregationOptions aggregation;
};

// A finished answer.
struct UsageReport
{
    UsageRequest request;
    UsagePlan plan;
    QList<UsageRow> rows;
    QDateTime fetchedAt; // when the platform answered (the controller's clock)
    bool fromCache = false;

    [[nodiscard]] UsageAggregation aggregate() const { return aggregateUsage(rows, plan.aggregation); }
};

// Runs the Usage page's queries through the session's UsageService: one at a time (a new request,
// or cancel(), stops the poll in flight), polled at the service's pace, with the answers of recent
// queries kept for a few minutes so that going back to a client, or switching between day, week,
// month and whole-range views of data already fetched, sends nothing.
//
// Quick ranges shown as one whole-range bucket use the platform's usage summary call, which is
// exactly that question. "Today" is the platform's UTC day: the clock defaults to the server's
// (ApiClient::serverNow()), and tests inject a fixed one.
//
//     controller->setSession(session);
//     connect(controller, &UsageController::reportReady, this, [](const UsageReport &r) { ... });
//     controller->run(request);
class UsageController : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Idle,
        Running,
        Complete,
        Failed,
        Cancelled
    };
    Q_ENUM(State)

    using Clock = std::function<QDateTime()>;
    static constexpr std::chrono::milliseconds DefaultCacheLifetime = std::chrono::minutes(5);
    static constexpr int CacheCapacity = 8;
    static constexpr int MaxCustomDays = 366;

    explicit UsageController(QObject *parent = nullptr);
    ~UsageController() override;

    // Follows `session` (nullptr: none): cancels what runs and forgets the cache, also on every
    // sign-in change of the session.
    void setSession(Session *session);
    [[nodiscard]] Session *session() const;

    void setClock(Clock clock);
    [[nodiscard]] QDateTime now() const;
    [[nodiscard]] QDate today() const { return now().toUTC().date(); }
    void setCacheLifetime(std::chrono::milliseconds lifetime) { m_cacheLifetime = lifetime; }

    // Empty when the request can be sent; otherwise what is wrong with it, for people.
    [[nodiscard]] QString validate(const UsageRequest &request) const;
    [[nodiscard]] UsagePlan plan(const UsageRequest &request) const;

    // Answers `request`: from the cache when a recent answer covers it (reportReady is emitted
    // before run() returns), else through the platform. A request equal to the one running is
    // left to finish; any other one cancels it.
    void run(const UsageRequest &request);
    // The same, but always asks the platform again.
    void refresh(const UsageRequest &request);
    // Stops the query in flight (state Cancelled); nothing when none runs.
    void cancel();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool isRunning() const { return m_state == State::Running; }
    [[nodiscard]] const UsageRequest &request() const { return m_request; } // the last one run
    [[nodiscard]] const UsageReport &report() const { return m_report; }    // the last answer
    [[nodiscard]] const ApiError &lastError() const { return m_error; }
    [[nodiscard]] QString progressText() const { return m_progress; }
    // Progress reports of the running query (the service reports each Running poll).
    [[nodiscard]] int progressSteps() const { return m_steps; }

    [[nodiscard]] int cachedCount() const { return int(m_cache.size()); }
    void clearCache();

Q_SIGNALS:
    void stateChanged(UsageController::State state);
    void progress(const QString &text);
    void reportReady(const UsageReport &report);
    void failed(const ApiError &error);

private:
    struct CacheEntry
    {
        QString clientId;
        UsagePlan plan;
        QList<UsageRow> rows;
        QDateTime fetchedAt;
        quint64 lastUsed = 0;
    };

    void start(const UsageRequest &request, bool useCache);
    void setState(State state);
    void finish(quint64 generation, const Result<UsageResult> &result);
    [[nodiscard]] const CacheEntry *findCached(const UsageRequest &request, const UsagePlan &plan);
    void store(CacheEntry entry);
    void dropExpired();
    void onSignInChanged();

    QPointer<Session> m_session;
    QList<QMetaObject::Connection> m_sessionConnections;
    Clock m_clock;
    std::chrono::milliseconds m_cacheLifetime = DefaultCacheLifetime;

    State m_state = State::Idle;
    UsageRequest m_request;
    UsagePlan m_plan;
    UsageReport m_report;
    ApiError m_error;
    QString m_progress;
    int m_steps = 0;
    QPointer<Operation> m_op;
    quint64 m_generation = 0;

    QList<CacheEntry> m_cache;
    quint64 m_useCounter = 0;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/controllers/usagecontroller.h"

#include "app/net/apiclient.h"
#include "app/services/session.h"
#include "app/services/usageservice.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(UsageController)
};

using usagebuckets::DayMs;

QDateTime utcAt(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

// The platform granularity that answers a bucket size; a whole range is summed from days.
Granularity granularityFor(UsageBucket b)
{
    switch (b) {
    case UsageBucket::Week:
        return Granularity::Week;
    case UsageBucket::Month:
        return Granularity::Month;
    case UsageBucket::Day:
    case UsageBucket::Whole:
        break;
    }
    return Granularity::Day;
}

// Whether rows bucketed by the platform as `have` can be summed into `want` buckets.
bool bucketsFit(const UsagePlan &have, UsageBucket want)
{
    if (have.viaSummary)
        return want == UsageBucket::Whole;
    switch (have.query.granularity) {
    case Granularity::Day:
        return true;
    case Granularity::Week:
        return want == UsageBucket::Week || want == UsageBucket::Whole;
    case Granularity::Month:
        return want == UsageBucket::Month || want == UsageBucket::Whole;
    }
    return false;
}
} // namespace

UsageController::UsageController(QObject *parent)
    : QObject(parent)
{}

UsageController::~UsageController()
{
    // The handler must not run into a half-destroyed controller.
    ++m_generation;
    if (m_op)
        m_op->cancel();
}

void UsageController::setSession(Session *session)
{
    if (session == m_session && (session || m_sessionConnections.isEmpty()))
        return;
    for (const auto &c : std::as_const(m_sessionConnections))
        disconnect(c);
    m_sessionConnections.clear();
    cancel();
    clearCache();
    m_session = session;
    if (session) {
        m_sessionConnections << connect(session, &Session::signedIn, this, &UsageController::onSignInChanged);
        m_sessionConnections << connect(session, &Session::signedOut, this,
                                        &UsageController::onSignInChanged);
    }
}

Session *UsageController::session() const
{
    return m_session.data();
}

void UsageController::onSignInChanged()
{
    // Another identity may see other clients, or none: nothing cached is theirs.
    cancel();
    clearCache();
}

void UsageController::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

QDateTime UsageController::now() const
{
    if (m_clock)
        return m_clock();
    return m_session ? m_session->api()->serverNow() : QDateTime::currentDateTimeUtc();
}

QString UsageController::validate(const UsageRequest &r) const
{
    if (r.clientId.isEmpty())
        return Tr::tr("Choose a client.");
    if (r.lastDays < 0 || r.lastDays > 90)
        return Tr::tr("Choose the last 7, 30 or 90 days, or a custom range.");
    if (!(r.metrics & AllUsageMetrics))
        return Tr::tr("Choose at least one metric.");
    if (r.lastDays > 0)
        return {};
    if (!r.from.isValid() || !r.to.isValid())
        return Tr::tr("Enter the first and the last day of the range.");
    if (r.from > r.to)
        return Tr::tr("The first day of the range is after the last one.");
    if (r.from.daysTo(r.to) + 1 > MaxCustomDays)
        return Tr::tr("Choose a range of at most %1 days.").arg(MaxCustomDays);
    if (r.from > today())
        return Tr::tr("The range starts after today (UTC): there is no usage yet.");
    if (r.to > today())
        return Tr::tr("The range ends after today (UTC, %1): there is no usage yet for the days after it. "
                      "Choose today or an earlier day as the last one.")
            .arg(today().toString(Qt::ISODate));
    return {};
}

UsagePlan UsageController::plan(const UsageRequest &r) const
{
    UsagePlan p;
    qint64 start = 0;
    qint64 end = 0;
    if (r.lastDays > 0) {
        end = usagebuckets::msOf(today());
        start = end - r.lastDays * DayMs;
    } else {
        start = usagebuckets::msOf(r.from);
        end = usagebuckets::msOf(r.to) + DayMs;
    }
    p.query.start = utcAt(start);
    p.query.end = utcAt(end);
    p.query.granularity = granularityFor(r.bucket);
    p.query.metrics = usageMetricNames(r.metrics);
    if (r.byEndpoint)
        p.query.groupBy << u"TemplateUri"_s;
    if (r.byMethod)
        p.query.groupBy << u"HttpMethod"_s;
    // The summary is a query over the last N whole days, grouped by endpoint and method, in one
    // bucket, with every metric: exactly a quick range seen as a whole.
    if (r.lastDays > 0 && r.bucket == UsageBucket::Whole) {
        p.viaSummary = true;
        p.summaryDays = r.lastDays;
        p.query.metrics.clear();
        p.query.groupBy = {u"TemplateUri"_s, u"HttpMethod"_s};
    }
    p.aggregation.bucket = r.bucket;
    p.aggregation.startMs = start;
    p.aggregation.endMs = end;
    p.aggregation.byEndpoint = r.byEndpoint;
    p.aggregation.byMethod = r.byMethod;
    p.aggregation.metrics = r.metrics;
    return p;
}

void UsageController::run(const UsageRequest &request)
{
    if (m_state == State::Running && request == m_request && plan(request).query == m_plan.query)
        return;
    start(request, true);
}

void UsageController::refresh(const UsageRequest &request)
{
    start(request, false);
}

void UsageController::start(const UsageRequest &request, bool useCache)
{
    // Whatever ran before is of no interest any more.
    ++m_generation;
    if (m_op) {
        QPointer<Operation> op = m_op;
        m_op = nullptr;
        op->cancel();
    }
    m_request = request;
    m_plan = plan(request);
    m_error = ApiError();
    m_progress.clear();
    m_steps = 0;

    if (const QString problem = validate(request); !problem.isEmpty()) {
        m_error = ApiError::make(ApiError::Kind::Validation, problem);
        setState(State::Failed);
        Q_EMIT failed(m_error);
        return;
    }
    dropExpired();
    if (useCache) {
        if (const CacheEntry *hit = findCached(request, m_plan)) {
            m_report = UsageReport{request, m_plan, hit->rows, hit->fetchedAt, true};
            setState(State::Complete);
            Q_EMIT reportReady(m_report);
            return;
        }
    }
    if (!m_session || !m_session->isSignedIn()) {
        m_error = ApiError::make(ApiError::Kind::Auth, Tr::tr("Sign in to see the usage of a client."));
        setState(State::Failed);
        Q_EMIT failed(m_error);
        return;
    }

    const quint64 generation = m_generation;
    auto done = [this, generation](const Result<UsageResult> &r) { finish(generation, r); };
    UsageService *usage = m_session->usage();
    Operation *op = m_plan.viaSummary ? usage->runSummary(request.clientId, m_plan.summaryDays, this, done)
                                      : usage->runClientQuery(request.clientId, m_plan.query, this, done);
    // A start that failed at once has already called finish().
    if (generation != m_generation || op->isFinished())
        return;
    m_op = op;
    m_progress = Tr::tr("Starting the usage query…");
    connect(op, &Operation::progress, this, [this, generation](const QString &text) {
        if (generation != m_generation)
            return;
        m_progress = text;
        ++m_steps;
        Q_EMIT progress(text);
    });
    setState(State::Running);
    Q_EMIT progress(m_progress);
}

void UsageController::finish(quint64 generation, const Result<UsageResult> &r)
{
    if (generation != m_generation)
        return;
    m_op = nullptr;
    if (!r) {
        m_error = r.error();
        if (m_error.isCancelled()) {
            setState(State::Cancelled);
            return;
        }
        setState(State::Failed);
        Q_EMIT failed(m_error);
        return;
    }
    CacheEntry entry{m_request.clientId, m_plan, r->rows, now(), 0};
    m_report = UsageReport{m_request, m_plan, r->rows, entry.fetchedAt, false};
    store(std::move(entry));
    setState(State::Complete);
    Q_EMIT reportReady(m_report);
}

void UsageController::cancel()
{
    if (m_state != State::Running)
        return;
    ++m_generation;
    QPointer<Operation> op = m_op;
    m_op = nullptr;
    if (op)
        op->cancel();
    m_progress.clear();
    m_error = ApiError::make(ApiError::Kind::Cancelled, Tr::tr("The usage query was cancelled."));
    setState(State::Cancelled);
}

void UsageController::setState(State state)
{
    if (m_state == state && state != State::Complete && state != State::Failed)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

// ---------------------------------------------------------------------------------------------
// Cache

const UsageController::CacheEntry *UsageController::findCached(const UsageRequest &r, const UsagePlan &p)
{
    // A fitting entry covers the same client and interval, has every grouping and metric asked, and
    // buckets that sum up to the ones wanted. An exact match is the simplest case of that.
    CacheEntry *best = nullptr;
    for (CacheEntry &e : m_cache) {
        if (e.clientId != r.clientId || e.plan.query.start != p.query.start ||
            e.plan.query.end != p.query.end)
            continue;
        if (!bucketsFit(e.plan, r.bucket))
            continue;
        if ((usageMetricsFromNames(e.plan.query.metrics) & r.metrics) != r.metrics)
            continue;
        const bool hasEndpoint = e.plan.query.groupBy.contains(u"TemplateUri"_s);
        const bool hasMethod = e.plan.query.groupBy.contains(u"HttpMethod"_s);
        if ((r.byEndpoint && !hasEndpoint) || (r.byMethod && !hasMethod))
            continue;
        // Prefer the freshest answer.
        if (!best || e.fetchedAt > best->fetchedAt)
            best = &e;
    }
    if (best)
        best->lastUsed = ++m_useCounter;
    return best;
}

void UsageController::store(CacheEntry entry)
{
    entry.lastUsed = ++m_useCounter;
    // The same question asked again replaces its old answer.
    m_cache.removeIf([&entry](const CacheEntry &e) {
        return e.clientId == entry.clientId && e.plan.viaSummary == entry.plan.viaSummary &&
               e.plan.query == entry.plan.query;
    });
    if (m_cache.size() >= CacheCapacity) {
        const auto oldest =
            std::min_element(m_cache.begin(), m_cache.end(), [](const CacheEntry &a, const CacheEntry &b) {
                return a.lastUsed < b.lastUsed;
            });
        m_cache.erase(oldest);
    }
    m_cache.append(std::move(entry));
}

void UsageController::dropExpired()
{
    const QDateTime t = now();
    const qint64 lifetime = m_cacheLifetime.count();
    m_cache.removeIf([&t, lifetime](const CacheEntry &e) {
        const qint64 age = e.fetchedAt.msecsTo(t);
        // The server clock moves by up to a second when a new Date header corrects it.
        return age >= lifetime || age < -lifetime;
    });
}

void UsageController::clearCache()
{
    m_cache.clear();
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Usage rows -> series, table rows, top endpoints and totals: the 429-inside-400 rule, gaps shown
// as zeros, Day/Week/Month/Whole buckets, grouping and metrics, rows the chart cannot place, bucket
// arithmetic in UTC, the hover texts, and the cost of 90 days x 300 endpoints.
#include "models/domain/usageseries.h"
#include "tests/support/testsupport.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTimeZone>

#include <numeric>

using namespace Qt::Literals::StringLiterals;

namespace {
qint64 ms(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

QList<UsageRow> fixtureRows()
{
    const Result<UsageResult> r = parseUsageResult(testsupport::readData(u"usage/day-rows.json"_s));
    if (!r)
        qFatal("fixture: %s", qPrintable(r.error().summary()));
    return r->rows;
}

// The fixture's interval: 26 Feb to 4 Mar 2026, seven whole UTC days.
UsageAggregationOptions fixtureOptions(UsageBucket bucket)
{
    UsageAggregationOptions o;
    o.bucket = bucket;
    o.startMs = ms(2026, 2, 26);
    o.endMs = ms(2026, 3, 5);
    return o;
}

QList<qreal> values(std::initializer_list<qreal> v)
{
    return QList<qreal>(v);
}

UsageRow row(qint64 date, const QString &tpl, const QString &method, qint64 s200, qint64 s300, qint64 s400,
             qint64 s429, qint64 s500)
{
    UsageRow r;
    r.date = QDateTime::fromMSecsSinceEpoch(date, QTimeZone::utc());
    r.templateUri = tpl;
    r.httpMethod = method;
    r.status200 = s200;
    r.status300 = s300;
    r.status400 = s400;
    r.status429 = s429;
    r.status500 = s500;
    r.requests = s200 + s300 + s400 + s500;
    return r;
}
} // namespace

class TestUsageSeries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dayBucketsFillGapsWithZeros();
    void rateLimitedIsInsideClientErrors();
    void weekBuckets();
    void monthBuckets();
    void wholeRange();
    void serverWeekRowsBeforeTheRangeStart();
    void withoutIntervalSpansTheRows();
    void metricsNotAsked();
    void groupingMergesRows();
    void topEndpointsWithErrorShare();
    void rowsTheChartCannotPlace();
    void bucketArithmetic_data();
    void bucketArithmetic();
    void metricNames();
    void tooltipsNameUtcAndTheLocalZone();
    void ninetyDaysThreeHundredEndpoints();
};

void TestUsageSeries::dayBucketsFillGapsWithZeros()
{
    const UsageAggregation a = aggregateUsage(fixtureRows(), fixtureOptions(UsageBucket::Day));
    const UsageSeries &s = a.series;
    QCOMPARE(s.size(), 7);
    QCOMPARE(s.starts.first(), ms(2026, 2, 26));
    QCOMPARE(s.starts.last(), ms(2026, 3, 4));
    QCOMPARE(s.endMs, ms(2026, 3, 5));
    // 28 Feb and 3 Mar have no rows: they are there, as zeros.
    QCOMPARE(s.requests, values({150, 10, 0, 10, 22, 0, 7}));
    QCOMPARE(s.outcome(UsageOutcome::Success), values({130, 10, 0, 5, 21, 0, 7}));
    QCOMPARE(s.outcome(UsageOutcome::Redirect), values({2, 0, 0, 0, 0, 0, 0}));
    QCOMPARE(s.outcome(UsageOutcome::ClientError), values({2, 0, 0, 2, 1, 0, 0}));
    QCOMPARE(s.outcome(UsageOutcome::RateLimited), values({14, 0, 0, 1, 0, 0, 0}));
    QCOMPARE(s.outcome(UsageOutcome::ServerError), values({2, 0, 0, 2, 0, 0, 0}));
    QCOMPARE(a.activeBuckets, 5);
    QCOMPARE(a.busiestBucket, 0);
    QCOMPARE(a.rowsOutside, 0);
    QVERIFY(!a.requestsDerived);

    QCOMPARE(a.totals.requests, 199);
    QCOMPARE(a.totals.status200, 173);
    QCOMPARE(a.totals.status300, 2);
    QCOMPARE(a.totals.status400, 20);
    QCOMPARE(a.totals.status429, 15);
    QCOMPARE(a.totals.status500, 4);
    QVERIFY(a.hasUsage());

    // Table rows: one per day, endpoint and method, in that order; empty days have none.
    QCOMPARE(a.rows.size(), 7);
    QCOMPARE(a.rows.at(0).templateUri, u"api/v2/analytics/conversations/details/query"_s);
    QCOMPARE(a.rows.at(1).templateUri, u"api/v2/users/{userId}"_s);
    QCOMPARE(a.rows.at(1).bucket, 0);
    QCOMPARE(a.rows.at(4).httpMethod, u"DELETE"_s);
    QCOMPARE(a.rows.at(4).bucketMs, ms(2026, 3, 2));
    QCOMPARE(a.rows.at(4).bucket, 4);
    QCOMPARE(a.rows.at(6).bucketMs, ms(2026, 3, 4));
}

void TestUsageSeries::rateLimitedIsInsideClientErrors()
{
    // Every bucket stacks up to exactly its requests: the 429s are split out of the 4xx, not added.
    const QList<UsageRow> rows = fixtureRows();
    for (UsageBucket b : {UsageBucket::Day, UsageBucket::Week, UsageBucket::Month, UsageBucket::Whole}) {
        const UsageAggregation a = aggregateUsage(rows, fixtureOptions(b));
        for (int i = 0; i < a.series.size(); ++i) {
            qreal stacked = 0;
            for (int o = 0; o < UsageOutcomeCount; ++o)
                stacked += a.series.outcome(UsageOutcome(o)).at(i);
            QCOMPARE(stacked, a.series.requests.at(i));
        }
    }
    // A bucket of nothing but 429s has no other 4xx.
    const qint64 day = ms(2026, 3, 1);
    const UsageAggregation only429 =
        aggregateUsage({row(day, u"api/v2/users"_s, u"GET"_s, 0, 0, 5, 5, 0)}, UsageAggregationOptions{});
    QCOMPARE(only429.series.outcome(UsageOutcome::ClientError), values({0}));
    QCOMPARE(only429.series.outcome(UsageOutcome::RateLimited), values({5}));
    QCOMPARE(only429.totals.errors(), 5);
    // A server that reports more 429s than 4xx gets no negative bar.
    const UsageAggregation odd =
        aggregateUsage({row(day, u"api/v2/users"_s, u"GET"_s, 0, 0, 2, 3, 0)}, UsageAggregationOptions{});
    QCOMPARE(odd.series.outcome(UsageOutcome::ClientError), values({0}));
}

void TestUsageSeries::weekBuckets()
{
    // 26 Feb 2026 is a Thursday: its week starts on Monday 23 Feb, before the range.
    const UsageAggregation a = aggregateUsage(fixtureRows(), fixtureOptions(UsageBucket::Week));
    const UsageSeries &s = a.series;
    QCOMPARE(s.starts, (QList<qint64>{ms(2026, 2, 23), ms(2026, 3, 2)}));
    QCOMPARE(s.endMs, ms(2026, 3, 9));
    QCOMPARE(s.requests, values({170, 29}));
    QCOMPARE(s.outcome(UsageOutcome::Success), values({145, 28}));
    QCOMPARE(s.outcome(UsageOutcome::ClientError), values({4, 1}));
    QCOMPARE(s.outcome(UsageOutcome::RateLimited), values({15, 0}));
    QCOMPARE(s.outcome(UsageOutcome::ServerError), values({4, 0}));
    // The table merges the days of a week: GET users has three in the first one.
    QCOMPARE(a.rows.size(), 4);
    QCOMPARE(a.rows.at(1).templateUri, u"api/v2/users/{userId}"_s);
    QCOMPARE(a.rows.at(1).counts.requests, 120);
    QCOMPARE(a.rows.at(1).counts.status429, 5);
    QCOMPARE(a.totals.requests, 199);
}

void TestUsageSeries::monthBuckets()
{
    const UsageAggregation a = aggregateUsage(fixtureRows(), fixtureOptions(UsageBucket::Month));
    QCOMPARE(a.series.starts, (QList<qint64>{ms(2026, 2, 1), ms(2026, 3, 1)}));
    QCOMPARE(a.series.endMs, ms(2026, 4, 1));
    QCOMPARE(a.series.requests, values({160, 39}));
    QCOMPARE(a.series.outcome(UsageOutcome::RateLimited), values({14, 1}));
    QCOMPARE(a.series.outcome(UsageOutcome::ClientError), values({2, 3}));
    QCOMPARE(a.series.bucketEnd(0), ms(2026, 3, 1));
}

void TestUsageSeries::wholeRange()
{
    const UsageAggregation a = aggregateUsage(fixtureRows(), fixtureOptions(UsageBucket::Whole));
    QCOMPARE(a.series.size(), 1);
    QCOMPARE(a.series.starts.first(), ms(2026, 2, 26));
    QCOMPARE(a.series.endMs, ms(2026, 3, 5));
    QCOMPARE(a.series.requests, values({199}));
    // One table row per endpoint and method.
    QCOMPARE(a.rows.size(), 3);
    QCOMPARE(a.rows.at(2).counts.requests, 147);
    QCOMPARE(usagetext::axisLabel(a.series, 0, QLocale(QLocale::English)), u"26 Feb – 4 Mar 2026"_s);
}

void TestUsageSeries::serverWeekRowsBeforeTheRangeStart()
{
    // With granularity Week the platform dates each bucket at its Monday, which may be before the
    // interval start; such rows belong to the first bucket, not outside the chart.
    QList<UsageRow> rows{row(ms(2026, 2, 23), u"a"_s, u"GET"_s, 10, 0, 0, 0, 0),
                         row(ms(2026, 3, 2), u"a"_s, u"GET"_s, 4, 0, 1, 1, 0)};
    const UsageAggregation a = aggregateUsage(rows, fixtureOptions(UsageBucket::Week));
    QCOMPARE(a.rowsOutside, 0);
    QCOMPARE(a.series.requests, values({10, 5}));
    QCOMPARE(a.series.outcome(UsageOutcome::RateLimited), values({0, 1}));
}

void TestUsageSeries::withoutIntervalSpansTheRows()
{
    UsageAggregationOptions o;
    o.bucket = UsageBucket::Day;
    const UsageAggregation a = aggregateUsage(fixtureRows(), o);
    QCOMPARE(a.series.size(), 7); // 26 Feb .. 4 Mar: the first and last rows' days
    QCOMPARE(a.series.requests.at(2), 0.0);
    QCOMPARE(aggregateUsage({}, o).series.size(), 0);
    QVERIFY(!aggregateUsage({}, o).hasUsage());
    // No rows in an interval: all buckets, all zeros (an empty chart, not a missing one).
    const UsageAggregation empty = aggregateUsage({}, fixtureOptions(UsageBucket::Day));
    QCOMPARE(empty.series.size(), 7);
    QCOMPARE(empty.series.maxRequests(), 0.0);
    QCOMPARE(empty.busiestBucket, -1);
    QVERIFY(empty.rows.isEmpty());
    QVERIFY(!empty.hasUsage());
}

void TestUsageSeries::metricsNotAsked()
{
    // Only 4xx and 429 asked: requests are the 4xx (and say so), other outcomes stay zero even
    // when the rows carry them (the summary always sends every metric).
    UsageAggregationOptions o = fixtureOptions(UsageBucket::Whole);
    o.metrics = UsageMetric::Status400 | UsageMetric::Status429;
    const UsageAggregation a = aggregateUsage(fixtureRows(), o);
    QVERIFY(a.requestsDerived);
    QCOMPARE(a.totals.requests, 20);
    QCOMPARE(a.totals.status200, 0);
    QCOMPARE(a.series.outcome(UsageOutcome::ClientError), values({5}));
    QCOMPARE(a.series.outcome(UsageOutcome::RateLimited), values({15}));
    QCOMPARE(a.series.outcome(UsageOutcome::Success), values({0}));
    // 429 alone.
    o.metrics = UsageMetric::Status429 | UsageMetric::Requests;
    const UsageAggregation b = aggregateUsage(fixtureRows(), o);
    QCOMPARE(b.totals.requests, 199);
    QCOMPARE(b.series.outcome(UsageOutcome::ClientError), values({0}));
    QCOMPARE(b.series.outcome(UsageOutcome::RateLimited), values({15}));
}

void TestUsageSeries::groupingMergesRows()
{
    UsageAggregationOptions o = fixtureOptions(UsageBucket::Day);
    o.byEndpoint = false;
    UsageAggregation a = aggregateUsage(fixtureRows(), o);
    // 26 Feb: GET and POST; 2 Mar: DELETE and GET.
    QCOMPARE(a.rows.size(), 7);
    QVERIFY(a.rows.at(0).templateUri.isEmpty());
    QCOMPARE(a.rows.at(0).httpMethod, u"GET"_s);
    QCOMPARE(a.endpointCount, 3);
    o.byMethod = false;
    a = aggregateUsage(fixtureRows(), o);
    QCOMPARE(a.rows.size(), 5); // one per day with traffic
    QCOMPARE(a.rows.at(0).counts.requests, 150);
    QCOMPARE(a.endpointCount, 1);
    QCOMPARE(a.topEndpoints.size(), 1);
    QCOMPARE(usagetext::endpointLabel(a.topEndpoints.at(0).templateUri, a.topEndpoints.at(0).httpMethod),
             u"All endpoints"_s);
    QCOMPARE(a.series.requests, values({150, 10, 0, 10, 22, 0, 7})); // the chart does not change
}

void TestUsageSeries::topEndpointsWithErrorShare()
{
    UsageAggregationOptions o = fixtureOptions(UsageBucket::Day);
    const UsageAggregation a = aggregateUsage(fixtureRows(), o);
    QCOMPARE(a.endpointCount, 3);
    QCOMPARE(a.topEndpoints.size(), 3);
    QCOMPARE(a.topEndpoints.at(0).templateUri, u"api/v2/users/{userId}"_s);
    QCOMPARE(a.topEndpoints.at(0).counts.requests, 147);
    QCOMPARE(a.topEndpoints.at(0).counts.errors(), 13);
    QCOMPARE(a.topEndpoints.at(1).httpMethod, u"POST"_s);
    QCOMPARE(a.topEndpoints.at(1).counts.errorShare(), 0.2);
    QCOMPARE(a.topEndpoints.at(2).httpMethod, u"DELETE"_s);
    QCOMPARE(a.topEndpoints.at(2).counts.errorShare(), 0.5);
    const QLocale en(QLocale::English);
    QCOMPARE(usagetext::percent(a.topEndpoints.at(0).counts.errorShare(), en), u"8.8%"_s);
    QCOMPARE(usagetext::percent(0.0, en), u"0%"_s);
    QCOMPARE(usagetext::percent(0.0004, en), u"< 0.1%"_s);
    QCOMPARE(usagetext::percent(0.125, QLocale(QLocale::German)), u"12,5%"_s);
    QCOMPARE(usagetext::endpointLabel(u"api/v2/users"_s, u"GET"_s), u"GET api/v2/users"_s);
    const QString tip = usagetext::endpointTooltip(a, 1, en);
    QVERIFY2(tip.contains(u"Requests: 50 (25.1% of all)"_s), qPrintable(tip));
    QVERIFY2(tip.contains(u"429 rate limited: 10"_s), qPrintable(tip));
    QVERIFY2(tip.contains(u"4xx other than 429: 0"_s), qPrintable(tip));
    QVERIFY2(tip.contains(u"Error share: 20.0%"_s), qPrintable(tip));
    // Fewer asked: the list stops there.
    o.topEndpoints = 2;
    QCOMPARE(aggregateUsage(fixtureRows(), o).topEndpoints.size(), 2);
}

void TestUsageSeries::rowsTheChartCannotPlace()
{
    // A row without a date and one after the interval: in the table and totals, not in the chart.
    QList<UsageRow> rows = fixtureRows();
    UsageRow undated = row(0, u"api/v2/x"_s, u"GET"_s, 3, 0, 0, 0, 0);
    undated.date = QDateTime();
    rows << undated << row(ms(2026, 4, 1), u"api/v2/x"_s, u"GET"_s, 4, 0, 0, 0, 0);
    const UsageAggregation a = aggregateUsage(rows, fixtureOptions(UsageBucket::Day));
    QCOMPARE(a.rowsOutside, 2);
    QCOMPARE(a.totals.requests, 206);
    QCOMPARE(a.rows.size(), 9);
    QCOMPARE(a.rows.first().bucket, -1); // the undated row sorts first
    QCOMPARE(a.rows.last().bucketMs, ms(2026, 4, 1));
    QCOMPARE(a.rows.last().bucket, -1);
    qreal charted = 0;
    for (qreal v : a.series.requests)
        charted += v;
    QCOMPARE(charted, 199.0);
    // A runaway interval is cut at maxBuckets.
    UsageAggregationOptions o = fixtureOptions(UsageBucket::Day);
    o.startMs = ms(1990, 1, 1);
    o.maxBuckets = 100;
    QCOMPARE(aggregateUsage(fixtureRows(), o).series.size(), 100);
    QCOMPARE(aggregateUsage(fixtureRows(), o).rowsOutside, 7);
}

void TestUsageSeries::bucketArithmetic_data()
{
    QTest::addColumn<qint64>("time");
    QTest::addColumn<int>("bucket");
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("next");
    constexpr qint64 hour = 3600 * 1000;
    QTest::newRow("day") << ms(2026, 3, 15) + 12 * hour << int(UsageBucket::Day) << ms(2026, 3, 15)
                         << ms(2026, 3, 16);
    QTest::newRow("day before 1970") << ms(1969, 12, 31) + hour << int(UsageBucket::Day) << ms(1969, 12, 31)
                                     << ms(1970, 1, 1);
    QTest::newRow("week, Sunday") << ms(2026, 3, 15) << int(UsageBucket::Week) << ms(2026, 3, 9)
                                  << ms(2026, 3, 16);
    QTest::newRow("week, Monday") << ms(2026, 3, 16) << int(UsageBucket::Week) << ms(2026, 3, 16)
                                  << ms(2026, 3, 23);
    QTest::newRow("week across the year")
        << ms(2026, 1, 1) << int(UsageBucket::Week) << ms(2025, 12, 29) << ms(2026, 1, 5);
    QTest::newRow("week before 1970")
        << ms(1969, 12, 31) << int(UsageBucket::Week) << ms(1969, 12, 29) << ms(1970, 1, 5);
    QTest::newRow("month") << ms(2026, 2, 28) + 23 * hour << int(UsageBucket::Month) << ms(2026, 2, 1)
                           << ms(2026, 3, 1);
    QTest::newRow("December") << ms(2025, 12, 31) << int(UsageBucket::Month) << ms(2025, 12, 1)
                              << ms(2026, 1, 1);
    QTest::newRow("leap February") << ms(2028, 2, 29) << int(UsageBucket::Month) << ms(2028, 2, 1)
                                   << ms(2028, 3, 1);
}

void TestUsageSeries::bucketArithmetic()
{
    QFETCH(qint64, time);
    QFETCH(int, bucket);
    QFETCH(qint64, start);
    QFETCH(qint64, next);
    QCOMPARE(usagebuckets::start(time, UsageBucket(bucket)), start);
    QCOMPARE(usagebuckets::next(start, UsageBucket(bucket)), next);
    QCOMPARE(usagebuckets::msOf(usagebuckets::utcDate(start)), start);
}

void TestUsageSeries::metricNames()
{
    QVERIFY(usageMetricNames(AllUsageMetrics).isEmpty()); // the query then omits "metrics"
    QCOMPARE(usageMetricNames(UsageMetric::Requests | UsageMetric::Status429),
             (QStringList{u"Status429"_s, u"Requests"_s}));
    QCOMPARE(usageMetricsFromNames({}), AllUsageMetrics);
    QCOMPARE(usageMetricsFromNames({u"Status500"_s, u"Bogus"_s}), UsageMetrics(UsageMetric::Status500));
    for (UsageMetrics m :
         {UsageMetrics(UsageMetric::Status200), UsageMetric::Status400 | UsageMetric::Status500})
        QCOMPARE(usageMetricsFromNames(usageMetricNames(m)), m);
}

void TestUsageSeries::tooltipsNameUtcAndTheLocalZone()
{
    const UsageAggregation a = aggregateUsage(fixtureRows(), fixtureOptions(UsageBucket::Day));
    const QLocale en(QLocale::English, QLocale::UnitedKingdom);
    const QTimeZone berlin("Europe/Berlin");
    QVERIFY(berlin.isValid());
    const QString tip = usagetext::bucketTooltip(a, 0, en, berlin);
    QVERIFY2(tip.startsWith(u"Thu 26 Feb 2026 (UTC)\nUTC: Thu 26 Feb 00:00 – Fri 27 Feb 00:00\n"_s),
             qPrintable(tip));
    QVERIFY2(tip.contains(u"Your time (Europe/Berlin, UTC+01:00): Thu 26 Feb 01:00 – Fri 27 Feb 01:00"_s),
             qPrintable(tip));
    QVERIFY2(tip.contains(u"Requests: 150\n2xx success: 130\n3xx redirect: 2\n4xx other than 429: 2\n"
                          "429 rate limited: 14\n5xx server error: 2\nErrors: 18 (12.0% of requests)"_s),
             qPrintable(tip));
    // In UTC there is nothing to convert.
    QVERIFY(!usagetext::bucketTooltip(a, 0, en, QTimeZone::utc()).contains(u"Your time"_s));
    // A gap says so.
    QVERIFY(usagetext::bucketTooltip(a, 2, en, QTimeZone::utc()).contains(u"No requests in this bucket."_s));
    QVERIFY(usagetext::bucketTooltip(a, 99, en, berlin).isEmpty());
    // A week that starts before the range says which days count.
    const UsageAggregation w = aggregateUsage(fixtureRows(), fixtureOptions(UsageBucket::Week));
    const QString week = usagetext::bucketTooltip(w, 0, en, QTimeZone::utc());
    QVERIFY2(week.startsWith(u"Week of Mon 23 Feb 2026 (UTC)"_s), qPrintable(week));
    QVERIFY2(week.contains(u"only 26 Feb – 1 Mar counted"_s), qPrintable(week));
    QCOMPARE(usagetext::axisLabel(w.series, 1, en), u"2 Mar"_s);
    const UsageAggregation m = aggregateUsage(fixtureRows(), fixtureOptions(UsageBucket::Month));
    QCOMPARE(usagetext::axisLabel(m.series, 0, en), u"Feb 2026"_s);
    QCOMPARE(usagetext::bucketLabel(ms(2026, 3, 1), ms(2026, 4, 1), UsageBucket::Month, en), u"March 2026"_s);
    // Only some metrics asked: the tooltip lists those and says how requests were counted.
    UsageAggregationOptions o = fixtureOptions(UsageBucket::Day);
    o.metrics = UsageMetric::Status400;
    const QString four = usagetext::bucketTooltip(aggregateUsage(fixtureRows(), o), 0, en, QTimeZone::utc());
    QVERIFY2(four.contains(u"Requests (sum of the statuses asked): 16\n4xx: 16\nErrors: 16"_s),
             qPrintable(four));
    QVERIFY(!four.contains(u"2xx"_s));
}

void TestUsageSeries::ninetyDaysThreeHundredEndpoints()
{
    // 90 days x 300 endpoints of rows -> series, table rows and top endpoints.
    const qint64 first = ms(2025, 12, 15);
    QList<UsageRow> rows;
    rows.reserve(90 * 300);
    QStringList templates;
    for (int e = 0; e < 300; ++e)
        templates << u"api/v2/area%1/resources/{resourceId}/items"_s.arg(e);
    const QString methods[] = {u"GET"_s, u"POST"_s, u"PUT"_s, u"DELETE"_s};
    for (int d = 0; d < 90; ++d) {
        for (int e = 0; e < 300; ++e) {
            UsageRow r = row(first + d * usagebuckets::DayMs, templates.at(e), methods[e % 4], 1000 + e,
                             e % 7, e % 13 + 2, e % 3, e % 5);
            // As parsed from JSON: every row owns its strings.
            r.templateUri = QString(templates.at(e).constData(), templates.at(e).size());
            rows.append(std::move(r));
        }
    }
    UsageAggregationOptions o;
    o.startMs = first;
    o.endMs = first + 90 * usagebuckets::DayMs;
    QElapsedTimer t;
    qint64 best = std::numeric_limits<qint64>::max();
    UsageAggregation a;
    for (int run = 0; run < 5; ++run) {
        t.start();
        a = aggregateUsage(rows, o);
        best = std::min(best, t.nsecsElapsed());
    }
    qInfo("aggregateUsage: 27,000 rows -> %d buckets, %d table rows in %.1f ms (best of 5)", a.series.size(),
          int(a.rows.size()), double(best) / 1e6);
    QCOMPARE(a.series.size(), 90);
    QCOMPARE(a.rows.size(), 27000);
    QCOMPARE(a.endpointCount, 300);
    qint64 most = 0;
    for (int e = 0; e < 300; ++e)
        most = std::max<qint64>(most, 90 * (1000 + e + e % 7 + e % 13 + 2 + e % 5));
    QCOMPARE(a.topEndpoints.first().counts.requests, most);
    QCOMPARE(a.totals.requests, std::accumulate(rows.cbegin(), rows.cend(), qint64(0),
                                                [](qint64 n, const UsageRow &r) { return n + r.requests; }));
    // The target is 50 ms including the table model; this only catches an order-of-magnitude slip.
#if !defined(__SANITIZE_ADDRESS__)
    QVERIFY2(best < 250'000'000, "aggregating 27,000 rows took more than 250 ms");
#endif
}

QTEST_GUILESS_MAIN(TestUsageSeries)
#include "tst_usageseries.moc"

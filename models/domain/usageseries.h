// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/usage.h"

#include <QFlags>
#include <QList>
#include <QLocale>
#include <QString>
#include <QTimeZone>

#include <array>

// Turning usage rows (ApiUsageRow, as the platform sends them) into what a usage view shows: time
// buckets per outcome with the gaps filled in, one table row per bucket, endpoint and method, the
// top endpoints with their error share, and the totals. Plain values, no widgets and no network,
// so the Usage page, the org-wide sweep and the tests share one implementation.
//
//     UsageAggregationOptions o;
//     o.bucket = UsageBucket::Day;
//     o.startMs = query.start.toMSecsSinceEpoch();
//     o.endMs = query.end.toMSecsSinceEpoch();
//     const UsageAggregation a = aggregateUsage(result.rows, o);
//     a.series.outcome(UsageOutcome::RateLimited); // one value per day, zero on days without rows
//
// All bucket arithmetic is on milliseconds since the epoch in UTC, which is how the platform
// buckets usage: a "day" is a UTC day, a week starts on Monday 00:00 UTC, a month on the 1st.

// How rows are grouped in time. Whole is one bucket for the entire interval (what the usage
// summary call answers).
enum class UsageBucket
{
    Day,
    Week,
    Month,
    Whole
};

// What became of the requests. The platform counts 429 inside status400, so RateLimited is split
// out of ClientError, never added on top of it.
enum class UsageOutcome
{
    Success,     // 2xx
    Redirect,    // 3xx
    ClientError, // 4xx other than 429
    RateLimited, // 429
    ServerError, // 5xx
};
inline constexpr int UsageOutcomeCount = 5;

// The metrics of ApiUsageClientQuery.metrics, as flags.
enum class UsageMetric : unsigned
{
    Status200 = 0x01,
    Status300 = 0x02,
    Status400 = 0x04,
    Status500 = 0x08,
    Status429 = 0x10,
    Requests = 0x20,
};
Q_DECLARE_FLAGS(UsageMetrics, UsageMetric)
Q_DECLARE_OPERATORS_FOR_FLAGS(UsageMetrics)
inline constexpr UsageMetrics AllUsageMetrics = UsageMetrics::fromInt(0x3f);

// "Status200", ... in the API's order; empty for all metrics (the query then omits the field).
[[nodiscard]] QStringList usageMetricNames(UsageMetrics metrics);
[[nodiscard]] UsageMetrics usageMetricsFromNames(const QStringList &names); // empty list = all
[[nodiscard]] QString usageMetricLabel(UsageMetric metric);                 // "2xx", "4xx (incl. 429)"
[[nodiscard]] QString usageOutcomeLabel(UsageOutcome outcome);              // "2xx", "4xx other than 429"
[[nodiscard]] QString usageBucketName(UsageBucket bucket);                  // "Day", "Whole range"

// The sums of some rows.
struct UsageCounts
{
    qint64 requests = 0;
    qint64 status200 = 0;
    qint64 status300 = 0;
    qint64 status400 = 0; // includes status429, as on the platform
    qint64 status429 = 0;
    qint64 status500 = 0;

    void add(const UsageCounts &o)
    {
        requests += o.requests;
        status200 += o.status200;
        status300 += o.status300;
        status400 += o.status400;
        status429 += o.status429;
        status500 += o.status500;
    }
    [[nodiscard]] qint64 outcome(UsageOutcome o) const;
    // 4xx and 5xx (429 included once, inside 4xx).
    [[nodiscard]] qint64 errors() const { return status400 + status500; }
    // errors() / requests, 0 without requests.
    [[nodiscard]] double errorShare() const;
    friend bool operator==(const UsageCounts &, const UsageCounts &) = default;
};

struct UsageAggregationOptions
{
    UsageBucket bucket = UsageBucket::Day;
    // The interval asked, UTC ms since the epoch, end exclusive. Every bucket that touches it is
    // in the series, with zeros where no row fell. When start >= end, the buckets span the rows.
    qint64 startMs = 0;
    qint64 endMs = 0;
    // Grouping of the table and the top-endpoints list. Rows grouped finer than this (the summary
    // always groups by both) are merged; rows grouped coarser have empty fields.
    bool byEndpoint = true;
    bool byMethod = true;
    // The metrics that were asked. Values of the others are ignored (treated as not known); when
    // Requests was not asked, requests are the sum of the status metrics that were.
    UsageMetrics metrics = AllUsageMetrics;
    int topEndpoints = 10;
    // A series never has more buckets than this (a decade of days); later buckets are cut off and
    // their rows counted in UsageAggregation::rowsOutside.
    int maxBuckets = 4000;
};

// The chart of requests over time: one entry per bucket, empty buckets included (as zeros, so a
// missing day drops to zero instead of being bridged by a line or an absent bar).
struct UsageSeries
{
    UsageBucket bucket = UsageBucket::Day;
    QList<qint64> starts;                                 // bucket starts, UTC ms since the epoch
    std::array<QList<qreal>, UsageOutcomeCount> outcomes; // per outcome, one value per bucket
    QList<qreal> requests;                                // per bucket
    qint64 endMs = 0;                                     // end of the last bucket

    [[nodiscard]] int size() const { return int(starts.size()); }
    [[nodiscard]] const QList<qreal> &outcome(UsageOutcome o) const { return outcomes[size_t(o)]; }
    // Start of the bucket after `index` (the series end for the last one).
    [[nodiscard]] qint64 bucketEnd(int index) const;
    [[nodiscard]] qreal maxRequests() const;
};

// One row of the usage table: a bucket, an endpoint and a method.
struct UsageTableRow
{
    qint64 bucketMs = 0; // bucket start; meaningless when bucket < 0
    int bucket = -1;     // index into UsageSeries; -1 for rows outside it (bad date, outside the range)
    QString templateUri; // empty when not grouped by endpoint
    QString httpMethod;  // empty when not grouped by method
    UsageCounts counts;
};

struct UsageEndpointStat
{
    QString templateUri;
    QString httpMethod;
    UsageCounts counts;
};

struct UsageAggregation
{
    UsageAggregationOptions options;
    UsageSeries series;
    QList<UsageTableRow> rows;             // by bucket, then endpoint, then method
    QList<UsageEndpointStat> topEndpoints; // most requests first; at most options.topEndpoints
    int endpointCount = 0;                 // distinct (endpoint, method) groups
    UsageCounts totals;
    int busiestBucket = -1;       // the bucket with the most requests, -1 without any
    int activeBuckets = 0;        // buckets with at least one request
    int rowsOutside = 0;          // rows counted in the table and totals but not in the chart
    bool requestsDerived = false; // Requests was not asked: requests = sum of the status metrics

    [[nodiscard]] bool hasUsage() const { return totals.requests > 0 || totals.errors() > 0; }
};

// The whole computation; linear in the rows (one hash lookup each), no date parsing.
[[nodiscard]] UsageAggregation aggregateUsage(const QList<UsageRow> &rows,
                                              const UsageAggregationOptions &options);

// Bucket arithmetic in UTC, on ms since the epoch. Whole buckets start at `wholeStartMs`.
namespace usagebuckets {
inline constexpr qint64 DayMs = 24LL * 60 * 60 * 1000;
[[nodiscard]] qint64 start(qint64 ms, UsageBucket bucket, qint64 wholeStartMs = 0);
[[nodiscard]] qint64 next(qint64 bucketStartMs, UsageBucket bucket);
[[nodiscard]] QDate utcDate(qint64 ms);
[[nodiscard]] qint64 msOf(QDate utcDate);
} // namespace usagebuckets

// Texts for people. Buckets are named by their UTC dates (the platform's buckets); the local time
// zone is named where it differs from UTC so that "Tuesday" is never mistaken for a local day.
namespace usagetext {
// Short, for an axis: "3 Mar", "w/c 2 Mar", "Mar 2026", "3 Feb – 4 Mar".
[[nodiscard]] QString axisLabel(const UsageSeries &series, int index, const QLocale &locale = {});
// For the table's date column: "Tue 3 Mar 2026", "Week of Mon 2 Mar 2026", "March 2026".
[[nodiscard]] QString bucketLabel(qint64 startMs, qint64 endMs, UsageBucket bucket,
                                  const QLocale &locale = {});
// The bucket's extent in UTC and, when the zone differs, in `zone`; notes a bucket only partly
// inside the interval. Two or three lines.
[[nodiscard]] QString bucketExtent(const UsageAggregation &a, int index, const QLocale &locale,
                                   const QTimeZone &zone);
// A hover tooltip for one bucket of the time chart: its extent, then each outcome and the total
// with exact numbers.
[[nodiscard]] QString bucketTooltip(const UsageAggregation &a, int index, const QLocale &locale,
                                    const QTimeZone &zone);
// A hover tooltip for one of the top endpoints.
[[nodiscard]] QString endpointTooltip(const UsageAggregation &a, int index, const QLocale &locale);
// "GET api/v2/users/{userId}", "All endpoints (GET)", "All endpoints".
[[nodiscard]] QString endpointLabel(const QString &templateUri, const QString &httpMethod);
// "12.3 %" with the locale's decimal point; "0 %" and "< 0.1 %" at the small end.
[[nodiscard]] QString percent(double share, const QLocale &locale = {});
} // namespace usagetext

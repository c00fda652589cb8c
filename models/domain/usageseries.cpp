// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/usageseries.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include <algorithm>
#include <limits>
#include <numeric>

using namespace Qt::Literals::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(UsageSeries)
};

constexpr qint64 DayMs = usagebuckets::DayMs;
constexpr qint64 NoDate = std::numeric_limits<qint64>::min();
// 1970-01-01 as a Julian day: QDate's day numbers and ours differ by this.
constexpr qint64 EpochJulianDay = 2440588;

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

// Months since year 0 of a UTC day number, for month bucket indexes.
qint64 monthNumber(qint64 day)
{
    const QDate d = QDate::fromJulianDay(day + EpochJulianDay);
    return qint64(d.year()) * 12 + d.month() - 1;
}

UsageCounts maskedCounts(const UsageRow &r, UsageMetrics m)
{
    UsageCounts c;
    if (m & UsageMetric::Status200)
        c.status200 = r.status200;
    if (m & UsageMetric::Status300)
        c.status300 = r.status300;
    if (m & UsageMetric::Status400)
        c.status400 = r.status400;
    if (m & UsageMetric::Status429)
        c.status429 = r.status429;
    if (m & UsageMetric::Status500)
        c.status500 = r.status500;
    c.requests =
        (m & UsageMetric::Requests) ? r.requests : c.status200 + c.status300 + c.status400 + c.status500;
    return c;
}

QString number(qint64 n, const QLocale &locale)
{
    return locale.toString(n);
}
} // namespace

// ---------------------------------------------------------------------------------------------
// Metrics and labels

QStringList usageMetricNames(UsageMetrics metrics)
{
    if (metrics == AllUsageMetrics)
        return {};
    static const std::array<std::pair<UsageMetric, QLatin1StringView>, 6> names = {{
        {UsageMetric::Status200, "Status200"_L1},
        {UsageMetric::Status300, "Status300"_L1},
        {UsageMetric::Status400, "Status400"_L1},
        {UsageMetric::Status500, "Status500"_L1},
        {UsageMetric::Status429, "Status429"_L1},
        {UsageMetric::Requests, "Requests"_L1},
    }};
    QStringList out;
    for (const auto &[flag, name] : names) {
        if (metrics & flag)
            out.append(QString(name));
    }
    return out;
}

UsageMetrics usageMetricsFromNames(const QStringList &names)
{
    if (names.isEmpty())
        return AllUsageMetrics;
    UsageMetrics m;
    for (const QString &n : names) {
        if (n == "Status200"_L1)
            m |= UsageMetric::Status200;
        else if (n == "Status300"_L1)
            m |= UsageMetric::Status300;
        else if (n == "Status400"_L1)
            m |= UsageMetric::Status400;
        else if (n == "Status500"_L1)
            m |= UsageMetric::Status500;
        else if (n == "Status429"_L1)
            m |= UsageMetric::Status429;
        else if (n == "Requests"_L1)
            m |= UsageMetric::Requests;
    }
    return m;
}

QString usageMetricLabel(UsageMetric metric)
{
    switch (metric) {
    case UsageMetric::Status200:
        return Tr::tr("2xx");
    case UsageMetric::Status300:
        return Tr::tr("3xx");
    case UsageMetric::Status400:
        return Tr::tr("4xx (incl. 429)");
    case UsageMetric::Status500:
        return Tr::tr("5xx");
    case UsageMetric::Status429:
        return Tr::tr("429");
    case UsageMetric::Requests:
        return Tr::tr("Requests");
    }
    return {};
}

QString usageOutcomeLabel(UsageOutcome outcome)
{
    switch (outcome) {
    case UsageOutcome::Success:
        return Tr::tr("2xx success");
    case UsageOutcome::Redirect:
        return Tr::tr("3xx redirect");
    case UsageOutcome::ClientError:
        return Tr::tr("4xx other than 429");
    case UsageOutcome::RateLimited:
        return Tr::tr("429 rate limited");
    case UsageOutcome::ServerError:
        return Tr::tr("5xx server error");
    }
    return {};
}

QString usageBucketName(UsageBucket bucket)
{
    switch (bucket) {
    case UsageBucket::Day:
        return Tr::tr("Day");
    case UsageBucket::Week:
        return Tr::tr("Week");
    case UsageBucket::Month:
        return Tr::tr("Month");
    case UsageBucket::Whole:
        return Tr::tr("Whole range");
    }
    return {};
}

// ---------------------------------------------------------------------------------------------
// Counts

qint64 UsageCounts::outcome(UsageOutcome o) const
{
    switch (o) {
    case UsageOutcome::Success:
        return status200;
    case UsageOutcome::Redirect:
        return status300;
    case UsageOutcome::ClientError:
        // status400 already contains the 429s; a server that reports more 429s than 4xx gets no
        // negative bar.
        return std::max<qint64>(0, status400 - status429);
    case UsageOutcome::RateLimited:
        return status429;
    case UsageOutcome::ServerError:
        return status500;
    }
    return 0;
}

double UsageCounts::errorShare() const
{
    return requests > 0 ? double(errors()) / double(requests) : 0.0;
}

// ---------------------------------------------------------------------------------------------
// Buckets

namespace usagebuckets {

qint64 start(qint64 ms, UsageBucket bucket, qint64 wholeStartMs)
{
    const qint64 day = floorDiv(ms, DayMs);
    switch (bucket) {
    case UsageBucket::Day:
        return day * DayMs;
    case UsageBucket::Week: // ISO weeks start on Monday; 1970-01-01 was a Thursday
        return (day - ((day + 3) % 7 + 7) % 7) * DayMs;
    case UsageBucket::Month: {
        const QDate d = QDate::fromJulianDay(day + EpochJulianDay);
        return msOf(QDate(d.year(), d.month(), 1));
    }
    case UsageBucket::Whole:
        return wholeStartMs;
    }
    return day * DayMs;
}

qint64 next(qint64 bucketStartMs, UsageBucket bucket)
{
    switch (bucket) {
    case UsageBucket::Day:
        return bucketStartMs + DayMs;
    case UsageBucket::Week:
        return bucketStartMs + 7 * DayMs;
    case UsageBucket::Month: {
        const QDate d = utcDate(bucketStartMs).addMonths(1);
        return msOf(QDate(d.year(), d.month(), 1));
    }
    case UsageBucket::Whole:
        return std::numeric_limits<qint64>::max();
    }
    return bucketStartMs + DayMs;
}

QDate utcDate(qint64 ms)
{
    return QDate::fromJulianDay(floorDiv(ms, DayMs) + EpochJulianDay);
}

qint64 msOf(QDate utcDate)
{
    return (utcDate.toJulianDay() - EpochJulianDay) * DayMs;
}

} // namespace usagebuckets

qint64 UsageSeries::bucketEnd(int index) const
{
    return index + 1 < starts.size() ? starts.at(index + 1) : endMs;
}

qreal UsageSeries::maxRequests() const
{
    return requests.isEmpty() ? 0.0 : *std::max_element(requests.cbegin(), requests.cend());
}

// ---------------------------------------------------------------------------------------------
// Aggregation

namespace {

// Maps a row's date to its bucket index in the series, fast for the common bucket sizes.
class BucketIndexer
{
public:
    BucketIndexer(UsageBucket bucket, qint64 firstMs, int count)
        : m_bucket(bucket)
        , m_first(firstMs)
        , m_count(count)
        , m_firstMonth(monthNumber(floorDiv(firstMs, DayMs)))
    {}

    // -1 when the date falls outside the series.
    [[nodiscard]] int indexOf(qint64 ms)
    {
        qint64 i = -1;
        switch (m_bucket) {
        case UsageBucket::Day:
            i = floorDiv(ms - m_first, DayMs);
            break;
        case UsageBucket::Week:
            i = floorDiv(ms - m_first, 7 * DayMs);
            break;
        case UsageBucket::Month: {
            const qint64 day = floorDiv(ms, DayMs);
            if (day != m_lastDay) {
                m_lastDay = day;
                m_lastMonth = monthNumber(day);
            }
            i = m_lastMonth - m_firstMonth;
            break;
        }
        case UsageBucket::Whole:
            i = 0;
            break;
        }
        return i >= 0 && i < m_count ? int(i) : -1;
    }

private:
    UsageBucket m_bucket;
    qint64 m_first;
    int m_count;
    qint64 m_firstMonth;
    qint64 m_lastDay = NoDate;
    qint64 m_lastMonth = 0;
};

// The value for `key`, inserting `fresh` first when absent (QHash in 6.4 has no try_emplace).
template<class K, class V>
std::pair<V, bool> findOrInsert(QHash<K, V> &hash, const K &key, V fresh)
{
    auto it = hash.constFind(key);
    if (it != hash.cend())
        return {*it, false};
    hash.insert(key, fresh);
    return {fresh, true};
}

// A (templateUri, httpMethod) pair seen by the aggregation, by view.
struct EndpointKey
{
    QStringView templateUri;
    QStringView httpMethod;
    friend bool operator==(EndpointKey a, EndpointKey b) noexcept
    {
        return a.templateUri == b.templateUri && a.httpMethod == b.httpMethod;
    }
};

// FNV-1a over both strings' UTF-16 code units.
size_t qHash(EndpointKey k, size_t seed = 0) noexcept
{
    quint64 h = 14695981039346656037ULL ^ quint64(seed);
    const auto mix = [&h](QStringView text) {
        for (const QChar c : text) {
            h ^= c.unicode();
            h *= 1099511628211ULL;
        }
        h ^= 0xffff; // separates ("ab", "c") from ("a", "bc")
        h *= 1099511628211ULL;
    };
    mix(k.templateUri);
    mix(k.httpMethod);
    return size_t(h ^ (h >> 32));
}

struct Endpoint
{
    QString templateUri;
    QString httpMethod;
    UsageCounts counts;
    int rank = 0;             // position in (templateUri, httpMethod) order
    QList<int> rowOfBucket{}; // table row of each in-range bucket, -1 for none yet
};

} // namespace

UsageAggregation aggregateUsage(const QList<UsageRow> &rows, const UsageAggregationOptions &o)
{
    UsageAggregation a;
    a.options = o;
    a.requestsDerived = !(o.metrics & UsageMetric::Requests);
    UsageSeries &s = a.series;
    s.bucket = o.bucket;

    // 1. The buckets: every one touching the interval, or spanning the rows' dates.
    qint64 first = o.startMs;
    qint64 end = o.endMs;
    if (o.startMs >= o.endMs) {
        qint64 lo = std::numeric_limits<qint64>::max();
        qint64 hi = std::numeric_limits<qint64>::min();
        for (const UsageRow &r : rows) {
            if (!r.date.isValid())
                continue;
            const qint64 ms = r.date.toMSecsSinceEpoch();
            lo = std::min(lo, ms);
            hi = std::max(hi, ms);
        }
        if (lo > hi) {
            first = end = 0;
        } else {
            first = o.bucket == UsageBucket::Whole ? lo : usagebuckets::start(lo, o.bucket);
            end = o.bucket == UsageBucket::Whole
                      ? usagebuckets::start(hi, UsageBucket::Day) + DayMs
                      : usagebuckets::next(usagebuckets::start(hi, o.bucket), o.bucket);
        }
    }
    if (first < end) {
        if (o.bucket == UsageBucket::Whole) {
            s.starts.append(first);
            s.endMs = end;
        } else {
            qint64 b = usagebuckets::start(first, o.bucket);
            const int cap = std::max(1, o.maxBuckets);
            while (b < end && s.starts.size() < cap) {
                s.starts.append(b);
                b = usagebuckets::next(b, o.bucket);
            }
            s.endMs = b;
        }
    }
    const int n = s.size();
    QList<UsageCounts> bucketSums(n);

    // 2. One pass over the rows. The endpoint of a row is found with one lookup of its two strings
    // (viewed, not copied; FNV-hashed, which is several times cheaper than qHash's SipHash on
    // these short, trusted keys); its table row for an in-range bucket is a slot in the endpoint's
    // own array, so only rows outside the chart go through a second hash.
    QHash<EndpointKey, int> endpointIds;
    QList<Endpoint> endpoints;
    QHash<std::pair<qint64, int>, int> outsideIndex;
    a.rows.reserve(rows.size());
    QList<int> rowEndpoint; // parallel to a.rows
    rowEndpoint.reserve(rows.size());
    BucketIndexer indexer(o.bucket, n > 0 ? s.starts.first() : 0, n);
    const QString none;

    for (const UsageRow &r : rows) {
        const UsageCounts c = maskedCounts(r, o.metrics);
        const QString &tpl = o.byEndpoint ? r.templateUri : none;
        const QString &method = o.byMethod ? r.httpMethod : none;
        const auto [eid, newEndpoint] =
            findOrInsert(endpointIds, EndpointKey{tpl, method}, int(endpoints.size()));
        // The key views the row's strings, which outlive the hash.
        if (newEndpoint)
            endpoints.append(Endpoint{tpl, method, {}, 0, QList<int>(n, -1)});
        Endpoint &e = endpoints[eid];
        e.counts.add(c);
        a.totals.add(c);

        const bool dated = r.date.isValid();
        const qint64 ms = dated ? r.date.toMSecsSinceEpoch() : NoDate;
        const int bucket = dated ? indexer.indexOf(ms) : -1;
        int *slot = nullptr;
        qint64 bucketMs = NoDate;
        if (bucket >= 0) {
            bucketMs = s.starts.at(bucket);
            bucketSums[bucket].add(c);
            slot = &e.rowOfBucket[bucket];
        } else {
            ++a.rowsOutside;
            if (dated)
                bucketMs = o.bucket == UsageBucket::Whole ? first : usagebuckets::start(ms, o.bucket);
            const auto it = outsideIndex.find(std::pair(bucketMs, eid));
            slot = it != outsideIndex.end() ? &*it : &*outsideIndex.insert(std::pair(bucketMs, eid), -1);
        }
        if (*slot < 0) {
            *slot = int(a.rows.size());
            a.rows.append(UsageTableRow{bucketMs, bucket, e.templateUri, e.httpMethod, c});
            rowEndpoint.append(eid);
        } else {
            a.rows[*slot].counts.add(c);
        }
    }

    // 3. The series as chart values.
    for (int i = 0; i < UsageOutcomeCount; ++i) {
        QList<qreal> &out = s.outcomes[size_t(i)];
        out.reserve(n);
        for (const UsageCounts &b : std::as_const(bucketSums))
            out.append(qreal(b.outcome(UsageOutcome(i))));
    }
    s.requests.reserve(n);
    qint64 busiest = 0;
    for (int i = 0; i < n; ++i) {
        const qint64 v = bucketSums.at(i).requests;
        s.requests.append(qreal(v));
        if (v > 0)
            ++a.activeBuckets;
        if (v > busiest) {
            busiest = v;
            a.busiestBucket = i;
        }
    }

    // 4. Endpoints: ranked by name for the table order, by requests for the top list.
    a.endpointCount = int(endpoints.size());
    QList<int> order(endpoints.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&endpoints](int l, int r) {
        const Endpoint &x = endpoints.at(l);
        const Endpoint &y = endpoints.at(r);
        if (const int c = x.templateUri.compare(y.templateUri); c != 0)
            return c < 0;
        return x.httpMethod < y.httpMethod;
    });
    for (int i = 0; i < order.size(); ++i)
        endpoints[order.at(i)].rank = i;
    QList<int> byRequests = order; // name order breaks ties
    std::stable_sort(byRequests.begin(), byRequests.end(), [&endpoints](int l, int r) {
        return endpoints.at(l).counts.requests > endpoints.at(r).counts.requests;
    });
    const qsizetype top = std::min<qsizetype>(std::max(0, o.topEndpoints), byRequests.size());
    a.topEndpoints.reserve(top);
    for (qsizetype i = 0; i < top; ++i) {
        const Endpoint &e = endpoints.at(byRequests.at(i));
        if (e.counts.requests <= 0 && e.counts.errors() <= 0)
            break;
        a.topEndpoints.append(UsageEndpointStat{e.templateUri, e.httpMethod, e.counts});
    }

    // 5. Table rows in a fixed order: bucket, then endpoint and method by name.
    std::vector<std::pair<std::pair<qint64, int>, int>> keys;
    keys.reserve(size_t(a.rows.size()));
    for (int i = 0; i < a.rows.size(); ++i)
        keys.push_back({{a.rows.at(i).bucketMs, endpoints.at(rowEndpoint.at(i)).rank}, i});
    std::sort(keys.begin(), keys.end());
    QList<UsageTableRow> sorted;
    sorted.reserve(a.rows.size());
    for (const auto &k : keys)
        sorted.append(std::move(a.rows[k.second]));
    a.rows = std::move(sorted);
    return a;
}

// ---------------------------------------------------------------------------------------------
// Texts

namespace usagetext {

namespace {
QString dayText(qint64 ms, const QLocale &locale, const QString &format)
{
    return locale.toString(usagebuckets::utcDate(ms), format);
}

QString timeAt(const QDateTime &dt, const QLocale &locale)
{
    return locale.toString(dt, u"ddd d MMM HH:mm"_s);
}
} // namespace

QString axisLabel(const UsageSeries &series, int index, const QLocale &locale)
{
    if (index < 0 || index >= series.size())
        return {};
    const qint64 start = series.starts.at(index);
    switch (series.bucket) {
    case UsageBucket::Day:
    case UsageBucket::Week:
        return dayText(start, locale, u"d MMM"_s);
    case UsageBucket::Month:
        return dayText(start, locale, u"MMM yyyy"_s);
    case UsageBucket::Whole:
        return Tr::tr("%1 – %2").arg(dayText(start, locale, u"d MMM"_s),
                                     dayText(series.endMs - 1, locale, u"d MMM yyyy"_s));
    }
    return {};
}

QString bucketLabel(qint64 startMs, qint64 endMs, UsageBucket bucket, const QLocale &locale)
{
    switch (bucket) {
    case UsageBucket::Day:
        return dayText(startMs, locale, u"ddd d MMM yyyy"_s);
    case UsageBucket::Week:
        return Tr::tr("Week of %1").arg(dayText(startMs, locale, u"ddd d MMM yyyy"_s));
    case UsageBucket::Month:
        return dayText(startMs, locale, u"MMMM yyyy"_s);
    case UsageBucket::Whole:
        if (endMs <= startMs)
            return dayText(startMs, locale, u"d MMM yyyy"_s);
        return Tr::tr("%1 – %2").arg(dayText(startMs, locale, u"d MMM yyyy"_s),
                                     dayText(endMs - 1, locale, u"d MMM yyyy"_s));
    }
    return {};
}

QString bucketExtent(const UsageAggregation &a, int index, const QLocale &locale, const QTimeZone &zone)
{
    const UsageSeries &s = a.series;
    if (index < 0 || index >= s.size())
        return {};
    const qint64 start = s.starts.at(index);
    const qint64 end = s.bucketEnd(index);
    QStringList lines;
    lines << Tr::tr("%1 (UTC)").arg(bucketLabel(start, end, s.bucket, locale));
    const QDateTime utcStart = QDateTime::fromMSecsSinceEpoch(start, QTimeZone::utc());
    const QDateTime utcEnd = QDateTime::fromMSecsSinceEpoch(end, QTimeZone::utc());
    lines << Tr::tr("UTC: %1 – %2").arg(timeAt(utcStart, locale), timeAt(utcEnd, locale));
    if (zone.isValid() && (zone.offsetFromUtc(utcStart) != 0 || zone.offsetFromUtc(utcEnd) != 0)) {
        const QDateTime localStart = utcStart.toTimeZone(zone);
        const QDateTime localEnd = utcEnd.toTimeZone(zone);
        // The zone's id and offset: short names ("CET", "GMT+1") depend on the ICU data and locale.
        lines << Tr::tr("Your time (%1, %2): %3 – %4")
                     .arg(QString::fromUtf8(zone.id()), zone.displayName(localStart, QTimeZone::OffsetName),
                          timeAt(localStart, locale), timeAt(localEnd, locale));
    }
    const UsageAggregationOptions &o = a.options;
    if (o.startMs < o.endMs && s.bucket != UsageBucket::Whole && (start < o.startMs || end > o.endMs)) {
        const qint64 inFrom = std::max(start, o.startMs);
        const qint64 inTo = std::min(end, o.endMs) - 1;
        lines << Tr::tr("Partly outside the range: only %1 – %2 counted")
                     .arg(dayText(inFrom, locale, u"d MMM"_s), dayText(inTo, locale, u"d MMM"_s));
    }
    return lines.join(u'\n');
}

QString bucketTooltip(const UsageAggregation &a, int index, const QLocale &locale, const QTimeZone &zone)
{
    const UsageSeries &s = a.series;
    if (index < 0 || index >= s.size())
        return {};
    QStringList lines{bucketExtent(a, index, locale, zone), QString()};
    const UsageMetrics m = a.options.metrics;
    const auto value = [&s, index](UsageOutcome o) { return qint64(s.outcome(o).at(index)); };
    const qint64 requests = qint64(s.requests.at(index));
    lines << (a.requestsDerived ? Tr::tr("Requests (sum of the statuses asked): %1") : Tr::tr("Requests: %1"))
                 .arg(number(requests, locale));
    if (m & UsageMetric::Status200)
        lines << Tr::tr("2xx success: %1").arg(number(value(UsageOutcome::Success), locale));
    if (m & UsageMetric::Status300)
        lines << Tr::tr("3xx redirect: %1").arg(number(value(UsageOutcome::Redirect), locale));
    if (m & UsageMetric::Status400)
        lines << ((m & UsageMetric::Status429) ? Tr::tr("4xx other than 429: %1") : Tr::tr("4xx: %1"))
                     .arg(number(value(UsageOutcome::ClientError), locale));
    if (m & UsageMetric::Status429)
        lines << Tr::tr("429 rate limited: %1").arg(number(value(UsageOutcome::RateLimited), locale));
    if (m & UsageMetric::Status500)
        lines << Tr::tr("5xx server error: %1").arg(number(value(UsageOutcome::ServerError), locale));
    if (m & (UsageMetric::Status400 | UsageMetric::Status500)) {
        const qint64 errors = value(UsageOutcome::ClientError) + value(UsageOutcome::RateLimited) +
                              value(UsageOutcome::ServerError);
        lines << Tr::tr("Errors: %1 (%2 of requests)")
                     .arg(number(errors, locale),
                          percent(requests > 0 ? double(errors) / double(requests) : 0.0, locale));
    }
    if (requests == 0)
        lines << Tr::tr("No requests in this bucket.");
    return lines.join(u'\n');
}

QString endpointTooltip(const UsageAggregation &a, int index, const QLocale &locale)
{
    if (index < 0 || index >= a.topEndpoints.size())
        return {};
    const UsageEndpointStat &e = a.topEndpoints.at(index);
    const UsageCounts &c = e.counts;
    QStringList lines{endpointLabel(e.templateUri, e.httpMethod), QString()};
    lines << Tr::tr("Requests: %1 (%2 of all)")
                 .arg(number(c.requests, locale),
                      percent(a.totals.requests > 0 ? double(c.requests) / double(a.totals.requests) : 0.0,
                              locale));
    const UsageMetrics m = a.options.metrics;
    if (m & UsageMetric::Status200)
        lines << Tr::tr("2xx success: %1").arg(number(c.status200, locale));
    if (m & UsageMetric::Status300)
        lines << Tr::tr("3xx redirect: %1").arg(number(c.status300, locale));
    if (m & UsageMetric::Status400)
        lines << ((m & UsageMetric::Status429) ? Tr::tr("4xx other than 429: %1") : Tr::tr("4xx: %1"))
                     .arg(number(c.outcome(UsageOutcome::ClientError), locale));
    if (m & UsageMetric::Status429)
        lines << Tr::tr("429 rate limited: %1").arg(number(c.status429, locale));
    if (m & UsageMetric::Status500)
        lines << Tr::tr("5xx server error: %1").arg(number(c.status500, locale));
    if (m & (UsageMetric::Status400 | UsageMetric::Status500))
        lines << Tr::tr("Error share: %1").arg(percent(c.errorShare(), locale));
    return lines.join(u'\n');
}

QString endpointLabel(const QString &templateUri, const QString &httpMethod)
{
    if (templateUri.isEmpty() && httpMethod.isEmpty())
        return Tr::tr("All endpoints");
    if (templateUri.isEmpty())
        return Tr::tr("All endpoints (%1)").arg(httpMethod);
    if (httpMethod.isEmpty())
        return templateUri;
    return httpMethod + u' ' + templateUri;
}

QString percent(double share, const QLocale &locale)
{
    if (!(share > 0.0))
        return Tr::tr("0%1").arg(locale.percent());
    if (share < 0.001)
        return Tr::tr("< %1%2").arg(locale.toString(0.1, 'f', 1), locale.percent());
    return locale.toString(share * 100.0, 'f', 1) + locale.percent();
}

} // namespace usagetext

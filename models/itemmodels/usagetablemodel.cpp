// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/itemmodels/usagetablemodel.h"

#include "models/domain/servertext.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <limits>
#include <numeric>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr qint64 NoDate = std::numeric_limits<qint64>::min();

template<class T>
int threeWay(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

qint64 metricValue(const UsageCounts &c, int column)
{
    switch (column) {
    case UsageTableModel::RequestsColumn:
        return c.requests;
    case UsageTableModel::Status200Column:
        return c.status200;
    case UsageTableModel::Status300Column:
        return c.status300;
    case UsageTableModel::Status400Column:
        return c.status400;
    case UsageTableModel::Status429Column:
        return c.status429;
    case UsageTableModel::Status500Column:
        return c.status500;
    default:
        return 0;
    }
}

// One CSV field: neutralised against formula injection, quoted when it must be.
void appendField(QByteArray &out, const QString &text)
{
    QString field = text;
    if (!field.isEmpty() && (field.front() == u'=' || field.front() == u'+' || field.front() == u'-' ||
                             field.front() == u'@' || field.front() == u'\t' || field.front() == u'\r'))
        field.prepend(u'\'');
    const bool quote =
        field.contains(u',') || field.contains(u'"') || field.contains(u'\n') || field.contains(u'\r');
    if (!quote) {
        out += field.toUtf8();
        return;
    }
    out += '"';
    out += field.replace(u'"', u"\"\""_s).toUtf8();
    out += '"';
}

// "2026-03-01T00:00:00Z" (QDateTime in a QTimeZone::utc() writes "+00:00").
QByteArray isoUtc(qint64 ms)
{
    if (ms == NoDate)
        return {};
    const QDateTime dt = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
    return (dt.date().toString(Qt::ISODate) + u'T' + dt.time().toString(u"HH:mm:ss"_s) + u'Z').toLatin1();
}

QByteArray bucketId(UsageBucket b)
{
    switch (b) {
    case UsageBucket::Day:
        return "Day";
    case UsageBucket::Week:
        return "Week";
    case UsageBucket::Month:
        return "Month";
    case UsageBucket::Whole:
        return "Whole";
    }
    return {};
}
} // namespace

UsageTableModel::UsageTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_zone(QTimeZone::systemTimeZone())
{}

UsageTableModel::~UsageTableModel() = default;

int UsageTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_aggregation.rows.isEmpty())
        return 0;
    return int(m_order.size()) + 1;
}

int UsageTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const UsageTableRow *UsageTableModel::rowAt(int row) const
{
    return row >= 1 && row <= m_order.size() ? &m_aggregation.rows.at(m_order.at(row - 1)) : nullptr;
}

int UsageTableModel::aggregationRow(int row) const
{
    return row >= 1 && row <= m_order.size() ? m_order.at(row - 1) : -1;
}

bool UsageTableModel::metricAsked(int column) const
{
    const UsageMetrics m = m_aggregation.options.metrics;
    switch (column) {
    case RequestsColumn:
        return true; // derived from the statuses when not asked
    case Status200Column:
        return m & UsageMetric::Status200;
    case Status300Column:
        return m & UsageMetric::Status300;
    case Status400Column:
        return m & UsageMetric::Status400;
    case Status429Column:
        return m & UsageMetric::Status429;
    case Status500Column:
        return m & UsageMetric::Status500;
    case ErrorShareColumn:
        return (m & UsageMetric::Status400) || (m & UsageMetric::Status500);
    default:
        return true;
    }
}

bool UsageTableModel::isColumnUsed(int column) const
{
    switch (column) {
    case EndpointColumn:
        return m_aggregation.options.byEndpoint;
    case MethodColumn:
        return m_aggregation.options.byMethod;
    default:
        return column >= 0 && column < ColumnCount && metricAsked(column);
    }
}

QVariant UsageTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool total = index.row() == 0;
    const UsageTableRow *row = total ? &m_totals : rowAt(index.row());
    if (!row)
        return {};
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return servertext::displayable(display(total ? nullptr : row, column));
    case Qt::ToolTipRole:
        return servertext::displayable(tooltip(total ? nullptr : row, column));
    case Qt::TextAlignmentRole:
        if (column >= RequestsColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    case SortRole:
        return sortValue(row, column);
    case IsTotalRole:
        return total;
    case BucketStartRole:
        return total || row->bucketMs == NoDate ? QVariant() : QVariant(row->bucketMs);
    default:
        return {};
    }
}

QVariant UsageTableModel::display(const UsageTableRow *row, int column) const
{
    const UsageTableRow &r = row ? *row : m_totals;
    switch (column) {
    case DateColumn: {
        if (!row)
            return tr("Total");
        if (r.bucketMs == NoDate)
            return tr("(no date)");
        const UsageSeries &s = m_aggregation.series;
        const qint64 end = r.bucket >= 0 ? s.bucketEnd(r.bucket) : usagebuckets::next(r.bucketMs, s.bucket);
        return usagetext::bucketLabel(r.bucketMs, end, s.bucket, m_locale);
    }
    case EndpointColumn:
        if (!row) {
            // Spelled out per count: without an English .qm file "%n endpoint(s)" shows as written.
            const int n = m_aggregation.endpointCount;
            return n == 1 ? tr("1 endpoint") : tr("%1 endpoints").arg(m_locale.toString(n));
        }
        return r.templateUri;
    case MethodColumn:
        return row ? QVariant(r.httpMethod) : QVariant();
    case ErrorShareColumn:
        if (!metricAsked(column))
            return {};
        return usagetext::percent(r.counts.errorShare(), m_locale);
    default:
        if (column < 0 || column >= ColumnCount || !metricAsked(column))
            return {};
        return m_locale.toString(metricValue(r.counts, column));
    }
}

QVariant UsageTableModel::sortValue(const UsageTableRow *row, int column) const
{
    switch (column) {
    case DateColumn:
        return row->bucketMs;
    case EndpointColumn:
        return row->templateUri;
    case MethodColumn:
        return row->httpMethod;
    case ErrorShareColumn:
        return row->counts.errorShare();
    default:
        return metricValue(row->counts, column);
    }
}

QVariant UsageTableModel::tooltip(const UsageTableRow *row, int column) const
{
    if (column == DateColumn && row && row->bucket >= 0)
        return usagetext::bucketExtent(m_aggregation, row->bucket, m_locale, m_zone);
    if (column == DateColumn && !row)
        return tr("Sums over every row of the table");
    if (column == RequestsColumn && m_aggregation.requestsDerived)
        return tr(
            "Requests was not among the metrics asked: this is the sum of the status counts that were.");
    if (column == Status400Column)
        return tr("All 4xx answers, the 429s included (as the platform counts them)");
    if (column == ErrorShareColumn)
        return tr("4xx and 5xx answers as a share of the requests");
    if (column == EndpointColumn && row)
        return row->templateUri;
    return {};
}

QVariant UsageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case DateColumn:
            switch (m_aggregation.series.bucket) {
            case UsageBucket::Day:
                return tr("Day (UTC)");
            case UsageBucket::Week:
                return tr("Week (UTC)");
            case UsageBucket::Month:
                return tr("Month (UTC)");
            case UsageBucket::Whole:
                return tr("Range (UTC)");
            }
            return {};
        case EndpointColumn:
            return tr("Endpoint");
        case MethodColumn:
            return tr("Method");
        case RequestsColumn:
            return tr("Requests");
        case Status200Column:
            return usageMetricLabel(UsageMetric::Status200);
        case Status300Column:
            return usageMetricLabel(UsageMetric::Status300);
        case Status400Column:
            return usageMetricLabel(UsageMetric::Status400);
        case Status429Column:
            return usageMetricLabel(UsageMetric::Status429);
        case Status500Column:
            return usageMetricLabel(UsageMetric::Status500);
        case ErrorShareColumn:
            return tr("Error share");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (section == DateColumn)
            return tr("The platform's usage buckets are UTC days, weeks (from Monday) and months");
        return tooltip(nullptr, section == DateColumn ? -1 : section);
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(
            Qt::Alignment((section >= RequestsColumn ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    return {};
}

void UsageTableModel::setAggregation(UsageAggregation aggregation)
{
    beginResetModel();
    m_aggregation = std::move(aggregation);
    m_totals = UsageTableRow{};
    m_totals.counts = m_aggregation.totals;
    m_order.resize(m_aggregation.rows.size());
    std::iota(m_order.begin(), m_order.end(), 0);
    applySort();
    endResetModel();
}

void UsageTableModel::clear()
{
    setAggregation(UsageAggregation{});
}

void UsageTableModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole});
}

void UsageTableModel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
}

void UsageTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    if (m_order.size() < 2)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // Remember which aggregation row each persistent index pointed at.
    const QModelIndexList before = persistentIndexList();
    QList<int> was;
    was.reserve(before.size());
    for (const QModelIndex &i : before)
        was.append(aggregationRow(i.row()));
    applySort();
    QList<int> rowOf(m_order.size());
    for (int i = 0; i < m_order.size(); ++i)
        rowOf[m_order.at(i)] = i + 1;
    QModelIndexList after;
    after.reserve(before.size());
    for (int i = 0; i < before.size(); ++i)
        after.append(was.at(i) < 0 ? before.at(i) : index(rowOf.at(was.at(i)), before.at(i).column()));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void UsageTableModel::applySort()
{
    const QList<UsageTableRow> &rows = m_aggregation.rows;
    const int column = m_sortColumn;
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    // The aggregation's order (bucket, endpoint, method) breaks ties in both directions.
    const auto compare = [&rows, column](int l, int r) -> int {
        const UsageTableRow &a = rows.at(l);
        const UsageTableRow &b = rows.at(r);
        switch (column) {
        case DateColumn:
            return threeWay(a.bucketMs, b.bucketMs);
        case EndpointColumn:
            return a.templateUri.compare(b.templateUri);
        case MethodColumn:
            return a.httpMethod.compare(b.httpMethod);
        case ErrorShareColumn:
            return threeWay(a.counts.errorShare(), b.counts.errorShare());
        default:
            return threeWay(metricValue(a.counts, column), metricValue(b.counts, column));
        }
    };
    std::iota(m_order.begin(), m_order.end(), 0);
    std::stable_sort(m_order.begin(), m_order.end(), [&compare, descending](int l, int r) {
        const int c = compare(l, r);
        return descending ? c > 0 : c < 0;
    });
}

void UsageTableModel::appendCsvField(QByteArray &out, const QString &text)
{
    appendField(out, text);
}

QByteArray UsageTableModel::toCsv(const UsageAggregation &a)
{
    const UsageMetrics m = a.options.metrics;
    QByteArray out;
    out.reserve(64 + a.rows.size() * 96);
    out += "date,granularity,templateUri,httpMethod,requests,status200,status300,status400,status429,"
           "status500\r\n";
    const QByteArray bucket = bucketId(a.series.bucket);
    const auto num = [&out](bool asked, qint64 v) {
        out += ',';
        if (asked)
            out += QByteArray::number(v);
    };
    for (const UsageTableRow &r : a.rows) {
        out += isoUtc(r.bucketMs);
        out += ',';
        out += bucket;
        out += ',';
        if (a.options.byEndpoint)
            appendField(out, r.templateUri);
        out += ',';
        if (a.options.byMethod)
            appendField(out, r.httpMethod);
        num(m & UsageMetric::Requests, r.counts.requests);
        num(m & UsageMetric::Status200, r.counts.status200);
        num(m & UsageMetric::Status300, r.counts.status300);
        num(m & UsageMetric::Status400, r.counts.status400);
        num(m & UsageMetric::Status429, r.counts.status429);
        num(m & UsageMetric::Status500, r.counts.status500);
        out += "\r\n";
    }
    return out;
}

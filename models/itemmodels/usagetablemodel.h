// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/usageseries.h"

#include <QAbstractTableModel>
#include <QLocale>
#include <QTimeZone>

// The usage table: one row per bucket, endpoint and method with every metric, and a totals row
// that stays first whatever the sort. Fed a whole UsageAggregation at once (a reset); it keeps only
// the numbers and formats the few cells a view shows, so tens of thousands of rows cost nothing
// until they scroll into view.
//
// Sorting is done here (sort(), on the typed values, stable, the totals row pinned), not by a
// QSortFilterProxyModel: that would box every cell into a QVariant for each comparison.
//
// Columns of metrics that were not asked, and grouping columns that were not asked, answer no
// data; isColumnUsed() tells the view which to hide.
class UsageTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        DateColumn,
        EndpointColumn,
        MethodColumn,
        RequestsColumn,
        Status200Column,
        Status300Column,
        Status400Column, // 4xx including 429, as the platform reports it
        Status429Column,
        Status500Column,
        ErrorShareColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        SortRole = Qt::UserRole + 1, // qint64 for dates and numbers, double for shares, QString else
        IsTotalRole,                 // bool: the totals row
        BucketStartRole,             // qint64 UTC ms of the bucket start (invalid for the totals row)
    };
    Q_ENUM(Role)

    explicit UsageTableModel(QObject *parent = nullptr);
    ~UsageTableModel() override;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Replaces everything (a model reset) and keeps the current sort.
    void setAggregation(UsageAggregation aggregation);
    void clear();
    [[nodiscard]] const UsageAggregation &aggregation() const { return m_aggregation; }

    [[nodiscard]] bool isColumnUsed(int column) const;
    // The aggregation row shown at `row`; -1 for the totals row or out of range.
    [[nodiscard]] int aggregationRow(int row) const;
    [[nodiscard]] int sortColumn() const { return m_sortColumn; }
    [[nodiscard]] Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // Dates and numbers are formatted with this locale; tooltips name this zone next to UTC.
    void setLocale(const QLocale &locale);
    void setTimeZone(const QTimeZone &zone);

    // The table as CSV (RFC 4180, CRLF line ends, UTF-8 without BOM), in the aggregation's fixed
    // order (bucket, endpoint, method) whatever the view's sort, without the totals row:
    //   date,granularity,templateUri,httpMethod,requests,status200,status300,status400,status429,status500
    // `date` is the bucket start in UTC (ISO 8601); status400 includes status429, as on the
    // platform; metrics not asked and groupings not asked are empty fields. Numbers are plain
    // digits. A field starting with = + - @ gets a leading ' so spreadsheets never run it.
    [[nodiscard]] static QByteArray toCsv(const UsageAggregation &aggregation);
    // Appends one field the way toCsv() writes it (quoted when needed, formula-neutralised), for the
    // other CSV exports of the app (insights) to follow the same rules.
    static void appendCsvField(QByteArray &out, const QString &text);

private:
    [[nodiscard]] QVariant display(const UsageTableRow *row, int column) const;
    [[nodiscard]] QVariant sortValue(const UsageTableRow *row, int column) const;
    [[nodiscard]] QVariant tooltip(const UsageTableRow *row, int column) const;
    [[nodiscard]] const UsageTableRow *rowAt(int row) const; // nullptr for the totals row
    [[nodiscard]] bool metricAsked(int column) const;
    void applySort();

    UsageAggregation m_aggregation;
    UsageTableRow m_totals;
    QList<int> m_order; // view row - 1 -> aggregation row
    int m_sortColumn = DateColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QLocale m_locale;
    QTimeZone m_zone;
};

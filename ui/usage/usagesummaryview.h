// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

QT_FORWARD_DECLARE_CLASS(QLabel)
struct UsageAggregation;
struct UsageReport;

// The two lines above the Usage page's charts: the client with its totals (requests, errors,
// rate limited, the busiest bucket, the days with traffic), and under it, muted, the range, how to
// read the buckets, when the answer was fetched and how, and the rows outside the chart. Text is
// selectable.
class UsageSummaryView final : public QWidget
{
    Q_OBJECT
public:
    explicit UsageSummaryView(QWidget *parent = nullptr);

    // Shows `aggregation` (the report's, as the table shows it) of `report`, for `clientName`.
    void showReport(const UsageReport &report, const UsageAggregation &aggregation,
                    const QString &clientName);

    // Empties both lines (signed out: nothing of the last org stays).
    void clear();

    // The report's range in words: "the last 30 days (1 Mar 2026 – 30 Mar 2026, UTC)".
    [[nodiscard]] static QString rangeText(const UsageReport &report);

    [[nodiscard]] QLabel *summaryLabel() const { return m_summary; }
    [[nodiscard]] QLabel *detailLabel() const { return m_detail; }

private:
    QLabel *m_summary;
    QLabel *m_detail;
};

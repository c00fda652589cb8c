// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/usage/usagechartview.h"

#include <QLocale>
#include <QTimeZone>

#include <array>

QT_FORWARD_DECLARE_CLASS(QStackedBarSeries)

// Requests over time, stacked by outcome (2xx, 3xx, 4xx other than 429, 429, 5xx): one bar per
// bucket, empty buckets as zero-height bars. The axis names the UTC buckets; the tooltip adds the
// local time.
class UsageTimeChart final : public UsageChartView
{
    Q_OBJECT
public:
    explicit UsageTimeChart(QWidget *parent = nullptr);

    void setAggregation(const UsageAggregation &aggregation, const QLocale &locale = {},
                        const QTimeZone &zone = QTimeZone::systemTimeZone());
    void clear();

    [[nodiscard]] QStackedBarSeries *series() const { return m_series; }
    // The bar set of an outcome, nullptr when that metric was not asked.
    [[nodiscard]] QBarSet *barSet(UsageOutcome outcome) const { return m_sets[size_t(outcome)]; }
    [[nodiscard]] int bucketCount() const { return m_aggregation.series.size(); }
    [[nodiscard]] QString tooltipFor(int bucket) const;
    // Where the bar of `bucket` is, in viewport coordinates (its middle), for tests and hover.
    [[nodiscard]] QPoint barCenter(int bucket) const;

protected:
    void restyle() override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuildAxis();
    [[nodiscard]] int labelsThatFit() const;

    UsageAggregation m_aggregation;
    QLocale m_locale;
    QTimeZone m_zone;
    QStackedBarSeries *m_series;
    std::array<QBarSet *, UsageOutcomeCount> m_sets{};
    int m_labelsFit = 0;
};

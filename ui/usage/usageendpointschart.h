// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/usage/usagechartview.h"

#include <QLocale>

QT_FORWARD_DECLARE_CLASS(QHorizontalStackedBarSeries)

// The endpoints with the most requests, as horizontal bars split into answered (2xx, 3xx) and
// failed (4xx, 5xx), each labelled with its error share; the busiest at the top.
class UsageEndpointsChart final : public UsageChartView
{
    Q_OBJECT
public:
    explicit UsageEndpointsChart(QWidget *parent = nullptr);

    void setAggregation(const UsageAggregation &aggregation, const QLocale &locale = {});
    void clear();

    [[nodiscard]] QHorizontalStackedBarSeries *series() const { return m_series; }
    // The category labels as shown (error share, method and URI, elided to fit), top to bottom.
    [[nodiscard]] QStringList labels() const { return m_labels; }
    [[nodiscard]] QString tooltipFor(int rank) const;

protected:
    void restyle() override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void relabel();

    UsageAggregation m_aggregation;
    QLocale m_locale;
    QHorizontalStackedBarSeries *m_series;
    QBarSet *m_ok = nullptr;
    QBarSet *m_failed = nullptr;
    QStringList m_labels;
};

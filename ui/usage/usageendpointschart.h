// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/usage/usagechartview.h"

#include <QFontMetrics>
#include <QLocale>

#include <functional>

QT_FORWARD_DECLARE_CLASS(QHorizontalStackedBarSeries)

// The endpoints with the most requests, as horizontal bars split into answered (2xx, 3xx) and
// failed (4xx, 5xx), each labelled with the endpoint, then its error share; the busiest at the top.
// A label too long for the chart drops the path segments all the endpoints share, so that the
// ones that tell them apart stay; hovering a bar shows the full endpoint.
class UsageEndpointsChart final : public UsageChartView
{
    Q_OBJECT
public:
    explicit UsageEndpointsChart(QWidget *parent = nullptr);

    void setAggregation(const UsageAggregation &aggregation, const QLocale &locale = {});
    void clear();

    [[nodiscard]] QHorizontalStackedBarSeries *series() const { return m_series; }
    // The category labels as shown (method and URI, shortened to fit, then the error share), top
    // to bottom.
    [[nodiscard]] QStringList labels() const { return m_labels; }
    // Labels of at most `budget` pixels in `fm` for the endpoints `methods`[i] `uris`[i], each
    // followed by suffixOf(i): the whole endpoint when it fits, else without the path segments all
    // of them share at the start ("…/conversations/details/query"), then at the end too, then cut.
    [[nodiscard]] static QStringList endpointLabels(const QStringList &methods, const QStringList &uris,
                                                    const QFontMetrics &fm, int budget,
                                                    const std::function<QString(int)> &suffixOf);
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

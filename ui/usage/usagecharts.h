// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/usageseries.h"

#include <QChartView>
#include <QTimer>

#include <array>
#include <functional>

QT_FORWARD_DECLARE_CLASS(QBarSet)
QT_FORWARD_DECLARE_CLASS(QStackedBarSeries)
QT_FORWARD_DECLARE_CLASS(QHorizontalStackedBarSeries)

// The Usage page's charts (Qt Charts). Each takes a whole UsageAggregation and replaces its series
// in one go (one QBarSet per outcome, filled from a QList; no object per point), shows the exact
// values of the bar under the mouse in a tooltip, follows the light or dark palette, and saves
// itself as PNG or SVG.
class UsageChartView : public QChartView
{
    Q_OBJECT
public:
    explicit UsageChartView(QWidget *parent = nullptr);
    ~UsageChartView() override;

    // The chart as it is shown, at `scale` times its size (2: sharp on high-density screens), on the
    // window colour rather than transparent.
    [[nodiscard]] QImage renderImage(qreal scale = 2.0);
    // Write the chart to `path` (through QSaveFile). False with a reason in `error` on failure.
    bool savePng(const QString &path, QString *error = nullptr);
    bool saveSvg(const QString &path, QString *error = nullptr);
    // What the last hover showed (empty when nothing is hovered).
    [[nodiscard]] QString hoverText() const { return m_hoverText; }
    // A title for exports and accessibility ("Requests per day, Salesforce CTI connector").
    void setExportTitle(const QString &title) { m_exportTitle = title; }

Q_SIGNALS:
    void hoverTextChanged(const QString &text);

protected:
    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    // Colours and fonts from the palette; called on palette changes.
    virtual void restyle();
    void showHover(const QString &text);
    void endHover();
    // Shows text(index) while the mouse is over a bar of `set`.
    void watchHover(QBarSet *set, std::function<QString(int)> text);
    [[nodiscard]] static QColor outcomeColor(UsageOutcome outcome, bool dark);

private:
    QString m_hoverText;
    QString m_exportTitle;
    QTimer m_hoverEnd;
};

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

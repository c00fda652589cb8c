// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/usage/usagetimechart.h"

#include "ui/widgets/theme.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QCoreApplication>
#include <QResizeEvent>
#include <QStackedBarSeries>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace {
UsageMetric metricOf(UsageOutcome o)
{
    switch (o) {
    case UsageOutcome::Success:
        return UsageMetric::Status200;
    case UsageOutcome::Redirect:
        return UsageMetric::Status300;
    case UsageOutcome::ClientError:
        return UsageMetric::Status400;
    case UsageOutcome::RateLimited:
        return UsageMetric::Status429;
    case UsageOutcome::ServerError:
        return UsageMetric::Status500;
    }
    return UsageMetric::Requests;
}

QString legendLabel(UsageOutcome o)
{
    switch (o) {
    case UsageOutcome::Success:
        return QCoreApplication::translate("UsageTimeChart", "2xx");
    case UsageOutcome::Redirect:
        return QCoreApplication::translate("UsageTimeChart", "3xx");
    case UsageOutcome::ClientError:
        return QCoreApplication::translate("UsageTimeChart", "4xx except 429");
    case UsageOutcome::RateLimited:
        return QCoreApplication::translate("UsageTimeChart", "429 rate limited");
    case UsageOutcome::ServerError:
        return QCoreApplication::translate("UsageTimeChart", "5xx");
    }
    return {};
}
} // namespace

UsageTimeChart::UsageTimeChart(QWidget *parent)
    : UsageChartView(parent)
    , m_zone(QTimeZone::systemTimeZone())
    , m_series(new QStackedBarSeries(this))
{
    setObjectName(u"usageTimeChart"_s);
    setAccessibleName(tr("Requests over time"));
    m_series->setBarWidth(0.85);
    chart()->addSeries(m_series);
    auto *x = new QCategoryAxis(this);
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setGridLineVisible(false);
    auto *y = new QCategoryAxis(this);
    y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    y->setTitleText(tr("Requests"));
    chart()->addAxis(x, Qt::AlignBottom);
    chart()->addAxis(y, Qt::AlignLeft);
    m_series->attachAxis(x);
    m_series->attachAxis(y);
    restyle();
    clear();
}

void UsageTimeChart::clear()
{
    setAggregation(UsageAggregation{}, m_locale, m_zone);
}

void UsageTimeChart::setAggregation(const UsageAggregation &a, const QLocale &locale, const QTimeZone &zone)
{
    m_aggregation = a;
    m_locale = locale;
    m_zone = zone;
    m_series->clear(); // deletes the old sets
    m_sets = {};
    const UsageMetrics m = a.options.metrics;
    const bool dark = Theme::isDark();
    bool any = false;
    for (int i = 0; i < UsageOutcomeCount; ++i) {
        const auto o = UsageOutcome(i);
        if (!(m & metricOf(o)))
            continue;
        // Short legend entries, so that all five fit beside each other; the tooltips spell them out.
        QString label = legendLabel(o);
        if (o == UsageOutcome::ClientError && !(m & UsageMetric::Status429))
            label = tr("4xx");
        auto *set = new QBarSet(label);
        set->append(a.series.outcome(o));
        const QColor c = outcomeColor(o, dark);
        set->setColor(c);
        set->setBorderColor(c);
        watchHover(set, [this](int index) { return tooltipFor(index); });
        m_series->append(set);
        m_sets[size_t(i)] = set;
        any = true;
    }
    if (!any && a.series.size() > 0) {
        // Only Requests was asked: one plain bar per bucket.
        auto *set = new QBarSet(tr("Requests"));
        set->append(a.series.requests);
        set->setColor(palette().color(QPalette::Highlight));
        set->setBorderColor(palette().color(QPalette::Highlight));
        watchHover(set, [this](int index) { return tooltipFor(index); });
        m_series->append(set);
    }
    chart()->legend()->setVisible(any);
    rebuildAxis();
}

void UsageTimeChart::rebuildAxis()
{
    const auto xs = chart()->axes(Qt::Horizontal);
    const auto ys = chart()->axes(Qt::Vertical);
    auto *x = xs.isEmpty() ? nullptr : qobject_cast<QCategoryAxis *>(xs.first());
    auto *y = ys.isEmpty() ? nullptr : qobject_cast<QCategoryAxis *>(ys.first());
    if (!x || !y)
        return;
    const UsageSeries &s = m_aggregation.series;
    const int n = s.size();
    const QStringList old = x->categoriesLabels();
    for (const QString &label : old)
        x->remove(label);
    x->setStartValue(-0.5);
    x->setRange(-0.5, std::max(0, n) - 0.5);
    // About one label per 80 pixels; a week of days is never split oddly (every 7th day).
    const int fit = labelsThatFit();
    int step = std::max(1, int(std::ceil(double(n) / double(fit))));
    if (s.bucket == UsageBucket::Day && step > 1 && step < 7)
        step = 7 % step == 0 ? step : 7;
    QSet<QString> seen;
    for (int i = 0; i < n; i += step) {
        QString label = usagetext::axisLabel(s, i, m_locale);
        if (seen.contains(label)) // the same day in two years
            label = m_locale.toString(usagebuckets::utcDate(s.starts.at(i)), u"d MMM yy"_s);
        seen.insert(label);
        x->append(label, i);
    }
    switch (s.bucket) {
    case UsageBucket::Day:
        x->setTitleText(tr("Day (UTC)"));
        chart()->setTitle(tr("Requests per day, by outcome"));
        break;
    case UsageBucket::Week:
        x->setTitleText(tr("Week from Monday (UTC)"));
        chart()->setTitle(tr("Requests per week, by outcome"));
        break;
    case UsageBucket::Month:
        x->setTitleText(tr("Month (UTC)"));
        chart()->setTitle(tr("Requests per month, by outcome"));
        break;
    case UsageBucket::Whole:
        x->setTitleText(tr("Whole range (UTC days)"));
        chart()->setTitle(tr("Requests in the range, by outcome"));
        break;
    }
    // The highest stack: with every status asked that is the busiest bucket's requests.
    const bool stacked = std::any_of(m_sets.cbegin(), m_sets.cend(), [](QBarSet *set) { return set; });
    qreal top = 0;
    for (int i = 0; i < n; ++i) {
        qreal height = 0;
        for (QBarSet *set : m_sets) {
            if (set)
                height += set->at(i);
        }
        top = std::max(top, stacked ? height : s.requests.at(i));
    }
    setValueTicks(y, top, 5, m_locale);
}

int UsageTimeChart::labelsThatFit() const
{
    return std::max(2, width() / 80);
}

void UsageTimeChart::resizeEvent(QResizeEvent *event)
{
    UsageChartView::resizeEvent(event);
    if (labelsThatFit() != m_labelsFit) {
        m_labelsFit = labelsThatFit();
        rebuildAxis();
    }
}

QString UsageTimeChart::tooltipFor(int bucket) const
{
    return usagetext::bucketTooltip(m_aggregation, bucket, m_locale, m_zone);
}

QPoint UsageTimeChart::barCenter(int bucket) const
{
    if (bucket < 0 || bucket >= bucketCount())
        return {};
    const qreal value = m_aggregation.series.requests.at(bucket);
    const QPointF inChart = chart()->mapToPosition(QPointF(bucket, value / 2), m_series);
    return mapFromScene(chart()->mapToScene(inChart));
}

void UsageTimeChart::restyle()
{
    UsageChartView::restyle();
    const bool dark = Theme::isDark();
    for (int i = 0; i < UsageOutcomeCount; ++i) {
        if (QBarSet *set = m_sets[size_t(i)]) {
            const QColor c = outcomeColor(UsageOutcome(i), dark);
            set->setColor(c);
            set->setBorderColor(c);
        }
    }
}

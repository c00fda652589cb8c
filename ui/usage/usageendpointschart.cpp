// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/usage/usageendpointschart.h"

#include "ui/widgets/theme.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QHorizontalStackedBarSeries>
#include <QResizeEvent>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace {
// The API's template URIs all start with this; the charts leave it out (tooltips keep it).
constexpr QStringView ApiPrefix = u"api/v2/";
} // namespace

UsageEndpointsChart::UsageEndpointsChart(QWidget *parent)
    : UsageChartView(parent)
    , m_series(new QHorizontalStackedBarSeries(this))
{
    setObjectName(u"usageEndpointsChart"_s);
    setAccessibleName(tr("Top endpoints"));
    m_series->setBarWidth(0.7);
    chart()->addSeries(m_series);
    auto *y = new QBarCategoryAxis(this);
    y->setGridLineVisible(false);
    auto *x = new QCategoryAxis(this);
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setTitleText(tr("Requests"));
    chart()->addAxis(y, Qt::AlignLeft);
    chart()->addAxis(x, Qt::AlignBottom);
    m_series->attachAxis(y);
    m_series->attachAxis(x);
    restyle();
    clear();
}

void UsageEndpointsChart::clear()
{
    setAggregation(UsageAggregation{}, m_locale);
}

void UsageEndpointsChart::setAggregation(const UsageAggregation &a, const QLocale &locale)
{
    m_aggregation = a;
    m_locale = locale;
    m_series->clear();
    m_labels.clear();
    const UsageMetrics m = a.options.metrics;
    const bool errorsKnown = (m & UsageMetric::Status400) || (m & UsageMetric::Status500);

    // Bottom to top: the busiest endpoint ends up at the top.
    QList<qreal> ok;
    QList<qreal> failed;
    const qsizetype n = a.topEndpoints.size();
    for (qsizetype i = n - 1; i >= 0; --i) {
        const UsageEndpointStat &e = a.topEndpoints.at(i);
        const qint64 errors = errorsKnown ? e.counts.errors() : 0;
        ok.append(qreal(std::max<qint64>(0, e.counts.requests - errors)));
        failed.append(qreal(errors));
    }
    relabel();
    if (n > 0) {
        m_ok = new QBarSet(errorsKnown ? tr("OK (2xx, 3xx)") : tr("Requests"));
        m_ok->append(ok);
        m_series->append(m_ok);
        if (errorsKnown) {
            m_failed = new QBarSet(tr("Errors (4xx, 5xx)"));
            m_failed->append(failed);
            m_series->append(m_failed);
        } else {
            m_failed = nullptr;
        }
        // Categories run bottom to top; ranks top to bottom.
        for (QBarSet *set : m_series->barSets())
            watchHover(set, [this, n](int index) { return tooltipFor(int(n) - 1 - index); });
    } else {
        m_ok = m_failed = nullptr;
    }
    restyle();

    const auto xs = chart()->axes(Qt::Horizontal);
    if (auto *x = xs.isEmpty() ? nullptr : qobject_cast<QCategoryAxis *>(xs.first())) {
        const qreal top = n > 0 ? qreal(a.topEndpoints.first().counts.requests) : 0;
        setValueTicks(x, top, 3, locale);
    }
    chart()->legend()->setVisible(n > 0);
    chart()->setTitle(n > 0 ? tr("Top endpoints by requests") : QString());
}

void UsageEndpointsChart::relabel()
{
    const auto axes = chart()->axes(Qt::Vertical);
    auto *y = axes.isEmpty() ? nullptr : qobject_cast<QBarCategoryAxis *>(axes.first());
    if (!y)
        return;
    const UsageMetrics m = m_aggregation.options.metrics;
    const bool errorsKnown = (m & UsageMetric::Status400) || (m & UsageMetric::Status500);
    // Qt Charts cuts category labels that take more than about a third of the chart at the end;
    // shorten them ourselves so that what tells the endpoints apart stays readable.
    const QFontMetrics fm(y->labelsFont());
    const int budget = std::max(fm.averageCharWidth() * 18, width() * 37 / 100);
    QStringList uris;
    QStringList methods;
    for (const UsageEndpointStat &e : std::as_const(m_aggregation.topEndpoints)) {
        uris.append(e.templateUri.startsWith(ApiPrefix) ? e.templateUri.mid(ApiPrefix.size())
                                                        : e.templateUri);
        methods.append(e.httpMethod);
    }
    const QStringList shown = endpointLabels(methods, uris, fm, budget, [&](int i) {
        const UsageEndpointStat &e = m_aggregation.topEndpoints.at(i);
        return errorsKnown ? tr(" · %1 errors").arg(usagetext::percent(e.counts.errorShare(), m_locale))
                           : QString();
    });
    QStringList categories; // bottom to top
    m_labels.clear();
    for (qsizetype i = shown.size() - 1; i >= 0; --i) {
        QString label = shown.at(i);
        // Categories must differ; two names shortened alike get an invisible difference.
        while (categories.contains(label))
            label += QChar(0x200B);
        categories.append(label);
        m_labels.prepend(label);
    }
    y->clear();
    y->append(categories);
}

QStringList UsageEndpointsChart::endpointLabels(const QStringList &methods, const QStringList &uris,
                                                const QFontMetrics &fm, int budget,
                                                const std::function<QString(int)> &suffixOf)
{
    // The path segments all the endpoints share at the start and at the end ("analytics/…/query"):
    // they go first when a label is too long, so the segments that differ stay.
    QList<QStringList> segments;
    qsizetype fewest = std::numeric_limits<qsizetype>::max();
    for (const QString &uri : uris) {
        segments.append(uri.split(u'/'));
        fewest = std::min(fewest, segments.last().size());
    }
    qsizetype head = 0;
    qsizetype tail = 0;
    if (segments.size() > 1) {
        auto sameAt = [&](auto at) {
            for (const QStringList &s : std::as_const(segments)) {
                if (at(s) != at(segments.first()))
                    return false;
            }
            return true;
        };
        while (head + 1 < fewest && sameAt([head](const QStringList &s) { return s.at(head); }))
            ++head;
        while (head + tail + 1 < fewest &&
               sameAt([tail](const QStringList &s) { return s.at(s.size() - 1 - tail); }))
            ++tail;
    }
    // Per endpoint, the start it shares with its closest other one ("workforcemanagement/" of two
    // workforce endpoints among others that share nothing): left out when still too long.
    QList<qsizetype> ownHead(segments.size(), head);
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QStringList &a = segments.at(i);
        for (qsizetype j = 0; j < segments.size(); ++j) {
            const QStringList &b = segments.at(j);
            if (i == j)
                continue;
            qsizetype n = 0;
            while (n + 1 < a.size() - tail && n < b.size() && a.at(n) == b.at(n))
                ++n;
            ownHead[i] = std::max(ownHead[i], n);
        }
    }
    const QString dots = QString(QChar(0x2026));
    QStringList out;
    for (qsizetype i = 0; i < uris.size(); ++i) {
        const QString suffix = suffixOf(int(i));
        const int room = std::max(fm.averageCharWidth() * 8, budget - fm.horizontalAdvance(suffix));
        const QString method = methods.at(i).isEmpty() ? QString() : methods.at(i) + u' ';
        const QStringList &s = segments.at(i);
        // Longest first: the whole path, without the shared start, without the shared end too.
        const QString candidates[] = {
            usagetext::endpointLabel(uris.at(i), methods.at(i)),
            method + dots + u'/' + s.mid(head).join(u'/'),
            method + (head > 0 ? QString(dots + u'/') : QString()) +
                s.mid(head, s.size() - head - tail).join(u'/') +
                (tail > 0 ? QString(u'/' + dots) : QString()),
            method + (ownHead[i] > 0 ? QString(dots + u'/') : QString()) +
                s.mid(ownHead[i], s.size() - ownHead[i] - tail).join(u'/') +
                (tail > 0 ? QString(u'/' + dots) : QString()),
        };
        QString label;
        for (const QString &c : candidates) {
            if (fm.horizontalAdvance(c) <= room) {
                label = c;
                break;
            }
        }
        if (label.isEmpty()) // still too long: keep the start of what differs
            label = fm.elidedText(candidates[3], Qt::ElideRight, room);
        out.append(label + suffix);
    }
    return out;
}

void UsageEndpointsChart::resizeEvent(QResizeEvent *event)
{
    UsageChartView::resizeEvent(event);
    if (event->size().width() != event->oldSize().width() && !m_aggregation.topEndpoints.isEmpty())
        relabel();
}

QString UsageEndpointsChart::tooltipFor(int rank) const
{
    return usagetext::endpointTooltip(m_aggregation, rank, m_locale);
}

void UsageEndpointsChart::restyle()
{
    UsageChartView::restyle();
    const bool dark = Theme::isDark();
    if (m_ok) {
        const QColor c =
            m_failed ? outcomeColor(UsageOutcome::Success, dark) : palette().color(QPalette::Highlight);
        m_ok->setColor(c);
        m_ok->setBorderColor(c);
    }
    if (m_failed) {
        const QColor c = outcomeColor(UsageOutcome::ServerError, dark);
        m_failed->setColor(c);
        m_failed->setBorderColor(c);
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/usage/usagecharts.h"

#include "ui/widgets/theme.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBuffer>
#include <QCategoryAxis>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QGraphicsLayout>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QMenu>
#include <QPainter>
#include <QResizeEvent>
#include <QSaveFile>
#include <QStackedBarSeries>
#include <QSvgGenerator>
#include <QToolTip>

#include <cmath>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

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

// A tick step of 1, 2 or 5 times a power of ten giving at most `count` intervals up to `max`.
qreal niceStep(qreal max, int count)
{
    const qreal raw = max / std::max(1, count);
    const qreal magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const qreal f : {1.0, 2.0, 5.0, 10.0}) {
        if (f * magnitude >= raw)
            return f * magnitude;
    }
    return 10.0 * magnitude;
}

// Value labels with the locale's digit grouping ("15,000"): QValueAxis only knows printf formats.
void setValueTicks(QCategoryAxis *axis, qreal max, int count, const QLocale &locale)
{
    const QStringList old = axis->categoriesLabels();
    for (const QString &label : old)
        axis->remove(label);
    const qreal step = max >= count ? niceStep(max, count) : 1.0;
    const qreal top = std::max(step, std::ceil(max / step) * step);
    // A category ending at 0 carries the "0" label.
    axis->setStartValue(-top / 1e6);
    axis->setRange(0, top);
    axis->append(locale.toString(0), 0);
    for (int i = 1; i * step <= top + step / 2; ++i)
        axis->append(locale.toString(qint64(std::llround(i * step))), i * step);
}

// The API's template URIs all start with this; the charts leave it out (tooltips keep it).
constexpr QStringView ApiPrefix = u"api/v2/";

void styleAxis(QAbstractAxis *axis, const QPalette &pal)
{
    axis->setLabelsColor(pal.color(QPalette::WindowText));
    axis->setTitleBrush(pal.color(QPalette::WindowText));
    QColor grid = pal.color(QPalette::WindowText);
    grid.setAlphaF(0.12f);
    axis->setGridLineColor(grid);
    QColor line = pal.color(QPalette::WindowText);
    line.setAlphaF(0.35f);
    axis->setLinePenColor(line);
    QFont title = axis->titleFont();
    title.setBold(false);
    title.setPointSizeF(QApplication::font().pointSizeF());
    axis->setTitleFont(title);
    axis->setLabelsFont(QApplication::font());
}
} // namespace

// ---------------------------------------------------------------------------------------------
// UsageChartView

UsageChartView::UsageChartView(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    chart()->setBackgroundVisible(false);
    // Room on the right for the last value label, which is centred on the end of the axis.
    chart()->setMargins(QMargins(4, 4, fontMetrics().averageCharWidth() * 4, 4));
    chart()->layout()->setContentsMargins(0, 0, 0, 0);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setAnimationOptions(QChart::NoAnimation);
    m_hoverEnd.setSingleShot(true);
    m_hoverEnd.setInterval(120ms);
    connect(&m_hoverEnd, &QTimer::timeout, this, [this] {
        QToolTip::hideText();
        m_hoverText.clear();
        Q_EMIT hoverTextChanged(m_hoverText);
    });
}

UsageChartView::~UsageChartView() = default;

QColor UsageChartView::outcomeColor(UsageOutcome outcome, bool dark)
{
    // Green, blue, amber, violet, red: distinct in both themes and for the common colour
    // blindnesses (amber and violet differ in lightness as well as hue).
    switch (outcome) {
    case UsageOutcome::Success:
        return dark ? QColor(0x4c, 0xb8, 0x72) : QColor(0x2f, 0x9a, 0x57);
    case UsageOutcome::Redirect:
        return dark ? QColor(0x6a, 0xa8, 0xf0) : QColor(0x3b, 0x7d, 0xd8);
    case UsageOutcome::ClientError:
        return dark ? QColor(0xf0, 0xb4, 0x4c) : QColor(0xe0, 0x9a, 0x22);
    case UsageOutcome::RateLimited:
        return dark ? QColor(0xb0, 0x8c, 0xf5) : QColor(0x7e, 0x4f, 0xcf);
    case UsageOutcome::ServerError:
        return dark ? QColor(0xf0, 0x6c, 0x6c) : QColor(0xd2, 0x3f, 0x3f);
    }
    return Qt::gray;
}

void UsageChartView::restyle()
{
    const QPalette pal = palette();
    chart()->setTitleBrush(pal.color(QPalette::WindowText));
    QFont title = QApplication::font();
    title.setBold(true);
    chart()->setTitleFont(title);
    chart()->legend()->setLabelColor(pal.color(QPalette::WindowText));
    chart()->legend()->setFont(QApplication::font());
    setBackgroundBrush(pal.color(QPalette::Base));
    const auto axes = chart()->axes();
    for (QAbstractAxis *axis : axes)
        styleAxis(axis, pal);
}

void UsageChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        restyle();
}

void UsageChartView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *copy = menu.addAction(Theme::icon(u"copy"_s, u"edit-copy"_s), tr("&Copy as Image"));
    connect(copy, &QAction::triggered, this, [this] { QApplication::clipboard()->setImage(renderImage()); });
    menu.exec(event->globalPos());
}

void UsageChartView::showHover(const QString &text)
{
    m_hoverEnd.stop();
    if (text == m_hoverText && QToolTip::isVisible())
        return;
    m_hoverText = text;
    QToolTip::showText(QCursor::pos(), text, this);
    Q_EMIT hoverTextChanged(text);
}

void UsageChartView::watchHover(QBarSet *set, std::function<QString(int)> text)
{
    connect(set, &QBarSet::hovered, this, [this, text = std::move(text)](bool on, int index) {
        if (on)
            showHover(text(index));
        else
            endHover();
    });
}

void UsageChartView::endHover()
{
    // Moving between two segments of one bar ends one hover and starts the next: wait a moment so
    // the tooltip does not flicker.
    m_hoverEnd.start();
}

QImage UsageChartView::renderImage(qreal scale)
{
    const QSize size = viewport()->size();
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(palette().color(QPalette::Base));
    const QString title = chart()->title();
    if (!m_exportTitle.isEmpty())
        chart()->setTitle(m_exportTitle);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        render(&painter, QRectF(QPointF(0, 0), size), viewport()->rect());
    }
    chart()->setTitle(title);
    return image;
}

bool UsageChartView::savePng(const QString &path, QString *error)
{
    QSaveFile file(path);
    const QImage image = renderImage();
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

bool UsageChartView::saveSvg(const QString &path, QString *error)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const QSize size = viewport()->size();
    {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(m_exportTitle.isEmpty() ? chart()->title() : m_exportTitle);
        svg.setDescription(tr("Exported by OAuth Desk"));
        const QString title = chart()->title();
        if (!m_exportTitle.isEmpty())
            chart()->setTitle(m_exportTitle);
        QPainter painter(&svg);
        painter.fillRect(QRect(QPoint(0, 0), size), palette().color(QPalette::Base));
        render(&painter, QRectF(QPointF(0, 0), size), viewport()->rect());
        painter.end();
        chart()->setTitle(title);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(buffer.data()) != buffer.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

// ---------------------------------------------------------------------------------------------
// UsageTimeChart

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

// ---------------------------------------------------------------------------------------------
// UsageEndpointsChart

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
    // elide the middle of the URI ourselves so the share and the last path segment stay readable.
    const QFontMetrics fm(y->labelsFont());
    const int budget = std::max(fm.averageCharWidth() * 18, width() * 37 / 100);
    QStringList categories; // bottom to top
    m_labels.clear();
    for (qsizetype i = m_aggregation.topEndpoints.size() - 1; i >= 0; --i) {
        const UsageEndpointStat &e = m_aggregation.topEndpoints.at(i);
        const QString uri =
            e.templateUri.startsWith(ApiPrefix) ? e.templateUri.mid(ApiPrefix.size()) : e.templateUri;
        const QString prefix =
            errorsKnown ? tr("%1 errors · ").arg(usagetext::percent(e.counts.errorShare(), m_locale))
                        : QString();
        QString label = prefix + fm.elidedText(usagetext::endpointLabel(uri, e.httpMethod), Qt::ElideMiddle,
                                               std::max(fm.averageCharWidth() * 6,
                                                        budget - fm.horizontalAdvance(prefix)));
        // Categories must differ; two names elided alike get an invisible difference.
        while (categories.contains(label))
            label += QChar(0x200B);
        categories.append(label);
        m_labels.prepend(label);
    }
    y->clear();
    y->append(categories);
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

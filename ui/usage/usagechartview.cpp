// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/usage/usagechartview.h"

#include "ui/widgets/theme.h"

#include <QApplication>
#include <QBarSet>
#include <QBuffer>
#include <QCategoryAxis>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QGraphicsLayout>
#include <QLegend>
#include <QMenu>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QToolTip>

#include <cmath>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {
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

void UsageChartView::setValueTicks(QCategoryAxis *axis, qreal max, int count, const QLocale &locale)
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

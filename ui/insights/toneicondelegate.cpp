// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/insights/toneicondelegate.h"

#include <QPainter>

using namespace Qt::Literals::StringLiterals;

namespace insightsviews {

ToneIconDelegate::ToneIconDelegate(Pick pick, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_pick(std::move(pick))
{}

void ToneIconDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto [name, tone] = m_pick(index);
    if (name.isEmpty())
        return;
    const int size = std::max(8, option->fontMetrics.height() - 2);
    const qreal dpr = option->widget ? option->widget->devicePixelRatioF() : 1.0;
    // Keyed by the palette too: the tones differ between light and dark.
    const QString key = u"%1/%2/%3/%4/%5"_s.arg(name).arg(int(tone)).arg(size).arg(dpr).arg(Theme::isDark());
    QPixmap pm = m_cache.value(key);
    if (pm.isNull()) {
        pm = Theme::icon(name).pixmap(QSize(size, size), dpr);
        QPainter p(&pm);
        p.setCompositionMode(QPainter::CompositionMode_SourceIn);
        p.fillRect(QRect(QPoint(0, 0), pm.size()), Theme::toneColor(tone));
        p.end();
        m_cache.insert(key, pm);
    }
    option->icon = QIcon(pm);
    option->decorationSize = QSize(size, size);
    option->features |= QStyleOptionViewItem::HasDecoration;
}

} // namespace insightsviews

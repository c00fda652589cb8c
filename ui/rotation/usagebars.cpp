// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/rotation/usagebars.h"

#include <QPainter>

#include <algorithm>

UsageBars::UsageBars(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("rotationUsage"));
    setAccessibleName(tr("Requests per day of the old and the new client"));
}

void UsageBars::setSeries(const QList<QDate> &days, const QList<qint64> &oldRequests,
                          const QList<qint64> &newRequests)
{
    m_days = days;
    m_old = oldRequests;
    m_new = newRequests;
    QStringList lines;
    for (qsizetype i = 0; i < days.size(); ++i)
        lines.append(tr("%1: old %2, new %3")
                         .arg(days[i].toString(Qt::ISODate))
                         .arg(m_old.value(i))
                         .arg(m_new.value(i)));
    setToolTip(lines.join(u'\n'));
    update();
}

void UsageBars::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const int legend = fontMetrics().height() + 4;
    const QRect area = rect().adjusted(4, legend, -4, -fontMetrics().height() - 4);
    const QColor oldColor = pal.color(QPalette::Mid);
    const QColor newColor = pal.color(QPalette::Highlight);
    // Legend.
    p.setPen(pal.color(QPalette::WindowText));
    p.fillRect(QRect(4, 4, 10, 10), oldColor);
    p.drawText(QPoint(18, 4 + fontMetrics().ascent()), tr("old client"));
    const int x2 = 30 + fontMetrics().horizontalAdvance(tr("old client"));
    p.fillRect(QRect(x2, 4, 10, 10), newColor);
    p.drawText(QPoint(x2 + 14, 4 + fontMetrics().ascent()), tr("new client"));
    if (m_days.isEmpty() || area.width() <= 0 || area.height() <= 0)
        return;
    qint64 top = 1;
    for (qsizetype i = 0; i < m_days.size(); ++i)
        top = std::max({top, m_old.value(i), m_new.value(i)});
    const double slot = double(area.width()) / double(m_days.size());
    const double bar = std::max(1.0, slot * 0.38);
    for (qsizetype i = 0; i < m_days.size(); ++i) {
        const double x = area.left() + slot * double(i) + slot * 0.1;
        const auto height = [&](qint64 v) { return double(area.height()) * double(v) / double(top); };
        const double ho = height(m_old.value(i));
        const double hn = height(m_new.value(i));
        p.fillRect(QRectF(x, area.bottom() - ho, bar, ho), oldColor);
        p.fillRect(QRectF(x + bar, area.bottom() - hn, bar, hn), newColor);
        if (m_days.size() <= 10 || i % 2 == 0)
            p.drawText(QRectF(x - slot * 0.1, area.bottom() + 2, slot, fontMetrics().height()),
                       Qt::AlignHCenter, m_days[i].toString(QStringLiteral("MM-dd")));
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/ratebudgetlabel.h"

#include "app/net/ratebudget.h"

#include <QResizeEvent>

#include <climits>

using namespace Qt::Literals::StringLiterals;

RateBudgetLabel::RateBudgetLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(u"rateBudget"_s);
    setVisible(false);
    // It gives way to the org and session label beside it (see fitText()).
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &RateBudgetLabel::refresh);
}

RateBudgetLabel::~RateBudgetLabel() = default;

void RateBudgetLabel::setBudget(RateBudget *budget)
{
    if (budget == m_budget)
        return;
    disconnect(m_connection);
    m_budget = budget;
    if (budget)
        m_connection = connect(budget, &RateBudget::changed, this, &RateBudgetLabel::refresh);
    refresh();
}

QString RateBudgetLabel::describe(int left, qint64 windowSeconds, int queued)
{
    if (left == INT_MAX) // no pacing
        return tr("%1 requests queued").arg(queued);
    if (windowSeconds == 60)
        return tr("about %1 requests left this minute; %2 queued").arg(left).arg(queued);
    return tr("about %1 requests left in this %2-second window; %3 queued")
        .arg(left)
        .arg(windowSeconds)
        .arg(queued);
}

QString RateBudgetLabel::describeShort(int left, qint64 windowSeconds, int queued)
{
    if (left == INT_MAX)
        return tr("%1 queued").arg(queued);
    if (windowSeconds == 60)
        return tr("~%1 left/min; %2 queued").arg(left).arg(queued);
    return tr("~%1 left/%2 s; %3 queued").arg(left).arg(windowSeconds).arg(queued);
}

QSize RateBudgetLabel::sizeHint() const
{
    const QSize s = QLabel::sizeHint();
    const int margins = contentsMargins().left() + contentsMargins().right() + 2 * margin();
    return {fontMetrics().horizontalAdvance(m_full) + margins, s.height()};
}

QSize RateBudgetLabel::minimumSizeHint() const
{
    // Room for the start of the short form ("~42 left…"); the rest is elided.
    const QSize s = QLabel::minimumSizeHint();
    const int margins = contentsMargins().left() + contentsMargins().right() + 2 * margin();
    const int shortWidth = fontMetrics().horizontalAdvance(m_short);
    return {std::min(shortWidth, fontMetrics().averageCharWidth() * 10) + margins, s.height()};
}

void RateBudgetLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    fitText();
}

void RateBudgetLabel::fitText()
{
    const int room = contentsRect().width() - 2 * margin();
    const QFontMetrics fm = fontMetrics();
    QString shown = m_full;
    if (fm.horizontalAdvance(m_full) > room)
        shown =
            fm.horizontalAdvance(m_short) <= room ? m_short : fm.elidedText(m_short, Qt::ElideRight, room);
    if (shown != text())
        setText(shown);
}

void RateBudgetLabel::refresh()
{
    const int queued = m_budget ? m_budget->queued() : 0;
    if (queued <= 0) {
        m_tick.stop();
        setVisible(false);
        m_full.clear();
        m_short.clear();
        clear();
        updateGeometry();
        return;
    }
    const qint64 seconds = std::chrono::duration_cast<std::chrono::seconds>(m_budget->limit().window).count();
    const QString full = describe(m_budget->left(), seconds, queued);
    if (full != m_full) {
        m_full = full;
        m_short = describeShort(m_budget->left(), seconds, queued);
        updateGeometry();
    }
    fitText();
    setToolTip(m_full + u'\n' +
               tr("Requests wait for the rate limit of the signed-in token (%1 per %2 s; set per profile).")
                   .arg(m_budget->limit().requests)
                   .arg(seconds));
    setVisible(true);
    if (!m_tick.isActive())
        m_tick.start();
}

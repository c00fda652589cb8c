// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/ratebudgetlabel.h"

#include "app/net/ratebudget.h"

#include <climits>

using namespace Qt::Literals::StringLiterals;

RateBudgetLabel::RateBudgetLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(u"rateBudget"_s);
    setVisible(false);
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

void RateBudgetLabel::refresh()
{
    const int queued = m_budget ? m_budget->queued() : 0;
    if (queued <= 0) {
        m_tick.stop();
        setVisible(false);
        clear();
        return;
    }
    const qint64 seconds = std::chrono::duration_cast<std::chrono::seconds>(m_budget->limit().window).count();
    setText(describe(m_budget->left(), seconds, queued));
    setToolTip(tr("Requests wait for the rate limit of the signed-in token (%1 per %2 s; set per profile).")
                   .arg(m_budget->limit().requests)
                   .arg(seconds));
    setVisible(true);
    if (!m_tick.isActive())
        m_tick.start();
}

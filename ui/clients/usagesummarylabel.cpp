// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/usagesummarylabel.h"

#include "app/services/session.h"
#include "app/services/usageservice.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

UsageSummaryLabel::UsageSummaryLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(u"usageSummary"_s);
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
}

UsageSummaryLabel::~UsageSummaryLabel()
{
    if (m_op)
        m_op->cancel();
}

void UsageSummaryLabel::start(Session *session, const QString &clientId)
{
    if (m_op)
        m_op->cancel();
    m_done = false;
    m_failed = false;
    m_totals = {};
    if (!session || !session->isSignedIn()) {
        m_done = true;
        m_failed = true;
        setText(tr("Usage of the last %1 days is not available: not signed in.").arg(Days));
        return;
    }
    setText(tr("Loading the requests of the last %1 days…").arg(Days));
    // Per day (the summary call has one bucket for its whole range, so it cannot say which day was
    // the last with requests), today included.
    UsageQuery query = UsageQuery::lastDays(Days, session->api()->serverNow());
    query.granularity = Granularity::Day;
    m_op = session->usage()->runClientQuery(clientId, query, this, [this](const Result<UsageResult> &r) {
        m_op = nullptr;
        m_done = true;
        if (!r) {
            if (r.error().isCancelled())
                return;
            m_failed = true;
            setText(tr("The usage of the last %1 days could not be loaded: %2")
                        .arg(Days)
                        .arg(r.error().userMessage()));
            Q_EMIT finished();
            return;
        }
        if (r->status == UsageStatus::Failed) {
            m_failed = true;
            setText(tr("The platform could not compute the usage of the last %1 days.").arg(Days));
            Q_EMIT finished();
            return;
        }
        m_totals = UsageTotals::fromRows(r->rows);
        const QLocale loc;
        if (m_totals.isEmpty()) {
            setText(tr("<b>No requests</b> in the last %1 days.").arg(Days));
        } else {
            QString text =
                tr("<b>%1 requests</b> in the last %2 days").arg(loc.toString(m_totals.requests)).arg(Days);
            const qint64 failed = m_totals.clientErrors + m_totals.serverErrors;
            if (failed > 0)
                text += u" "_s + tr("(%1 failed)").arg(loc.toString(failed));
            if (m_totals.lastActive.isValid())
                text +=
                    u", "_s + tr("last on %1").arg(loc.toString(m_totals.lastActive, QLocale::ShortFormat));
            text += u"."_s;
            setText(text);
        }
        Q_EMIT finished();
    });
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/waitindicator.h"

#include "app/net/apiclient.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

#include <cmath>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

WaitIndicator::WaitIndicator(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_cancel(new QToolButton(this))
{
    setObjectName(u"waitIndicator"_s);
    m_label->setObjectName(u"waitText"_s);
    m_cancel->setObjectName(u"waitCancel"_s);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop waiting: the request that waits is cancelled."));
    m_cancel->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, this, &WaitIndicator::cancelWaits);
    m_tick.setInterval(1s);
    connect(&m_tick, &QTimer::timeout, this, &WaitIndicator::refresh);
    setVisible(false);
}

WaitIndicator::~WaitIndicator()
{
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
}

void WaitIndicator::setApiClient(ApiClient *api)
{
    if (api == m_api)
        return;
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_waits.clear();
    m_api = api;
    if (api) {
        m_connections << connect(api, &ApiClient::waiting, this, &WaitIndicator::onWaiting);
        m_connections << connect(api, &ApiClient::waitEnded, this, &WaitIndicator::onWaitEnded);
    }
    refresh();
}

QString WaitIndicator::text() const
{
    return m_label->text();
}

void WaitIndicator::onWaiting(ApiCall *call, int seconds, const QString &reason, int attempt, int maxAttempts)
{
    Wait w;
    w.call = call;
    w.since.start();
    w.seconds = seconds;
    w.reason = reason;
    w.attempt = attempt;
    w.maxAttempts = maxAttempts;
    m_waits.append(w);
    refresh();
}

void WaitIndicator::onWaitEnded(ApiCall *call)
{
    m_waits.removeIf([call](const Wait &w) { return w.call.isNull() || w.call == call; });
    refresh();
}

void WaitIndicator::cancelWaits()
{
    // Cancelling ends each call, which reports waitEnded(): work on a copy.
    const QList<Wait> waits = std::exchange(m_waits, {});
    for (const Wait &w : waits) {
        if (w.call)
            w.call->cancel();
    }
    refresh();
}

void WaitIndicator::refresh()
{
    m_waits.removeIf([](const Wait &w) { return w.call.isNull(); });
    const bool waiting = !m_waits.isEmpty();
    if (waiting) {
        const Wait &w = m_waits.last();
        const int left = std::max(0, w.seconds - int(w.since.elapsed() / 1000));
        m_label->setText(tr("Waiting %1 s: %2, attempt %3 of %4")
                             .arg(left)
                             .arg(w.reason)
                             .arg(w.attempt)
                             .arg(w.maxAttempts));
        if (!m_tick.isActive())
            m_tick.start();
    } else {
        m_label->clear();
        m_tick.stop();
    }
    if (waiting == isHidden()) {
        setVisible(waiting);
        Q_EMIT waitingChanged(waiting);
    }
}

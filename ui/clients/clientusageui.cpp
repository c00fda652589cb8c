// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/clientusageui.h"

#include "app/controllers/insightscontroller.h"
#include "app/services/session.h"
#include "models/itemmodels/clientfilterproxymodel.h"
#include "models/itemmodels/clientlistmodel.h"
#include "ui/widgets/theme.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

ClientUsageUi::ClientUsageUi(ClientListModel *model, ClientFilterProxyModel *proxy, QWidget *parent)
    : QObject(parent)
    , m_model(model)
    , m_proxy(proxy)
    , m_fetch(new QAction(Theme::icon(u"usage"_s), QString(), parent))
    , m_filter(new QComboBox(parent))
    , m_bar(new QWidget(parent))
    , m_status(new QLabel(m_bar))
{
    m_fetch->setObjectName(u"fetchUsageAction"_s);
    connect(m_fetch, &QAction::triggered, this, &ClientUsageUi::fetch);

    m_filter->setObjectName(u"usageFilter"_s);
    for (int days : {0, 30, 90})
        m_filter->addItem(QString(), days);
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setQuietFilter(m_filter->currentData().toInt());
        updateStatus();
    });
    // Picking a usage filter is asking for the usage.
    connect(m_filter, &QComboBox::activated, this, [this] {
        const int days = m_filter->currentData().toInt();
        if (days > 0 && m_model->usage().coveredDays < days && m_fetch->isEnabled())
            fetch();
    });

    m_bar->setObjectName(u"clientUsageBar"_s);
    m_status->setObjectName(u"usageStatus"_s);
    m_status->setWordWrap(true);
    auto *button = new QToolButton(m_bar);
    button->setObjectName(u"fetchUsageButton"_s);
    button->setDefaultAction(m_fetch);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    auto *layout = new QHBoxLayout(m_bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status, 1);
    layout->addWidget(button);

    retranslate();
    setEnabled(false);
}

ClientUsageUi::~ClientUsageUi()
{
    for (const auto &c : std::as_const(m_sourceConnections))
        disconnect(c);
}

InsightsController *ClientUsageUi::source() const
{
    return m_source ? m_source.data() : m_own;
}

void ClientUsageUi::setSource(InsightsController *controller)
{
    for (const auto &c : std::as_const(m_sourceConnections))
        disconnect(c);
    m_sourceConnections.clear();
    m_source = controller;
    if (controller && m_own) {
        delete m_own;
        m_own = nullptr;
    }
    if (!controller && !m_own) {
        m_own = new InsightsController(this);
        m_own->setSession(m_session);
    }
    InsightsController *c = source();
    m_sourceConnections << connect(c, &InsightsController::activityChanged, this,
                                   &ClientUsageUi::onActivityChanged);
    m_sourceConnections << connect(c, &InsightsController::stateChanged, this,
                                   &ClientUsageUi::onStateChanged);
    m_fetching = false;
    onActivityChanged(); // what it already holds
    updateStatus();
}

void ClientUsageUi::setSession(Session *session)
{
    for (const auto &c : std::as_const(m_sessionConnections))
        disconnect(c);
    m_sessionConnections.clear();
    m_session = session;
    if (!source())
        setSource(nullptr); // the page's own controller
    if (m_own)
        m_own->setSession(session);
    clear();
    if (session) {
        // Another identity may see another org: the usage kept is not theirs.
        m_sessionConnections << connect(session, &Session::signedIn, this, &ClientUsageUi::clear);
        m_sessionConnections << connect(session, &Session::signedOut, this, &ClientUsageUi::clear);
    }
}

void ClientUsageUi::clear()
{
    m_fetching = false;
    m_restoreDays = 0;
    if (m_model->usage().isValid())
        m_model->clearUsage();
    updateStatus();
}

void ClientUsageUi::fetch()
{
    InsightsController *c = source();
    if (!c || !m_session || !m_session->isSignedIn())
        return;
    if (c->isRunning()) {
        // Not cancelled: a sweep over 90 days answers it, another one is followed by ours.
        m_fetching = true;
        updateStatus();
        return;
    }
    // Put the controller back to the window it showed, once the answer is in.
    m_restoreDays = c->hasActivity() && c->days() != InsightsController::MaxDays ? c->days() : 0;
    m_fetching = true;
    updateStatus();
    c->run(InsightsController::MaxDays); // may answer at once, from what the controller holds
}

void ClientUsageUi::onActivityChanged()
{
    InsightsController *c = source();
    if (!c || !c->hasActivity() || !m_session || !m_session->isSignedIn())
        return;
    ClientUsageSnapshot snapshot = ClientUsageSnapshot::fromReport(c->activity(), c->usageFetchedAt());
    if (!snapshot.isValid())
        return; // fewer than 30 days: it cannot fill the columns
    const ClientUsageSnapshot &current = m_model->usage();
    const bool better =
        !current.isValid() || snapshot.fetchedAt > current.fetchedAt ||
        (snapshot.fetchedAt == current.fetchedAt && snapshot.coveredDays > current.coveredDays);
    if (better)
        m_model->setUsage(std::move(snapshot));
    if (m_fetching && c->days() == InsightsController::MaxDays) {
        m_fetching = false;
        if (const int days = std::exchange(m_restoreDays, 0); days > 0) {
            // After this signal has reached everyone: answered from the controller's cache.
            QTimer::singleShot(0, this, [this, days] {
                if (InsightsController *src = source(); src && !src->isRunning())
                    src->run(days);
            });
        }
    }
    updateStatus();
}

void ClientUsageUi::onStateChanged()
{
    InsightsController *c = source();
    if (!c || !m_fetching)
        return;
    using State = InsightsController::State;
    switch (c->state()) {
    case State::Failed:
    case State::Cancelled:
        m_fetching = false;
        m_restoreDays = 0;
        if (c->state() == State::Failed)
            Q_EMIT failed(c->lastError());
        break;
    case State::Ready:
        if (c->days() != InsightsController::MaxDays) {
            // Another sweep (the Insights page's) ended first: now ours.
            QTimer::singleShot(0, this, [this] {
                if (m_fetching) {
                    m_fetching = false;
                    fetch();
                }
            });
        }
        break;
    case State::Idle:
        m_fetching = false;
        break;
    case State::Running:
        break;
    }
    updateStatus();
}

void ClientUsageUi::setEnabled(bool enabled)
{
    m_enabled = enabled;
    m_fetch->setEnabled(enabled && !m_fetching);
    m_filter->setEnabled(enabled);
}

void ClientUsageUi::updateStatus()
{
    m_fetch->setEnabled(m_enabled && !m_fetching);
    const ClientUsageSnapshot &u = m_model->usage();
    QString text;
    if (m_fetching) {
        text = tr("Fetching the usage of every client (one org-wide query)…");
    } else if (!u.isValid()) {
        text = tr("Usage not fetched: “Last request” and “Requests (30 d)” show “—” until you fetch it.");
    } else {
        const QDateTime local = u.fetchedAt.toLocalTime();
        const QString when = local.date() == QDate::currentDate()
                                 ? QLocale().toString(local.time(), QLocale::ShortFormat)
                                 : QLocale().toString(local, QLocale::ShortFormat);
        text = tr("Usage as of %1, over the %2 whole UTC days before today.").arg(when).arg(u.coveredDays);
    }
    const int days = m_filter->currentData().toInt();
    if (!m_fetching && days > 0 && u.coveredDays < days) {
        text += u' ';
        text += u.isValid() ? tr("“No requests in %1 days” needs %1 days of usage; this covers %2. Fetch it "
                                 "again to see which clients qualify.")
                                  .arg(days)
                                  .arg(u.coveredDays)
                            : tr("The usage filter shows no client until the usage is fetched.");
    }
    m_status->setText(text);
}

void ClientUsageUi::retranslate()
{
    m_fetch->setText(tr("Fetch &Usage"));
    m_fetch->setToolTip(tr("Fetch every client's requests of the last 90 days (one org-wide usage query, "
                           "shared with the Insights page)"));
    m_filter->setAccessibleName(tr("Usage filter"));
    m_filter->setItemText(0, tr("Any usage"));
    m_filter->setItemText(1, tr("No requests in 30 days"));
    m_filter->setItemText(2, tr("No requests in 90 days"));
    updateStatus();
}

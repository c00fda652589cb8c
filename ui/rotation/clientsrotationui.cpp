// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/rotation/clientsrotationui.h"

#include "app/controllers/sessioncontext.h"
#include "app/history/historycache.h"
#include "app/services/auditservice.h"
#include "app/services/usersservice.h"
#include "ui/clients/clientdetailsview.h"
#include "ui/rotation/clienthistoryview.h"
#include "ui/rotation/rotationwizard.h"
#include "ui/widgets/theme.h"

#include <QAbstractItemView>
#include <QAction>
#include <QItemSelectionModel>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

ClientsRotationUi::ClientsRotationUi(ClientDetailsView *details, QAbstractItemView *view,
                                     CurrentClient currentClient, QWidget *parent)
    : QObject(parent)
    , m_details(details)
    , m_currentClient(std::move(currentClient))
    , m_tabs(new QTabWidget(parent))
    , m_history(new ClientHistoryView(m_tabs))
    , m_rotate(new QAction(Theme::icon(u"key"_s, QString()), tr("R&otate Secret…"), parent))
{
    m_tabs->setObjectName(u"clientDetailsTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(details, tr("Details"));
    m_tabs->addTab(m_history, tr("History"));
    m_rotate->setObjectName(u"rotateSecretAction"_s);
    m_rotate->setIconText(tr("Rotate Secret"));
    m_rotate->setToolTip(tr("Rotate the secret in place or blue/green, without downtime"));
    m_rotate->setEnabled(false);
    connect(m_rotate, &QAction::triggered, this, [this] { openWizard(); });
    m_tabs->tabBar()->setAccessibleName(tr("Client details and history"));
    // Beside the tabs rather than in the crowded main toolbar.
    auto *corner = new QToolButton(m_tabs);
    corner->setObjectName(u"rotateSecretButton"_s);
    corner->setDefaultAction(m_rotate);
    corner->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    corner->setAutoRaise(true);
    corner->setAccessibleName(tr("Rotate Secret"));
    m_tabs->setCornerWidget(corner, Qt::TopRightCorner);
    if (view && view->selectionModel())
        // Queued: the page shows the new client in the details view first.
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
                &ClientsRotationUi::onSelectionChanged, Qt::QueuedConnection);
}

ClientsRotationUi::~ClientsRotationUi() = default;

void ClientsRotationUi::setSessionContext(SessionContext *context)
{
    m_context = context;
    delete m_cache;
    delete m_audits;
    delete m_users;
    m_cache = nullptr;
    m_audits = nullptr;
    m_users = nullptr;
    Session *session = context ? context->session() : nullptr;
    if (session) {
        m_audits = new AuditService(session->api(), this);
        m_users = new UsersService(session->api(), this);
        m_cache = new HistoryCache(session, m_audits, m_users, this);
        // Names and the mapping belong to one sign-in.
        connect(session, &Session::signedIn, m_cache, &HistoryCache::clear);
    }
    m_history->setCache(m_cache);
    onSelectionChanged();
}

void ClientsRotationUi::setUsable(bool usable)
{
    m_usable = usable;
    const std::optional<OAuthClient> client = m_currentClient ? m_currentClient() : std::nullopt;
    const bool rotatable =
        client && client->grant() != GrantType::Token && client->clientState() == ClientState::Active;
    m_rotate->setEnabled(usable && rotatable && m_context);
}

void ClientsRotationUi::onSelectionChanged()
{
    const std::optional<OAuthClient> &shown = m_details->client();
    m_history->setClient(shown ? std::optional<QString>(shown->id) : std::nullopt);
    setUsable(m_usable);
}

RotationWizard *ClientsRotationUi::openWizard()
{
    const std::optional<OAuthClient> client = m_currentClient ? m_currentClient() : std::nullopt;
    Session *session = m_context ? m_context->session() : nullptr;
    if (!client || !session || !m_rotate->isEnabled())
        return nullptr;
    auto *wizard = new RotationWizard(session, *client, m_tabs->window());
    wizard->open();
    return wizard;
}

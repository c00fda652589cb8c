// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/rotation/clientsrotationui.h"

#include "app/controllers/sessioncontext.h"
#include "app/history/historycache.h"
#include "app/rotation/rotationstore.h"
#include "app/services/auditservice.h"
#include "app/services/usersservice.h"
#include "ui/clients/clientdetailsview.h"
#include "ui/rotation/clienthistoryview.h"
#include "ui/rotation/rotationsdialog.h"
#include "ui/rotation/rotationwizard.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/theme.h"

#include <QAbstractItemView>
#include <QAction>
#include <QItemSelectionModel>
#include <QMenu>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

ClientsRotationUi::ClientsRotationUi(ClientDetailsView *details, QAbstractItemView *view,
                                     CurrentClient currentClient, QWidget *parent)
    : QObject(parent)
    , m_details(details)
    , m_currentClient(std::move(currentClient))
    , m_pane(new QWidget(parent))
    , m_inProgressBar(new MessageBar(m_pane))
    , m_tabs(new QTabWidget(m_pane))
    , m_history(new ClientHistoryView(m_tabs))
    , m_rotate(new QAction(Theme::icon(u"key"_s, QString()), tr("R&otate Secret…"), parent))
    , m_rotations(new QAction(tr("Rotations in &Progress…"), parent))
{
    m_pane->setObjectName(u"clientDetailsPane"_s);
    auto *paneLayout = new QVBoxLayout(m_pane);
    paneLayout->setContentsMargins(0, 0, 0, 0);
    paneLayout->setSpacing(0);
    paneLayout->addWidget(m_inProgressBar);
    paneLayout->addWidget(m_tabs, 1);
    m_inProgressBar->setObjectName(u"rotationsInProgressBar"_s);
    m_inProgressBar->hide();
    connect(m_inProgressBar, &MessageBar::actionTriggered, this, [this] {
        m_inProgressBar->hide();
        openRotations();
    });
    m_tabs->setObjectName(u"clientDetailsTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(details, tr("Details"));
    m_tabs->addTab(m_history, tr("History"));
    m_rotate->setObjectName(u"rotateSecretAction"_s);
    m_rotate->setIconText(tr("Rotate Secret"));
    m_rotate->setToolTip(tr("Rotate the secret in place or blue/green, without downtime"));
    m_rotate->setEnabled(false);
    // Ctrl+R is Regenerate Secret; Ctrl+Shift+R and Ctrl+Shift+P are free on every page. The page
    // holds the actions so that the keys work wherever the focus is in the window.
    m_rotate->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_rotate->setShortcutContext(Qt::WindowShortcut);
    m_rotations->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_rotations->setShortcutContext(Qt::WindowShortcut);
    if (parent) {
        parent->addAction(m_rotate);
        parent->addAction(m_rotations);
    }
    connect(m_rotate, &QAction::triggered, this, [this] { openWizard(); });
    m_rotations->setObjectName(u"rotationsInProgressAction"_s);
    m_rotations->setToolTip(tr("The secret rotations that were started and not finished, to resume"));
    m_rotations->setEnabled(false);
    connect(m_rotations, &QAction::triggered, this, [this] { openRotations(); });
    m_tabs->tabBar()->setAccessibleName(tr("Client details and history"));
    // Beside the tabs rather than in the crowded main toolbar.
    auto *corner = new QToolButton(m_tabs);
    corner->setObjectName(u"rotateSecretButton"_s);
    corner->setDefaultAction(m_rotate);
    corner->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    corner->setAutoRaise(true);
    auto *menu = new QMenu(corner);
    menu->addAction(m_rotate);
    menu->addAction(m_rotations);
    corner->setMenu(menu);
    corner->setPopupMode(QToolButton::MenuButtonPopup);
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
    for (const QMetaObject::Connection &c : std::as_const(m_sessionConnections))
        disconnect(c);
    m_sessionConnections.clear();
    m_inProgressBar->hide();
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
        // Once per sign-in: the rotations of this org that wait to be finished.
        m_sessionConnections << connect(session, &Session::signedIn, this,
                                        &ClientsRotationUi::announceRotationsInProgress);
        m_sessionConnections << connect(session, &Session::signedOut, m_inProgressBar, &QWidget::hide);
        if (session->isSignedIn())
            announceRotationsInProgress();
    }
    m_history->setCache(m_cache);
    onSelectionChanged();
}

void ClientsRotationUi::announceRotationsInProgress()
{
    const Session *session = m_context ? m_context->session() : nullptr;
    if (!session)
        return;
    const QString orgId = session->identity().organization.id;
    int count = 0;
    for (const RotationRecord &r : RotationStore::forSession(*session).load()) {
        if (!r.isFinished() && (r.orgId.isEmpty() || orgId.isEmpty() || r.orgId == orgId))
            ++count;
    }
    if (count == 0) {
        m_inProgressBar->hide();
        return;
    }
    m_inProgressBar->setAction(tr("Show"));
    m_inProgressBar->showInfo(count == 1 ? tr("1 secret rotation in progress.")
                                         : tr("%1 secret rotations in progress.").arg(count));
}

void ClientsRotationUi::setUsable(bool usable)
{
    m_usable = usable;
    const std::optional<OAuthClient> client = m_currentClient ? m_currentClient() : std::nullopt;
    const bool rotatable =
        client && client->grant() != GrantType::Token && client->clientState() == ClientState::Active;
    m_rotate->setEnabled(usable && rotatable && m_context);
    m_rotations->setEnabled(usable && m_context && m_context->session());
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

RotationsDialog *ClientsRotationUi::openRotations()
{
    Session *session = m_context ? m_context->session() : nullptr;
    if (!session || !m_rotations->isEnabled())
        return nullptr;
    auto *dialog = new RotationsDialog(session, m_tabs->window());
    dialog->open();
    return dialog;
}

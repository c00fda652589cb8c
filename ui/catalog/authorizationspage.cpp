// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/catalog/authorizationspage.h"

#include "ui/widgets/signedoutpanel.h"

#include "ui/widgets/searchnavigation.h"

#include "app/controllers/authorizationscontroller.h"
#include "app/controllers/clientscontroller.h"
#include "app/controllers/sessioncontext.h"
#include "app/services/session.h"
#include "models/domain/clientlabels.h"
#include "models/itemmodels/authorizationfilterproxymodel.h"
#include "models/itemmodels/authorizationlistmodel.h"
#include "models/itemmodels/clientlistmodel.h"
#include "ui/catalog/authorizationdetailsview.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/secureclipboard.h"
#include "ui/widgets/theme.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {
// Arrowing through the list fetches the details of the row the user stops on, not of every row.
constexpr auto DetailsDebounce = 200ms;

using StateFilter = AuthorizationFilterProxyModel::StateFilter;
} // namespace

AuthorizationsPage::AuthorizationsPage(ClientsController *clients, QWidget *parent)
    : PageWidget(parent)
    , m_clients(clients)
    , m_model(new AuthorizationListModel(this))
    , m_proxy(new AuthorizationFilterProxyModel(this))
    , m_controller(new AuthorizationsController(m_model, this))
    , m_message(new MessageBar(this))
    , m_stack(new QStackedWidget(this))
    , m_signedOutPanel(
          new SignedOutPanel(u"authorizationsSignedOut"_s, u"authorizationsSignInButton"_s, this))
    , m_loadingLabel(new QLabel(this))
    , m_content(new QWidget(this))
    , m_search(new QLineEdit(this))
    , m_stateLabel(new QLabel(this))
    , m_stateFilter(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_emptyLabel(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_view(new QTableView(this))
    , m_details(new AuthorizationDetailsView(this))
{
    m_proxy->setSourceModel(m_model);

    // Search and the state filter.
    m_search->setObjectName(u"authorizationSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_search->addAction(Theme::icon(u"search"_s, u"edit-find"_s), QLineEdit::LeadingPosition);
    m_stateFilter->setObjectName(u"authorizationStateFilter"_s);
    m_stateLabel->setBuddy(m_stateFilter);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setStateFilter(StateFilter(m_stateFilter->currentData().toInt())); });
    m_count->setObjectName(u"authorizationCount"_s);
    m_count->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_emptyLabel->setObjectName(u"authorizationsEmpty"_s);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_emptyLabel->setVisible(false);

    // The table.
    m_view->setObjectName(u"authorizationTable"_s);
    m_view->setModel(m_proxy);
    m_searchNavigation = new SearchNavigation(m_search, m_view, [this] { applyFilter(); });
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AuthorizationListModel::ClientColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->setCornerButtonEnabled(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + fontMetrics().height() / 2);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    {
        // Column widths from what they show, so that they fit in any font and at any scale.
        const QFontMetrics fm = m_view->fontMetrics();
        const int pad = fm.averageCharWidth() * 3;
        const QString date = QLocale().toString(QDate(2026, 12, 28), QLocale::ShortFormat);
        OAuthAuthorization widest;
        widest.state = u"Unauthorized"_s;
        widest.pending = true;
        const QString samples[AuthorizationListModel::ColumnCount] = {
            QString(26, u'n'),
            AuthorizationListModel::stateText(widest),
            ClientLabels::grantTypeLabel(u"CLIENT-CREDENTIALS"_s),
            QString(28, u'n'),
            QString(18, u'n'),
            QString(16, u'n'),
            date,
            date,
            u"00000000-0000-0000-0000-000000000000"_s};
        for (int c = 0; c < AuthorizationListModel::ColumnCount; ++c)
            header->resizeSection(c, fm.horizontalAdvance(samples[c]) + pad);
        header->setSectionHidden(AuthorizationListModel::ClientIdColumn, true);
    }
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this, header](const QPoint &pos) {
        QMenu menu(this);
        for (int c = 0; c < AuthorizationListModel::ColumnCount; ++c) {
            QAction *a = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
            a->setCheckable(true);
            a->setChecked(!header->isSectionHidden(c));
            a->setEnabled(c != AuthorizationListModel::ClientColumn);
            connect(a, &QAction::toggled, header, [header, c](bool on) { header->setSectionHidden(c, !on); });
        }
        menu.exec(header->mapToGlobal(pos));
    });
    m_view->installEventFilter(this);
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        if (m_showClient->isEnabled())
            m_showClient->trigger();
    });
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QTableView::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        menu.addActions({m_showClient, m_copyId});
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuthorizationsPage::onCurrentChanged);

    // Keep the details and the count current, whatever changed the rows.
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &tl, const QModelIndex &br) {
                const int row = m_model->rowOf(m_currentId);
                if (row >= tl.row() && row <= br.row())
                    m_details->setAuthorization(m_model->authorizationAt(row));
            });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, [this] { updateCount(); });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        updateCount();
        onCurrentChanged();
    });
    connect(m_proxy, &AuthorizationFilterProxyModel::filterChanged, this, [this] {
        updateCount();
        // Keep something selected while searching, so the details and Enter follow the result.
        if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_view->setCurrentIndex(m_proxy->index(0, 0));
    });

    // The controller.
    connect(m_controller, &AuthorizationsController::loadingChanged, this, [this] { updateState(); });
    connect(m_controller, &AuthorizationsController::loaded, this, [this] {
        m_message->hide();
        updateState();
        if (!m_currentId.isEmpty() && m_model->rowOf(m_currentId) >= 0)
            selectAuthorization(m_currentId);
        else if (m_proxy->rowCount() > 0)
            m_view->setCurrentIndex(m_proxy->index(0, 0));
    });
    connect(m_controller, &AuthorizationsController::loadFailed, this, [this](const ApiError &e) {
        m_message->setAction(e.isHttp(403) ? QString() : tr("Retry"));
        m_message->showError(e, tr("The authorizations could not be loaded."));
        updateState();
    });
    connect(m_message, &MessageBar::actionTriggered, this, [this] {
        m_message->hide();
        reload();
    });
    connect(m_controller, &AuthorizationsController::detailsLoadingChanged, this, [this](bool loading) {
        if (m_controller->detailsClientId() == m_currentId)
            m_details->setDetailsState(loading);
    });
    connect(m_controller, &AuthorizationsController::detailsFailed, this,
            [this](const QString &clientId, const ApiError &e) {
                if (clientId == m_currentId)
                    m_details->setDetailsState(false, e);
            });
    m_detailsDebounce.setSingleShot(true);
    m_detailsDebounce.setInterval(DetailsDebounce);
    connect(&m_detailsDebounce, &QTimer::timeout, this, [this] {
        if (!m_currentId.isEmpty())
            m_controller->loadDetails(m_currentId);
    });

    // Which clients are this org's: the Clients page's list.
    if (m_clients) {
        connect(m_clients, &ClientsController::loaded, this, &AuthorizationsPage::updateJump);
        connect(m_clients, &ClientsController::loadingChanged, this, &AuthorizationsPage::updateJump);
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(m_clients->model(), signal, this, &AuthorizationsPage::updateJump);
        connect(m_clients->model(), &QAbstractItemModel::modelReset, this, &AuthorizationsPage::updateJump);
    }
    connect(m_details, &AuthorizationDetailsView::showClientRequested, this,
            &AuthorizationsPage::showClientRequested);
    connect(m_details, &AuthorizationDetailsView::copyIdRequested, this, &AuthorizationsPage::copyId);

    // Layout.
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_stateLabel);
    filters->addWidget(m_stateFilter);
    filters->addSpacing(fontMetrics().averageCharWidth());
    filters->addWidget(m_count);

    m_splitter->setObjectName(u"authorizationsSplitter"_s);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    m_content->setObjectName(u"authorizationsPageContent"_s);
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(filters);
    contentLayout->addWidget(m_emptyLabel);
    contentLayout->addWidget(m_splitter, 1);

    // Not signed in: say so, and offer the way in.
    connect(m_signedOutPanel, &SignedOutPanel::signInRequested, this, &PageWidget::signInRequested);
    m_loadingLabel->setObjectName(u"authorizationsLoading"_s);
    m_loadingLabel->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(m_content);
    m_stack->addWidget(m_signedOutPanel);
    m_stack->addWidget(m_loadingLabel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_stack, 1);

    buildActions();
    retranslate();
    restoreLayout();
    updateState();
}

AuthorizationsPage::~AuthorizationsPage()
{
    // QWidget deletes the children before this object's connections go: nothing they emit on the
    // way (a proxy losing its model, a controller cancelling) may reach this half-destroyed page.
    for (QObject *child : findChildren<QObject *>())
        disconnect(child, nullptr, this, nullptr);
    saveLayout();
}

void AuthorizationsPage::buildActions()
{
    auto make = [this](const QString &icon, const QString &themeIcon, const QString &name,
                       const QKeySequence &key) {
        auto *a = new QAction(Theme::icon(icon, themeIcon), QString(), this);
        a->setObjectName(name);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WindowShortcut);
        addAction(a); // the shortcut works while the page is shown, toolbar or not
        return a;
    };
    // Ctrl+Shift+C like the Clients page's Copy Client ID: each is enabled only on its own page.
    m_showClient =
        make(u"clients"_s, QString(), u"showClientAction"_s, QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_copyId = make(u"copy"_s, u"edit-copy"_s, u"copyAuthorizationClientIdAction"_s,
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_showClient, &QAction::triggered, this, [this] {
        if (!m_currentId.isEmpty() && m_details->showClientButton()->isEnabled())
            Q_EMIT showClientRequested(m_currentId);
    });
    connect(m_copyId, &QAction::triggered, this, [this] { copyId(m_currentId); });
}

void AuthorizationsPage::retranslate()
{
    m_search->setPlaceholderText(tr("Search by client, id, scope, role or owner (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search authorizations"));
    m_stateLabel->setText(tr("&State:"));
    m_stateFilter->setAccessibleName(tr("State filter"));
    {
        const int current = m_stateFilter->currentIndex();
        const QSignalBlocker block(m_stateFilter);
        m_stateFilter->clear();
        m_stateFilter->addItem(tr("All states"), int(StateFilter::All));
        m_stateFilter->addItem(AuthorizationListModel::stateLabel(u"Authorized"_s),
                               int(StateFilter::Authorized));
        m_stateFilter->addItem(AuthorizationListModel::stateLabel(u"Requested"_s),
                               int(StateFilter::Requested));
        m_stateFilter->addItem(AuthorizationListModel::stateLabel(u"Unauthorized"_s),
                               int(StateFilter::Unauthorized));
        m_stateFilter->addItem(AuthorizationListModel::stateLabel(u"Revoked"_s), int(StateFilter::Revoked));
        m_stateFilter->addItem(tr("Pending a decision"), int(StateFilter::Pending));
        m_stateFilter->addItem(tr("Other states"), int(StateFilter::Other));
        m_stateFilter->setCurrentIndex(std::max(0, current));
    }
    m_view->setAccessibleName(tr("Authorizations"));
    m_signedOutPanel->setText(
        tr("Sign in to see the clients that the signed-in user has authorized, requested or "
           "revoked, with their scopes and roles."));
    m_loadingLabel->setText(tr("Loading authorizations…"));
    m_emptyLabel->setText(tr("The signed-in account has not authorized, requested or revoked any client. "
                             "Authorizations belong to users: a client-credentials sign-in has none."));
    m_showClient->setText(tr("&Show Client"));
    m_showClient->setIconText(tr("Show Client"));
    m_copyId->setText(tr("&Copy Client ID"));
    m_copyId->setIconText(tr("Copy ID"));
    updateActions();
    updateCount();
}

void AuthorizationsPage::changeEvent(QEvent *event)
{
    PageWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, AuthorizationListModel::ColumnCount - 1);
        m_view->viewport()->update();
    }
}

QList<QAction *> AuthorizationsPage::toolBarActions() const
{
    return {m_showClient, m_copyId};
}

void AuthorizationsPage::setCurrent(bool current)
{
    m_current = current;
    // The first load waits until someone looks (see the class comment).
    m_controller->setActive(current);
    updateActions();
}

bool AuthorizationsPage::signedIn() const
{
    return m_context && m_context->session() && m_context->session()->isSignedIn();
}

void AuthorizationsPage::setSessionContext(SessionContext *context)
{
    for (const auto &c : std::as_const(m_sessionConnections))
        disconnect(c);
    m_sessionConnections.clear();
    m_context = context;
    m_message->hide();
    m_currentId.clear();
    m_details->setSessionContext(context);
    if (Session *session = context ? context->session() : nullptr) {
        m_sessionConnections << connect(session, &Session::signedIn, this, [this] {
            m_message->hide();
            updateState();
        });
        m_sessionConnections << connect(session, &Session::signedOut, this, [this] {
            m_message->hide();
            updateState();
        });
    }
    m_controller->setContext(context);
    updateState();
}

void AuthorizationsPage::reload()
{
    if (!signedIn())
        return;
    m_message->hide();
    m_controller->reload();
    if (!m_currentId.isEmpty())
        m_controller->loadDetails(m_currentId);
}

void AuthorizationsPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void AuthorizationsPage::updateState()
{
    if (!signedIn())
        m_stack->setCurrentWidget(m_signedOutPanel);
    else if (!m_controller->hasLoaded() && m_controller->isLoading())
        m_stack->setCurrentWidget(m_loadingLabel);
    else
        m_stack->setCurrentWidget(m_content);
    m_emptyLabel->setVisible(signedIn() && m_controller->hasLoaded() && m_model->rowCount() == 0);
    updateCount();
    updateActions();
}

QString AuthorizationsPage::statusText() const
{
    if (!signedIn())
        return {};
    return m_controller->isLoading() ? tr("Loading authorizations…") : QString();
}

void AuthorizationsPage::updateCount()
{
    m_count->setText(m_controller->hasLoaded() ? m_proxy->countText() : QString());
    m_emptyLabel->setVisible(signedIn() && m_controller->hasLoaded() && m_model->rowCount() == 0);
    Q_EMIT statusTextChanged(statusText());
}

void AuthorizationsPage::applyFilter()
{
    m_proxy->setFilterText(m_search->text());
}

void AuthorizationsPage::onCurrentChanged()
{
    const QModelIndex current = m_view->currentIndex();
    const QString id =
        current.isValid() ? current.data(AuthorizationListModel::ClientIdRole).toString() : QString();
    const bool changed = id != m_currentId;
    m_currentId = id;
    m_details->setAuthorization(id.isEmpty() ? std::nullopt : m_model->authorization(id));
    updateJump();
    updateActions();
    if (changed && !id.isEmpty())
        m_detailsDebounce.start();
}

bool AuthorizationsPage::selectAuthorization(const QString &clientId)
{
    const int row = m_model->rowOf(clientId);
    if (row < 0)
        return false;
    return m_searchNavigation->showRow(m_proxy, m_model->index(row, 0),
                                       [this] { m_stateFilter->setCurrentIndex(0); });
}

void AuthorizationsPage::updateJump()
{
    if (m_currentId.isEmpty()) {
        m_details->setClientInOrg(false);
    } else if (!m_clients || (!m_clients->hasLoaded() && m_clients->isLoading())) {
        m_details->setClientInOrg(false, tr("The org's client list is still loading."));
    } else if (!m_clients->hasLoaded()) {
        m_details->setClientInOrg(
            false, tr("The org's client list is not loaded, so this client cannot be shown there."));
    } else if (m_clients->model()->rowOf(m_currentId) < 0) {
        m_details->setClientInOrg(false,
                                  tr("This client is not one of this org's clients (it belongs to another "
                                     "organization, or was deleted), so the Clients page does not list it."));
    } else {
        m_details->setClientInOrg(true);
    }
    updateActions();
}

void AuthorizationsPage::updateActions()
{
    if (!m_showClient)
        return;
    const bool has = !m_currentId.isEmpty();
    m_showClient->setEnabled(m_current && has && m_details->showClientButton()->isEnabled());
    m_copyId->setEnabled(m_current && has);
    for (QAction *a : {m_showClient, m_copyId}) {
        QString text = a->text();
        text.remove(u'&');
        a->setToolTip(u"%1 (%2)"_s.arg(text, a->shortcut().toString(QKeySequence::NativeText)));
    }
}

void AuthorizationsPage::copyId(const QString &clientId)
{
    if (!clientId.isEmpty())
        SecureClipboard::instance()->copyText(clientId);
}

void AuthorizationsPage::saveLayout() const
{
    pagelayout::save(u"authorizations"_s, m_splitter, m_view->horizontalHeader());
}

void AuthorizationsPage::restoreLayout()
{
    pagelayout::restore(u"authorizations"_s, m_splitter, {120, 70}, m_view->horizontalHeader());
}

bool AuthorizationsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers() == Qt::NoModifier) {
            if (m_showClient->isEnabled())
                m_showClient->trigger();
            return true;
        }
    }
    return PageWidget::eventFilter(watched, event);
}

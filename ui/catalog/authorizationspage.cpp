// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/catalog/authorizationspage.h"

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
#include "ui/widgets/searchabletable.h"
#include "ui/widgets/secureclipboard.h"
#include "ui/widgets/signedoutpanel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {
// Arrowing through the list fetches the details of the row the user stops on, not of every row.
constexpr auto DetailsDebounce = 200ms;

using StateFilter = AuthorizationFilterProxyModel::StateFilter;
} // namespace

AuthorizationsPage::AuthorizationsPage(ClientsController *clients, QWidget *parent)
    : ListPage(Names::of(u"authorizations"_s, {120, 70}), parent)
    , m_clients(clients)
    , m_model(new AuthorizationListModel(this))
    , m_proxy(new AuthorizationFilterProxyModel(this))
    , m_controller(new AuthorizationsController(m_model, this))
    , m_list(new SearchableTable({u"authorizationSearch"_s, u"authorizationTable"_s, u"authorizationCount"_s},
                                 this))
    , m_stateLabel(new QLabel(this))
    , m_stateFilter(new QComboBox(this))
    , m_emptyLabel(new QLabel(this))
    , m_details(new AuthorizationDetailsView(this))
{
    m_proxy->setSourceModel(m_model);
    m_list->setProxy(m_proxy);

    // The state filter.
    m_stateFilter->setObjectName(u"authorizationStateFilter"_s);
    m_stateLabel->setBuddy(m_stateFilter);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setStateFilter(StateFilter(m_stateFilter->currentData().toInt())); });
    m_list->addFilter(m_stateLabel);
    m_list->addFilter(m_stateFilter);
    m_emptyLabel->setObjectName(u"authorizationsEmpty"_s);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_emptyLabel->setVisible(false);

    // The table.
    m_list->view()->sortByColumn(AuthorizationListModel::ClientColumn, Qt::AscendingOrder);
    {
        // Column widths from what they show, so that they fit in any font and at any scale.
        const QString date = QLocale().toString(QDate(2026, 12, 28), QLocale::ShortFormat);
        OAuthAuthorization widest;
        widest.state = u"Unauthorized"_s;
        widest.pending = true;
        m_list->sizeColumns({QString(26, u'n'), AuthorizationListModel::stateText(widest),
                             ClientLabels::grantTypeLabel(u"CLIENT-CREDENTIALS"_s), QString(28, u'n'),
                             QString(18, u'n'), QString(16, u'n'), date, date,
                             u"00000000-0000-0000-0000-000000000000"_s});
        m_list->view()->horizontalHeader()->setSectionHidden(AuthorizationListModel::ClientIdColumn, true);
    }
    m_list->addColumnMenu(AuthorizationListModel::ClientColumn);
    connect(m_list, &SearchableTable::activated, this, [this] {
        if (m_showClient->isEnabled())
            m_showClient->trigger();
    });
    connect(m_list, &SearchableTable::currentChanged, this, &AuthorizationsPage::onCurrentChanged);

    // Keep the details and the count current, whatever changed the rows.
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &tl, const QModelIndex &br) {
                const int row = m_model->rowOf(m_currentId);
                if (row >= tl.row() && row <= br.row())
                    m_details->setAuthorization(m_model->authorizationAt(row));
            });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &AuthorizationsPage::onCurrentChanged);

    // The controller.
    connect(m_controller, &AuthorizationsController::loadingChanged, this, [this] { updateFrame(); });
    connect(m_controller, &AuthorizationsController::loaded, this, [this] {
        messageBar()->hide();
        updateFrame();
        if (!m_currentId.isEmpty() && m_model->rowOf(m_currentId) >= 0)
            selectAuthorization(m_currentId);
        else if (m_proxy->rowCount() > 0)
            m_list->view()->setCurrentIndex(m_proxy->index(0, 0));
    });
    connect(m_controller, &AuthorizationsController::loadFailed, this, [this](const ApiError &e) {
        messageBar()->setAction(e.isHttp(403) ? QString() : tr("Retry"));
        messageBar()->showError(e, tr("The authorizations could not be loaded."));
        updateFrame();
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
    connect(m_details, &AuthorizationDetailsView::showClientRequested, this, &ListPage::showClientRequested);
    connect(m_details, &AuthorizationDetailsView::copyIdRequested, this, &AuthorizationsPage::copyId);

    buildActions();
    m_list->setContextActions({m_showClient, m_copyId});
    retranslate();
    setListAndDetails(m_list, m_details, m_emptyLabel);
    updateFrame();
}

void AuthorizationsPage::buildActions()
{
    // Ctrl+Shift+C like the Clients page's Copy Client ID: each is enabled only on its own page.
    m_showClient = addPageAction(u"clients"_s, QString(), u"showClientAction"_s,
                                 QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_copyId = addPageAction(u"copy"_s, u"edit-copy"_s, u"copyAuthorizationClientIdAction"_s,
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_showClient, &QAction::triggered, this, [this] {
        if (!m_currentId.isEmpty() && m_details->showClientButton()->isEnabled())
            Q_EMIT showClientRequested(m_currentId);
    });
    connect(m_copyId, &QAction::triggered, this, [this] { copyId(m_currentId); });
    setToolBarActions({m_showClient, m_copyId});
}

void AuthorizationsPage::retranslate()
{
    m_list->search()->setPlaceholderText(tr("Search by client, id, scope, role or owner (Ctrl+F)"));
    m_list->search()->setAccessibleName(tr("Search authorizations"));
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
    m_list->view()->setAccessibleName(tr("Authorizations"));
    signedOutPanel()->setText(
        tr("Sign in to see the clients that the signed-in user has authorized, requested or "
           "revoked, with their scopes and roles."));
    setLoadingText(tr("Loading authorizations…"));
    m_emptyLabel->setText(tr("The signed-in account has not authorized, requested or revoked any client. "
                             "Authorizations belong to users: a client-credentials sign-in has none."));
    m_showClient->setText(tr("&Show Client"));
    m_showClient->setIconText(tr("Show Client"));
    m_copyId->setText(tr("&Copy Client ID"));
    m_copyId->setIconText(tr("Copy ID"));
    updateActions();
    updateCount();
}

void AuthorizationsPage::setCurrent(bool current)
{
    ListPage::setCurrent(current);
    // The first load waits until someone looks (see the class comment).
    m_controller->setActive(current);
}

void AuthorizationsPage::setSessionContext(SessionContext *context)
{
    setSession(context);
    m_currentId.clear();
    m_details->setSessionContext(context);
    if (Session *session = context ? context->session() : nullptr) {
        const auto refresh = [this] {
            messageBar()->hide();
            updateFrame();
        };
        connectToSession(session, &Session::signedIn, refresh);
        connectToSession(session, &Session::signedOut, refresh);
    }
    m_controller->setContext(context);
    updateFrame();
}

void AuthorizationsPage::reload()
{
    if (!signedIn())
        return;
    messageBar()->hide();
    m_controller->reload();
    if (!m_currentId.isEmpty())
        m_controller->loadDetails(m_currentId);
}

ListPage::LoadState AuthorizationsPage::loadState() const
{
    return {m_controller->hasLoaded(), m_controller->isLoading()};
}

void AuthorizationsPage::updateCount()
{
    ListPage::updateCount();
    m_emptyLabel->setVisible(signedIn() && m_controller->hasLoaded() && m_model->rowCount() == 0);
}

void AuthorizationsPage::onCurrentChanged()
{
    const QModelIndex current = m_list->view()->currentIndex();
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
    return m_list->showRow(m_model->index(row, 0), [this] { m_stateFilter->setCurrentIndex(0); });
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
    m_showClient->setEnabled(isCurrent() && has && m_details->showClientButton()->isEnabled());
    m_copyId->setEnabled(isCurrent() && has);
    for (QAction *a : {m_showClient, m_copyId})
        setShortcutToolTip(a);
}

void AuthorizationsPage::copyId(const QString &clientId)
{
    if (!clientId.isEmpty())
        SecureClipboard::instance()->copyText(clientId);
}

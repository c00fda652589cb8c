// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/catalog/scopespage.h"

#include "app/controllers/clientscontroller.h"
#include "app/controllers/scopecatalog.h"
#include "app/controllers/sessioncontext.h"
#include "app/services/catalogservice.h"
#include "app/services/clientsservice.h"
#include "app/services/session.h"
#include "models/itemmodels/clientlistmodel.h"
#include "models/itemmodels/scopefilterproxymodel.h"
#include "models/itemmodels/scopelistmodel.h"
#include "ui/catalog/scopedetailsview.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/searchabletable.h"
#include "ui/widgets/secureclipboard.h"
#include "ui/widgets/signedoutpanel.h"

#include <QCheckBox>
#include <QCollator>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {
constexpr auto DetailsDebounce = 200ms;
// Client changes come in bursts (a reload merges hundreds): count once after the burst.
constexpr auto UsageDebounce = 150ms;
} // namespace

ScopesPage::ScopesPage(ClientsController *clients, QWidget *parent)
    : ListPage(
          [] {
              Names names = Names::of(u"scopes"_s, {120, 60});
              names.saveColumns = false; // configureHeader() sizes them
              return names;
          }(),
          parent)
    , m_clients(clients)
    , m_proxy(new ScopeFilterProxyModel(this))
    , m_list(new SearchableTable({u"scopeCatalogSearch"_s, u"scopeTable"_s, u"scopeCount"_s}, this))
    , m_usedOnly(new QCheckBox(this))
    , m_details(new ScopeDetailsView(this))
{
    m_usedOnly->setObjectName(u"scopeUsedOnly"_s);
    connect(m_usedOnly, &QCheckBox::toggled, m_proxy, &ScopeFilterProxyModel::setUsedOnly);
    m_list->addFilter(m_usedOnly);

    // Until a session's catalogue is there, an empty one of our own: the header has its columns.
    m_placeholder = new ScopeListModel(this);
    m_proxy->setSourceModel(m_placeholder);
    m_list->setProxy(m_proxy);
    m_list->view()->sortByColumn(ScopeListModel::ScopeColumn, Qt::AscendingOrder);
    // The description stretches (configureHeader), and the columns stay in their order.
    m_list->view()->horizontalHeader()->setStretchLastSection(false);
    m_list->view()->horizontalHeader()->setSectionsMovable(false);
    configureHeader();
    // Enter on a scope: on to the clients that have it.
    m_list->setActivatesOnDoubleClick(false);
    connect(m_list, &SearchableTable::activated, this, [this] {
        if (m_details->clientList()->count() > 0)
            m_details->clientList()->setFocus(Qt::OtherFocusReason);
    });
    connect(m_list, &SearchableTable::currentChanged, this, &ScopesPage::onCurrentChanged);

    // Keep a selection through the catalogue's reloads (F5, a language change).
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        configureHeader();
        const QString wanted = m_currentId;
        m_currentId.clear();
        if (wanted.isEmpty() || !selectScope(wanted)) {
            if (m_proxy->rowCount() > 0)
                m_list->view()->setCurrentIndex(m_proxy->index(0, 0));
        }
        onCurrentChanged();
    });

    m_detailsDebounce.setSingleShot(true);
    m_detailsDebounce.setInterval(DetailsDebounce);
    connect(&m_detailsDebounce, &QTimer::timeout, this, &ScopesPage::fetchDetails);
    m_usageDebounce.setSingleShot(true);
    m_usageDebounce.setInterval(UsageDebounce);
    connect(&m_usageDebounce, &QTimer::timeout, this, &ScopesPage::refreshUsage);
    if (m_clients) {
        ClientListModel *model = m_clients->model();
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(model, signal, this, [this] { m_usageDebounce.start(); });
        connect(model, &QAbstractItemModel::modelReset, this, [this] { m_usageDebounce.start(); });
        connect(model, &QAbstractItemModel::dataChanged, this, [this] { m_usageDebounce.start(); });
        connect(m_clients, &ClientsController::loaded, this, [this] { m_usageDebounce.start(); });
        connect(m_clients, &ClientsController::loadingChanged, this, [this] { m_usageDebounce.start(); });
    }
    connect(m_details, &ScopeDetailsView::showClientRequested, this, &ListPage::showClientRequested);

    // Search, filter, the list, then the details' client list and its button.
    setTabOrder(m_list->search(), m_usedOnly);
    setTabOrder(m_usedOnly, m_list->view());
    setTabOrder(m_list->view(), m_details->clientList());
    setTabOrder(m_details->clientList(), m_details->showClientButton());

    m_copyId = addPageAction(u"copy"_s, u"edit-copy"_s, u"copyScopeIdAction"_s,
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_copyId, &QAction::triggered, this, [this] {
        if (!m_currentId.isEmpty())
            SecureClipboard::instance()->copyText(m_currentId);
    });
    setToolBarActions({m_copyId});

    retranslate();
    setListAndDetails(m_list, m_details);
    updateFrame();
}

ScopesPage::~ScopesPage()
{
    if (m_detailsOp)
        m_detailsOp->cancel();
}

void ScopesPage::retranslate()
{
    m_list->search()->setPlaceholderText(tr("Search scopes by name or description (Ctrl+F)"));
    m_list->search()->setAccessibleName(tr("Search scopes"));
    m_usedOnly->setText(tr("Only &scopes in use"));
    m_usedOnly->setToolTip(tr("Only the scopes at least one of this org's clients has"));
    m_list->view()->setAccessibleName(tr("Scope catalogue"));
    signedOutPanel()->setText(
        tr("Sign in to browse the platform's OAuth scopes, with their descriptions and the "
           "clients of your org that use them."));
    setLoadingText(tr("Loading the scope catalogue…"));
    m_copyId->setText(tr("&Copy Scope ID"));
    m_copyId->setIconText(tr("Copy ID"));
    updateActions();
    updateCount();
}

void ScopesPage::configureHeader()
{
    // The description takes the room; the id and the count are sized from their content.
    QHeaderView *header = m_list->view()->horizontalHeader();
    // Once per set of sections: a reload keeps the widths the user gave the columns.
    if (header->count() != ScopeListModel::ColumnCount ||
        header->sectionResizeMode(ScopeListModel::DescriptionColumn) == QHeaderView::Stretch)
        return;
    const int w = m_list->view()->fontMetrics().averageCharWidth();
    header->setSectionResizeMode(ScopeListModel::DescriptionColumn, QHeaderView::Stretch);
    header->resizeSection(ScopeListModel::ScopeColumn, w * 36);
    header->resizeSection(
        ScopeListModel::ClientsColumn,
        std::max(w * 8, header->fontMetrics().horizontalAdvance(
                            m_proxy->headerData(ScopeListModel::ClientsColumn, Qt::Horizontal).toString()) +
                            w * 4));
}

ScopeCatalog *ScopesPage::catalog() const
{
    return context() ? context()->scopes() : nullptr;
}

void ScopesPage::setCurrent(bool current)
{
    ListPage::setCurrent(current);
    if (current && catalog())
        catalog()->load(); // no-op when loaded or loading
}

void ScopesPage::setSessionContext(SessionContext *context)
{
    if (m_detailsOp)
        m_detailsOp->cancel();
    setSession(context);
    m_currentId.clear();
    m_proxy->setSourceModel(context ? context->scopes()->model() : m_placeholder);
    if (context) {
        ScopeCatalog *scopes = context->scopes();
        connectToSession(scopes, &ScopeCatalog::loadingChanged, [this] { updateFrame(); });
        connectToSession(scopes, &ScopeCatalog::changed, [this] {
            messageBar()->hide();
            updateFrame();
            m_usageDebounce.start();
        });
        connectToSession(scopes, &ScopeCatalog::failed, [this](const ApiError &e) {
            messageBar()->setAction(tr("Retry"));
            messageBar()->showError(e, tr("The scope catalogue could not be loaded."));
            updateFrame();
        });
        if (Session *session = context->session()) {
            connectToSession(session, &Session::signedIn, [this] {
                updateFrame();
                if (isCurrent())
                    catalog()->load();
            });
            connectToSession(session, &Session::signedOut, [this] { updateFrame(); });
            // A client's scopes changed (the editor, another page): its row may change in no shown
            // column, so the list model says nothing; the service does.
            for (auto signal : {&ClientsService::clientCreated, &ClientsService::clientChanged})
                connectToSession(session->clients(), signal, [this] { m_usageDebounce.start(); });
            connectToSession(session->clients(), &ClientsService::clientRemoved,
                             [this] { m_usageDebounce.start(); });
            // The catalogue reloads itself in the new language; the scope shown is fetched again too.
            connectToSession(session->api(), &ApiClient::languageChanged,
                             [this] { m_detailsDebounce.start(); });
        }
        if (isCurrent())
            scopes->load();
    }
    refreshUsage();
    updateFrame();
}

void ScopesPage::reload()
{
    if (!signedIn() || !catalog())
        return;
    messageBar()->hide();
    catalog()->reload();
}

ListPage::LoadState ScopesPage::loadState() const
{
    const ScopeCatalog *scopes = catalog();
    return {scopes && scopes->isLoaded(), scopes && scopes->isLoading()};
}

void ScopesPage::updateActions()
{
    if (!m_copyId)
        return;
    m_copyId->setEnabled(isCurrent() && !m_currentId.isEmpty());
    setShortcutToolTip(m_copyId);
}

bool ScopesPage::selectScope(const QString &scopeId)
{
    ScopeListModel *model = m_proxy->scopeModel();
    const int row = model ? model->rowOf(scopeId) : -1;
    if (row < 0)
        return false;
    return m_list->showRow(model->index(row, 0), [this] { m_usedOnly->setChecked(false); });
}

void ScopesPage::onCurrentChanged()
{
    const QModelIndex current = m_list->view()->currentIndex();
    const QString id = current.isValid() ? current.data(ScopeListModel::ScopeIdRole).toString() : QString();
    if (id == m_currentId && !id.isEmpty())
        return;
    m_currentId = id;
    ScopeListModel *model = m_proxy->scopeModel();
    const int row = model && !id.isEmpty() ? model->rowOf(id) : -1;
    m_details->setScope(row >= 0 ? std::optional(model->scopeAt(row)) : std::nullopt);
    refreshClientList();
    updateActions();
    if (m_detailsOp)
        m_detailsOp->cancel();
    if (!id.isEmpty())
        m_detailsDebounce.start();
}

void ScopesPage::fetchDetails()
{
    if (m_currentId.isEmpty() || !signedIn())
        return;
    if (m_detailsOp)
        m_detailsOp->cancel();
    const QString id = m_currentId;
    m_details->setDetailsState(true);
    m_detailsOp = context()->session()->catalog()->scope(id, this, [this, id](const Result<OAuthScope> &r) {
        m_detailsOp = nullptr;
        if (id != m_currentId || (!r && r.error().isCancelled()))
            return;
        if (!r) {
            m_details->setDetailsState(false, r.error());
            return;
        }
        // The server's answer for exactly this scope; anything else is not shown as its details.
        if (r->id == id)
            m_details->setScope(r.value());
        m_details->setDetailsState(false);
    });
}

void ScopesPage::refreshUsage()
{
    ScopeListModel *model = m_proxy->scopeModel();
    const bool known = m_clients && m_clients->hasLoaded() && signedIn();
    if (model)
        model->setClientUsage(known
                                  ? std::optional(ScopeListModel::countClients(m_clients->model()->clients()))
                                  : std::nullopt);
    refreshClientList();
}

void ScopesPage::refreshClientList()
{
    if (m_currentId.isEmpty() || !m_clients || !m_clients->hasLoaded() || !signedIn()) {
        m_details->setClients(std::nullopt);
        return;
    }
    const ClientListModel *model = m_clients->model();
    QList<OAuthClient> users;
    for (int r = 0; r < model->rowCount(); ++r) {
        const OAuthClient &c = model->clientAt(r);
        if (c.scope.contains(m_currentId))
            users.append(c);
    }
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(users.begin(), users.end(), [&collator](const OAuthClient &a, const OAuthClient &b) {
        return collator.compare(a.name, b.name) < 0;
    });
    m_details->setClients(users);
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/catalog/scopespage.h"

#include "ui/widgets/signedoutpanel.h"

#include "ui/widgets/searchnavigation.h"

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
#include "ui/widgets/secureclipboard.h"
#include "ui/widgets/theme.h"

#include <QCheckBox>
#include <QCollator>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {
constexpr auto DetailsDebounce = 200ms;
// Client changes come in bursts (a reload merges hundreds): count once after the burst.
constexpr auto UsageDebounce = 150ms;
} // namespace

ScopesPage::ScopesPage(ClientsController *clients, QWidget *parent)
    : PageWidget(parent)
    , m_clients(clients)
    , m_proxy(new ScopeFilterProxyModel(this))
    , m_message(new MessageBar(this))
    , m_stack(new QStackedWidget(this))
    , m_signedOutPanel(new SignedOutPanel(u"scopesSignedOut"_s, u"scopesSignInButton"_s, this))
    , m_loadingLabel(new QLabel(this))
    , m_content(new QWidget(this))
    , m_search(new QLineEdit(this))
    , m_usedOnly(new QCheckBox(this))
    , m_count(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_view(new QTableView(this))
    , m_details(new ScopeDetailsView(this))
{
    m_search->setObjectName(u"scopeCatalogSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_search->addAction(Theme::icon(u"search"_s, u"edit-find"_s), QLineEdit::LeadingPosition);
    m_usedOnly->setObjectName(u"scopeUsedOnly"_s);
    connect(m_usedOnly, &QCheckBox::toggled, m_proxy, &ScopeFilterProxyModel::setUsedOnly);
    m_count->setObjectName(u"scopeCount"_s);
    m_count->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_view->setObjectName(u"scopeTable"_s);
    m_view->setModel(m_proxy);
    m_searchNavigation = new SearchNavigation(m_search, m_view, [this] { applyFilter(); });
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ScopeListModel::ScopeColumn, Qt::AscendingOrder);
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
    m_view->horizontalHeader()->setHighlightSections(false);
    // Until a session's catalogue is there, an empty one of our own: the header has its columns.
    m_placeholder = new ScopeListModel(this);
    m_proxy->setSourceModel(m_placeholder);
    configureHeader();
    m_view->installEventFilter(this);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ScopesPage::onCurrentChanged);

    // Keep a selection through the catalogue's reloads (F5, a language change).
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        configureHeader();
        const QString wanted = m_currentId;
        m_currentId.clear();
        if (wanted.isEmpty() || !selectScope(wanted)) {
            if (m_proxy->rowCount() > 0)
                m_view->setCurrentIndex(m_proxy->index(0, 0));
        }
        onCurrentChanged();
        updateCount();
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, [this] { updateCount(); });
    connect(m_proxy, &ScopeFilterProxyModel::filterChanged, this, [this] {
        updateCount();
        if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_view->setCurrentIndex(m_proxy->index(0, 0));
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
    connect(m_details, &ScopeDetailsView::showClientRequested, this, &ScopesPage::showClientRequested);
    connect(m_message, &MessageBar::actionTriggered, this, [this] {
        m_message->hide();
        reload();
    });

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_usedOnly);
    filters->addSpacing(fontMetrics().averageCharWidth());
    filters->addWidget(m_count);

    m_splitter->setObjectName(u"scopesSplitter"_s);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    m_content->setObjectName(u"scopesPageContent"_s);
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(filters);
    contentLayout->addWidget(m_splitter, 1);

    connect(m_signedOutPanel, &SignedOutPanel::signInRequested, this, &PageWidget::signInRequested);
    m_loadingLabel->setObjectName(u"scopesLoading"_s);
    m_loadingLabel->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(m_content);
    m_stack->addWidget(m_signedOutPanel);
    m_stack->addWidget(m_loadingLabel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_stack, 1);

    // Search, filter, the list, then the details' client list and its button.
    setTabOrder(m_search, m_usedOnly);
    setTabOrder(m_usedOnly, m_view);
    setTabOrder(m_view, m_details->clientList());
    setTabOrder(m_details->clientList(), m_details->showClientButton());

    m_copyId = new QAction(Theme::icon(u"copy"_s, u"edit-copy"_s), QString(), this);
    m_copyId->setObjectName(u"copyScopeIdAction"_s);
    m_copyId->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyId->setShortcutContext(Qt::WindowShortcut);
    addAction(m_copyId);
    connect(m_copyId, &QAction::triggered, this, [this] {
        if (!m_currentId.isEmpty())
            SecureClipboard::instance()->copyText(m_currentId);
    });

    retranslate();
    restoreLayout();
    updateState();
}

ScopesPage::~ScopesPage()
{
    // QWidget deletes the children before this object's connections go: nothing they emit on the
    // way (a proxy losing its model, a controller cancelling) may reach this half-destroyed page.
    for (QObject *child : findChildren<QObject *>())
        disconnect(child, nullptr, this, nullptr);
    saveLayout();
    if (m_detailsOp)
        m_detailsOp->cancel();
}

void ScopesPage::retranslate()
{
    m_search->setPlaceholderText(tr("Search scopes by name or description (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search scopes"));
    m_usedOnly->setText(tr("Only &scopes in use"));
    m_usedOnly->setToolTip(tr("Only the scopes at least one of this org's clients has"));
    m_view->setAccessibleName(tr("Scope catalogue"));
    m_signedOutPanel->setText(
        tr("Sign in to browse the platform's OAuth scopes, with their descriptions and the "
           "clients of your org that use them."));
    m_loadingLabel->setText(tr("Loading the scope catalogue…"));
    m_copyId->setText(tr("&Copy Scope ID"));
    m_copyId->setIconText(tr("Copy ID"));
    updateActions();
    updateCount();
}

void ScopesPage::changeEvent(QEvent *event)
{
    PageWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_proxy->scopeModel())
            Q_EMIT m_proxy->scopeModel()->headerDataChanged(Qt::Horizontal, 0,
                                                            ScopeListModel::ColumnCount - 1);
        m_view->viewport()->update();
    }
}

void ScopesPage::configureHeader()
{
    // The description takes the room; the id and the count are sized from their content.
    QHeaderView *header = m_view->horizontalHeader();
    // Once per set of sections: a reload keeps the widths the user gave the columns.
    if (header->count() != ScopeListModel::ColumnCount ||
        header->sectionResizeMode(ScopeListModel::DescriptionColumn) == QHeaderView::Stretch)
        return;
    const int w = m_view->fontMetrics().averageCharWidth();
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
    return m_context ? m_context->scopes() : nullptr;
}

bool ScopesPage::signedIn() const
{
    return m_context && m_context->session() && m_context->session()->isSignedIn();
}

QList<QAction *> ScopesPage::toolBarActions() const
{
    return {m_copyId};
}

void ScopesPage::setCurrent(bool current)
{
    m_current = current;
    if (current && catalog())
        catalog()->load(); // no-op when loaded or loading
    updateActions();
}

void ScopesPage::setSessionContext(SessionContext *context)
{
    for (const auto &c : std::as_const(m_sessionConnections))
        disconnect(c);
    m_sessionConnections.clear();
    if (m_detailsOp)
        m_detailsOp->cancel();
    m_context = context;
    m_message->hide();
    m_currentId.clear();
    m_proxy->setSourceModel(context ? context->scopes()->model() : m_placeholder);
    if (context) {
        ScopeCatalog *scopes = context->scopes();
        m_sessionConnections << connect(scopes, &ScopeCatalog::loadingChanged, this,
                                        [this] { updateState(); });
        m_sessionConnections << connect(scopes, &ScopeCatalog::changed, this, [this] {
            m_message->hide();
            updateState();
            m_usageDebounce.start();
        });
        m_sessionConnections << connect(scopes, &ScopeCatalog::failed, this, [this](const ApiError &e) {
            m_message->setAction(tr("Retry"));
            m_message->showError(e, tr("The scope catalogue could not be loaded."));
            updateState();
        });
        if (Session *session = context->session()) {
            m_sessionConnections << connect(session, &Session::signedIn, this, [this] {
                updateState();
                if (m_current)
                    catalog()->load();
            });
            m_sessionConnections << connect(session, &Session::signedOut, this, [this] { updateState(); });
            // A client's scopes changed (the editor, another page): its row may change in no shown
            // column, so the list model says nothing; the service does.
            for (auto signal : {&ClientsService::clientCreated, &ClientsService::clientChanged})
                m_sessionConnections << connect(session->clients(), signal, this,
                                                [this] { m_usageDebounce.start(); });
            m_sessionConnections << connect(session->clients(), &ClientsService::clientRemoved, this,
                                            [this] { m_usageDebounce.start(); });
            // The catalogue reloads itself in the new language; the scope shown is fetched again too.
            m_sessionConnections << connect(session->api(), &ApiClient::languageChanged, this,
                                            [this] { m_detailsDebounce.start(); });
        }
        if (m_current)
            scopes->load();
    }
    refreshUsage();
    updateState();
}

void ScopesPage::reload()
{
    if (!signedIn() || !catalog())
        return;
    m_message->hide();
    catalog()->reload();
}

void ScopesPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ScopesPage::updateState()
{
    const ScopeCatalog *scopes = catalog();
    if (!signedIn())
        m_stack->setCurrentWidget(m_signedOutPanel);
    else if (scopes && !scopes->isLoaded() && scopes->isLoading())
        m_stack->setCurrentWidget(m_loadingLabel);
    else
        m_stack->setCurrentWidget(m_content);
    updateCount();
    updateActions();
}

QString ScopesPage::statusText() const
{
    const ScopeCatalog *scopes = catalog();
    if (!signedIn() || !scopes)
        return {};
    return scopes->isLoading() ? tr("Loading the scope catalogue…") : QString();
}

void ScopesPage::updateCount()
{
    const ScopeCatalog *scopes = catalog();
    m_count->setText(scopes && scopes->isLoaded() ? m_proxy->countText() : QString());
    Q_EMIT statusTextChanged(statusText());
}

void ScopesPage::updateActions()
{
    if (!m_copyId)
        return;
    m_copyId->setEnabled(m_current && !m_currentId.isEmpty());
    QString text = m_copyId->text();
    text.remove(u'&');
    m_copyId->setToolTip(u"%1 (%2)"_s.arg(text, m_copyId->shortcut().toString(QKeySequence::NativeText)));
}

void ScopesPage::applyFilter()
{
    m_proxy->setFilterText(m_search->text());
}

bool ScopesPage::selectScope(const QString &scopeId)
{
    ScopeListModel *model = m_proxy->scopeModel();
    const int row = model ? model->rowOf(scopeId) : -1;
    if (row < 0)
        return false;
    return m_searchNavigation->showRow(m_proxy, model->index(row, 0),
                                       [this] { m_usedOnly->setChecked(false); });
}

void ScopesPage::onCurrentChanged()
{
    const QModelIndex current = m_view->currentIndex();
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
    m_detailsOp = m_context->session()->catalog()->scope(id, this, [this, id](const Result<OAuthScope> &r) {
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

void ScopesPage::saveLayout() const
{
    pagelayout::save(u"scopes"_s, m_splitter);
}

void ScopesPage::restoreLayout()
{
    pagelayout::restore(u"scopes"_s, m_splitter, {120, 60});
}

bool ScopesPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        // Enter on a scope: on to the clients that have it.
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers() == Qt::NoModifier) {
            if (m_details->clientList()->count() > 0)
                m_details->clientList()->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return PageWidget::eventFilter(watched, event);
}

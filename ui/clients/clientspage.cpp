// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/clientspage.h"

#include "ui/widgets/signedoutpanel.h"

#include "ui/widgets/searchnavigation.h"

#include "app/controllers/clientscontroller.h"
#include "app/controllers/directorycache.h"
#include "app/controllers/scopecatalog.h"
#include "app/controllers/sessioncontext.h"
#include "app/net/apiclient.h"
#include "app/services/session.h"
#include "models/domain/clientlabels.h"
#include "models/itemmodels/clientfilterproxymodel.h"
#include "models/itemmodels/clientlistmodel.h"
#include "ui/clients/clientdetailsview.h"
#include "ui/clients/clienteditdialog.h"
#include "ui/clients/clientexport.h"
#include "ui/clients/deleteclientdialog.h"
#include "ui/clients/regeneratesecretdialog.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/secretdialog.h"
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

namespace {} // namespace

ClientsPage::ClientsPage(QWidget *parent)
    : PageWidget(parent)
    , m_model(new ClientListModel(this))
    , m_proxy(new ClientFilterProxyModel(this))
    , m_controller(new ClientsController(m_model, this))
    , m_message(new MessageBar(this))
    , m_stack(new QStackedWidget(this))
    , m_signedOutPanel(new SignedOutPanel(u"signedOutPanel"_s, u"signInButton"_s, this))
    , m_loadingLabel(new QLabel(this))
    , m_content(new QWidget(this))
    , m_search(new QLineEdit(this))
    , m_grantFilter(new QComboBox(this))
    , m_stateFilter(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_view(new QTableView(this))
    , m_details(new ClientDetailsView(this))
{
    m_proxy->setSourceModel(m_model);

    // Search and filters.
    m_search->setObjectName(u"searchField"_s);
    m_search->setPlaceholderText(tr("Search by name, id, description, grant type or state (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(Theme::icon(u"search"_s, u"edit-find"_s), QLineEdit::LeadingPosition);
    m_search->setAccessibleName(tr("Search clients"));

    m_grantFilter->setObjectName(u"grantFilter"_s);
    m_grantFilter->setAccessibleName(tr("Grant type filter"));
    m_grantFilter->addItem(tr("All grant types"), -1);
    for (GrantType g : {GrantType::Code, GrantType::Token, GrantType::Saml2Bearer, GrantType::Password,
                        GrantType::ClientCredentials})
        m_grantFilter->addItem(ClientLabels::grantTypeLabel(grantTypeToString(g)), int(g));
    m_grantFilter->addItem(tr("Other grant types"), int(GrantType::Unknown));
    m_stateFilter->setObjectName(u"stateFilter"_s);
    m_stateFilter->setAccessibleName(tr("State filter"));
    m_stateFilter->addItem(tr("All states"), -1);
    for (ClientState s : {ClientState::Active, ClientState::Disabled, ClientState::Inactive})
        m_stateFilter->addItem(ClientLabels::stateLabel(clientStateToString(s)), int(s));
    m_stateFilter->addItem(tr("Other states"), int(ClientState::Unknown));
    connect(m_grantFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int v = m_grantFilter->currentData().toInt();
        m_proxy->setGrantFilter(v < 0 ? std::nullopt : std::optional(GrantType(v)));
    });
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int v = m_stateFilter->currentData().toInt();
        m_proxy->setStateFilter(v < 0 ? std::nullopt : std::optional(ClientState(v)));
    });
    m_count->setObjectName(u"countLabel"_s);
    m_count->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // The table.
    m_view->setObjectName(u"clientTable"_s);
    m_view->setAccessibleName(tr("Clients"));
    m_view->setModel(m_proxy);
    m_searchNavigation = new SearchNavigation(m_search, m_view, [this] { applyFilter(); });
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ClientListModel::NameColumn, Qt::AscendingOrder);
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
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    // Column widths from what they show (the widest of header and a typical value), so that dates
    // and labels fit in any font and at any scale.
    {
        const QFontMetrics fm = m_view->fontMetrics();
        const QFontMetrics hfm = header->fontMetrics();
        const int pad = fm.averageCharWidth() * 3;
        const QString date = QLocale().toString(QDate(2026, 12, 28), QLocale::ShortFormat);
        const QString samples[ClientListModel::ColumnCount] = {
            QString(30, u'n'),
            ClientLabels::grantTypeLabel(u"CLIENT-CREDENTIALS"_s),
            ClientLabels::stateLabel(u"inactive"_s),
            ClientLabels::formatLifetime(5400),
            date,
            date,
            u"00000000-0000-0000-0000-000000000000"_s};
        for (int c = 0; c < ClientListModel::ColumnCount; ++c) {
            const int text = fm.horizontalAdvance(samples[c]);
            const int head = hfm.horizontalAdvance(m_model->headerData(c, Qt::Horizontal).toString()) + pad;
            header->resizeSection(c, std::max(text, head) + pad);
        }
    }
    connect(header, &QHeaderView::customContextMenuRequested, this, [this, header](const QPoint &pos) {
        QMenu menu(this);
        for (int c = 0; c < ClientListModel::ColumnCount; ++c) {
            QAction *a = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
            a->setCheckable(true);
            a->setChecked(!header->isSectionHidden(c));
            a->setEnabled(c != ClientListModel::NameColumn);
            connect(a, &QAction::toggled, header, [header, c](bool on) { header->setSectionHidden(c, !on); });
        }
        menu.exec(header->mapToGlobal(pos));
    });
    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        if (m_edit->isEnabled())
            m_edit->trigger();
    });
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QTableView::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        menu.addActions({m_edit, m_regenerate, m_copyId, m_export});
        menu.addSeparator();
        menu.addAction(m_delete);
        menu.addSeparator();
        menu.addAction(m_new);
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ClientsPage::onCurrentChanged);

    // Keep the details and the count current, whatever changed the rows.
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &tl, const QModelIndex &br) {
                const int row = m_model->rowOf(m_currentId);
                if (row >= tl.row() && row <= br.row())
                    m_details->setClient(m_model->clientAt(row));
                updateActions();
            });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, [this] { updateCount(); });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        updateCount();
        onCurrentChanged();
    });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, [this] { updateCount(); });
    connect(m_proxy, &ClientFilterProxyModel::filterChanged, this, [this] {
        updateCount();
        // Keep something selected while searching, so the details and Enter follow the result.
        if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_view->setCurrentIndex(m_proxy->index(0, 0));
    });

    // The controller.
    connect(m_controller, &ClientsController::loadingChanged, this, [this] { updateState(); });
    connect(m_controller, &ClientsController::loaded, this, &ClientsPage::onLoaded);
    connect(m_controller, &ClientsController::loadFailed, this, [this](const ApiError &e) {
        m_message->setAction(tr("Retry"));
        m_message->showError(e, tr("The clients could not be loaded."));
        updateState();
        Q_EMIT loadFailed(e);
    });
    connect(m_message, &MessageBar::actionTriggered, this, [this] {
        m_message->hide();
        reload();
    });

    // The details pane's own links.
    connect(m_details, &ClientDetailsView::copyIdRequested, this, &ClientsPage::copyId);
    connect(m_details, &ClientDetailsView::exportRequested, this, &ClientsPage::exportConfiguration);

    // Layout.
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_grantFilter);
    filters->addWidget(m_stateFilter);
    filters->addSpacing(fontMetrics().averageCharWidth());
    filters->addWidget(m_count);

    m_splitter->setObjectName(u"clientsSplitter"_s);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    m_content->setObjectName(u"clientsPageContent"_s);
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(filters);
    contentLayout->addWidget(m_splitter, 1);

    // Not signed in: say so, and offer the way in.
    m_signedOutPanel->setText(tr("Sign in to a Genesys Cloud org to see and manage its OAuth clients. "
                                 "To try the app without an account, start it with --demo."));
    connect(m_signedOutPanel, &SignedOutPanel::signInRequested, this, &PageWidget::signInRequested);
    m_loadingLabel->setObjectName(u"loadingLabel"_s);
    m_loadingLabel->setText(tr("Loading clients…"));
    m_loadingLabel->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(m_content);
    m_stack->addWidget(m_signedOutPanel);
    m_stack->addWidget(m_loadingLabel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_stack, 1);

    buildActions();
    restoreLayout();
    updateState();
}

ClientsPage::~ClientsPage() = default;

void ClientsPage::buildActions()
{
    auto make = [this](const QString &icon, const QString &themeIcon, const QString &text,
                       const QString &name, const QKeySequence &key) {
        auto *a = new QAction(Theme::icon(icon, themeIcon), text, this);
        a->setObjectName(name);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WindowShortcut);
        addAction(a); // so the shortcut works while the page is shown, toolbar or not
        return a;
    };
    m_new = make(u"add"_s, u"list-add"_s, tr("&New Client…"), u"newClientAction"_s, QKeySequence::New);
    m_edit = make(u"edit"_s, u"document-edit"_s, tr("&Edit…"), u"editClientAction"_s,
                  QKeySequence(Qt::CTRL | Qt::Key_E));
    m_delete =
        make(u"delete"_s, u"edit-delete"_s, tr("&Delete…"), u"deleteClientAction"_s, QKeySequence::Delete);
    m_regenerate = make(u"key"_s, QString(), tr("&Regenerate Secret…"), u"regenerateSecretAction"_s,
                        QKeySequence(Qt::CTRL | Qt::Key_R));
    m_copyId = make(u"copy"_s, u"edit-copy"_s, tr("&Copy Client ID"), u"copyIdAction"_s,
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_export = make(u"export"_s, u"document-export"_s, tr("E&xport Configuration…"), u"exportAction"_s,
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_new->setToolTip(
        tr("Create an OAuth client (%1)").arg(m_new->shortcut().toString(QKeySequence::NativeText)));
    m_copyId->setIconText(tr("Copy ID"));
    m_export->setIconText(tr("Export"));
    m_regenerate->setIconText(tr("Regenerate Secret"));

    connect(m_new, &QAction::triggered, this, [this] { openCreateDialog(); });
    connect(m_edit, &QAction::triggered, this, [this] { openEditDialog(); });
    connect(m_delete, &QAction::triggered, this, [this] { openDeleteDialog(); });
    connect(m_regenerate, &QAction::triggered, this, [this] { openRegenerateDialog(); });
    connect(m_copyId, &QAction::triggered, this, &ClientsPage::copyId);
    connect(m_export, &QAction::triggered, this, &ClientsPage::exportConfiguration);
    updateActions();
}

QList<QAction *> ClientsPage::toolBarActions() const
{
    return {m_new, m_edit, m_delete, nullptr, m_regenerate, m_copyId, m_export};
}

void ClientsPage::setCurrent(bool current)
{
    m_current = current;
    updateActions();
}

void ClientsPage::setSessionContext(SessionContext *context)
{
    for (const auto &c : std::as_const(m_sessionConnections))
        disconnect(c);
    m_sessionConnections.clear();
    m_context = context;
    Session *session = context ? context->session() : nullptr;
    m_details->setSessionContext(context);
    resetPermissions();
    m_message->hide();
    m_currentId.clear();
    m_waitingForFirstPaint = false;
    if (session) {
        m_sessionConnections << connect(session, &Session::signedIn, this, [this] {
            resetPermissions();
            m_message->hide();
            updateState();
        });
        m_sessionConnections << connect(session, &Session::signedOut, this, [this] {
            resetPermissions();
            updateState();
        });
        m_sessionConnections << connect(session->api(), &ApiClient::callFailed, this,
                                        &ClientsPage::onCallFailed);
    }
    m_controller->setSession(session);
    updateState();
}

void ClientsPage::reload()
{
    if (!m_context || !m_context->session() || !m_context->session()->isSignedIn())
        return;
    m_message->hide();
    m_controller->reload();
    // The shared caches too: roles, divisions and scopes may have changed as well.
    m_context->directory()->reload();
    m_context->scopes()->reload();
}

void ClientsPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ClientsPage::updateState()
{
    const bool signedIn = m_context && m_context->session() && m_context->session()->isSignedIn();
    if (!signedIn)
        m_stack->setCurrentWidget(m_signedOutPanel);
    else if (!m_controller->hasLoaded() && m_controller->isLoading())
        m_stack->setCurrentWidget(m_loadingLabel);
    else
        m_stack->setCurrentWidget(m_content);
    updateCount();
    updateActions();
}

QString ClientsPage::statusText() const
{
    // The count is next to the search field; the status bar only says when the list is loading.
    if (!m_context || !m_context->session() || !m_context->session()->isSignedIn())
        return {};
    return m_controller->isLoading() ? tr("Loading clients…") : QString();
}

void ClientsPage::updateCount()
{
    const QString text = statusText();
    m_count->setText(m_controller->hasLoaded() ? m_proxy->countText() : QString());
    Q_EMIT statusTextChanged(text);
}

void ClientsPage::applyFilter()
{
    m_proxy->setFilterText(m_search->text());
}

void ClientsPage::onLoaded(int count, qint64 elapsedMs)
{
    Q_UNUSED(elapsedMs)
    Q_UNUSED(count)
    updateState();
    if (!m_currentId.isEmpty() && m_model->rowOf(m_currentId) >= 0)
        selectClient(m_currentId);
    else if (m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    m_waitingForFirstPaint = true;
    m_view->viewport()->update();
}

std::optional<OAuthClient> ClientsPage::currentClient() const
{
    if (m_currentId.isEmpty())
        return std::nullopt;
    return m_model->client(m_currentId);
}

void ClientsPage::onCurrentChanged()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid()) {
        m_currentId = current.data(ClientListModel::IdRole).toString();
        m_details->setClient(m_model->client(m_currentId));
    } else {
        m_currentId.clear();
        m_details->setClient(std::nullopt);
    }
    updateActions();
}

bool ClientsPage::selectClient(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    return m_searchNavigation->showRow(m_proxy, m_model->index(row, 0), [this] {
        m_grantFilter->setCurrentIndex(0);
        m_stateFilter->setCurrentIndex(0);
    });
}

void ClientsPage::updateActions()
{
    const bool signedIn = m_context && m_context->session() && m_context->session()->isSignedIn();
    const std::optional<OAuthClient> client = currentClient();
    const bool has = client.has_value();
    const bool usable = m_current && signedIn;
    auto set = [this](QAction *a, bool enabled, const QString &tip) {
        const auto denied = m_denied.constFind(a);
        if (denied != m_denied.cend()) {
            a->setEnabled(false);
            a->setToolTip(denied->isEmpty()
                              ? tr("Not permitted for the signed-in account.")
                              : tr("Not permitted: the signed-in account lacks %1.").arg(*denied));
            return;
        }
        a->setEnabled(enabled);
        QString text = a->text();
        text.remove(u'&');
        text.remove(u'…');
        if (!a->shortcut().isEmpty())
            text += u" (%1)"_s.arg(a->shortcut().toString(QKeySequence::NativeText));
        a->setToolTip(tip.isEmpty() ? text : tip);
    };
    set(m_new, usable, QString());
    set(m_edit, usable && has, QString());
    set(m_delete, usable && has && client->clientState() != ClientState::Deleted, QString());
    const bool hasSecret = has && client->grant() != GrantType::Token;
    set(m_regenerate, usable && hasSecret,
        has && !hasSecret ? tr("Implicit-grant (TOKEN) clients have no secret.") : QString());
    set(m_copyId, m_current && has, QString());
    set(m_export, m_current && has, QString());
}

void ClientsPage::resetPermissions()
{
    m_denied.clear();
    updateActions();
}

void ClientsPage::onCallFailed(const ApiError &e)
{
    if (!e.isHttp(403))
        return;
    const QString path = e.url;
    const QString clientsPath = u"/api/v2/oauth/clients"_s;
    QAction *action = nullptr;
    QString fallback;
    if (e.method == "POST"_L1 && path.endsWith("/secret"_L1)) {
        action = m_regenerate;
        fallback = u"oauth:client:edit"_s;
    } else if (e.method == "POST"_L1 && path == clientsPath) {
        action = m_new;
        fallback = u"oauth:client:add"_s;
    } else if (e.method == "PUT"_L1 && path.startsWith(clientsPath + u'/')) {
        action = m_edit;
        fallback = u"oauth:client:edit"_s;
    } else if (e.method == "DELETE"_L1 && path.startsWith(clientsPath + u'/')) {
        action = m_delete;
        fallback = u"oauth:client:delete"_s;
    }
    if (!action)
        return;
    QStringList perms = e.missingPermissions();
    if (perms.isEmpty())
        perms << fallback;
    m_denied.insert(action, perms.join(u", "_s));
    QString what = action->text();
    what.remove(u'&');
    what.remove(u'…');
    m_message->setAction(QString());
    m_message->showMessage(
        Theme::Tone::Warning,
        tr("“%1” is not permitted: the signed-in account lacks %2. The action is disabled until "
           "you sign in with an account that has it.")
            .arg(what, perms.join(u", "_s)));
    updateActions();
}

void ClientsPage::showError(const ApiError &error, const QString &what)
{
    m_message->setAction(QString());
    m_message->showError(error, what);
}

QString ClientsPage::organizationName() const
{
    return m_context ? m_context->organizationName() : QString();
}

QWidget *ClientsPage::openCreateDialog()
{
    if (!m_context || !m_new->isEnabled())
        return nullptr;
    auto *dlg = new ClientEditDialog(m_context, std::nullopt, window());
    connect(dlg, &ClientEditDialog::created, this, &ClientsPage::showSecretAfterCreate);
    dlg->open();
    return dlg;
}

QWidget *ClientsPage::openEditDialog()
{
    const std::optional<OAuthClient> client = currentClient();
    if (!m_context || !client || !m_edit->isEnabled())
        return nullptr;
    auto *dlg = new ClientEditDialog(m_context, client, window());
    connect(dlg, &ClientEditDialog::saved, this, [this](const OAuthClient &c) { selectClient(c.id); });
    dlg->open();
    return dlg;
}

QWidget *ClientsPage::openDeleteDialog()
{
    const std::optional<OAuthClient> client = currentClient();
    if (!m_context || !client || !m_delete->isEnabled())
        return nullptr;
    auto *dlg = new DeleteClientDialog(m_context, *client, window());
    connect(dlg, &DeleteClientDialog::exportRequested, this,
            [dlg] { exportClientConfiguration(dlg->client(), dlg); });
    dlg->open();
    return dlg;
}

QWidget *ClientsPage::openRegenerateDialog()
{
    const std::optional<OAuthClient> client = currentClient();
    if (!m_context || !client || !m_regenerate->isEnabled())
        return nullptr;
    auto *dlg = new RegenerateSecretDialog(m_context, *client, window());
    dlg->open();
    return dlg;
}

void ClientsPage::showSecretAfterCreate(const ClientWithSecret &result)
{
    selectClient(result.client.id);
    auto *dlg = new SecretDialog(result, organizationName(), window());
    connect(dlg, &SecretDialog::regenerateRequested, this, [this, id = result.client.id] {
        if (selectClient(id))
            openRegenerateDialog();
    });
    dlg->open();
}

void ClientsPage::copyId()
{
    const std::optional<OAuthClient> client = currentClient();
    if (!client)
        return;
    SecureClipboard::instance()->copyText(client->id);
}

void ClientsPage::exportConfiguration()
{
    if (const std::optional<OAuthClient> client = currentClient())
        exportClientConfiguration(*client, this);
}

void ClientsPage::saveLayout() const
{
    pagelayout::save(u"clients"_s, m_splitter, m_view->horizontalHeader());
}

void ClientsPage::restoreLayout()
{
    pagelayout::restore(u"clients"_s, m_splitter, {130, 66}, m_view->horizontalHeader());
}

bool ClientsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers() == Qt::NoModifier) {
            if (m_edit->isEnabled())
                m_edit->trigger();
            return true;
        }
    } else if (watched == m_view->viewport() && event->type() == QEvent::Paint && m_waitingForFirstPaint) {
        // Report after this paint has been done.
        m_waitingForFirstPaint = false;
        QTimer::singleShot(0, this, [this] { Q_EMIT firstPaintAfterLoad(m_model->rowCount()); });
    }
    return PageWidget::eventFilter(watched, event);
}

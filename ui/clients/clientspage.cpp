// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/clientspage.h"

#include "app/controllers/clientscontroller.h"
#include "app/controllers/directorycache.h"
#include "app/controllers/scopecatalog.h"
#include "app/controllers/sessioncontext.h"
#include "app/net/apiclient.h"
#include "app/services/session.h"
#include "app/services/signedinclient.h"
#include "models/domain/clientlabels.h"
#include "models/itemmodels/clientfilterproxymodel.h"
#include "models/itemmodels/clientlistmodel.h"
#include "ui/bulk/bulkactions.h"
#include "ui/bulk/bulkconfirmdialog.h"
#include "ui/bulk/bulkselectionpane.h"
#include "ui/clients/clientdetailsview.h"
#include "ui/clients/clienteditdialog.h"
#include "ui/clients/clientexport.h"
#include "ui/clients/clienttemplateactions.h"
#include "ui/clients/clientusageui.h"
#include "ui/clients/deleteclientdialog.h"
#include "ui/clients/regeneratesecretdialog.h"
#include "ui/clients/signedinclientdelegate.h"
#include "ui/rotation/clientsrotationui.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/searchabletable.h"
#include "ui/widgets/secretdialog.h"
#include "ui/widgets/secureclipboard.h"
#include "ui/widgets/shortcuts.h"
#include "ui/widgets/signedoutpanel.h"
#include "ui/widgets/theme.h"

#include <QComboBox>
#include <QEvent>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

ClientsPage::ClientsPage(QWidget *parent)
    : ListPage(
          [] {
              // The first page kept the names it had before the others.
              Names names = Names::of(u"clients"_s, {130, 66});
              names.signedOut = u"signedOutPanel"_s;
              names.signInButton = u"signInButton"_s;
              names.loading = u"loadingLabel"_s;
              return names;
          }(),
          parent)
    , m_model(new ClientListModel(this))
    , m_proxy(new ClientFilterProxyModel(this))
    , m_controller(new ClientsController(m_model, this))
    , m_list(new SearchableTable({u"searchField"_s, u"clientTable"_s, u"countLabel"_s}, this))
    , m_grantFilter(new QComboBox(this))
    , m_stateFilter(new QComboBox(this))
    , m_details(new ClientDetailsView(this))
    , m_usage(new ClientUsageUi(m_model, m_proxy, this))
{
    m_proxy->setSourceModel(m_model);
    m_list->setProxy(m_proxy);

    // Search and filters.
    m_list->search()->setPlaceholderText(tr("Search by name, id, description, grant type or state (Ctrl+F)"));
    m_list->search()->setAccessibleName(tr("Search clients"));
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
    m_list->addFilter(m_grantFilter);
    m_list->addFilter(m_stateFilter);
    m_list->addFilter(m_usage->filter());
    connect(m_usage, &ClientUsageUi::failed, this, [this](const ApiError &e) {
        messageBar()->setAction(QString());
        messageBar()->showError(e, tr("The usage could not be fetched."));
    });

    // The table.
    QTableView *table = m_list->view();
    table->setAccessibleName(tr("Clients"));
    table->sortByColumn(ClientListModel::NameColumn, Qt::AscendingOrder);
    buildColumns();
    // The client this session is signed in with: marked beside its name (the name itself, and so
    // sorting and search, stay as they are).
    table->setItemDelegateForColumn(ClientListModel::NameColumn,
                                    new SignedInClientDelegate(
                                        [this](const QModelIndex &i) {
                                            const Session *s = context() ? context()->session() : nullptr;
                                            return s && isSignedInWith(
                                                            s, i.data(ClientListModel::IdRole).toString());
                                        },
                                        table));
    table->viewport()->installEventFilter(this);
    connect(m_list, &SearchableTable::activated, this, [this] {
        if (m_edit->isEnabled())
            m_edit->trigger();
    });
    connect(m_list, &SearchableTable::currentChanged, this, &ClientsPage::onCurrentChanged);

    // Keep the details and the count current, whatever changed the rows.
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &tl, const QModelIndex &br) {
                const int row = m_model->rowOf(m_currentId);
                if (row >= tl.row() && row <= br.row())
                    m_details->setClient(m_model->clientAt(row));
                onSelectionChanged(); // the selection's states too
            });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ClientsPage::onCurrentChanged);
    // A removed row (deleted here or elsewhere) takes its selection along, and the view makes the
    // next row current without selecting it: the details would show a client no row marks. Mark it.
    connect(table->model(), &QAbstractItemModel::rowsRemoved, this, [this] {
        QTableView *view = m_list->view();
        const QModelIndex current = view->currentIndex();
        if (!current.isValid() || view->selectionModel()->hasSelection())
            return;
        view->selectionModel()->select(current,
                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        view->scrollTo(current);
    });

    // The controller.
    connect(m_controller, &ClientsController::loadingChanged, this, [this] { updateFrame(); });
    connect(m_controller, &ClientsController::loaded, this, &ClientsPage::onLoaded);
    connect(m_controller, &ClientsController::loadFailed, this, [this](const ApiError &e) {
        messageBar()->setAction(tr("Retry"));
        messageBar()->showError(e, tr("The clients could not be loaded."));
        updateFrame();
        Q_EMIT loadFailed(e);
    });

    // The details pane's own links.
    connect(m_details, &ClientDetailsView::copyIdRequested, this, &ClientsPage::copyId);
    connect(m_details, &ClientDetailsView::exportRequested, this, &ClientsPage::exportConfiguration);

    // Not signed in: say so, and offer the way in.
    signedOutPanel()->setText(tr("Sign in to a Genesys Cloud org to see and manage its OAuth clients."));
    // With --demo the panel offers Reopen Demo instead (SignInUi::setReopenSession()).
    signedOutPanel()->setHint(tr("To try the app without an account, start it with --demo."));
    setLoadingText(tr("Loading clients…"));

    m_rotation = new ClientsRotationUi(
        m_details, m_list->view(), [this] { return hasMultipleSelected() ? std::nullopt : currentClient(); },
        this);
    m_templates =
        new ClientTemplateActions([this] { return hasMultipleSelected() ? std::nullopt : currentClient(); },
                                  [this](const ClientTemplate &t) { return openCreateDialog(&t); }, this);
    // Extended selection (Shift/Ctrl-click, Shift+arrows, Ctrl+A) for the bulk actions (ui/bulk).
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_bulk = new BulkActions(this, [this] { return selectedClients(); });
    connect(m_bulk, &BulkActions::busyChanged, this, &ClientsPage::updateActions);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ClientsPage::onSelectionChanged);
    m_selectionPane = new BulkSelectionPane(m_rotation->detailsPane(), this);
    buildActions();
    m_list->setContextActions(
        {m_edit, m_templates->duplicateAction(), m_regenerate, m_rotation->rotateAction(), m_copyId, m_export,
         nullptr, m_bulk->deactivateAction(), m_bulk->activateAction(), m_delete, nullptr, m_new});
    setListAndDetails(m_list, m_selectionPane, m_usage->bar());
    updateFrame();
}

void ClientsPage::buildColumns()
{
    // Column widths from what they show (the widest of header and a typical value), so that dates
    // and labels fit in any font and at any scale.
    const QString date = QLocale().toString(QDate(2026, 12, 28), QLocale::ShortFormat);
    m_list->sizeColumns({QString(30, u'n'), ClientLabels::grantTypeLabel(u"CLIENT-CREDENTIALS"_s),
                         ClientLabels::stateLabel(u"inactive"_s), ClientLabels::formatLifetime(5400), date,
                         date, date, QLocale().toString(1234567), u"00000000-0000-0000-0000-000000000000"_s},
                        true);
    m_list->addColumnMenu(ClientListModel::NameColumn);
}

void ClientsPage::buildActions()
{
    auto make = [this](const QString &icon, const QString &themeIcon, const QString &text,
                       const QString &name, const QKeySequence &key) {
        QAction *a = addPageAction(icon, themeIcon, name, key);
        a->setText(text);
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
                    Shortcuts::exportConfiguration());
    m_new->setToolTip(
        tr("Create an OAuth client (%1)").arg(m_new->shortcut().toString(QKeySequence::NativeText)));
    // Short toolbar texts (no "…"): at 1024 pixels the German toolbar pushed Sign Out off the end.
    m_new->setIconText(tr("New Client"));
    m_edit->setIconText(tr("Edit"));
    m_delete->setIconText(tr("Delete"));
    m_copyId->setIconText(tr("Copy ID"));
    m_export->setIconText(tr("Export"));
    m_regenerate->setIconText(tr("Regenerate Secret"));

    connect(m_new, &QAction::triggered, this, [this] { openCreateDialog(); });
    connect(m_edit, &QAction::triggered, this, [this] { openEditDialog(); });
    connect(m_delete, &QAction::triggered, this, [this] { openDeleteDialog(); });
    connect(m_regenerate, &QAction::triggered, this, [this] { openRegenerateDialog(); });
    connect(m_copyId, &QAction::triggered, this, &ClientsPage::copyId);
    connect(m_export, &QAction::triggered, this, &ClientsPage::exportConfiguration);
    // The bulk actions are in the context menu and the Client menu (ui/shell/pages.cpp), not in the
    // toolbar: at 1024 pixels it has no room left for them.
    setToolBarActions({m_new, m_edit, m_delete, nullptr, m_regenerate, m_copyId, m_export});
    updateActions();
}

void ClientsPage::setSessionContext(SessionContext *context)
{
    setSession(context);
    Session *session = context ? context->session() : nullptr;
    m_details->setSessionContext(context);
    m_rotation->setSessionContext(context);
    m_usage->setSession(session);
    m_bulk->setSessionContext(context);
    resetPermissions();
    m_currentId.clear();
    m_waitingForFirstPaint = false;
    if (session) {
        connectToSession(session, &Session::signedIn, [this] {
            resetPermissions();
            messageBar()->hide();
            updateFrame();
        });
        connectToSession(session, &Session::signedOut, [this] {
            resetPermissions();
            updateFrame();
        });
        connectToSession(session->api(), &ApiClient::callFailed,
                         [this](const ApiError &e) { onCallFailed(e); });
    }
    m_controller->setSession(session);
    updateFrame();
}

void ClientsPage::reload()
{
    if (!signedIn())
        return;
    messageBar()->hide();
    m_controller->reload();
    // The shared caches too: roles, divisions and scopes may have changed as well.
    context()->directory()->reload();
    context()->scopes()->reload();
}

ListPage::LoadState ClientsPage::loadState() const
{
    return {m_controller->hasLoaded(), m_controller->isLoading()};
}

void ClientsPage::onLoaded()
{
    updateFrame();
    // Who created and changed the clients, where the API names only an id: one lookup for the list.
    QStringList users;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const OAuthClient &c = m_model->clientAt(row);
        for (const EntityRef *by : {&c.createdBy, &c.modifiedBy}) {
            if (by->name.isEmpty() && !by->id.isEmpty() && !users.contains(by->id))
                users << by->id;
        }
    }
    m_details->lookUpUsers(users);
    if (!m_currentId.isEmpty() && m_model->rowOf(m_currentId) >= 0)
        selectClient(m_currentId);
    else if (m_proxy->rowCount() > 0)
        m_list->view()->setCurrentIndex(m_proxy->index(0, 0));
    m_waitingForFirstPaint = true;
    m_list->view()->viewport()->update();
}

std::optional<OAuthClient> ClientsPage::currentClient() const
{
    if (m_currentId.isEmpty())
        return std::nullopt;
    return m_model->client(m_currentId);
}

void ClientsPage::onCurrentChanged()
{
    const QModelIndex current = m_list->view()->currentIndex();
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
    if (!m_list->showRow(m_model->index(row, 0), [this] {
            m_grantFilter->setCurrentIndex(0);
            m_stateFilter->setCurrentIndex(0);
            m_usage->filter()->setCurrentIndex(0);
        }))
        return false;
    // Only that row, whatever modifier key is held (extended selection reads it).
    m_list->view()->selectionModel()->select(m_list->view()->currentIndex(),
                                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

QList<OAuthClient> ClientsPage::selectedClients() const
{
    QList<OAuthClient> clients;
    const QItemSelectionModel *selection = m_list->view()->selectionModel();
    if (!selection)
        return clients;
    QModelIndexList rows = selection->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &i : std::as_const(rows)) {
        if (std::optional<OAuthClient> c = m_model->client(i.data(ClientListModel::IdRole).toString()))
            clients << *c;
    }
    return clients;
}

bool ClientsPage::hasMultipleSelected() const
{
    const QItemSelectionModel *selection = m_list->view()->selectionModel();
    return selection && selection->selectedRows().size() > 1;
}

void ClientsPage::onSelectionChanged()
{
    m_selectionPane->setSelection(hasMultipleSelected() ? selectedClients() : QList<OAuthClient>());
    updateActions();
}

void ClientsPage::updateActions()
{
    const bool multi = m_bulk && hasMultipleSelected();
    // With several clients selected, the actions on one client are off; Delete and Export act on all.
    const std::optional<OAuthClient> client = multi ? std::nullopt : currentClient();
    const bool has = client.has_value();
    const bool usable = isCurrent() && signedIn();
    if (m_bulk)
        m_bulk->update(usable);
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
        if (tip.isEmpty())
            setShortcutToolTip(a);
        else
            a->setToolTip(tip);
    };
    set(m_new, usable, QString());
    set(m_edit, usable && has, QString());
    set(m_delete,
        multi ? m_bulk->deleteAction()->isEnabled()
              : usable && has && client->clientState() != ClientState::Deleted,
        QString());
    const bool hasSecret = has && client->grant() != GrantType::Token;
    set(m_regenerate, usable && hasSecret,
        has && !hasSecret ? tr("Implicit-grant (TOKEN) clients have no secret.") : QString());
    if (m_rotation) // not yet while buildActions() runs from the constructor
        m_rotation->setUsable(usable);
    set(m_copyId, isCurrent() && has, QString());
    set(m_export, isCurrent() && (has || (multi && m_bulk->exportAction()->isEnabled())), QString());
    if (m_templates) // not yet while buildActions() runs from the constructor
        m_templates->update(m_new->isEnabled(), has && !multi);
    m_usage->setEnabled(usable);
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
    messageBar()->setAction(QString());
    messageBar()->showMessage(
        Theme::Tone::Warning,
        tr("“%1” is not permitted: the signed-in account lacks %2. The action is disabled until "
           "you sign in with an account that has it.")
            .arg(what, perms.join(u", "_s)));
    updateActions();
}

void ClientsPage::showError(const ApiError &error, const QString &what)
{
    messageBar()->setAction(QString());
    messageBar()->showError(error, what);
}

QWidget *ClientsPage::openCreateDialog(const ClientTemplate *source)
{
    if (!context() || !m_new->isEnabled())
        return nullptr;
    auto *dlg = new ClientEditDialog(context(), std::nullopt, window());
    dlg->setExistingClients(clientNames());
    if (source)
        dlg->prefill(*source);
    connect(dlg, &ClientEditDialog::created, this, &ClientsPage::showSecretAfterCreate);
    dlg->open();
    return dlg;
}

QHash<QString, QString> ClientsPage::clientNames() const
{
    QHash<QString, QString> out;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const OAuthClient &c = m_model->clientAt(row);
        out.insert(c.id, c.name);
    }
    return out;
}

QList<QAction *> ClientsPage::menuActions() const
{
    // The bulk actions are here, not in the toolbar: at 1024 px it has no room for them.
    return toolBarActions() + QList<QAction *>{nullptr,
                                               m_rotation->rotateAction(),
                                               m_rotation->rotationsAction(),
                                               nullptr,
                                               m_templates->duplicateAction(),
                                               m_templates->importAction(),
                                               nullptr,
                                               m_usage->fetchAction(),
                                               nullptr,
                                               m_bulk->deactivateAction(),
                                               m_bulk->activateAction()};
}

QWidget *ClientsPage::openEditDialog()
{
    const std::optional<OAuthClient> client = currentClient();
    if (!context() || !client || !m_edit->isEnabled())
        return nullptr;
    auto *dlg = new ClientEditDialog(context(), client, window());
    dlg->setExistingClients(clientNames());
    connect(dlg, &ClientEditDialog::saved, this, [this](const OAuthClient &c) { selectClient(c.id); });
    dlg->open();
    return dlg;
}

QWidget *ClientsPage::openDeleteDialog()
{
    if (hasMultipleSelected())
        return m_delete->isEnabled() ? m_bulk->confirm(BulkQueue::Action::Delete) : nullptr;
    const std::optional<OAuthClient> client = currentClient();
    if (!context() || !client || !m_delete->isEnabled())
        return nullptr;
    auto *dlg = new DeleteClientDialog(context(), *client, window());
    connect(dlg, &DeleteClientDialog::exportRequested, this,
            [dlg] { exportClientConfiguration(dlg->client(), dlg); });
    connect(dlg, &DeleteClientDialog::deleted, this, [this](const QString &id) {
        if (context() && isSignedInWith(context()->session(), id))
            Q_EMIT signedInClientDeleted();
    });
    connect(dlg, &DeleteClientDialog::deactivated, this, [this](const OAuthClient &c) {
        messageBar()->setAction(QString());
        messageBar()->showMessage(
            Theme::Tone::Info, tr("“%1” is inactive: it gets no new tokens, and it can be set active again "
                                  "until the platform deletes it.")
                                   .arg(c.name));
    });
    dlg->open();
    return dlg;
}

QWidget *ClientsPage::openRegenerateDialog()
{
    const std::optional<OAuthClient> client = currentClient();
    if (!context() || !client || !m_regenerate->isEnabled())
        return nullptr;
    auto *dlg = new RegenerateSecretDialog(context(), *client, window());
    dlg->open();
    return dlg;
}

void ClientsPage::showSecretAfterCreate(const ClientWithSecret &result)
{
    selectClient(result.client.id);
    auto *dlg = new SecretDialog(result, context() ? context()->organizationName() : QString(), window());
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
    if (hasMultipleSelected()) {
        m_bulk->exportSelection();
        return;
    }
    if (const std::optional<OAuthClient> client = currentClient())
        exportClientConfiguration(*client, this);
}

bool ClientsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list->view()->viewport() && event->type() == QEvent::Paint && m_waitingForFirstPaint) {
        // Report after this paint has been done.
        m_waitingForFirstPaint = false;
        QTimer::singleShot(0, this, [this] { Q_EMIT firstPaintAfterLoad(m_model->rowCount()); });
    }
    return ListPage::eventFilter(watched, event);
}

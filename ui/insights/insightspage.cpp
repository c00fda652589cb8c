// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/insights/insightspage.h"

#include "app/controllers/insightscontroller.h"
#include "app/controllers/sessioncontext.h"
#include "app/services/session.h"
#include "app/services/signedinclient.h"
#include "models/itemmodels/insightsmodels.h"
#include "models/json/insightsexport.h"
#include "ui/bulk/bulkactions.h"
#include "ui/clients/clientexport.h"
#include "ui/clients/signedinclientdelegate.h"
#include "ui/insights/configurationcheckstab.h"
#include "ui/insights/insightsstatedialog.h"
#include "ui/insights/insightssweepbar.h"
#include "ui/insights/unusedclientstab.h"
#include "ui/widgets/lastfolder.h"
#include "ui/widgets/liststate.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/searchabletable.h"
#include "ui/widgets/shortcuts.h"
#include "ui/widgets/signedoutpanel.h"
#include "ui/widgets/statusmessage.h"
#include "ui/widgets/theme.h"

#include <QDir>
#include <QFileDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QSaveFile>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
// Writes `bytes` to `path` atomically; false with `error` set when it fails.
bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}
} // namespace

InsightsPage::InsightsPage(QWidget *parent)
    : ListPage(
          [] {
              // No loading line (the sweep bar shows the progress) and no splitter.
              Names names = Names::of(u"insights"_s);
              names.layoutKey.clear();
              names.loading.clear();
              return names;
          }(),
          parent)
    , m_controller(new InsightsController(this))
    , m_intro(new QLabel(this))
    , m_sweepBar(new InsightsSweepBar(this))
    , m_tabs(new QTabWidget(this))
    , m_unused(new UnusedClientsTab(m_controller, this))
    , m_checks(new ConfigurationChecksTab(m_controller, this))
{
    buildActions(); // first: the widgets' signals below update the actions
    messageBar()->setObjectName(u"insightsMessage"_s);
    m_intro->setObjectName(u"insightsIntro"_s);
    m_intro->setWordWrap(true);

    connect(m_sweepBar, &InsightsSweepBar::windowDaysChanged, this, [this] {
        if (signedIn())
            run(false);
    });
    connect(m_sweepBar, &InsightsSweepBar::refreshRequested, this, &InsightsPage::reload);
    connect(m_sweepBar, &InsightsSweepBar::cancelRequested, m_controller, &InsightsController::cancel);
    for (InsightsListTab *t :
         {static_cast<InsightsListTab *>(m_unused), static_cast<InsightsListTab *>(m_checks)}) {
        t->setActions(m_actions);
        connect(t->list(), &SearchableTable::currentChanged, this, &InsightsPage::updateActions);
        connect(t->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &InsightsPage::updateActions);
        connect(t->list(), &SearchableTable::rowsChanged, this, [this] {
            updateCount();
            updateActions();
        });
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, &InsightsPage::updateActions);

    // The controller (the tabs follow it for their lists).
    connect(m_controller, &InsightsController::stateChanged, this, &InsightsPage::onStateChanged);
    connect(m_controller, &InsightsController::progress, m_sweepBar, &InsightsSweepBar::setProgressText);
    for (auto signal : {&InsightsController::activityChanged, &InsightsController::checksChanged}) {
        connect(m_controller, signal, this, [this] {
            updateCount();
            updateState();
        });
    }
    connect(m_controller, &InsightsController::clientUpdated, this, [this] {
        updateCount();
        updateActions();
    });
    connect(m_controller, &InsightsController::clientGone, this, &InsightsPage::updateCount);

    m_tabs->setObjectName(u"insightsTabs"_s);
    m_tabs->tabBar()->setAccessibleName(tr("Insights views"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_unused, QString());
    m_tabs->addTab(m_checks, QString());
    contentLayout()->addWidget(m_intro);
    contentLayout()->addWidget(m_sweepBar);
    contentLayout()->addWidget(m_tabs, 1);

    // The client this session is signed in with, marked in both lists.
    const auto isSelf = [this](const QModelIndex &i, int idRole) {
        const Session *s = m_controller->session();
        return s && isSignedInWith(s, i.data(idRole).toString());
    };
    activityView()->setItemDelegateForColumn(
        ClientActivityModel::NameColumn,
        new SignedInClientDelegate(
            [isSelf](const QModelIndex &i) { return isSelf(i, ClientActivityModel::ClientIdRole); },
            activityView()));
    findingsView()->setItemDelegateForColumn(
        CheckFindingsModel::NameColumn,
        new SignedInClientDelegate(
            [isSelf](const QModelIndex &i) { return isSelf(i, CheckFindingsModel::ClientIdRole); },
            findingsView()));

    retranslate();
    // Each tab's columns, sort order and filter are kept across restarts (once the filters have
    // their items).
    new ListState(m_unused->list(), u"insightsUnused"_s);
    new ListState(m_checks->list(), u"insightsChecks"_s);
}

void InsightsPage::buildActions()
{
    m_cancel =
        addPageAction(u"close"_s, u"process-stop"_s, u"cancelInsightsAction"_s, QKeySequence(Qt::Key_Escape));
    m_actions.deactivate = addPageAction(u"deactivate"_s, QString(), u"deactivateClientAction"_s,
                                         QKeySequence(Qt::CTRL | Qt::Key_D));
    m_actions.exportCsv = addPageAction(u"export"_s, u"document-export"_s, u"exportInsightsCsvAction"_s,
                                        Shortcuts::exportCsv());
    m_actions.exportConfiguration =
        addPageAction(u"export"_s, u"document-export"_s, u"exportInsightsConfigurationAction"_s,
                      Shortcuts::exportConfiguration()); // as on the Clients page
    m_actions.showClient = addPageAction(u"clients"_s, QString(), u"insightsShowClientAction"_s,
                                         QKeySequence(Qt::CTRL | Qt::Key_Return));

    connect(m_cancel, &QAction::triggered, m_controller, &InsightsController::cancel);
    connect(m_actions.deactivate, &QAction::triggered, this, &InsightsPage::openStateDialog);
    connect(m_actions.exportConfiguration, &QAction::triggered, this, &InsightsPage::exportConfiguration);
    m_bulk = new BulkActions(this, [this] { return selectedClients(); });
    m_bulk->setUsage(m_controller);
    // Delete acts on the selection here (the page has no single Delete).
    m_bulk->deleteAction()->setShortcut(QKeySequence::Delete);
    m_bulk->deleteAction()->setShortcutContext(Qt::WindowShortcut);
    connect(m_bulk, &BulkActions::busyChanged, this, &InsightsPage::updateActions);
    m_actions.activateSelected = m_bulk->activateAction();
    m_actions.deleteSelected = m_bulk->deleteAction();
    connect(m_actions.showClient, &QAction::triggered, this, [this] {
        const QString id = currentClientId();
        if (!id.isEmpty())
            Q_EMIT showClientRequested(id);
    });
    connect(m_actions.exportCsv, &QAction::triggered, this, [this] {
        const Tab tab = currentTab();
        const QString name = tab == UnusedTab
                                 ? insightsexport::activityFileName(m_controller->activity().window)
                                 : insightsexport::findingsFileName(m_controller->checkContext().now);
        chooseFile(tab == UnusedTab ? tr("Export Unused Clients as CSV")
                                    : tr("Export Configuration Checks as CSV"),
                   name, [this, tab](const QString &path) {
                       QString error;
                       if (exportCsv(tab, path, &error)) {
                           messageBar()->showMessage(Theme::Tone::Success,
                                                     tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
                           StatusMessage::saved(this,
                                                tab == UnusedTab ? tr("the unused clients as CSV")
                                                                 : tr("the configuration checks as CSV"),
                                                path);
                       } else
                           messageBar()->showWarning(
                               tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), error));
                   });
    });
    setToolBarActions({m_actions.deactivate, m_bulk->activateAction(), m_bulk->deleteAction(),
                       m_actions.exportConfiguration, m_actions.showClient, nullptr, m_actions.exportCsv});
}

void InsightsPage::retranslate()
{
    m_intro->setText(tr("Which OAuth clients nobody uses any more, and which are configured riskily. The "
                        "usage comes from one org-wide query; the checks need no usage."));
    signedOutPanel()->setText(
        tr("Sign in to see which of the organization's OAuth clients are unused and which "
           "are configured riskily."));
    m_cancel->setText(tr("Cancel Sweep"));
    m_actions.exportCsv->setText(tr("E&xport List as CSV…"));
    m_actions.exportCsv->setIconText(tr("Export CSV"));
    m_actions.exportConfiguration->setText(tr("Export &Configuration…"));
    m_actions.exportConfiguration->setIconText(tr("Export Configuration"));
    m_actions.showClient->setText(tr("&Show in Clients"));
    m_actions.showClient->setIconText(tr("Show Client"));
    updateActions();
    updateCount();
    updateState();
}

void InsightsPage::setSessionContext(SessionContext *context)
{
    setSession(context);
    Session *session = context ? context->session() : nullptr;
    m_controller->setSession(session);
    m_bulk->setSessionContext(context);
    m_wanted = true;
    if (session) {
        connectToSession(session, &Session::signedIn, [this] {
            messageBar()->hide();
            m_wanted = true;
            updateState();
        });
        connectToSession(session, &Session::signedOut, [this] {
            messageBar()->hide();
            updateState();
        });
    }
    updateState();
}

void InsightsPage::setCurrent(bool current)
{
    ListPage::setCurrent(current);
    updateState();
}

void InsightsPage::reload()
{
    if (!signedIn())
        return;
    messageBar()->hide();
    run(true);
}

ClientActivityModel *InsightsPage::activityModel() const
{
    return m_unused->model();
}

ClientActivityFilterProxyModel *InsightsPage::activityProxy() const
{
    return m_unused->proxy();
}

CheckFindingsModel *InsightsPage::findingsModel() const
{
    return m_checks->model();
}

CheckFindingsFilterProxyModel *InsightsPage::findingsProxy() const
{
    return m_checks->proxy();
}

QTableView *InsightsPage::activityView() const
{
    return m_unused->view();
}

QTableView *InsightsPage::findingsView() const
{
    return m_checks->view();
}

int InsightsPage::windowDays() const
{
    return m_sweepBar->windowDays();
}

void InsightsPage::setWindowDays(int days)
{
    m_sweepBar->setWindowDays(days);
}

bool InsightsPage::isShowingResults() const
{
    return m_controller->state() == InsightsController::State::Ready && m_controller->hasActivity() &&
           m_unused->model()->rowCount() > 0;
}

InsightsPage::Tab InsightsPage::currentTab() const
{
    return m_tabs->currentIndex() == ChecksTab ? ChecksTab : UnusedTab;
}

InsightsListTab *InsightsPage::tab(Tab tab) const
{
    return tab == UnusedTab ? static_cast<InsightsListTab *>(m_unused) : m_checks;
}

SearchableTable *InsightsPage::currentList() const
{
    return tab(currentTab())->list();
}

void InsightsPage::run(bool refresh)
{
    m_wanted = false;
    if (refresh)
        m_controller->refresh(windowDays());
    else
        m_controller->run(windowDays());
}

void InsightsPage::updateState()
{
    updateFrame();
    // The first sweep waits until someone looks: it costs a usage query.
    if (signedIn() && isCurrent() && m_wanted && !m_controller->isRunning())
        run(false);
    const bool running = m_controller->isRunning();
    m_sweepBar->setRunning(running, signedIn());
    m_sweepBar->setCoverage(m_controller->hasActivity() && !running ? &m_controller->activity().window
                                                                    : nullptr,
                            m_controller->fromCache());
    m_checks->updateSkippedNote();
}

void InsightsPage::onStateChanged()
{
    using State = InsightsController::State;
    switch (m_controller->state()) {
    case State::Running:
        messageBar()->hide();
        m_sweepBar->setProgressText(m_controller->progressText());
        break;
    case State::Failed: {
        const ApiError &e = m_controller->lastError();
        messageBar()->setAction(e.kind == ApiError::Kind::Auth || e.isHttp(403) ? QString() : tr("Retry"));
        messageBar()->showError(
            e, m_controller->hasChecks()
                   ? tr("The usage could not be fetched; the configuration checks are complete.")
                   : tr("The insights could not be loaded."));
        break;
    }
    case State::Cancelled:
        messageBar()->setAction(tr("Run Again"));
        messageBar()->showInfo(tr("The sweep was cancelled; the lists show the last complete one, if any."));
        break;
    case State::Idle:
    case State::Ready:
        break;
    }
    updateState();
    updateActions();
}

void InsightsPage::updateCount()
{
    const bool haveActivity = m_unused->model()->hasReport();
    const int unused = haveActivity ? m_unused->model()->report().count(ActivityStatus::Unused) : 0;
    m_tabs->setTabText(UnusedTab,
                       haveActivity ? tr("Unused Clients (%1)").arg(unused) : tr("Unused Clients"));
    m_tabs->setTabText(ChecksTab, m_controller->hasChecks()
                                      ? tr("Configuration Checks (%1)").arg(m_checks->model()->rowCount())
                                      : tr("Configuration Checks"));
    m_unused->updateCount();
    m_checks->updateCount();
    Q_EMIT statusTextChanged(statusText());
}

QString InsightsPage::statusText() const
{
    if (!m_controller->hasActivity())
        return {};
    const ActivityReport &r = m_unused->model()->report();
    return tr("%1 unused clients in the last %2 days, %3 findings")
        .arg(r.count(ActivityStatus::Unused))
        .arg(r.window.days)
        .arg(m_checks->model()->rowCount());
}

QString InsightsPage::currentClientId() const
{
    return tab(currentTab())->currentClientId();
}

const ClientActivity *InsightsPage::currentActivity() const
{
    const QString id = currentClientId();
    if (id.isEmpty())
        return nullptr;
    return m_unused->model()->hasReport() ? m_unused->model()->report().find(id) : nullptr;
}

bool InsightsPage::hasMultipleSelected() const
{
    const QItemSelectionModel *selection = tab(currentTab())->view()->selectionModel();
    return selection && selection->selectedRows().size() > 1 &&
           tab(currentTab())->selectedClientIds().size() > 1;
}

QList<OAuthClient> InsightsPage::selectedClients() const
{
    QList<OAuthClient> clients;
    for (const QString &id : tab(currentTab())->selectedClientIds()) {
        if (std::optional<OAuthClient> c = m_controller->client(id))
            clients << *c;
    }
    return clients;
}

void InsightsPage::updateActions()
{
    if (!m_actions.deactivate || !m_bulk)
        return;
    const bool usable = isCurrent() && signedIn();
    m_bulk->update(usable);
    if (hasMultipleSelected()) {
        // Several clients: Deactivate and Export act on all of them; Show in Clients needs one.
        const int n = int(selectedClients().size());
        m_actions.deactivate->setEnabled(m_bulk->deactivateAction()->isEnabled());
        m_actions.deactivate->setText(tr("&Deactivate %n Selected…", nullptr, n));
        m_actions.deactivate->setIconText(tr("Deactivate"));
        m_actions.deactivate->setIcon(Theme::icon(u"deactivate"_s));
        m_actions.deactivate->setToolTip(
            tr("Set the selected clients inactive, after one confirmation (%1)")
                .arg(m_actions.deactivate->shortcut().toString(QKeySequence::NativeText)));
        m_actions.exportConfiguration->setEnabled(m_bulk->exportAction()->isEnabled());
        m_actions.showClient->setEnabled(false);
        m_actions.exportCsv->setEnabled(usable && tab(currentTab())->hasList());
        m_cancel->setEnabled(isCurrent() && m_controller->isRunning());
        m_unused->updateButtons(usable);
        m_checks->updateButtons(usable);
        return;
    }
    const QString id = currentClientId();
    const std::optional<OAuthClient> client = id.isEmpty() ? std::nullopt : m_controller->client(id);
    const bool inactive = client && client->clientState() == ClientState::Inactive;
    // Deactivating needs the traffic to show first; a restore does not.
    const bool canChange = usable && client && client->clientState() != ClientState::Deleted &&
                           (inactive || currentActivity() != nullptr);
    m_actions.deactivate->setEnabled(canChange);
    m_actions.deactivate->setText(inactive ? tr("&Restore…") : tr("&Deactivate…"));
    m_actions.deactivate->setIconText(inactive ? tr("Restore") : tr("Deactivate"));
    m_actions.deactivate->setIcon(inactive ? Theme::icon(u"reload"_s) : Theme::icon(u"deactivate"_s));
    m_actions.deactivate->setToolTip(
        inactive ? tr("Set the inactive client active again, before the platform deletes it")
                 : tr("Set the client inactive: no new tokens, deletion scheduled, "
                      "restorable until then (%1)")
                       .arg(m_actions.deactivate->shortcut().toString(QKeySequence::NativeText)));
    m_actions.exportConfiguration->setEnabled(usable && client.has_value());
    m_actions.showClient->setEnabled(usable && client.has_value());
    m_actions.exportCsv->setEnabled(usable && tab(currentTab())->hasList());
    m_cancel->setEnabled(isCurrent() && m_controller->isRunning());
    m_unused->updateButtons(usable);
    m_checks->updateButtons(usable);
}

bool InsightsPage::selectClient(Tab which, const QString &clientId)
{
    if (!tab(which)->selectClient(clientId))
        return false;
    m_tabs->setCurrentIndex(which);
    return true;
}

void InsightsPage::openStateDialog()
{
    if (hasMultipleSelected()) {
        if (m_actions.deactivate->isEnabled())
            m_bulk->confirm(BulkQueue::Action::Deactivate);
        return;
    }
    const QString id = currentClientId();
    const std::optional<OAuthClient> client = id.isEmpty() ? std::nullopt : m_controller->client(id);
    if (!client || !m_actions.deactivate->isEnabled())
        return;
    const bool restore = client->clientState() == ClientState::Inactive;
    ClientActivity activity;
    if (const ClientActivity *a = m_unused->model()->report().find(id))
        activity = *a;
    activity.client = *client;
    auto *dialog = new InsightsStateDialog(m_controller, activity, m_unused->model()->report().window,
                                           restore ? InsightsStateDialog::Mode::Restore
                                                   : InsightsStateDialog::Mode::Deactivate,
                                           context() ? context()->organizationName() : QString(), this);
    connect(dialog, &InsightsStateDialog::exportRequested, this,
            [this](const OAuthClient &c) { exportClientConfiguration(c, this); });
    connect(dialog, &InsightsStateDialog::changed, this, [this](const OAuthClient &c) {
        const QString name = c.name.isEmpty() ? c.id : c.name;
        if (c.clientState() == ClientState::Inactive) {
            const QString when = c.dateToDelete.isValid()
                                     ? QLocale().toString(c.dateToDelete.toLocalTime(), QLocale::LongFormat)
                                     : QString();
            messageBar()->setAction(QString());
            messageBar()->showMessage(
                Theme::Tone::Success,
                when.isEmpty() ? tr("“%1” is inactive. Restore it here while it is listed.").arg(name)
                               : tr("“%1” is inactive. The platform deletes it on %2; until then, Restore "
                                    "sets it active again.")
                                     .arg(name, when));
        } else {
            messageBar()->setAction(QString());
            messageBar()->showMessage(Theme::Tone::Success, tr("“%1” is active again.").arg(name));
        }
        selectClient(currentTab(), c.id);
        updateActions();
    });
    dialog->open();
}

void InsightsPage::exportConfiguration()
{
    if (hasMultipleSelected()) {
        m_bulk->exportSelection();
        return;
    }
    const QString id = currentClientId();
    if (const std::optional<OAuthClient> c = id.isEmpty() ? std::nullopt : m_controller->client(id))
        exportClientConfiguration(*c, this);
}

bool InsightsPage::exportCsv(Tab tab, const QString &path, QString *error)
{
    if (tab == UnusedTab && !m_unused->model()->hasReport()) {
        if (error)
            *error = tr("There is no usage to export yet.");
        return false;
    }
    if (tab == ChecksTab && !m_controller->hasChecks()) {
        if (error)
            *error = tr("The checks have not run yet.");
        return false;
    }
    // The whole list in its fixed order, whatever the view's sort and filter.
    const QByteArray bytes = tab == UnusedTab ? insightsexport::activityCsv(m_unused->model()->report())
                                              : insightsexport::findingsCsv(m_checks->model()->findings());
    return writeFile(path, bytes, error);
}

void InsightsPage::chooseFile(const QString &title, const QString &fileName,
                              std::function<void(const QString &)> save)
{
    auto *dialog = new QFileDialog(this, title, LastFolder::folder(), tr("CSV files (*.csv)"));
    dialog->setObjectName(u"insightsExportDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(u"csv"_s);
    dialog->selectFile(fileName);
    connect(dialog, &QFileDialog::fileSelected, this, [save = std::move(save)](const QString &path) {
        LastFolder::remember(path);
        save(path);
    });
    dialog->open();
}

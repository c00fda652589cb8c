// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/insights/insightspage.h"

#include "ui/widgets/signedoutpanel.h"

#include "app/controllers/insightscontroller.h"
#include "app/controllers/sessioncontext.h"
#include "app/services/session.h"
#include "models/itemmodels/insightsmodels.h"
#include "ui/insights/toneicondelegate.h"
#include "ui/widgets/messagebar.h"
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
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {
constexpr auto SearchDebounce = 100ms;
const QString WindowKey = u"insights/windowDays"_s;
constexpr int WindowChoices[] = {7, 30, 90};

using StatusFilter = ClientActivityFilterProxyModel::StatusFilter;
using insightsviews::addColumnMenu;
using insightsviews::makeTable;
using insightsviews::sizeColumns;
using insightsviews::ToneIconDelegate;

} // namespace

InsightsPage::InsightsPage(QWidget *parent)
    : PageWidget(parent)
    , m_controller(new InsightsController(this))
    , m_activityModel(new ClientActivityModel(this))
    , m_activityProxy(new ClientActivityFilterProxyModel(this))
    , m_findingsModel(new CheckFindingsModel(this))
    , m_findingsProxy(new CheckFindingsFilterProxyModel(this))
    , m_message(new MessageBar(this))
    , m_rolesNote(new MessageBar(this))
    , m_stack(new QStackedWidget(this))
    , m_signedOutPanel(new SignedOutPanel(u"insightsSignedOut"_s, u"insightsSignInButton"_s, this))
    , m_content(new QWidget(this))
    , m_intro(new QLabel(this))
    , m_windowLabel(new QLabel(this))
    , m_window(new QComboBox(this))
    , m_refreshButton(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_progressText(new QLabel(this))
    , m_cancelButton(new QPushButton(this))
    , m_asOf(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_activitySearch(new QLineEdit(this))
    , m_statusLabel(new QLabel(this))
    , m_statusFilter(new QComboBox(this))
    , m_activityCount(new QLabel(this))
    , m_activityView(makeTable(this, u"insightsActivityTable"_s))
    , m_deactivateButton(new QPushButton(this))
    , m_activityExportConfig(new QPushButton(this))
    , m_activityShowClient(new QPushButton(this))
    , m_activityCsvButton(new QPushButton(this))
    , m_findingsSearch(new QLineEdit(this))
    , m_checkLabel(new QLabel(this))
    , m_checkFilter(new QComboBox(this))
    , m_findingsCount(new QLabel(this))
    , m_findingsView(makeTable(this, u"insightsFindingsTable"_s))
    , m_findingDetails(new QLabel(this))
    , m_findingDeactivate(new QPushButton(this))
    , m_findingsExportConfig(new QPushButton(this))
    , m_findingsShowClient(new QPushButton(this))
    , m_findingsCsvButton(new QPushButton(this))
{
    buildActions(); // first: the widgets' signals below update the actions
    m_activityProxy->setSourceModel(m_activityModel);
    m_findingsProxy->setSourceModel(m_findingsModel);
    m_message->setObjectName(u"insightsMessage"_s);
    m_rolesNote->setObjectName(u"insightsRolesNote"_s);

    // The window and the sweep's progress.
    m_window->setObjectName(u"insightsWindow"_s);
    m_windowLabel->setBuddy(m_window);
    {
        const int saved = QSettings().value(WindowKey, InsightsController::DefaultDays).toInt();
        for (int days : WindowChoices)
            m_window->addItem(QString(), days);
        m_window->setCurrentIndex(std::max(0, m_window->findData(saved)));
    }
    connect(m_window, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(WindowKey, windowDays());
        if (signedIn())
            run(false);
    });
    m_refreshButton->setObjectName(u"insightsRefresh"_s);
    m_refreshButton->setIcon(Theme::icon(u"reload"_s, u"view-refresh"_s));
    connect(m_refreshButton, &QPushButton::clicked, this, &InsightsPage::reload);
    m_progress->setObjectName(u"insightsProgress"_s);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(fontMetrics().averageCharWidth() * 16);
    m_progressText->setObjectName(u"insightsProgressText"_s);
    m_cancelButton->setObjectName(u"insightsCancel"_s);
    m_asOf->setObjectName(u"insightsAsOf"_s);
    m_asOf->setForegroundRole(QPalette::PlaceholderText);
    m_intro->setObjectName(u"insightsIntro"_s);
    m_intro->setWordWrap(true);

    // Unused clients.
    m_activitySearch->setObjectName(u"insightsActivitySearch"_s);
    m_activitySearch->setClearButtonEnabled(true);
    m_activitySearch->addAction(Theme::icon(u"search"_s, u"edit-find"_s), QLineEdit::LeadingPosition);
    m_statusFilter->setObjectName(u"insightsStatusFilter"_s);
    m_statusLabel->setBuddy(m_statusFilter);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_activityProxy->setStatusFilter(StatusFilter(m_statusFilter->currentData().toInt()));
    });
    m_activityCount->setObjectName(u"insightsActivityCount"_s);
    m_activityView->setModel(m_activityProxy);
    m_activityView->sortByColumn(ClientActivityModel::StatusColumn, Qt::AscendingOrder);
    sizeColumns(m_activityView,
                {QString(12, u'n'), QString(30, u'n'), QString(10, u'n'), u"1,000,000,000"_s,
                 QLocale().toString(QDate(2026, 12, 28), QLocale::ShortFormat) + u"nn"_s,
                 QLocale().toString(QDate(2026, 12, 28), QLocale::ShortFormat) + u"nn"_s, u"10,000 days"_s,
                 QLocale().toString(QDate(2026, 12, 28), QLocale::ShortFormat), QString(18, u'n'),
                 u"00000000-0000-0000-0000-000000000000"_s});
    m_activityView->horizontalHeader()->setSectionHidden(ClientActivityModel::ClientIdColumn, true);
    m_activityView->setItemDelegateForColumn(
        ClientActivityModel::StatusColumn,
        new ToneIconDelegate(
            [](const QModelIndex &i) -> std::pair<QString, Theme::Tone> {
                switch (ActivityStatus(i.data(ClientActivityModel::StatusRole).toInt())) {
                case ActivityStatus::Unused:
                    return {u"warning"_s, Theme::Tone::Warning};
                case ActivityStatus::New:
                    return {u"info"_s, Theme::Tone::Info};
                case ActivityStatus::Active:
                    break;
                }
                return {};
            },
            this));
    addColumnMenu(m_activityView, ClientActivityModel::NameColumn);
    m_deactivateButton->setObjectName(u"insightsDeactivateButton"_s);
    m_activityExportConfig->setObjectName(u"insightsActivityExportConfig"_s);
    m_activityShowClient->setObjectName(u"insightsActivityShowClient"_s);
    m_activityCsvButton->setObjectName(u"insightsActivityCsv"_s);

    // Configuration checks.
    m_findingsSearch->setObjectName(u"insightsFindingsSearch"_s);
    m_findingsSearch->setClearButtonEnabled(true);
    m_findingsSearch->addAction(Theme::icon(u"search"_s, u"edit-find"_s), QLineEdit::LeadingPosition);
    m_checkFilter->setObjectName(u"insightsCheckFilter"_s);
    m_checkLabel->setBuddy(m_checkFilter);
    m_checkFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_checkFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_findingsProxy->setCheckFilter(m_checkFilter->currentData().toString()); });
    m_findingsCount->setObjectName(u"insightsFindingsCount"_s);
    m_findingsView->setModel(m_findingsProxy);
    m_findingsView->sortByColumn(CheckFindingsModel::SeverityColumn, Qt::AscendingOrder);
    sizeColumns(m_findingsView, {QString(10, u'n'), QString(26, u'n'), QString(28, u'n'), QString(9, u'n'),
                                 QString(60, u'n'), u"00000000-0000-0000-0000-000000000000"_s});
    m_findingsView->horizontalHeader()->setSectionHidden(CheckFindingsModel::ClientIdColumn, true);
    m_findingsView->setItemDelegateForColumn(
        CheckFindingsModel::SeverityColumn,
        new ToneIconDelegate(
            [](const QModelIndex &i) -> std::pair<QString, Theme::Tone> {
                switch (CheckSeverity(i.data(CheckFindingsModel::SeverityRole).toInt())) {
                case CheckSeverity::High:
                    return {u"error"_s, Theme::Tone::Error};
                case CheckSeverity::Medium:
                    return {u"warning"_s, Theme::Tone::Warning};
                case CheckSeverity::Low:
                    return {u"info"_s, Theme::Tone::Info};
                }
                return {};
            },
            this));
    addColumnMenu(m_findingsView, CheckFindingsModel::NameColumn);
    m_findingDetails->setObjectName(u"insightsFindingDetails"_s);
    m_findingDetails->setWordWrap(true);
    m_findingDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_findingDetails->setTextFormat(Qt::RichText);
    m_findingDetails->setMinimumHeight(fontMetrics().height() * 4);
    m_findingDetails->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_findingDeactivate->setObjectName(u"insightsFindingDeactivate"_s);
    m_findingsExportConfig->setObjectName(u"insightsFindingsExportConfig"_s);
    m_findingsShowClient->setObjectName(u"insightsFindingsShowClient"_s);
    m_findingsCsvButton->setObjectName(u"insightsFindingsCsv"_s);

    m_searchDebounce.setSingleShot(true);
    m_searchDebounce.setInterval(SearchDebounce);
    connect(&m_searchDebounce, &QTimer::timeout, this, [this] {
        m_activityProxy->setFilterText(m_activitySearch->text());
        m_findingsProxy->setFilterText(m_findingsSearch->text());
    });
    for (QLineEdit *search : {m_activitySearch, m_findingsSearch}) {
        connect(search, &QLineEdit::textChanged, this, [this] { m_searchDebounce.start(); });
        search->installEventFilter(this);
    }
    for (QTableView *view : {m_activityView, m_findingsView}) {
        view->installEventFilter(this);
        connect(view, &QTableView::doubleClicked, this, [this] { m_showClient->trigger(); });
        connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
            updateActions();
            updateFindingDetails();
        });
        view->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(view, &QTableView::customContextMenuRequested, this, [this, view](const QPoint &pos) {
            QMenu menu(this);
            menu.addActions({m_showClient, m_deactivate, m_exportConfig});
            menu.exec(view->viewport()->mapToGlobal(pos));
        });
    }
    for (QAbstractItemModel *proxy : {static_cast<QAbstractItemModel *>(m_activityProxy),
                                      static_cast<QAbstractItemModel *>(m_findingsProxy)}) {
        const auto refresh = [this] {
            updateCounts();
            updateActions();
        };
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(proxy, signal, this, refresh);
        connect(proxy, &QAbstractItemModel::modelReset, this, refresh);
        connect(proxy, &QAbstractItemModel::layoutChanged, this, refresh);
    }
    connect(m_activityProxy, &ClientActivityFilterProxyModel::filterChanged, this,
            &InsightsPage::updateCounts);
    connect(m_findingsProxy, &CheckFindingsFilterProxyModel::filterChanged, this,
            &InsightsPage::updateCounts);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { updateActions(); });

    // The controller.
    connect(m_controller, &InsightsController::stateChanged, this, &InsightsPage::onStateChanged);
    connect(m_controller, &InsightsController::progress, this,
            [this](const QString &text) { m_progressText->setText(text); });
    connect(m_controller, &InsightsController::activityChanged, this, [this] {
        const QString keep = currentTab() == UnusedTab ? currentClientId() : QString();
        m_activityModel->setReport(m_controller->activity());
        if (!keep.isEmpty() && m_activityModel->rowOf(keep) >= 0)
            selectClient(UnusedTab, keep);
        else if (m_activityProxy->rowCount() > 0)
            m_activityView->setCurrentIndex(m_activityProxy->index(0, ClientActivityModel::NameColumn));
        updateCounts();
        updateState();
    });
    connect(m_controller, &InsightsController::checksChanged, this, [this] {
        m_findingsModel->setFindings(m_controller->checks().findings);
        fillCheckFilter();
        if (m_findingsProxy->rowCount() > 0)
            m_findingsView->setCurrentIndex(m_findingsProxy->index(0, CheckFindingsModel::NameColumn));
        updateCounts();
        updateState();
    });
    connect(m_controller, &InsightsController::clientUpdated, this, [this](const OAuthClient &client) {
        m_activityModel->updateClient(client);
        QList<CheckFinding> mine;
        for (const CheckFinding &f : m_controller->checks().findings) {
            if (f.client.id == client.id)
                mine.append(f);
        }
        m_findingsModel->setClientFindings(client.id, mine);
        fillCheckFilter();
        updateCounts();
        updateActions();
        updateFindingDetails();
    });
    connect(m_controller, &InsightsController::clientGone, this, [this](const QString &id) {
        m_activityModel->removeClient(id);
        m_findingsModel->setClientFindings(id, {});
        fillCheckFilter();
        updateCounts();
    });
    connect(m_message, &MessageBar::actionTriggered, this, [this] {
        m_message->hide();
        reload();
    });

    // Layout: the window row, the tabs.
    auto *top = new QHBoxLayout;
    top->addWidget(m_windowLabel);
    top->addWidget(m_window);
    top->addWidget(m_refreshButton);
    top->addSpacing(fontMetrics().averageCharWidth() * 2);
    top->addWidget(m_progress);
    top->addWidget(m_progressText);
    top->addWidget(m_cancelButton);
    top->addStretch(1);
    top->addWidget(m_asOf);

    auto *activityTab = new QWidget(this);
    activityTab->setObjectName(u"insightsUnusedTab"_s);
    {
        auto *filters = new QHBoxLayout;
        filters->addWidget(m_activitySearch, 1);
        filters->addWidget(m_statusLabel);
        filters->addWidget(m_statusFilter);
        filters->addSpacing(fontMetrics().averageCharWidth());
        filters->addWidget(m_activityCount);
        auto *buttons = new QHBoxLayout;
        buttons->addWidget(m_deactivateButton);
        buttons->addWidget(m_activityExportConfig);
        buttons->addWidget(m_activityShowClient);
        buttons->addStretch(1);
        buttons->addWidget(m_activityCsvButton);
        auto *l = new QVBoxLayout(activityTab);
        l->addLayout(filters);
        l->addWidget(m_activityView, 1);
        l->addLayout(buttons);
    }
    auto *checksTab = new QWidget(this);
    checksTab->setObjectName(u"insightsChecksTab"_s);
    {
        auto *filters = new QHBoxLayout;
        filters->addWidget(m_findingsSearch, 1);
        filters->addWidget(m_checkLabel);
        filters->addWidget(m_checkFilter);
        filters->addSpacing(fontMetrics().averageCharWidth());
        filters->addWidget(m_findingsCount);
        auto *buttons = new QHBoxLayout;
        buttons->addWidget(m_findingDeactivate);
        buttons->addWidget(m_findingsExportConfig);
        buttons->addWidget(m_findingsShowClient);
        buttons->addStretch(1);
        buttons->addWidget(m_findingsCsvButton);
        auto *l = new QVBoxLayout(checksTab);
        l->addLayout(filters);
        l->addWidget(m_rolesNote);
        l->addWidget(m_findingsView, 1);
        l->addWidget(m_findingDetails);
        l->addLayout(buttons);
    }
    m_tabs->setObjectName(u"insightsTabs"_s);
    m_tabs->tabBar()->setAccessibleName(tr("Insights views"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(activityTab, QString());
    m_tabs->addTab(checksTab, QString());

    m_content->setObjectName(u"insightsPageContent"_s);
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_intro);
    contentLayout->addLayout(top);
    contentLayout->addWidget(m_tabs, 1);

    connect(m_signedOutPanel, &SignedOutPanel::signInRequested, this, &PageWidget::signInRequested);
    m_stack->addWidget(m_content);
    m_stack->addWidget(m_signedOutPanel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_stack, 1);

    retranslate();
    updateState();
}

InsightsPage::~InsightsPage()
{
    // Children go before this object's connections: nothing they emit on the way may reach it.
    for (QObject *child : findChildren<QObject *>())
        disconnect(child, nullptr, this, nullptr);
}

void InsightsPage::retranslate()
{
    m_intro->setText(tr("Which OAuth clients nobody uses any more, and which are configured riskily. The "
                        "usage comes from one org-wide query; the checks need no usage."));
    m_windowLabel->setText(tr("Usage of the &last:"));
    for (int i = 0; i < m_window->count(); ++i)
        m_window->setItemText(i, tr("%1 days").arg(m_window->itemData(i).toInt()));
    m_window->setAccessibleName(tr("Usage window"));
    m_window->setToolTip(tr("Whole UTC days before today. Clients created inside the window count as new, "
                            "not unused."));
    m_refreshButton->setText(tr("Refresh"));
    m_refreshButton->setToolTip(tr("Ask the platform again (F5)"));
    m_cancelButton->setText(tr("Cancel"));
    m_activitySearch->setPlaceholderText(tr("Search by name, id, state or grant type (Ctrl+F)"));
    m_activitySearch->setAccessibleName(tr("Search clients"));
    m_statusLabel->setText(tr("&Show:"));
    {
        const int current = m_statusFilter->currentIndex();
        const QSignalBlocker block(m_statusFilter);
        m_statusFilter->clear();
        m_statusFilter->addItem(tr("All clients"), int(StatusFilter::All));
        m_statusFilter->addItem(tr("Unused and new"), int(StatusFilter::UnusedOrNew));
        m_statusFilter->addItem(tr("Unused"), int(StatusFilter::Unused));
        m_statusFilter->addItem(tr("New"), int(StatusFilter::New));
        m_statusFilter->addItem(tr("In use"), int(StatusFilter::Active));
        m_statusFilter->setCurrentIndex(std::max(0, current));
    }
    m_statusFilter->setAccessibleName(tr("Status filter"));
    m_activityView->setAccessibleName(tr("Clients and their usage"));
    m_findingsSearch->setPlaceholderText(tr("Search by client, id, check or reason (Ctrl+F)"));
    m_findingsSearch->setAccessibleName(tr("Search findings"));
    m_checkLabel->setText(tr("Chec&k:"));
    m_checkFilter->setAccessibleName(tr("Check filter"));
    m_findingsView->setAccessibleName(tr("Configuration findings"));
    for (QPushButton *b : {m_deactivateButton, m_findingDeactivate})
        b->setIcon(Theme::icon(u"deactivate"_s));
    for (QPushButton *b : {m_activityExportConfig, m_findingsExportConfig}) {
        b->setText(tr("E&xport Configuration…"));
        b->setIcon(Theme::icon(u"export"_s, u"document-export"_s));
        b->setToolTip(tr("Save the selected client's configuration as JSON, without its secret, in the "
                         "shape 'oauthdesk-cli clients create' accepts"));
    }
    for (QPushButton *b : {m_activityShowClient, m_findingsShowClient}) {
        b->setText(tr("Sho&w in Clients"));
        b->setIcon(Theme::icon(u"clients"_s));
    }
    for (QPushButton *b : {m_activityCsvButton, m_findingsCsvButton}) {
        b->setText(tr("&Export CSV…"));
        b->setIcon(Theme::icon(u"export"_s, u"document-export"_s));
        b->setToolTip(
            tr("Save this list as CSV (%1)").arg(m_exportCsv->shortcut().toString(QKeySequence::NativeText)));
    }
    m_signedOutPanel->setText(
        tr("Sign in to see which of the organization's OAuth clients are unused and which "
           "are configured riskily."));
    m_cancel->setText(tr("Cancel Sweep"));
    m_exportCsv->setText(tr("E&xport List as CSV…"));
    m_exportCsv->setIconText(tr("Export CSV"));
    m_exportConfig->setText(tr("Export &Configuration…"));
    m_exportConfig->setIconText(tr("Export Configuration"));
    m_showClient->setText(tr("&Show in Clients"));
    m_showClient->setIconText(tr("Show Client"));
    fillCheckFilter();
    updateActions();
    updateCounts();
    updateState();
}

void InsightsPage::changeEvent(QEvent *event)
{
    PageWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        Q_EMIT m_activityModel->headerDataChanged(Qt::Horizontal, 0, ClientActivityModel::ColumnCount - 1);
        Q_EMIT m_findingsModel->headerDataChanged(Qt::Horizontal, 0, CheckFindingsModel::ColumnCount - 1);
    }
}

QList<QAction *> InsightsPage::toolBarActions() const
{
    return {m_deactivate, m_exportConfig, m_showClient, nullptr, m_exportCsv};
}

bool InsightsPage::signedIn() const
{
    return m_context && m_context->session() && m_context->session()->isSignedIn();
}

void InsightsPage::setSessionContext(SessionContext *context)
{
    for (const auto &c : std::as_const(m_sessionConnections))
        disconnect(c);
    m_sessionConnections.clear();
    m_context = context;
    m_message->hide();
    Session *session = context ? context->session() : nullptr;
    m_controller->setSession(session);
    m_wanted = true;
    if (session) {
        m_sessionConnections << connect(session, &Session::signedIn, this, [this] {
            m_message->hide();
            m_wanted = true;
            updateState();
        });
        m_sessionConnections << connect(session, &Session::signedOut, this, [this] {
            m_message->hide();
            updateState();
        });
    }
    updateState();
}

void InsightsPage::setCurrent(bool current)
{
    m_current = current;
    updateState();
    updateActions();
}

void InsightsPage::reload()
{
    if (!signedIn())
        return;
    m_message->hide();
    run(true);
}

void InsightsPage::focusSearch()
{
    QLineEdit *search = currentTab() == UnusedTab ? m_activitySearch : m_findingsSearch;
    search->setFocus(Qt::ShortcutFocusReason);
    search->selectAll();
}

int InsightsPage::windowDays() const
{
    return m_window->currentData().toInt();
}

void InsightsPage::setWindowDays(int days)
{
    const int i = m_window->findData(days);
    if (i >= 0)
        m_window->setCurrentIndex(i);
}

bool InsightsPage::isShowingResults() const
{
    return m_controller->state() == InsightsController::State::Ready && m_controller->hasActivity() &&
           m_activityModel->rowCount() > 0;
}

InsightsPage::Tab InsightsPage::currentTab() const
{
    return m_tabs->currentIndex() == ChecksTab ? ChecksTab : UnusedTab;
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
    const bool in = signedIn();
    m_stack->setCurrentWidget(in ? m_content : m_signedOutPanel);
    // The first sweep waits until someone looks: it costs a usage query.
    if (in && m_current && m_wanted && !m_controller->isRunning())
        run(false);
    const bool running = m_controller->isRunning();
    m_progress->setVisible(running);
    m_progressText->setVisible(running);
    m_cancelButton->setVisible(running);
    m_refreshButton->setEnabled(in && !running);
    const ActivityReport &r = m_controller->activity();
    if (m_controller->hasActivity() && !running) {
        const QString range = tr("%1 to %2 (UTC)")
                                  .arg(QLocale().toString(r.window.firstDay, QLocale::ShortFormat),
                                       QLocale().toString(r.window.endDay.addDays(-1), QLocale::ShortFormat));
        m_asOf->setText(m_controller->fromCache() ? tr("Usage of %1, fetched a moment ago").arg(range)
                                                  : tr("Usage of %1").arg(range));
    } else {
        m_asOf->clear();
    }
    // Checks that could not run, and why.
    const CheckRun &checks = m_controller->checks();
    if (m_controller->hasChecks() && !checks.skipped.isEmpty()) {
        QStringList titles;
        for (const CheckDescriptor *c : checks.skipped)
            titles.append(checkTitle(*c));
        m_rolesNote->setClosable(false);
        m_rolesNote->showWarning(tr("Not checked: %1. The roles could not be read: %2")
                                     .arg(titles.join(u", "_s), m_controller->rolesError().userMessage()));
    } else {
        m_rolesNote->hide();
    }
}

void InsightsPage::onStateChanged()
{
    using State = InsightsController::State;
    switch (m_controller->state()) {
    case State::Running:
        m_message->hide();
        m_progressText->setText(m_controller->progressText());
        break;
    case State::Failed: {
        const ApiError &e = m_controller->lastError();
        m_message->setAction(e.kind == ApiError::Kind::Auth || e.isHttp(403) ? QString() : tr("Retry"));
        m_message->showError(
            e, m_controller->hasChecks()
                   ? tr("The usage could not be fetched; the configuration checks are complete.")
                   : tr("The insights could not be loaded."));
        break;
    }
    case State::Cancelled:
        m_message->setAction(tr("Run Again"));
        m_message->showInfo(tr("The sweep was cancelled; the lists show the last complete one, if any."));
        break;
    case State::Idle:
    case State::Ready:
        break;
    }
    updateState();
    updateActions();
}

void InsightsPage::fillCheckFilter()
{
    const QString current = m_checkFilter->currentData().toString();
    const QSignalBlocker block(m_checkFilter);
    m_checkFilter->clear();
    m_checkFilter->addItem(tr("All checks (%1)").arg(m_findingsModel->rowCount()), QString());
    for (const CheckDescriptor &c : configurationChecks()) {
        const QString id = QString(c.id);
        m_checkFilter->addItem(tr("%1 (%2)").arg(checkTitle(c)).arg(m_findingsModel->count(id)), id);
        m_checkFilter->setItemData(m_checkFilter->count() - 1, checkAdvice(c), Qt::ToolTipRole);
    }
    m_checkFilter->setCurrentIndex(std::max(0, m_checkFilter->findData(current)));
}

void InsightsPage::updateCounts()
{
    const ActivityReport &r = m_activityModel->report();
    const bool haveActivity = m_activityModel->hasReport();
    const int unused = haveActivity ? r.count(ActivityStatus::Unused) : 0;
    m_tabs->setTabText(UnusedTab,
                       haveActivity ? tr("Unused Clients (%1)").arg(unused) : tr("Unused Clients"));
    m_tabs->setTabText(ChecksTab, m_controller->hasChecks()
                                      ? tr("Configuration Checks (%1)").arg(m_findingsModel->rowCount())
                                      : tr("Configuration Checks"));
    if (haveActivity) {
        QString text = tr("%1 unused · %2 new · %3 in use")
                           .arg(unused)
                           .arg(r.count(ActivityStatus::New))
                           .arg(r.count(ActivityStatus::Active));
        if (m_activityProxy->rowCount() != m_activityModel->rowCount())
            text = tr("%1 of %2 shown · ").arg(m_activityProxy->rowCount()).arg(m_activityModel->rowCount()) +
                   text;
        m_activityCount->setText(text);
    } else {
        m_activityCount->clear();
    }
    if (m_controller->hasChecks()) {
        int high = 0, medium = 0, low = 0;
        for (const CheckFinding &f : m_findingsModel->findings()) {
            (f.check->severity == CheckSeverity::High     ? high
             : f.check->severity == CheckSeverity::Medium ? medium
                                                          : low)++;
        }
        QString text = tr("%1 high · %2 medium · %3 low").arg(high).arg(medium).arg(low);
        if (m_findingsProxy->rowCount() != m_findingsModel->rowCount())
            text = tr("%1 of %2 shown · ").arg(m_findingsProxy->rowCount()).arg(m_findingsModel->rowCount()) +
                   text;
        m_findingsCount->setText(text);
    } else {
        m_findingsCount->clear();
    }
    Q_EMIT statusTextChanged(statusText());
}

QString InsightsPage::statusText() const
{
    if (!m_controller->hasActivity())
        return {};
    const ActivityReport &r = m_activityModel->report();
    return tr("%1 unused clients in the last %2 days, %3 findings")
        .arg(r.count(ActivityStatus::Unused))
        .arg(r.window.days)
        .arg(m_findingsModel->rowCount());
}

QString InsightsPage::currentClientId() const
{
    QTableView *view = currentTab() == UnusedTab ? m_activityView : m_findingsView;
    const QModelIndex i = view->currentIndex();
    if (!i.isValid())
        return {};
    return i
        .data(currentTab() == UnusedTab ? int(ClientActivityModel::ClientIdRole)
                                        : int(CheckFindingsModel::ClientIdRole))
        .toString();
}

const ClientActivity *InsightsPage::currentActivity() const
{
    const QString id = currentClientId();
    if (id.isEmpty())
        return nullptr;
    return m_activityModel->hasReport() ? m_activityModel->report().find(id) : nullptr;
}

void InsightsPage::updateActions()
{
    const QString id = currentClientId();
    const std::optional<OAuthClient> client = id.isEmpty() ? std::nullopt : m_controller->client(id);
    const bool usable = m_current && signedIn();
    const bool inactive = client && client->clientState() == ClientState::Inactive;
    // Deactivating needs the traffic to show first; a restore does not.
    const bool canChange = usable && client && client->clientState() != ClientState::Deleted &&
                           (inactive || currentActivity() != nullptr);
    m_deactivate->setEnabled(canChange);
    m_deactivate->setText(inactive ? tr("&Restore…") : tr("&Deactivate…"));
    m_deactivate->setIconText(inactive ? tr("Restore") : tr("Deactivate"));
    m_deactivate->setIcon(inactive ? Theme::icon(u"reload"_s) : Theme::icon(u"deactivate"_s));
    m_deactivate->setToolTip(inactive
                                 ? tr("Set the inactive client active again, before the platform deletes it")
                                 : tr("Set the client inactive: no new tokens, deletion scheduled, "
                                      "restorable until then (%1)")
                                       .arg(m_deactivate->shortcut().toString(QKeySequence::NativeText)));
    for (QPushButton *b : {m_deactivateButton, m_findingDeactivate}) {
        b->setEnabled(canChange);
        b->setText(inactive ? tr("&Restore…") : tr("&Deactivate…"));
        b->setIcon(m_deactivate->icon());
        b->setToolTip(m_deactivate->toolTip());
    }
    m_exportConfig->setEnabled(usable && client.has_value());
    m_showClient->setEnabled(usable && client.has_value());
    for (QPushButton *b :
         {m_activityExportConfig, m_activityShowClient, m_findingsExportConfig, m_findingsShowClient})
        b->setEnabled(usable && client.has_value());
    const bool haveList =
        currentTab() == UnusedTab ? m_activityModel->hasReport() : m_controller->hasChecks();
    m_exportCsv->setEnabled(usable && haveList);
    m_activityCsvButton->setEnabled(usable && m_activityModel->hasReport());
    m_findingsCsvButton->setEnabled(usable && m_controller->hasChecks());
    m_cancel->setEnabled(m_current && m_controller->isRunning());
}

void InsightsPage::updateFindingDetails()
{
    const QModelIndex i = m_findingsView->currentIndex();
    const CheckFinding *f =
        i.isValid() ? m_findingsModel->findingAt(m_findingsProxy->mapToSource(i).row()) : nullptr;
    if (!f || !f->check) {
        m_findingDetails->setText(m_controller->hasChecks() && m_findingsModel->rowCount() == 0
                                      ? tr("No findings: every client passes every check.")
                                      : QString());
        return;
    }
    m_findingDetails->setText(
        tr("<b>%1</b> · %2 · %3<br>%4<br><i>What to do:</i> %5")
            .arg(checkTitle(*f->check).toHtmlEscaped(),
                 checkSeverityLabel(f->check->severity).toHtmlEscaped(),
                 (f->client.name.isEmpty() ? f->client.id : f->client.name).toHtmlEscaped(),
                 f->reason.toHtmlEscaped(), checkAdvice(*f->check).toHtmlEscaped()));
}

bool InsightsPage::selectClient(Tab tab, const QString &clientId)
{
    QTableView *view = tab == UnusedTab ? m_activityView : m_findingsView;
    QSortFilterProxyModel *proxy = tab == UnusedTab ? static_cast<QSortFilterProxyModel *>(m_activityProxy)
                                                    : static_cast<QSortFilterProxyModel *>(m_findingsProxy);
    const int sourceRow =
        tab == UnusedTab ? m_activityModel->rowOf(clientId) : m_findingsModel->rowOf(QString(), clientId);
    if (sourceRow < 0)
        return false;
    QModelIndex i = proxy->mapFromSource(proxy->sourceModel()->index(sourceRow, 1));
    if (!i.isValid()) {
        // Hidden by a filter: clear the filters.
        if (tab == UnusedTab) {
            m_activitySearch->clear();
            m_activityProxy->setFilterText({});
            m_statusFilter->setCurrentIndex(0);
        } else {
            m_findingsSearch->clear();
            m_findingsProxy->setFilterText({});
            m_checkFilter->setCurrentIndex(0);
        }
        i = proxy->mapFromSource(proxy->sourceModel()->index(sourceRow, 1));
    }
    if (!i.isValid())
        return false;
    m_tabs->setCurrentIndex(tab);
    view->setCurrentIndex(i);
    view->scrollTo(i);
    return true;
}

bool InsightsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return PageWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    // Down from a search field goes to its list; Enter on a row shows the client.
    if (watched == m_activitySearch || watched == m_findingsSearch) {
        QTableView *view = watched == m_activitySearch ? m_activityView : m_findingsView;
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            view->setFocus(Qt::OtherFocusReason);
            if (!view->currentIndex().isValid() && view->model()->rowCount() > 0)
                view->setCurrentIndex(view->model()->index(0, 1));
            return true;
        }
    } else if ((watched == m_activityView || watched == m_findingsView) &&
               key->modifiers() == Qt::NoModifier &&
               (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
        m_showClient->trigger();
        return true;
    }
    return PageWidget::eventFilter(watched, event);
}

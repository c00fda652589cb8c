// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/usage/usagepage.h"

#include "app/controllers/sessioncontext.h"
#include "app/services/session.h"
#include "models/itemmodels/clientlistmodel.h"
#include "models/itemmodels/usagetablemodel.h"
#include "ui/usage/usageclientpicker.h"
#include "ui/usage/usageendpointschart.h"
#include "ui/usage/usagequeryform.h"
#include "ui/usage/usagerangepicker.h"
#include "ui/usage/usagesavedialog.h"
#include "ui/usage/usagesummaryview.h"
#include "ui/usage/usagetableview.h"
#include "ui/usage/usagetimechart.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/searchabletable.h"
#include "ui/widgets/shortcuts.h"
#include "ui/widgets/statusmessage.h"
#include "ui/widgets/theme.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

UsagePage::UsagePage(QWidget *parent)
    : PageWidget(parent)
    , m_controller(new UsageController(this))
    , m_table(new UsageTableModel(this))
    , m_message(new MessageBar(this))
    , m_form(new UsageQueryForm(m_controller, this))
    , m_progress(new QWidget(this))
    , m_progressBar(new QProgressBar(this))
    , m_progressText(new QLabel(this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QWidget(this))
    , m_placeholderText(new QLabel(this))
    , m_placeholderButton(new QPushButton(this))
    , m_results(new QWidget(this))
    , m_summary(new UsageSummaryView(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_timeChart(new UsageTimeChart(this))
    , m_endpointsChart(new UsageEndpointsChart(this))
    , m_view(new UsageTableView(m_table, this))
{
    setObjectName(u"usagePage"_s);
    buildProgress();
    buildResults();
    buildActions();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_message);
    layout->addWidget(m_form);
    layout->addWidget(m_progress);
    layout->addWidget(m_stack, 1);

    connect(m_form, &UsageQueryForm::changed, this, &UsagePage::scheduleRun);
    connect(m_controller, &UsageController::stateChanged, this, &UsagePage::onStateChanged);
    connect(m_controller, &UsageController::progress, this, [this] { onStateChanged(); });
    connect(m_controller, &UsageController::reportReady, this, &UsagePage::onReport);
    connect(m_controller, &UsageController::failed, this, &UsagePage::onFailed);
    connect(m_message, &MessageBar::actionTriggered, this, [this] { runNow(true); });

    m_runTimer.setSingleShot(true);
    connect(&m_runTimer, &QTimer::timeout, this, [this] { runNow(false); });
    onStateChanged();
    showPlaceholder(tr("Sign in to see the API usage of your organization's OAuth clients."), true);
}

UsagePage::~UsagePage() = default;

void UsagePage::buildProgress()
{
    m_progress->setObjectName(u"usageProgress"_s);
    m_progressBar->setRange(0, 0);
    m_progressBar->setTextVisible(false);
    m_progressBar->setMaximumWidth(fontMetrics().averageCharWidth() * 16);
    m_progressBar->setMaximumHeight(fontMetrics().height());
    m_progressText->setObjectName(u"usageProgressText"_s);
    m_cancelButton->setObjectName(u"usageCancelButton"_s);
    m_cancelButton->setToolTip(tr("Stop waiting for this query (Esc)"));
    connect(m_cancelButton, &QPushButton::clicked, m_controller, &UsageController::cancel);
    auto *row = new QHBoxLayout(m_progress);
    const int gap = fontMetrics().averageCharWidth() * 2;
    row->setContentsMargins(gap, 0, gap, gap / 2);
    row->addWidget(m_progressBar);
    row->addWidget(m_progressText, 1);
    row->addWidget(m_cancelButton);
}

void UsagePage::buildResults()
{
    m_placeholder->setObjectName(u"usagePlaceholder"_s);
    m_placeholderText->setObjectName(u"usagePlaceholderText"_s);
    m_placeholderText->setAlignment(Qt::AlignCenter);
    m_placeholderText->setWordWrap(true);
    m_placeholderText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_placeholderButton->setObjectName(u"usagePlaceholderButton"_s);
    m_placeholderButton->hide();
    connect(m_placeholderButton, &QPushButton::clicked, this, [this] {
        if (signedIn())
            runNow(true);
        else
            Q_EMIT signInRequested();
    });
    {
        auto *l = new QVBoxLayout(m_placeholder);
        l->addStretch(1);
        l->addWidget(m_placeholderText);
        l->addWidget(m_placeholderButton, 0, Qt::AlignHCenter);
        l->addStretch(2);
    }

    auto *charts = new QSplitter(Qt::Horizontal, m_splitter);
    charts->setObjectName(u"usageChartsSplitter"_s);
    charts->addWidget(m_timeChart);
    charts->addWidget(m_endpointsChart);
    charts->setStretchFactor(0, 1);
    charts->setStretchFactor(1, 1);
    charts->setChildrenCollapsible(false);
    charts->setSizes({1000, 1000}); // half each: the endpoint labels need room
    m_timeChart->setMinimumSize(fontMetrics().averageCharWidth() * 40, fontMetrics().height() * 14);
    m_endpointsChart->setMinimumSize(fontMetrics().averageCharWidth() * 40, fontMetrics().height() * 14);

    m_splitter->setObjectName(u"usageSplitter"_s);
    m_splitter->addWidget(charts);
    m_splitter->addWidget(m_view);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto *l = new QVBoxLayout(m_results);
    const int gap = fontMetrics().averageCharWidth() * 2;
    l->setContentsMargins(gap, 0, gap, gap / 2);
    l->addWidget(m_summary);
    l->addWidget(m_splitter, 1);

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_results);
}

void UsagePage::buildActions()
{
    m_cancel = new QAction(Theme::icon(u"close"_s, u"process-stop"_s), tr("&Cancel Query"), this);
    m_cancel->setObjectName(u"cancelUsageAction"_s);
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancel->setShortcutContext(Qt::WindowShortcut);
    addAction(m_cancel);
    connect(m_cancel, &QAction::triggered, m_controller, &UsageController::cancel);

    m_exportCsv =
        new QAction(Theme::icon(u"export"_s, u"document-export"_s), tr("E&xport Table as CSV…"), this);
    m_exportCsv->setObjectName(u"exportUsageCsvAction"_s);
    m_exportCsv->setIconText(tr("Export CSV"));
    m_exportCsv->setShortcut(Shortcuts::exportCsv()); // as on the Insights page
    m_exportCsv->setShortcutContext(Qt::WindowShortcut);
    m_exportCsv->setToolTip(
        tr("Save the table as CSV (%1)").arg(m_exportCsv->shortcut().toString(QKeySequence::NativeText)));
    addAction(m_exportCsv);
    connect(m_exportCsv, &QAction::triggered, this, [this] {
        UsageSaveDialog::choose(this, tr("Export Usage as CSV"), tr("CSV files (*.csv)"), u"csv"_s,
                                fileStem(), [this](const QString &path) {
                                    QString error;
                                    reportSave(path, exportCsv(path, &error), error);
                                });
    });

    auto *menu = new QMenu(this);
    const struct
    {
        Chart chart;
        bool svg;
        QString text;
        QString name;
    } saves[] = {
        {Chart::OverTime, false, tr("Requests over Time as &PNG…"), u"saveTimeChartPngAction"_s},
        {Chart::OverTime, true, tr("Requests over Time as &SVG…"), u"saveTimeChartSvgAction"_s},
        {Chart::TopEndpoints, false, tr("Top Endpoints as P&NG…"), u"saveEndpointsChartPngAction"_s},
        {Chart::TopEndpoints, true, tr("Top Endpoints as S&VG…"), u"saveEndpointsChartSvgAction"_s},
    };
    for (const auto &s : saves) {
        QAction *a = menu->addAction(s.text);
        a->setObjectName(s.name);
        m_chartActions.append(a);
        const Chart chart = s.chart;
        const bool svg = s.svg;
        connect(a, &QAction::triggered, this, [this, chart, svg] {
            const QString suffix = svg ? u"svg"_s : u"png"_s;
            UsageSaveDialog::choose(this, svg ? tr("Save Chart as SVG") : tr("Save Chart as PNG"),
                                    svg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)"), suffix,
                                    fileStem(), [this, chart](const QString &path) {
                                        QString error;
                                        reportSave(path, saveChart(chart, path, &error), error);
                                    });
        });
    }
    m_saveChart = new QAction(Theme::icon(u"usage"_s), tr("Save C&hart"), this);
    m_saveChart->setObjectName(u"saveUsageChartAction"_s);
    m_saveChart->setToolTip(tr("Save a chart as PNG or SVG"));
    m_saveChart->setMenu(menu);
    // A click on the toolbar button opens the menu too, not just a press and hold.
    connect(m_saveChart, &QAction::triggered, this, [this] { m_saveChart->menu()->popup(QCursor::pos()); });
}

void UsagePage::reportSave(const QString &path, bool ok, const QString &error)
{
    if (ok) {
        m_message->showMessage(Theme::Tone::Success, tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
        StatusMessage::saved(this,
                             path.endsWith(u".csv"_s, Qt::CaseInsensitive) ? tr("the usage table as CSV")
                                                                           : tr("the chart"),
                             path);
    } else
        m_message->showWarning(tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), error));
}

QAction *UsagePage::saveChartAction(Chart chart, bool svg) const
{
    return m_chartActions.value((chart == Chart::OverTime ? 0 : 2) + (svg ? 1 : 0));
}

QList<QAction *> UsagePage::toolBarActions() const
{
    return {m_exportCsv, m_saveChart, nullptr, m_cancel};
}

void UsagePage::setClientModel(ClientListModel *clients)
{
    m_clients = clients;
    m_form->clientPicker()->setClients(clients);
}

void UsagePage::setSelectionSource(std::function<QString()> source)
{
    m_selectionSource = std::move(source);
}

bool UsagePage::signedIn() const
{
    return m_context && m_context->session() && m_context->session()->isSignedIn();
}

QString UsagePage::clientName(const QString &id) const
{
    if (m_clients) {
        if (const auto c = m_clients->client(id))
            return c->name.isEmpty() ? id : c->name;
    }
    return id;
}

// ---------------------------------------------------------------------------------------------
// The controls

UsageRequest UsagePage::request() const
{
    return m_form->request();
}

void UsagePage::setRequest(const UsageRequest &r)
{
    m_settingRequest = true;
    m_form->setRequest(r);
    m_settingRequest = false;
    scheduleRun(0);
}

UsageClientPicker *UsagePage::picker() const
{
    return m_form->clientPicker();
}

QTableView *UsagePage::tableView() const
{
    return m_view;
}

void UsagePage::scheduleRun(int delayMs)
{
    if (m_settingRequest || !m_current)
        return;
    m_runTimer.start(delayMs);
}

void UsagePage::runNow(bool force)
{
    m_runTimer.stop();
    if (!signedIn()) {
        showPlaceholder(tr("Sign in to see the API usage of your organization's OAuth clients."), true);
        return;
    }
    const UsageRequest r = request();
    if (r.clientId.isEmpty()) {
        showPlaceholder(tr("Choose a client to see its API usage: type a part of its name in the box "
                           "above, or select it on the Clients page and come back here."));
        return;
    }
    if (const QString problem = m_controller->validate(r); !problem.isEmpty()) {
        m_message->showWarning(problem);
        return;
    }
    if (m_message->tone() != Theme::Tone::Success)
        m_message->hide();
    m_lastRunForced = force;
    if (force)
        m_controller->refresh(r);
    else
        m_controller->run(r);
}

// ---------------------------------------------------------------------------------------------
// Page life

void UsagePage::setSessionContext(SessionContext *context)
{
    for (const auto &c : std::as_const(m_sessionConnections))
        disconnect(c);
    m_sessionConnections.clear();
    m_context = context;
    m_controller->setSession(context ? context->session() : nullptr);
    if (Session *session = context ? context->session() : nullptr) {
        // The same session signs out and in again (Sign Out, another profile): nothing of the
        // previous sign-in may stay on the page.
        m_sessionConnections << connect(session, &Session::signedIn, this, &UsagePage::onSignInChanged);
        m_sessionConnections << connect(session, &Session::signedOut, this, &UsagePage::onSignInChanged);
    }
    onSignInChanged();
}

void UsagePage::onSignInChanged()
{
    forgetReport();
    if (!signedIn())
        showPlaceholder(tr("Sign in to see the API usage of your organization's OAuth clients."), true);
    else if (m_current)
        scheduleRun(0);
    else
        showPlaceholder(tr("Choose a client to see its API usage."));
}

void UsagePage::forgetReport()
{
    m_runTimer.stop();
    if (m_controller->isRunning())
        m_controller->cancel();
    m_hasReport = false;
    m_resumeOnReturn = false;
    m_table->clear();
    m_timeChart->clear();
    m_endpointsChart->clear();
    m_summary->clear();
    m_message->hide();
    onStateChanged();
}

void UsagePage::setCurrent(bool current)
{
    m_current = current;
    onStateChanged();
    if (!current) {
        m_runTimer.stop();
        // Nobody looks at the answer: stop polling, and ask again on return.
        if (m_controller->isRunning()) {
            m_resumeOnReturn = true;
            m_controller->cancel();
        }
        return;
    }
    m_form->rangePicker()->updateControls();
    if (m_selectionSource) {
        const QString selected = m_selectionSource();
        if (!selected.isEmpty() && selected != m_adoptedSelection) {
            m_adoptedSelection = selected;
            m_settingRequest = true;
            m_form->clientPicker()->setCurrentClient(selected);
            m_settingRequest = false;
        }
    }
    if (m_resumeOnReturn && m_lastRunForced) {
        m_resumeOnReturn = false;
        runNow(true);
    } else if (m_resumeOnReturn || !m_hasReport || !(request() == m_controller->request())) {
        m_resumeOnReturn = false;
        scheduleRun(0);
    }
}

void UsagePage::reload()
{
    runNow(true);
}

void UsagePage::focusSearch()
{
    picker()->setFocus(Qt::ShortcutFocusReason);
    picker()->lineEdit()->selectAll();
}

QString UsagePage::statusText() const
{
    if (m_controller->isRunning())
        return tr("Loading usage…");
    if (!m_hasReport)
        return {};
    const UsageReport &r = m_controller->report();
    return tr("%1: %2 requests")
        .arg(clientName(r.request.clientId), QLocale().toString(m_table->aggregation().totals.requests));
}

bool UsagePage::isShowingResults() const
{
    return m_hasReport && !m_controller->isRunning() &&
           m_controller->state() == UsageController::State::Complete &&
           m_controller->report().request == request();
}

// ---------------------------------------------------------------------------------------------
// Answers

void UsagePage::onStateChanged()
{
    const bool running = m_controller->isRunning();
    m_progress->setVisible(running);
    m_results->setEnabled(!running);
    // Loading, not "sign in" or an old answer's placeholder, while the first answer is on its way.
    if (running && m_stack->currentWidget() == m_placeholder)
        showPlaceholder(tr("Loading the usage…"));
    if (running)
        m_progressText->setText(
            tr("Loading the usage of %1… %2")
                .arg(clientName(m_controller->request().clientId), m_controller->progressText()));
    m_cancel->setEnabled(running && m_current);
    // Nothing to export or draw until a report with requests is shown.
    const bool data = m_current && m_hasReport && !running && m_table->aggregation().hasUsage();
    m_exportCsv->setEnabled(data);
    m_saveChart->setEnabled(data);
    for (QAction *a : std::as_const(m_chartActions))
        a->setEnabled(m_saveChart->isEnabled());
    if (m_controller->state() == UsageController::State::Cancelled && !m_resumeOnReturn && m_current &&
        signedIn()) {
        m_hasReport = false;
        showPlaceholder(tr("The query was cancelled. Press F5 to run it again."));
        m_placeholderButton->setText(tr("Run Again"));
        m_placeholderButton->show();
    }
    Q_EMIT statusTextChanged(statusText());
}

void UsagePage::onReport(const UsageReport &report)
{
    m_hasReport = true;
    UsageAggregation a = report.aggregate();
    const QString name = clientName(report.request.clientId);
    m_timeChart->setAggregation(a);
    m_endpointsChart->setAggregation(a);
    const QString range = UsageSummaryView::rangeText(report);
    m_timeChart->setExportTitle(tr("Requests by outcome, %1, %2").arg(name, range));
    m_endpointsChart->setExportTitle(tr("Top endpoints, %1, %2").arg(name, range));
    const bool any = a.hasUsage();
    m_table->setAggregation(std::move(a));
    m_view->updateColumnVisibility();
    m_summary->showReport(report, m_table->aggregation(), name);
    if (any) {
        m_stack->setCurrentWidget(m_results);
    } else {
        showPlaceholder(
            tr("%1 made no API calls in %2.\nA longer range may show older traffic.").arg(name, range));
    }
    onStateChanged();
}

void UsagePage::onFailed(const ApiError &error)
{
    if (error.kind == ApiError::Kind::Validation) {
        m_message->showWarning(error.message);
        return;
    }
    const QString name = clientName(m_controller->request().clientId);
    QString what = tr("Could not load the usage of %1.").arg(name);
    if (error.kind == ApiError::Kind::Timeout)
        what += u' ' + tr("The platform may be busy: try again, or a shorter range.");
    m_message->showError(error, what);
    if (error.kind != ApiError::Kind::Auth)
        m_message->setAction(tr("Retry"));
    m_hasReport = false;
    showPlaceholder(tr("No usage to show."));
    onStateChanged();
}

void UsagePage::showPlaceholder(const QString &text, bool signInButton)
{
    m_placeholderText->setText(text);
    m_placeholderButton->setVisible(signInButton);
    if (signInButton)
        m_placeholderButton->setText(tr("Sign In…"));
    m_stack->setCurrentWidget(m_placeholder);
}

// ---------------------------------------------------------------------------------------------
// Export

QString UsagePage::fileStem() const
{
    const UsageReport &r = m_controller->report();
    return UsageSaveDialog::fileStem(r, clientName(r.request.clientId));
}

bool UsagePage::exportCsv(const QString &path, QString *error)
{
    if (!m_hasReport) {
        if (error)
            *error = tr("There is no usage to export yet.");
        return false;
    }
    QSaveFile file(path);
    const QByteArray csv = UsageTableModel::toCsv(m_table->aggregation());
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

bool UsagePage::saveChart(Chart chart, const QString &path, QString *error)
{
    if (!m_hasReport) {
        if (error)
            *error = tr("There is no chart to save yet.");
        return false;
    }
    UsageChartView *view = chart == Chart::OverTime ? static_cast<UsageChartView *>(m_timeChart)
                                                    : static_cast<UsageChartView *>(m_endpointsChart);
    if (path.endsWith(u".svg"_s, Qt::CaseInsensitive))
        return view->saveSvg(path, error);
    return view->savePng(path, error);
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/usage/usagepage.h"

#include "app/controllers/sessioncontext.h"
#include "app/services/session.h"
#include "models/itemmodels/clientlistmodel.h"
#include "models/itemmodels/usagetablemodel.h"
#include "ui/usage/usagecharts.h"
#include "ui/usage/usageclientpicker.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/searchabletable.h"
#include "ui/widgets/theme.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int DateDebounceMs = 600; // typing a date changes it once per digit
const QString ExportDirKey = u"usage/exportDirectory"_s;

// The totals row in bold, whatever the style.
class TotalsDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(UsageTableModel::IsTotalRole).toBool())
            option->font.setBold(true);
    }
};

struct MetricChoice
{
    UsageMetric metric;
    const char *label;
};
constexpr MetricChoice Metrics[] = {
    {UsageMetric::Requests, QT_TRANSLATE_NOOP("UsagePage", "Requests")},
    {UsageMetric::Status200, QT_TRANSLATE_NOOP("UsagePage", "2xx success")},
    {UsageMetric::Status300, QT_TRANSLATE_NOOP("UsagePage", "3xx redirect")},
    {UsageMetric::Status400, QT_TRANSLATE_NOOP("UsagePage", "4xx client error (429 included)")},
    {UsageMetric::Status429, QT_TRANSLATE_NOOP("UsagePage", "429 rate limited")},
    {UsageMetric::Status500, QT_TRANSLATE_NOOP("UsagePage", "5xx server error")},
};

// "salesforce-cti-connector" for file names.
QString slug(const QString &text)
{
    QString out;
    for (const QChar c : text.toLower()) {
        if (c.isLetterOrNumber())
            out += c;
        else if (!out.isEmpty() && !out.endsWith(u'-'))
            out += u'-';
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out.left(40);
}

QString isoDay(qint64 ms)
{
    return usagebuckets::utcDate(ms).toString(Qt::ISODate);
}
} // namespace

UsagePage::UsagePage(QWidget *parent)
    : PageWidget(parent)
    , m_controller(new UsageController(this))
    , m_table(new UsageTableModel(this))
    , m_message(new MessageBar(this))
    , m_picker(new UsageClientPicker(this))
    , m_rangeGroup(new QButtonGroup(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_customRange(new QWidget(this))
    , m_bucket(new QComboBox(this))
    , m_byEndpoint(new QCheckBox(tr("&Endpoint"), this))
    , m_byMethod(new QCheckBox(tr("Metho&d"), this))
    , m_metricsButton(new QToolButton(this))
    , m_metricsMenu(new QMenu(this))
    , m_progress(new QWidget(this))
    , m_progressBar(new QProgressBar(this))
    , m_progressText(new QLabel(this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QWidget(this))
    , m_placeholderText(new QLabel(this))
    , m_placeholderButton(new QPushButton(this))
    , m_results(new QWidget(this))
    , m_summary(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_timeChart(new UsageTimeChart(this))
    , m_endpointsChart(new UsageEndpointsChart(this))
    , m_view(new QTableView(this))
{
    setObjectName(u"usagePage"_s);
    buildControls();
    buildResults();
    buildActions();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_message);
    auto *controls = new QWidget(this);
    auto *grid = new QGridLayout(controls);
    const int gap = fontMetrics().averageCharWidth() * 2;
    grid->setContentsMargins(gap, gap / 2, gap, gap / 2);
    grid->setHorizontalSpacing(gap / 2);
    {
        auto *clientLabel = new QLabel(tr("Clie&nt:"), controls);
        clientLabel->setBuddy(m_picker);
        auto *rangeLabel = new QLabel(tr("Range:"), controls);
        auto *rangeRow = new QHBoxLayout;
        rangeRow->setSpacing(0);
        for (QAbstractButton *b : m_rangeGroup->buttons())
            rangeRow->addWidget(b);
        rangeRow->addSpacing(gap / 2);
        rangeRow->addWidget(m_customRange);
        rangeRow->addStretch(1);
        grid->addWidget(clientLabel, 0, 0);
        grid->addWidget(m_picker, 0, 1);
        grid->addWidget(rangeLabel, 0, 2);
        grid->addLayout(rangeRow, 0, 3);

        auto *bucketLabel = new QLabel(tr("&Show by:"), controls);
        bucketLabel->setBuddy(m_bucket);
        auto *viewRow = new QHBoxLayout;
        viewRow->addWidget(m_bucket);
        viewRow->addSpacing(gap);
        viewRow->addWidget(new QLabel(tr("Group by:"), controls));
        viewRow->addWidget(m_byEndpoint);
        viewRow->addWidget(m_byMethod);
        viewRow->addSpacing(gap);
        viewRow->addWidget(m_metricsButton);
        viewRow->addStretch(1);
        grid->addWidget(bucketLabel, 1, 0);
        grid->addLayout(viewRow, 1, 1, 1, 3);
        grid->setColumnStretch(1, 2);
        grid->setColumnStretch(3, 3);
    }
    layout->addWidget(controls);
    layout->addWidget(m_progress);
    layout->addWidget(m_stack, 1);

    connect(m_controller, &UsageController::stateChanged, this, &UsagePage::onStateChanged);
    connect(m_controller, &UsageController::progress, this, [this] { onStateChanged(); });
    connect(m_controller, &UsageController::reportReady, this, &UsagePage::onReport);
    connect(m_controller, &UsageController::failed, this, &UsagePage::onFailed);
    connect(m_message, &MessageBar::actionTriggered, this, [this] { runNow(true); });

    m_runTimer.setSingleShot(true);
    connect(&m_runTimer, &QTimer::timeout, this, [this] { runNow(false); });
    updateRangeControls();
    updateMetricsButton();
    onStateChanged();
    showPlaceholder(tr("Sign in to see the API usage of your organization's OAuth clients."), true);
}

UsagePage::~UsagePage() = default;

void UsagePage::buildControls()
{
    connect(m_picker, &UsageClientPicker::clientChosen, this, [this] { scheduleRun(0); });

    const struct
    {
        int days;
        QString text;
        QString tip;
    } ranges[] = {
        {7, tr("&7 days"), tr("The last 7 whole days (UTC) before today")},
        {30, tr("&30 days"), tr("The last 30 whole days (UTC) before today")},
        {90, tr("&90 days"), tr("The last 90 whole days (UTC) before today")},
        {0, tr("Cus&tom"),
         tr("Any range of whole days (UTC), up to %1 days").arg(UsageController::MaxCustomDays)},
    };
    for (const auto &r : ranges) {
        auto *b = new QToolButton(this);
        b->setText(r.text);
        b->setToolTip(r.tip);
        b->setCheckable(true);
        b->setAutoRaise(false);
        b->setObjectName(u"range%1Button"_s.arg(r.days));
        // A segmented control: the chosen range stands out in any palette (Fusion's checked tool
        // button is barely darker in the dark theme).
        b->setStyleSheet(
            u"QToolButton { padding: 2px 8px; border: 1px solid palette(mid);"
            " background: palette(button); }"
            "QToolButton:checked { background: palette(highlight); color: palette(highlighted-text);"
            " border-color: palette(highlight); }"
            "QToolButton:focus { border-color: palette(highlight); }"_s);
        m_rangeGroup->addButton(b, r.days);
    }
    m_rangeGroup->setExclusive(true);
    m_rangeGroup->button(30)->setChecked(true);
    connect(m_rangeGroup, &QButtonGroup::idToggled, this, [this](int id, bool on) {
        if (!on)
            return;
        if (id == 0 && !m_settingRequest) {
            // Start the custom range where the quick one was.
            const QDate today = m_controller->today();
            const int days = m_controller->request().lastDays > 0 ? m_controller->request().lastDays : 30;
            m_from->setDate(today.addDays(-days));
            m_to->setDate(today.addDays(-1));
        }
        updateRangeControls();
        scheduleRun(0);
    });

    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
        edit->setMinimumDate(QDate(2010, 1, 1));
        connect(edit, &QDateEdit::dateChanged, this, [this] { scheduleRun(DateDebounceMs); });
    }
    m_from->setObjectName(u"usageFromDate"_s);
    m_to->setObjectName(u"usageToDate"_s);
    m_from->setAccessibleName(tr("First day (UTC)"));
    m_to->setAccessibleName(tr("Last day (UTC)"));
    {
        auto *row = new QHBoxLayout(m_customRange);
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(m_from);
        row->addWidget(new QLabel(tr("to"), m_customRange));
        row->addWidget(m_to);
        row->addWidget(new QLabel(tr("(UTC days)"), m_customRange));
    }

    m_bucket->setObjectName(u"usageBucketCombo"_s);
    for (UsageBucket b : {UsageBucket::Day, UsageBucket::Week, UsageBucket::Month, UsageBucket::Whole})
        m_bucket->addItem(usageBucketName(b), int(b));
    m_bucket->setToolTip(tr("Buckets are UTC days, weeks from Monday and calendar months. A quick range "
                            "shown as a whole uses the platform's usage summary."));
    connect(m_bucket, &QComboBox::currentIndexChanged, this, [this] { scheduleRun(0); });

    m_byEndpoint->setObjectName(u"groupByEndpoint"_s);
    m_byMethod->setObjectName(u"groupByMethod"_s);
    m_byEndpoint->setToolTip(tr("One row per endpoint (the API's template URI)"));
    m_byMethod->setToolTip(tr("One row per HTTP method"));
    for (QCheckBox *box : {m_byEndpoint, m_byMethod}) {
        box->setChecked(true);
        connect(box, &QCheckBox::toggled, this, [this] { scheduleRun(0); });
    }

    m_metricsButton->setObjectName(u"usageMetricsButton"_s);
    m_metricsButton->setPopupMode(QToolButton::InstantPopup);
    m_metricsButton->setMenu(m_metricsMenu);
    m_metricsButton->setToolTip(tr("The metrics to ask the platform for"));
    for (const MetricChoice &m : Metrics) {
        QAction *a = m_metricsMenu->addAction(tr(m.label));
        a->setCheckable(true);
        a->setChecked(true);
        a->setData(int(m.metric));
        connect(a, &QAction::triggered, this, [this, a] {
            // At least one metric stays asked.
            if (!request().metrics)
                a->setChecked(true);
            updateMetricsButton();
            scheduleRun(0);
        });
    }

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

    m_summary->setObjectName(u"usageSummary"_s);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    m_detail->setObjectName(u"usageDetail"_s);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setWordWrap(true);
    m_detail->setForegroundRole(QPalette::PlaceholderText);

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

    m_view->setObjectName(u"usageTable"_s);
    m_view->setAccessibleName(tr("Usage table"));
    m_view->setModel(m_table);
    m_view->setItemDelegate(new TotalsDelegate(m_view));
    SearchableTable::setUpTable(m_view);
    // Unlike the lists: several rows can be selected, and the endpoint column stretches (below).
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->sortByColumn(UsageTableModel::DateColumn, Qt::AscendingOrder);
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    {
        // Widths from what the columns show, so any font and scale fits; the endpoint takes the rest.
        const QFontMetrics fm = m_view->fontMetrics();
        const int pad = fm.averageCharWidth() * 3;
        const QLocale locale;
        const QString number = locale.toString(qint64(123456789));
        for (int c = 0; c < UsageTableModel::ColumnCount; ++c) {
            QString sample = number;
            if (c == UsageTableModel::DateColumn)
                sample = usagetext::bucketLabel(0, 0, UsageBucket::Week, locale) + u"00"_s;
            else if (c == UsageTableModel::MethodColumn)
                sample = u"DELETE"_s;
            else if (c == UsageTableModel::ErrorShareColumn)
                sample = usagetext::percent(0.999, locale);
            const int head =
                header->fontMetrics().horizontalAdvance(m_table->headerData(c, Qt::Horizontal).toString());
            header->resizeSection(c, std::max(fm.horizontalAdvance(sample), head) + pad);
        }
        header->setSectionResizeMode(UsageTableModel::EndpointColumn, QHeaderView::Stretch);
    }

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
    l->addWidget(m_detail);
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
    m_exportCsv->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportCsv->setShortcutContext(Qt::WindowShortcut);
    m_exportCsv->setToolTip(
        tr("Save the table as CSV (%1)").arg(m_exportCsv->shortcut().toString(QKeySequence::NativeText)));
    addAction(m_exportCsv);
    connect(m_exportCsv, &QAction::triggered, this, [this] {
        chooseFile(tr("Export Usage as CSV"), tr("CSV files (*.csv)"), u"csv"_s, [this](const QString &path) {
            QString error;
            if (exportCsv(path, &error))
                m_message->showMessage(Theme::Tone::Success,
                                       tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
            else
                m_message->showWarning(
                    tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), error));
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
            chooseFile(svg ? tr("Save Chart as SVG") : tr("Save Chart as PNG"),
                       svg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)"), suffix,
                       [this, chart](const QString &path) {
                           QString error;
                           if (saveChart(chart, path, &error))
                               m_message->showMessage(Theme::Tone::Success,
                                                      tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
                           else
                               m_message->showWarning(
                                   tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), error));
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
    m_picker->setClients(clients);
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
    UsageRequest r;
    r.clientId = m_picker->currentClientId();
    r.lastDays = std::max(0, m_rangeGroup->checkedId());
    if (r.lastDays == 0) {
        r.from = m_from->date();
        r.to = m_to->date();
    }
    r.bucket = UsageBucket(m_bucket->currentData().toInt());
    r.byEndpoint = m_byEndpoint->isChecked();
    r.byMethod = m_byMethod->isChecked();
    UsageMetrics metrics;
    for (QAction *a : m_metricsMenu->actions()) {
        if (a->isChecked())
            metrics |= UsageMetric(a->data().toInt());
    }
    r.metrics = metrics;
    return r;
}

void UsagePage::setRequest(const UsageRequest &r)
{
    m_settingRequest = true;
    m_picker->setCurrentClient(r.clientId);
    if (QAbstractButton *b = m_rangeGroup->button(r.lastDays))
        b->setChecked(true);
    if (r.lastDays == 0) {
        m_from->setDate(r.from);
        m_to->setDate(r.to);
    }
    m_bucket->setCurrentIndex(m_bucket->findData(int(r.bucket)));
    m_byEndpoint->setChecked(r.byEndpoint);
    m_byMethod->setChecked(r.byMethod);
    for (QAction *a : m_metricsMenu->actions())
        a->setChecked(r.metrics.testFlag(UsageMetric(a->data().toInt())));
    m_settingRequest = false;
    updateRangeControls();
    updateMetricsButton();
    scheduleRun(0);
}

void UsagePage::updateRangeControls()
{
    const bool custom = m_rangeGroup->checkedId() == 0;
    m_customRange->setVisible(custom);
    const QDate today = m_controller->today();
    m_from->setMaximumDate(today);
    m_to->setMaximumDate(today);
}

void UsagePage::updateMetricsButton()
{
    const UsageMetrics m = request().metrics;
    if (m == AllUsageMetrics) {
        m_metricsButton->setText(tr("&Metrics: all"));
        return;
    }
    QStringList names;
    for (const MetricChoice &c : Metrics) {
        if (m & c.metric)
            names << usageMetricLabel(c.metric);
    }
    m_metricsButton->setText(tr("&Metrics: %1").arg(names.join(u", ")));
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
    m_context = context;
    m_controller->setSession(context ? context->session() : nullptr);
    m_hasReport = false;
    m_resumeOnReturn = false;
    m_table->clear();
    m_timeChart->clear();
    m_endpointsChart->clear();
    m_message->hide();
    onStateChanged();
    if (!signedIn())
        showPlaceholder(tr("Sign in to see the API usage of your organization's OAuth clients."), true);
    else if (m_current)
        scheduleRun(0);
    else
        showPlaceholder(tr("Choose a client to see its API usage."));
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
    updateRangeControls();
    if (m_selectionSource) {
        const QString selected = m_selectionSource();
        if (!selected.isEmpty() && selected != m_adoptedSelection) {
            m_adoptedSelection = selected;
            m_settingRequest = true;
            m_picker->setCurrentClient(selected);
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
    m_picker->setFocus(Qt::ShortcutFocusReason);
    m_picker->lineEdit()->selectAll();
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
    if (running)
        m_progressText->setText(
            tr("Loading the usage of %1… %2")
                .arg(clientName(m_controller->request().clientId), m_controller->progressText()));
    m_cancel->setEnabled(running && m_current);
    m_exportCsv->setEnabled(m_current && m_hasReport && !running);
    m_saveChart->setEnabled(m_current && m_hasReport && !running);
    for (QAction *a : std::as_const(m_chartActions))
        a->setEnabled(m_saveChart->isEnabled());
    if (m_controller->state() == UsageController::State::Cancelled && !m_resumeOnReturn && m_current) {
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
    m_timeChart->setExportTitle(tr("Requests by outcome, %1, %2").arg(name, rangeText(report)));
    m_endpointsChart->setExportTitle(tr("Top endpoints, %1, %2").arg(name, rangeText(report)));
    const bool any = a.hasUsage();
    m_table->setAggregation(std::move(a));
    applyColumnVisibility();
    updateSummary(report);
    if (any) {
        m_stack->setCurrentWidget(m_results);
    } else {
        showPlaceholder(tr("%1 made no API calls in %2.\nA longer range may show older traffic.")
                            .arg(name, rangeText(report)));
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

QString UsagePage::rangeText(const UsageReport &report) const
{
    const UsageAggregationOptions &o = report.plan.aggregation;
    const QLocale locale;
    const QString first = locale.toString(usagebuckets::utcDate(o.startMs), u"d MMM yyyy"_s);
    const QString last = locale.toString(usagebuckets::utcDate(o.endMs - 1), u"d MMM yyyy"_s);
    if (report.request.lastDays > 0)
        return tr("the last %1 days (%2 – %3, UTC)").arg(report.request.lastDays).arg(first, last);
    return tr("%1 – %2 (UTC)").arg(first, last);
}

void UsagePage::updateSummary(const UsageReport &report)
{
    const UsageAggregation &a = m_table->aggregation();
    const QLocale locale;
    const UsageMetrics m = a.options.metrics;
    const auto bold = [](const QString &s) { return u"<b>%1</b>"_s.arg(s.toHtmlEscaped()); };
    QStringList parts;
    parts << tr("%1 requests").arg(bold(locale.toString(a.totals.requests)));
    if (m & (UsageMetric::Status400 | UsageMetric::Status500))
        parts << tr("%1 errors (%2)")
                     .arg(bold(usagetext::percent(a.totals.errorShare(), locale)),
                          locale.toString(a.totals.errors()));
    if (m & UsageMetric::Status429)
        parts << tr("%1 rate limited (429)").arg(bold(locale.toString(a.totals.status429)));
    if (a.busiestBucket >= 0 && a.series.size() > 1) {
        const qint64 start = a.series.starts.at(a.busiestBucket);
        parts << tr("busiest: %1 (%2)")
                     .arg(usagetext::bucketLabel(start, a.series.bucketEnd(a.busiestBucket), a.series.bucket,
                                                 locale)
                              .toHtmlEscaped(),
                          locale.toString(qint64(a.series.requests.at(a.busiestBucket))));
    }
    if (a.series.bucket == UsageBucket::Day && a.series.size() > 1)
        parts << tr("%1 of %2 days with traffic").arg(a.activeBuckets).arg(a.series.size());
    m_summary->setText(
        u"%1 · %2"_s.arg(clientName(report.request.clientId).toHtmlEscaped(), parts.join(u" · ")));

    QStringList detail;
    detail << rangeText(report);
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (zone.offsetFromUtc(now) != 0)
        detail << tr("buckets are UTC days: hover a bar for exact numbers and the times in %1 (%2)")
                      .arg(QString::fromUtf8(zone.id()), zone.displayName(now, QTimeZone::OffsetName));
    else
        detail << tr("buckets are UTC days: hover a bar for exact numbers");
    QString fetched =
        tr("fetched at %1").arg(locale.toString(report.fetchedAt.toLocalTime().time(), u"HH:mm"_s));
    if (report.plan.viaSummary)
        fetched += u' ' + tr("through the usage summary");
    if (report.fromCache)
        fetched += u' ' + tr("(reused; F5 asks again)");
    detail << fetched;
    if (a.rowsOutside > 0)
        detail << tr("%1 rows fall outside the chart's range: they are in the table and totals")
                      .arg(a.rowsOutside);
    m_detail->setText(detail.join(u" · "));
}

void UsagePage::applyColumnVisibility()
{
    for (int c = 0; c < UsageTableModel::ColumnCount; ++c)
        m_view->setColumnHidden(c, !m_table->isColumnUsed(c));
}

// ---------------------------------------------------------------------------------------------
// Export

QString UsagePage::fileStem() const
{
    const UsageReport &r = m_controller->report();
    const UsageAggregationOptions &o = r.plan.aggregation;
    QString name = slug(clientName(r.request.clientId));
    if (name.isEmpty())
        name = u"client"_s;
    return u"usage-%1-%2_%3"_s.arg(name, isoDay(o.startMs), isoDay(o.endMs - 1));
}

void UsagePage::chooseFile(const QString &title, const QString &filter, const QString &suffix,
                           std::function<void(const QString &)> save)
{
    QSettings settings;
    QString dir = settings.value(ExportDirKey).toString();
    if (dir.isEmpty() || !QDir(dir).exists())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto *dialog = new QFileDialog(this, title, dir, filter);
    dialog->setObjectName(u"usageExportDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(suffix);
    dialog->selectFile(fileStem() + u'.' + suffix);
    connect(dialog, &QFileDialog::fileSelected, this, [save = std::move(save)](const QString &path) {
        QSettings().setValue(ExportDirKey, QFileInfo(path).absolutePath());
        save(path);
    });
    dialog->open();
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

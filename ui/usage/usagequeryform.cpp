// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/usage/usagequeryform.h"

#include "ui/usage/usageclientpicker.h"
#include "ui/usage/usagerangepicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

namespace {
struct MetricChoice
{
    UsageMetric metric;
    const char *label;
};
constexpr MetricChoice Metrics[] = {
    {UsageMetric::Requests, QT_TRANSLATE_NOOP("UsageQueryForm", "Requests")},
    {UsageMetric::Status200, QT_TRANSLATE_NOOP("UsageQueryForm", "2xx success")},
    {UsageMetric::Status300, QT_TRANSLATE_NOOP("UsageQueryForm", "3xx redirect")},
    {UsageMetric::Status400, QT_TRANSLATE_NOOP("UsageQueryForm", "4xx client error (429 included)")},
    {UsageMetric::Status429, QT_TRANSLATE_NOOP("UsageQueryForm", "429 rate limited")},
    {UsageMetric::Status500, QT_TRANSLATE_NOOP("UsageQueryForm", "5xx server error")},
};
} // namespace

UsageQueryForm::UsageQueryForm(const UsageController *controller, QWidget *parent)
    : QWidget(parent)
    , m_picker(new UsageClientPicker(this))
    , m_range(new UsageRangePicker(controller, this))
    , m_bucket(new QComboBox(this))
    , m_byEndpoint(new QCheckBox(tr("&Endpoint"), this))
    , m_byMethod(new QCheckBox(tr("Metho&d"), this))
    , m_metricsButton(new QToolButton(this))
    , m_metricsMenu(new QMenu(this))
{
    setObjectName(u"usageQueryForm"_s);
    connect(m_picker, &UsageClientPicker::clientChosen, this, [this] { Q_EMIT changed(0); });
    connect(m_range, &UsageRangePicker::changed, this, &UsageQueryForm::changed);

    m_bucket->setObjectName(u"usageBucketCombo"_s);
    for (UsageBucket b : {UsageBucket::Day, UsageBucket::Week, UsageBucket::Month, UsageBucket::Whole})
        m_bucket->addItem(usageBucketName(b), int(b));
    m_bucket->setToolTip(tr("Buckets are UTC days, weeks from Monday and calendar months. A quick range "
                            "shown as a whole uses the platform's usage summary."));
    connect(m_bucket, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT changed(0); });

    m_byEndpoint->setObjectName(u"groupByEndpoint"_s);
    m_byMethod->setObjectName(u"groupByMethod"_s);
    m_byEndpoint->setToolTip(tr("One row per endpoint (the API's template URI)"));
    m_byMethod->setToolTip(tr("One row per HTTP method"));
    for (QCheckBox *box : {m_byEndpoint, m_byMethod}) {
        box->setChecked(true);
        connect(box, &QCheckBox::toggled, this, [this] { Q_EMIT changed(0); });
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
            Q_EMIT changed(0);
        });
    }

    auto *grid = new QGridLayout(this);
    const int gap = fontMetrics().averageCharWidth() * 2;
    grid->setContentsMargins(gap, gap / 2, gap, gap / 2);
    grid->setHorizontalSpacing(gap / 2);
    auto *clientLabel = new QLabel(tr("Clie&nt:"), this);
    clientLabel->setBuddy(m_picker);
    grid->addWidget(clientLabel, 0, 0);
    grid->addWidget(m_picker, 0, 1);
    grid->addWidget(new QLabel(tr("Range:"), this), 0, 2);
    grid->addWidget(m_range, 0, 3);

    auto *bucketLabel = new QLabel(tr("&Show by:"), this);
    bucketLabel->setBuddy(m_bucket);
    auto *viewRow = new QHBoxLayout;
    viewRow->addWidget(m_bucket);
    viewRow->addSpacing(gap);
    viewRow->addWidget(new QLabel(tr("Group by:"), this));
    viewRow->addWidget(m_byEndpoint);
    viewRow->addWidget(m_byMethod);
    viewRow->addSpacing(gap);
    viewRow->addWidget(m_metricsButton);
    viewRow->addStretch(1);
    grid->addWidget(bucketLabel, 1, 0);
    grid->addLayout(viewRow, 1, 1, 1, 3);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(3, 3);
    updateMetricsButton();
}

UsageRequest UsageQueryForm::request() const
{
    UsageRequest r;
    r.clientId = m_picker->currentClientId();
    r.lastDays = m_range->lastDays();
    if (r.lastDays == 0) {
        r.from = m_range->from();
        r.to = m_range->to();
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

void UsageQueryForm::setRequest(const UsageRequest &r)
{
    m_picker->setCurrentClient(r.clientId);
    m_range->setRange(r.lastDays, r.from, r.to);
    m_bucket->setCurrentIndex(m_bucket->findData(int(r.bucket)));
    m_byEndpoint->setChecked(r.byEndpoint);
    m_byMethod->setChecked(r.byMethod);
    for (QAction *a : m_metricsMenu->actions())
        a->setChecked(r.metrics.testFlag(UsageMetric(a->data().toInt())));
    updateMetricsButton();
}

void UsageQueryForm::updateMetricsButton()
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

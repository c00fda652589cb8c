// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/insights/configurationcheckstab.h"

#include "app/controllers/insightscontroller.h"
#include "models/itemmodels/insightsmodels.h"
#include "ui/insights/toneicondelegate.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/searchabletable.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>

using namespace Qt::Literals::StringLiterals;

ConfigurationChecksTab::ConfigurationChecksTab(InsightsController *controller, QWidget *parent)
    : InsightsListTab(controller,
                      {u"insightsChecksTab"_s, u"insightsFindingsSearch"_s, u"insightsFindingsTable"_s,
                       u"insightsFindingsCount"_s, u"insightsCheckFilter"_s, u"insightsFindingDeactivate"_s,
                       u"insightsFindingsExportConfig"_s, u"insightsFindingsShowClient"_s,
                       u"insightsFindingsCsv"_s},
                      parent)
    , m_model(new CheckFindingsModel(this))
    , m_proxy(new CheckFindingsFilterProxyModel(this))
    , m_skippedNote(new MessageBar(this))
    , m_findingDetails(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    list()->setProxy(m_proxy);
    setClientIdRole(CheckFindingsModel::ClientIdRole);
    filter()->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(filter(), &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setCheckFilter(filter()->currentData().toString()); });

    QTableView *table = view();
    table->sortByColumn(CheckFindingsModel::SeverityColumn, Qt::AscendingOrder);
    list()->sizeColumns({QString(10, u'n'), QString(26, u'n'), QString(28, u'n'), QString(9, u'n'),
                         QString(60, u'n'), u"00000000-0000-0000-0000-000000000000"_s},
                        true);
    table->horizontalHeader()->setSectionHidden(CheckFindingsModel::ClientIdColumn, true);
    table->setItemDelegateForColumn(
        CheckFindingsModel::SeverityColumn,
        new insightsviews::ToneIconDelegate(
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
    list()->addColumnMenu(CheckFindingsModel::NameColumn);
    connect(list(), &SearchableTable::currentChanged, this, &ConfigurationChecksTab::updateFindingDetails);

    m_skippedNote->setObjectName(u"insightsRolesNote"_s);
    m_findingDetails->setObjectName(u"insightsFindingDetails"_s);
    m_findingDetails->setWordWrap(true);
    m_findingDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_findingDetails->setTextFormat(Qt::RichText);
    m_findingDetails->setMinimumHeight(fontMetrics().height() * 4);
    m_findingDetails->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    addAboveTable(m_skippedNote);
    addBelowTable(m_findingDetails);

    connect(controller, &InsightsController::checksChanged, this, &ConfigurationChecksTab::onChecksChanged);
    connect(controller, &InsightsController::clientUpdated, this,
            [this](const OAuthClient &client) { onClientChanged(client.id); });
    connect(controller, &InsightsController::clientGone, this, &ConfigurationChecksTab::onClientChanged);
    retranslate();
}

void ConfigurationChecksTab::onChecksChanged()
{
    m_model->setFindings(controller()->checks().findings);
    fillCheckFilter();
    if (m_proxy->rowCount() > 0)
        view()->setCurrentIndex(m_proxy->index(0, CheckFindingsModel::NameColumn));
    updateFindingDetails();
}

void ConfigurationChecksTab::onClientChanged(const QString &clientId)
{
    // Its findings now; none when it passes every check or is gone.
    QList<CheckFinding> mine;
    for (const CheckFinding &f : controller()->checks().findings) {
        if (f.client.id == clientId)
            mine.append(f);
    }
    m_model->setClientFindings(clientId, mine);
    fillCheckFilter();
    updateFindingDetails();
}

void ConfigurationChecksTab::fillCheckFilter()
{
    QComboBox *checks = filter();
    const QString current = checks->currentData().toString();
    const QSignalBlocker block(checks);
    checks->clear();
    checks->addItem(tr("All checks (%1)").arg(m_model->rowCount()), QString());
    for (const CheckDescriptor &c : configurationChecks()) {
        const QString id = QString(c.id);
        checks->addItem(tr("%1 (%2)").arg(checkTitle(c)).arg(m_model->count(id)), id);
        checks->setItemData(checks->count() - 1, checkAdvice(c), Qt::ToolTipRole);
    }
    checks->setCurrentIndex(std::max(0, checks->findData(current)));
}

void ConfigurationChecksTab::updateFindingDetails()
{
    const QModelIndex i = view()->currentIndex();
    const CheckFinding *f = i.isValid() ? m_model->findingAt(m_proxy->mapToSource(i).row()) : nullptr;
    if (!f || !f->check) {
        m_findingDetails->setText(controller()->hasChecks() && m_model->rowCount() == 0
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

void ConfigurationChecksTab::updateSkippedNote()
{
    const CheckRun &checks = controller()->checks();
    if (!controller()->hasChecks() || checks.skipped.isEmpty()) {
        m_skippedNote->hide();
        return;
    }
    QStringList titles;
    for (const CheckDescriptor *c : checks.skipped)
        titles.append(checkTitle(*c));
    m_skippedNote->setClosable(false);
    m_skippedNote->showWarning(tr("Not checked: %1. The roles could not be read: %2")
                                   .arg(titles.join(u", "_s), controller()->rolesError().userMessage()));
}

QString ConfigurationChecksTab::currentClientId() const
{
    const QModelIndex i = view()->currentIndex();
    return i.isValid() ? i.data(CheckFindingsModel::ClientIdRole).toString() : QString();
}

bool ConfigurationChecksTab::selectClient(const QString &clientId)
{
    const int row = m_model->rowOf(QString(), clientId);
    if (row < 0)
        return false;
    if (!list()->showRow(m_model->index(row, CheckFindingsModel::CheckColumn),
                         [this] { filter()->setCurrentIndex(0); }))
        return false;
    selectOnlyCurrent();
    return true;
}

bool ConfigurationChecksTab::hasList() const
{
    return controller()->hasChecks();
}

void ConfigurationChecksTab::updateCount()
{
    if (!controller()->hasChecks()) {
        setCountText({});
        return;
    }
    int high = 0, medium = 0, low = 0;
    for (const CheckFinding &f : m_model->findings()) {
        (f.check->severity == CheckSeverity::High     ? high
         : f.check->severity == CheckSeverity::Medium ? medium
                                                      : low)++;
    }
    setCountText(tr("%1 high · %2 medium · %3 low").arg(high).arg(medium).arg(low));
}

void ConfigurationChecksTab::retranslate()
{
    InsightsListTab::retranslate();
    list()->search()->setPlaceholderText(tr("Search by client, id, check or reason (Ctrl+F)"));
    list()->search()->setAccessibleName(tr("Search findings"));
    filterLabel()->setText(tr("Chec&k:"));
    filter()->setAccessibleName(tr("Check filter"));
    view()->setAccessibleName(tr("Configuration findings"));
    fillCheckFilter();
    updateFindingDetails();
}

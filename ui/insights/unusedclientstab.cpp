// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/insights/unusedclientstab.h"

#include "app/controllers/insightscontroller.h"
#include "models/itemmodels/insightsmodels.h"
#include "ui/insights/toneicondelegate.h"
#include "ui/widgets/searchabletable.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>

using namespace Qt::Literals::StringLiterals;

namespace {
using StatusFilter = ClientActivityFilterProxyModel::StatusFilter;
} // namespace

UnusedClientsTab::UnusedClientsTab(InsightsController *controller, QWidget *parent)
    : InsightsListTab(controller,
                      {u"insightsUnusedTab"_s, u"insightsActivitySearch"_s, u"insightsActivityTable"_s,
                       u"insightsActivityCount"_s, u"insightsStatusFilter"_s, u"insightsDeactivateButton"_s,
                       u"insightsActivityExportConfig"_s, u"insightsActivityShowClient"_s,
                       u"insightsActivityCsv"_s},
                      parent)
    , m_model(new ClientActivityModel(this))
    , m_proxy(new ClientActivityFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);
    list()->setProxy(m_proxy);
    setClientIdRole(ClientActivityModel::ClientIdRole);
    connect(filter(), &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setStatusFilter(StatusFilter(filter()->currentData().toInt())); });

    QTableView *table = view();
    table->sortByColumn(ClientActivityModel::StatusColumn, Qt::AscendingOrder);
    const QString date = QLocale().toString(QDate(2026, 12, 28), QLocale::ShortFormat);
    list()->sizeColumns({QString(12, u'n'), QString(30, u'n'), QString(10, u'n'), u"1,000,000,000"_s,
                         date + u"nn"_s, date + u"nn"_s, u"10,000 days"_s, date, QString(18, u'n'),
                         u"00000000-0000-0000-0000-000000000000"_s},
                        true); // as wide as the translated headers too ("Letzte Anfrage")
    table->horizontalHeader()->setSectionHidden(ClientActivityModel::ClientIdColumn, true);
    table->setItemDelegateForColumn(
        ClientActivityModel::StatusColumn,
        new insightsviews::ToneIconDelegate(
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
    list()->addColumnMenu(ClientActivityModel::NameColumn);

    connect(controller, &InsightsController::activityChanged, this, &UnusedClientsTab::onActivityChanged);
    connect(controller, &InsightsController::clientUpdated, this,
            [this](const OAuthClient &client) { m_model->updateClient(client); });
    connect(controller, &InsightsController::clientGone, this,
            [this](const QString &id) { m_model->removeClient(id); });
    retranslate();
}

void UnusedClientsTab::onActivityChanged()
{
    const QString keep = currentClientId();
    m_model->setReport(controller()->activity());
    if (!keep.isEmpty() && m_model->rowOf(keep) >= 0)
        selectClient(keep);
    else if (m_proxy->rowCount() > 0)
        view()->setCurrentIndex(m_proxy->index(0, ClientActivityModel::NameColumn));
}

QString UnusedClientsTab::currentClientId() const
{
    const QModelIndex i = view()->currentIndex();
    return i.isValid() ? i.data(ClientActivityModel::ClientIdRole).toString() : QString();
}

bool UnusedClientsTab::selectClient(const QString &clientId)
{
    const int row = m_model->rowOf(clientId);
    if (row < 0)
        return false;
    if (!list()->showRow(m_model->index(row, ClientActivityModel::NameColumn),
                         [this] { filter()->setCurrentIndex(0); }))
        return false;
    selectOnlyCurrent();
    return true;
}

bool UnusedClientsTab::hasList() const
{
    return m_model->hasReport();
}

void UnusedClientsTab::updateCount()
{
    if (!m_model->hasReport()) {
        setCountText({});
        return;
    }
    const ActivityReport &r = m_model->report();
    setCountText(tr("%1 unused · %2 new · %3 in use")
                     .arg(r.count(ActivityStatus::Unused))
                     .arg(r.count(ActivityStatus::New))
                     .arg(r.count(ActivityStatus::Active)));
}

void UnusedClientsTab::retranslate()
{
    InsightsListTab::retranslate();
    list()->search()->setPlaceholderText(tr("Search by name, id, state or grant type (Ctrl+F)"));
    list()->search()->setAccessibleName(tr("Search clients"));
    filterLabel()->setText(tr("&Show:"));
    {
        const int current = filter()->currentIndex();
        const QSignalBlocker block(filter());
        filter()->clear();
        filter()->addItem(tr("All clients"), int(StatusFilter::All));
        filter()->addItem(tr("Unused and new"), int(StatusFilter::UnusedOrNew));
        filter()->addItem(tr("Unused"), int(StatusFilter::Unused));
        filter()->addItem(tr("New"), int(StatusFilter::New));
        filter()->addItem(tr("In use"), int(StatusFilter::Active));
        filter()->setCurrentIndex(std::max(0, current));
    }
    filter()->setAccessibleName(tr("Status filter"));
    view()->setAccessibleName(tr("Clients and their usage"));
}

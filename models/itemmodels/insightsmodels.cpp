// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/itemmodels/insightsmodels.h"

#include "models/domain/clientlabels.h"
#include "models/domain/servertext.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {
QString shortDate(QDate day)
{
    return day.isValid() ? QLocale().toString(day, QLocale::ShortFormat) : QString();
}

QString localDate(const QDateTime &dt)
{
    return dt.isValid() ? shortDate(dt.toLocalTime().date()) : QString();
}

QString fullDateTime(const QDateTime &dt)
{
    return dt.isValid() ? QLocale().toString(dt.toLocalTime(), QLocale::LongFormat) : QString();
}

bool matchesAll(const QStringList &terms, const QStringList &haystack)
{
    for (const QString &t : terms) {
        const bool found = std::any_of(haystack.cbegin(), haystack.cend(),
                                       [&t](const QString &h) { return h.contains(t, Qt::CaseInsensitive); });
        if (!found)
            return false;
    }
    return true;
}

} // namespace

// -------------------------------------------------------------------------------------------------
// ClientActivityModel

ClientActivityModel::ClientActivityModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

ClientActivityModel::~ClientActivityModel() = default;

int ClientActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.rows.size());
}

int ClientActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const ClientActivity *ClientActivityModel::activityAt(int row) const
{
    return row >= 0 && row < m_report.rows.size() ? &m_report.rows.at(row) : nullptr;
}

QString ClientActivityModel::statusExplanation(const ClientActivity &a, const ActivityWindow &w)
{
    const QString days = w.days == 1 ? tr("the last day") : tr("the last %1 days").arg(w.days);
    switch (a.status) {
    case ActivityStatus::Unused:
        return tr("No request in %1.").arg(days);
    case ActivityStatus::New:
        if (a.ageDays == 0)
            return tr("Created today, inside %1: too new to call unused.").arg(days);
        return (a.ageDays == 1 ? tr("Created yesterday, inside %1: too new to call unused.")
                               : tr("Created %1 days ago, inside %2: too new to call unused.").arg(a.ageDays))
            .arg(days);
    case ActivityStatus::Active:
        return (a.requests == 1
                    ? tr("1 request in %1, on %2.")
                    : tr("%1 requests in %2, the last on %3.").arg(QLocale().toString(a.requests)))
            .arg(days, shortDate(a.lastDay));
    }
    return {};
}

QVariant ClientActivityModel::display(const ClientActivity &a, int column) const
{
    switch (column) {
    case StatusColumn:
        return activityStatusLabel(a.status);
    case NameColumn:
        return a.client.name.isEmpty() ? a.client.id : a.client.name;
    case StateColumn:
        return ClientLabels::stateLabel(a.client.state);
    case RequestsColumn:
        return QLocale().toString(a.requests);
    case LastRequestColumn:
        return a.lastDay.isValid() ? shortDate(a.lastDay) : tr("none");
    case CreatedColumn:
        return localDate(a.client.dateCreated);
    case AgeColumn:
        if (a.ageDays < 0)
            return QString();
        return a.ageDays == 1 ? tr("1 day") : tr("%1 days").arg(QLocale().toString(a.ageDays));
    case DeletesColumn:
        return localDate(a.client.dateToDelete);
    case GrantColumn:
        return ClientLabels::grantTypeLabel(a.client.grantType);
    case ClientIdColumn:
        return a.client.id;
    default:
        return {};
    }
}

QVariant ClientActivityModel::sortValue(const ClientActivity &a, int row, int column) const
{
    switch (column) {
    case StatusColumn:
        return row;
    case NameColumn:
        return a.client.name.toLower();
    case StateColumn:
        return ClientLabels::stateLabel(a.client.state);
    case RequestsColumn:
        return a.requests;
    case LastRequestColumn:
        return a.lastDay.isValid() ? qint64(a.lastDay.toJulianDay()) : qint64(-1);
    case CreatedColumn:
        return a.client.dateCreated.isValid() ? a.client.dateCreated.toMSecsSinceEpoch() : qint64(-1);
    case AgeColumn:
        return qint64(a.ageDays);
    case DeletesColumn:
        return a.client.dateToDelete.isValid() ? a.client.dateToDelete.toMSecsSinceEpoch()
                                               : std::numeric_limits<qint64>::max();
    case GrantColumn:
        return ClientLabels::grantTypeLabel(a.client.grantType);
    case ClientIdColumn:
        return a.client.id;
    default:
        return {};
    }
}

QVariant ClientActivityModel::data(const QModelIndex &index, int role) const
{
    const ClientActivity *a = index.isValid() ? activityAt(index.row()) : nullptr;
    if (!a)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return servertext::displayable(display(*a, index.column()));
    case Qt::ToolTipRole:
        switch (index.column()) {
        case StatusColumn:
        case RequestsColumn:
        case LastRequestColumn:
            return statusExplanation(*a, m_report.window);
        case CreatedColumn:
            return fullDateTime(a->client.dateCreated);
        case DeletesColumn:
            return a->client.dateToDelete.isValid()
                       ? tr("The platform deletes the client on %1. Until then it can be set active again.")
                             .arg(fullDateTime(a->client.dateToDelete))
                       : QVariant();
        case NameColumn:
            return a->client.description.isEmpty() ? QVariant()
                                                   : servertext::displayable(a->client.description);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == RequestsColumn || index.column() == AgeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return sortValue(*a, index.row(), index.column());
    case ClientIdRole:
        return a->client.id;
    case StatusRole:
        return int(a->status);
    case RequestsRole:
        return a->requests;
    default:
        return {};
    }
}

QVariant ClientActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case StatusColumn:
            return tr("Unused: no request in the window. New: created inside the window, too young to judge. "
                      "In use: called in the window.");
        case LastRequestColumn:
            return tr("The last UTC day with a request inside the window.");
        case DeletesColumn:
            return tr("Inactive clients: when the platform deletes them.");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn:
        return tr("Usage");
    case NameColumn:
        return tr("Client");
    case StateColumn:
        return tr("State");
    case RequestsColumn:
        return tr("Requests");
    case LastRequestColumn:
        return tr("Last request");
    case CreatedColumn:
        return tr("Created");
    case AgeColumn:
        return tr("Age");
    case DeletesColumn:
        return tr("Deletion date"); // mostly still to come: not "Deleted on"
    case GrantColumn:
        return tr("Grant type");
    case ClientIdColumn:
        return tr("Client ID");
    default:
        return {};
    }
}

void ClientActivityModel::setReport(ActivityReport report)
{
    beginResetModel();
    m_report = std::move(report);
    endResetModel();
}

void ClientActivityModel::clear()
{
    setReport({});
}

void ClientActivityModel::updateClient(const OAuthClient &client)
{
    if (!hasReport())
        return;
    if (client.clientState() == ClientState::Deleted) {
        removeClient(client.id);
        return;
    }
    if (const int row = m_report.indexOf(client.id); row >= 0) {
        m_report.updateClient(client);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    ClientActivity a = m_report.activityFor(client);
    const int at = m_report.positionFor(a);
    beginInsertRows({}, at, at);
    m_report.rows.insert(at, std::move(a));
    endInsertRows();
    // The Status column sorts by position: the rows below moved down by one.
    if (at + 1 < m_report.rows.size())
        Q_EMIT dataChanged(index(at + 1, StatusColumn), index(int(m_report.rows.size()) - 1, StatusColumn),
                           {SortRole});
}

void ClientActivityModel::removeClient(const QString &clientId)
{
    const int row = m_report.indexOf(clientId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_report.rows.removeAt(row);
    endRemoveRows();
    if (row < m_report.rows.size())
        Q_EMIT dataChanged(index(row, StatusColumn), index(int(m_report.rows.size()) - 1, StatusColumn),
                           {SortRole});
}

// -------------------------------------------------------------------------------------------------
// CheckFindingsModel

CheckFindingsModel::CheckFindingsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

CheckFindingsModel::~CheckFindingsModel() = default;

int CheckFindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int CheckFindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const CheckFinding *CheckFindingsModel::findingAt(int row) const
{
    return row >= 0 && row < m_findings.size() ? &m_findings.at(row) : nullptr;
}

int CheckFindingsModel::rowOf(const QString &checkId, const QString &clientId) const
{
    for (qsizetype i = 0; i < m_findings.size(); ++i) {
        const CheckFinding &f = m_findings.at(i);
        if (f.client.id == clientId && (checkId.isEmpty() || (f.check && checkId == f.check->id)))
            return int(i);
    }
    return -1;
}

int CheckFindingsModel::count(const QString &checkId) const
{
    return int(std::count_if(m_findings.cbegin(), m_findings.cend(), [&checkId](const CheckFinding &f) {
        return f.check && checkId == f.check->id;
    }));
}

QVariant CheckFindingsModel::data(const QModelIndex &index, int role) const
{
    const CheckFinding *f = index.isValid() ? findingAt(index.row()) : nullptr;
    if (!f || !f->check)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return checkSeverityLabel(f->check->severity);
        case CheckColumn:
            return checkTitle(*f->check);
        case NameColumn:
            return servertext::displayable(f->client.name.isEmpty() ? f->client.id : f->client.name);
        case StateColumn:
            return ClientLabels::stateLabel(f->client.state);
        case ReasonColumn:
            return servertext::displayable(f->reason);
        case ClientIdColumn:
            return servertext::displayable(f->client.id);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case SeverityColumn:
        case CheckColumn:
            return checkAdvice(*f->check);
        case ReasonColumn:
            return servertext::displayable(f->reason);
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case SeverityColumn:
        case CheckColumn:
            return index.row(); // the findings' own order: severity, check, client
        case NameColumn:
            return f->client.name.toLower();
        case StateColumn:
            return ClientLabels::stateLabel(f->client.state);
        case ReasonColumn:
            return f->reason;
        case ClientIdColumn:
            return f->client.id;
        default:
            return {};
        }
    case ClientIdRole:
        return f->client.id;
    case CheckIdRole:
        return QString(f->check->id);
    case SeverityRole:
        return int(f->check->severity);
    default:
        return {};
    }
}

QVariant CheckFindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case CheckColumn:
        return tr("Check");
    case NameColumn:
        return tr("Client");
    case StateColumn:
        return tr("State");
    case ReasonColumn:
        return tr("Reason");
    case ClientIdColumn:
        return tr("Client ID");
    default:
        return {};
    }
}

void CheckFindingsModel::setFindings(QList<CheckFinding> findings)
{
    beginResetModel();
    m_findings = std::move(findings);
    endResetModel();
}

void CheckFindingsModel::clear()
{
    setFindings({});
}

void CheckFindingsModel::setClientFindings(const QString &clientId, const QList<CheckFinding> &findings)
{
    // Out with the client's old findings, one contiguous block at a time (from the end, so the
    // rows before stay where they are)...
    for (qsizetype i = m_findings.size() - 1; i >= 0; --i) {
        if (m_findings.at(i).client.id != clientId)
            continue;
        qsizetype first = i;
        while (first > 0 && m_findings.at(first - 1).client.id == clientId)
            --first;
        beginRemoveRows({}, int(first), int(i));
        m_findings.remove(first, i - first + 1);
        endRemoveRows();
        i = first;
    }
    // ...and in with the new ones, each at its place in the order.
    for (const CheckFinding &f : findings) {
        const int at = int(std::lower_bound(m_findings.cbegin(), m_findings.cend(), f, findingLess) -
                           m_findings.cbegin());
        beginInsertRows({}, at, at);
        m_findings.insert(at, f);
        endInsertRows();
    }
    // The first two columns sort by position, which moved for everything after the first change.
    if (!m_findings.isEmpty())
        Q_EMIT dataChanged(index(0, SeverityColumn), index(int(m_findings.size()) - 1, CheckColumn),
                           {SortRole});
}

// -------------------------------------------------------------------------------------------------
// Proxies

ClientActivityFilterProxyModel::ClientActivityFilterProxyModel(QObject *parent)
    : TermFilterProxyModel(ClientActivityModel::SortRole, parent)
{}

void ClientActivityFilterProxyModel::setStatusFilter(StatusFilter filter)
{
    setOwnFilter(m_status, filter);
}

bool ClientActivityFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *model = qobject_cast<const ClientActivityModel *>(sourceModel());
    const ClientActivity *a = model ? model->activityAt(sourceRow) : nullptr;
    if (!a)
        return false;
    switch (m_status) {
    case StatusFilter::All:
        break;
    case StatusFilter::UnusedOrNew:
        if (a->status == ActivityStatus::Active)
            return false;
        break;
    case StatusFilter::Unused:
        if (a->status != ActivityStatus::Unused)
            return false;
        break;
    case StatusFilter::New:
        if (a->status != ActivityStatus::New)
            return false;
        break;
    case StatusFilter::Active:
        if (a->status != ActivityStatus::Active)
            return false;
        break;
    }
    if (terms().isEmpty())
        return true;
    return matchesAll(terms(),
                      {a->client.name, a->client.id, a->client.state,
                       ClientLabels::stateLabel(a->client.state), a->client.grantType,
                       ClientLabels::grantTypeLabel(a->client.grantType), activityStatusLabel(a->status)});
}

CheckFindingsFilterProxyModel::CheckFindingsFilterProxyModel(QObject *parent)
    : TermFilterProxyModel(CheckFindingsModel::SortRole, parent)
{}

void CheckFindingsFilterProxyModel::setCheckFilter(const QString &checkId)
{
    setOwnFilter(m_check, checkId);
}

bool CheckFindingsFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *model = qobject_cast<const CheckFindingsModel *>(sourceModel());
    const CheckFinding *f = model ? model->findingAt(sourceRow) : nullptr;
    if (!f || !f->check)
        return false;
    if (!m_check.isEmpty() && m_check != f->check->id)
        return false;
    if (terms().isEmpty())
        return true;
    return matchesAll(terms(), {f->client.name, f->client.id, checkTitle(*f->check), f->reason,
                                checkSeverityLabel(f->check->severity)});
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/itemmodels/scopelistmodel.h"

#include "models/domain/servertext.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

ScopeListModel::ScopeListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int ScopeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_scopes.size());
}

int ScopeListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int ScopeListModel::clientCountAt(int row) const
{
    if (!m_hasUsage)
        return -1;
    return m_usage.value(m_scopes.at(row).id, 0);
}

QVariant ScopeListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OAuthScope &s = m_scopes.at(index.row());
    const int count = clientCountAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ScopeColumn:
            return servertext::displayable(s.id);
        case DescriptionColumn:
            return servertext::displayable(s.description);
        case ClientsColumn:
            return count < 0 ? QString() : QLocale().toString(count);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == DescriptionColumn && !s.description.isEmpty())
            return servertext::displayable(s.description);
        if (index.column() == ClientsColumn && count >= 0)
            return tr("Used by %Ln client(s) of this org.", nullptr, count);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ClientsColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ScopeIdRole:
        return s.id;
    case DescriptionRole:
        return s.description;
    case ClientCountRole:
        return count;
    case SearchTextRole:
        return m_search.at(index.row());
    case SortRole:
        if (index.column() == ClientsColumn)
            return count;
        return index.column() == ScopeColumn ? s.id : s.description;
    default:
        return {};
    }
}

QVariant ScopeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ScopeColumn:
        return tr("Scope");
    case DescriptionColumn:
        return tr("Description");
    case ClientsColumn:
        return tr("Clients");
    default:
        return {};
    }
}

QHash<int, QByteArray> ScopeListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ScopeIdRole, "scopeId");
    names.insert(DescriptionRole, "description");
    names.insert(ClientCountRole, "clientCount");
    names.insert(SearchTextRole, "searchText");
    names.insert(SortRole, "sort");
    return names;
}

void ScopeListModel::setScopes(const QList<OAuthScope> &scopes)
{
    beginResetModel();
    m_scopes.clear();
    m_search.clear();
    m_index.clear();
    m_scopes.reserve(scopes.size());
    for (const OAuthScope &s : scopes) {
        if (s.id.isEmpty() || m_index.contains(s.id))
            continue;
        m_index.insert(s.id, int(m_scopes.size()));
        m_scopes.append(s);
        m_search.append(QString(s.id + u'\n' + s.description).toLower());
    }
    endResetModel();
}

void ScopeListModel::clear()
{
    if (m_scopes.isEmpty())
        return;
    beginResetModel();
    m_scopes.clear();
    m_search.clear();
    m_index.clear();
    endResetModel();
}

void ScopeListModel::setClientUsage(const std::optional<QHash<QString, int>> &usage)
{
    const bool had = m_hasUsage;
    const QHash<QString, int> before = m_usage;
    m_hasUsage = usage.has_value();
    m_usage = usage.value_or(QHash<QString, int>());
    // Only the rows whose count changed, in contiguous runs.
    int first = -1;
    auto flush = [&](int last) {
        if (first >= 0)
            Q_EMIT dataChanged(index(first, ClientsColumn), index(last, ClientsColumn),
                               {Qt::DisplayRole, Qt::ToolTipRole, ClientCountRole, SortRole});
        first = -1;
    };
    for (int r = 0; r < m_scopes.size(); ++r) {
        const QString &id = m_scopes.at(r).id;
        const int old = had ? before.value(id, 0) : -1;
        const int now = m_hasUsage ? m_usage.value(id, 0) : -1;
        if (old != now) {
            if (first < 0)
                first = r;
        } else {
            flush(r - 1);
        }
    }
    flush(int(m_scopes.size()) - 1);
}

int ScopeListModel::rowOf(const QString &scopeId) const
{
    return m_index.value(scopeId, -1);
}

bool ScopeListModel::rowMatches(int row, const QStringList &terms) const
{
    const QString &haystack = m_search.at(row);
    for (const QString &t : terms) {
        if (!haystack.contains(t))
            return false;
    }
    return true;
}

QHash<QString, int> ScopeListModel::countClients(const QList<OAuthClient> &clients)
{
    QHash<QString, int> out;
    for (const OAuthClient &c : clients) {
        // A client lists each scope once; guard anyway, a count must not exceed the clients.
        QStringList seen;
        for (const QString &s : c.scope) {
            if (seen.contains(s))
                continue;
            seen.append(s);
            ++out[s];
        }
    }
    return out;
}

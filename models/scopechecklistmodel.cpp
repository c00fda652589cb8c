// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/scopechecklistmodel.h"

ScopeChecklistModel::ScopeChecklistModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int ScopeChecklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ScopeChecklistModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScopeChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == ScopeColumn)
            return item.id;
        return item.known ? item.description : tr("Not in the scope catalogue (kept as it is)");
    case Qt::ToolTipRole:
        return item.known ? item.description
                          : tr("The catalogue does not list this scope; it stays on the client.");
    case Qt::CheckStateRole:
        if (index.column() == ScopeColumn)
            return m_checked.contains(item.id) ? Qt::Checked : Qt::Unchecked;
        return {};
    case ScopeIdRole:
        return item.id;
    case DescriptionRole:
        return item.description;
    case KnownRole:
        return item.known;
    case SearchTextRole:
        return QString(item.id + u' ' + item.description).toLower();
    default:
        return {};
    }
}

QVariant ScopeChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == ScopeColumn ? tr("Scope") : tr("Description");
}

Qt::ItemFlags ScopeChecklistModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == ScopeColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool ScopeChecklistModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        index.column() != ScopeColumn)
        return false;
    const QString &id = m_items.at(index.row()).id;
    const bool on = value.toInt() == Qt::Checked;
    if (on == m_checked.contains(id))
        return true;
    if (on)
        m_checked.insert(id);
    else
        m_checked.remove(id);
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
    return true;
}

QHash<int, QByteArray> ScopeChecklistModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ScopeIdRole, "scopeId");
    names.insert(DescriptionRole, "description");
    names.insert(KnownRole, "known");
    names.insert(SearchTextRole, "searchText");
    return names;
}

void ScopeChecklistModel::rebuild(const QList<OAuthScope> &scopes)
{
    m_items.clear();
    QSet<QString> known;
    for (const OAuthScope &s : scopes) {
        if (s.id.isEmpty() || known.contains(s.id))
            continue;
        known.insert(s.id);
        m_items.append({s.id, s.description, true});
    }
    QStringList missing;
    for (const QString &id : std::as_const(m_checked)) {
        if (!known.contains(id))
            missing.append(id);
    }
    missing.sort();
    for (const QString &id : std::as_const(missing))
        m_items.append({id, QString(), false});
}

void ScopeChecklistModel::setCatalog(const QList<OAuthScope> &scopes)
{
    beginResetModel();
    rebuild(scopes);
    endResetModel();
}

void ScopeChecklistModel::setChecked(const QStringList &ids)
{
    const QSet<QString> next(ids.begin(), ids.end());
    if (next == m_checked)
        return;
    // Ids the rows lack become rows of their own (inserted, not a reset).
    QStringList added;
    for (const QString &id : next) {
        if (rowOf(id) < 0)
            added.append(id);
    }
    added.sort();
    if (!added.isEmpty()) {
        beginInsertRows({}, int(m_items.size()), int(m_items.size() + added.size()) - 1);
        for (const QString &id : std::as_const(added))
            m_items.append({id, QString(), false});
        endInsertRows();
    }
    m_checked = next;
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, ScopeColumn), index(rowCount() - 1, ScopeColumn), {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
}

QStringList ScopeChecklistModel::checked() const
{
    QStringList out;
    for (const Item &item : m_items) {
        if (item.known && m_checked.contains(item.id))
            out.append(item.id);
    }
    for (const Item &item : m_items) {
        if (!item.known && m_checked.contains(item.id))
            out.append(item.id);
    }
    return out;
}

int ScopeChecklistModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).id == id)
            return i;
    }
    return -1;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/itemmodels/scopechecklistmodel.h"

#include "models/domain/servertext.h"
#include "models/itemmodels/scopelistmodel.h"

ScopeChecklistModel::ScopeChecklistModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

ScopeChecklistModel::~ScopeChecklistModel()
{
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
}

int ScopeChecklistModel::catalogRows() const
{
    // While the catalogue is being reset, this model is too: no rows of it are valid.
    return m_catalog && !m_inSourceChange ? m_catalog->rowCount() : 0;
}

int ScopeChecklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : catalogRows() + int(m_unknown.size());
}

int ScopeChecklistModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ScopeChecklistModel::idAt(int row) const
{
    const int known = catalogRows();
    return row < known ? m_catalog->scopeAt(row).id : m_unknown.at(row - known);
}

QString ScopeChecklistModel::descriptionAt(int row) const
{
    return row < catalogRows() ? m_catalog->scopeAt(row).description : QString();
}

QVariant ScopeChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const bool known = row < catalogRows();
    const QString id = idAt(row);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == ScopeColumn)
            return servertext::displayable(id);
        return known ? servertext::displayable(descriptionAt(row))
                     : tr("Not in the scope catalogue (kept as it is)");
    case Qt::ToolTipRole:
        return known ? servertext::displayable(descriptionAt(row))
                     : tr("The catalogue does not list this scope; it stays on the client.");
    case Qt::CheckStateRole:
        if (index.column() == ScopeColumn)
            return m_checked.contains(id) ? Qt::Checked : Qt::Unchecked;
        return {};
    case ScopeIdRole:
        return id;
    case DescriptionRole:
        return descriptionAt(row);
    case KnownRole:
        return known;
    case SearchTextRole:
        return QString(id + u' ' + descriptionAt(row)).toLower();
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
    const QString id = idAt(index.row());
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

void ScopeChecklistModel::recomputeUnknown()
{
    m_unknown.clear();
    for (const QString &id : std::as_const(m_checked)) {
        if (!m_catalog || m_catalog->rowOf(id) < 0)
            m_unknown.append(id);
    }
    m_unknown.sort();
}

void ScopeChecklistModel::beginSourceChange()
{
    if (m_inSourceChange)
        return;
    beginResetModel();
    m_inSourceChange = true;
}

void ScopeChecklistModel::endSourceChange()
{
    if (!m_inSourceChange)
        return;
    m_inSourceChange = false;
    recomputeUnknown();
    endResetModel();
}

void ScopeChecklistModel::setCatalogModel(ScopeListModel *catalog)
{
    if (catalog == m_catalog)
        return;
    beginResetModel();
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_catalog = catalog;
    if (catalog) {
        // The catalogue is replaced as a whole (sign-in, language change): a reset here too. Row
        // inserts and removals are not expected from it, and are followed as resets as well.
        using M = QAbstractItemModel;
        const auto begin = [this] { beginSourceChange(); };
        const auto end = [this] { endSourceChange(); };
        m_connections << connect(catalog, &M::modelAboutToBeReset, this, begin);
        m_connections << connect(catalog, &M::modelReset, this, end);
        m_connections << connect(catalog, &M::layoutAboutToBeChanged, this, begin);
        m_connections << connect(catalog, &M::layoutChanged, this, end);
        m_connections << connect(catalog, &M::rowsAboutToBeInserted, this, begin);
        m_connections << connect(catalog, &M::rowsInserted, this, end);
        m_connections << connect(catalog, &M::rowsAboutToBeRemoved, this, begin);
        m_connections << connect(catalog, &M::rowsRemoved, this, end);
        m_connections << connect(catalog, &M::rowsAboutToBeMoved, this, begin);
        m_connections << connect(catalog, &M::rowsMoved, this, end);
        m_connections << connect(catalog, &M::dataChanged, this,
                                 [this](const QModelIndex &tl, const QModelIndex &br) {
                                     // Only ids and descriptions are shown here, not the counts.
                                     if (tl.column() > ScopeListModel::DescriptionColumn)
                                         return;
                                     Q_EMIT dataChanged(index(tl.row(), 0), index(br.row(), ColumnCount - 1));
                                 });
        m_connections << connect(catalog, &QObject::destroyed, this, [this] {
            beginResetModel();
            m_inSourceChange = false;
            recomputeUnknown();
            endResetModel();
        });
    }
    recomputeUnknown();
    endResetModel();
}

ScopeListModel *ScopeChecklistModel::catalogModel() const
{
    return m_catalog;
}

void ScopeChecklistModel::setCatalog(const QList<OAuthScope> &scopes)
{
    if (!m_own)
        m_own = new ScopeListModel(this);
    setCatalogModel(m_own);
    m_own->setScopes(scopes);
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
        const int at = rowCount();
        beginInsertRows({}, at, at + int(added.size()) - 1);
        m_unknown += added;
        endInsertRows();
    }
    m_checked = next;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, ScopeColumn), index(rowCount() - 1, ScopeColumn), {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
}

QStringList ScopeChecklistModel::checked() const
{
    QStringList out;
    const int known = catalogRows();
    for (int r = 0; r < known; ++r) {
        const QString &id = m_catalog->scopeAt(r).id;
        if (m_checked.contains(id))
            out.append(id);
    }
    for (const QString &id : m_unknown) {
        if (m_checked.contains(id))
            out.append(id);
    }
    return out;
}

int ScopeChecklistModel::rowOf(const QString &id) const
{
    if (m_catalog && !m_inSourceChange) {
        if (const int r = m_catalog->rowOf(id); r >= 0)
            return r;
    }
    const qsizetype u = m_unknown.indexOf(id);
    return u < 0 ? -1 : catalogRows() + int(u);
}

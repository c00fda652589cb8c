// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/itemmodels/authorizationlistmodel.h"

#include "models/domain/clientlabels.h"
#include "models/domain/servertext.h"

#include <QLocale>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString StateNames[] = {u"Unauthorized"_s, u"Requested"_s, u"Authorized"_s, u"Revoked"_s};

// The list shows the day; the tooltip has the time.
QString shortDate(const QDateTime &dt)
{
    return dt.isValid() ? QLocale().toString(dt.toLocalTime().date(), QLocale::ShortFormat) : QString();
}

QString fullDate(const QDateTime &dt)
{
    return dt.isValid() ? QLocale().toString(dt.toLocalTime(), QLocale::ShortFormat) : QString();
}
} // namespace

AuthorizationState authorizationStateFromString(QStringView s)
{
    for (int i = 0; i < 4; ++i) {
        // The documented spelling is capitalised; accept any case, as the server may change it.
        if (s.compare(StateNames[i], Qt::CaseInsensitive) == 0)
            return AuthorizationState(i);
    }
    return AuthorizationState::Unknown;
}

QString authorizationStateToString(AuthorizationState s)
{
    return s == AuthorizationState::Unknown ? QString() : StateNames[int(s)];
}

AuthorizationListModel::AuthorizationListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

AuthorizationListModel::~AuthorizationListModel() = default;

int AuthorizationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuthorizationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuthorizationListModel::stateLabel(const QString &raw)
{
    switch (authorizationStateFromString(raw)) {
    case AuthorizationState::Unauthorized:
        return tr("Unauthorized");
    case AuthorizationState::Requested:
        return tr("Requested");
    case AuthorizationState::Authorized:
        return tr("Authorized");
    case AuthorizationState::Revoked:
        return tr("Revoked");
    case AuthorizationState::Unknown:
        break;
    }
    return raw.isEmpty() ? tr("(no state)") : raw;
}

QString AuthorizationListModel::stateText(const OAuthAuthorization &a)
{
    const QString label = stateLabel(a.state);
    return a.pending ? tr("%1, pending").arg(label) : label;
}

QString AuthorizationListModel::rolesText(const OAuthAuthorization &a) const
{
    QStringList names;
    names.reserve(a.roles.size());
    for (const QString &id : a.roles)
        names.append(roleName(id));
    return names.join(u", "_s);
}

QString AuthorizationListModel::roleName(const QString &id) const
{
    return m_roleNames.value(id, id);
}

AuthorizationListModel::Row AuthorizationListModel::makeRow(const OAuthAuthorization &a) const
{
    Row r;
    r.auth = a;
    r.state = authorizationStateFromString(a.state);
    QStringList parts{a.client.name,
                      a.client.id,
                      a.client.description,
                      a.state,
                      stateLabel(a.state),
                      a.client.grantType,
                      ClientLabels::grantTypeLabel(a.client.grantType),
                      a.resourceOwner.displayName(),
                      rolesText(a)};
    if (a.pending)
        parts << u"pending"_s << tr("pending");
    parts += a.scope;
    r.search = parts.join(u'\n').toLower();
    return r;
}

QVariant AuthorizationListModel::display(const Row &row, int column) const
{
    const OAuthAuthorization &a = row.auth;
    switch (Column(column)) {
    case ClientColumn:
        return a.client.name.isEmpty() ? a.client.id : a.client.name;
    case StateColumn:
        return stateText(a);
    case GrantTypeColumn:
        return a.client.grantType.isEmpty() ? QString() : ClientLabels::grantTypeLabel(a.client.grantType);
    case ScopesColumn:
        return a.scope.join(u", "_s);
    case RolesColumn:
        return rolesText(a);
    case ResourceOwnerColumn:
        return a.resourceOwner.displayName();
    case CreatedColumn:
        return shortDate(a.dateCreated);
    case ModifiedColumn:
        return shortDate(a.dateModified);
    case ClientIdColumn:
        return a.client.id;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AuthorizationListModel::sortValue(const Row &row, int column) const
{
    const OAuthAuthorization &a = row.auth;
    switch (Column(column)) {
    case StateColumn:
        // The workflow's order (unauthorized, requested, authorized, revoked); within a state, those
        // still waiting for a decision first.
        return int(row.state) * 2 + (a.pending ? 0 : 1);
    case ScopesColumn:
        return int(a.scope.size());
    case RolesColumn:
        return int(a.roles.size());
    case CreatedColumn:
        return a.dateCreated.isValid() ? a.dateCreated.toMSecsSinceEpoch() : 0;
    case ModifiedColumn:
        return a.dateModified.isValid() ? a.dateModified.toMSecsSinceEpoch() : 0;
    default:
        return display(row, column).toString();
    }
}

QVariant AuthorizationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const OAuthAuthorization &a = row.auth;
    switch (role) {
    case Qt::DisplayRole:
        return servertext::displayable(display(row, index.column()));
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ClientColumn:
            return a.client.description.isEmpty() ? QVariant()
                                                  : servertext::displayable(a.client.description);
        case StateColumn:
            return a.pending ? tr("The platform is waiting for a decision on this authorization.")
                             : QVariant();
        case ScopesColumn:
            return a.scope.isEmpty() ? QVariant() : servertext::displayable(a.scope.join(u'\n'));
        case RolesColumn:
            return a.roles.isEmpty() ? QVariant()
                                     : servertext::displayable(rolesText(a).replace(u", "_s, u"\n"_s));
        case CreatedColumn:
            return fullDate(a.dateCreated);
        case ModifiedColumn:
            return fullDate(a.dateModified);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == CreatedColumn || index.column() == ModifiedColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ClientIdRole:
        return a.client.id;
    case ClientNameRole:
        return a.client.name;
    case StateRole:
        return a.state;
    case AuthorizationStateRole:
        return int(row.state);
    case PendingRole:
        return a.pending;
    case GrantTypeRole:
        return a.client.grantType;
    case ScopesRole:
        return a.scope;
    case RoleIdsRole:
        return a.roles;
    case ResourceOwnerRole:
        return a.resourceOwner.displayName();
    case DateCreatedRole:
        return a.dateCreated;
    case DateModifiedRole:
        return a.dateModified;
    case AuthorizationRole:
        return QVariant::fromValue(a);
    case SearchTextRole:
        return row.search;
    case SortRole:
        return sortValue(row, index.column());
    default:
        return {};
    }
}

QVariant AuthorizationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case ClientColumn:
        return tr("Client");
    case StateColumn:
        return tr("State");
    case GrantTypeColumn:
        return tr("Grant type");
    case ScopesColumn:
        return tr("Scopes");
    case RolesColumn:
        return tr("Roles");
    case ResourceOwnerColumn:
        return tr("Resource owner");
    case CreatedColumn:
        return tr("Created");
    case ModifiedColumn:
        return tr("Modified");
    case ClientIdColumn:
        return tr("Client ID");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> AuthorizationListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ClientIdRole, "clientId");
    names.insert(ClientNameRole, "clientName");
    names.insert(StateRole, "state");
    names.insert(AuthorizationStateRole, "authorizationState");
    names.insert(PendingRole, "pending");
    names.insert(GrantTypeRole, "grantType");
    names.insert(ScopesRole, "scopes");
    names.insert(RoleIdsRole, "roleIds");
    names.insert(ResourceOwnerRole, "resourceOwner");
    names.insert(DateCreatedRole, "dateCreated");
    names.insert(DateModifiedRole, "dateModified");
    names.insert(AuthorizationRole, "authorization");
    names.insert(SearchTextRole, "searchText");
    names.insert(SortRole, "sort");
    return names;
}

void AuthorizationListModel::rebuildIndex()
{
    m_index.clear();
    m_index.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_index.insert(m_rows.at(i).auth.client.id, i);
}

void AuthorizationListModel::setAuthorizations(const QList<OAuthAuthorization> &authorizations)
{
    beginResetModel();
    m_rows.clear();
    m_index.clear();
    for (const OAuthAuthorization &a : authorizations) {
        if (m_index.contains(a.client.id))
            continue;
        m_index.insert(a.client.id, int(m_rows.size()));
        m_rows.append(makeRow(a));
    }
    endResetModel();
}

void AuthorizationListModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    m_index.clear();
    endResetModel();
}

bool AuthorizationListModel::sameContent(const OAuthAuthorization &a, const OAuthAuthorization &b)
{
    // The server's object holds every field, also the ones the app does not model.
    return a.json == b.json;
}

void AuthorizationListModel::mergeAuthorizations(const QList<OAuthAuthorization> &authorizations)
{
    QSet<QString> incoming;
    for (const OAuthAuthorization &a : authorizations)
        incoming.insert(a.client.id);
    // Remove what is gone, bottom up so that row numbers stay valid; contiguous runs at once.
    for (int r = int(m_rows.size()) - 1; r >= 0;) {
        if (incoming.contains(m_rows.at(r).auth.client.id)) {
            --r;
            continue;
        }
        int first = r;
        while (first > 0 && !incoming.contains(m_rows.at(first - 1).auth.client.id))
            --first;
        beginRemoveRows({}, first, r);
        m_rows.remove(first, r - first + 1);
        endRemoveRows();
        r = first - 1;
    }
    rebuildIndex();
    QSet<QString> seen;
    for (const OAuthAuthorization &a : authorizations) {
        if (seen.contains(a.client.id))
            continue;
        seen.insert(a.client.id);
        upsertAuthorization(a);
    }
}

void AuthorizationListModel::upsertAuthorization(const OAuthAuthorization &authorization)
{
    const int row = rowOf(authorization.client.id);
    if (row < 0) {
        const int at = int(m_rows.size());
        beginInsertRows({}, at, at);
        m_rows.append(makeRow(authorization));
        m_index.insert(authorization.client.id, at);
        endInsertRows();
        return;
    }
    if (sameContent(m_rows.at(row).auth, authorization))
        return;
    m_rows[row] = makeRow(authorization);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void AuthorizationListModel::setRoleNames(const QHash<QString, QString> &names)
{
    if (names == m_roleNames)
        return;
    m_roleNames = names;
    if (m_rows.isEmpty())
        return;
    for (Row &r : m_rows)
        r = makeRow(r.auth); // the search text holds the names too
    Q_EMIT dataChanged(index(0, RolesColumn), index(rowCount() - 1, RolesColumn),
                       {Qt::DisplayRole, Qt::ToolTipRole, SearchTextRole, SortRole});
}

int AuthorizationListModel::rowOf(const QString &clientId) const
{
    return m_index.value(clientId, -1);
}

const OAuthAuthorization &AuthorizationListModel::authorizationAt(int row) const
{
    return m_rows.at(row).auth;
}

std::optional<OAuthAuthorization> AuthorizationListModel::authorization(const QString &clientId) const
{
    const int row = rowOf(clientId);
    if (row < 0)
        return std::nullopt;
    return m_rows.at(row).auth;
}

bool AuthorizationListModel::rowMatches(int row, const QStringList &terms) const
{
    const QString &haystack = m_rows.at(row).search;
    for (const QString &t : terms) {
        if (!haystack.contains(t))
            return false;
    }
    return true;
}

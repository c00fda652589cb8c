// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/itemmodels/clientlistmodel.h"

#include "models/domain/clientlabels.h"
#include "models/domain/servertext.h"
#include "models/json/parallel.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {
// A collator for people: numeric mode ("Client 2" before "Client 10"), case-insensitive. The "C"
// locale has no human collation (ICU then compares code points and ignores numeric mode), so it
// falls back to English.
QCollator makeCollator()
{
    QLocale locale;
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    QCollator c(locale);
    c.setNumericMode(true);
    c.setCaseSensitivity(Qt::CaseInsensitive);
    c.setIgnorePunctuation(false);
    return c;
}

// A client of a list that setClients() owns is moved out of it; one still shared is copied.
OAuthClient take(const OAuthClient *c, bool owned)
{
    return owned ? OAuthClient(std::move(*const_cast<OAuthClient *>(c))) : OAuthClient(*c);
}

// A row added or replaced on its own keeps its own copy of its text: one changed client of a
// reload must not keep that whole listing's answer in memory.
OAuthClient ownCopy(const OAuthClient &c)
{
    OAuthClient copy = c;
    copy.json.unshare();
    return copy;
}

// The list shows the day; the tooltip has the time.
QString shortDate(const QDateTime &dt)
{
    if (!dt.isValid())
        return {};
    return QLocale().toString(dt.toLocalTime().date(), QLocale::ShortFormat);
}

QString fullDate(const QDateTime &dt)
{
    return QLocale().toString(dt.toLocalTime(), QLocale::ShortFormat);
}

// Unknown usage: not fetched yet, or a client the usage report does not have.
QString unknownUsage()
{
    return QStringLiteral("\u2014"); // an em dash
}
} // namespace

// A listing has a handful of distinct grant types and states (the parser shares their strings),
// so building 10,000 rows translates each once instead of 20,000 times.
struct ClientListModel::LabelCache
{
    QHash<QString, QString> grants;
    QHash<QString, QString> states;

    static const QString &label(QHash<QString, QString> &cache, const QString &raw,
                                QString (*make)(const QString &))
    {
        auto it = cache.find(raw);
        if (it == cache.end())
            it = cache.insert(raw, make(raw));
        return it.value();
    }
};

ClientListModel::Row::Row(OAuthClient c, const QCollator &collator, LabelCache *labels)
    : client(std::move(c))
    , grantLabel(labels ? LabelCache::label(labels->grants, client.grantType, ClientLabels::grantTypeLabel)
                        : ClientLabels::grantTypeLabel(client.grantType))
    , stateLabel(labels ? LabelCache::label(labels->states, client.state, ClientLabels::stateLabel)
                        : ClientLabels::stateLabel(client.state))
    , nameKey(collator.sortKey(client.name))
    , grant(client.grant())
    , state(client.clientState())
{}

ClientListModel::ClientListModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_collator(makeCollator())
    , m_nameOrder([this](int a, int b) { return m_rows.at(a).nameKey.compare(m_rows.at(b).nameKey); })
    , m_idOrder([this](int a, int b) { return m_rows.at(a).client.id.compare(m_rows.at(b).client.id); },
                [this](int row) {
                    // The first four UTF-16 units, as QString::compare orders them (shorter is
                    // padded with zeros, which only makes a tie that the full comparison breaks).
                    const QString &id = m_rows.at(row).client.id;
                    quint64 p = 0;
                    for (qsizetype i = 0; i < 4; ++i)
                        p = (p << 16) | (i < id.size() ? quint64(id.at(i).unicode()) : 0);
                    return p;
                })
{}

ClientListModel::~ClientListModel() = default;

int ClientListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClientListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClientListModel::display(const Row &row, const SortKeys &k, int column) const
{
    const OAuthClient &c = row.client;
    switch (column) {
    case NameColumn:
        return c.name;
    case GrantTypeColumn:
        return row.grantLabel;
    case StateColumn:
        return row.stateLabel;
    case LifetimeColumn:
        return ClientLabels::formatLifetime(c.tokenLifetime());
    case CreatedColumn:
        return shortDate(c.dateCreated);
    case ModifiedColumn:
        return shortDate(c.dateModified);
    case LastRequestColumn:
    case RequestsColumn: {
        if (k.requests30 < 0)
            return unknownUsage();
        if (column == RequestsColumn)
            return QLocale().toString(k.requests30);
        if (k.lastDay == 0)
            return tr("None in %1 days").arg(m_usage.coveredDays);
        // A UTC day: shown as such, not moved into the local time zone.
        return QLocale().toString(QDate::fromJulianDay(k.lastDay), QLocale::ShortFormat);
    }
    case IdColumn:
        return c.id;
    default:
        return {};
    }
}

QVariant ClientListModel::sortValue(const Row &row, const SortKeys &k, int column) const
{
    const OAuthClient &c = row.client;
    switch (column) {
    case NameColumn:
        return c.name;
    case GrantTypeColumn:
        return row.grantLabel;
    case StateColumn:
        return row.stateLabel;
    case LifetimeColumn:
        return c.tokenLifetime();
    case CreatedColumn:
        return c.dateCreated;
    case ModifiedColumn:
        return c.dateModified;
    case LastRequestColumn:
    case RequestsColumn: {
        if (k.requests30 < 0)
            return {};
        return column == RequestsColumn ? k.requests30 : k.lastDay;
    }
    case IdColumn:
        return c.id;
    default:
        return {};
    }
}

QVariant ClientListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const OAuthClient &c = row.client;
    switch (role) {
    case Qt::DisplayRole:
        return servertext::displayable(display(row, m_keys[std::size_t(index.row())], index.column()));
    case Qt::ToolTipRole:
        if (index.column() == NameColumn && !c.description.isEmpty())
            return servertext::displayable(c.description);
        if (index.column() == StateColumn && c.dateToDelete.isValid())
            return tr("Deleted by the platform on %1")
                .arg(QLocale().toString(c.dateToDelete.toLocalTime(), QLocale::LongFormat));
        if (index.column() == LifetimeColumn)
            return tr("%1 seconds").arg(QLocale().toString(c.tokenLifetime()));
        if (index.column() == CreatedColumn && c.dateCreated.isValid())
            return c.createdBy.isNull()
                       ? tr("Created %1").arg(fullDate(c.dateCreated))
                       : servertext::displayable(
                             tr("Created %1 by %2").arg(fullDate(c.dateCreated), c.createdBy.displayName()));
        if (index.column() == LastRequestColumn || index.column() == RequestsColumn)
            return usageToolTip(index.row(), index.column());
        if (index.column() == ModifiedColumn && c.dateModified.isValid())
            return c.modifiedBy.isNull() ? tr("Modified %1").arg(fullDate(c.dateModified))
                                         : servertext::displayable(tr("Modified %1 by %2")
                                                                       .arg(fullDate(c.dateModified),
                                                                            c.modifiedBy.displayName()));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == LifetimeColumn || index.column() == RequestsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return c.id;
    case NameRole:
        return c.name;
    case DescriptionRole:
        return c.description;
    case GrantTypeRole:
        return c.grantType;
    case GrantRole:
        return int(row.grant);
    case StateRole:
        return c.state;
    case ClientStateRole:
        return int(row.state);
    case TokenLifetimeRole:
        return c.tokenLifetime();
    case DateCreatedRole:
        return c.dateCreated;
    case DateModifiedRole:
        return c.dateModified;
    case DateToDeleteRole:
        return c.dateToDelete;
    case ClientRole:
        return QVariant::fromValue(c);
    case SearchTextRole:
        return QString::fromUtf8(searchBytes(index.row()));
    case SortRole:
        return sortValue(row, m_keys[std::size_t(index.row())], index.column());
    case RequestsRole: {
        const qint64 n = m_keys[std::size_t(index.row())].requests30;
        return n < 0 ? QVariant() : QVariant(n);
    }
    case LastRequestRole: {
        const qint64 d = m_keys[std::size_t(index.row())].lastDay;
        if (d < 0)
            return {};
        return d == 0 ? QDate() : QDate::fromJulianDay(d);
    }
    default:
        return {};
    }
}

QVariant ClientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case GrantTypeColumn:
        return tr("Grant type");
    case StateColumn:
        return tr("State");
    case LifetimeColumn:
        return tr("Token lifetime");
    case CreatedColumn:
        return tr("Created");
    case ModifiedColumn:
        return tr("Modified");
    case LastRequestColumn:
        return tr("Last request");
    case RequestsColumn:
        return tr("Requests (30 d)");
    case IdColumn:
        return tr("Client ID");
    default:
        return {};
    }
}

QHash<int, QByteArray> ClientListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "clientId");
    names.insert(NameRole, "name");
    names.insert(DescriptionRole, "description");
    names.insert(GrantTypeRole, "grantType");
    names.insert(GrantRole, "grant");
    names.insert(StateRole, "state");
    names.insert(ClientStateRole, "clientState");
    names.insert(TokenLifetimeRole, "tokenLifetime");
    names.insert(DateCreatedRole, "dateCreated");
    names.insert(DateModifiedRole, "dateModified");
    names.insert(DateToDeleteRole, "dateToDelete");
    names.insert(ClientRole, "client");
    names.insert(SearchTextRole, "searchText");
    names.insert(SortRole, "sortValue");
    names.insert(RequestsRole, "requests30");
    names.insert(LastRequestRole, "lastRequest");
    return names;
}

QString ClientListModel::usageToolTip(int row, int column) const
{
    if (!m_usage.isValid())
        return tr("Not fetched yet: use Fetch Usage.");
    const SortKeys &k = m_keys[std::size_t(row)];
    const QString asOf = QLocale().toString(m_usage.fetchedAt.toLocalTime(), QLocale::ShortFormat);
    if (k.requests30 < 0)
        return tr("Not in the usage fetched %1 (a client created since, or deleted).").arg(asOf);
    if (column == RequestsColumn)
        return tr("Requests in the 30 UTC days before today (today is not counted); usage as of %1.")
            .arg(asOf);
    return tr("The last UTC day with a request among the %1 days before today (today is not counted); "
              "usage as of %2.")
        .arg(m_usage.coveredDays)
        .arg(asOf);
}

void ClientListModel::setClients(QList<OAuthClient> clients)
{
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    // Duplicate ids (the first one counts) are found in the id order below, where they are
    // neighbours; no hash of 10,000 ids is needed.
    // A listing still shared with its sender (a service's result, passed on by reference) is
    // copied client by client into the rows; detaching it first would copy every client twice.
    const bool owned = clients.isDetached();
    std::vector<const OAuthClient *> unique;
    unique.reserve(std::size_t(clients.size()));
    for (const OAuthClient &c : std::as_const(clients)) {
        if (!c.id.isEmpty())
            unique.push_back(&c);
    }
    // The rows with their collation keys, the costly part, in parts at the same time for big orgs;
    // each part with its own collator (an ICU collator must not be shared between threads).
    QList<Row> parts[parallel::MaxParts];
    parallel::forParts(unique.size(), [&](int part, std::size_t begin, std::size_t end) {
        const QCollator collator = part == 0 ? m_collator : makeCollator();
        LabelCache labels;
        QList<Row> &rows = parts[part];
        rows.reserve(qsizetype(part == 0 ? unique.size() : end - begin)); // the first collects all
        for (std::size_t i = begin; i < end; ++i)
            rows.append(Row(take(unique[i], owned), collator, &labels));
    });
    m_rows = std::move(parts[0]);
    for (int p = 1; p < parallel::MaxParts; ++p)
        m_rows.append(std::move(parts[p]));
    rebuildKeys();
    if (const std::vector<int> duplicates = m_idOrder.laterEquals(); !duplicates.empty()) {
        for (int row : duplicates) // highest first
            m_rows.removeAt(row);
        rebuildKeys();
    }
    endResetModel();
}

void ClientListModel::clear()
{
    if (m_rows.isEmpty())
        return;
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    rebuildKeys();
    endResetModel();
}

QList<int> ClientListModel::changedColumns(const OAuthClient &a, const OAuthClient &b)
{
    QList<int> cols;
    if (a.name != b.name || a.description != b.description) // the description is the name's tooltip
        cols.append(NameColumn);
    if (a.grantType != b.grantType)
        cols.append(GrantTypeColumn);
    if (a.state != b.state || a.dateToDelete != b.dateToDelete)
        cols.append(StateColumn);
    if (a.tokenLifetime() != b.tokenLifetime())
        cols.append(LifetimeColumn);
    if (a.dateCreated != b.dateCreated || a.createdBy != b.createdBy)
        cols.append(CreatedColumn);
    if (a.dateModified != b.dateModified || a.modifiedBy != b.modifiedBy)
        cols.append(ModifiedColumn);
    if (a.id != b.id)
        cols.append(IdColumn);
    return cols;
}

void ClientListModel::upsertClient(const OAuthClient &client)
{
    if (client.id.isEmpty())
        return;
    const int row = rowOf(client.id);
    if (row < 0) {
        ++m_generation;
        const int at = int(m_rows.size());
        beginInsertRows({}, at, at);
        appendRow(Row(ownCopy(client), m_collator));
        endInsertRows();
        return;
    }
    const OAuthClient before = m_rows.at(row).client;
    if (before.json == client.json && before.name == client.name)
        return; // nothing changed: no signal
    ++m_generation;
    const QList<int> cols = changedColumns(before, client);
    m_rows.replace(row, Row(ownCopy(client), m_collator));
    m_keys[std::size_t(row)] = makeKeys(m_rows.at(row));
    m_search.replace(row, searchFieldsOf(m_rows.at(row)));
    if (before.name != client.name)
        m_nameOrder.update(row);
    if (cols.isEmpty()) {
        // Only fields without a column changed (scopes, redirect URIs, ...): the row's client and
        // search text did.
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), {ClientRole, SearchTextRole});
        return;
    }
    Q_EMIT dataChanged(index(row, cols.first()), index(row, cols.last()));
}

bool ClientListModel::removeClient(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return false;
    ++m_generation;
    beginRemoveRows({}, row, row);
    m_nameOrder.remove(row);
    m_idOrder.remove(row);
    m_search.remove(row);
    m_keys.erase(m_keys.begin() + row);
    m_rows.removeAt(row);
    endRemoveRows();
    return true;
}

void ClientListModel::mergeClients(const QList<OAuthClient> &clients)
{
    QHash<QString, int> incoming;
    incoming.reserve(clients.size());
    for (int i = 0; i < clients.size(); ++i) {
        const QString &id = clients.at(i).id;
        if (!id.isEmpty() && !incoming.contains(id))
            incoming.insert(id, i);
    }

    // Remove rows that are gone, from the end, one contiguous block per signal.
    int row = int(m_rows.size()) - 1;
    while (row >= 0) {
        if (incoming.contains(m_rows.at(row).client.id)) {
            --row;
            continue;
        }
        const int last = row;
        while (row - 1 >= 0 && !incoming.contains(m_rows.at(row - 1).client.id))
            --row;
        ++m_generation;
        beginRemoveRows({}, row, last);
        for (int r = last; r >= row; --r) {
            m_nameOrder.remove(r);
            m_idOrder.remove(r);
        }
        m_search.remove(row, last - row + 1);
        m_keys.erase(m_keys.begin() + row, m_keys.begin() + last + 1);
        m_rows.remove(row, last - row + 1);
        endRemoveRows();
        --row;
    }

    // Update the ones that changed; collect the new ones.
    QList<int> added;
    for (auto it = incoming.cbegin(); it != incoming.cend(); ++it) {
        if (rowOf(it.key()) >= 0)
            upsertClient(clients.at(it.value()));
        else
            added.append(it.value());
    }
    if (added.isEmpty())
        return;
    std::sort(added.begin(), added.end()); // keep the server's order for the new ones
    ++m_generation;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    for (int i : added)
        appendRow(Row(ownCopy(clients.at(i)), m_collator));
    endInsertRows();
}

int ClientListModel::rowOf(const QString &id) const
{
    return m_idOrder.find([&](int row) { return m_rows.at(row).client.id.compare(id); });
}

const OAuthClient &ClientListModel::clientAt(int row) const
{
    return m_rows.at(row).client;
}

std::optional<OAuthClient> ClientListModel::client(const QString &id) const
{
    const int row = rowOf(id);
    if (row < 0)
        return std::nullopt;
    return m_rows.at(row).client;
}

QList<OAuthClient> ClientListModel::clients() const
{
    QList<OAuthClient> out;
    out.reserve(m_rows.size());
    for (const Row &r : m_rows)
        out.append(r.client);
    return out;
}

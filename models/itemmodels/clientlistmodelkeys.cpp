// SPDX-License-Identifier: GPL-3.0-or-later
// ClientListModel, continued: the per-row keys that sorting and searching read (SortKeys, the label
// ranks, the search text, the usage numbers) and the row comparison the proxy sorts with. The rows
// themselves, their display and their changes are in clientlistmodel.cpp.
#include "models/itemmodels/clientlistmodel.h"

#include <algorithm>
#include <limits>

namespace {
template<class T>
int threeWay(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}
} // namespace

qint64 ClientListModel::SortKeys::forColumn(int column) const
{
    switch (column) {
    case GrantTypeColumn:
        return grantRank;
    case StateColumn:
        return stateRank;
    case LifetimeColumn:
        return lifetime;
    case CreatedColumn:
        return created;
    case ModifiedColumn:
        return modified;
    case LastRequestColumn:
        return lastDay;
    case RequestsColumn:
        return requests30;
    default:
        return 0; // the name and the id: compared by their ranks
    }
}

std::array<QStringView, 7> ClientListModel::searchFieldsOf(const Row &row)
{
    // The labels are in it so that "implicit" finds TOKEN clients, and a translated state label is
    // found in a translated UI.
    const OAuthClient &c = row.client;
    return {c.name, c.id, c.description, c.grantType, row.grantLabel, c.state, row.stateLabel};
}

quint16 ClientListModel::labelRank(QStringList &labels, const QString &label, bool grant)
{
    // Nearly always one of a few labels already seen: equality is far cheaper than collation.
    if (labels.size() <= 16) {
        for (qsizetype i = 0; i < labels.size(); ++i) {
            if (labels.at(i) == label)
                return quint16(i);
        }
    }
    auto less = [this](const QString &a, const QString &b) { return m_collator.compare(a, b) < 0; };
    auto it = std::lower_bound(labels.begin(), labels.end(), label, less);
    if (it == labels.end() || *it != label) {
        // A label not seen before (an unknown grant type or state): the ranks of the others move.
        labels.insert(it, label);
        for (size_t r = 0; r < m_keys.size() && r < size_t(m_rows.size()); ++r) {
            const Row &row = m_rows.at(qsizetype(r));
            const QString &l = grant ? row.grantLabel : row.stateLabel;
            const quint16 rank =
                quint16(std::lower_bound(labels.begin(), labels.end(), l, less) - labels.begin());
            (grant ? m_keys[r].grantRank : m_keys[r].stateRank) = rank;
        }
        it = std::lower_bound(labels.begin(), labels.end(), label, less);
    }
    return quint16(std::min<qsizetype>(it - labels.begin(), std::numeric_limits<quint16>::max()));
}

ClientListModel::SortKeys ClientListModel::makeKeys(const Row &row)
{
    const OAuthClient &c = row.client;
    SortKeys k;
    k.lifetime = c.tokenLifetime();
    k.created =
        c.dateCreated.isValid() ? c.dateCreated.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    k.modified =
        c.dateModified.isValid() ? c.dateModified.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    k.grantRank = labelRank(m_grantLabels, row.grantLabel, true);
    k.stateRank = labelRank(m_stateLabels, row.stateLabel, false);
    setUsageKeys(k, c.id);
    return k;
}

void ClientListModel::setUsageKeys(SortKeys &k, const QString &id) const
{
    k.requests30 = -1;
    k.lastDay = -1;
    k.quiet30 = -1;
    k.quiet90 = -1;
    if (!m_usage.isValid())
        return;
    const auto it = m_usage.clients.constFind(id);
    if (it == m_usage.clients.cend())
        return;
    k.requests30 = it->requests30;
    k.lastDay = it->lastDay.isValid() ? it->lastDay.toJulianDay() : 0;
    auto quiet = [this, &id](int days) {
        const std::optional<bool> q = m_usage.quietFor(id, days);
        return qint8(q ? (*q ? 1 : 0) : -1);
    };
    k.quiet30 = quiet(30);
    k.quiet90 = quiet(90);
}

void ClientListModel::setUsage(ClientUsageSnapshot usage)
{
    // Rows do not move: a layout change without persistent index changes makes the proxy re-sort
    // and re-filter once.
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::NoLayoutChangeHint);
    ++m_generation;
    m_usage = std::move(usage);
    for (qsizetype r = 0; r < m_rows.size(); ++r)
        setUsageKeys(m_keys[std::size_t(r)], m_rows.at(r).client.id);
    Q_EMIT layoutChanged({}, QAbstractItemModel::NoLayoutChangeHint);
    Q_EMIT headerDataChanged(Qt::Horizontal, LastRequestColumn, RequestsColumn);
}

int ClientListModel::quietAt(int row, int days) const
{
    const SortKeys &k = m_keys[std::size_t(row)];
    if (days == 30)
        return k.quiet30;
    if (days == 90)
        return k.quiet90;
    if (k.requests30 < 0)
        return -1;
    const std::optional<bool> q = m_usage.quietFor(m_rows.at(row).client.id, days);
    return q ? (*q ? 1 : 0) : -1;
}

void ClientListModel::appendRow(Row row)
{
    const int at = int(m_rows.size());
    m_rows.append(std::move(row));
    const Row &added = m_rows.constLast();
    m_keys.push_back(makeKeys(added));
    m_search.append(searchFieldsOf(added));
    m_nameOrder.insert(at);
    m_idOrder.insert(at);
}

void ClientListModel::rebuildKeys()
{
    m_keys.clear();
    m_keys.reserve(std::size_t(m_rows.size()));
    m_search.clear();
    m_search.reserve(int(m_rows.size()), m_rows.size() * 160); // about 150 bytes a client
    m_grantLabels.clear();
    m_stateLabels.clear();
    for (const Row &r : std::as_const(m_rows)) {
        m_keys.push_back(makeKeys(r));
        m_search.append(searchFieldsOf(r));
    }
    m_idOrder.rebuild(int(m_rows.size()));
    m_nameOrder.rebuild(int(m_rows.size()));
}

int ClientListModel::compareRows(int left, int right, int column) const
{
    const SortKeys &a = m_keys[std::size_t(left)];
    const SortKeys &b = m_keys[std::size_t(right)];
    int c = column == IdColumn ? threeWay(m_idOrder.rank(left), m_idOrder.rank(right))
                               : threeWay(a.forColumn(column), b.forColumn(column));
    if (c == 0)
        c = threeWay(m_nameOrder.rank(left), m_nameOrder.rank(right));
    if (c == 0)
        c = threeWay(m_idOrder.rank(left), m_idOrder.rank(right));
    return c;
}

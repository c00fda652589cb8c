// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/itemmodels/clientlistmodel.h"

#include "models/domain/servertext.h"

#include <QLocale>
#include <QRegularExpression>

#include <thread>

#include <algorithm>
#include <functional>
#include <limits>
#include <numeric>
#include <string_view>

using namespace Qt::Literals::StringLiterals;

namespace {
// Appends `s` lower-cased as UTF-8. Client names, ids and labels are nearly always ASCII, which is
// lower-cased byte by byte here; QString::toLower() costs about 15 times more and dominated loading
// 10,000 clients.
void appendLowerUtf8(QByteArray &out, QStringView s)
{
    const qsizetype before = out.size();
    out.resize(before + s.size()); // grows geometrically
    char *p = out.data() + before;
    const char16_t *src = s.utf16();
    char16_t seen = 0; // all units or-ed: non-ASCII shows in the high bits
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t u = src[i];
        seen |= u;
        p[i] = char(u + (char16_t(u - u'A') < 26 ? 'a' - 'A' : 0));
    }
    if (seen >= 0x80) {
        out.truncate(before);
        out += s.toString().toLower().toUtf8();
    }
}

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

template<class T>
int threeWay(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
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
} // namespace

// Dense, order-preserving ranks for one sort key (names, ids), maintained under single-row changes
// so that comparing two rows is comparing two integers. Equal keys get equal ranks. New keys take
// a rank between their neighbours'; when no room is left, every rank is renumbered (rare: the
// initial spacing leaves room for 32 levels of bisection).
class ClientRankIndex
{
public:
    using Compare = std::function<int(int, int)>; // full three-way comparison of two rows' keys
    // Optional: a number per row that orders like the keys where two numbers differ (the first
    // characters of an id), so that building the order compares contiguous numbers and reads the
    // rows' strings only on ties.
    using Prefix = std::function<quint64(int)>;

    explicit ClientRankIndex(Compare compare, Prefix prefix = {})
        : m_compare(std::move(compare))
        , m_prefix(std::move(prefix))
    {}

    [[nodiscard]] quint64 rank(int row) const { return m_rank[size_t(row)]; }

    // The row whose key `toWanted(row)` says is equal (it returns <0, 0, >0 like a comparison of
    // the row's key with the wanted one), or -1; a binary search of the order.
    template<class ToWanted>
    [[nodiscard]] int find(ToWanted toWanted) const
    {
        const auto it = std::lower_bound(m_sorted.begin(), m_sorted.end(), 0,
                                         [&](int element, int) { return toWanted(element) < 0; });
        return it != m_sorted.end() && toWanted(*it) == 0 ? *it : -1;
    }

    // Rows whose key equals that of an earlier row, highest first (equal keys sort in row order).
    [[nodiscard]] std::vector<int> laterEquals() const
    {
        std::vector<int> out;
        for (size_t i = 1; i < m_sorted.size(); ++i) {
            if (m_rank[size_t(m_sorted[i])] == m_rank[size_t(m_sorted[i - 1])])
                out.push_back(m_sorted[i]);
        }
        std::sort(out.begin(), out.end(), std::greater<>());
        return out;
    }

    void rebuild(int rows)
    {
        m_sorted.resize(size_t(rows));
        if (m_prefix) {
            std::vector<std::pair<quint64, int>> keyed(static_cast<size_t>(rows));
            for (int i = 0; i < rows; ++i)
                keyed[size_t(i)] = {m_prefix(i), i};
            std::sort(keyed.begin(), keyed.end(), [this](const auto &a, const auto &b) {
                if (a.first != b.first)
                    return a.first < b.first;
                const int c = m_compare(a.second, b.second);
                return c != 0 ? c < 0 : a.second < b.second; // equal keys in row order
            });
            for (size_t i = 0; i < keyed.size(); ++i)
                m_sorted[i] = keyed[i].second;
        } else {
            std::iota(m_sorted.begin(), m_sorted.end(), 0);
            std::stable_sort(m_sorted.begin(), m_sorted.end(),
                             [this](int a, int b) { return m_compare(a, b) < 0; });
        }
        m_rank.assign(size_t(rows), 0);
        renumber();
    }

    // The row now at `row` is new; rows from there on moved down by one.
    void insert(int row)
    {
        if (size_t(row) < m_rank.size()) {
            for (int &s : m_sorted) {
                if (s >= row)
                    ++s;
            }
        }
        m_rank.insert(m_rank.begin() + row, 0);
        place(row);
    }

    // The row at `row` is gone; rows after it moved up by one.
    void remove(int row)
    {
        unplace(row);
        m_rank.erase(m_rank.begin() + row);
        if (size_t(row) < m_rank.size()) {
            for (int &s : m_sorted) {
                if (s > row)
                    --s;
            }
        }
    }

    // The key of `row` changed.
    void update(int row)
    {
        unplace(row);
        place(row);
    }

private:
    static constexpr quint64 Gap = quint64(1) << 32;

    void renumber()
    {
        quint64 r = Gap;
        for (size_t i = 0; i < m_sorted.size(); ++i) {
            if (i > 0 && m_compare(m_sorted[i - 1], m_sorted[i]) != 0)
                r += Gap;
            m_rank[size_t(m_sorted[i])] = r;
        }
    }

    void place(int row)
    {
        // Upper bound: after every row whose key is <= the new one.
        auto pos = std::upper_bound(m_sorted.begin(), m_sorted.end(), row,
                                    [this](int value, int element) { return m_compare(value, element) < 0; });
        pos = m_sorted.insert(pos, row);
        const bool hasPrev = pos != m_sorted.begin();
        const bool hasNext = pos + 1 != m_sorted.end();
        if (hasPrev && m_compare(*(pos - 1), row) == 0) {
            m_rank[size_t(row)] = m_rank[size_t(*(pos - 1))];
            return;
        }
        const quint64 lo = hasPrev ? m_rank[size_t(*(pos - 1))] : 0;
        const quint64 hi = hasNext ? m_rank[size_t(*(pos + 1))] : std::numeric_limits<quint64>::max();
        if (!hasNext && lo <= std::numeric_limits<quint64>::max() - 2 * Gap) {
            m_rank[size_t(row)] = lo + Gap;
            return;
        }
        if (hi - lo >= 2) {
            m_rank[size_t(row)] = lo + (hi - lo) / 2;
            return;
        }
        renumber();
    }

    void unplace(int row)
    {
        const quint64 r = m_rank[size_t(row)];
        auto it = std::lower_bound(m_sorted.begin(), m_sorted.end(), r, [this](int element, quint64 value) {
            return m_rank[size_t(element)] < value;
        });
        while (it != m_sorted.end() && *it != row)
            ++it;
        Q_ASSERT(it != m_sorted.end());
        if (it != m_sorted.end())
            m_sorted.erase(it);
    }

    Compare m_compare;
    Prefix m_prefix;
    std::vector<int> m_sorted;   // rows in key order
    std::vector<quint64> m_rank; // per row
};

// A listing has a handful of distinct grant types and states (the parser shares their strings),
// so building 10,000 rows looks each label up once instead of translating it 20,000 times.
struct ClientListModel::Row::Labels
{
    template<class Enum>
    struct Entry
    {
        QString raw;
        QString label;
        Enum value;
    };
    std::vector<Entry<GrantType>> grants;
    std::vector<Entry<ClientState>> states;
    // The entries the last row used, and whether an entry was ever dropped (then indices are not
    // stable and the ranks must be looked up label by label).
    quint16 lastGrant = 0;
    quint16 lastState = 0;
    bool dropped = false;

    template<class Enum, class Make>
    quint16 lookup(std::vector<Entry<Enum>> &cache, const QString &raw, Make make)
    {
        for (size_t i = 0; i < cache.size(); ++i) {
            if (cache[i].raw == raw)
                return quint16(i);
        }
        if (cache.size() >= 64) { // a hostile variety of values: stop caching, keep it linear
            cache.pop_back();
            dropped = true;
        }
        cache.push_back(make(raw));
        return quint16(cache.size() - 1);
    }
    const Entry<GrantType> &grant(const QString &raw)
    {
        lastGrant = lookup(grants, raw, [](const QString &r) {
            return Entry<GrantType>{r, grantTypeLabel(r), grantTypeFromString(r)};
        });
        return grants[lastGrant];
    }
    const Entry<ClientState> &state(const QString &raw)
    {
        lastState = lookup(states, raw, [](const QString &r) {
            return Entry<ClientState>{r, ClientListModel::stateLabel(r), clientStateFromString(r)};
        });
        return states[lastState];
    }
};

// One part of a big listing, built on its own thread: the rows, their keys (grantRank and
// stateRank still index `labels`' entries) and their haystacks (offsets into `text`).
struct ClientListModel::Part
{
    QList<Row> rows;
    std::vector<Keys> keys;
    QByteArray text;
    Row::Labels labels;
};

ClientListModel::Row::Row(OAuthClient c, const QCollator &collator, Labels *labels)
    : client(std::move(c))
    , nameKey(collator.sortKey(client.name))
{
    if (labels) {
        const auto &g = labels->grant(client.grantType);
        const auto &s = labels->state(client.state);
        grantLabel = g.label;
        grant = g.value;
        stateLabel = s.label;
        state = s.value;
    } else {
        grantLabel = grantTypeLabel(client.grantType);
        grant = client.grant();
        stateLabel = ClientListModel::stateLabel(client.state);
        state = client.clientState();
    }
}

ClientListModel::ClientListModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_collator(makeCollator())
    , m_nameOrder(std::make_unique<ClientRankIndex>(
          [this](int a, int b) { return m_rows.at(a).nameKey.compare(m_rows.at(b).nameKey); }))
    , m_idOrder(std::make_unique<ClientRankIndex>(
          [this](int a, int b) { return m_rows.at(a).client.id.compare(m_rows.at(b).client.id); },
          [this](int row) {
              // The first four UTF-16 units, as QString::compare orders them (shorter is padded
              // with zeros, which only makes a tie that the full comparison breaks).
              const QString &id = m_rows.at(row).client.id;
              quint64 p = 0;
              for (qsizetype i = 0; i < 4; ++i)
                  p = (p << 16) | (i < id.size() ? quint64(id.at(i).unicode()) : 0);
              return p;
          }))
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

QString ClientListModel::formatLifetime(qint64 seconds)
{
    if (seconds < 0)
        return tr("%1 s").arg(seconds);
    constexpr qint64 Minute = 60;
    constexpr qint64 Hour = 60 * Minute;
    constexpr qint64 Day = 24 * Hour;
    auto two = [](qint64 big, const QString &bigUnit, qint64 small, const QString &smallUnit) {
        QString s = bigUnit.arg(big);
        if (small > 0)
            s += u' ' + smallUnit.arg(small);
        return s;
    };
    if (seconds < Minute)
        return tr("%1 s").arg(seconds);
    if (seconds < Hour)
        return two(seconds / Minute, tr("%1 min"), seconds % Minute, tr("%1 s"));
    // Up to three days read best in hours ("24 h", "48 h" are how the platform's limits are known).
    if (seconds < 3 * Day)
        return two(seconds / Hour, tr("%1 h"), (seconds % Hour) / Minute, tr("%1 min"));
    return two(seconds / Day, tr("%1 d"), (seconds % Day) / Hour, tr("%1 h"));
}

QString ClientListModel::grantTypeLabel(const QString &raw)
{
    switch (grantTypeFromString(raw)) {
    case GrantType::Code:
        return tr("Code");
    case GrantType::Token:
        return tr("Implicit (token)");
    case GrantType::Saml2Bearer:
        return tr("SAML2 bearer");
    case GrantType::Password:
        return tr("Password");
    case GrantType::ClientCredentials:
        return tr("Client credentials");
    case GrantType::Unknown:
        break;
    }
    return raw;
}

QString ClientListModel::stateLabel(const QString &raw)
{
    switch (clientStateFromString(raw)) {
    case ClientState::Active:
        return tr("Active");
    case ClientState::Disabled:
        return tr("Disabled");
    case ClientState::Inactive:
        return tr("Inactive");
    case ClientState::Deleted:
        return tr("Deleted");
    case ClientState::Unknown:
        break;
    }
    return raw;
}

QVariant ClientListModel::display(const Row &row, int column) const
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
        return formatLifetime(c.tokenLifetime());
    case CreatedColumn:
        return shortDate(c.dateCreated);
    case ModifiedColumn:
        return shortDate(c.dateModified);
    case IdColumn:
        return c.id;
    default:
        return {};
    }
}

QVariant ClientListModel::sortValue(const Row &row, int column) const
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
        return servertext::displayable(display(row, index.column()));
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
        if (index.column() == ModifiedColumn && c.dateModified.isValid())
            return c.modifiedBy.isNull() ? tr("Modified %1").arg(fullDate(c.dateModified))
                                         : servertext::displayable(tr("Modified %1 by %2")
                                                                       .arg(fullDate(c.dateModified),
                                                                            c.modifiedBy.displayName()));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == LifetimeColumn)
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
        return sortValue(row, index.column());
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
    return names;
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

void ClientListModel::fillKeys(const Row &row, Keys &k, QByteArray &text)
{
    const OAuthClient &c = row.client;
    k.lifetime = c.tokenLifetime();
    k.created =
        c.dateCreated.isValid() ? c.dateCreated.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    k.modified =
        c.dateModified.isValid() ? c.dateModified.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();

    // The haystack: '\n' separates fields so that a search never matches across two. The labels
    // are in it so that "implicit" finds TOKEN clients, and a translated state label is found in a
    // translated UI.
    const qsizetype start = text.size();
    const QStringView fields[] = {c.name,         c.id,    c.description, c.grantType,
                                  row.grantLabel, c.state, row.stateLabel};
    for (const QStringView field : fields) {
        if (text.size() > start)
            text += '\n';
        appendLowerUtf8(text, field);
    }
    k.textOffset = quint32(start);
    k.textLength = quint32(text.size() - start);
}

ClientListModel::Keys ClientListModel::makeKeys(const Row &row)
{
    Keys k;
    fillKeys(row, k, m_text);
    k.grantRank = labelRank(m_grantLabels, row.grantLabel, true);
    k.stateRank = labelRank(m_stateLabels, row.stateLabel, false);
    return k;
}

void ClientListModel::buildPart(const OAuthClient *const *clients, size_t count, size_t capacity, bool owned,
                                const QCollator &collator, Part &part)
{
    part.rows.reserve(qsizetype(std::max(count, capacity)));
    part.keys.resize(count);
    part.text.reserve(qsizetype(std::max(count, capacity)) * 160); // about 150 bytes a client
    for (size_t i = 0; i < count; ++i) {
        const Row &row = part.rows.emplace_back(take(clients[i], owned), collator, &part.labels);
        Keys &k = part.keys[i];
        fillKeys(row, k, part.text);
        k.grantRank = part.labels.lastGrant;
        k.stateRank = part.labels.lastState;
    }
}

void ClientListModel::joinKeys(Part &first, Part &second, quint32 shift)
{
    m_textGarbage = 0;

    // The ranks: each part's few distinct labels take their place among all labels first (with no
    // keys yet, labelRank() has no rows to re-rank), then the rows' entry indices are mapped.
    m_keys.clear();
    m_grantLabels.clear();
    m_stateLabels.clear();
    const bool byEntry = !first.labels.dropped && !second.labels.dropped;
    if (byEntry) {
        for (const Part *part : {&first, &second}) {
            for (const auto &e : part->labels.grants)
                (void)labelRank(m_grantLabels, e.label, true);
            for (const auto &e : part->labels.states)
                (void)labelRank(m_stateLabels, e.label, false);
        }
    }
    m_keys = std::move(first.keys);
    const size_t split = m_keys.size();
    m_keys.insert(m_keys.end(), second.keys.begin(), second.keys.end());
    for (size_t r = split; r < m_keys.size(); ++r)
        m_keys[r].textOffset += shift;
    if (!byEntry) { // a hostile variety of values: label by label
        for (size_t r = 0; r < m_keys.size(); ++r) {
            const Row &row = m_rows.at(qsizetype(r));
            m_keys[r].grantRank = labelRank(m_grantLabels, row.grantLabel, true);
            m_keys[r].stateRank = labelRank(m_stateLabels, row.stateLabel, false);
        }
        return;
    }
    size_t from = 0;
    for (const Part *part : {&first, &second}) {
        const size_t to = part == &first ? split : m_keys.size(); // the parts' keys were moved
        std::vector<quint16> grants, states;
        for (const auto &e : part->labels.grants)
            grants.push_back(labelRank(m_grantLabels, e.label, true));
        for (const auto &e : part->labels.states)
            states.push_back(labelRank(m_stateLabels, e.label, false));
        for (size_t r = from; r < to; ++r) {
            m_keys[r].grantRank = grants[m_keys[r].grantRank];
            m_keys[r].stateRank = states[m_keys[r].stateRank];
        }
        from = to;
    }
}

void ClientListModel::rebuildKeys()
{
    m_keys.clear();
    m_keys.reserve(size_t(m_rows.size()));
    m_text.clear();
    m_textGarbage = 0;
    m_grantLabels.clear();
    m_stateLabels.clear();
    const int n = int(m_rows.size());
    // The orders read only names and ids, so big orgs get them on a second thread while this one
    // builds the keys.
    std::thread worker;
    if (n >= 2000 && std::thread::hardware_concurrency() > 1) {
        worker = std::thread([this, n] {
            m_idOrder->rebuild(n);
            m_nameOrder->rebuild(n);
        });
    }
    for (const Row &r : std::as_const(m_rows))
        m_keys.push_back(makeKeys(r));
    if (worker.joinable()) {
        worker.join();
    } else {
        m_idOrder->rebuild(n);
        m_nameOrder->rebuild(n);
    }
}

void ClientListModel::compactText()
{
    // Replaced and removed rows leave their old haystacks behind; copy the live ones once the
    // garbage outweighs them.
    if (m_textGarbage < 4096 || m_textGarbage < m_text.size() / 2)
        return;
    QByteArray text;
    text.reserve(m_text.size() - m_textGarbage);
    for (Keys &k : m_keys) {
        const quint32 offset = quint32(text.size());
        text.append(m_text.constData() + k.textOffset, k.textLength);
        k.textOffset = offset;
    }
    m_text = std::move(text);
    m_textGarbage = 0;
}

QByteArrayView ClientListModel::searchBytes(int row) const
{
    const Keys &k = m_keys[size_t(row)];
    return QByteArrayView(m_text.constData() + k.textOffset, k.textLength);
}

QList<QByteArray> ClientListModel::searchTerms(const QString &text)
{
    QList<QByteArray> terms;
    const QStringList words = text.toLower().split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
    terms.reserve(words.size());
    for (const QString &w : words)
        terms.append(w.toUtf8());
    return terms;
}

namespace {
// Substring search in UTF-8: a valid needle can only match at character boundaries, so this is
// the same as searching the decoded text.
inline bool containsAll(std::string_view hay, const QList<QByteArray> &terms)
{
    for (const QByteArray &t : terms) {
        if (hay.find(std::string_view(t.constData(), size_t(t.size()))) == std::string_view::npos)
            return false;
    }
    return true;
}
} // namespace

bool ClientListModel::rowMatches(int row, const QList<QByteArray> &terms) const
{
    const Keys &k = m_keys[size_t(row)];
    return containsAll(std::string_view(m_text.constData() + k.textOffset, k.textLength), terms);
}

void ClientListModel::matchRows(const QList<QByteArray> &terms, std::vector<quint8> &out) const
{
    out.resize(m_keys.size());
    const char *base = m_text.constData();
    for (size_t r = 0; r < m_keys.size(); ++r) {
        const Keys &k = m_keys[r];
        out[r] = containsAll(std::string_view(base + k.textOffset, k.textLength), terms) ? 1 : 0;
    }
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
    unique.reserve(size_t(clients.size()));
    for (const OAuthClient &c : std::as_const(clients)) {
        if (!c.id.isEmpty())
            unique.push_back(&c);
    }
    // Big orgs get the rows, their collation keys and haystacks built on two threads, each with
    // its own collator (an ICU collator must not be shared between threads), then the name and id
    // orders on two threads.
    const size_t n = unique.size();
    if (n >= 2000 && std::thread::hardware_concurrency() > 1) {
        const size_t half = n / 2;
        Part first, second;
        std::thread worker(
            [&] { buildPart(unique.data() + half, n - half, 0, owned, makeCollator(), second); });
        buildPart(unique.data(), half, n, owned, m_collator, first); // room for all rows
        worker.join();
        m_rows = std::move(first.rows);
        m_rows.append(std::move(second.rows));
        // The rows are only read from here on: the id order and the haystacks on one thread, the
        // ranks and the name order on the other.
        m_text = std::move(first.text);
        const quint32 shift = quint32(m_text.size());
        worker = std::thread([this, &second] {
            m_idOrder->rebuild(int(m_rows.size()));
            m_text.append(second.text);
        });
        joinKeys(first, second, shift);
        m_nameOrder->rebuild(int(m_rows.size()));
        worker.join();
    } else {
        m_rows.reserve(qsizetype(n));
        Row::Labels labels;
        for (const OAuthClient *c : unique)
            m_rows.append(Row(take(c, owned), m_collator, &labels));
        rebuildKeys();
    }
    if (const std::vector<int> duplicates = m_idOrder->laterEquals(); !duplicates.empty()) {
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
        m_rows.append(Row(ownCopy(client), m_collator));
        m_keys.push_back(makeKeys(m_rows.constLast()));
        m_nameOrder->insert(at);
        m_idOrder->insert(at);
        endInsertRows();
        return;
    }
    const OAuthClient before = m_rows.at(row).client;
    if (before.json == client.json && before.name == client.name)
        return; // nothing changed: no signal
    ++m_generation;
    const QList<int> cols = changedColumns(before, client);
    m_rows.replace(row, Row(ownCopy(client), m_collator));
    m_textGarbage += m_keys[size_t(row)].textLength;
    m_keys[size_t(row)] = makeKeys(m_rows.at(row));
    if (before.name != client.name)
        m_nameOrder->update(row);
    compactText();
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
    m_nameOrder->remove(row);
    m_idOrder->remove(row);
    m_textGarbage += m_keys[size_t(row)].textLength;
    m_keys.erase(m_keys.begin() + row);
    m_rows.removeAt(row);
    compactText();
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
    bool removed = false;
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
            m_nameOrder->remove(r);
            m_idOrder->remove(r);
            m_textGarbage += m_keys[size_t(r)].textLength;
        }
        m_keys.erase(m_keys.begin() + row, m_keys.begin() + last + 1);
        m_rows.remove(row, last - row + 1);
        endRemoveRows();
        removed = true;
        --row;
    }
    if (removed)
        compactText();

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
    for (int i : added) {
        const int at = int(m_rows.size());
        m_rows.append(Row(ownCopy(clients.at(i)), m_collator));
        m_keys.push_back(makeKeys(m_rows.constLast()));
        m_nameOrder->insert(at);
        m_idOrder->insert(at);
    }
    endInsertRows();
}

int ClientListModel::rowOf(const QString &id) const
{
    return m_idOrder->find([&](int row) { return m_rows.at(row).client.id.compare(id); });
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

int ClientListModel::compareRows(int left, int right, int column) const
{
    const Keys &a = m_keys[size_t(left)];
    const Keys &b = m_keys[size_t(right)];
    int c = 0;
    switch (column) {
    case GrantTypeColumn:
        c = threeWay(a.grantRank, b.grantRank);
        break;
    case StateColumn:
        c = threeWay(a.stateRank, b.stateRank);
        break;
    case LifetimeColumn:
        c = threeWay(a.lifetime, b.lifetime);
        break;
    case CreatedColumn:
        c = threeWay(a.created, b.created);
        break;
    case ModifiedColumn:
        c = threeWay(a.modified, b.modified);
        break;
    case IdColumn:
        c = threeWay(m_idOrder->rank(left), m_idOrder->rank(right));
        break;
    default:
        break;
    }
    if (c == 0)
        c = threeWay(m_nameOrder->rank(left), m_nameOrder->rank(right));
    if (c == 0)
        c = threeWay(m_idOrder->rank(left), m_idOrder->rank(right));
    return c;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/oauthclient.h"
#include "models/itemmodels/clientusagesnapshot.h"
#include "models/itemmodels/rankindex.h"
#include "models/itemmodels/searchindex.h"

#include <QAbstractTableModel>
#include <QCollator>
#include <QCollatorSortKey>
#include <QHash>
#include <QList>

#include <array>
#include <optional>
#include <vector>

// The org's OAuth clients as a table: one row per client, fed with plain values (a controller in
// app/controllers feeds it from ClientsService), so it never touches the network and tests can fill
// it directly.
//
// Changes are incremental: upsertClient() inserts a row or emits dataChanged() for the one row,
// removeClient() removes one row, mergeClients() (a reload) applies the difference. Only
// setClients() and clear() reset the model (first load, sign-in change).
//
// Per row the model precomputes what filtering and sorting need (the search text in a
// SearchIndex, the mapped enums, ranks of names and ids in a RankIndex each), so the proxy's per-row
// work is a substring search in contiguous memory and integer comparisons. Dates are formatted only
// when a view asks.
//
// The "Last request" and "Requests (30 d)" columns come from a ClientUsageSnapshot (setUsage()), the
// Insights sweep's org-wide usage, fetched on demand: until then, and for clients the snapshot does
// not have, they are unknown ("—"), and ClientFilterProxyModel sorts unknown values last.
//
// No secret is ever held here: OAuthClient drops it when parsed.
class ClientListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        GrantTypeColumn,
        StateColumn,
        LifetimeColumn,
        CreatedColumn,
        ModifiedColumn,
        LastRequestColumn, // last UTC day with a request in the usage fetched; unknown until fetched
        RequestsColumn,    // requests in the last 30 UTC days before today
        IdColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        IdRole = Qt::UserRole + 1,
        NameRole,
        DescriptionRole,
        GrantTypeRole,     // the API's raw string ("CLIENT-CREDENTIALS", or an unknown value as sent)
        GrantRole,         // GrantType as int
        StateRole,         // raw string ("active", "deleted", ...)
        ClientStateRole,   // ClientState as int
        TokenLifetimeRole, // seconds, qint64
        DateCreatedRole,   // QDateTime (UTC)
        DateModifiedRole,  // QDateTime (UTC)
        DateToDeleteRole,  // QDateTime (UTC), invalid unless inactive
        ClientRole,        // the whole OAuthClient
        SearchTextRole,    // the lower-cased haystack the filter searches
        SortRole,          // a typed value for sorting the column (numbers, dates, names)
        RequestsRole,      // qint64 requests in the last 30 days; invalid QVariant when unknown
        LastRequestRole,   // QDate of the last request; invalid QVariant when unknown, invalid QDate
                           // when none in the days the usage covers
    };
    Q_ENUM(Role)

    explicit ClientListModel(QObject *parent = nullptr);
    ~ClientListModel() override;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // Wholesale replacement (reset): first load and sign-in change.
    void setClients(QList<OAuthClient> clients);
    void clear();
    // A reload: rows that are gone are removed, changed rows get dataChanged, new ones are appended.
    // Keeps selections and scroll positions in the views. Duplicated ids keep the first.
    void mergeClients(const QList<OAuthClient> &clients);
    // Inserts a new client at the end, or replaces the row with the same id (dataChanged on the
    // columns that changed).
    void upsertClient(const OAuthClient &client);
    // Removes the row; false when no row has that id.
    bool removeClient(const QString &id);

    [[nodiscard]] int rowOf(const QString &id) const; // -1 when absent
    [[nodiscard]] const OAuthClient &clientAt(int row) const;
    [[nodiscard]] std::optional<OAuthClient> client(const QString &id) const;
    [[nodiscard]] QList<OAuthClient> clients() const;

    // The usage the two usage columns show (an invalid snapshot: unknown for every client). The
    // rows stay where they are; the views and the proxy re-sort and re-filter once (one layout
    // change, never a signal per row).
    void setUsage(ClientUsageSnapshot usage);
    void clearUsage() { setUsage({}); }
    [[nodiscard]] const ClientUsageSnapshot &usage() const { return m_usage; }
    // Whether the row's client had no request in the last `days` days: 1 yes, 0 no, -1 unknown.
    [[nodiscard]] int quietAt(int row, int days) const;
    // Whether the row's usage is known (the usage columns are then not "—").
    [[nodiscard]] bool usageKnownAt(int row) const { return m_keys[std::size_t(row)].requests30 >= 0; }

    // What the proxy uses, without QVariant boxing. `row` must be valid.
    [[nodiscard]] GrantType grantAt(int row) const { return m_rows.at(row).grant; }
    [[nodiscard]] ClientState stateAt(int row) const { return m_rows.at(row).state; }
    // The row's search haystack: name, id, description, grant type and state (raw and label),
    // lower-cased, as UTF-8, '\n' between fields.
    [[nodiscard]] QByteArrayView searchBytes(int row) const { return m_search.text(row); }
    // Search terms as searchBytes() holds text: lower-cased UTF-8, split at white space.
    [[nodiscard]] static QList<QByteArray> searchTerms(const QString &text)
    {
        return SearchIndex::terms(text);
    }
    // Whether every term occurs in the row's haystack.
    [[nodiscard]] bool rowMatches(int row, const QList<QByteArray> &terms) const
    {
        return m_search.matches(row, terms);
    }
    // rowMatches() for every row at once (out[row] is 0 or 1); one pass over contiguous memory.
    void matchRows(const QList<QByteArray> &terms, std::vector<quint8> &out) const
    {
        m_search.matchAll(terms, out);
    }
    // Increases with every change to the rows, so that a proxy can tell whether what it computed
    // from them is still current.
    [[nodiscard]] quint64 generation() const { return m_generation; }
    // Negative, zero or positive like a three-way comparison of the two rows by `column`, with the
    // name as a tie-breaker and the id as the last one, so sorting is stable and total. Reads only
    // compact precomputed keys (ranks, numbers), never strings.
    [[nodiscard]] int compareRows(int left, int right, int column) const;

private:
    struct LabelCache;
    struct Row
    {
        Row(OAuthClient c, const QCollator &collator, LabelCache *labels = nullptr);
        OAuthClient client;
        QString grantLabel;
        QString stateLabel;
        QCollatorSortKey nameKey;
        GrantType grant;
        ClientState state;
    };
    // The per-row numbers sorting reads, kept apart from the rows so that a sort over 100,000
    // clients walks a few megabytes of contiguous memory.
    struct SortKeys
    {
        qint64 lifetime = 0;
        qint64 created = 0; // ms since the epoch; absent dates sort first
        qint64 modified = 0;
        quint16 grantRank = 0; // position of the grant label among all labels seen
        quint16 stateRank = 0;
        // From the usage snapshot; -1 when unknown. lastDay is a Julian day, 0 for "none".
        qint64 requests30 = -1;
        qint64 lastDay = -1;
        qint8 quiet30 = -1; // quietAt(row, 30), precomputed
        qint8 quiet90 = -1;
        // The key of `column` for compareRows(); 0 for the name and id columns, which have ranks.
        [[nodiscard]] qint64 forColumn(int column) const;
    };

    [[nodiscard]] QVariant display(const Row &row, const SortKeys &keys, int column) const;
    [[nodiscard]] QVariant sortValue(const Row &row, const SortKeys &keys, int column) const;
    [[nodiscard]] QString usageToolTip(int row, int column) const;
    // The columns whose content differs between the two versions of a client.
    [[nodiscard]] static QList<int> changedColumns(const OAuthClient &before, const OAuthClient &after);
    // Appends a row; its keys, search text and ranks follow.
    void appendRow(Row row);
    [[nodiscard]] SortKeys makeKeys(const Row &row);
    void setUsageKeys(SortKeys &keys, const QString &id) const;
    // What a search looks through, in the order searchBytes() documents.
    [[nodiscard]] static std::array<QStringView, 7> searchFieldsOf(const Row &row);
    void rebuildKeys();
    [[nodiscard]] quint16 labelRank(QStringList &labels, const QString &label, bool grant);

    QCollator m_collator;
    QList<Row> m_rows;
    std::vector<SortKeys> m_keys; // parallel to m_rows
    SearchIndex m_search;
    QStringList m_grantLabels; // sorted with m_collator
    QStringList m_stateLabels;
    RankIndex m_nameOrder;
    RankIndex m_idOrder;
    quint64 m_generation = 0;
    ClientUsageSnapshot m_usage;
};

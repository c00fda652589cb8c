// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/oauthclient.h"

#include <QAbstractTableModel>
#include <QCollator>
#include <QCollatorSortKey>
#include <QHash>
#include <QList>

#include <memory>
#include <optional>
#include <vector>

class ClientRankIndex;

// The org's OAuth clients as a table: one row per client, fed with plain values (a controller in
// app/controllers feeds it from ClientsService), so it never touches the network and tests can fill
// it directly.
//
// Changes are incremental: upsertClient() inserts a row or emits dataChanged() for the one row,
// removeClient() removes one row, mergeClients() (a reload) applies the difference. Only
// setClients() and clear() reset the model (first load, sign-in change).
//
// Per row the model precomputes what filtering and sorting need (a lower-cased search haystack,
// the mapped enums, dense ranks for names and ids), so the proxy's per-row work is a substring
// search in contiguous memory and two integer comparisons. Dates are formatted only when a view asks.
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

    // What the proxy uses, without QVariant boxing. `row` must be valid.
    [[nodiscard]] GrantType grantAt(int row) const { return m_rows.at(row).grant; }
    [[nodiscard]] ClientState stateAt(int row) const { return m_rows.at(row).state; }
    // The row's search haystack: name, id, description, grant type and state (raw and label),
    // lower-cased, as UTF-8, '\n' between fields.
    [[nodiscard]] QByteArrayView searchBytes(int row) const;
    // Search terms as searchBytes() holds text: lower-cased UTF-8, split at white space.
    [[nodiscard]] static QList<QByteArray> searchTerms(const QString &text);
    // Whether every term occurs in the row's haystack.
    [[nodiscard]] bool rowMatches(int row, const QList<QByteArray> &terms) const;
    // rowMatches() for every row at once (out[row] is 0 or 1); one pass over contiguous memory.
    void matchRows(const QList<QByteArray> &terms, std::vector<quint8> &out) const;
    // Increases with every change to the rows, so that a proxy can tell whether what it computed
    // from them is still current.
    [[nodiscard]] quint64 generation() const { return m_generation; }
    // Negative, zero or positive like a three-way comparison of the two rows by `column`, with the
    // name as a tie-breaker and the id as the last one, so sorting is stable and total. Reads only
    // compact precomputed keys (ranks, numbers), never strings.
    [[nodiscard]] int compareRows(int left, int right, int column) const;

    // "24 h", "450 d", "5 min", "1 h 30 min": token lifetimes for people.
    [[nodiscard]] static QString formatLifetime(qint64 seconds);
    // Labels for the known values; unknown values are returned as they came.
    [[nodiscard]] static QString grantTypeLabel(const QString &raw);
    [[nodiscard]] static QString stateLabel(const QString &raw);

private:
    struct Row
    {
        struct Labels; // a cache of labels per raw value, for building many rows
        Row(OAuthClient c, const QCollator &collator, Labels *labels = nullptr);
        OAuthClient client;
        QString grantLabel;
        QString stateLabel;
        QCollatorSortKey nameKey;
        GrantType grant;
        ClientState state;
    };
    // What sorting and searching read per row, kept apart from the rows so that a sort or a search
    // over 100,000 clients walks a few megabytes of contiguous memory.
    struct Keys
    {
        qint64 lifetime = 0;
        qint64 created = 0; // ms since the epoch; absent dates sort first
        qint64 modified = 0;
        quint32 textOffset = 0; // the haystack in m_text
        quint32 textLength = 0;
        quint16 grantRank = 0; // position of the grant label among all labels seen
        quint16 stateRank = 0;
    };

    [[nodiscard]] QVariant display(const Row &row, int column) const;
    [[nodiscard]] QVariant sortValue(const Row &row, int column) const;
    // The columns whose content differs between the two versions of a client.
    [[nodiscard]] static QList<int> changedColumns(const OAuthClient &before, const OAuthClient &after);
    // Keys of one row (its haystack appended to m_text), and the whole key set.
    [[nodiscard]] Keys makeKeys(const Row &row);
    // What makeKeys() does but the ranks, into any buffer (thread-safe).
    static void fillKeys(const Row &row, Keys &k, QByteArray &text);
    // Big listings: rows built in parts on two threads (`capacity` rows reserved in the part), then
    // their keys joined; the rows are already in m_rows, the second part's haystacks will be at
    // `shift` in m_text.
    struct Part;
    static void buildPart(const OAuthClient *const *clients, size_t count, size_t capacity, bool owned,
                          const QCollator &collator, Part &part);
    void joinKeys(Part &first, Part &second, quint32 shift);
    void rebuildKeys();
    void compactText();
    [[nodiscard]] quint16 labelRank(QStringList &labels, const QString &label, bool grant);

    QCollator m_collator;
    QList<Row> m_rows;
    std::vector<Keys> m_keys;    // parallel to m_rows
    QByteArray m_text;           // the haystacks, one after another
    qsizetype m_textGarbage = 0; // bytes of m_text no row points at any more
    QStringList m_grantLabels;   // sorted with m_collator
    QStringList m_stateLabels;
    std::unique_ptr<ClientRankIndex> m_nameOrder;
    std::unique_ptr<ClientRankIndex> m_idOrder;
    quint64 m_generation = 0;
};

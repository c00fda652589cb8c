// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/oauthclient.h"
#include "models/domain/scope.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

// The OAuth scope catalogue (GET /oauth/scopes) as a table: the scope id, its description (in the
// language the request asked for) and how many of this org's clients use it. One instance per
// session lives in the ScopeCatalog and is shared: the Scopes page shows it, and the client
// editor's scope picker (ScopeChecklistModel) is a view over it, so the catalogue is fetched and
// held once.
//
// setScopes() and clear() reset the model (the catalogue is fetched as a whole, on sign-in and
// when the language changes); setClientUsage() changes only the count column of the rows whose
// count moved.
class ScopeListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ScopeColumn,
        DescriptionColumn,
        ClientsColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        ScopeIdRole = Qt::UserRole + 1,
        DescriptionRole,
        ClientCountRole, // int: this org's clients that have the scope; -1 while unknown
        SearchTextRole,  // "id description", lower-cased
        SortRole,
    };
    Q_ENUM(Role)

    explicit ScopeListModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // Replaces the catalogue (a reset), in the given order; scopes without an id and repeated ids
    // are dropped.
    void setScopes(const QList<OAuthScope> &scopes);
    void clear();
    // How many clients use each scope (scope id -> count); scopes not in the hash count 0.
    // An empty optional means "not known" (the clients are not loaded): the column stays empty.
    void setClientUsage(const std::optional<QHash<QString, int>> &usage);
    [[nodiscard]] bool hasClientUsage() const { return m_hasUsage; }

    [[nodiscard]] int rowOf(const QString &scopeId) const; // -1 when absent
    [[nodiscard]] const OAuthScope &scopeAt(int row) const { return m_scopes.at(row); }
    [[nodiscard]] const QList<OAuthScope> &scopes() const { return m_scopes; }
    [[nodiscard]] int clientCountAt(int row) const;
    // Whether every term (lower-cased) occurs in the row's id or description.
    [[nodiscard]] bool rowMatches(int row, const QStringList &terms) const;

    // Scope id -> how many of `clients` have it in their scope list.
    [[nodiscard]] static QHash<QString, int> countClients(const QList<OAuthClient> &clients);

private:
    QList<OAuthScope> m_scopes;
    QList<QString> m_search; // parallel to m_scopes
    QHash<QString, int> m_index;
    QHash<QString, int> m_usage;
    bool m_hasUsage = false;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/authorization.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

// The state of an authorization. The API capitalises these ("Authorized"), unlike client states;
// values the app does not know map to Unknown and are shown as sent.
enum class AuthorizationState
{
    Unauthorized,
    Requested,
    Authorized,
    Revoked,
    Unknown
};
[[nodiscard]] AuthorizationState authorizationStateFromString(QStringView s);
[[nodiscard]] QString authorizationStateToString(AuthorizationState s); // the API's spelling

// The clients the signed-in resource owner has authorized, requested or revoked
// (GET /oauth/authorizations), one row per client. Fed with plain values by
// AuthorizationsController, so tests fill it directly.
//
// Changes are incremental: mergeAuthorizations() (a reload) removes, updates and appends rows, and
// upsertAuthorization() (the details of one authorization arrived) changes one row. Only
// setAuthorizations() and clear() reset the model. Role ids are shown as names once
// setRoleNames() has them. An embedded client's secret never gets here (OAuthAuthorization drops it).
class AuthorizationListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ClientColumn,
        StateColumn,
        GrantTypeColumn,
        ScopesColumn,
        RolesColumn,
        ResourceOwnerColumn,
        CreatedColumn,
        ModifiedColumn,
        ClientIdColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        ClientIdRole = Qt::UserRole + 1,
        ClientNameRole,
        StateRole,              // the raw string ("Authorized", or an unknown value as sent)
        AuthorizationStateRole, // AuthorizationState as int
        PendingRole,            // bool
        GrantTypeRole,          // the client's raw grant type
        ScopesRole,             // QStringList of scope ids
        RoleIdsRole,            // QStringList of role ids
        ResourceOwnerRole,      // the owner's name (or id)
        DateCreatedRole,        // QDateTime (UTC)
        DateModifiedRole,       // QDateTime (UTC)
        AuthorizationRole,      // the whole OAuthAuthorization
        SearchTextRole,         // the lower-cased text the filter searches
        SortRole,               // a typed value for sorting the column
    };
    Q_ENUM(Role)

    explicit AuthorizationListModel(QObject *parent = nullptr);
    ~AuthorizationListModel() override;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // Wholesale replacement (reset): the first load, a sign-in change. Duplicate client ids keep
    // the first.
    void setAuthorizations(const QList<OAuthAuthorization> &authorizations);
    void clear();
    // A reload: rows that are gone are removed, changed rows get dataChanged, new ones are appended.
    void mergeAuthorizations(const QList<OAuthAuthorization> &authorizations);
    // Replaces the row of the same client (dataChanged) or appends one.
    void upsertAuthorization(const OAuthAuthorization &authorization);

    // Role id -> name, for the Roles column; ids without a name are shown as they are.
    void setRoleNames(const QHash<QString, QString> &names);
    [[nodiscard]] QString roleName(const QString &id) const;

    [[nodiscard]] int rowOf(const QString &clientId) const; // -1 when absent
    [[nodiscard]] const OAuthAuthorization &authorizationAt(int row) const;
    [[nodiscard]] std::optional<OAuthAuthorization> authorization(const QString &clientId) const;
    [[nodiscard]] AuthorizationState stateAt(int row) const { return m_rows.at(row).state; }
    [[nodiscard]] bool pendingAt(int row) const { return m_rows.at(row).auth.pending; }
    // Whether every term (lower-cased) occurs in the row's search text.
    [[nodiscard]] bool rowMatches(int row, const QStringList &terms) const;

    // Labels for people; an unknown value is returned as it came.
    [[nodiscard]] static QString stateLabel(const QString &raw);
    // "Requested, pending": the state, and whether the platform still waits for a decision.
    [[nodiscard]] static QString stateText(const OAuthAuthorization &a);

private:
    struct Row
    {
        OAuthAuthorization auth;
        AuthorizationState state = AuthorizationState::Unknown;
        QString search; // lower-cased: client name, id, description, state, grant, scopes, owner
    };
    [[nodiscard]] Row makeRow(const OAuthAuthorization &a) const;
    [[nodiscard]] QString rolesText(const OAuthAuthorization &a) const;
    [[nodiscard]] QVariant display(const Row &row, int column) const;
    [[nodiscard]] QVariant sortValue(const Row &row, int column) const;
    [[nodiscard]] static bool sameContent(const OAuthAuthorization &a, const OAuthAuthorization &b);
    void rebuildIndex();

    QList<Row> m_rows;
    QHash<QString, int> m_index; // client id -> row
    QHash<QString, QString> m_roleNames;
};

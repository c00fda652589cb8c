// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/itemmodels/authorizationlistmodel.h"

#include "models/itemmodels/termfilterproxymodel.h"
#include <QPointer>
#include <QStringList>

#include <optional>

// Search, a state filter and sorting over an AuthorizationListModel (refused over anything else).
// The text filter matches when every whitespace-separated term occurs, case-insensitively, in the
// row's search text (client name, id and description, state, grant type, scopes, roles, owner).
// The state filter is one state, or "pending" for those still waiting for a decision.
class AuthorizationFilterProxyModel final : public TermFilterProxyModel
{
    Q_OBJECT
public:
    // What the state filter keeps.
    enum class StateFilter
    {
        All,
        Authorized,
        Requested,
        Unauthorized,
        Revoked,
        Pending, // any state with pending: true
        Other    // states the app does not know
    };
    Q_ENUM(StateFilter)

    explicit AuthorizationFilterProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *sourceModel) override;
    [[nodiscard]] AuthorizationListModel *authorizationModel() const { return m_model; }

    void setStateFilter(StateFilter filter);
    [[nodiscard]] StateFilter stateFilter() const { return m_state; }
    [[nodiscard]] bool isFiltering() const { return !terms().isEmpty() || m_state != StateFilter::All; }

    // "3 of 9 authorizations" (or "9 authorizations" when nothing is filtered out).
    [[nodiscard]] QString countText() const;

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QPointer<AuthorizationListModel> m_model; // null once the model went away
    StateFilter m_state = StateFilter::All;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/itemmodels/termfilterproxymodel.h"
#include <QPointer>
#include <QStringList>

class ScopeListModel;

// Search and sorting over a ScopeListModel for the Scopes page (refused over anything else): every
// whitespace-separated term must occur, case-insensitively, in the scope id or its description;
// "used only" keeps the scopes at least one of this org's clients has.
class ScopeFilterProxyModel final : public TermFilterProxyModel
{
    Q_OBJECT
public:
    explicit ScopeFilterProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *sourceModel) override;
    [[nodiscard]] ScopeListModel *scopeModel() const;

    void setUsedOnly(bool usedOnly);
    [[nodiscard]] bool usedOnly() const { return m_usedOnly; }

    // "12 of 143 scopes" (or "143 scopes" when nothing is filtered out).
    [[nodiscard]] QString countText() const;

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QPointer<ScopeListModel> m_model; // null once the catalogue went away
    bool m_usedOnly = false;
};

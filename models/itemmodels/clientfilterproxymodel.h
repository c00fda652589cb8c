// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/oauthclient.h"

#include "models/itemmodels/rowfilterproxymodel.h"
#include <QStringList>

#include <optional>
#include <vector>

class ClientListModel;

// Search, filters and sorting over a ClientListModel.
//
// The text filter matches when every whitespace-separated term occurs, case-insensitively, in the
// row's precomputed haystack (name, id, description, grant type, state); the grant-type and state
// filters compare the mapped enums. Sorting compares precomputed keys: names in the order of a
// numeric, case-insensitive collator, numbers as numbers and dates as dates, and an unknown usage value ("—")
// last in either order. Works only over a ClientListModel (setSourceModel with anything else is refused).
//
// Speed: a filter change matches all rows in one pass over the model's contiguous haystacks, then
// lets QSortFilterProxyModel apply the difference. When few rows change it does so incrementally
// (rows removed and inserted); when many do, one layout change and a re-sort is much cheaper than
// thousands of scattered insert and remove signals.
class ClientFilterProxyModel final : public RowFilterProxyModel
{
    Q_OBJECT
public:
    explicit ClientFilterProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *sourceModel) override;
    [[nodiscard]] ClientListModel *clientModel() const { return m_model; }

    void setFilterText(const QString &text);
    [[nodiscard]] QString filterText() const { return m_text; }
    // nullopt: all grant types / states. Unknown matches every value the app does not know.
    void setGrantFilter(std::optional<GrantType> grant);
    [[nodiscard]] std::optional<GrantType> grantFilter() const { return m_grant; }
    void setStateFilter(std::optional<ClientState> state);
    [[nodiscard]] std::optional<ClientState> stateFilter() const { return m_state; }
    // Clients without a request in the last `days` days (30 or 90; 0: no usage filter). A client
    // whose usage is not known for that many days is not shown: the filter cannot vouch for it.
    void setQuietFilter(int days);
    [[nodiscard]] int quietFilter() const { return m_quietDays; }
    [[nodiscard]] bool isFiltering() const { return !m_terms.isEmpty() || m_grant || m_state || m_quietDays; }

    // "37 of 412 clients" (or "412 clients" when nothing is filtered out).
    [[nodiscard]] QString countText() const;

Q_SIGNALS:
    void filterChanged();

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    [[nodiscard]] bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();
    [[nodiscard]] bool accepts(int sourceRow) const;

    ClientListModel *m_model = nullptr;
    QString m_text;
    QList<QByteArray> m_terms; // see ClientListModel::searchTerms
    // Acceptance per source row, valid while the model's generation is m_acceptedGeneration.
    std::vector<quint8> m_accepted;
    std::vector<quint8> m_scratch;
    quint64 m_acceptedGeneration = ~quint64(0);
    std::optional<GrantType> m_grant;
    std::optional<ClientState> m_state;
    int m_quietDays = 0;
};

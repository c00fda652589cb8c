// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/itemmodels/clientfilterproxymodel.h"

#include "models/itemmodels/clientlistmodel.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

ClientFilterProxyModel::ClientFilterProxyModel(QObject *parent)
    : RowFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    setSortRole(ClientListModel::SortRole);
}

void ClientFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    auto *model = qobject_cast<ClientListModel *>(sourceModel);
    if (sourceModel && !model) {
        qWarning("ClientFilterProxyModel works only over a ClientListModel");
        return;
    }
    m_model = model;
    m_acceptedGeneration = ~quint64(0);
    QSortFilterProxyModel::setSourceModel(model);
}

void ClientFilterProxyModel::refilter()
{
    if (!m_model) {
        Q_EMIT filterChanged();
        return;
    }
    // What the proxy shows now, if still known, and what it will show.
    const bool knewBefore = m_acceptedGeneration == m_model->generation();
    m_scratch.swap(m_accepted);
    const int rows = m_model->rowCount();
    if (m_terms.isEmpty())
        m_accepted.assign(size_t(rows), 1);
    else
        m_model->matchRows(m_terms, m_accepted);
    size_t changed = 0;
    for (int r = 0; r < rows; ++r) {
        quint8 &a = m_accepted[size_t(r)];
        if (a &&
            ((m_grant && m_model->grantAt(r) != *m_grant) || (m_state && m_model->stateAt(r) != *m_state) ||
             (m_quietDays && m_model->quietAt(r, m_quietDays) != 1)))
            a = 0;
        if (knewBefore && a != m_scratch[size_t(r)])
            ++changed;
    }
    m_acceptedGeneration = m_model->generation();

    // Scattered changes cost QSortFilterProxyModel one signal pair per contiguous block, and each
    // moves the mapping: beyond a few hundred rows a single re-layout is cheaper.
    const size_t incrementalLimit = std::max<size_t>(256, size_t(rows) / 50);
    if (!knewBefore || changed > incrementalLimit) {
        invalidate();
    } else if (changed > 0) {
        refilterRows();
    }
    Q_EMIT filterChanged();
}

void ClientFilterProxyModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    QList<QByteArray> terms = ClientListModel::searchTerms(text);
    if (terms == m_terms)
        return; // only white space changed
    m_terms = std::move(terms);
    refilter();
}

void ClientFilterProxyModel::setGrantFilter(std::optional<GrantType> grant)
{
    if (grant == m_grant)
        return;
    m_grant = grant;
    refilter();
}

void ClientFilterProxyModel::setStateFilter(std::optional<ClientState> state)
{
    if (state == m_state)
        return;
    m_state = state;
    refilter();
}

void ClientFilterProxyModel::setQuietFilter(int days)
{
    days = std::max(days, 0);
    if (days == m_quietDays)
        return;
    m_quietDays = days;
    refilter();
}

bool ClientFilterProxyModel::accepts(int sourceRow) const
{
    if (m_quietDays && m_model->quietAt(sourceRow, m_quietDays) != 1)
        return false;
    if (m_grant && m_model->grantAt(sourceRow) != *m_grant)
        return false;
    if (m_state && m_model->stateAt(sourceRow) != *m_state)
        return false;
    return m_terms.isEmpty() || m_model->rowMatches(sourceRow, m_terms);
}

bool ClientFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_model || sourceParent.isValid())
        return false;
    // Between filter changes the rows change one at a time (created, edited, deleted): those are
    // matched directly.
    if (m_acceptedGeneration == m_model->generation() && size_t(sourceRow) < m_accepted.size())
        return m_accepted[size_t(sourceRow)] != 0;
    return accepts(sourceRow);
}

bool ClientFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_model)
        return QSortFilterProxyModel::lessThan(left, right);
    const int column = left.column();
    if (column == ClientListModel::LastRequestColumn || column == ClientListModel::RequestsColumn) {
        // Unknown last, ascending or descending (a descending sort asks lessThan(right, left)).
        const bool leftKnown = m_model->usageKnownAt(left.row());
        const bool rightKnown = m_model->usageKnownAt(right.row());
        if (leftKnown != rightKnown)
            return sortOrder() == Qt::AscendingOrder ? leftKnown : rightKnown;
    }
    return m_model->compareRows(left.row(), right.row(), column) < 0;
}

QString ClientFilterProxyModel::countText() const
{
    const int total = m_model ? m_model->rowCount() : 0;
    const int shown = rowCount();
    // Spelled out instead of "%n client(s)": without an English .qm file the numerus form would
    // show the "(s)".
    const QString locShown = QLocale().toString(shown);
    const QString locTotal = QLocale().toString(total);
    if (shown == total)
        return total == 1 ? tr("1 client") : tr("%1 clients").arg(locTotal);
    return total == 1 ? tr("%1 of 1 client").arg(locShown) : tr("%1 of %2 clients").arg(locShown, locTotal);
}

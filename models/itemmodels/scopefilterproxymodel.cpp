// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/itemmodels/scopefilterproxymodel.h"

#include "models/itemmodels/scopelistmodel.h"

#include <QLocale>

ScopeFilterProxyModel::ScopeFilterProxyModel(QObject *parent)
    : TermFilterProxyModel(ScopeListModel::SortRole, parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

ScopeListModel *ScopeFilterProxyModel::scopeModel() const
{
    return m_model;
}

void ScopeFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    auto *model = qobject_cast<ScopeListModel *>(sourceModel);
    if (sourceModel && !model) {
        qWarning("ScopeFilterProxyModel works only over a ScopeListModel");
        return;
    }
    m_model = model;
    QSortFilterProxyModel::setSourceModel(model);
}

void ScopeFilterProxyModel::setUsedOnly(bool usedOnly)
{
    setOwnFilter(m_usedOnly, usedOnly);
}

bool ScopeFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_model || sourceParent.isValid())
        return false;
    if (m_usedOnly && m_model->clientCountAt(sourceRow) <= 0)
        return false;
    return terms().isEmpty() || m_model->rowMatches(sourceRow, terms());
}

QString ScopeFilterProxyModel::countText() const
{
    const int total = m_model ? m_model->rowCount() : 0;
    const int shown = rowCount();
    if (shown == total)
        return tr("%Ln scope(s)", nullptr, total);
    return tr("%1 of %Ln scope(s)", nullptr, total).arg(QLocale().toString(shown));
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/scopefilterproxymodel.h"

#include "models/scopelistmodel.h"

#include <QLocale>

ScopeFilterProxyModel::ScopeFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    setSortRole(ScopeListModel::SortRole);
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

void ScopeFilterProxyModel::refilter()
{
    // Qt 6.10 replaced the invalidate*Filter() calls with a begin/end pair.
#if QT_VERSION >= QT_VERSION_CHECK(6, 10, 0)
    beginFilterChange();
    endFilterChange(QSortFilterProxyModel::Direction::Rows);
#else
    invalidateRowsFilter();
#endif
    Q_EMIT filterChanged();
}

void ScopeFilterProxyModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    QStringList terms = text.simplified().toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (terms == m_terms)
        return;
    m_terms = std::move(terms);
    refilter();
}

void ScopeFilterProxyModel::setUsedOnly(bool usedOnly)
{
    if (usedOnly == m_usedOnly)
        return;
    m_usedOnly = usedOnly;
    refilter();
}

bool ScopeFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_model || sourceParent.isValid())
        return false;
    if (m_usedOnly && m_model->clientCountAt(sourceRow) <= 0)
        return false;
    return m_terms.isEmpty() || m_model->rowMatches(sourceRow, m_terms);
}

QString ScopeFilterProxyModel::countText() const
{
    const int total = m_model ? m_model->rowCount() : 0;
    const int shown = rowCount();
    if (shown == total)
        return tr("%Ln scope(s)", nullptr, total);
    return tr("%1 of %Ln scope(s)", nullptr, total).arg(QLocale().toString(shown));
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/itemmodels/termfilterproxymodel.h"

TermFilterProxyModel::TermFilterProxyModel(int sortRole, QObject *parent)
    : RowFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    setSortRole(sortRole);
}

void TermFilterProxyModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    QStringList terms = text.simplified().toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (terms == m_terms)
        return; // only white space changed
    m_terms = std::move(terms);
    refilter();
}

void TermFilterProxyModel::refilter()
{
    refilterRows();
    Q_EMIT filterChanged();
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/itemmodels/authorizationfilterproxymodel.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

AuthorizationFilterProxyModel::AuthorizationFilterProxyModel(QObject *parent)
    : TermFilterProxyModel(AuthorizationListModel::SortRole, parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void AuthorizationFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    auto *model = qobject_cast<AuthorizationListModel *>(sourceModel);
    if (sourceModel && !model) {
        qWarning("AuthorizationFilterProxyModel works only over an AuthorizationListModel");
        return;
    }
    m_model = model;
    QSortFilterProxyModel::setSourceModel(model);
}

void AuthorizationFilterProxyModel::setStateFilter(StateFilter filter)
{
    setOwnFilter(m_state, filter);
}

bool AuthorizationFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_model || sourceParent.isValid())
        return false;
    const AuthorizationState s = m_model->stateAt(sourceRow);
    switch (m_state) {
    case StateFilter::All:
        break;
    case StateFilter::Authorized:
        if (s != AuthorizationState::Authorized)
            return false;
        break;
    case StateFilter::Requested:
        if (s != AuthorizationState::Requested)
            return false;
        break;
    case StateFilter::Unauthorized:
        if (s != AuthorizationState::Unauthorized)
            return false;
        break;
    case StateFilter::Revoked:
        if (s != AuthorizationState::Revoked)
            return false;
        break;
    case StateFilter::Pending:
        if (!m_model->pendingAt(sourceRow))
            return false;
        break;
    case StateFilter::Other:
        if (s != AuthorizationState::Unknown)
            return false;
        break;
    }
    return terms().isEmpty() || m_model->rowMatches(sourceRow, terms());
}

QString AuthorizationFilterProxyModel::countText() const
{
    const int total = m_model ? m_model->rowCount() : 0;
    const int shown = rowCount();
    if (shown == total)
        return tr("%Ln authorization(s)", nullptr, total);
    return tr("%1 of %Ln authorization(s)", nullptr, total).arg(QLocale().toString(shown));
}

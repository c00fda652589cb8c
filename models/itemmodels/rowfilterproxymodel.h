// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

// A QSortFilterProxyModel that can re-run filterAcceptsRow() for every row, on every Qt 6: Qt 6.10
// replaced the invalidate*Filter() calls with a begin/end pair. The base of the app's filtering
// proxies, so that the version switch lives in one place.
class RowFilterProxyModel : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    // The rows' filter changed; the columns' did not.
    void refilterRows()
    {
#if QT_VERSION >= QT_VERSION_CHECK(6, 10, 0)
        beginFilterChange();
        endFilterChange(QSortFilterProxyModel::Direction::Rows);
#else
        invalidateRowsFilter();
#endif
    }
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

class UsageTableModel;

// The Usage page's table: one row per bucket (and endpoint, method) with the totals row in bold,
// sortable by any column, columns sized from what they show so that any font and scale fits
// (the endpoint takes the rest), and only the columns the query filled.
class UsageTableView final : public QTableView
{
    Q_OBJECT
public:
    explicit UsageTableView(UsageTableModel *model, QWidget *parent = nullptr);

    // Hides the columns the current aggregation leaves empty; call after it changed.
    void updateColumnVisibility();

private:
    UsageTableModel *m_table;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/config/promoteplan.h"
#include "models/config/snapshotdiff.h"

#include <QSet>
#include <QTreeWidget>

// The differences of a comparison as a tree: one row per client (what happened to it, its name,
// its ids), under it one row per changed field with A's and B's value. Clients that promoting can
// bring to B (removed and changed ones) have a check box. Filters hide kinds of differences and
// clients whose name or fields do not contain the search text.
class DiffTree : public QTreeWidget
{
    Q_OBJECT
public:
    enum Column
    {
        ClientColumn,
        KindColumn,
        AColumn,
        BColumn,
        ColumnCount
    };

    explicit DiffTree(QWidget *parent = nullptr);

    void setDiff(const SnapshotDiff &diff);
    [[nodiscard]] const SnapshotDiff &diff() const { return m_diff; }

    void setKindShown(ClientDifference::Kind kind, bool shown);
    void setFilterText(const QString &text);
    // The names of the checked clients, in tree order.
    [[nodiscard]] QStringList checkedNames() const;
    void setAllChecked(bool checked);
    // The top-level row of a client, or nullptr.
    [[nodiscard]] QTreeWidgetItem *itemForName(const QString &name) const;
    [[nodiscard]] int visibleClientCount() const;

Q_SIGNALS:
    void checkedChanged();

private:
    void applyFilters();

    SnapshotDiff m_diff;
    QSet<ClientDifference::Kind> m_hidden;
    QString m_filter;
};

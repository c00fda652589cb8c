// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

QT_FORWARD_DECLARE_CLASS(QTableView)
QT_FORWARD_DECLARE_CLASS(QWidget)
class SearchableTable;

// Keeps what an admin set up on a list across restarts, in QSettings under `key`:
//   - the columns shown and hidden (the header's column menu), and with `withLayout` also their
//     order and widths ("<key>/header", the QHeaderView state);
//   - the sort column and order ("<key>/sortColumn", "<key>/sortOrder");
//   - the page's filters in the list's filter bar: each QComboBox's current item (by its data) and
//     each checkable button, by object name ("<key>/filters/<objectName>").
// The search text is not kept (it is typed for the moment). Column state is dropped when the number
// of columns changed since it was saved (a new version with other columns); the filters stay.
// Nothing here is a secret: object names, column numbers and the filters' own values.
//
// Filters and sorting are saved as they change; the header's layout when the list goes (and on
// save()).
class ListState final : public QObject
{
    Q_OBJECT
public:
    // Restores at once; `list` owns the ListState.
    ListState(SearchableTable *list, const QString &key, bool withLayout = true);
    ~ListState() override;

    void save() const;
    void restore();
    [[nodiscard]] QString key() const { return m_key; }

private:
    void saveFilters() const;
    void saveSort() const;
    void watchFilters();
    [[nodiscard]] bool alive() const { return m_view && m_filterBar; }

    // The list's widgets may go first (a page's content is deleted before its SearchableTable).
    QPointer<QTableView> m_view;
    QPointer<QWidget> m_filterBar;
    QString m_key;
    bool m_withLayout;
    bool m_restoring = false;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QStringList>
#include <QWidget>

QT_FORWARD_DECLARE_CLASS(QCheckBox)
QT_FORWARD_DECLARE_CLASS(QLabel)
QT_FORWARD_DECLARE_CLASS(QLineEdit)
QT_FORWARD_DECLARE_CLASS(QSortFilterProxyModel)
QT_FORWARD_DECLARE_CLASS(QTreeView)
class ScopeCatalog;
class ScopeChecklistModel;

// A searchable, checkable list of the scope catalogue with descriptions, for the client editor.
// Type to filter (id and description); Space toggles the current scope; "Selected only" narrows
// the list to the checked ones.
class ScopePicker : public QWidget
{
    Q_OBJECT
public:
    explicit ScopePicker(QWidget *parent = nullptr);

    // Reads the catalogue from `catalog` (loading it if needed) and follows its changes.
    void setCatalog(ScopeCatalog *catalog);
    void setSelected(const QStringList &ids);
    [[nodiscard]] QStringList selected() const;
    // Lists the scopes selected now first (the edited client's), the others after them.
    void listSelectedFirst();

    [[nodiscard]] QLineEdit *searchField() const { return m_search; }
    [[nodiscard]] QTreeView *view() const { return m_view; }

Q_SIGNALS:
    void selectionChanged();

private:
    void refreshCatalog();
    void updateSummary();

    QPointer<ScopeCatalog> m_catalog;
    ScopeChecklistModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QCheckBox *m_selectedOnly;
    QTreeView *m_view;
    QLabel *m_summary;
};

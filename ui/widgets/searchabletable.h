// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QSortFilterProxyModel>

#include <functional>

QT_FORWARD_DECLARE_CLASS(QAction)
QT_FORWARD_DECLARE_CLASS(QLabel)
QT_FORWARD_DECLARE_CLASS(QLineEdit)
QT_FORWARD_DECLARE_CLASS(QTableView)
class SearchNavigation;

// One searchable list of a page: a filter bar (search field, the page's own filters, a count) over
// a read-only table of a filtering proxy. The parts are widgets of the page (`parent`); the page
// puts filterBar() and view() where it wants them (ListPage::setListAndDetails does the usual).
//
// It gives every list the same behaviour: search-as-you-type through SearchNavigation (Enter or
// Down in the search field goes to the result, Escape clears it); after a search, the first row
// becomes current when none is; Enter on a row (and a double click) emits activated(); the
// table's context menu holds the page's actions; the header's context menu shows and hides columns.
//
//     m_list = new SearchableTable({u"searchField"_s, u"clientTable"_s, u"countLabel"_s}, this);
//     m_list->setProxy(m_proxy); // any proxy with setFilterText() and filterChanged()
//     m_list->addFilter(m_stateFilter);
//     connect(m_list, &SearchableTable::currentChanged, this, &MyPage::onCurrentChanged);
class SearchableTable final : public QObject
{
    Q_OBJECT
public:
    struct Names
    {
        QString search;
        QString table;
        QString count;
    };
    SearchableTable(const Names &names, QWidget *parent);

    // A read-only, sortable, single-selection table with movable columns and compact rows: the
    // set-up of every table of the app that lists things.
    static void setUpTable(QTableView *view);

    [[nodiscard]] QWidget *filterBar() const { return m_filterBar; }
    [[nodiscard]] QLineEdit *search() const { return m_search; }
    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] QLabel *countLabel() const { return m_count; }
    [[nodiscard]] QSortFilterProxyModel *proxy() const { return m_proxy; }

    // Shows `proxy` in the table; the search field sets its filter text (Proxy::setFilterText) and
    // its Proxy::filterChanged() counts as a change of the rows shown. A Proxy::countText() ("3 of
    // 9 scopes") is proxyCountText().
    template<class Proxy>
    void setProxy(Proxy *proxy)
    {
        setProxyModel(proxy, [proxy](const QString &text) { proxy->setFilterText(text); });
        connect(proxy, &Proxy::filterChanged, this, &SearchableTable::onFilterChanged);
        if constexpr (requires { proxy->countText(); })
            m_countText = [proxy] { return proxy->countText(); };
    }
    [[nodiscard]] QString proxyCountText() const { return m_countText ? m_countText() : QString(); }

    // A filter of the page (a label, a combo box, a check box), after the search field.
    void addFilter(QWidget *widget);
    void setCountText(const QString &text);
    // Whether a search that leaves no current row makes the first row current (default: yes).
    void setSelectsFirstMatch(bool on) { m_selectsFirstMatch = on; }
    // Whether a double click on a row emits activated() as Enter does (default: yes).
    void setActivatesOnDoubleClick(bool on) { m_activatesOnDoubleClick = on; }
    // The table's context menu; nullptr stands for a separator.
    void setContextActions(const QList<QAction *> &actions);
    // Column widths from sample texts, so that they fit in any font and at any scale; with
    // `fitHeaders` a column is also as wide as its header's text.
    void sizeColumns(const QStringList &samples, bool fitHeaders = false);
    // The header's context menu shows or hides columns; `fixedColumn` stays.
    void addColumnMenu(int fixedColumn);
    // The header texts again (after a language change).
    void retranslateHeader();

    void focusSearch();
    // Applies the search field's text now instead of after the typing pause.
    void applySearchNow();
    // Makes the row of `sourceIndex` (of the proxy's source model) current and scrolls to it; when
    // the filters hide it, clears the search and, through `clearPageFilters`, the page's own
    // filters. False when the row stays hidden.
    bool showRow(const QModelIndex &sourceIndex, const std::function<void()> &clearPageFilters);

Q_SIGNALS:
    // The table's current row changed.
    void currentChanged();
    // The rows shown changed: inserted, removed, reset, re-sorted or filtered.
    void rowsChanged();
    // Enter on a row (or a double click, see setActivatesOnDoubleClick).
    void activated();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setProxyModel(QSortFilterProxyModel *proxy, std::function<void(const QString &)> apply);
    void onFilterChanged();

    QWidget *m_filterBar;
    QLineEdit *m_search;
    QLabel *m_count;
    QTableView *m_view;
    QWidget *m_lastFilter = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QPointer<QAbstractItemModel> m_source; // the proxy's source, whose row changes also count
    SearchNavigation *m_navigation = nullptr;
    std::function<void(const QString &)> m_apply;
    std::function<QString()> m_countText;
    QList<QAction *> m_contextActions;
    bool m_selectsFirstMatch = true;
    bool m_activatesOnDoubleClick = true;
    bool m_hadCurrent = false; // a current row before the proxy's layout change
};

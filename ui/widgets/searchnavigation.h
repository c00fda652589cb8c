// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>

QT_FORWARD_DECLARE_CLASS(QAbstractItemView)
QT_FORWARD_DECLARE_CLASS(QLineEdit)
QT_FORWARD_DECLARE_CLASS(QModelIndex)
QT_FORWARD_DECLARE_CLASS(QSortFilterProxyModel)

// Search-as-you-type for a list page, the same on every page: typing applies the filter after a
// short pause; in the search box, Down, Page Down and Enter apply it at once and move to the first
// result; Escape clears a search. Pages keep their own handling of keys in the list itself.
//
//     m_searchNavigation = new SearchNavigation(m_search, m_view, [this] { applyFilter(); });
//     ...
//     m_searchNavigation->applyNow(); // instead of waiting for the pause
class SearchNavigation final : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds Pause{100};

    // Becomes a child of `search`.
    SearchNavigation(QLineEdit *search, QAbstractItemView *view, std::function<void()> apply);

    void applyNow();

    // Makes the row of `sourceIndex` (a row of `proxy`'s source model) the view's current row and
    // scrolls to it. When the filters hide it, they are cleared rather than selecting something
    // invisible: the search, and the page's own filters through `clearPageFilters`. False when
    // the row stays hidden.
    bool showRow(const QSortFilterProxyModel *proxy, const QModelIndex &sourceIndex,
                 const std::function<void()> &clearPageFilters);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLineEdit *m_search;
    QAbstractItemView *m_view;
    std::function<void()> m_apply;
    QTimer m_pause;
};

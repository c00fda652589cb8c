// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

QT_FORWARD_DECLARE_CLASS(QAbstractItemView)
QT_FORWARD_DECLARE_CLASS(QLabel)
QT_FORWARD_DECLARE_CLASS(QLineEdit)
QT_FORWARD_DECLARE_CLASS(QSortFilterProxyModel)

// Says in an empty list why it is empty, in the view itself: "No results for “xyz”" when a search
// hides every row, "No rows match the filters" when the page's filters do. A list that is empty
// with nothing filtered says nothing here (the page tells its own empty state). A label over the
// view's viewport that lets the mouse through; becomes a child of `view`.
class EmptyListHint final : public QObject
{
    Q_OBJECT
public:
    EmptyListHint(QAbstractItemView *view, QLineEdit *search, QSortFilterProxyModel *proxy);

    // The label (visible while the list is filtered empty).
    [[nodiscard]] QLabel *label() const { return m_label; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update();

    QAbstractItemView *m_view;
    QLineEdit *m_search;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_label;
};

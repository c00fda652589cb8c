// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

#include <functional>

// Marks the row of the client this session is signed in with: a sign-in icon before the name and
// a tooltip that says so. Only the view changes; the model's text (and so sorting and search) does
// not. Set it on a list's name column with a function that says whether a row is that client.
//
//     view->setItemDelegateForColumn(NameColumn, new SignedInClientDelegate(
//         [this](const QModelIndex &i) { return isSignedInWith(session, i.data(IdRole).toString()); },
//         view));
class SignedInClientDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using Test = std::function<bool(const QModelIndex &)>;

    SignedInClientDelegate(Test isSignedInClient, QObject *parent);

    // The tooltip of the marked rows.
    [[nodiscard]] static QString toolTip();

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    Test m_test;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/signedinclientdelegate.h"

#include "ui/widgets/theme.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QToolTip>

using namespace Qt::Literals::StringLiterals;

SignedInClientDelegate::SignedInClientDelegate(Test isSignedInClient, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_test(std::move(isSignedInClient))
{}

QString SignedInClientDelegate::toolTip()
{
    return tr("Signed in with this client: deleting, deactivating or disabling it ends this session.");
}

void SignedInClientDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!m_test || !m_test(index))
        return;
    const int size = std::max(8, option->fontMetrics.height() - 2);
    option->icon = Theme::icon(u"signin"_s);
    option->decorationSize = QSize(size, size);
    option->features |= QStyleOptionViewItem::HasDecoration;
}

bool SignedInClientDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                       const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event && event->type() == QEvent::ToolTip && m_test && m_test(index)) {
        QToolTip::showText(event->globalPos(), toolTip(), view);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

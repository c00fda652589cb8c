// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/emptylisthint.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>

using namespace Qt::Literals::StringLiterals;

EmptyListHint::EmptyListHint(QAbstractItemView *view, QLineEdit *search, QSortFilterProxyModel *proxy)
    : QObject(view)
    , m_view(view)
    , m_search(search)
    , m_proxy(proxy)
    , m_label(new QLabel(view->viewport()))
{
    m_label->setObjectName(view->objectName() + u"EmptyHint"_s);
    m_label->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_label->setWordWrap(true);
    m_label->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_label->setForegroundRole(QPalette::PlaceholderText);
    m_label->hide();
    m_view->viewport()->installEventFilter(this);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &EmptyListHint::update);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &EmptyListHint::update);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &EmptyListHint::update);
    // Another search that finds nothing either changes no rows.
    connect(m_search, &QLineEdit::textChanged, this, &EmptyListHint::update);
    update();
}

void EmptyListHint::update()
{
    QString text;
    if (m_proxy->rowCount() == 0 && m_proxy->sourceModel() && m_proxy->sourceModel()->rowCount() > 0) {
        const QString search = m_search->text().trimmed();
        text =
            search.isEmpty()
                ? tr("No rows match the filters.")
                : tr("No results for “%1”.\nPress Esc in the search field to show everything.").arg(search);
    }
    m_label->setText(text);
    m_label->setAccessibleName(text);
    m_label->setVisible(!text.isEmpty());
    if (!text.isEmpty())
        m_label->setGeometry(m_view->viewport()->rect().adjusted(12, 24, -12, -12));
}

bool EmptyListHint::eventFilter(QObject *watched, QEvent *event)
{
    // Only the viewport is watched, and only its own rectangle is read: the view may already be
    // half destroyed when its viewport's last events arrive, so it is not called from here.
    if (event->type() == QEvent::Resize && watched == m_label->parent())
        m_label->setGeometry(static_cast<QWidget *>(watched)->rect().adjusted(12, 24, -12, -12));
    return QObject::eventFilter(watched, event);
}

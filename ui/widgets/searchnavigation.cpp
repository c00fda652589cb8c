// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/searchnavigation.h"

#include <QAbstractItemView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSortFilterProxyModel>

SearchNavigation::SearchNavigation(QLineEdit *search, QAbstractItemView *view, std::function<void()> apply)
    : QObject(search)
    , m_search(search)
    , m_view(view)
    , m_apply(std::move(apply))
{
    m_pause.setSingleShot(true);
    m_pause.setInterval(Pause);
    connect(&m_pause, &QTimer::timeout, this, &SearchNavigation::applyNow);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_pause.start(); });
    m_search->installEventFilter(this);
}

bool SearchNavigation::showRow(const QSortFilterProxyModel *proxy, const QModelIndex &sourceIndex,
                               const std::function<void()> &clearPageFilters)
{
    QModelIndex index = proxy->mapFromSource(sourceIndex);
    if (!index.isValid()) {
        m_search->clear();
        applyNow();
        clearPageFilters();
        index = proxy->mapFromSource(sourceIndex);
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return index.isValid();
}

void SearchNavigation::applyNow()
{
    m_pause.stop();
    m_apply();
}

bool SearchNavigation::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_search || event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    switch (static_cast<QKeyEvent *>(event)->key()) {
    case Qt::Key_Down:
    case Qt::Key_PageDown:
    case Qt::Key_Return:
    case Qt::Key_Enter: {
        // Type, then Enter or Down: straight to the result.
        applyNow();
        m_view->setFocus(Qt::OtherFocusReason);
        QAbstractItemModel *model = m_view->model();
        if (!m_view->currentIndex().isValid() && model && model->rowCount() > 0)
            m_view->setCurrentIndex(model->index(0, 0));
        return true;
    }
    case Qt::Key_Escape:
        if (!m_search->text().isEmpty()) {
            m_search->clear();
            applyNow();
            return true;
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

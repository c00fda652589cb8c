// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/dialogfit.h"

#include <QEvent>
#include <QGuiApplication>
#include <QLayout>
#include <QScreen>
#include <QTimer>
#include <QWidget>

namespace DialogFit {

QSize maximumSize(const QWidget *widget)
{
    const QScreen *screen = widget ? widget->screen() : nullptr;
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (!screen)
        return {QWIDGETSIZE_MAX, QWIDGETSIZE_MAX};
    const QSize available = screen->availableGeometry().size();
    return {std::max(available.width() - FrameWidth, 200), std::max(available.height() - FrameHeight, 200)};
}

void resizeWithin(QWidget *dialog, QSize wanted)
{
    dialog->resize(wanted.boundedTo(maximumSize(dialog)));
}

void growToContents(QWidget *dialog)
{
    QLayout *layout = dialog->layout();
    if (!layout)
        return;
    layout->activate();
    const int width = dialog->width();
    const int needed =
        layout->hasHeightForWidth() ? layout->totalHeightForWidth(width) : layout->totalSizeHint().height();
    const int height = std::min(needed, maximumSize(dialog).height());
    if (height > dialog->height())
        dialog->resize(width, height);
}

void fitToContents(QWidget *dialog)
{
    QLayout *layout = dialog->layout();
    if (!layout)
        return;
    layout->activate();
    const int width = dialog->width();
    const int needed =
        layout->hasHeightForWidth() ? layout->totalHeightForWidth(width) : layout->totalSizeHint().height();
    dialog->resize(width, std::min(needed, maximumSize(dialog).height()));
}

GrowToContents::GrowToContents(QWidget *dialog)
    : QObject(dialog)
    , m_dialog(dialog)
{
    dialog->installEventFilter(this);
}

bool GrowToContents::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_dialog && event->type() == QEvent::LayoutRequest && !m_pending) {
        // Once the layout has handled the request: then it knows the new contents.
        m_pending = true;
        QTimer::singleShot(0, this, [this] {
            m_pending = false;
            growToContents(m_dialog);
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace DialogFit

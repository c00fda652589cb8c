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

// The height the dialog's layout needs at its current width, within the screen; -1 without a layout.
int heightForContents(QWidget *dialog)
{
    QLayout *layout = dialog->layout();
    if (!layout)
        return -1;
    layout->activate();
    const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(dialog->width())
                                                   : layout->totalSizeHint().height();
    return std::min(needed, maximumSize(dialog).height());
}

void growToContents(QWidget *dialog)
{
    if (const int height = heightForContents(dialog); height > dialog->height())
        dialog->resize(dialog->width(), height);
}

void fitToContents(QWidget *dialog)
{
    if (const int height = heightForContents(dialog); height >= 0)
        dialog->resize(dialog->width(), height);
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

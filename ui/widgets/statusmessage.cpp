// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/statusmessage.h"

#include <QCoreApplication>
#include <QDir>
#include <QMainWindow>
#include <QStatusBar>

bool StatusMessage::show(QWidget *from, const QString &text)
{
    for (QWidget *w = from ? from->window() : nullptr; w;
         w = w->parentWidget() ? w->parentWidget()->window() : nullptr) {
        if (auto *main = qobject_cast<QMainWindow *>(w)) {
            main->statusBar()->showMessage(text, TimeoutMs);
            return true;
        }
    }
    return false;
}

bool StatusMessage::saved(QWidget *from, const QString &what, const QString &path)
{
    return show(from, QCoreApplication::translate("StatusMessage", "Saved %1 to %2")
                          .arg(what, QDir::toNativeSeparators(path)));
}

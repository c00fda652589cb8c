// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

QT_FORWARD_DECLARE_CLASS(QWidget)

// Tells in the main window's status bar what just happened, for a while: "Saved the chart to
// /home/ana/Documents/usage.png". From any widget of the main window or of a dialog over it.
class StatusMessage final
{
public:
    static constexpr int TimeoutMs = 15000;

    // Shows `text` in the status bar of the main window that `from` belongs to (directly, or
    // through the dialogs it sits in). False when there is none.
    static bool show(QWidget *from, const QString &text);
    // "Saved <what> to <path>", the path in the platform's notation.
    static bool saved(QWidget *from, const QString &what, const QString &path);
};

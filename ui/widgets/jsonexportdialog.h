// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

QT_FORWARD_DECLARE_CLASS(QFileDialog)
QT_FORWARD_DECLARE_CLASS(QWidget)

// The save-as flow that every "Export Configuration" shares: a non-blocking save dialog over
// `parent` for a JSON file (starting in LastFolder, ".json" added when missing), then either
// "Saved <savedWhat> to <path>" in the status bar or an "Export Failed" message box naming the
// file and the reason. The dialog deletes itself when closed.
struct JsonExport
{
    QString title;      // the dialog's title
    QString fileName;   // the suggested file name, in LastFolder
    QString objectName; // the dialog's object name, for tests
    QString savedWhat;  // "the configuration of …", for the status bar
    // Writes the chosen file; false and `error` set when it fails.
    std::function<bool(const QString &path, QString *error)> write;
};

// Opens the dialog and returns it.
QFileDialog *openJsonExportDialog(QWidget *parent, const JsonExport &exportSpec);

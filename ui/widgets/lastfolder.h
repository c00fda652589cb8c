// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

QT_FORWARD_DECLARE_CLASS(QFileDialog)

// Where every file dialog of the app starts: the folder of the file last saved or opened through
// any of them, else Documents (never the working directory, which depends on how the app was
// started). The folder is kept in the settings.
//
//     auto *dlg = new QFileDialog(parent, title, LastFolder::filePath(u"snapshot.json"_s), filter);
//     LastFolder::track(dlg); // remembers the folder chosen
class LastFolder final
{
public:
    // The folder to start in: the last one used when it still exists, else Documents.
    [[nodiscard]] static QString folder();
    // `fileName` in folder(), for a save dialog's suggested file.
    [[nodiscard]] static QString filePath(const QString &fileName);
    // Remembers the folder of `path`: the path itself when it is a folder, else the file's folder.
    static void remember(const QString &path);
    // Remembers the folder of what `dialog` selects.
    static void track(QFileDialog *dialog);
};

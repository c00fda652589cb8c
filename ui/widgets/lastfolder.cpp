// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/lastfolder.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString FolderKey = u"files/lastFolder"_s;
} // namespace

QString LastFolder::folder()
{
    const QString last = QSettings().value(FolderKey).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    // Documents, where there is one; else home (a dialog given a folder that does not exist opens
    // in the process's working folder).
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && QFileInfo(documents).isDir())
        return documents;
    return QDir::homePath();
}

QString LastFolder::filePath(const QString &fileName)
{
    return QDir(folder()).filePath(fileName);
}

void LastFolder::remember(const QString &path)
{
    if (path.isEmpty())
        return;
    const QFileInfo info(path);
    QSettings().setValue(FolderKey, info.isDir() ? info.absoluteFilePath() : info.absolutePath());
}

void LastFolder::track(QFileDialog *dialog)
{
    QObject::connect(dialog, &QFileDialog::fileSelected, dialog, [](const QString &path) { remember(path); });
}

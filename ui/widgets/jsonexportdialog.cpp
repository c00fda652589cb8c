// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/jsonexportdialog.h"

#include "ui/widgets/lastfolder.h"
#include "ui/widgets/statusmessage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>

using namespace Qt::Literals::StringLiterals;

// The strings keep the context of ClientExport, where they were first translated.
QFileDialog *openJsonExportDialog(QWidget *parent, const JsonExport &exportSpec)
{
    auto *dlg =
        new QFileDialog(parent, exportSpec.title, LastFolder::filePath(exportSpec.fileName),
                        QCoreApplication::translate("ClientExport", "JSON files (*.json);;All files (*)"));
    dlg->setObjectName(exportSpec.objectName);
    LastFolder::track(dlg);
    dlg->setAcceptMode(QFileDialog::AcceptSave);
    dlg->setDefaultSuffix(u"json"_s);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dlg, &QFileDialog::fileSelected, parent, [exportSpec, parent](const QString &path) {
        QString error;
        if (exportSpec.write(path, &error)) {
            StatusMessage::saved(parent, exportSpec.savedWhat, path);
            return;
        }
        auto *box = new QMessageBox(
            QMessageBox::Warning, QCoreApplication::translate("ClientExport", "Export Failed"),
            QCoreApplication::translate("ClientExport", "The configuration could not be written to %1: %2")
                .arg(QDir::toNativeSeparators(path), error),
            QMessageBox::Close, parent);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    dlg->open();
    return dlg;
}

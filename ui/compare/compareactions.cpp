// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/compare/compareactions.h"

#include "app/config/snapshottaker.h"
#include "app/services/session.h"
#include "models/config/snapshot.h"
#include "models/config/terraformexport.h"
#include "ui/compare/comparedialog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CompareActions)
};

void warn(QWidget *parent, const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Close, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool signedIn(Session *session, QWidget *parent)
{
    if (session && session->isSignedIn())
        return true;
    warn(parent, Tr::tr("Not Signed In"), Tr::tr("Sign in to the org first."));
    return false;
}

QString documents()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

// Takes the snapshot, then hands it to `use`; failures end in a message box.
void withSnapshot(Session *session, QWidget *parent, const QString &failedTitle,
                  std::function<void(const Snapshot &)> use)
{
    takeSnapshot(session, parent, [parent, failedTitle, use = std::move(use)](const Result<Snapshot> &r) {
        if (!r) {
            if (!r.error().isCancelled())
                warn(parent, failedTitle, r.error().userMessage());
            return;
        }
        use(r.value());
    });
}

void saveSnapshot(Session *session, QWidget *parent)
{
    if (!signedIn(session, parent))
        return;
    const QString name = u"snapshot-%1.json"_s.arg(QDate::currentDate().toString(Qt::ISODate));
    auto *dlg = new QFileDialog(parent, Tr::tr("Save Snapshot"), QDir(documents()).filePath(name),
                                Tr::tr("Snapshots (*.json);;All files (*)"));
    dlg->setObjectName(u"snapshotSaveDialog"_s);
    dlg->setAcceptMode(QFileDialog::AcceptSave);
    dlg->setDefaultSuffix(u"json"_s);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dlg, &QFileDialog::fileSelected, parent, [session, parent](const QString &path) {
        withSnapshot(session, parent, Tr::tr("Snapshot Failed"), [parent, path](const Snapshot &s) {
            QString error;
            if (!writeSnapshotFile(s, path, &error))
                warn(parent, Tr::tr("Snapshot Failed"), error);
        });
    });
    dlg->open();
}

void exportTerraformFolder(Session *session, QWidget *parent)
{
    if (!signedIn(session, parent))
        return;
    auto *dlg = new QFileDialog(parent, Tr::tr("Export as Terraform: Choose a Folder"), documents());
    dlg->setObjectName(u"terraformFolderDialog"_s);
    dlg->setFileMode(QFileDialog::Directory);
    dlg->setOption(QFileDialog::ShowDirsOnly);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dlg, &QFileDialog::fileSelected, parent, [session, parent](const QString &folder) {
        withSnapshot(session, parent, Tr::tr("Export Failed"), [parent, folder](const Snapshot &s) {
            QString error;
            if (!writeTerraformFolder(s, {}, folder, &error))
                warn(parent, Tr::tr("Export Failed"), error);
        });
    });
    dlg->open();
}
} // namespace

bool writeSnapshotFile(const Snapshot &snapshot, const QString &path, QString *error)
{
    QSaveFile f(path);
    const QByteArray bytes = snapshot.toJson();
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        *error = Tr::tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), f.errorString());
        return false;
    }
    return true;
}

bool writeTerraformFolder(const Snapshot &snapshot, const TerraformOptions &options, const QString &folder,
                          QString *error)
{
    if (!QDir().mkpath(folder)) {
        *error = Tr::tr("The folder %1 could not be created.").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    for (const TerraformFile &file : exportTerraform(snapshot, options)) {
        const QString path = QDir(folder).filePath(file.name);
        QSaveFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(file.content) != file.content.size() || !f.commit()) {
            *error =
                Tr::tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), f.errorString());
            return false;
        }
    }
    return true;
}

void addCompareActions(QMenu *fileMenu, QWidget *window, std::function<Session *()> session)
{
    QAction *save = fileMenu->addAction(Tr::tr("Save Sna&pshot…"));
    save->setObjectName(u"saveSnapshotAction"_s);
    QObject::connect(save, &QAction::triggered, window,
                     [window, session] { saveSnapshot(session(), window); });
    QAction *terraform = fileMenu->addAction(Tr::tr("Export as &Terraform…"));
    terraform->setObjectName(u"exportTerraformAction"_s);
    QObject::connect(terraform, &QAction::triggered, window,
                     [window, session] { exportTerraformFolder(session(), window); });
    QAction *compare = fileMenu->addAction(Tr::tr("&Compare…"));
    compare->setObjectName(u"compareAction"_s);
    QObject::connect(compare, &QAction::triggered, window, [window, session] {
        auto *dlg = new CompareDialog(session(), window);
        dlg->setAttribute(Qt::WA_DeleteOnClose);
        dlg->show();
    });
}

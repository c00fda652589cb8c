// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/clientexport.h"
#include "ui/widgets/lastfolder.h"
#include "ui/widgets/statusmessage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QJsonDocument>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ClientExport)
};
} // namespace

bool writeClientConfiguration(const OAuthClient &client, const QString &path, QString *error)
{
    QJsonObject body = client.toRequestJson();
    body.remove("secret"_L1); // toRequestJson never has it; keep it that way whatever changes there
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(body).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

QString suggestedExportFileName(const OAuthClient &client)
{
    QString base = client.name.toLower();
    base.replace(QRegularExpression(u"[^a-z0-9]+"_s), u"-"_s);
    base.remove(QRegularExpression(u"^-+|-+$"_s));
    if (base.isEmpty())
        base = client.id;
    return base.left(60) + u".json"_s;
}

void exportClientConfiguration(const OAuthClient &client, QWidget *parent)
{
    auto *dlg = new QFileDialog(parent, Tr::tr("Export Configuration of “%1”").arg(client.name),
                                LastFolder::filePath(suggestedExportFileName(client)),
                                Tr::tr("JSON files (*.json);;All files (*)"));
    dlg->setObjectName(u"exportFileDialog"_s);
    LastFolder::track(dlg);
    dlg->setAcceptMode(QFileDialog::AcceptSave);
    dlg->setDefaultSuffix(u"json"_s);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dlg, &QFileDialog::fileSelected, parent, [client, parent](const QString &path) {
        QString error;
        if (writeClientConfiguration(client, path, &error)) {
            StatusMessage::saved(parent, Tr::tr("the configuration of “%1”").arg(client.name), path);
            return;
        }
        auto *box = new QMessageBox(QMessageBox::Warning, Tr::tr("Export Failed"),
                                    Tr::tr("The configuration could not be written to %1: %2")
                                        .arg(QDir::toNativeSeparators(path), error),
                                    QMessageBox::Close, parent);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    dlg->open();
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/bulk/bulkexport.h"

#include "ui/widgets/lastfolder.h"
#include "ui/widgets/statusmessage.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BulkExport)
};
} // namespace

bool writeClientsConfiguration(const QList<OAuthClient> &clients, const QString &path, QString *error)
{
    QJsonArray all;
    for (const OAuthClient &c : clients) {
        QJsonObject body = c.toRequestJson();
        body.remove("secret"_L1); // toRequestJson never has it; keep it that way whatever changes there
        all.append(body);
    }
    QSaveFile file(path);
    const QByteArray bytes = QJsonDocument(all).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

QWidget *exportClientsConfiguration(const QList<OAuthClient> &clients, QWidget *parent)
{
    const QString fileName = u"clients-%1.json"_s.arg(QDate::currentDate().toString(Qt::ISODate));
    auto *dlg =
        new QFileDialog(parent, Tr::tr("Export Configuration of %n Clients", nullptr, int(clients.size())),
                        LastFolder::filePath(fileName), Tr::tr("JSON files (*.json);;All files (*)"));
    dlg->setObjectName(u"bulkExportFileDialog"_s);
    LastFolder::track(dlg);
    dlg->setAcceptMode(QFileDialog::AcceptSave);
    dlg->setDefaultSuffix(u"json"_s);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dlg, &QFileDialog::fileSelected, parent, [clients, parent](const QString &path) {
        QString error;
        if (writeClientsConfiguration(clients, path, &error)) {
            StatusMessage::saved(
                parent, Tr::tr("the configuration of %n clients", nullptr, int(clients.size())), path);
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
    return dlg;
}

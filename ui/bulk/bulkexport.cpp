// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/bulk/bulkexport.h"

#include "ui/widgets/jsonexportdialog.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
    const int n = int(clients.size());
    return openJsonExportDialog(parent, {Tr::tr("Export Configuration of %n Clients", nullptr, n),
                                         u"clients-%1.json"_s.arg(QDate::currentDate().toString(Qt::ISODate)),
                                         u"bulkExportFileDialog"_s,
                                         Tr::tr("the configuration of %n clients", nullptr, n),
                                         [clients](const QString &path, QString *error) {
                                             return writeClientsConfiguration(clients, path, error);
                                         }});
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/clientexport.h"
#include "ui/widgets/jsonexportdialog.h"

#include <QCoreApplication>
#include <QJsonDocument>
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
    openJsonExportDialog(parent, {Tr::tr("Export Configuration of “%1”").arg(client.name),
                                  suggestedExportFileName(client), u"exportFileDialog"_s,
                                  Tr::tr("the configuration of “%1”").arg(client.name),
                                  [client](const QString &path, QString *error) {
                                      return writeClientConfiguration(client, path, error);
                                  }});
}

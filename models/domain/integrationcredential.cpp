// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/integrationcredential.h"

using namespace Qt::Literals::StringLiterals;

QJsonObject buildCredentialUpdateBody(const QJsonObject &serverJson, const QString &clientId,
                                      const QString &clientSecret)
{
    QJsonObject body = serverJson;
    body.remove("selfUri"_L1);
    QJsonObject fields = body.value("credentialFields"_L1).toObject();
    fields.insert("clientId"_L1, clientId);
    fields.insert("clientSecret"_L1, clientSecret);
    body.insert("credentialFields"_L1, fields);
    // The type is sent by name, as the API takes it.
    const QJsonObject type = body.value("type"_L1).toObject();
    if (!type.contains("name"_L1))
        body.insert("type"_L1, QJsonObject{{u"name"_s, QString(GenesysOAuthCredentialType)}});
    return body;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// Integration credentials (CONTRACT-EXT.md): what Data Actions and other integrations sign in
// with. The listing gives no fields; one credential read by id gives its fields with the
// sensitive ones (secrets) left out.

// The credential type of a Genesys Cloud OAuth client (fields clientId, clientSecret).
inline constexpr QLatin1StringView GenesysOAuthCredentialType{"pureCloudOAuthClient"};

// CredentialInfo: one entry of the listing.
struct CredentialInfo
{
    QString id;
    QString name;
    QString typeName; // type.name; empty when the server did not say
    QDateTime createdDate;
    QDateTime modifiedDate;
    QJsonObject json;
};

// Credential: one credential read by id. `json` is the server's object (unknown fields kept).
struct IntegrationCredential
{
    QString id;
    QString name;
    QString typeName;
    QJsonObject fields; // credentialFields, without the sensitive ones
    QJsonObject json;

    [[nodiscard]] bool holdsGenesysClient() const { return typeName == GenesysOAuthCredentialType; }
    // credentialFields.clientId (for pureCloudOAuthClient credentials).
    [[nodiscard]] QString clientId() const { return fields.value(QLatin1StringView("clientId")).toString(); }
};

// The PUT body that points a pureCloudOAuthClient credential at another client: the server's
// last JSON (unknown fields kept) with credentialFields.clientId and .clientSecret replaced. The
// secret must be sent, since it is never read back.
[[nodiscard]] QJsonObject buildCredentialUpdateBody(const QJsonObject &serverJson, const QString &clientId,
                                                    const QString &clientSecret);

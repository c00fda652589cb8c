// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/net/apiclient.h"
#include "models/domain/integrationcredential.h"

// Integration credentials (CONTRACT-EXT.md): the cursor-paged listing (no fields), one credential
// by id (secrets redacted), and the update that points a Genesys Cloud OAuth credential (the kind
// Data Actions use) at another client. Reading needs integrations:integration:view, the update
// integrations:integration:edit.
class IntegrationsService : public QObject
{
    Q_OBJECT
public:
    static constexpr int ListingPageSize = 100;

    explicit IntegrationsService(ApiClient *api, QObject *parent = nullptr);

    // GET /integrations/credentials/listing, following nextUri to the end.
    Operation *listCredentials(QObject *context, Handler<QList<CredentialInfo>> done);
    Operation *credential(const QString &id, QObject *context, Handler<IntegrationCredential> done);
    // PUT with the credential's last JSON, clientId and clientSecret replaced (the answer is a
    // CredentialInfo). The body carries a secret: the HTTP log redacts it.
    Operation *pointCredentialAt(const IntegrationCredential &current, const QString &clientId,
                                 const QString &clientSecret, QObject *context, Handler<CredentialInfo> done);
    // The pureCloudOAuthClient credentials that hold `clientId`. The listing has no fields, so each
    // candidate is read by id (those whose type the listing names otherwise are skipped).
    Operation *credentialsHoldingClient(const QString &clientId, QObject *context,
                                        Handler<QList<IntegrationCredential>> done);

    [[nodiscard]] ApiClient *api() const { return m_api; }
    [[nodiscard]] static QString credentialPath(const QString &id);

private:
    ApiClient *m_api;
};

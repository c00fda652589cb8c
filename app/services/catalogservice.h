// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/net/apiclient.h"
#include "models/domain/authorization.h"
#include "models/domain/scope.h"

// Scopes and authorizations. Their descriptions come in the language of the ApiClient's
// Accept-Language (the UI language).
class CatalogService : public QObject
{
    Q_OBJECT
public:
    explicit CatalogService(ApiClient *api, QObject *parent = nullptr);

    Operation *scopes(QObject *context, Handler<QList<OAuthScope>> done);
    Operation *scope(const QString &scopeId, QObject *context, Handler<OAuthScope> done);
    Operation *authorizations(QObject *context, Handler<QList<OAuthAuthorization>> done);
    Operation *authorization(const QString &clientId, QObject *context, Handler<OAuthAuthorization> done);

private:
    ApiClient *m_api;
};

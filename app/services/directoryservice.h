// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/net/apiclient.h"
#include "models/domain/directory.h"

// Roles and divisions (paged to the end) and the identity of the signed-in token.
class DirectoryService : public QObject
{
    Q_OBJECT
public:
    static constexpr int PageSize = 100;

    explicit DirectoryService(ApiClient *api, QObject *parent = nullptr);

    Operation *roles(QObject *context, Handler<QList<Role>> done);
    Operation *divisions(QObject *context, Handler<QList<Division>> done);
    // GET /tokens/me: organization and client (or user) of the current token.
    Operation *tokenInfo(QObject *context, Handler<TokenInfo> done);
    // DELETE /tokens/me: revokes the current token on the server (sign-out).
    Operation *revokeToken(QObject *context, Handler<Done> done);

private:
    ApiClient *m_api;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/net/apiclient.h"
#include "models/domain/orguser.h"

// The users lookup (no permission needed): one user by id, or many by id in modest batches (how
// many ids one call takes is unconfirmed, CONTRACT-EXT.md).
class UsersService : public QObject
{
    Q_OBJECT
public:
    static constexpr int BatchSize = 50;

    explicit UsersService(ApiClient *api, QObject *parent = nullptr);

    Operation *user(const QString &id, QObject *context, Handler<OrgUser> done);
    // GET /users?id=A&id=B&pageSize=N per batch of BatchSize; ids the org does not know (a person
    // who has left) are simply missing from the result.
    Operation *users(const QStringList &ids, QObject *context, Handler<QList<OrgUser>> done);

private:
    ApiClient *m_api;
};

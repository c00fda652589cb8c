// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/apierror.h"
#include "models/domain/entities.h"

#include <QJsonObject>
#include <QStringList>

// Roles and divisions: what a client-credentials client's roleDivisions point at.
struct Role
{
    QString id;
    QString name;
    QString description;
    QStringList permissions;
    QJsonObject json;
    [[nodiscard]] static Role fromJson(const QJsonObject &o);
};

struct Division
{
    QString id;
    QString name;
    QString description;
    bool homeDivision = false;
    QJsonObject json;
    [[nodiscard]] static Division fromJson(const QJsonObject &o);
};

[[nodiscard]] Result<Page<Role>> parseRolePage(const QByteArray &body);
[[nodiscard]] Result<Page<Division>> parseDivisionPage(const QByteArray &body);

// GET /tokens/me: who is signed in. Works for every grant type.
struct TokenInfo
{
    EntityRef organization;
    EntityRef homeOrganization;
    QStringList authorizedScope;
    EntityRef clonedUser;
    QDateTime dateTokenIdles;
    EntityRef oauthClient; // the "OAuthClient" field (capital O): id and name of the client
    QString oauthClientGrantType;
    QJsonObject json;
    [[nodiscard]] static TokenInfo fromJson(const QJsonObject &o);
};
[[nodiscard]] Result<TokenInfo> parseTokenInfo(const QByteArray &body);

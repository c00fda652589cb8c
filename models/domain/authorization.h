// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/oauthclient.h"

// A client the signed-in resource owner has authorized, requested or revoked.
// State values are capitalised ("Authorized"), unlike client states; unknown values are kept.
struct OAuthAuthorization
{
    OAuthClient client;
    QStringList scope;
    QStringList roles;
    EntityRef resourceOwner;
    QDateTime dateCreated;
    QDateTime dateModified;
    EntityRef createdBy;
    EntityRef modifiedBy;
    bool pending = false;
    QString state; // Unauthorized | Requested | Authorized | Revoked | (unknown, kept)
    QString selfUri;
    QJsonObject json;

    [[nodiscard]] static OAuthAuthorization fromJson(const QJsonObject &o);
};

[[nodiscard]] Result<QList<OAuthAuthorization>> parseAuthorizationListing(const QByteArray &body);
[[nodiscard]] Result<OAuthAuthorization> parseAuthorization(const QByteArray &body);

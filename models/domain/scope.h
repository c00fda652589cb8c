// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/apierror.h"

#include <QJsonObject>
#include <QList>
#include <QString>

// An OAuth scope of the catalogue (GET /oauth/scopes). The description is in the language the
// request's Accept-Language asked for.
struct OAuthScope
{
    QString id; // the scope string, e.g. "analytics:readonly"
    QString description;
    QString selfUri;
    QJsonObject json;

    [[nodiscard]] static OAuthScope fromJson(const QJsonObject &o);
};

[[nodiscard]] Result<QList<OAuthScope>> parseScopeListing(const QByteArray &body);
[[nodiscard]] Result<OAuthScope> parseScope(const QByteArray &body);

// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/scope.h"

#include "models/json/json.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

OAuthScope OAuthScope::fromJson(const QJsonObject &o)
{
    return {json::str(o, "id"_L1), json::str(o, "description"_L1), json::str(o, "selfUri"_L1), o};
}

Result<QList<OAuthScope>> parseScopeListing(const QByteArray &body)
{
    Result<QJsonObject> root = json::parseObject(body, u"a scope listing");
    if (!root)
        return root.error();
    Result<QJsonArray> entities = json::entities(root.value(), u"a scope listing");
    if (!entities)
        return entities.error();
    QList<OAuthScope> out;
    out.reserve(entities->size());
    for (const QJsonValue &v : entities.value()) {
        OAuthScope s = OAuthScope::fromJson(v.toObject());
        if (!s.id.isEmpty())
            out.append(std::move(s));
    }
    return out;
}

Result<OAuthScope> parseScope(const QByteArray &body)
{
    Result<QJsonObject> root = json::parseObject(body, u"a scope");
    if (!root)
        return root.error();
    OAuthScope s = OAuthScope::fromJson(root.value());
    if (s.id.isEmpty())
        return ApiError::make(
            ApiError::Kind::BadResponse,
            QCoreApplication::translate("ServerAnswer", "The server sent a scope without an id."));
    return s;
}

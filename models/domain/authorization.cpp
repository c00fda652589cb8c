// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/authorization.h"

#include "models/json/json.h"

using namespace Qt::Literals::StringLiterals;

OAuthAuthorization OAuthAuthorization::fromJson(const QJsonObject &o)
{
    OAuthAuthorization a;
    a.client = OAuthClient::fromJson(json::object(o, "client"_L1));
    a.scope = json::strings(o, "scope"_L1);
    a.roles = json::strings(o, "roles"_L1);
    a.resourceOwner = EntityRef::fromJson(json::object(o, "resourceOwner"_L1));
    a.dateCreated = json::dateTime(o, "dateCreated"_L1);
    a.dateModified = json::dateTime(o, "dateModified"_L1);
    a.createdBy = EntityRef::fromJson(json::object(o, "createdBy"_L1));
    a.modifiedBy = EntityRef::fromJson(json::object(o, "modifiedBy"_L1));
    a.pending = json::boolean(o, "pending"_L1);
    a.state = json::str(o, "state"_L1);
    a.selfUri = json::str(o, "selfUri"_L1);
    a.json = o;
    // The embedded client may carry a secret on old API versions: never keep it.
    if (QJsonObject client = json::object(o, "client"_L1); client.contains("secret"_L1)) {
        client.remove("secret"_L1);
        a.json.insert("client"_L1, client);
    }
    return a;
}

Result<QList<OAuthAuthorization>> parseAuthorizationListing(const QByteArray &body)
{
    Result<QJsonObject> root = json::parseObject(body, u"an authorization listing");
    if (!root)
        return root.error();
    Result<QJsonArray> entities = json::entities(root.value(), u"an authorization listing");
    if (!entities)
        return entities.error();
    QList<OAuthAuthorization> out;
    out.reserve(entities->size());
    for (const QJsonValue &v : entities.value()) {
        if (v.isObject())
            out.append(OAuthAuthorization::fromJson(v.toObject()));
    }
    return out;
}

Result<OAuthAuthorization> parseAuthorization(const QByteArray &body)
{
    Result<QJsonObject> root = json::parseObject(body, u"an authorization");
    if (!root)
        return root.error();
    return OAuthAuthorization::fromJson(root.value());
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/oauthclient.h"

#include "models/json/json.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace {
struct GrantName
{
    GrantType type;
    QLatin1StringView name;
};
constexpr GrantName GrantNames[] = {
    {GrantType::Code, "CODE"_L1},
    {GrantType::Token, "TOKEN"_L1},
    {GrantType::Saml2Bearer, "SAML2-BEARER"_L1},
    {GrantType::Password, "PASSWORD"_L1},
    {GrantType::ClientCredentials, "CLIENT-CREDENTIALS"_L1},
};
struct StateName
{
    ClientState state;
    QLatin1StringView name;
};
constexpr StateName StateNames[] = {
    {ClientState::Active, "active"_L1},
    {ClientState::Disabled, "disabled"_L1},
    {ClientState::Inactive, "inactive"_L1},
    {ClientState::Deleted, "deleted"_L1},
};

const QStringList KnownFields = {u"id"_s,
                                 u"name"_s,
                                 u"accessTokenValiditySeconds"_s,
                                 u"description"_s,
                                 u"registeredRedirectUri"_s,
                                 u"secret"_s,
                                 u"roleIds"_s,
                                 u"dateCreated"_s,
                                 u"dateModified"_s,
                                 u"createdBy"_s,
                                 u"modifiedBy"_s,
                                 u"authorizedGrantType"_s,
                                 u"scope"_s,
                                 u"roleDivisions"_s,
                                 u"state"_s,
                                 u"dateToDelete"_s,
                                 u"selfUri"_s};
} // namespace

GrantType grantTypeFromString(QStringView s)
{
    for (const auto &g : GrantNames) {
        if (s == g.name)
            return g.type;
    }
    return GrantType::Unknown;
}

QString grantTypeToString(GrantType g)
{
    for (const auto &n : GrantNames) {
        if (n.type == g)
            return n.name;
    }
    return {};
}

ClientState clientStateFromString(QStringView s)
{
    for (const auto &n : StateNames) {
        if (s == n.name)
            return n.state;
    }
    return ClientState::Unknown;
}

QString clientStateToString(ClientState s)
{
    for (const auto &n : StateNames) {
        if (n.state == s)
            return n.name;
    }
    return {};
}

bool grantUsesRedirectUris(GrantType g)
{
    return g == GrantType::Code || g == GrantType::Token;
}

bool grantUsesScopes(GrantType g)
{
    return g != GrantType::ClientCredentials && g != GrantType::Unknown;
}

bool grantUsesRoles(GrantType g)
{
    return g == GrantType::ClientCredentials;
}

QStringList OAuthClient::unknownFields() const
{
    QStringList out;
    for (const QString &key : json.keys()) {
        if (!KnownFields.contains(key))
            out.append(key);
    }
    return out;
}

OAuthClient OAuthClient::fromJson(QJsonObject o)
{
    o.remove("secret"_L1); // never kept, see ClientWithSecret
    OAuthClient c;
    c.id = json::str(o, "id"_L1);
    c.name = json::str(o, "name"_L1);
    c.description = json::str(o, "description"_L1);
    c.grantType = json::str(o, "authorizedGrantType"_L1);
    c.state = json::str(o, "state"_L1);
    c.accessTokenValiditySeconds = json::int64(o, "accessTokenValiditySeconds"_L1);
    c.registeredRedirectUri = json::strings(o, "registeredRedirectUri"_L1);
    c.scope = json::strings(o, "scope"_L1);
    c.roleIds = json::strings(o, "roleIds"_L1);
    const QJsonArray rds = json::array(o, "roleDivisions"_L1);
    c.roleDivisions.reserve(rds.size());
    for (const QJsonValue &v : rds) {
        const QJsonObject rd = v.toObject();
        const QString role = json::str(rd, "roleId"_L1);
        if (!role.isEmpty())
            c.roleDivisions.append({role, json::str(rd, "divisionId"_L1)});
    }
    c.dateCreated = json::dateTime(o, "dateCreated"_L1);
    c.dateModified = json::dateTime(o, "dateModified"_L1);
    c.dateToDelete = json::dateTime(o, "dateToDelete"_L1);
    c.createdBy = EntityRef::fromJson(json::object(o, "createdBy"_L1));
    c.modifiedBy = EntityRef::fromJson(json::object(o, "modifiedBy"_L1));
    c.selfUri = json::str(o, "selfUri"_L1);
    c.json = RawJson(o);
    return c;
}

QJsonObject OAuthClient::toRequestJson() const
{
    QJsonObject body = buildClientUpdateBody(json.object(), {});
    body.remove("dateToDelete"_L1);
    return body;
}

const QStringList &clientReadOnlyFields()
{
    static const QStringList fields = {u"id"_s,           u"secret"_s,    u"selfUri"_s,   u"dateCreated"_s,
                                       u"dateModified"_s, u"createdBy"_s, u"modifiedBy"_s};
    return fields;
}

QJsonObject buildClientUpdateBody(const QJsonObject &serverJson, const QJsonObject &edits)
{
    QJsonObject body = serverJson;
    for (const QString &f : clientReadOnlyFields())
        body.remove(f);
    for (auto it = edits.begin(); it != edits.end(); ++it) {
        if (clientReadOnlyFields().contains(it.key()))
            continue;
        body.insert(it.key(), it.value());
    }
    if (body.contains("roleDivisions"_L1))
        body.remove("roleIds"_L1);
    return body;
}

QStringList validateClientRequestShape(const QJsonObject &body)
{
    QStringList problems;
    auto requireString = [&](QLatin1StringView key, bool required) {
        const QJsonValue v = body.value(key);
        if (v.isUndefined()) {
            if (required)
                problems.append(u"\"%1\" is required."_s.arg(key));
        } else if (!v.isString()) {
            problems.append(u"\"%1\" must be a string."_s.arg(key));
        } else if (required && v.toString().trimmed().isEmpty()) {
            problems.append(u"\"%1\" must not be empty."_s.arg(key));
        }
    };
    auto requireStringArray = [&](QLatin1StringView key) {
        const QJsonValue v = body.value(key);
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isArray()) {
            problems.append(u"\"%1\" must be an array of strings."_s.arg(key));
            return;
        }
        for (const QJsonValue &e : v.toArray()) {
            if (!e.isString()) {
                problems.append(u"\"%1\" must contain only strings."_s.arg(key));
                return;
            }
        }
    };
    requireString("name"_L1, true);
    requireString("authorizedGrantType"_L1, true);
    requireString("description"_L1, false);
    requireString("state"_L1, false);
    requireString("dateToDelete"_L1, false);
    requireStringArray("registeredRedirectUri"_L1);
    requireStringArray("scope"_L1);
    requireStringArray("roleIds"_L1);

    const QJsonValue grant = body.value("authorizedGrantType"_L1);
    if (grant.isString() && !grant.toString().isEmpty() &&
        grantTypeFromString(grant.toString()) == GrantType::Unknown)
        problems.append(u"\"authorizedGrantType\" must be one of CODE, TOKEN, SAML2-BEARER, PASSWORD, "
                        u"CLIENT-CREDENTIALS (got \"%1\")."_s.arg(grant.toString()));
    const QJsonValue state = body.value("state"_L1);
    if (state.isString()) {
        const ClientState s = clientStateFromString(state.toString());
        if (s == ClientState::Unknown || s == ClientState::Deleted)
            problems.append(
                u"\"state\" must be one of active, disabled, inactive (got \"%1\")."_s.arg(state.toString()));
    }
    const QJsonValue lifetime = body.value("accessTokenValiditySeconds"_L1);
    if (!lifetime.isUndefined() && !json::int64(body, "accessTokenValiditySeconds"_L1))
        problems.append(u"\"accessTokenValiditySeconds\" must be a whole number of seconds."_s);

    const QJsonValue rds = body.value("roleDivisions"_L1);
    if (!rds.isUndefined() && !rds.isNull()) {
        if (!rds.isArray()) {
            problems.append(u"\"roleDivisions\" must be an array of {roleId, divisionId}."_s);
        } else {
            for (const QJsonValue &v : rds.toArray()) {
                const QJsonObject rd = v.toObject();
                if (!v.isObject() || !rd.value("roleId"_L1).isString() ||
                    !rd.value("divisionId"_L1).isString()) {
                    problems.append(
                        u"Each entry of \"roleDivisions\" needs a string roleId and divisionId."_s);
                    break;
                }
            }
        }
    }
    return problems;
}

Result<OAuthClient> parseClient(const QByteArray &body, QString *secret)
{
    Result<QJsonObject> root = json::parseObject(body, u"a client");
    if (!root)
        return root.error();
    if (secret)
        *secret = json::str(root.value(), "secret"_L1);
    OAuthClient c = OAuthClient::fromJson(std::move(root).value());
    if (c.id.isEmpty())
        return ApiError::make(
            ApiError::Kind::BadResponse,
            QCoreApplication::translate("ServerAnswer", "The server sent a client without an id."));
    return c;
}

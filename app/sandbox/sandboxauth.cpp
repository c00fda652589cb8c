// SPDX-License-Identifier: GPL-3.0-or-later
// Bearer-token checks, the login endpoints (/oauth/token, /oauth/authorize) and who-am-I
// (/tokens/me, /users/me).
#include "app/sandbox/sandboxext_p.h"
#include "app/sandbox/sandboxrules.h"
#include "app/sandbox/sandboxserver_p.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::Literals::StringLiterals;
using namespace sandbox;

namespace {

constexpr qint64 kCodeLifetimeMs = 60 * 1000; // authorization codes are good for 60 s, once

QString formValue(const QUrlQuery &form, const QString &key)
{
    return form.queryItemValue(key, QUrl::FullyDecoded);
}

struct BasicCredentials
{
    bool present = false;
    bool malformed = false;
    QString id;
    QString secret;
};

BasicCredentials basicAuth(const Call &call)
{
    BasicCredentials c;
    const QByteArray header = call.header("authorization").trimmed();
    if (header.isEmpty())
        return c;
    c.present = true;
    if (!header.toLower().startsWith("basic ")) {
        c.malformed = true;
        return c;
    }
    const auto result =
        QByteArray::fromBase64Encoding(header.mid(6).trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    const QByteArray decoded = result ? *result : QByteArray();
    const qsizetype colon = decoded.indexOf(':');
    if (colon < 0) {
        c.malformed = true;
        return c;
    }
    c.id = QString::fromUtf8(decoded.left(colon));
    c.secret = QString::fromUtf8(decoded.mid(colon + 1));
    return c;
}

QByteArray appendQuery(const QString &uri, const QList<std::pair<QString, QString>> &params, char separator)
{
    QByteArray out = uri.toUtf8();
    bool first = separator == '#' || !uri.contains(u'?');
    for (const auto &[key, value] : params) {
        if (value.isNull())
            continue;
        out += first ? separator : '&';
        first = false;
        out += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

} // namespace

const TokenRecord *SandboxServerPrivate::authenticate(const Call &call, Reply *error)
{
    const QByteArray header = call.header("authorization").trimmed();
    if (!header.toLower().startsWith("bearer ") || header.mid(7).trimmed().isEmpty()) {
        *error = errorReply(401, u"authentication.required"_s,
                            u"No authentication bearer token specified in authorization header."_s);
        return nullptr;
    }
    const QString token = QString::fromLatin1(header.mid(7).trimmed());
    const auto it = tokens.constFind(token);
    bool valid = it != tokens.cend() && it->expires > currentTime();
    if (valid) {
        // R14: a disabled client's tokens stop working; so do the tokens of a deleted client.
        const ClientRecord *client = findClient(it->clientId);
        valid = client && client->state != u"disabled";
    }
    if (!valid) {
        if (it != tokens.cend() && it->expires <= currentTime())
            tokens.remove(token);
        *error = errorReply(401, u"bad.credentials"_s, u"Invalid login credentials."_s);
        return nullptr;
    }
    return &*it;
}

std::optional<Reply> SandboxServerPrivate::checkPermissions(const TokenRecord &token,
                                                            const QStringList &anyOf) const
{
    if (anyOf.isEmpty())
        return std::nullopt;
    for (const QString &p : anyOf)
        if (permissionGranted(token.permissions, p))
            return std::nullopt;
    const QString list = anyOf.join(u", ");
    if (anyOf.size() == 1)
        return errorReply(
            403, u"missing.permissions"_s,
            u"Unable to perform the requested action. You are missing the following permission(s): [%1]"_s
                .arg(list),
            {}, QJsonObject{{u"permissions"_s, list}});
    return errorReply(403, u"missing.any.permissions"_s,
                      u"Unable to perform the requested action. You must have at least one of the following "
                      "permissions assigned: [%1]"_s.arg(list),
                      {}, QJsonObject{{u"permissions"_s, list}});
}

QString SandboxServerPrivate::issue(const QString &clientId, const QString &userId,
                                    const QStringList &permissions, const QStringList &scopes,
                                    qint64 lifetimeSeconds)
{
    const QString token = QString::fromLatin1(randomToken(32));
    tokens.insert(token, {clientId, userId, permissions, scopes, currentTime().addSecs(lifetimeSeconds)});
    return token;
}

QStringList SandboxServerPrivate::clientPermissions(const QJsonObject &client) const
{
    QSet<QString> roleIds;
    for (const QJsonValue &rd : client.value(u"roleDivisions"_s).toArray())
        roleIds.insert(rd.toObject().value(u"roleId"_s).toString());
    for (const QJsonValue &id : client.value(u"roleIds"_s).toArray())
        roleIds.insert(id.toString());
    QStringList permissions;
    for (const QString &id : std::as_const(roleIds))
        if (const DemoRole *role = org.role(id))
            permissions += role->permissions;
    permissions.removeDuplicates();
    return permissions;
}

Reply SandboxServerPrivate::oauthToken(const Call &call)
{
    const QByteArray type = call.header("content-type").split(';').constFirst().trimmed().toLower();
    if (type != "application/x-www-form-urlencoded")
        return oauthErrorReply(400, u"invalid_request"_s,
                               u"the body must be application/x-www-form-urlencoded"_s);
    QByteArray body = call.body;
    body.replace('+', "%20"); // form encoding writes spaces as '+'
    const QUrlQuery form(QString::fromLatin1(body));
    const QString grantType = formValue(form, u"grant_type"_s);
    const BasicCredentials basic = basicAuth(call);
    if (basic.malformed)
        return oauthErrorReply(401, u"invalid_client"_s, u"malformed Basic authorization header"_s);

    // The client named by Basic auth must exist and know its current secret (R10: an old secret
    // fails at once after regeneration).
    ClientRecord *authenticated = nullptr;
    if (basic.present) {
        authenticated = findClient(basic.id);
        if (!authenticated || authenticated->secret.isEmpty() ||
            authenticated->secret != basic.secret.toUtf8())
            return oauthErrorReply(401, u"invalid_client"_s, u"invalid client credentials"_s);
        if (secretStillPropagating(*this, authenticated->id)) // R10 test hook
            return oauthErrorReply(401, u"invalid_client"_s, u"invalid client credentials"_s);
    }
    const auto usable = [](const ClientRecord &c) -> std::optional<Reply> {
        if (c.state != u"active") // R14: disabled and inactive clients get no new tokens
            return oauthErrorReply(400, u"unauthorized_client"_s, u"client is %1"_s.arg(c.state));
        return std::nullopt;
    };
    const auto answer = [](const QString &access, qint64 expiresIn, const QString &refresh) {
        QJsonObject o{
            {u"access_token"_s, access}, {u"token_type"_s, u"bearer"_s}, {u"expires_in"_s, expiresIn}};
        if (!refresh.isEmpty())
            o.insert(u"refresh_token"_s, refresh);
        Reply r = Reply::json(o);
        r.headers.append({QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")});
        return r;
    };

    if (grantType == u"client_credentials") {
        if (!authenticated)
            return oauthErrorReply(401, u"invalid_client"_s,
                                   u"client credentials require HTTP Basic authentication"_s);
        if (authenticated->grant != u"CLIENT-CREDENTIALS")
            return oauthErrorReply(400, u"unauthorized_client"_s,
                                   u"client is not authorized for grant type client_credentials"_s);
        if (auto refused = usable(*authenticated))
            return *refused;
        const QJsonObject client = authenticated->object();
        const qint64 lifetime = client.value(u"accessTokenValiditySeconds"_s).toInteger(86400);
        return answer(issue(authenticated->id, QString(), clientPermissions(client), {}, lifetime), lifetime,
                      {});
    }

    if (grantType == u"authorization_code") {
        const QString code = formValue(form, u"code"_s);
        const QString redirect = formValue(form, u"redirect_uri"_s);
        if (code.isEmpty() || redirect.isEmpty())
            return oauthErrorReply(400, u"invalid_request"_s, u"code and redirect_uri are required"_s);
        // Codes are single-use: the first exchange attempt consumes it, whatever its outcome.
        const CodeRecord record = codes.take(code);
        if (record.clientId.isEmpty() || record.expires <= currentTime())
            return oauthErrorReply(400, u"invalid_grant"_s, u"authorization code is invalid or expired"_s);
        if (authenticated) {
            if (authenticated->id != record.clientId)
                return oauthErrorReply(400, u"invalid_grant"_s, u"code was issued to another client"_s);
        } else {
            if (record.challenge.isEmpty())
                return oauthErrorReply(401, u"invalid_client"_s, u"client authentication required"_s);
            if (formValue(form, u"client_id"_s) != record.clientId)
                return oauthErrorReply(400, u"invalid_grant"_s, u"client_id does not match the code"_s);
        }
        if (redirect != record.redirectUri)
            return oauthErrorReply(400, u"invalid_grant"_s,
                                   u"redirect_uri does not match the authorization request"_s);
        if (!record.challenge.isEmpty()) {
            const QString verifier = formValue(form, u"code_verifier"_s);
            if (!isValidCodeVerifier(verifier))
                return oauthErrorReply(400, u"invalid_grant"_s,
                                       u"code_verifier must be 43-128 characters of [A-Za-z0-9-._~]"_s);
            if (pkceChallenge(verifier) != record.challenge)
                return oauthErrorReply(400, u"invalid_grant"_s,
                                       u"code_verifier does not match the code_challenge"_s);
        }
        ClientRecord *client = findClient(record.clientId);
        if (!client)
            return oauthErrorReply(400, u"invalid_grant"_s, u"client no longer exists"_s);
        if (auto refused = usable(*client))
            return *refused;
        const qint64 lifetime = client->object().value(u"accessTokenValiditySeconds"_s).toInteger(86400);
        const QString userId = org.users.constFirst().id;
        const QString refresh = QString::fromLatin1(randomToken(32));
        refreshTokens.insert(refresh, {client->id, userId});
        return answer(issue(client->id, userId, {u"*:*:*"_s}, record.scopes, lifetime), lifetime, refresh);
    }

    if (grantType == u"refresh_token") {
        const QString refresh = formValue(form, u"refresh_token"_s);
        const auto it = refreshTokens.constFind(refresh);
        if (refresh.isEmpty() || it == refreshTokens.cend())
            return oauthErrorReply(400, u"invalid_grant"_s, u"refresh token is invalid or revoked"_s);
        if (authenticated) {
            if (authenticated->id != it->clientId)
                return oauthErrorReply(400, u"invalid_grant"_s,
                                       u"refresh token was issued to another client"_s);
        } else if (formValue(form, u"client_id"_s) != it->clientId || it->clientId != org.pkceClientId) {
            // Only the public PKCE client may refresh without a secret.
            return oauthErrorReply(401, u"invalid_client"_s, u"client authentication required"_s);
        }
        ClientRecord *client = findClient(it->clientId);
        if (!client)
            return oauthErrorReply(400, u"invalid_grant"_s, u"client no longer exists"_s);
        if (auto refused = usable(*client))
            return *refused;
        const QJsonObject object = client->object();
        const qint64 lifetime = object.value(u"accessTokenValiditySeconds"_s).toInteger(86400);
        QStringList scopes;
        for (const QJsonValue &v : object.value(u"scope"_s).toArray())
            scopes.append(v.toString());
        // The refresh token is not rotated: the same one comes back.
        return answer(issue(client->id, it->userId, {u"*:*:*"_s}, scopes, lifetime), lifetime, refresh);
    }

    if (grantType.isEmpty())
        return oauthErrorReply(400, u"invalid_request"_s, u"grant_type is required"_s);
    return oauthErrorReply(400, u"unsupported_grant_type"_s,
                           u"grant type %1 is not supported by the sandbox"_s.arg(grantType));
}

Reply SandboxServerPrivate::oauthAuthorize(const Call &call)
{
    const auto param = [&call](const QString &key) {
        return call.query.queryItemValue(key, QUrl::FullyDecoded);
    };
    const QString clientId = param(u"client_id"_s);
    const QString redirect = param(u"redirect_uri"_s);
    const QString state = call.query.hasQueryItem(u"state"_s) ? param(u"state"_s) : QString();
    ClientRecord *client = findClient(clientId);
    if (!client)
        return oauthErrorReply(400, u"invalid_client"_s, u"unknown client_id"_s);
    const QJsonObject object = client->object();
    QStringList registered;
    for (const QJsonValue &v : object.value(u"registeredRedirectUri"_s).toArray())
        registered.append(v.toString());
    // Never redirect to a URI the client did not register: answer here instead.
    if (redirect.isEmpty() || !redirectAllowed(registered, redirect))
        return oauthErrorReply(400, u"invalid_request"_s,
                               u"redirect_uri is not registered for this client"_s);

    const auto fail = [&](const QString &error, const QString &description) {
        return Reply::redirect(appendQuery(
            redirect, {{u"error"_s, error}, {u"error_description"_s, description}, {u"state"_s, state}},
            '?'));
    };
    const QString responseType = param(u"response_type"_s);
    if (responseType != u"code" && responseType != u"token")
        return fail(u"unsupported_response_type"_s, u"response_type must be code or token"_s);
    if ((responseType == u"code" && client->grant != u"CODE") ||
        (responseType == u"token" && client->grant != u"TOKEN"))
        return fail(u"unauthorized_client"_s, u"client is not authorized for this response_type"_s);
    if (client->state != u"active")
        return fail(u"unauthorized_client"_s, u"client is %1"_s.arg(client->state));

    QStringList scopes;
    for (const QJsonValue &v : object.value(u"scope"_s).toArray())
        scopes.append(v.toString());
    const qint64 lifetime = object.value(u"accessTokenValiditySeconds"_s).toInteger(86400);
    const QString userId = org.users.constFirst().id; // the demo admin signs in without a page

    if (responseType == u"token") {
        const QString token = issue(client->id, userId, {u"*:*:*"_s}, scopes, lifetime);
        return Reply::redirect(appendQuery(redirect,
                                           {{u"access_token"_s, token},
                                            {u"token_type"_s, u"bearer"_s},
                                            {u"expires_in"_s, QString::number(lifetime)},
                                            {u"state"_s, state}},
                                           '#'));
    }
    const QString challenge = param(u"code_challenge"_s);
    const QString method = param(u"code_challenge_method"_s);
    if (!challenge.isEmpty() && method != u"S256")
        return fail(u"invalid_request"_s, u"code_challenge_method must be S256"_s);
    if (!challenge.isEmpty() && !isValidCodeChallenge(challenge))
        return fail(u"invalid_request"_s, u"code_challenge must be 43 characters of base64url"_s);
    if (challenge.isEmpty() && client->secret.isEmpty() && client->id == org.pkceClientId)
        return fail(u"invalid_request"_s, u"a public client must send a PKCE code_challenge"_s);
    const QString code = QString::fromLatin1(randomToken(24));
    codes.insert(code, {client->id, redirect, challenge, scopes, currentTime().addMSecs(kCodeLifetimeMs)});
    return Reply::redirect(appendQuery(redirect, {{u"code"_s, code}, {u"state"_s, state}}, '?'));
}

Reply SandboxServerPrivate::tokensMe(const Call &, const TokenRecord &token)
{
    const QJsonObject orgRef{{u"id"_s, org.orgId}, {u"name"_s, org.orgName}};
    QJsonObject info{{u"organization"_s, orgRef},
                     {u"homeOrganization"_s, orgRef},
                     {u"authorizedScope"_s, QJsonArray::fromStringList(token.scopes)}};
    if (const ClientRecord *client = findClient(token.clientId)) {
        const QJsonObject c = client->object();
        QJsonObject oc{{u"organization"_s, orgRef}};
        for (const QString &key :
             {u"id"_s, u"name"_s, u"dateCreated"_s, u"dateModified"_s, u"createdBy"_s, u"modifiedBy"_s,
              u"authorizedGrantType"_s, u"scope"_s, u"roleDivisions"_s, u"state"_s, u"dateToDelete"_s})
            if (c.contains(key))
                oc.insert(key, c.value(key));
        info.insert(u"OAuthClient"_s, oc);
    }
    if (!token.userId.isEmpty())
        info.insert(u"dateTokenIdles"_s, isoDate(token.expires));
    return Reply::json(info);
}

Reply SandboxServerPrivate::deleteTokensMe(const Call &call, const TokenRecord &)
{
    tokens.remove(QString::fromLatin1(call.header("authorization").trimmed().mid(7).trimmed()));
    return Reply::empty(204);
}

Reply SandboxServerPrivate::usersMe(const Call &call, const TokenRecord &token)
{
    const DemoUser *user = org.user(token.userId);
    if (!user)
        return errorReply(
            400, u"bad.request"_s,
            u"This request requires a user context. Client credentials cannot be used for requests "
            "to this resource."_s);
    const DemoDivision &home = org.divisions.constFirst();
    QJsonObject me{
        {u"id"_s, user->id},
        {u"name"_s, user->name},
        {u"email"_s, user->email},
        {u"username"_s, user->email},
        {u"state"_s, u"active"_s},
        {u"title"_s, u"Contact Center Administrator"_s},
        {u"department"_s, u"IT Operations"_s},
        {u"version"_s, 7},
        {u"division"_s, QJsonObject{{u"id"_s, home.id},
                                    {u"name"_s, home.name},
                                    {u"selfUri"_s, u"/api/v2/authorization/divisions/"_s + home.id}}},
        {u"selfUri"_s, userSelfUri(user->id)}};
    const QStringList expand = call.query.allQueryItemValues(u"expand"_s);
    if (expand.contains(u"organization"_s) || expand.join(u',').split(u',').contains(u"organization"_s))
        me.insert(u"organization"_s, QJsonObject{{u"id"_s, org.orgId},
                                                 {u"name"_s, org.orgName},
                                                 {u"version"_s, 42},
                                                 {u"state"_s, u"active"_s},
                                                 {u"domain"_s, u"northwind"_s},
                                                 {u"defaultLanguage"_s, u"en-us"_s},
                                                 {u"productPlatform"_s, u"GenesysCloud"_s},
                                                 {u"selfUri"_s, u"/api/v2/organizations/me"_s}});
    return Reply::json(me);
}

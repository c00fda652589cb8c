// SPDX-License-Identifier: GPL-3.0-or-later
// One test per numbered platform rule of docs/sandbox.md (R1..R18), over real loopback HTTP.
#include "app/sandbox/sandboxserver.h"
#include "tests/sandbox/sandboxtestclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {
const QDateTime kNow(QDate(2025, 3, 12), QTime(10, 30), QTimeZone::utc());
const QString kClients = u"/api/v2/oauth/clients"_s;
} // namespace

class TestSandboxRules : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> server;
    std::unique_ptr<SandboxTestClient> http;

    QJsonObject demoClient(const QString &name) const
    {
        for (const QJsonValue &v : server->clients())
            if (v.toObject().value(u"name"_s).toString() == name)
                return v.toObject();
        qFatal("no demo client %s", qPrintable(name));
    }
    // Creates a client and returns the answer (with its secret).
    QJsonObject create(const QJsonObject &body)
    {
        const HttpResult r = http->post(kClients, body);
        if (r.status != 200)
            qWarning("create failed: %d %s", r.status, r.body.constData());
        return r.json();
    }
    QJsonObject ccBody(const QString &name = u"CC test"_s)
    {
        QJsonObject body = validClientBody(u"CLIENT-CREDENTIALS"_s, name);
        body.insert(u"roleDivisions"_s,
                    QJsonArray{QJsonObject{{u"roleId"_s, firstRoleId(*http)}, {u"divisionId"_s, u"*"_s}}});
        return body;
    }

private Q_SLOTS:
    void init()
    {
        server = std::make_unique<SandboxServer>(SandboxOptions{.now = kNow});
        QVERIFY2(server->start(), qPrintable(server->errorString()));
        http = std::make_unique<SandboxTestClient>(*server);
        QVERIFY(!http->signInAsAdmin().isEmpty());
    }
    void cleanup()
    {
        http.reset();
        server.reset();
    }

    void r01_bearerTokenRequired()
    {
        const QByteArray admin = http->authorization;
        http->authorization.clear();
        HttpResult r = http->get(kClients);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.code(), u"authentication.required"_s);
        QVERIFY(!r.header("inin-correlation-id").isEmpty());
        QCOMPARE(r.header("date"), QByteArray("Wed, 12 Mar 2025 10:30:00 GMT")); // the sandbox's clock
        const QString context1 = r.json().value(u"contextId"_s).toString();
        QVERIFY(!context1.isEmpty());

        http->authorization = "Bearer not-a-token";
        r = http->get(kClients);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.code(), u"bad.credentials"_s);
        QVERIFY(r.json().value(u"contextId"_s).toString() != context1); // a fresh one per error

        // Expired.
        http->setToken(server->issueToken({}, std::chrono::seconds(60)));
        QCOMPARE(http->get(kClients).status, 200);
        server->setNow(kNow.addSecs(61));
        QCOMPARE(http->get(kClients).code(), u"bad.credentials"_s);
        server->setNow(kNow);

        // Revoked by DELETE /tokens/me.
        http->setToken(server->issueToken());
        QCOMPARE(http->del(u"/api/v2/tokens/me"_s).status, 204);
        QCOMPARE(http->get(kClients).status, 401);

        // Revoked by revokeAllTokens().
        http->authorization = admin;
        QCOMPARE(http->get(kClients).status, 200);
        server->revokeAllTokens();
        QCOMPARE(http->get(kClients).status, 401);
    }

    void r02_permissionsChecked()
    {
        const int before = server->clients().size();
        http->setToken(server->issueToken({u"oauth:client:view"_s}));
        HttpResult r = http->post(kClients, validClientBody(u"CODE"_s));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.code(), u"missing.permissions"_s);
        QVERIFY2(r.json().value(u"message"_s).toString().contains(u"[oauth:client:add]"_s),
                 r.body.constData());
        QCOMPARE(r.json().value(u"messageParams"_s).toObject().value(u"permissions"_s).toString(),
                 u"oauth:client:add"_s);
        QCOMPARE(r.json().value(u"messageWithParams"_s).toString(),
                 u"Unable to perform the requested action. You are missing the following permission(s): "
                 "[{permissions}]"_s);
        QCOMPARE(server->clients().size(), before); // nothing was created

        const QString id = demoClient(u"Zendesk ticket sync"_s).value(u"id"_s).toString();
        QCOMPARE(http->put(kClients + u'/' + id, validClientBody(u"CODE"_s))
                     .json()
                     .value(u"messageParams"_s)
                     .toObject()
                     .value(u"permissions"_s)
                     .toString(),
                 u"oauth:client:edit"_s);
        QCOMPARE(http->del(kClients + u'/' + id)
                     .json()
                     .value(u"messageParams"_s)
                     .toObject()
                     .value(u"permissions"_s)
                     .toString(),
                 u"oauth:client:delete"_s);
        QCOMPARE(http->request("POST", kClients + u'/' + id + u"/secret"_s).status, 403);
        QCOMPARE(http->get(u"/api/v2/authorization/roles"_s).status, 403);
        QCOMPARE(http->get(u"/api/v2/oauth/authorizations"_s).status, 403);
        QCOMPARE(http->get(u"/api/v2/authorization/divisions"_s).status, 200); // none needed
        QCOMPARE(http->get(u"/api/v2/oauth/scopes"_s).status, 200);

        // "ANY of" operations.
        const QJsonObject query{{u"interval"_s, u"2025-03-01T00:00:00Z/2025-03-08T00:00:00Z"_s}};
        http->setToken(server->issueToken({u"directory:user:view"_s}));
        r = http->post(kClients + u'/' + id + u"/usage/query"_s, query);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.code(), u"missing.any.permissions"_s);
        QCOMPARE(r.json().value(u"messageParams"_s).toObject().value(u"permissions"_s).toString(),
                 u"oauth:client:view, usage:client:view"_s);
        http->setToken(server->issueToken({u"usage:client:view"_s}));
        QCOMPARE(http->post(kClients + u'/' + id + u"/usage/query"_s, query).status, 200);
        QCOMPARE(http->post(u"/api/v2/usage/query"_s, query).status, 403);
        http->setToken(server->issueToken({u"usage:organization:view"_s}));
        QCOMPARE(http->post(u"/api/v2/usage/query"_s, query).status, 200);

        // Wildcards in granted permissions.
        http->setToken(server->issueToken({u"oauth:client:*"_s}));
        QCOMPARE(http->post(kClients, validClientBody(u"CODE"_s)).status, 200);
    }

    void r03_requiredFields()
    {
        HttpResult r = http->post(kClients, QJsonObject{{u"description"_s, u"no name, no grant"_s}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.code(), u"bad.request"_s);
        QVERIFY(r.fieldNames().contains(u"name"_s));
        QVERIFY(r.fieldNames().contains(u"authorizedGrantType"_s));

        QJsonObject body = validClientBody(u"CODE"_s);
        body.remove(u"name"_s);
        QCOMPARE(http->post(kClients, body).fieldNames(), QStringList{u"name"_s});
        body.insert(u"name"_s, u"   "_s);
        QCOMPARE(http->post(kClients, body).fieldNames(), QStringList{u"name"_s});

        QJsonObject existing = demoClient(u"Salesforce CTI connector"_s);
        const QString id = existing.value(u"id"_s).toString();
        existing.remove(u"authorizedGrantType"_s);
        r = http->put(kClients + u'/' + id, existing);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.fieldNames(), QStringList{u"authorizedGrantType"_s});
        QCOMPARE(server->client(id).value(u"authorizedGrantType"_s).toString(), u"CODE"_s); // unchanged
    }

    void r04_enumValues()
    {
        for (const QString &bad : {u"IMPLICIT"_s, u"code"_s, u"PKCE"_s}) {
            QJsonObject body = validClientBody(u"CODE"_s);
            body.insert(u"authorizedGrantType"_s, bad);
            const HttpResult r = http->post(kClients, body);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.fieldNames(), QStringList{u"authorizedGrantType"_s});
            QVERIFY(r.json().value(u"message"_s).toString().contains(u"authorizedGrantType"_s));
        }
        for (const QString &bad : {u"deleted"_s, u"Active"_s}) {
            QJsonObject body = validClientBody(u"CODE"_s);
            body.insert(u"state"_s, bad);
            const HttpResult r = http->post(kClients, body);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.fieldNames(), QStringList{u"state"_s});
            QCOMPARE(
                r.json().value(u"details"_s).toArray().first().toObject().value(u"errorCode"_s).toString(),
                u"invalid.value"_s);
        }
        for (const QString &grant : {u"CODE"_s, u"TOKEN"_s, u"SAML2-BEARER"_s, u"PASSWORD"_s}) {
            for (const QString &state : {u"active"_s, u"disabled"_s, u"inactive"_s}) {
                QJsonObject body = validClientBody(grant);
                body.insert(u"state"_s, state);
                QCOMPARE(http->post(kClients, body).status, 200);
            }
        }
        QCOMPARE(http->post(kClients, ccBody()).status, 200);
    }

    void r05_bodyFormat()
    {
        const QByteArray good = QJsonDocument(validClientBody(u"CODE"_s)).toJson();
        HttpResult r = http->request("POST", kClients, good, "text/plain");
        QCOMPARE(r.status, 415);
        QCOMPARE(r.code(), u"unsupported.media.type"_s);
        QCOMPARE(http->request("POST", kClients, good, "application/json; charset=utf-8").status, 200);

        r = http->request("POST", kClients, "{\"name\": ", "application/json");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.code(), u"bad.request"_s);
        QCOMPARE(http->request("POST", kClients, "[]", "application/json").status, 400);

        const auto fieldOf = [this](const QString &field, const QJsonValue &value) {
            QJsonObject body = validClientBody(u"CODE"_s);
            body.insert(field, value);
            return http->post(kClients, body);
        };
        r = fieldOf(u"name"_s, 5);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.fieldNames(), QStringList{u"name"_s});
        QCOMPARE(fieldOf(u"accessTokenValiditySeconds"_s, u"3600"_s).fieldNames(),
                 QStringList{u"accessTokenValiditySeconds"_s});
        QCOMPARE(fieldOf(u"accessTokenValiditySeconds"_s, 3600.5).fieldNames(),
                 QStringList{u"accessTokenValiditySeconds"_s});
        QCOMPARE(fieldOf(u"scope"_s, u"users:readonly"_s).fieldNames(), QStringList{u"scope"_s});
        QCOMPARE(fieldOf(u"registeredRedirectUri"_s, QJsonArray{1}).fieldNames(),
                 QStringList{u"registeredRedirectUri"_s});
        QCOMPARE(fieldOf(u"description"_s, QJsonObject{}).fieldNames(), QStringList{u"description"_s});
        QJsonObject cc = ccBody();
        cc.insert(u"roleDivisions"_s, QJsonArray{QJsonObject{{u"roleId"_s, 1}}});
        r = http->post(kClients, cc);
        QVERIFY(r.fieldNames().contains(u"roleDivisions[0].roleId"_s));
        QVERIFY(r.fieldNames().contains(u"roleDivisions[0].divisionId"_s));
    }

    void r06_tokenLifetime()
    {
        const auto withLifetime = [](qint64 seconds) {
            QJsonObject body = validClientBody(u"CODE"_s);
            body.insert(u"accessTokenValiditySeconds"_s, seconds);
            return body;
        };
        QCOMPARE(http->post(kClients, withLifetime(299)).fieldNames(),
                 QStringList{u"accessTokenValiditySeconds"_s});
        QCOMPARE(http->post(kClients, withLifetime(172801)).fieldNames(),
                 QStringList{u"accessTokenValiditySeconds"_s});
        QCOMPARE(http->post(kClients, withLifetime(300)).status, 200);
        QCOMPARE(http->post(kClients, withLifetime(172800)).status, 200);
        QCOMPARE(create(validClientBody(u"CODE"_s)).value(u"accessTokenValiditySeconds"_s).toInteger(),
                 86400);

        // The SCIM client keeps its 450 days when a PUT sends the same value back ...
        QJsonObject scim = demoClient(u"Okta SCIM provisioning"_s);
        const QString path = kClients + u'/' + scim.value(u"id"_s).toString();
        QCOMPARE(scim.value(u"accessTokenValiditySeconds"_s).toInteger(), 38880000);
        HttpResult r = http->put(path, scim);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"accessTokenValiditySeconds"_s).toInteger(), 38880000);
        // ... but cannot be changed to another out-of-range value, nor back once lowered.
        scim.insert(u"accessTokenValiditySeconds"_s, 38880001);
        QCOMPARE(http->put(path, scim).fieldNames(), QStringList{u"accessTokenValiditySeconds"_s});
        scim.insert(u"accessTokenValiditySeconds"_s, 3600);
        QCOMPARE(http->put(path, scim).status, 200);
        scim.insert(u"accessTokenValiditySeconds"_s, 38880000);
        QCOMPARE(http->put(path, scim).status, 400);
    }

    void r07_grantRequirements()
    {
        const auto post = [this](const QString &grant, const QString &field, const QJsonValue &value) {
            QJsonObject body = grant == u"CLIENT-CREDENTIALS" ? ccBody() : validClientBody(grant);
            if (value.isUndefined())
                body.remove(field);
            else
                body.insert(field, value);
            return http->post(kClients, body);
        };
        const QString redirects = u"registeredRedirectUri"_s;
        QCOMPARE(post(u"CODE"_s, redirects, QJsonValue::Undefined).fieldNames(), QStringList{redirects});
        QCOMPARE(post(u"TOKEN"_s, redirects, QJsonArray{}).fieldNames(), QStringList{redirects});
        QCOMPARE(post(u"CODE"_s, redirects, QJsonArray{u"not a url"_s}).fieldNames(), QStringList{redirects});
        QCOMPARE(post(u"CODE"_s, redirects, QJsonArray{u"/relative/callback"_s}).fieldNames(),
                 QStringList{redirects});
        QCOMPARE(post(u"CODE"_s, redirects, QJsonArray{u"https://"_s}).fieldNames(), QStringList{redirects});
        QCOMPARE(post(u"CODE"_s, redirects, QJsonArray{u"https://*.example.com/cb"_s}).status, 200);
        QCOMPARE(post(u"CODE"_s, redirects, QJsonArray{u"com.example.app:/oauth2redirect"_s}).status, 200);
        QCOMPARE(post(u"CODE"_s, redirects, QJsonArray{u"http://127.0.0.1/"_s}).status, 200);

        for (const QString &grant : {u"CODE"_s, u"TOKEN"_s, u"PASSWORD"_s, u"SAML2-BEARER"_s}) {
            QCOMPARE(post(grant, u"scope"_s, QJsonValue::Undefined).fieldNames(), QStringList{u"scope"_s});
            QCOMPARE(
                post(grant, u"scope"_s, QJsonArray{u"users:readonly"_s, u"no-such-scope"_s}).fieldNames(),
                QStringList{u"scope"_s});
        }
        QCOMPARE(post(u"SAML2-BEARER"_s, redirects, QJsonValue::Undefined).status, 200); // no redirect needed

        const QString role = firstRoleId(*http);
        QCOMPARE(post(u"CLIENT-CREDENTIALS"_s, u"roleDivisions"_s, QJsonValue::Undefined).fieldNames(),
                 QStringList{u"roleDivisions"_s});
        QCOMPARE(post(u"CLIENT-CREDENTIALS"_s, u"roleDivisions"_s,
                      QJsonArray{QJsonObject{{u"roleId"_s, u"no-such-role"_s}, {u"divisionId"_s, u"*"_s}}})
                     .fieldNames(),
                 QStringList{u"roleDivisions[0].roleId"_s});
        QCOMPARE(post(u"CLIENT-CREDENTIALS"_s, u"roleDivisions"_s,
                      QJsonArray{QJsonObject{{u"roleId"_s, role}, {u"divisionId"_s, u"no-such-division"_s}}})
                     .fieldNames(),
                 QStringList{u"roleDivisions[0].divisionId"_s});
        const QString home = http->get(u"/api/v2/authorization/divisions?name=Home"_s)
                                 .json()
                                 .value(u"entities"_s)
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value(u"id"_s)
                                 .toString();
        QCOMPARE(post(u"CLIENT-CREDENTIALS"_s, u"roleDivisions"_s,
                      QJsonArray{QJsonObject{{u"roleId"_s, role}, {u"divisionId"_s, home}}})
                     .status,
                 200);
        QCOMPARE(post(u"CLIENT-CREDENTIALS"_s, u"roleIds"_s, QJsonArray{u"no-such-role"_s}).fieldNames(),
                 QStringList{u"roleIds"_s});
    }

    void r08_deleteOnlyInactive()
    {
        for (const QString &name :
             {u"Zendesk ticket sync"_s, u"Quality evaluation bot"_s}) { // active, disabled
            const HttpResult r = http->del(kClients + u'/' + demoClient(name).value(u"id"_s).toString());
            QCOMPARE(r.status, 400);
            QCOMPARE(r.code(), u"cannot.delete.client"_s);
        }
        // A client of our own, with a token, made inactive and deleted.
        const QJsonObject created = create(ccBody());
        const QString id = created.value(u"id"_s).toString();
        const HttpResult token =
            http->tokenRequest({{u"grant_type"_s, u"client_credentials"_s}}, id.toLatin1(),
                               created.value(u"secret"_s).toString().toLatin1());
        QCOMPARE(token.status, 200);
        QJsonObject body = ccBody();
        body.insert(u"state"_s, u"inactive"_s);
        QCOMPARE(http->put(kClients + u'/' + id, body).status, 200);
        QCOMPARE(http->del(kClients + u'/' + id).status, 204);
        QCOMPARE(http->get(kClients + u'/' + id).status, 404); // no tombstone
        QCOMPARE(http->get(kClients + u'/' + id).code(), u"not.found"_s);
        QCOMPARE(http->put(kClients + u'/' + id, body).status, 404);
        QCOMPARE(http->del(kClients + u'/' + id).status, 404);
        for (const QJsonValue &v : http->get(kClients).json().value(u"entities"_s).toArray())
            QVERIFY(v.toObject().value(u"id"_s).toString() != id);
        SandboxTestClient other(*server);
        other.setToken(token.json().value(u"access_token"_s).toString());
        QCOMPARE(other.get(u"/api/v2/tokens/me"_s).status, 401); // its tokens died with it
    }

    void r09_dateToDeleteFollowsState()
    {
        const QString id = create(validClientBody(u"CODE"_s)).value(u"id"_s).toString();
        const QString path = kClients + u'/' + id;
        QVERIFY(!server->client(id).contains(u"dateToDelete"_s));
        QJsonObject body = validClientBody(u"CODE"_s);
        body.insert(u"state"_s, u"inactive"_s);
        HttpResult r = http->put(path, body);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"dateToDelete"_s).toString(),
                 kNow.addDays(30).toUTC().toString(Qt::ISODateWithMs));
        // Later edits of an inactive client do not move the date.
        http->setToken(server->issueToken({}, std::chrono::hours(24 * 7))); // outlives the jump in time
        server->setNow(kNow.addDays(2));
        body.insert(u"description"_s, u"edited while inactive"_s);
        body.insert(u"dateToDelete"_s, u"2030-01-01T00:00:00.000Z"_s); // server-owned: ignored
        r = http->put(path, body);
        QVERIFY2(r.status == 200, r.body.constData());
        QCOMPARE(r.json().value(u"dateToDelete"_s).toString(),
                 kNow.addDays(30).toUTC().toString(Qt::ISODateWithMs));
        body.insert(u"state"_s, u"active"_s);
        r = http->put(path, body);
        QVERIFY(!r.json().contains(u"dateToDelete"_s));
        QVERIFY(!server->client(id).contains(u"dateToDelete"_s));
    }

    void r10_secretOnlyOnCreateAndRegenerate()
    {
        const QJsonObject created = create(ccBody());
        const QString id = created.value(u"id"_s).toString();
        const QString secret = created.value(u"secret"_s).toString();
        QVERIFY(secret.size() >= 32);
        QVERIFY(!http->get(kClients + u'/' + id).json().contains(u"secret"_s));
        QVERIFY(!http->put(kClients + u'/' + id, ccBody()).json().contains(u"secret"_s));
        for (const QJsonValue &v : http->get(kClients).json().value(u"entities"_s).toArray())
            QVERIFY(!v.toObject().contains(u"secret"_s));
        QVERIFY(!server->client(id).contains(u"secret"_s));
        QVERIFY(!http->get(kClients).body.contains(secret.toLatin1()));

        const auto tokenWith = [&](const QString &s) {
            return http->tokenRequest({{u"grant_type"_s, u"client_credentials"_s}}, id.toLatin1(),
                                      s.toLatin1());
        };
        QCOMPARE(tokenWith(secret).status, 200);
        const HttpResult regenerated = http->request("POST", kClients + u'/' + id + u"/secret"_s);
        QCOMPARE(regenerated.status, 200);
        const QString fresh = regenerated.json().value(u"secret"_s).toString();
        QVERIFY(!fresh.isEmpty() && fresh != secret);
        const HttpResult old = tokenWith(secret);
        QCOMPARE(old.status, 401);
        QCOMPARE(old.json().value(u"error"_s).toString(), u"invalid_client"_s);
        QCOMPARE(tokenWith(fresh).status, 200);
    }

    void r11_putReplacesWholeObject()
    {
        QJsonObject sf = demoClient(u"Salesforce CTI connector"_s);
        const QString id = sf.value(u"id"_s).toString();
        const QString path = kClients + u'/' + id;
        QVERIFY(sf.contains(u"orgSharingEnabled"_s) && sf.contains(u"customProperties"_s));
        const QJsonObject original = sf;
        sf.insert(u"description"_s, u"edited"_s);
        sf.insert(u"futureFlag"_s, true); // a field only a newer app knows
        sf.insert(u"id"_s, u"00000000-0000-0000-0000-000000000000"_s);
        sf.insert(u"dateCreated"_s, u"2001-01-01T00:00:00.000Z"_s);
        sf.insert(u"createdBy"_s, QJsonObject{{u"id"_s, u"intruder"_s}});
        sf.insert(u"selfUri"_s, u"/elsewhere"_s);
        server->setNow(kNow.addSecs(90));
        HttpResult r = http->put(path, sf);
        QCOMPARE(r.status, 200);
        QJsonObject answer = r.json();
        QCOMPARE(answer.value(u"id"_s), original.value(u"id"_s));
        QCOMPARE(answer.value(u"dateCreated"_s), original.value(u"dateCreated"_s));
        QCOMPARE(answer.value(u"createdBy"_s), original.value(u"createdBy"_s));
        QCOMPARE(answer.value(u"selfUri"_s), original.value(u"selfUri"_s));
        QCOMPARE(answer.value(u"dateModified"_s).toString(),
                 kNow.addSecs(90).toUTC().toString(Qt::ISODateWithMs));
        QCOMPARE(answer.value(u"modifiedBy"_s).toObject().value(u"id"_s).toString(), server->adminClientId());
        QCOMPARE(answer.value(u"orgSharingEnabled"_s), original.value(u"orgSharingEnabled"_s));
        QCOMPARE(answer.value(u"customProperties"_s), original.value(u"customProperties"_s));
        QCOMPARE(http->get(path).json().value(u"futureFlag"_s), QJsonValue(true));
        QCOMPARE(answer.value(u"description"_s).toString(), u"edited"_s);

        // What a PUT leaves out is gone (that is why the app sends everything back).
        QJsonObject minimal = sf;
        for (const QString &key : {u"description"_s, u"customProperties"_s, u"accessTokenValiditySeconds"_s,
                                   u"state"_s, u"futureFlag"_s})
            minimal.remove(key);
        answer = http->put(path, minimal).json();
        QVERIFY(!answer.contains(u"description"_s));
        QVERIFY(!answer.contains(u"customProperties"_s));
        QVERIFY(!answer.contains(u"futureFlag"_s));
        QCOMPARE(answer.value(u"accessTokenValiditySeconds"_s).toInteger(), 86400);
        QCOMPARE(answer.value(u"state"_s).toString(), u"active"_s);
        QCOMPARE(answer.value(u"orgSharingEnabled"_s), original.value(u"orgSharingEnabled"_s)); // still sent
    }

    void r12_unknownPathOrMethodIsNotFound()
    {
        const QString id = demoClient(u"Zendesk ticket sync"_s).value(u"id"_s).toString();
        const QList<std::pair<QByteArray, QString>> cases = {
            {"GET", u"/api/v2/nothing/here"_s},
            {"PATCH", kClients + u'/' + id},
            {"POST", kClients + u'/' + id},
            {"DELETE", kClients},
            {"GET", kClients + u"/unknown-client-id"_s},
            {"GET", kClients + u'/'},
            {"GET", u"/oauth/token"_s},
            {"PUT", u"/api/v2/oauth/scopes"_s},
        };
        for (const auto &[method, path] : cases) {
            const HttpResult r = http->request(method, path);
            QVERIFY2(r.status == 404, qPrintable(QString::fromLatin1(method) + u' ' + path));
            QCOMPARE(r.code(), u"not.found"_s);
            QCOMPARE(r.json().value(u"status"_s).toInt(), 404);
            QVERIFY(!r.header("inin-correlation-id").isEmpty());
        }
        http->authorization.clear();
        QCOMPARE(http->get(u"/api/v2/nothing/here"_s).status, 404); // 404 before authentication
    }

    void r13_loginEndpointErrors()
    {
        const QByteArray id = server->adminClientId().toLatin1();
        const QByteArray secret = server->adminClientSecret().toLatin1();
        HttpResult r = http->request("POST", u"/oauth/token"_s, "{\"grant_type\":\"client_credentials\"}");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(u"error"_s).toString(), u"invalid_request"_s);
        r = http->tokenRequest({{u"grant_type"_s, u"client_credentials"_s}}, id, "wrong");
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json().value(u"error"_s).toString(), u"invalid_client"_s);
        QVERIFY(!r.json().value(u"error_description"_s).toString().isEmpty());
        QCOMPARE(http->tokenRequest({{u"grant_type"_s, u"client_credentials"_s}}).status, 401); // no Basic
        r = http->tokenRequest({{u"grant_type"_s, u"urn:ietf:params:oauth:grant-type:saml2-bearer"_s}}, id,
                               secret);
        QCOMPARE(r.json().value(u"error"_s).toString(), u"unsupported_grant_type"_s);
        QCOMPARE(http->tokenRequest({}, id, secret).json().value(u"error"_s).toString(),
                 u"invalid_request"_s);
        r = http->tokenRequest({{u"grant_type"_s, u"client_credentials"_s}}, id, secret);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"token_type"_s).toString(), u"bearer"_s);
        QVERIFY(r.json().value(u"expires_in"_s).toInt() > 0);
        QVERIFY(!r.json().contains(u"refresh_token"_s)); // only code grants get one
    }

    void r14_clientStateControlsTokens()
    {
        const QJsonObject created = create(ccBody());
        const QString id = created.value(u"id"_s).toString();
        const QByteArray secret = created.value(u"secret"_s).toString().toLatin1();
        const auto cc = [&] {
            return http->tokenRequest({{u"grant_type"_s, u"client_credentials"_s}}, id.toLatin1(), secret);
        };
        SandboxTestClient app(*server);
        app.setToken(cc().json().value(u"access_token"_s).toString());
        QCOMPARE(app.get(u"/api/v2/tokens/me"_s).status, 200);

        QJsonObject body = ccBody();
        body.insert(u"state"_s, u"inactive"_s);
        QCOMPARE(http->put(kClients + u'/' + id, body).status, 200);
        QCOMPARE(cc().json().value(u"error"_s).toString(), u"unauthorized_client"_s); // no new tokens
        QCOMPARE(app.get(u"/api/v2/tokens/me"_s).status, 200);                        // old ones still work

        body.insert(u"state"_s, u"disabled"_s);
        QCOMPARE(http->put(kClients + u'/' + id, body).status, 200);
        QCOMPARE(app.get(u"/api/v2/tokens/me"_s).status, 401);
        QCOMPARE(cc().status, 400);
        body.insert(u"state"_s, u"active"_s);
        QCOMPARE(http->put(kClients + u'/' + id, body).status, 200);
        QCOMPARE(app.get(u"/api/v2/tokens/me"_s).status, 401); // disabling revoked them for good
        QCOMPARE(cc().status, 200);
    }

    void r15_usageQueryValidation()
    {
        const QString id = demoClient(u"Zendesk ticket sync"_s).value(u"id"_s).toString();
        const QString query = kClients + u'/' + id + u"/usage/query"_s;
        const QString interval = u"2025-03-01T00:00:00Z/2025-03-08T00:00:00Z"_s;
        const auto post = [&](const QJsonObject &body) { return http->post(query, body); };
        QCOMPARE(post({}).fieldNames(), QStringList{u"interval"_s});
        QCOMPARE(post({{u"interval"_s, u"last week"_s}}).fieldNames(), QStringList{u"interval"_s});
        QCOMPARE(post({{u"interval"_s, u"2025-03-08T00:00:00Z/2025-03-01T00:00:00Z"_s}}).fieldNames(),
                 QStringList{u"interval"_s});
        QCOMPARE(post({{u"interval"_s, 7}}).fieldNames(), QStringList{u"interval"_s});
        QCOMPARE(post({{u"interval"_s, interval}, {u"granularity"_s, u"Hour"_s}}).fieldNames(),
                 QStringList{u"granularity"_s});
        QCOMPARE(post({{u"interval"_s, interval}, {u"metrics"_s, QJsonArray{u"Status201"_s}}}).fieldNames(),
                 QStringList{u"metrics"_s});
        QCOMPARE(post({{u"interval"_s, interval}, {u"groupBy"_s, QJsonArray{u"UserId"_s}}}).fieldNames(),
                 QStringList{u"groupBy"_s}); // only the org-wide query groups by user
        QCOMPARE(http->post(u"/api/v2/usage/query"_s,
                            {{u"interval"_s, interval}, {u"groupBy"_s, QJsonArray{u"UserId"_s}}})
                     .status,
                 200);
        QCOMPARE(http->request("POST", query, "{}", "text/plain").status, 415);
        QCOMPARE(http->post(kClients + u"/no-such-client/usage/query"_s, {{u"interval"_s, interval}}).status,
                 404);

        const QString exec = post({{u"interval"_s, interval}}).json().value(u"executionId"_s).toString();
        QVERIFY(!exec.isEmpty());
        QCOMPARE(http->get(kClients + u'/' + id + u"/usage/query/results/no-such-execution"_s).status, 404);
        const QString other = demoClient(u"Power BI reporting"_s).value(u"id"_s).toString();
        QCOMPARE(http->get(kClients + u'/' + other + u"/usage/query/results/"_s + exec).status, 404);
        QCOMPARE(http->get(u"/api/v2/usage/query/%1/results"_s.arg(exec)).status,
                 404); // not an org execution
        QCOMPARE(http->get(kClients + u'/' + id + u"/usage/summary?days=abc"_s).fieldNames(),
                 QStringList{u"days"_s});
        QCOMPARE(http->get(kClients + u'/' + id + u"/usage/summary?days=0"_s).status, 400);
        QCOMPARE(http->get(kClients + u'/' + id + u"/usage/summary"_s).status, 200);
    }

    void r16_paging()
    {
        HttpResult r = http->get(u"/api/v2/authorization/roles"_s);
        QCOMPARE(r.status, 200);
        QJsonObject page = r.json();
        QCOMPARE(page.value(u"pageSize"_s).toInt(), 25);
        QCOMPARE(page.value(u"pageNumber"_s).toInt(), 1);
        const int total = page.value(u"total"_s).toInt();
        QVERIFY(total >= 28 && total <= 50);
        QCOMPARE(page.value(u"pageCount"_s).toInt(), (total + 24) / 25);
        QCOMPARE(page.value(u"entities"_s).toArray().size(), 25);
        QCOMPARE(page.value(u"nextUri"_s).toString(),
                 u"/api/v2/authorization/roles?pageSize=25&pageNumber=2"_s);
        QVERIFY(!page.contains(u"previousUri"_s));
        QCOMPARE(page.value(u"entities"_s).toArray().first().toObject().contains(u"userCount"_s), true);

        // Follow nextUri literally to the end.
        int seen = 0;
        QString next = u"/api/v2/authorization/roles?pageSize=7&pageNumber=1&userCount=false"_s;
        while (!next.isEmpty()) {
            page = http->get(next).json();
            for (const QJsonValue &e : page.value(u"entities"_s).toArray())
                QVERIFY(!e.toObject().contains(u"userCount"_s));
            seen += page.value(u"entities"_s).toArray().size();
            next = page.value(u"nextUri"_s).toString();
            QVERIFY(seen <= total);
        }
        QCOMPARE(seen, total);
        QCOMPARE(page.value(u"pageNumber"_s).toInt(), page.value(u"pageCount"_s).toInt());

        for (const QString &bad :
             {u"pageSize=501"_s, u"pageSize=0"_s, u"pageNumber=0"_s, u"pageSize=abc"_s}) {
            r = http->get(u"/api/v2/authorization/divisions?"_s + bad);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.fieldNames(), QStringList{bad.section(u'=', 0, 0)});
        }
        QCOMPARE(
            http->get(u"/api/v2/authorization/roles?pageSize=500"_s).json().value(u"pageCount"_s).toInt(), 1);

        page = http->get(u"/api/v2/authorization/roles?name=integration&pageSize=2"_s).json();
        QVERIFY(page.value(u"total"_s).toInt() >= 5);
        QVERIFY(page.value(u"nextUri"_s).toString().contains(u"name=integration"_s));
        const QJsonArray two = page.value(u"entities"_s).toArray();
        const QString a = two[0].toObject().value(u"id"_s).toString();
        const QString b = two[1].toObject().value(u"id"_s).toString();
        page = http->get(u"/api/v2/authorization/roles?id=%1&id=%2"_s.arg(a, b)).json();
        QCOMPARE(page.value(u"total"_s).toInt(), 2);

        page = http->get(u"/api/v2/authorization/divisions"_s).json();
        QCOMPARE(page.value(u"total"_s).toInt(), 8);
        QVERIFY(!page.contains(u"nextUri"_s));
        QCOMPARE(http->get(u"/api/v2/authorization/divisions?name=home"_s).json().value(u"total"_s).toInt(),
                 1);
    }

    void r17_noRateLimitUnlessInjected()
    {
        for (int i = 0; i < 400; ++i)
            QVERIFY(http->get(u"/api/v2/tokens/me"_s).status == 200);
        FaultRule rule;
        rule.kind = FaultRule::Kind::RateLimit;
        rule.retryAfterSeconds = 3;
        server->addFault(rule);
        const HttpResult r = http->get(u"/api/v2/tokens/me"_s);
        QCOMPARE(r.status, 429);
        QCOMPARE(r.header("retry-after"), QByteArray("3"));
        QCOMPARE(http->get(u"/api/v2/tokens/me"_s).status, 200);
    }

    void r18_usersMeNeedsUserContext()
    {
        HttpResult r = http->get(u"/api/v2/users/me"_s);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.code(), u"bad.request"_s);
        const HttpResult token = http->pkceSignIn();
        QCOMPARE(token.status, 200);
        http->setToken(token.json().value(u"access_token"_s).toString());
        r = http->get(u"/api/v2/users/me"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"id"_s).toString(), server->demoUserId());
    }
};

QTEST_GUILESS_MAIN(TestSandboxRules)
#include "tst_sandbox_rules.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Every answer the sandbox gives, held against the swagger definitions of the operation
// (tests/data/genesys-oauth-openapi.json, a copy of the project's contract): types, enums,
// required fields and formats. Unknown fields are allowed only where the demo data puts them on
// purpose (fields the app does not model, which must survive a PUT).
#include "app/sandbox/sandboxserver.h"
#include "tests/sandbox/sandboxtestclient.h"
#include "tests/sandbox/schemacheck.h"
#include "tests/support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {
const QDateTime kNow(QDate(2025, 3, 12), QTime(10, 30), QTimeZone::utc());
const QString kClients = u"/api/v2/oauth/clients"_s;
const QStringList kDeliberateExtras = {u"orgSharingEnabled"_s, u"customProperties"_s, u"integrationType"_s};
} // namespace

class TestSandboxContract : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SchemaCheck> schema;
    std::unique_ptr<SandboxServer> server;
    std::unique_ptr<SandboxTestClient> http;
    int checked = 0;

    // The answer must have `status` and match the 200 schema of (swaggerPath, method), or
    // `definition` if given.
    void expectShape(const HttpResult &r, int status, const QString &swaggerPath, const QString &method,
                     const QString &definition = {})
    {
        const QString name =
            definition.isEmpty() ? schema->responseDefinition(swaggerPath, method) : definition;
        const QString where = method + u' ' + swaggerPath + u" -> "_s + name;
        QVERIFY2(!name.isEmpty(), qPrintable(u"no response definition for "_s + where));
        QVERIFY2(r.status == status, qPrintable(where + u": status %1, body %2"_s.arg(r.status).arg(
                                                            QString::fromUtf8(r.body.left(300)))));
        QVERIFY2(r.header("content-type").startsWith("application/json"), qPrintable(where));
        QVERIFY2(!r.header("inin-correlation-id").isEmpty(), qPrintable(where));
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(r.body, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(where + u": not JSON"_s));
        const SchemaCheck::Result result =
            schema->check(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), name);
        QVERIFY2(result.errors.isEmpty(),
                 qPrintable(where + u": "_s + result.errors.mid(0, 5).join(u"; "_s)));
        for (const QString &field : result.unknownFields)
            QVERIFY2(kDeliberateExtras.contains(field.section(u'.', -1)),
                     qPrintable(where + u": unknown "_s + field));
        ++checked;
    }
    void expectError(const HttpResult &r, int status, const QString &code)
    {
        expectShape(r, status, {}, u"ANY"_s, u"ErrorBody"_s);
        QCOMPARE(r.code(), code);
        QCOMPARE(r.json().value(u"status"_s).toInt(), status);
        QVERIFY(!r.json().value(u"message"_s).toString().isEmpty());
        QVERIFY(!r.json().value(u"contextId"_s).toString().isEmpty());
    }
    QString pollUntilDone(const QString &resultsUri, const QString &swaggerPath, QJsonObject *final)
    {
        for (int i = 0; i < 10; ++i) {
            const HttpResult r = http->get(resultsUri);
            expectShape(r, 200, swaggerPath, u"get"_s);
            const QString status = r.json().value(u"queryStatus"_s).toString();
            if (status != u"Running") {
                *final = r.json();
                return status;
            }
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QJsonObject swagger =
            QJsonDocument::fromJson(testsupport::readData(u"genesys-oauth-openapi.json"_s)).object();
        QVERIFY(swagger.value(u"definitions"_s).toObject().size() > 100);
        schema = std::make_unique<SchemaCheck>(swagger);
        server = std::make_unique<SandboxServer>(SandboxOptions{.now = kNow});
        QVERIFY(server->start());
        http = std::make_unique<SandboxTestClient>(*server);
        http->signInAsAdmin();
    }

    void checkerCatchesViolations()
    {
        // The checker itself must be able to fail.
        QVERIFY(!schema->check(QJsonObject{{u"state"_s, u"deleted"_s}}, u"OAuthClient"_s).errors.isEmpty());
        QVERIFY(
            !schema->check(QJsonObject{{u"name"_s, u"x"_s}}, u"OAuthClient"_s).errors.isEmpty()); // required
        QVERIFY(!schema->check(QJsonObject{{u"total"_s, 1.5}}, u"OAuthScopeListing"_s).errors.isEmpty());
        QVERIFY(!schema->check(QJsonObject{{u"dateCreated"_s, u"yesterday"_s}}, u"OAuthAuthorization"_s)
                     .errors.isEmpty());
        QVERIFY(!schema->check(QJsonObject{{u"messageParams"_s, QJsonObject{{u"a"_s, 1}}}}, u"ErrorBody"_s)
                     .errors.isEmpty());
        QCOMPARE(schema->check(QJsonObject{{u"oauthClient"_s, QJsonObject{}}}, u"TokenInfo"_s).unknownFields,
                 QStringList{u"$.oauthClient"_s});
    }

    void clientOperations()
    {
        const QString one = u"/api/v2/oauth/clients/{clientId}"_s;
        const HttpResult list = http->get(kClients);
        expectShape(list, 200, kClients, u"get"_s);
        // Every demo client, one by one.
        for (const QJsonValue &v : list.json().value(u"entities"_s).toArray())
            expectShape(http->get(kClients + u'/' + v.toObject().value(u"id"_s).toString()), 200, one,
                        u"get"_s);

        QJsonObject body = validClientBody(u"CODE"_s);
        HttpResult created = http->post(kClients, body);
        expectShape(created, 200, kClients, u"post"_s);
        QVERIFY(!created.json().value(u"secret"_s).toString().isEmpty());
        const QString id = created.json().value(u"id"_s).toString();
        body.insert(u"state"_s, u"inactive"_s);
        expectShape(http->put(kClients + u'/' + id, body), 200, one, u"put"_s);
        expectShape(http->request("POST", kClients + u'/' + id + u"/secret"_s), 200,
                    u"/api/v2/oauth/clients/{clientId}/secret"_s, u"post"_s);
        const HttpResult deleted = http->del(kClients + u'/' + id);
        QCOMPARE(deleted.status, 204); // DELETE answers no body
        QVERIFY(deleted.body.isEmpty());
        QVERIFY(!deleted.header("inin-correlation-id").isEmpty());
    }

    void usageOperations()
    {
        const QString clientId = server->adminClientId();
        const QString query = u"/api/v2/oauth/clients/{clientId}/usage/query"_s;
        const QString clientResults = u"/api/v2/oauth/clients/{clientId}/usage/query/results/{executionId}"_s;
        const QJsonObject body{{u"interval"_s, u"2025-01-01T00:00:00.000Z/2025-03-12T00:00:00.000Z"_s},
                               {u"granularity"_s, u"Week"_s},
                               {u"groupBy"_s, QJsonArray{u"OAuthClientId"_s, u"OrganizationId"_s,
                                                         u"TemplateUri"_s, u"HttpMethod"_s}}};
        HttpResult started = http->post(kClients + u'/' + clientId + u"/usage/query"_s, body);
        expectShape(started, 200, query, u"post"_s);
        QJsonObject final;
        QCOMPARE(pollUntilDone(started.json().value(u"resultsUri"_s).toString(), clientResults, &final),
                 u"Complete"_s);
        QVERIFY(!final.value(u"results"_s).toArray().isEmpty());

        const HttpResult summary = http->get(kClients + u'/' + clientId + u"/usage/summary?days=30"_s);
        expectShape(summary, 200, u"/api/v2/oauth/clients/{clientId}/usage/summary"_s, u"get"_s);
        QCOMPARE(pollUntilDone(summary.json().value(u"resultsUri"_s).toString(), clientResults, &final),
                 u"Complete"_s);

        QJsonObject orgBody = body;
        orgBody.insert(u"groupBy"_s, QJsonArray{u"OAuthClientId"_s, u"OrganizationId"_s, u"UserId"_s,
                                                u"TemplateUri"_s, u"HttpMethod"_s});
        orgBody.insert(u"metrics"_s, QJsonArray{u"Requests"_s, u"Status429"_s});
        started = http->post(u"/api/v2/usage/query"_s, orgBody);
        expectShape(started, 200, u"/api/v2/usage/query"_s, u"post"_s);
        QCOMPARE(pollUntilDone(started.json().value(u"resultsUri"_s).toString(),
                               u"/api/v2/usage/query/{executionId}/results"_s, &final),
                 u"Complete"_s);

        server->failNextUsageQuery();
        started = http->post(u"/api/v2/usage/query"_s, orgBody);
        QCOMPARE(pollUntilDone(started.json().value(u"resultsUri"_s).toString(),
                               u"/api/v2/usage/query/{executionId}/results"_s, &final),
                 u"Failed"_s);
    }

    void directoryOperations()
    {
        for (const QByteArray &lang : {QByteArray("en-us"), QByteArray("de-de")}) {
            const HttpResult list = http->get(u"/api/v2/oauth/authorizations"_s, {{"Accept-Language", lang}});
            expectShape(list, 200, u"/api/v2/oauth/authorizations"_s, u"get"_s);
            for (const QJsonValue &v : list.json().value(u"entities"_s).toArray())
                expectShape(
                    http->get(u"/api/v2/oauth/authorizations/"_s +
                                  v.toObject().value(u"client"_s).toObject().value(u"id"_s).toString(),
                              {{"Accept-Language", lang}}),
                    200, u"/api/v2/oauth/authorizations/{clientId}"_s, u"get"_s);
            const HttpResult scopes = http->get(u"/api/v2/oauth/scopes"_s, {{"Accept-Language", lang}});
            expectShape(scopes, 200, u"/api/v2/oauth/scopes"_s, u"get"_s);
            expectShape(http->get(u"/api/v2/oauth/scopes/users%3Areadonly"_s, {{"Accept-Language", lang}}),
                        200, u"/api/v2/oauth/scopes/{scopeId}"_s, u"get"_s);
        }
        expectShape(http->get(u"/api/v2/authorization/roles?pageSize=500"_s), 200,
                    u"/api/v2/authorization/roles"_s, u"get"_s);
        expectShape(http->get(u"/api/v2/authorization/roles?pageNumber=2&userCount=false"_s), 200,
                    u"/api/v2/authorization/roles"_s, u"get"_s);
        expectShape(http->get(u"/api/v2/authorization/divisions?objectCount=true"_s), 200,
                    u"/api/v2/authorization/divisions"_s, u"get"_s);
    }

    void identityOperations()
    {
        expectShape(http->get(u"/api/v2/tokens/me"_s), 200, u"/api/v2/tokens/me"_s, u"get"_s);
        SandboxTestClient user(*server);
        const HttpResult token = user.pkceSignIn();
        QCOMPARE(token.status, 200);
        user.setToken(token.json().value(u"access_token"_s).toString());
        expectShape(user.get(u"/api/v2/tokens/me"_s), 200, u"/api/v2/tokens/me"_s, u"get"_s);
        expectShape(user.get(u"/api/v2/users/me"_s), 200, u"/api/v2/users/me"_s, u"get"_s);
        expectShape(user.get(u"/api/v2/users/me?expand=organization"_s), 200, u"/api/v2/users/me"_s,
                    u"get"_s);

        // The token endpoint is not in the swagger: {access_token, token_type, expires_in, refresh_token}.
        const QJsonObject t = token.json();
        QVERIFY(t.value(u"access_token"_s).isString());
        QCOMPARE(t.value(u"token_type"_s).toString(), u"bearer"_s);
        QVERIFY(t.value(u"expires_in"_s).isDouble());
        QVERIFY(t.value(u"refresh_token"_s).isString());
    }

    void errorBodies()
    {
        expectError(http->get(kClients + u"/nope"_s), 404, u"not.found"_s);
        expectError(http->request("PATCH", kClients), 404, u"not.found"_s);
        expectError(http->post(kClients, QJsonObject{}), 400, u"bad.request"_s);
        expectError(http->request("POST", kClients, "x", "text/plain"), 415, u"unsupported.media.type"_s);
        expectError(http->del(kClients + u'/' + server->adminClientId()), 400, u"cannot.delete.client"_s);
        expectError(http->get(u"/api/v2/users/me"_s), 400, u"bad.request"_s);
        SandboxTestClient anonymous(*server);
        expectError(anonymous.get(kClients), 401, u"authentication.required"_s);
        anonymous.setToken(u"bogus"_s);
        expectError(anonymous.get(kClients), 401, u"bad.credentials"_s);
        anonymous.setToken(server->issueToken({u"directory:user:view"_s}));
        expectError(anonymous.post(kClients, validClientBody(u"CODE"_s)), 403, u"missing.permissions"_s);
        expectError(anonymous.post(u"/api/v2/usage/query"_s, QJsonObject{}), 403,
                    u"missing.any.permissions"_s);
        FaultRule rule;
        rule.kind = FaultRule::Kind::RateLimit;
        rule.retryAfterSeconds = 1;
        server->addFault(rule);
        expectError(http->get(kClients), 429, u"too.many.requests"_s);
        for (int status : {500, 502, 503, 504}) {
            rule = {};
            rule.status = status;
            server->addFault(rule);
            const HttpResult r = http->get(kClients);
            expectShape(r, status, {}, u"ANY"_s, u"ErrorBody"_s);
        }
    }

    void cleanupTestCase()
    {
        qInfo("%d answers checked against the swagger", checked);
        QVERIFY(checked > 100);
    }
};

QTEST_GUILESS_MAIN(TestSandboxContract)
#include "tst_sandbox_contract.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Integration credentials (R24) and the users lookup (R25) of the sandbox, over real loopback
// HTTP, with every successful answer held against genesys-extension-openapi.json.
#include "tests/sandbox/extensionapifixture.h"
#include "tests/support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString kCredentials = u"/api/v2/integrations/credentials"_s;
const QString kClients = u"/api/v2/oauth/clients"_s;
} // namespace

class TestSandboxIntegrations
    : public QObject
    , protected ExtensionApiFixture
{
    Q_OBJECT

private:
    // The demo's Data Actions credential of a client, by the client's name.
    QString credentialFor(const QString &clientName)
    {
        QString clientId;
        for (const QJsonValue &v : server->clients())
            if (v.toObject().value(u"name"_s).toString() == clientName)
                clientId = v.toObject().value(u"id"_s).toString();
        for (const QString &id : server->integrationCredentialIds())
            if (server->credentialClientId(id) == clientId)
                return id;
        qFatal("no credential for %s", qPrintable(clientName));
    }

private Q_SLOTS:
    void initTestCase() { loadSchema(); }
    void init() { startSignedIn(); }
    void cleanup() { stop(); }

    void r24_listingByCursorWithoutFields()
    {
        const HttpResult all = http->get(kCredentials + u"/listing"_s);
        expectShape(all, kCredentials + u"/listing"_s, u"get"_s);
        const QJsonArray entities = all.json().value(u"entities"_s).toArray();
        QCOMPARE(entities.size(), 4);
        int oauth = 0;
        for (const QJsonValue &v : entities) {
            QVERIFY(!v.toObject().contains(u"credentialFields"_s));
            if (v.toObject().value(u"type"_s).toObject().value(u"name"_s).toString() ==
                u"pureCloudOAuthClient")
                ++oauth;
        }
        QCOMPARE(oauth, 2);
        QVERIFY(!all.json().contains(u"nextUri"_s));

        // Page by page through nextUri.
        QStringList ids;
        QString next = kCredentials + u"/listing?pageSize=1"_s;
        while (!next.isEmpty() && ids.size() < 10) {
            const QJsonObject page = http->get(next).json();
            QCOMPARE(page.value(u"entities"_s).toArray().size(), 1);
            ids.append(page.value(u"entities"_s).toArray()[0].toObject().value(u"id"_s).toString());
            next = page.value(u"nextUri"_s).toString();
        }
        QCOMPARE(ids, server->integrationCredentialIds());
        QCOMPARE(http->get(kCredentials + u"/listing?pageSize=0"_s).status, 400);
        QCOMPARE(http->get(kCredentials + u"/listing?after=garbage"_s).status, 400);

        http->setToken(server->issueToken({u"oauth:client:*"_s}));
        const HttpResult denied = http->get(kCredentials + u"/listing"_s);
        QCOMPARE(denied.status, 403);
        QCOMPARE(denied.json().value(u"messageParams"_s).toObject().value(u"permissions"_s).toString(),
                 u"integrations:integration:view"_s);
    }

    void r24_readByIdRedactsSecrets()
    {
        const QString crm = credentialFor(u"Data actions - CRM lookup"_s);
        const HttpResult r = http->get(kCredentials + u'/' + crm);
        expectShape(r, kCredentials + u"/{credentialId}"_s, u"get"_s);
        const QJsonObject fields = r.json().value(u"credentialFields"_s).toObject();
        QCOMPARE(fields.value(u"clientId"_s).toString(), server->credentialClientId(crm));
        QVERIFY(!fields.contains(u"clientSecret"_s));
        QCOMPARE(r.json().value(u"type"_s).toObject().value(u"name"_s).toString(), u"pureCloudOAuthClient"_s);
        for (const QString &id : server->integrationCredentialIds()) {
            const QJsonObject f =
                http->get(kCredentials + u'/' + id).json().value(u"credentialFields"_s).toObject();
            QVERIFY(!f.contains(u"clientSecret"_s) && !f.contains(u"password"_s));
        }
        QCOMPARE(http->get(kCredentials + u"/no-such-credential"_s).status, 404);
    }

    void r24_demoCredentialsSignIn()
    {
        const QString crm = credentialFor(u"Data actions - CRM lookup"_s);
        QVERIFY(server->credentialAuthenticates(crm));
        QVERIFY(server->credentialAuthenticates(credentialFor(u"Zendesk ticket sync"_s)));
        // R10: regenerating the client's secret breaks the credential at once.
        QCOMPARE(
            http->request("POST", kClients + u'/' + server->credentialClientId(crm) + u"/secret"_s).status,
            200);
        QVERIFY(!server->credentialAuthenticates(crm));
    }

    void r24_updateNeedsTheSecretAgain()
    {
        const QString crm = credentialFor(u"Data actions - CRM lookup"_s);
        QJsonObject credential = http->get(kCredentials + u'/' + crm).json();
        // The credential as read (secret redacted) cannot be sent back as it is.
        HttpResult r = http->put(kCredentials + u'/' + crm, credential);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.fieldNames(), QStringList{u"credentialFields.clientSecret"_s});

        // Point it at a new client, with that client's secret.
        QJsonObject body = validClientBody(u"CLIENT-CREDENTIALS"_s, u"CRM lookup (rotated)"_s);
        body.insert(u"roleDivisions"_s,
                    QJsonArray{QJsonObject{{u"roleId"_s, firstRoleId(*http)}, {u"divisionId"_s, u"*"_s}}});
        const QJsonObject created = http->post(kClients, body).json();
        QJsonObject fields{{u"clientId"_s, created.value(u"id"_s)},
                           {u"clientSecret"_s, created.value(u"secret"_s)}};
        credential.insert(u"credentialFields"_s, fields);
        r = http->put(kCredentials + u'/' + crm, credential);
        expectShape(r, kCredentials + u"/{credentialId}"_s, u"put"_s);
        QCOMPARE(r.json().value(u"id"_s).toString(), crm);
        QCOMPARE(server->credentialClientId(crm), created.value(u"id"_s).toString());
        QVERIFY(server->credentialAuthenticates(crm));

        // The update is audited, its secret masked.
        const QJsonObject last = server->auditEvents().last().toObject();
        QCOMPARE(last.value(u"entityType"_s).toString(), u"Credential"_s);
        QCOMPARE(last.value(u"serviceName"_s).toString(), u"Integrations"_s);
        QVERIFY(!QJsonDocument(last).toJson().contains(created.value(u"secret"_s).toString().toLatin1()));

        // The type cannot change; the name and type are required; wrong types are named.
        QJsonObject other = credential;
        other.insert(u"type"_s, QJsonObject{{u"name"_s, u"basicAuth"_s}});
        QCOMPARE(http->put(kCredentials + u'/' + crm, other).fieldNames(), QStringList{u"type.name"_s});
        other = credential;
        other.remove(u"name"_s);
        QCOMPARE(http->put(kCredentials + u'/' + crm, other).fieldNames(), QStringList{u"name"_s});
        other = credential;
        fields.insert(u"clientId"_s, 42);
        other.insert(u"credentialFields"_s, fields);
        QCOMPARE(http->put(kCredentials + u'/' + crm, other).fieldNames(),
                 QStringList{u"credentialFields.clientId"_s});
        QCOMPARE(http->request("PUT", kCredentials + u'/' + crm, "{}", "text/plain").status, 415);
        QCOMPARE(http->put(kCredentials + u"/no-such-credential"_s, credential).status, 404);

        http->setToken(server->issueToken({u"integrations:integration:view"_s}));
        const HttpResult denied = http->put(kCredentials + u'/' + crm, credential);
        QCOMPARE(denied.status, 403);
        QCOMPARE(denied.json().value(u"messageParams"_s).toObject().value(u"permissions"_s).toString(),
                 u"integrations:integration:edit"_s);
    }

    void r10_secretPropagationHook()
    {
        const QString crm = credentialFor(u"Data actions - CRM lookup"_s);
        const QString clientId = server->credentialClientId(crm);
        server->setSecretPropagationDelay(std::chrono::milliseconds(400));
        const QString secret = http->request("POST", kClients + u'/' + clientId + u"/secret"_s)
                                   .json()
                                   .value(u"secret"_s)
                                   .toString();
        const auto token = [&] {
            return http->tokenRequest({{u"grant_type"_s, u"client_credentials"_s}}, clientId.toLatin1(),
                                      secret.toLatin1());
        };
        const HttpResult early = token();
        QCOMPARE(early.status, 401);
        QCOMPARE(early.json().value(u"error"_s).toString(), u"invalid_client"_s);
        QTest::qWait(450);
        QCOMPARE(token().status, 200);
        // Secrets issued before the hook was set are not affected; 0 turns it off.
        server->setSecretPropagationDelay(std::chrono::milliseconds(0));
        const QString fresh = http->request("POST", kClients + u'/' + clientId + u"/secret"_s)
                                  .json()
                                  .value(u"secret"_s)
                                  .toString();
        QCOMPARE(http->tokenRequest({{u"grant_type"_s, u"client_credentials"_s}}, clientId.toLatin1(),
                                    fresh.toLatin1())
                     .status,
                 200);
    }

    void r25_usersLookup()
    {
        // No permission needed.
        http->setToken(server->issueToken({u"nothing:at:all"_s}));
        const HttpResult one = http->get(u"/api/v2/users/"_s + server->demoUserId());
        expectShape(one, u"/api/v2/users/{userId}"_s, u"get"_s);
        QCOMPARE(one.json().value(u"name"_s).toString(), u"Dana Whitfield"_s);
        QCOMPARE(http->get(u"/api/v2/users/00000000-0000-4000-8000-000000000000"_s).status, 404);

        const QJsonArray people =
            http->get(u"/api/v2/users?pageSize=100"_s).json().value(u"entities"_s).toArray();
        QCOMPARE(people.size(), 7);
        const QString a = people[1].toObject().value(u"id"_s).toString();
        const QString b = people[4].toObject().value(u"id"_s).toString();
        const HttpResult two = http->get(
            u"/api/v2/users?id=%1&id=%2&id=00000000-0000-4000-8000-000000000000&pageSize=3"_s.arg(a, b));
        expectShape(two, u"/api/v2/users"_s, u"get"_s);
        QCOMPARE(two.json().value(u"entities"_s).toArray().size(), 2); // unknown ids are left out
        QCOMPARE(two.json().value(u"total"_s).toInt(), 2);
        const HttpResult paged = http->get(u"/api/v2/users?pageSize=3&pageNumber=2"_s);
        QCOMPARE(paged.json().value(u"entities"_s).toArray().size(), 3);
        QVERIFY(paged.json().value(u"nextUri"_s).toString().contains(u"pageNumber=3"_s));

        QStringList many;
        for (int i = 0; i < 101; ++i)
            many.append(u"id=%1"_s.arg(i));
        const HttpResult tooMany = http->get(u"/api/v2/users?"_s + many.join(u'&'));
        QCOMPARE(tooMany.status, 400);
        QCOMPARE(tooMany.fieldNames(), QStringList{u"id"_s});
        QCOMPARE(http->get(u"/api/v2/users?pageSize=0"_s).status, 400);
        // users/me is still the signed-in user, not a user called "me".
        QCOMPARE(http->get(u"/api/v2/users/me"_s).status, 400); // a client-credentials token (R18)
    }
};

QTEST_GUILESS_MAIN(TestSandboxIntegrations)
#include "tst_sandbox_integrations.moc"

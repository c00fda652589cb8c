// SPDX-License-Identifier: GPL-3.0-or-later
// The login endpoints: client credentials, authorization code with a secret, PKCE, refresh,
// implicit, and the authorize endpoint's errors.
#include "app/sandbox/sandboxserver.h"
#include "tests/sandbox/sandboxtestclient.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {
const QDateTime kNow(QDate(2025, 3, 12), QTime(10, 30), QTimeZone::utc());
const QString kRedirect = QString::fromLatin1(SandboxTestClient::kLoopbackRedirect);
const QString kVerifier = QString::fromLatin1(SandboxTestClient::kVerifier);
} // namespace

class TestSandboxOAuth : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> server;
    std::unique_ptr<SandboxTestClient> http;

    QString clientIdByName(const QString &name) const
    {
        for (const QJsonValue &v : server->clients())
            if (v.toObject().value(u"name"_s).toString() == name)
                return v.toObject().value(u"id"_s).toString();
        return {};
    }
    HttpResult authorizePkce(const QString &redirect = kRedirect, const QString &verifier = kVerifier)
    {
        return http->authorize({{u"client_id"_s, server->pkceClientId()},
                                {u"redirect_uri"_s, redirect},
                                {u"response_type"_s, u"code"_s},
                                {u"state"_s, u"abc 123"_s},
                                {u"code_challenge"_s, pkceChallengeFor(verifier)},
                                {u"code_challenge_method"_s, u"S256"_s}});
    }
    HttpResult exchange(const QString &code, const QString &verifier = kVerifier,
                        const QString &redirect = kRedirect)
    {
        return http->tokenRequest({{u"grant_type"_s, u"authorization_code"_s},
                                   {u"code"_s, code},
                                   {u"code_verifier"_s, verifier},
                                   {u"client_id"_s, server->pkceClientId()},
                                   {u"redirect_uri"_s, redirect}});
    }
    static QString error(const HttpResult &r) { return r.json().value(u"error"_s).toString(); }

private Q_SLOTS:
    void init()
    {
        server = std::make_unique<SandboxServer>(SandboxOptions{.now = kNow});
        QVERIFY(server->start());
        http = std::make_unique<SandboxTestClient>(*server);
    }
    void cleanup()
    {
        http.reset();
        server.reset();
    }

    void clientCredentials()
    {
        const HttpResult r =
            http->tokenRequest({{u"grant_type"_s, u"client_credentials"_s}},
                               server->adminClientId().toLatin1(), server->adminClientSecret().toLatin1());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("cache-control"), QByteArray("no-store"));
        QCOMPARE(r.json().value(u"expires_in"_s).toInt(), 86400);
        http->setToken(r.json().value(u"access_token"_s).toString());
        const QJsonObject me = http->get(u"/api/v2/tokens/me"_s).json();
        QCOMPARE(me.value(u"OAuthClient"_s).toObject().value(u"id"_s).toString(), server->adminClientId());
        QCOMPARE(me.value(u"OAuthClient"_s).toObject().value(u"authorizedGrantType"_s).toString(),
                 u"CLIENT-CREDENTIALS"_s);
        // A client-credentials grant for a CODE client is refused.
        QCOMPARE(error(http->tokenRequest({{u"grant_type"_s, u"client_credentials"_s}},
                                          server->pkceClientId().toLatin1(), "x")),
                 u"invalid_client"_s); // the public client has no secret at all
    }

    void pkceFlow()
    {
        const HttpResult auth = authorizePkce();
        QCOMPARE(auth.status, 302);
        const QUrl location = QUrl::fromEncoded(auth.header("location"));
        QCOMPARE(location.adjusted(QUrl::RemoveQuery).toString(), kRedirect);
        const QUrlQuery params = redirectParams(auth);
        QCOMPARE(params.queryItemValue(u"state"_s, QUrl::FullyDecoded), u"abc 123"_s);
        const QString code = params.queryItemValue(u"code"_s);
        QVERIFY(!code.isEmpty());
        const HttpResult token = exchange(code);
        QCOMPARE(token.status, 200);
        QVERIFY(!token.json().value(u"refresh_token"_s).toString().isEmpty());
        QCOMPARE(token.json().value(u"expires_in"_s).toInt(), 3600);
        http->setToken(token.json().value(u"access_token"_s).toString());
        QCOMPARE(http->get(u"/api/v2/users/me"_s).json().value(u"id"_s).toString(), server->demoUserId());
        const QJsonArray scope =
            http->get(u"/api/v2/tokens/me"_s).json().value(u"authorizedScope"_s).toArray();
        QVERIFY(scope.contains(u"oauth"_s));
        QCOMPARE(http->get(u"/api/v2/oauth/clients"_s).status, 200); // the demo admin may do everything

        // RFC 8252: any loopback port, but the same host and path.
        QCOMPARE(authorizePkce(u"http://127.0.0.1:50999/"_s).status, 302);
        QCOMPARE(authorizePkce(u"http://127.0.0.1:50999/other"_s).status, 400);
        QCOMPARE(authorizePkce(u"http://localhost:50999/"_s).status, 400);
        QCOMPARE(authorizePkce(u"https://127.0.0.1:50999/"_s).status, 400);
    }

    void pkceWrongVerifierIsRejected()
    {
        const QString code = redirectParams(authorizePkce()).queryItemValue(u"code"_s);
        const QString other = u"another-verifier-that-is-long-enough-0123456789-xyz"_s;
        HttpResult r = exchange(code, other);
        QCOMPARE(r.status, 400);
        QCOMPARE(error(r), u"invalid_grant"_s);
        QVERIFY(r.json().value(u"error_description"_s).toString().contains(u"code_verifier"_s));
        QCOMPARE(error(exchange(code)), u"invalid_grant"_s); // the code is spent
    }

    void pkceVerifierFormat()
    {
        for (const QString &bad : {QString(42, u'a'), QString(129, u'a'), QString(43, u'a') + u'!'}) {
            const QString code = redirectParams(authorizePkce(kRedirect, bad)).queryItemValue(u"code"_s);
            QVERIFY(!code.isEmpty());
            const HttpResult r = exchange(code, bad);
            QCOMPARE(r.status, 400);
            QVERIFY(r.json().value(u"error_description"_s).toString().contains(u"43-128"_s));
        }
        const QString tilde = QString(40, u'x') + u"-._~"_s;
        QCOMPARE(
            exchange(redirectParams(authorizePkce(kRedirect, tilde)).queryItemValue(u"code"_s), tilde).status,
            200);
    }

    void codesAreSingleUseAndExpire()
    {
        QString code = redirectParams(authorizePkce()).queryItemValue(u"code"_s);
        QCOMPARE(exchange(code).status, 200);
        QCOMPARE(error(exchange(code)), u"invalid_grant"_s);

        code = redirectParams(authorizePkce()).queryItemValue(u"code"_s);
        server->setNow(kNow.addSecs(59));
        QCOMPARE(exchange(code).status, 200);
        code = redirectParams(authorizePkce()).queryItemValue(u"code"_s);
        server->setNow(kNow.addSecs(59 + 61));
        QCOMPARE(error(exchange(code)), u"invalid_grant"_s);
    }

    void redirectUriMustMatch()
    {
        const QString code = redirectParams(authorizePkce()).queryItemValue(u"code"_s);
        QCOMPARE(error(exchange(code, kVerifier, u"http://127.0.0.1:43124/"_s)), u"invalid_grant"_s);
        QCOMPARE(error(http->tokenRequest({{u"grant_type"_s, u"authorization_code"_s}, {u"code"_s, u"x"_s}})),
                 u"invalid_request"_s); // redirect_uri missing
    }

    void authorizeErrors()
    {
        const auto authorize = [this](const QString &clientId, const QString &redirect, const QString &type,
                                      const QString &challenge, const QString &method) {
            QList<std::pair<QString, QString>> p{
                {u"client_id"_s, clientId}, {u"redirect_uri"_s, redirect}, {u"state"_s, u"s1"_s}};
            if (!type.isEmpty())
                p.append({u"response_type"_s, type});
            if (!challenge.isEmpty())
                p.append({u"code_challenge"_s, challenge});
            if (!method.isEmpty())
                p.append({u"code_challenge_method"_s, method});
            return http->authorize(p);
        };
        const QString challenge = pkceChallengeFor(kVerifier);
        const QString pkce = server->pkceClientId();
        QCOMPARE(authorize(u"unknown"_s, kRedirect, u"code"_s, challenge, u"S256"_s).status, 400);
        QCOMPARE(authorize(pkce, u"https://evil.example/cb"_s, u"code"_s, challenge, u"S256"_s).status, 400);
        QCOMPARE(authorize(pkce, QString(), u"code"_s, challenge, u"S256"_s).status, 400);

        const auto redirectError = [](const HttpResult &r) {
            return r.status == 302 ? redirectParams(r).queryItemValue(u"error"_s)
                                   : u"status %1"_s.arg(r.status);
        };
        HttpResult r = authorize(pkce, kRedirect, u"token"_s, challenge, u"S256"_s);
        QCOMPARE(redirectError(r), u"unauthorized_client"_s);
        QCOMPARE(redirectParams(r).queryItemValue(u"state"_s), u"s1"_s);
        QCOMPARE(redirectError(authorize(pkce, kRedirect, QString(), challenge, u"S256"_s)),
                 u"unsupported_response_type"_s);
        QCOMPARE(redirectError(authorize(pkce, kRedirect, u"code"_s, challenge, u"plain"_s)),
                 u"invalid_request"_s);
        QCOMPARE(redirectError(authorize(pkce, kRedirect, u"code"_s, u"short"_s, u"S256"_s)),
                 u"invalid_request"_s);
        QCOMPARE(redirectError(authorize(pkce, kRedirect, u"code"_s, QString(), QString())),
                 u"invalid_request"_s);

        // A PASSWORD client has no redirect to send errors to; a disabled CODE client gets one.
        QCOMPARE(authorize(clientIdByName(u"Legacy IVR password login"_s), kRedirect, u"code"_s, challenge,
                           u"S256"_s)
                     .status,
                 400);
        http->signInAsAdmin();
        QJsonObject body = validClientBody(u"CODE"_s);
        body.insert(u"state"_s, u"disabled"_s);
        const QString disabled =
            http->post(u"/api/v2/oauth/clients"_s, body).json().value(u"id"_s).toString();
        QCOMPARE(redirectError(
                     authorize(disabled, u"https://example.com/callback"_s, u"code"_s, challenge, u"S256"_s)),
                 u"unauthorized_client"_s);
    }

    void confidentialCodeFlowAndRefresh()
    {
        http->signInAsAdmin();
        QJsonObject body = validClientBody(u"CODE"_s, u"Server-side app"_s);
        body.insert(u"registeredRedirectUri"_s, QJsonArray{u"https://app.example.com/cb?tenant=1"_s});
        const QJsonObject created = http->post(u"/api/v2/oauth/clients"_s, body).json();
        const QString id = created.value(u"id"_s).toString();
        const QByteArray secret = created.value(u"secret"_s).toString().toLatin1();
        const QString redirect = u"https://app.example.com/cb?tenant=1"_s;
        const auto code = [&] {
            const HttpResult r = http->authorize({{u"client_id"_s, id},
                                                  {u"redirect_uri"_s, redirect},
                                                  {u"response_type"_s, u"code"_s},
                                                  {u"state"_s, u"z"_s}});
            return QUrlQuery(QUrl::fromEncoded(r.header("location"))).queryItemValue(u"code"_s);
        };
        const QList<std::pair<QString, QString>> form{{u"grant_type"_s, u"authorization_code"_s},
                                                      {u"redirect_uri"_s, redirect}};
        // The code is added to the redirect's own query.
        const HttpResult first = http->authorize(
            {{u"client_id"_s, id}, {u"redirect_uri"_s, redirect}, {u"response_type"_s, u"code"_s}});
        QVERIFY(first.header("location").startsWith("https://app.example.com/cb?tenant=1&code="));
        // Without Basic and without PKCE the code cannot be exchanged.
        HttpResult r = http->tokenRequest(
            form + QList<std::pair<QString, QString>>{{u"code"_s, code()}, {u"client_id"_s, id}});
        QCOMPARE(r.status, 401);
        QCOMPARE(error(r), u"invalid_client"_s);
        // Another client's credentials cannot use it either.
        r = http->tokenRequest(form + QList<std::pair<QString, QString>>{{u"code"_s, code()}},
                               server->adminClientId().toLatin1(), server->adminClientSecret().toLatin1());
        QCOMPARE(error(r), u"invalid_grant"_s);
        r = http->tokenRequest(form + QList<std::pair<QString, QString>>{{u"code"_s, code()}}, id.toLatin1(),
                               secret);
        QCOMPARE(r.status, 200);
        const QString refresh = r.json().value(u"refresh_token"_s).toString();
        QVERIFY(!refresh.isEmpty());

        // Refresh with Basic auth; the same refresh token comes back.
        r = http->tokenRequest({{u"grant_type"_s, u"refresh_token"_s}, {u"refresh_token"_s, refresh}},
                               id.toLatin1(), secret);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"refresh_token"_s).toString(), refresh);
        // Not without credentials (only the public PKCE client may), not for another client.
        QCOMPARE(error(http->tokenRequest({{u"grant_type"_s, u"refresh_token"_s},
                                           {u"refresh_token"_s, refresh},
                                           {u"client_id"_s, id}})),
                 u"invalid_client"_s);
        QCOMPARE(error(http->tokenRequest(
                     {{u"grant_type"_s, u"refresh_token"_s}, {u"refresh_token"_s, refresh}},
                     server->adminClientId().toLatin1(), server->adminClientSecret().toLatin1())),
                 u"invalid_grant"_s);
        QCOMPARE(
            error(http->tokenRequest({{u"grant_type"_s, u"refresh_token"_s}, {u"refresh_token"_s, u"nope"_s}},
                                     id.toLatin1(), secret)),
            u"invalid_grant"_s);
    }

    void pkceRefresh()
    {
        QString refresh;
        QCOMPARE(http->pkceSignIn(kVerifier, &refresh).status, 200);
        HttpResult r = http->tokenRequest({{u"grant_type"_s, u"refresh_token"_s},
                                           {u"refresh_token"_s, refresh},
                                           {u"client_id"_s, server->pkceClientId()}});
        QCOMPARE(r.status, 200);
        http->setToken(r.json().value(u"access_token"_s).toString());
        QCOMPARE(http->get(u"/api/v2/users/me"_s).status, 200);
        r = http->tokenRequest({{u"grant_type"_s, u"refresh_token"_s}, {u"refresh_token"_s, refresh}});
        QCOMPARE(error(r), u"invalid_client"_s);
    }

    void implicitGrant()
    {
        const QString id = clientIdByName(u"Agent desktop (web)"_s);
        const HttpResult r =
            http->authorize({{u"client_id"_s, id},
                             {u"redirect_uri"_s, u"https://agent.northwind.example/callback"_s},
                             {u"response_type"_s, u"token"_s},
                             {u"state"_s, u"imp"_s}});
        QCOMPARE(r.status, 302);
        const QUrlQuery fragment = redirectParams(r, true);
        QCOMPARE(fragment.queryItemValue(u"state"_s), u"imp"_s);
        QCOMPARE(fragment.queryItemValue(u"token_type"_s), u"bearer"_s);
        http->setToken(fragment.queryItemValue(u"access_token"_s));
        QCOMPARE(http->get(u"/api/v2/tokens/me"_s)
                     .json()
                     .value(u"OAuthClient"_s)
                     .toObject()
                     .value(u"id"_s)
                     .toString(),
                 id);
    }

    void wildcardRedirect()
    {
        const QString id = clientIdByName(u"Partner portal (multi-tenant)"_s);
        const auto go = [&](const QString &redirect) {
            return http
                ->authorize(
                    {{u"client_id"_s, id}, {u"redirect_uri"_s, redirect}, {u"response_type"_s, u"code"_s}})
                .status;
        };
        QCOMPARE(go(u"https://acme.partners.northwind.example/oauth/callback"_s), 302);
        QCOMPARE(go(u"https://evil.example/oauth/callback"_s), 400);
    }
};

QTEST_GUILESS_MAIN(TestSandboxOAuth)
#include "tst_sandbox_oauth.moc"

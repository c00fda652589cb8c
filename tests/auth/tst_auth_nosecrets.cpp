// SPDX-License-Identifier: GPL-3.0-or-later
// After a full sign-in (browser, client credentials, pasted token), use and sign-out with every trace
// turned on, no token, secret, code or verifier is in the settings directory or in the log, plain,
// base64 or percent-encoded.
#include "app/auth/signincontroller.h"
#include "app/services/catalogservice.h"
#include "app/services/clientsservice.h"
#include "app/services/session.h"
#include "tests/auth/authtestutil.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;
using testsupport::await;

class TestAuthNoSecrets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fullCycleLeavesNoSecretBehind();
};

void TestAuthNoSecrets::fullCycleLeavesNoSecretBehind()
{
    authtest::LogCapture log;
    SandboxServer sandbox(testsupport::SandboxSession::defaultOptions());
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    QList<QByteArray> secrets{sandbox.adminClientSecret().toUtf8()};

    {
        ProfileStore leftovers;
        for (const QString &name : leftovers.names())
            leftovers.remove(name);
    }
    Session session;
    session.api()->setRetryPolicy(testsupport::fastRetryPolicy());
    ProfileStore profiles; // the real settings file of this test's HOME
    SecretStore store(std::make_unique<MemorySecretBackend>());
    SignInController controller(&session, &profiles, &store);
    QNetworkAccessManager browser;
    std::list<authtest::BrowserVisit> visits;
    controller.setBrowserOpener([&](const QUrl &url) {
        QTimer::singleShot(0, &browser, [&, url] {
            visits.emplace_back();
            authtest::visit(&browser, url, &visits.back());
        });
        return true;
    });

    Profile cc;
    cc.name = u"Client credentials"_s;
    cc.apiUrl = sandbox.baseUrl();
    cc.method = SignInMethod::ClientCredentials;
    cc.clientId = sandbox.adminClientId();
    Profile pkce = cc;
    pkce.name = u"Browser"_s;
    pkce.method = SignInMethod::Pkce;
    pkce.clientId = sandbox.pkceClientId();
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    pkce.port = probe.serverPort();
    probe.close();
    Profile pasted = cc;
    pasted.name = u"Pasted"_s;
    pasted.method = SignInMethod::Token;

    for (const Profile &p : {cc, pkce, pasted}) {
        QVERIFY(controller.saveProfile(p).isEmpty());
        QByteArray credential;
        if (p.method == SignInMethod::ClientCredentials)
            credential = sandbox.adminClientSecret().toUtf8();
        if (p.method == SignInMethod::Token) {
            credential = sandbox.issueToken().toUtf8(); // issued now: earlier rounds revoke all tokens
            secrets << credential;
        }
        const Result<TokenInfo> r = await<TokenInfo>(
            [&](QObject *ctx, Handler<TokenInfo> h) { controller.signIn(p, credential, ctx, h); });
        QVERIFY2(r.ok(), qPrintable(p.name + u": "_s + r.error().summary()));
        // Use it: a few calls, a forced silent renewal, a failing call.
        QVERIFY(await<QList<OAuthClient>>([&](QObject *c, auto h) { session.clients()->list(c, h); }).ok());
        QVERIFY(await<QList<OAuthScope>>([&](QObject *c, auto h) { session.catalog()->scopes(c, h); }).ok());
        if (p.method != SignInMethod::Token) {
            sandbox.revokeAllTokens(); // the next call gets a 401 and re-authenticates silently
            if (p.method == SignInMethod::Pkce) {
                // revokeAllTokens also dropped the refresh token: the browser has to come back,
                // so this one is checked by the 401 path only.
                QVERIFY(!await<QList<OAuthClient>>([&](QObject *c, auto h) {
                             session.clients()->list(c, h);
                         }).ok());
            } else {
                QVERIFY(await<QList<OAuthClient>>([&](QObject *c, auto h) {
                            session.clients()->list(c, h);
                        }).ok());
            }
        }
        QVERIFY(!await<OAuthClient>([&](QObject *c, auto h) {
                     session.clients()->get(u"no-such-client"_s, c, h);
                 }).ok());
        QTRY_COMPARE(store.pendingCount(), 0);
    }
    const Result<SignOutReport> out =
        await<SignOutReport>([&](QObject *ctx, Handler<SignOutReport> h) { controller.signOut(ctx, h); });
    QVERIFY(out.ok());
    QTRY_COMPARE(store.pendingCount(), 0);

    // Every credential that travelled: bearer tokens, form fields of token requests, the codes.
    for (const SandboxRequest &r : sandbox.requests()) {
        const QByteArray auth = r.headers.value("authorization");
        if (auth.startsWith("Bearer "))
            secrets << auth.mid(7);
        if (auth.startsWith("Basic "))
            secrets << auth.mid(6);
        if (r.path == u"/oauth/token") {
            const QUrlQuery form(QString::fromLatin1(r.body));
            for (const char *field : {"code", "code_verifier", "refresh_token"})
                secrets << QUrl::fromPercentEncoding(
                               form.queryItemValue(QString::fromLatin1(field)).toLatin1())
                               .toLatin1();
        }
    }
    for (const authtest::BrowserVisit &v : visits)
        secrets << QUrlQuery(v.redirect).queryItemValue(u"code"_s).toLatin1();
    secrets = authtest::unique(secrets);
    QVERIFY2(secrets.size() >= 6, "the cycle should have produced several tokens, codes and a verifier");

    const QStringList lines = log.lines();
    QVERIFY2(lines.size() > 20, "the traces were on, so there is a log to scan");
    bool sawHttpTrace = false;
    for (const QString &l : lines)
        sawHttpTrace = sawHttpTrace || l.startsWith(u"oauthdesk.http"_s);
    QVERIFY(sawHttpTrace);
    const QStringList logHits = authtest::scanLines(lines, secrets);
    QVERIFY2(logHits.isEmpty(), qPrintable(u"secret in the log: "_s + logHits.join(u"\n"_s)));

    const QString settingsDir = QFileInfo(profiles.fileName()).absolutePath();
    QVERIFY(QFile::exists(profiles.fileName()));
    for (const QString &dir : {settingsDir, QDir::homePath()}) {
        const QStringList hits = authtest::scanDirectory(dir, secrets);
        QVERIFY2(hits.isEmpty(), qPrintable(u"secret on disk in "_s + hits.join(u", "_s)));
    }
}

QTEST_GUILESS_MAIN(TestAuthNoSecrets)
#include "tst_auth_nosecrets.moc"

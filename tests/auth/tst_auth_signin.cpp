// SPDX-License-Identifier: GPL-3.0-or-later
// SignInController against the sandbox over real loopback HTTP, with a keychain held by a scripted
// backend (the real Secret Service has its own tests): every method signs in and stores what it
// should, restores after a "restart" without typing anything, renews silently, asks for sign-in
// only when it must, and signs out by revoking and forgetting.
#include "app/auth/signincontroller.h"
#include "app/services/clientsservice.h"
#include "app/services/directoryservice.h"
#include "app/services/session.h"
#include "tests/auth/authtestutil.h"
#include "tests/support/testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using authtest::ScriptedBackend;
using testsupport::await;

namespace {
// One "run" of the app: a session, the profiles, a keychain and the controller. A second Rig over
// the same settings file and keychain contents is the app after a restart.
struct Rig
{
    Rig(QSettings *settings, const QHash<QString, QByteArray> &keychain)
        : backend(new ScriptedBackend)
        , profiles(settings)
        , secrets(std::unique_ptr<SecretBackend>(backend))
        , controller(&session, &profiles, &secrets)
    {
        backend->values = keychain;
        session.api()->setRetryPolicy(testsupport::fastRetryPolicy());
    }

    ScriptedBackend *backend; // owned by `secrets`
    Session session;
    ProfileStore profiles;
    SecretStore secrets;
    SignInController controller;
};

int tokenRequests(const SandboxServer &sandbox)
{
    return sandbox.requestCount(u"/oauth/token"_s, "POST");
}

// Revokes one access token on the server behind the app's back (as if it expired early).
void revokeOnServer(const QUrl &base, const QByteArray &token)
{
    QNetworkAccessManager nam;
    QUrl url = base;
    url.setPath(u"/api/v2/tokens/me"_s);
    QNetworkRequest req(url);
    req.setRawHeader("Authorization", "Bearer " + token);
    QNetworkReply *reply = nam.deleteResource(req);
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(10000);
    delete reply;
}

int statusWithToken(const QUrl &base, const QByteArray &token)
{
    QNetworkAccessManager nam;
    QUrl url = base;
    url.setPath(u"/api/v2/tokens/me"_s);
    QNetworkRequest req(url);
    req.setRawHeader("Authorization", "Bearer " + token);
    QNetworkReply *reply = nam.get(req);
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(10000);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    delete reply;
    return status;
}

QByteArray storedAccessToken(const QHash<QString, QByteArray> &keychain, const QString &key)
{
    return QJsonDocument::fromJson(keychain.value(key))
        .object()
        .value("access_token"_L1)
        .toString()
        .toLatin1();
}
} // namespace

class TestAuthSignIn : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void clientCredentialsStoresTheSecretAndRestores();
    void wrongSecretStoresNothing();
    void pkceStoresTokensAndRestoresWithoutTokenRequest();
    void expiredTokenIsRefreshedOnRestore();
    void silentRenewalAfter401IsStored();
    void clientCredentials401IsFixedSilently();
    void pastedTokenThatDiesAsksForSignIn();
    void nothingStoredNeedsSignIn();
    void refusedStoredSecretIsForgotten();
    void storedSecretIsKeptWhenTheRefusalIsNotDefinite_data();
    void storedSecretIsKeptWhenTheRefusalIsNotDefinite();
    void forgettingIsAskedFirstWhenAConfirmerIsSet();
    void storedTokenWithLineBreakIsRefusedBeforeSending();
    void signOutRevokesAndForgets();
    void switchBetweenProfilesWithoutTyping();
    void renameMovesTheEntriesAndClientChangeDropsThem();
    void removeProfileForgetsItsSecrets();
    void cancelDuringBrowserStep();
    void cliHelperResolvesProfiles();

private:
    Profile ccProfile() const;
    Profile pkceProfile() const;
    Result<TokenInfo> signIn(Rig &rig, const Profile &p, const QByteArray &credential = {});
    Result<TokenInfo> restore(Rig &rig, const Profile &p);
    void playBrowser(Rig &rig);
    QString key(const Profile &p, const QString &name) const
    {
        return SecretStore::key(p.keychainScope(), p.name, name);
    }

    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<QNetworkAccessManager> m_browser;
    std::list<authtest::BrowserVisit> m_visits;
};

void TestAuthSignIn::init()
{
    m_sandbox = std::make_unique<SandboxServer>(testsupport::SandboxSession::defaultOptions());
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"profiles.conf"_s), QSettings::IniFormat);
    m_browser = std::make_unique<QNetworkAccessManager>();
    m_visits.clear();
}

void TestAuthSignIn::cleanup()
{
    m_browser.reset();
    m_settings.reset();
    m_dir.reset();
    m_sandbox.reset();
}

Profile TestAuthSignIn::ccProfile() const
{
    Profile p;
    p.name = u"Sandbox admin"_s;
    p.apiUrl = m_sandbox->baseUrl();
    p.method = SignInMethod::ClientCredentials;
    p.clientId = m_sandbox->adminClientId();
    p.label = u"TEST"_s;
    p.color = u"#2e7d32"_s;
    return p;
}

Profile TestAuthSignIn::pkceProfile() const
{
    Profile p;
    p.name = u"Sandbox browser"_s;
    p.apiUrl = m_sandbox->baseUrl();
    p.method = SignInMethod::Pkce;
    p.clientId = m_sandbox->pkceClientId();
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    p.port = probe.serverPort();
    p.label = u"PROD"_s;
    p.color = u"#c62828"_s;
    return p;
}

void TestAuthSignIn::playBrowser(Rig &rig)
{
    rig.controller.setBrowserOpener([this](const QUrl &url) {
        QTimer::singleShot(0, m_browser.get(), [this, url] {
            m_visits.emplace_back();
            authtest::visit(m_browser.get(), url, &m_visits.back());
        });
        return true;
    });
}

Result<TokenInfo> TestAuthSignIn::signIn(Rig &rig, const Profile &p, const QByteArray &credential)
{
    if (!rig.profiles.contains(p.name))
        rig.controller.saveProfile(p);
    return await<TokenInfo>(
        [&](QObject *ctx, Handler<TokenInfo> h) { rig.controller.signIn(p, credential, ctx, h); });
}

Result<TokenInfo> TestAuthSignIn::restore(Rig &rig, const Profile &p)
{
    return await<TokenInfo>([&](QObject *ctx, Handler<TokenInfo> h) { rig.controller.restore(p, ctx, h); });
}

void TestAuthSignIn::clientCredentialsStoresTheSecretAndRestores()
{
    const Profile p = ccProfile();
    QHash<QString, QByteArray> keychain;
    {
        Rig rig(m_settings.get(), {});
        QSignalSpy current(&rig.controller, &SignInController::currentProfileChanged);
        const Result<TokenInfo> r = signIn(rig, p, m_sandbox->adminClientSecret().toUtf8());
        QVERIFY2(r.ok(), qPrintable(r.error().summary()));
        QCOMPARE(r->oauthClient.id, m_sandbox->adminClientId());
        QVERIFY(rig.session.isSignedIn());
        QCOMPARE(rig.controller.currentProfile()->name, p.name);
        QVERIFY(current.size() >= 1);
        QCOMPARE(rig.profiles.lastUsed(), p.name);
        QTRY_COMPARE(rig.secrets.pendingCount(), 0);
        QCOMPARE(rig.backend->values.value(key(p, SecretStore::ClientSecret)),
                 m_sandbox->adminClientSecret().toUtf8());
        QVERIFY(!rig.backend->values.contains(key(p, SecretStore::AccessToken)));
        keychain = rig.backend->values;
    }
    // Restart: the last profile comes back without typing the secret.
    Rig again(m_settings.get(), keychain);
    const int before = tokenRequests(*m_sandbox);
    const Result<TokenInfo> r =
        await<TokenInfo>([&](QObject *ctx, Handler<TokenInfo> h) { again.controller.restoreLast(ctx, h); });
    QVERIFY2(r.ok(), qPrintable(r.error().summary()));
    QCOMPARE(r->oauthClient.id, m_sandbox->adminClientId());
    QCOMPARE(again.controller.currentProfile()->name, p.name);
    QCOMPARE(tokenRequests(*m_sandbox), before + 1);
    const auto list =
        await<QList<OAuthClient>>([&](QObject *c, auto h) { again.session.clients()->list(c, h); });
    QVERIFY(list.ok());
}

void TestAuthSignIn::wrongSecretStoresNothing()
{
    Rig rig(m_settings.get(), {});
    const Profile p = ccProfile();
    const Result<TokenInfo> r = signIn(rig, p, "not-the-secret-at-all");
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ApiError::Kind::Auth);
    QVERIFY(!rig.session.isSignedIn());
    QVERIFY(!rig.controller.currentProfile());
    QTRY_COMPARE(rig.secrets.pendingCount(), 0);
    QVERIFY(rig.backend->values.isEmpty());
    QCOMPARE(rig.profiles.lastUsed(), QString());
}

void TestAuthSignIn::pkceStoresTokensAndRestoresWithoutTokenRequest()
{
    const Profile p = pkceProfile();
    QHash<QString, QByteArray> keychain;
    {
        Rig rig(m_settings.get(), {});
        playBrowser(rig);
        QSignalSpy progress(&rig.controller, &SignInController::progress);
        const Result<TokenInfo> r = signIn(rig, p);
        QVERIFY2(r.ok(), qPrintable(r.error().summary()));
        QCOMPARE(r->oauthClient.id, m_sandbox->pkceClientId());
        QCOMPARE(rig.session.method(), Session::Method::AuthorizationCode);
        QVERIFY(!progress.isEmpty());
        QTRY_COMPARE(rig.secrets.pendingCount(), 0);
        const QByteArray stored = rig.backend->values.value(key(p, SecretStore::AccessToken));
        const QJsonObject o = QJsonDocument::fromJson(stored).object();
        QVERIFY(!o.value("access_token"_L1).toString().isEmpty());
        QVERIFY(QDateTime::fromString(o.value("expires_at"_L1).toString(), Qt::ISODate) >
                QDateTime::currentDateTimeUtc());
        QVERIFY(!rig.backend->values.value(key(p, SecretStore::RefreshToken)).isEmpty());
        QVERIFY(!rig.backend->values.contains(key(p, SecretStore::ClientSecret)));
        keychain = rig.backend->values;
    }
    Rig again(m_settings.get(), keychain);
    const int before = tokenRequests(*m_sandbox);
    bool browserOpened = false;
    again.controller.setBrowserOpener([&](const QUrl &) { return browserOpened = true; });
    const Result<TokenInfo> r = restore(again, p);
    QVERIFY2(r.ok(), qPrintable(r.error().summary()));
    QVERIFY(!browserOpened);
    QCOMPARE(tokenRequests(*m_sandbox), before); // the stored access token was still good
    QCOMPARE(again.session.method(), Session::Method::AuthorizationCode);
    QVERIFY(again.session.tokenExpiresAt().isValid());
}

void TestAuthSignIn::expiredTokenIsRefreshedOnRestore()
{
    const Profile p = pkceProfile();
    QHash<QString, QByteArray> keychain;
    {
        Rig rig(m_settings.get(), {});
        playBrowser(rig);
        QVERIFY(signIn(rig, p).ok());
        QTRY_COMPARE(rig.secrets.pendingCount(), 0);
        keychain = rig.backend->values;
    }
    // The stored token has expired in the meantime.
    const QByteArray oldAccess = storedAccessToken(keychain, key(p, SecretStore::AccessToken));
    keychain.insert(key(p, SecretStore::AccessToken),
                    QJsonDocument(QJsonObject{{u"access_token"_s, QString::fromLatin1(oldAccess)},
                                              {u"expires_at"_s, u"2020-01-01T00:00:00Z"_s}})
                        .toJson(QJsonDocument::Compact));
    Rig again(m_settings.get(), keychain);
    const int before = tokenRequests(*m_sandbox);
    const Result<TokenInfo> r = restore(again, p);
    QVERIFY2(r.ok(), qPrintable(r.error().summary()));
    QCOMPARE(tokenRequests(*m_sandbox), before + 1); // one refresh
    const QList<SandboxRequest> reqs = m_sandbox->requests();
    const auto refresh = std::find_if(reqs.rbegin(), reqs.rend(),
                                      [](const SandboxRequest &q) { return q.path == u"/oauth/token"; });
    QVERIFY(refresh->body.contains("grant_type=refresh_token"));
    QTRY_COMPARE(again.secrets.pendingCount(), 0);
    const QByteArray newAccess = storedAccessToken(again.backend->values, key(p, SecretStore::AccessToken));
    QVERIFY(!newAccess.isEmpty());
    QVERIFY(newAccess != oldAccess);
    QCOMPARE(statusWithToken(m_sandbox->baseUrl(), newAccess), 200);
}

void TestAuthSignIn::silentRenewalAfter401IsStored()
{
    Rig rig(m_settings.get(), {});
    playBrowser(rig);
    const Profile p = pkceProfile();
    QVERIFY(signIn(rig, p).ok());
    QTRY_COMPARE(rig.secrets.pendingCount(), 0);
    const QByteArray first = storedAccessToken(rig.backend->values, key(p, SecretStore::AccessToken));
    revokeOnServer(m_sandbox->baseUrl(), first);
    QSignalSpy prompt(&rig.controller, &SignInController::signInRequired);
    QSignalSpy renewed(&rig.session, &Session::tokenRenewed);
    const auto list =
        await<QList<OAuthClient>>([&](QObject *c, auto h) { rig.session.clients()->list(c, h); });
    QVERIFY2(list.ok(), qPrintable(list.error().summary()));
    QCOMPARE(renewed.size(), 1);
    QCOMPARE(prompt.size(), 0);
    QTRY_COMPARE(rig.secrets.pendingCount(), 0);
    const QByteArray second = storedAccessToken(rig.backend->values, key(p, SecretStore::AccessToken));
    QVERIFY(second != first);
    QCOMPARE(statusWithToken(m_sandbox->baseUrl(), second), 200);
}

void TestAuthSignIn::clientCredentials401IsFixedSilently()
{
    Rig rig(m_settings.get(), {});
    QVERIFY(signIn(rig, ccProfile(), m_sandbox->adminClientSecret().toUtf8()).ok());
    QSignalSpy prompt(&rig.controller, &SignInController::signInRequired);
    m_sandbox->revokeAllTokens();
    const int before = tokenRequests(*m_sandbox);
    const auto list =
        await<QList<OAuthClient>>([&](QObject *c, auto h) { rig.session.clients()->list(c, h); });
    QVERIFY2(list.ok(), qPrintable(list.error().summary()));
    QCOMPARE(tokenRequests(*m_sandbox), before + 1); // re-fetched once
    QCOMPARE(prompt.size(), 0);
}

void TestAuthSignIn::pastedTokenThatDiesAsksForSignIn()
{
    Rig rig(m_settings.get(), {});
    Profile p = ccProfile();
    p.name = u"Pasted"_s;
    p.method = SignInMethod::Token;
    p.clientId.clear();
    const QByteArray token = m_sandbox->issueToken().toUtf8();
    QVERIFY(signIn(rig, p, "  " + token + "\n").ok()); // pasted with whitespace
    QTRY_COMPARE(rig.secrets.pendingCount(), 0);
    QCOMPARE(storedAccessToken(rig.backend->values, key(p, SecretStore::AccessToken)), token);
    QSignalSpy prompt(&rig.controller, &SignInController::signInRequired);
    m_sandbox->revokeAllTokens();
    const auto list =
        await<QList<OAuthClient>>([&](QObject *c, auto h) { rig.session.clients()->list(c, h); });
    QCOMPARE(list.error().httpStatus, 401);
    QCOMPARE(prompt.size(), 1);
    QCOMPARE(prompt.at(0).at(0).toString(), u"Pasted"_s);
    QVERIFY(!prompt.at(0).at(1).toString().isEmpty());
    // The session keeps its place (identity, endpoints) until the user signs in again.
    QCOMPARE(rig.controller.currentProfile()->name, u"Pasted"_s);

    // Restoring the dead token fails with NeedsSignIn. The token is kept: a 401 from the API is
    // no definite refusal of the stored sign-in (only the token endpoint's invalid_client is), and
    // the next sign-in replaces it.
    Rig again(m_settings.get(), rig.backend->values);
    const Result<TokenInfo> r = restore(again, p);
    QCOMPARE(r.error().code, SignInController::NeedsSignIn);
    QTRY_COMPARE(again.secrets.pendingCount(), 0);
    QVERIFY(again.backend->values.contains(key(p, SecretStore::AccessToken)));
}

void TestAuthSignIn::nothingStoredNeedsSignIn()
{
    Rig rig(m_settings.get(), {});
    for (const Profile &p : {ccProfile(), pkceProfile()}) {
        QVERIFY(rig.controller.saveProfile(p).isEmpty());
        bool opened = false;
        rig.controller.setBrowserOpener([&](const QUrl &) { return opened = true; });
        const Result<TokenInfo> r = restore(rig, p);
        QCOMPARE(r.error().code, SignInController::NeedsSignIn);
        QVERIFY(r.error().message.contains(p.name));
        QVERIFY(!opened); // restoring never opens a browser by itself
    }
    const Result<TokenInfo> last =
        await<TokenInfo>([&](QObject *ctx, Handler<TokenInfo> h) { rig.controller.restoreLast(ctx, h); });
    QCOMPARE(last.error().code, SignInController::NeedsSignIn);
}

void TestAuthSignIn::refusedStoredSecretIsForgotten()
{
    const Profile p = ccProfile();
    Rig rig(m_settings.get(), {{key(p, SecretStore::ClientSecret), "a-secret-that-was-regenerated"}});
    QVERIFY(rig.controller.saveProfile(p).isEmpty());
    const Result<TokenInfo> r = restore(rig, p);
    QCOMPARE(r.error().code, SignInController::NeedsSignIn);
    QVERIFY(r.error().message.contains(u"no longer accepted"_s));
    QTRY_COMPARE(rig.secrets.pendingCount(), 0);
    QVERIFY(rig.backend->values.isEmpty());
}

void TestAuthSignIn::storedSecretIsKeptWhenTheRefusalIsNotDefinite_data()
{
    // Answers that a proxy or gateway on the way may give: they say nothing certain about the
    // stored secret, which one run behind them used to delete for good.
    QTest::addColumn<int>("status");
    QTest::newRow("401 without invalid_client") << 401;
    QTest::newRow("400 without invalid_client") << 400;
}

void TestAuthSignIn::storedSecretIsKeptWhenTheRefusalIsNotDefinite()
{
    QFETCH(int, status);
    const Profile p = ccProfile();
    const QByteArray secret = m_sandbox->adminClientSecret().toUtf8();
    Rig rig(m_settings.get(), {{key(p, SecretStore::ClientSecret), secret}});
    QVERIFY(rig.controller.saveProfile(p).isEmpty());
    FaultRule proxy;
    proxy.kind = FaultRule::Kind::Status;
    proxy.status = status;
    proxy.pathPattern = u"^/oauth/token$"_s;
    proxy.count = 1;
    m_sandbox->addFault(proxy);
    const Result<TokenInfo> r = restore(rig, p);
    QCOMPARE(r.error().code, SignInController::NeedsSignIn);
    QTRY_COMPARE(rig.secrets.pendingCount(), 0);
    QCOMPARE(rig.backend->values.value(key(p, SecretStore::ClientSecret)), secret);
    // And it still works once the way is clear.
    QVERIFY2(restore(rig, p).ok(), "the kept secret signs in");
}

void TestAuthSignIn::forgettingIsAskedFirstWhenAConfirmerIsSet()
{
    const Profile p = ccProfile();
    for (const bool agree : {false, true}) {
        Rig rig(m_settings.get(), {{key(p, SecretStore::ClientSecret), "a-secret-that-was-regenerated"}});
        if (!rig.profiles.contains(p.name))
            QVERIFY(rig.controller.saveProfile(p).isEmpty());
        QStringList asked;
        rig.controller.setForgetConfirmer(
            [&asked, agree](const Profile &profile, const QString &reason, std::function<void(bool)> answer) {
                asked << profile.name << reason;
                QTimer::singleShot(10, [answer, agree] { answer(agree); }); // the user takes a moment
            });
        const Result<TokenInfo> r = restore(rig, p);
        QCOMPARE(r.error().code, SignInController::NeedsSignIn);
        QCOMPARE(asked.size(), 2);
        QCOMPARE(asked.first(), p.name);
        QVERIFY2(asked.last().contains(u"not accepted"_s), qPrintable(asked.last()));
        QTRY_COMPARE(rig.secrets.pendingCount(), 0);
        QCOMPARE(rig.backend->values.contains(key(p, SecretStore::ClientSecret)), !agree);
    }
}

void TestAuthSignIn::storedTokenWithLineBreakIsRefusedBeforeSending()
{
    // A keychain entry is outside data too: a token with a line break never reaches a header.
    Profile p = ccProfile();
    p.name = u"Tampered"_s;
    p.method = SignInMethod::Token;
    p.clientId.clear();
    const QByteArray tampered = R"({"access_token":"abc\r\nDELETE /api/v2/oauth/clients/x HTTP/1.1"})";
    Rig rig(m_settings.get(), {{key(p, SecretStore::AccessToken), tampered}});
    QVERIFY(rig.controller.saveProfile(p).isEmpty());
    m_sandbox->clearRequests();
    const Result<TokenInfo> r = restore(rig, p);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, SignInController::NeedsSignIn);
    QCOMPARE(m_sandbox->requests().size(), 0);
    QVERIFY(!r.error().userMessage().contains(u"DELETE"_s));
}

void TestAuthSignIn::signOutRevokesAndForgets()
{
    Rig rig(m_settings.get(), {});
    playBrowser(rig);
    const Profile p = pkceProfile();
    QVERIFY(signIn(rig, p).ok());
    QTRY_COMPARE(rig.secrets.pendingCount(), 0);
    const QByteArray token = storedAccessToken(rig.backend->values, key(p, SecretStore::AccessToken));
    QCOMPARE(statusWithToken(m_sandbox->baseUrl(), token), 200);
    QSignalSpy current(&rig.controller, &SignInController::currentProfileChanged);
    const Result<SignOutReport> out =
        await<SignOutReport>([&](QObject *ctx, Handler<SignOutReport> h) { rig.controller.signOut(ctx, h); });
    QVERIFY(out.ok());
    QVERIFY(out->revoked);
    QVERIFY(out->message.isEmpty());
    QVERIFY(m_sandbox->requestCount(u"/api/v2/tokens/me"_s, "DELETE") >= 1);
    QCOMPARE(statusWithToken(m_sandbox->baseUrl(), token), 401);
    QVERIFY(!rig.session.isSignedIn());
    QVERIFY(!rig.controller.currentProfile());
    QVERIFY(!current.isEmpty());
    QTRY_COMPARE(rig.secrets.pendingCount(), 0);
    QVERIFY2(rig.backend->values.isEmpty(),
             qPrintable(QStringList(rig.backend->values.keys()).join(u", "_s)));
    QVERIFY(rig.profiles.contains(p.name)); // the profile stays; only its secrets go

    // Signing out while the server is down still signs out locally, and says so.
    QVERIFY(signIn(rig, ccProfile(), m_sandbox->adminClientSecret().toUtf8()).ok());
    FaultRule down;
    down.kind = FaultRule::Kind::Status;
    down.status = 500;
    down.count = -1;
    down.method = "DELETE";
    m_sandbox->addFault(down);
    const Result<SignOutReport> out2 =
        await<SignOutReport>([&](QObject *ctx, Handler<SignOutReport> h) { rig.controller.signOut(ctx, h); });
    QVERIFY(out2.ok());
    QVERIFY(!out2->revoked);
    QVERIFY(out2->message.contains(u"could not revoke"_s));
    QVERIFY(!rig.session.isSignedIn());
    QTRY_COMPARE(rig.secrets.pendingCount(), 0);
    QVERIFY(rig.backend->values.isEmpty());
}

void TestAuthSignIn::switchBetweenProfilesWithoutTyping()
{
    Rig rig(m_settings.get(), {});
    playBrowser(rig);
    const Profile a = ccProfile();
    const Profile b = pkceProfile();
    QVERIFY(signIn(rig, a, m_sandbox->adminClientSecret().toUtf8()).ok());
    QVERIFY(signIn(rig, b).ok());
    QCOMPARE(rig.session.identity().oauthClient.id, m_sandbox->pkceClientId());
    QCOMPARE(rig.profiles.lastUsed(), b.name);
    const int visits = int(m_visits.size());
    // Back to A, then to B again: nothing typed, no browser.
    Result<TokenInfo> r = restore(rig, a);
    QVERIFY2(r.ok(), qPrintable(r.error().summary()));
    QCOMPARE(rig.session.identity().oauthClient.id, m_sandbox->adminClientId());
    QCOMPARE(rig.controller.currentProfile()->name, a.name);
    r = restore(rig, b);
    QVERIFY2(r.ok(), qPrintable(r.error().summary()));
    QCOMPARE(rig.session.identity().oauthClient.id, m_sandbox->pkceClientId());
    QCOMPARE(int(m_visits.size()), visits);
    QCOMPARE(rig.profiles.lastUsed(), b.name);
}

void TestAuthSignIn::renameMovesTheEntriesAndClientChangeDropsThem()
{
    Rig rig(m_settings.get(), {});
    Profile p = ccProfile();
    QVERIFY(signIn(rig, p, m_sandbox->adminClientSecret().toUtf8()).ok());
    QTRY_COMPARE(rig.secrets.pendingCount(), 0);
    Profile renamed = p;
    renamed.name = u"Sandbox (renamed)"_s;
    QCOMPARE(rig.controller.saveProfile(renamed, p.name), QStringList());
    QCOMPARE(rig.controller.currentProfile()->name, renamed.name);
    QTRY_COMPARE(rig.secrets.pendingCount(), 0);
    QTRY_VERIFY(rig.backend->values.contains(key(renamed, SecretStore::ClientSecret)));
    QTRY_VERIFY(!rig.backend->values.contains(key(p, SecretStore::ClientSecret)));

    Profile otherClient = renamed;
    otherClient.clientId = u"some-other-client"_s;
    QCOMPARE(rig.controller.saveProfile(otherClient, renamed.name), QStringList());
    QTRY_COMPARE(rig.secrets.pendingCount(), 0);
    QVERIFY(rig.backend->values.isEmpty());
}

void TestAuthSignIn::removeProfileForgetsItsSecrets()
{
    Rig rig(m_settings.get(), {});
    const Profile p = ccProfile();
    QVERIFY(signIn(rig, p, m_sandbox->adminClientSecret().toUtf8()).ok());
    QTRY_COMPARE(rig.secrets.pendingCount(), 0);
    QVERIFY(!rig.backend->values.isEmpty());
    rig.controller.removeProfile(p.name);
    QVERIFY(!rig.profiles.contains(p.name));
    QVERIFY(!rig.session.isSignedIn());
    QVERIFY(!rig.controller.currentProfile());
    QTRY_COMPARE(rig.secrets.pendingCount(), 0);
    QVERIFY(rig.backend->values.isEmpty());
}

void TestAuthSignIn::cancelDuringBrowserStep()
{
    Rig rig(m_settings.get(), {});
    const Profile p = pkceProfile();
    QVERIFY(rig.controller.saveProfile(p).isEmpty());
    bool opened = false;
    rig.controller.setBrowserOpener([&](const QUrl &) { return opened = true; });
    int calls = 0;
    Result<TokenInfo> result = ApiError::make(ApiError::Kind::Unknown, u"not finished"_s);
    QObject context;
    rig.controller.signIn(p, {}, &context, [&](const Result<TokenInfo> &r) {
        ++calls;
        result = r;
    });
    QTRY_VERIFY(opened);
    QVERIFY(rig.controller.isBusy());
    QVERIFY(rig.controller.pendingBrowserUrl().isValid());
    rig.controller.cancel();
    QTRY_COMPARE(calls, 1);
    QVERIFY(result.error().isCancelled());
    QVERIFY(!rig.session.isSignedIn());
    QTRY_VERIFY(!rig.controller.isBusy());
    QTcpServer again;
    QVERIFY(again.listen(QHostAddress::LocalHost, p.port));
}

void TestAuthSignIn::cliHelperResolvesProfiles()
{
    const Profile p = ccProfile();
    Rig rig(m_settings.get(), {{key(p, SecretStore::ClientSecret), m_sandbox->adminClientSecret().toUtf8()}});
    QVERIFY(rig.controller.saveProfile(p).isEmpty());
    const Result<ResolvedCredentials> r =
        await<ResolvedCredentials>([&](QObject *ctx, Handler<ResolvedCredentials> h) {
            resolveProfile(&rig.profiles, &rig.secrets, u"sandbox ADMIN"_s, ctx, h);
        });
    QVERIFY2(r.ok(), qPrintable(r.error().summary()));
    QCOMPARE(r->profile.name, p.name);
    QCOMPARE(r->endpoints.api, m_sandbox->baseUrl());
    QCOMPARE(r->clientSecret, m_sandbox->adminClientSecret().toUtf8());
    QVERIFY(r->keychainAvailable);

    const Result<ResolvedCredentials> missing =
        await<ResolvedCredentials>([&](QObject *ctx, Handler<ResolvedCredentials> h) {
            resolveProfile(&rig.profiles, &rig.secrets, u"nope"_s, ctx, h);
        });
    QCOMPARE(missing.error().kind, ApiError::Kind::Validation);
    QVERIFY(missing.error().message.contains(p.name)); // lists the profiles there are
}

QTEST_GUILESS_MAIN(TestAuthSignIn)
#include "tst_auth_signin.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// SecretStore and sign-in against a real Secret Service (gnome-keyring, unlocked, on a private
// session bus in a throwaway HOME). Run through tests/keychain/with-gnome-keyring.sh; anywhere else
// this test fails on purpose.
#include "app/auth/secretstore.h"
#include "app/auth/signincontroller.h"
#include "app/rotation/rotationrunner.h"
#include "app/services/integrationsservice.h"
#include "app/services/session.h"
#include "tests/auth/authtestutil.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

using namespace Qt::Literals::StringLiterals;
using testsupport::await;

namespace {
SecretReply call(const std::function<void(QObject *, SecretStore::Callback)> &start,
                 qint64 *elapsedMs = nullptr)
{
    bool done = false;
    SecretReply out;
    QObject context;
    QElapsedTimer t;
    t.start();
    start(&context, [&](const SecretReply &r) {
        out = r;
        done = true;
    });
    testsupport::waitFor(done, 20000);
    if (elapsedMs)
        *elapsedMs = t.elapsed();
    if (!done)
        out.error = SecretError::Timeout;
    return out;
}

// What the Secret Service itself holds, asked with libsecret's own tool (independent of QtKeychain).
QByteArray lookUp(const QString &key)
{
    QProcess p;
    p.start(u"secret-tool"_s, {u"lookup"_s, u"server"_s, u"OAuth Desk"_s, u"user"_s, key});
    p.waitForFinished(10000);
    return p.readAllStandardOutput();
}
} // namespace

class TestKeychainSecretService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void storeReadBackDelete();
    void signInSurvivesRestartAndSignOutForgets();
    void rotatingTheSignedInClientKeepsItsNewSecret();

private:
    SandboxServer m_sandbox{testsupport::SandboxSession::defaultOptions()};
};

void TestKeychainSecretService::initTestCase()
{
    QVERIFY2(qgetenv("OAUTHDESK_KEYCHAIN_ENV") == "gnome-keyring",
             "run this test through tests/keychain/with-gnome-keyring.sh (ctest does)");
    QVERIFY2(!QStandardPaths::findExecutable(u"secret-tool"_s).isEmpty(),
             "secret-tool (libsecret-tools) is needed to check the keyring independently");
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

void TestKeychainSecretService::storeReadBackDelete()
{
    SecretStore store; // the OS keychain through QtKeychain
    const QString key = SecretStore::key(u"eu_central_1"_s, u"Kunde Süd"_s, SecretStore::AccessToken);
    const QByteArray value =
        R"({"access_token":"tök€n-0123456789abcdef","expires_at":"2026-03-15T13:00:00Z"})";
    const int baseLevel = QThread::currentThread()->loopLevel();
    int levelInHandler = -1;

    qint64 writeMs = 0, readMs = 0, deleteMs = 0;
    SecretReply w = call(
        [&](QObject *c, SecretStore::Callback h) {
            store.write(key, value, c, [&, h](const SecretReply &r) {
                levelInHandler = QThread::currentThread()->loopLevel();
                h(r);
            });
        },
        &writeMs);
    QVERIFY2(w.ok(), qPrintable(w.message));
    QVERIFY(!w.memoryOnly);
    QVERIFY(store.isAvailable());
    QCOMPARE(levelInHandler, baseLevel); // no nested event loop on the way
    QCOMPARE(lookUp(key), value);        // really in the Secret Service

    SecretReply r = call([&](QObject *c, SecretStore::Callback h) { store.read(key, c, h); }, &readMs);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.value, value);
    QVERIFY(!r.memoryOnly);

    // Overwrite.
    QVERIFY(
        call([&](QObject *c, SecretStore::Callback h) { store.write(key, "second-value-123", c, h); }).ok());
    QCOMPARE(call([&](QObject *c, SecretStore::Callback h) { store.read(key, c, h); }).value,
             QByteArray("second-value-123"));

    SecretReply d = call([&](QObject *c, SecretStore::Callback h) { store.remove(key, c, h); }, &deleteMs);
    QVERIFY2(d.ok(), qPrintable(d.message));
    QCOMPARE(lookUp(key), QByteArray());
    SecretReply gone = call([&](QObject *c, SecretStore::Callback h) { store.read(key, c, h); });
    QCOMPARE(gone.error, SecretError::NotFound);
    // Deleting again is fine.
    QVERIFY(call([&](QObject *c, SecretStore::Callback h) { store.remove(key, c, h); }).ok());
    qInfo("Secret Service round trip: write %lld ms, read %lld ms, delete %lld ms", writeMs, readMs,
          deleteMs);
}

void TestKeychainSecretService::signInSurvivesRestartAndSignOutForgets()
{
    QSettings settings(QDir::home().filePath(u"profiles-test.conf"_s), QSettings::IniFormat);
    Profile p;
    p.name = u"Sandbox"_s;
    p.apiUrl = m_sandbox.baseUrl();
    p.method = SignInMethod::ClientCredentials;
    p.clientId = m_sandbox.adminClientId();
    const QString secretKey = SecretStore::key(p.keychainScope(), p.name, SecretStore::ClientSecret);
    {
        Session session;
        ProfileStore profiles(&settings);
        SecretStore secrets;
        SignInController controller(&session, &profiles, &secrets);
        QVERIFY(controller.saveProfile(p).isEmpty());
        const Result<TokenInfo> r = await<TokenInfo>([&](QObject *ctx, Handler<TokenInfo> h) {
            controller.signIn(p, m_sandbox.adminClientSecret().toUtf8(), ctx, h);
        });
        QVERIFY2(r.ok(), qPrintable(r.error().summary()));
        QTRY_COMPARE(secrets.pendingCount(), 0);
        QCOMPARE(lookUp(secretKey), m_sandbox.adminClientSecret().toUtf8());
    }
    // A new run: nothing typed.
    Session session;
    ProfileStore profiles(&settings);
    SecretStore secrets;
    SignInController controller(&session, &profiles, &secrets);
    const Result<TokenInfo> r =
        await<TokenInfo>([&](QObject *ctx, Handler<TokenInfo> h) { controller.restoreLast(ctx, h); });
    QVERIFY2(r.ok(), qPrintable(r.error().summary()));
    QCOMPARE(r->oauthClient.id, m_sandbox.adminClientId());

    const Result<SignOutReport> out =
        await<SignOutReport>([&](QObject *ctx, Handler<SignOutReport> h) { controller.signOut(ctx, h); });
    QVERIFY(out.ok());
    QVERIFY(out->revoked);
    QTRY_COMPARE(secrets.pendingCount(), 0);
    QCOMPARE(lookUp(secretKey), QByteArray());

    // Nothing readable on disk: the keyring file is encrypted, the settings hold no secret.
    const QStringList hits =
        authtest::scanDirectory(QDir::homePath(), {m_sandbox.adminClientSecret().toUtf8()});
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u", "_s)));
}

// A rotation in place of the very client a profile signs in with: the session goes on with the new
// secret, and the profile's keychain entry gets it, so that the next run signs in again.
void TestKeychainSecretService::rotatingTheSignedInClientKeepsItsNewSecret()
{
    // Its own sandbox: the admin client's secret changes.
    SandboxServer sandbox{testsupport::SandboxSession::defaultOptions()};
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    QSettings settings(QDir::home().filePath(u"profiles-rotation.conf"_s), QSettings::IniFormat);
    Profile p;
    p.name = u"Rotated"_s;
    p.apiUrl = sandbox.baseUrl();
    p.method = SignInMethod::ClientCredentials;
    p.clientId = sandbox.adminClientId();
    const QString secretKey = SecretStore::key(p.keychainScope(), p.name, SecretStore::ClientSecret);
    QByteArray newSecret;
    {
        Session session;
        ProfileStore profiles(&settings);
        SecretStore secrets;
        SignInController controller(&session, &profiles, &secrets);
        QVERIFY(controller.saveProfile(p).isEmpty());
        const Result<TokenInfo> r = await<TokenInfo>([&](QObject *ctx, Handler<TokenInfo> h) {
            controller.signIn(p, sandbox.adminClientSecret().toUtf8(), ctx, h);
        });
        QVERIFY2(r.ok(), qPrintable(r.error().summary()));
        QTRY_COMPARE(secrets.pendingCount(), 0);
        QCOMPARE(lookUp(secretKey), sandbox.adminClientSecret().toUtf8());

        IntegrationsService integrations(session.api());
        RotationRunner runner(&session, &integrations, RotationStore::forSession(session));
        QVERIFY(runner.store().filePath().endsWith(u"/oauthdesk/rotations/profile-Rotated.json"_s));
        RotationOptions options;
        options.strategy = RotationStrategy::InPlace;
        const Result<RotationOutcome> rotated = await<RotationOutcome>(
            [&](QObject *ctx, Handler<RotationOutcome> h) { runner.start(p.clientId, options, ctx, h); },
            60000);
        QVERIFY2(rotated.ok(), qPrintable(rotated.error().summary()));
        QVERIFY(rotated->signedInClient);
        QVERIFY2(rotated->signedInSecretKept, qPrintable(rotated->notes.join(u' ')));
        newSecret = rotated->secret.toUtf8();
        QVERIFY(newSecret != sandbox.adminClientSecret().toUtf8());
        // Really in the Secret Service, before the rotation answered.
        QCOMPARE(lookUp(secretKey), newSecret);
    }
    // A new run: nothing typed, the new secret from the keychain.
    Session session;
    ProfileStore profiles(&settings);
    SecretStore secrets;
    SignInController controller(&session, &profiles, &secrets);
    const Result<TokenInfo> r =
        await<TokenInfo>([&](QObject *ctx, Handler<TokenInfo> h) { controller.restore(p, ctx, h); });
    QVERIFY2(r.ok(), qPrintable(r.error().summary()));
    QCOMPARE(r->oauthClient.id, sandbox.adminClientId());
    controller.forget(p);
    QTRY_COMPARE(secrets.pendingCount(), 0);
}

QTEST_GUILESS_MAIN(TestKeychainSecretService)
#include "tst_keychain_secretservice.moc"

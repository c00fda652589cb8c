// SPDX-License-Identifier: GPL-3.0-or-later
// No keychain at all (a session bus that cannot start any secret service): the app says so plainly,
// keeps credentials in memory for this run only, and writes nothing secret to disk. Run through
// tests/keychain/without-keychain.sh; anywhere else this test fails on purpose.
#include "app/auth/secretstore.h"
#include "app/auth/signincontroller.h"
#include "app/services/session.h"
#include "tests/auth/authtestutil.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using testsupport::await;

class TestKeychainNoKeychain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void storeSaysSoAndKeepsInMemory();
    void signInWorksForThisRunOnly();
    void nothingWasWrittenToDisk();

private:
    SandboxServer m_sandbox{testsupport::SandboxSession::defaultOptions()};
    QList<QByteArray> m_secrets;
};

void TestKeychainNoKeychain::initTestCase()
{
    QVERIFY2(qgetenv("OAUTHDESK_KEYCHAIN_ENV") == "none",
             "run this test through tests/keychain/without-keychain.sh (ctest does)");
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    m_secrets << m_sandbox.adminClientSecret().toUtf8();
    ProfileStore leftovers; // of an earlier run in the same test HOME
    for (const QString &name : leftovers.names())
        leftovers.remove(name);
}

void TestKeychainNoKeychain::storeSaysSoAndKeepsInMemory()
{
    SecretStore store; // the OS keychain through QtKeychain: there is none
    QSignalSpy unavailable(&store, &SecretStore::unavailable);
    const QString key = SecretStore::key(u"us_east_1"_s, u"Prod"_s, SecretStore::RefreshToken);
    const QByteArray value = "refresh-token-kept-in-memory-0123456789";
    m_secrets << value;

    QElapsedTimer t;
    t.start();
    bool done = false;
    SecretReply w;
    store.write(key, value, this, [&](const SecretReply &r) {
        w = r;
        done = true;
    });
    QVERIFY(testsupport::waitFor(done));
    qInfo("no keychain detected after %lld ms (one retry included)", t.elapsed());
    QVERIFY(w.ok());
    QVERIFY(w.memoryOnly);
    QCOMPARE(w.message, u"No keychain is available: credentials are kept in memory for this run only."_s);
    QCOMPARE(unavailable.size(), 1);
    QVERIFY(!store.isAvailable());
    QVERIFY(store.backendName().contains(u"memory"_s));

    done = false;
    SecretReply r;
    store.read(key, this, [&](const SecretReply &reply) {
        r = reply;
        done = true;
    });
    QVERIFY(testsupport::waitFor(done));
    QVERIFY(r.ok());
    QCOMPARE(r.value, value);
    QVERIFY(r.memoryOnly);
}

void TestKeychainNoKeychain::signInWorksForThisRunOnly()
{
    Profile p;
    p.name = u"Sandbox"_s;
    p.apiUrl = m_sandbox.baseUrl();
    p.method = SignInMethod::ClientCredentials;
    p.clientId = m_sandbox.adminClientId();
    {
        Session session;
        ProfileStore profiles; // the real profiles file, in this test's HOME
        SecretStore secrets;
        SignInController controller(&session, &profiles, &secrets);
        QSignalSpy notice(&controller, &SignInController::keychainNotice);
        QVERIFY(controller.saveProfile(p).isEmpty());
        const Result<TokenInfo> r = await<TokenInfo>([&](QObject *ctx, Handler<TokenInfo> h) {
            controller.signIn(p, m_sandbox.adminClientSecret().toUtf8(), ctx, h);
        });
        QVERIFY2(r.ok(), qPrintable(r.error().summary()));
        QTRY_COMPARE(notice.size(), 1);
        QCOMPARE(notice.at(0).at(0).toString(), SecretStore::noKeychainMessage());
        QTRY_COMPARE(secrets.pendingCount(), 0);
        // Within this run, the profile comes back without the secret being typed again.
        const Result<TokenInfo> again =
            await<TokenInfo>([&](QObject *ctx, Handler<TokenInfo> h) { controller.restore(p, ctx, h); });
        QVERIFY2(again.ok(), qPrintable(again.error().summary()));
        QCOMPARE(notice.size(), 1); // said once, not at every write
    }
    // After a restart it is gone, and the message says why.
    Session session;
    ProfileStore profiles;
    SecretStore secrets;
    SignInController controller(&session, &profiles, &secrets);
    const Result<TokenInfo> r =
        await<TokenInfo>([&](QObject *ctx, Handler<TokenInfo> h) { controller.restoreLast(ctx, h); });
    QCOMPARE(r.error().code, SignInController::NeedsSignIn);
    QVERIFY2(r.error().message.contains(u"No keychain is available"_s), qPrintable(r.error().message));
}

void TestKeychainNoKeychain::nothingWasWrittenToDisk()
{
    QStringList dirs{QDir::homePath()};
    for (const char *var : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"}) {
        const QString d = qEnvironmentVariable(var);
        if (!d.isEmpty() && !d.startsWith(QDir::homePath()))
            dirs << d;
    }
    QVERIFY(QFile::exists(ProfileStore().fileName())); // the settings were written: they are scanned
    for (const QString &dir : std::as_const(dirs)) {
        const QStringList hits = authtest::scanDirectory(dir, m_secrets);
        QVERIFY2(hits.isEmpty(), qPrintable(u"secret found in "_s + hits.join(u", "_s)));
    }
}

QTEST_GUILESS_MAIN(TestKeychainNoKeychain)
#include "tst_keychain_nokeychain.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// SecretStore with a scripted backend: every call answers exactly once, never synchronously and never
// from a nested event loop, whatever the backend does (answers twice, late, never, "unavailable").
#include "app/auth/secretstore.h"
#include "tests/auth/authtestutil.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using authtest::ScriptedBackend;

namespace {
// Counts the answers of one call and what the last one was.
struct Answer
{
    int count = 0;
    SecretReply reply;
    int loopLevel = -1;
    SecretStore::Callback callback()
    {
        return [this](const SecretReply &r) {
            ++count;
            reply = r;
            loopLevel = QThread::currentThread()->loopLevel();
        };
    }
};

const QString Key = SecretStore::key(u"us_east_1"_s, u"Prod"_s, SecretStore::AccessToken);
} // namespace

class TestKeychainStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keysAreScopedAndEscaped();
    void roundTripAnswersOnceAndLater();
    void removeOfMissingEntryIsDone();
    void duplicateAnswersAreIgnored();
    void silentBackendTimesOutOnce();
    void lateAnswerAfterTimeoutIsIgnored();
    void callsRunInOrder();
    void unavailableIsRetriedOnceThenMemoryOnly();
    void unavailableOnlyOnceIsNotBelieved();
    void refusedWriteIsKeptInMemoryAndReported();
    void destroyedContextGetsNoAnswerButTheWriteHappens();
    void destroyingTheStoreCancelsPendingCallsOnce();
    void handlerMayDestroyTheStore();
    void memoryBackendRoundTrip();
};

void TestKeychainStore::keysAreScopedAndEscaped()
{
    QCOMPARE(SecretStore::key(u"us_east_1"_s, u"Prod"_s, u"access_token"_s),
             u"oauthdesk:us_east_1:Prod:access_token"_s);
    QCOMPARE(SecretStore::key(u"127.0.0.1:8080"_s, u"a:b%"_s, u"client_secret"_s),
             u"oauthdesk:127.0.0.1%3A8080:a%3Ab%25:client_secret"_s);
    // Spaces and non-ASCII stay readable (people see these keys in Seahorse or KWalletManager).
    QCOMPARE(SecretStore::key(u"eu_west_1"_s, u"Nord Kunde ü"_s, u"refresh_token"_s),
             u"oauthdesk:eu_west_1:Nord Kunde %C3%BC:refresh_token"_s);
    QVERIFY(SecretStore::key(u"a"_s, u"b:c"_s, u"d"_s) != SecretStore::key(u"a:b"_s, u"c"_s, u"d"_s));
}

void TestKeychainStore::roundTripAnswersOnceAndLater()
{
    auto backend = std::make_unique<ScriptedBackend>();
    ScriptedBackend *b = backend.get();
    SecretStore store(std::move(backend));
    const int baseLevel = QThread::currentThread()->loopLevel();

    Answer w;
    store.write(Key, "tok-123456789", this, w.callback());
    QCOMPARE(w.count, 0); // never inside write(), even though the backend answers synchronously
    QTRY_COMPARE(w.count, 1);
    QVERIFY(w.reply.ok());
    QVERIFY(!w.reply.memoryOnly);
    QCOMPARE(w.loopLevel, baseLevel); // no nested event loop
    QCOMPARE(b->values.value(Key), "tok-123456789");

    Answer r;
    store.read(Key, this, r.callback());
    QCOMPARE(r.count, 0);
    QTRY_COMPARE(r.count, 1);
    QVERIFY(r.reply.ok());
    QCOMPARE(r.reply.value, "tok-123456789");

    Answer d;
    store.remove(Key, this, d.callback());
    QTRY_COMPARE(d.count, 1);
    QVERIFY(d.reply.ok());

    Answer again;
    store.read(Key, this, again.callback());
    QTRY_COMPARE(again.count, 1);
    QVERIFY(again.reply.notFound());
    QVERIFY(!again.reply.message.isEmpty());
    QCOMPARE(store.pendingCount(), 0);
    QTest::qWait(20);
    QCOMPARE(w.count + r.count + d.count + again.count, 4);
}

void TestKeychainStore::removeOfMissingEntryIsDone()
{
    SecretStore store(std::make_unique<ScriptedBackend>());
    Answer d;
    store.remove(u"oauthdesk:x:y:z"_s, this, d.callback());
    QTRY_COMPARE(d.count, 1);
    QVERIFY(d.reply.ok());
}

void TestKeychainStore::duplicateAnswersAreIgnored()
{
    auto backend = std::make_unique<ScriptedBackend>();
    backend->mode = ScriptedBackend::Mode::Twice;
    SecretStore store(std::move(backend));
    Answer w, r;
    store.write(Key, "value-abcdefgh", this, w.callback());
    store.read(Key, this, r.callback());
    QTRY_COMPARE(r.count, 1);
    QTest::qWait(30);
    QCOMPARE(w.count, 1);
    QCOMPARE(r.count, 1);
    QCOMPARE(r.reply.value, "value-abcdefgh");
}

void TestKeychainStore::silentBackendTimesOutOnce()
{
    auto backend = std::make_unique<ScriptedBackend>();
    backend->mode = ScriptedBackend::Mode::Never;
    SecretStore store(std::move(backend));
    store.setTimeout(50ms);
    Answer r1, r2;
    store.read(Key, this, r1.callback());
    store.read(Key, this, r2.callback()); // queued behind the first; times out on its own
    QTRY_COMPARE(r1.count, 1);
    QCOMPARE(r1.reply.error, SecretError::Timeout);
    QVERIFY(r1.reply.message.contains(u"unlock"_s));
    QTRY_COMPARE(r2.count, 1);
    QCOMPARE(r2.reply.error, SecretError::Timeout);
    QTest::qWait(120);
    QCOMPARE(r1.count, 1);
    QCOMPARE(r2.count, 1);
    QVERIFY(store.isAvailable()); // slow is not absent
}

void TestKeychainStore::lateAnswerAfterTimeoutIsIgnored()
{
    auto backend = std::make_unique<ScriptedBackend>();
    ScriptedBackend *b = backend.get();
    backend->mode = ScriptedBackend::Mode::Never;
    SecretStore store(std::move(backend));
    store.setTimeout(40ms);
    Answer r;
    store.read(Key, this, r.callback());
    QTRY_COMPARE(r.count, 1);
    QCOMPARE(r.reply.error, SecretError::Timeout);
    QCOMPARE(b->pending.size(), 1);
    b->pending.takeFirst()(SecretBackend::Answer{SecretError::None, QString(), "late"});
    QTest::qWait(30);
    QCOMPARE(r.count, 1);
    QCOMPARE(r.reply.error, SecretError::Timeout);
}

void TestKeychainStore::callsRunInOrder()
{
    auto backend = std::make_unique<ScriptedBackend>();
    ScriptedBackend *b = backend.get();
    backend->mode = ScriptedBackend::Mode::Deferred;
    SecretStore store(std::move(backend));
    Answer w, d, r;
    store.write(Key, "first-value-1234", this, w.callback());
    store.remove(Key, this, d.callback());
    store.read(Key, this, r.callback());
    QTRY_COMPARE(b->calls.size(), 1); // one at a time: the next waits for the answer
    QTest::qWait(20);
    QCOMPARE(b->calls.size(), 1);
    b->answerPending();
    QTRY_COMPARE(b->calls.size(), 2);
    QCOMPARE(b->calls.at(1).op, SecretBackend::Op::Remove);
    b->answerPending();
    QTRY_COMPARE(b->calls.size(), 3);
    b->answerPending();
    QTRY_COMPARE(r.count, 1);
    QCOMPARE(w.count, 1);
    QCOMPARE(d.count, 1);
    QVERIFY(r.reply.notFound());
}

void TestKeychainStore::unavailableIsRetriedOnceThenMemoryOnly()
{
    auto backend = std::make_unique<ScriptedBackend>();
    ScriptedBackend *b = backend.get();
    backend->mode = ScriptedBackend::Mode::Unavailable;
    SecretStore store(std::move(backend));
    store.setRetryDelay(10ms);
    QSignalSpy unavailable(&store, &SecretStore::unavailable);

    Answer w;
    store.write(Key, "in-memory-token-1", this, w.callback());
    QTRY_COMPARE(w.count, 1);
    QCOMPARE(b->calls.size(), 2); // tried, retried once
    QVERIFY(w.reply.ok());
    QVERIFY(w.reply.memoryOnly);
    QCOMPARE(w.reply.message, SecretStore::noKeychainMessage());
    QVERIFY(w.reply.message.startsWith(
        u"No keychain is available: credentials are kept in memory for this run only"_s));
    QCOMPARE(unavailable.size(), 1);
    QCOMPARE(unavailable.at(0).at(0).toString(), SecretStore::noKeychainMessage());
    QVERIFY(!store.isAvailable());
    QCOMPARE(store.unavailableMessage(), SecretStore::noKeychainMessage());

    Answer r, d, r2;
    store.read(Key, this, r.callback());
    store.remove(Key, this, d.callback());
    store.read(Key, this, r2.callback());
    QTRY_COMPARE(r2.count, 1);
    QCOMPARE(r.reply.value, "in-memory-token-1");
    QVERIFY(r.reply.memoryOnly);
    QVERIFY(d.reply.ok());
    QVERIFY(r2.reply.notFound());
    QCOMPARE(b->calls.size(), 2); // the keychain is not asked again in this run
    QCOMPARE(unavailable.size(), 1);
}

void TestKeychainStore::unavailableOnlyOnceIsNotBelieved()
{
    auto backend = std::make_unique<ScriptedBackend>();
    ScriptedBackend *b = backend.get();
    backend->mode = ScriptedBackend::Mode::Unavailable;
    backend->failures = 1; // a Secret Service that was still starting
    SecretStore store(std::move(backend));
    store.setRetryDelay(10ms);
    QSignalSpy unavailable(&store, &SecretStore::unavailable);
    Answer w;
    store.write(Key, "stored-for-real-1", this, w.callback());
    QTRY_COMPARE(w.count, 1);
    QVERIFY(w.reply.ok());
    QVERIFY(!w.reply.memoryOnly);
    QVERIFY(store.isAvailable());
    QCOMPARE(unavailable.size(), 0);
    QCOMPARE(b->values.value(Key), "stored-for-real-1");
}

void TestKeychainStore::refusedWriteIsKeptInMemoryAndReported()
{
    auto backend = std::make_unique<ScriptedBackend>();
    backend->mode = ScriptedBackend::Mode::Denied;
    SecretStore store(std::move(backend));
    Answer w;
    store.write(Key, "kept-for-this-run", this, w.callback());
    QTRY_COMPARE(w.count, 1);
    QCOMPARE(w.reply.error, SecretError::AccessDenied);
    QVERIFY(w.reply.memoryOnly);
    QVERIFY(w.reply.message.contains(u"locked"_s));
    QVERIFY(w.reply.message.contains(u"memory"_s));
    QVERIFY(!w.reply.message.contains(u"kept-for-this-run"_s));
    Answer r;
    store.read(Key, this, r.callback());
    QTRY_COMPARE(r.count, 1);
    QVERIFY(r.reply.ok());
    QCOMPARE(r.reply.value, "kept-for-this-run");
    QVERIFY(r.reply.memoryOnly);
    QVERIFY(store.isAvailable()); // a locked keychain exists; it is not "no keychain"
}

void TestKeychainStore::destroyedContextGetsNoAnswerButTheWriteHappens()
{
    auto backend = std::make_unique<ScriptedBackend>();
    ScriptedBackend *b = backend.get();
    SecretStore store(std::move(backend));
    int calls = 0;
    auto *context = new QObject;
    store.write(Key, "written-anyway-1", context, [&calls](const SecretReply &) { ++calls; });
    delete context;
    QTRY_COMPARE(b->values.value(Key), QByteArray("written-anyway-1"));
    QTRY_COMPARE(store.pendingCount(), 0);
    QTest::qWait(20);
    QCOMPARE(calls, 0);
}

void TestKeychainStore::destroyingTheStoreCancelsPendingCallsOnce()
{
    auto backend = std::make_unique<ScriptedBackend>();
    ScriptedBackend *b = backend.get();
    backend->mode = ScriptedBackend::Mode::Never;
    auto *store = new SecretStore(std::move(backend));
    Answer running, queued;
    store->read(Key, this, running.callback());
    store->write(Key, "never-written-1", this, queued.callback());
    QTRY_COMPARE(b->calls.size(), 1);
    std::function<void(const SecretBackend::Answer &)> late = b->pending.takeFirst();
    delete store;
    QCOMPARE(running.count, 1);
    QCOMPARE(running.reply.error, SecretError::Cancelled);
    QCOMPARE(queued.count, 1);
    QCOMPARE(queued.reply.error, SecretError::Cancelled);
    late(SecretBackend::Answer{}); // the backend answering after the store is gone must not crash
    QTest::qWait(20);
    QCOMPARE(running.count, 1);
    QCOMPARE(queued.count, 1);
}

void TestKeychainStore::handlerMayDestroyTheStore()
{
    auto *store = new SecretStore(std::make_unique<ScriptedBackend>());
    Answer second;
    bool first = false;
    store->write(Key, "x-123456789", this, [&](const SecretReply &) {
        first = true;
        delete store;
    });
    store->read(Key, this, second.callback());
    QTRY_VERIFY(first);
    // The queued call is cancelled by the destructor, once.
    QCOMPARE(second.count, 1);
    QCOMPARE(second.reply.error, SecretError::Cancelled);
    QTest::qWait(20);
    QCOMPARE(second.count, 1);
}

void TestKeychainStore::memoryBackendRoundTrip()
{
    SecretStore store(std::make_unique<MemorySecretBackend>());
    QVERIFY(store.backendName().contains(u"memory"_s));
    Answer w, r, d, r2;
    store.write(Key, "mem-secret-12345", this, w.callback());
    store.read(Key, this, r.callback());
    store.remove(Key, this, d.callback());
    store.read(Key, this, r2.callback());
    QTRY_COMPARE(r2.count, 1);
    QVERIFY(w.reply.ok());
    QCOMPARE(r.reply.value, "mem-secret-12345");
    QVERIFY(d.reply.ok());
    QVERIFY(r2.reply.notFound());
}

QTEST_GUILESS_MAIN(TestKeychainStore)
#include "tst_keychain_store.moc"

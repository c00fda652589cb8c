// SPDX-License-Identifier: GPL-3.0-or-later
// BulkQueue against the sandbox over real loopback HTTP: the plan's rules, each action, pause,
// resume, cancel, the stop on a refused token, and a run under the fault soak's faults.
#include "app/bulk/bulkqueue.h"
#include "app/net/ratebudget.h"
#include "app/services/clientsservice.h"
#include "tests/support/testsupport.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using testsupport::await;

namespace {
const QString ClientsPath = u"/api/v2/oauth/clients/"_s;
using Outcome = BulkQueue::Outcome;
using Action = BulkQueue::Action;

// Runs the queue to its end (or the timeout).
bool runToEnd(BulkQueue &q, int timeoutMs = 30000)
{
    QSignalSpy finished(&q, &BulkQueue::finished);
    q.start();
    return finished.count() > 0 || finished.wait(timeoutMs);
}

QString stateOf(const SandboxServer &sandbox, const QString &id)
{
    const QJsonObject o = sandbox.client(id);
    return o.isEmpty() ? u"(gone)"_s : o.value("state"_L1).toString();
}

// The ids of the clients in the mutating requests (PUT, DELETE), in the order they were received.
QStringList mutatedIds(const SandboxServer &sandbox)
{
    QStringList ids;
    for (const SandboxRequest &r : sandbox.requests()) {
        if ((r.method == "PUT" || r.method == "DELETE") && r.path.startsWith(ClientsPath))
            ids.append(r.path.mid(ClientsPath.size()).section(u'/', 0, 0));
    }
    return ids;
}
} // namespace

class TestBulkQueue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void deactivateRules();
    void activateRules();
    void deleteGoesThroughInactive();
    void signedInClientAndUnknownIdsAreNotActedOn();
    void modelsHearOfEveryChange();
    void pauseAndResume();
    void cancelLetsTheClientUnderWayFinish();
    void refusedTokenStopsTheQueue();
    void underTheSoakFaultsEachClientIsActedOnOnce();

private:
    std::unique_ptr<testsupport::SandboxSession> s;
    QList<OAuthClient> listAll();
    // Up to `n` clients of that state (the signed-in client never among them).
    QList<OAuthClient> withState(ClientState state, int n);
    // Sets these clients to `state` on the server (for a scene), and returns them as they are now.
    QList<OAuthClient> putState(QList<OAuthClient> clients, const QString &state);
};

void TestBulkQueue::init()
{
    SandboxOptions o = testsupport::SandboxSession::defaultOptions();
    o.extraClients = 40;
    s = std::make_unique<testsupport::SandboxSession>(o);
    QVERIFY2(s->start(), qPrintable(s->error));
    s->sandbox.clearRequests();
}

void TestBulkQueue::cleanup()
{
    s.reset();
}

QList<OAuthClient> TestBulkQueue::listAll()
{
    const auto list =
        await<QList<OAuthClient>>([&](QObject *c, auto h) { s->session.clients()->list(c, h); });
    return list ? list.value() : QList<OAuthClient>{};
}

QList<OAuthClient> TestBulkQueue::withState(ClientState state, int n)
{
    QList<OAuthClient> out;
    for (const OAuthClient &c : listAll()) {
        if (c.clientState() == state && c.id != s->sandbox.adminClientId() && out.size() < n)
            out.append(c);
    }
    s->sandbox.clearRequests();
    return out;
}

QList<OAuthClient> TestBulkQueue::putState(QList<OAuthClient> clients, const QString &state)
{
    for (OAuthClient &c : clients) {
        const auto r = await<OAuthClient>([&](QObject *ctx, auto h) {
            s->session.clients()->update(c, {{u"state"_s, state}}, ctx, h);
        });
        if (r)
            c = r.value();
    }
    s->sandbox.clearRequests();
    return clients;
}

void TestBulkQueue::deactivateRules()
{
    const QList<OAuthClient> active = withState(ClientState::Active, 3);
    const QList<OAuthClient> disabled = putState(withState(ClientState::Active, 4).mid(3), u"disabled"_s);
    const QList<OAuthClient> inactive = withState(ClientState::Inactive, 1);
    QCOMPARE(active.size(), 3);
    QCOMPARE(disabled.size(), 1);
    QCOMPARE(inactive.size(), 1);
    OAuthClient deleted = active.first();
    deleted.id = u"0b6c3f1e-8f1d-4c55-9a7b-2f6c1d1e9a10"_s;
    deleted.state = u"deleted"_s;

    BulkQueue q(s->session.clients(), Action::Deactivate, active + disabled + inactive + QList{deleted}, {});
    QCOMPARE(q.count(Outcome::Pending), 3);
    // Disabled stays disabled: made inactive, a later Activate would make it active (outside admin run).
    QCOMPARE(q.rows().at(3).outcome, Outcome::Skipped);
    QVERIFY(q.rows().at(3).message.startsWith(u"disabled"_s));
    QCOMPARE(q.rows().at(4).outcome, Outcome::Skipped);
    QCOMPARE(q.rows().at(4).message, u"already inactive"_s);
    QCOMPARE(q.rows().at(5).outcome, Outcome::Skipped);
    QCOMPARE(q.expectedRequests(), 3);
    QCOMPARE(s->sandbox.requestCount(), 0); // the plan sends nothing

    QVERIFY(runToEnd(q));
    QCOMPARE(q.count(Outcome::Done), 3);
    for (const OAuthClient &c : active)
        QCOMPARE(stateOf(s->sandbox, c.id), u"inactive"_s);
    QCOMPARE(stateOf(s->sandbox, disabled.first().id), u"disabled"_s);
    QCOMPARE(s->sandbox.requestCount(ClientsPath, "PUT"), 3);
    QCOMPARE(s->sandbox.requestCount(ClientsPath, "DELETE"), 0);
    QCOMPARE(s->sandbox.requestCount(ClientsPath + inactive.first().id), 0);
    QVERIFY(!q.stoppedByAuthentication());
}

void TestBulkQueue::activateRules()
{
    const QList<OAuthClient> inactive = putState(withState(ClientState::Active, 2), u"inactive"_s);
    const QList<OAuthClient> active = withState(ClientState::Active, 1);
    const QList<OAuthClient> disabled = putState(withState(ClientState::Active, 2).mid(1), u"disabled"_s);
    QCOMPARE(inactive.size(), 2);
    QVERIFY(inactive.first().dateToDelete.isValid());
    // One inactive client whose deletion date has passed (by the server's clock).
    OAuthClient expired = inactive.last();
    expired.dateToDelete = s->session.api()->serverNow().addSecs(-60);

    BulkQueue q(s->session.clients(), Action::Activate, QList{inactive.first(), expired} + active + disabled,
                {});
    QCOMPARE(q.rows().at(0).outcome, Outcome::Pending);
    QCOMPARE(q.rows().at(1).outcome, Outcome::Skipped);
    QVERIFY2(q.rows().at(1).message.contains(u"deletion date"_s), qPrintable(q.rows().at(1).message));
    QCOMPARE(q.rows().at(2).outcome, Outcome::Skipped);
    QCOMPARE(q.rows().at(2).message, u"already active"_s);
    QCOMPARE(q.rows().at(3).outcome, Outcome::Skipped);
    QVERIFY(q.rows().at(3).message.contains(u"disabled"_s));

    QVERIFY(runToEnd(q));
    QCOMPARE(q.count(Outcome::Done), 1);
    QCOMPARE(stateOf(s->sandbox, inactive.first().id), u"active"_s);
    QCOMPARE(stateOf(s->sandbox, expired.id), u"inactive"_s);
    QCOMPARE(stateOf(s->sandbox, disabled.first().id), u"disabled"_s);
    QCOMPARE(s->sandbox.requestCount(ClientsPath, "PUT"), 1);
}

void TestBulkQueue::deleteGoesThroughInactive()
{
    const QList<OAuthClient> active = withState(ClientState::Active, 2);
    const QList<OAuthClient> inactive = withState(ClientState::Inactive, 1);
    QCOMPARE(active.size() + inactive.size(), 3);
    BulkQueue q(s->session.clients(), Action::Delete, active + inactive, {});
    QCOMPARE(q.expectedRequests(), 5);
    QVERIFY(runToEnd(q));
    QCOMPARE(q.count(Outcome::Done), 3);
    for (const OAuthClient &c : active + inactive)
        QCOMPARE(stateOf(s->sandbox, c.id), u"(gone)"_s);
    QCOMPARE(s->sandbox.requestCount(ClientsPath, "PUT"), 2);
    QCOMPARE(s->sandbox.requestCount(ClientsPath, "DELETE"), 3);
}

void TestBulkQueue::signedInClientAndUnknownIdsAreNotActedOn()
{
    OAuthClient self;
    for (const OAuthClient &c : listAll()) {
        if (c.id == s->sandbox.adminClientId())
            self = c;
    }
    QVERIFY(!self.id.isEmpty());
    const QList<OAuthClient> active = withState(ClientState::Active, 1);
    OAuthClient unknown;
    unknown.id = u"0b6c3f1e-8f1d-4c55-9a7b-2f6c1d1e9a10"_s;
    // The same client twice (in another case) is acted on once.
    OAuthClient again = active.first();
    again.id = again.id.toUpper();

    BulkQueue q(s->session.clients(), Action::Delete, QList{self, unknown} + active + QList{again},
                s->sandbox.adminClientId().toUpper());
    QCOMPARE(q.rows().at(0).outcome, Outcome::Skipped);
    QCOMPARE(q.rows().at(0).message, u"the session is signed in with this client"_s);
    QCOMPARE(q.rows().at(1).outcome, Outcome::Failed);
    QCOMPARE(q.rows().at(1).message, u"no client with this id"_s);
    QCOMPARE(q.rows().at(3).outcome, Outcome::Skipped);
    QVERIFY(runToEnd(q));
    QCOMPARE(q.rows().at(2).outcome, Outcome::Done);
    QCOMPARE(stateOf(s->sandbox, self.id), u"active"_s);
    QCOMPARE(s->sandbox.requestCount(ClientsPath + self.id), 0);
    QCOMPARE(s->sandbox.requestCount(ClientsPath + unknown.id), 0);
    QCOMPARE(s->sandbox.requestCount(ClientsPath, "DELETE"), 1);
}

void TestBulkQueue::modelsHearOfEveryChange()
{
    const QList<OAuthClient> active = withState(ClientState::Active, 3);
    QSignalSpy changed(s->session.clients(), &ClientsService::clientChanged);
    QSignalSpy removed(s->session.clients(), &ClientsService::clientRemoved);
    BulkQueue deactivate(s->session.clients(), Action::Deactivate, active.mid(0, 2), {});
    QVERIFY(runToEnd(deactivate));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(0).at(0).value<OAuthClient>().state, u"inactive"_s);
    BulkQueue del(s->session.clients(), Action::Delete, active.mid(2), {});
    QVERIFY(runToEnd(del));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(0).toString(), active.at(2).id);
}

void TestBulkQueue::pauseAndResume()
{
    const QList<OAuthClient> active = withState(ClientState::Active, 5);
    QCOMPARE(active.size(), 5);
    BulkQueue q(s->session.clients(), Action::Deactivate, active, {});
    // The token's budget hears what is still to come ("N queued" in the status bar).
    RateBudget *budget = s->session.api()->rateBudget();
    int queuedAtSecond = -1;
    connect(&q, &BulkQueue::rowChanged, &q, [&q, &queuedAtSecond, budget](int row) {
        if (row == 1 && q.rows().at(1).outcome == Outcome::Running) {
            queuedAtSecond = budget->queued();
            q.pause(); // while the second client is under way
        }
    });
    QSignalSpy finished(&q, &BulkQueue::finished);
    q.start();
    QTRY_COMPARE(q.rows().at(1).outcome, Outcome::Done);
    QVERIFY2(queuedAtSecond >= 3, qPrintable(QString::number(queuedAtSecond))); // three still pending
    QCOMPARE(budget->queued(), 0);                                              // paused: nothing is coming
    QTest::qWait(300);                                                          // nothing starts while paused
    QVERIFY(q.isPaused());
    QCOMPARE(q.rows().at(2).outcome, Outcome::Pending);
    QCOMPARE(s->sandbox.requestCount(ClientsPath, "PUT"), 2);
    QCOMPARE(finished.count(), 0);
    q.resume();
    QVERIFY(finished.count() > 0 || finished.wait(20000));
    QCOMPARE(q.count(Outcome::Done), 5);
    QCOMPARE(s->sandbox.requestCount(ClientsPath, "PUT"), 5);
    QCOMPARE(budget->queued(), 0);
}

void TestBulkQueue::cancelLetsTheClientUnderWayFinish()
{
    const QList<OAuthClient> active = withState(ClientState::Active, 6);
    QCOMPARE(active.size(), 6);
    BulkQueue q(s->session.clients(), Action::Delete, active, {});
    connect(&q, &BulkQueue::rowChanged, &q, [&q](int row) {
        if (row == 2 && q.rows().at(2).outcome == Outcome::Running)
            q.cancel();
    });
    QSignalSpy finished(&q, &BulkQueue::finished);
    int doneAtFinish = -1;
    int unendedAtFinish = -1;
    connect(&q, &BulkQueue::finished, &q, [&] {
        doneAtFinish = q.count(Outcome::Done);
        unendedAtFinish = q.count(Outcome::Running) + q.count(Outcome::Pending);
    });
    q.start();
    QVERIFY(finished.wait(20000));
    QTest::qWait(100);
    QCOMPARE(finished.count(), 1);
    // finished() came after the third client, whose requests were under way, had finished.
    QCOMPARE(unendedAtFinish, 0);
    QCOMPARE(doneAtFinish, 3);
    QCOMPARE(q.count(Outcome::Done), 3);
    QCOMPARE(q.count(Outcome::Cancelled), 3);
    QCOMPARE(q.rows().at(3).outcome, Outcome::Cancelled);
    for (int i = 0; i < 6; ++i)
        QCOMPARE(stateOf(s->sandbox, active.at(i).id), i < 3 ? u"(gone)"_s : u"active"_s);
    QCOMPARE(s->sandbox.requestCount(ClientsPath, "DELETE"), 3);
    QVERIFY(!q.isRunning());
}

void TestBulkQueue::refusedTokenStopsTheQueue()
{
    const QList<OAuthClient> active = withState(ClientState::Active, 5);
    QCOMPARE(active.size(), 5);
    // Re-authentication cannot help: the 401 stands.
    s->session.api()->setReauthenticator([](std::function<void(bool)> done) { done(false); });
    BulkQueue q(s->session.clients(), Action::Deactivate, active, {});
    connect(&q, &BulkQueue::rowChanged, &q, [this, &q](int row) {
        if (row == 1 && q.rows().at(1).outcome == Outcome::Done)
            s->sandbox.revokeAllTokens();
    });
    QVERIFY(runToEnd(q));
    QCOMPARE(q.rows().at(1).outcome, Outcome::Done);
    QCOMPARE(q.rows().at(2).outcome, Outcome::Failed);
    QVERIFY(!q.rows().at(2).message.isEmpty());
    QCOMPARE(q.rows().at(3).outcome, Outcome::Cancelled);
    QCOMPARE(q.rows().at(4).outcome, Outcome::Cancelled);
    QVERIFY(q.rows().at(4).message.contains(u"401"_s));
    QVERIFY(q.stoppedByAuthentication());
    QCOMPARE(s->sandbox.requestCount(ClientsPath, "PUT"), 3); // none after the refused one
    QCOMPARE(stateOf(s->sandbox, active.at(3).id), u"active"_s);
}

void TestBulkQueue::underTheSoakFaultsEachClientIsActedOnOnce()
{
    // Deactivate half, delete the other half, while the sandbox injects the soak's faults (more
    // often): 5xx (one kind after the change was made), 429 with and without Retry-After, and
    // dropped connections.
    const QList<OAuthClient> active = withState(ClientState::Active, 30);
    QCOMPARE(active.size(), 30);
    auto fault = [this](FaultRule::Kind kind, int status, double p, bool afterEffect = false) {
        FaultRule f;
        f.kind = kind;
        f.status = status;
        f.count = -1;
        f.probability = p;
        f.afterEffect = afterEffect;
        f.pathPattern = u"^/api/v2/oauth/clients/"_s;
        if (kind == FaultRule::Kind::RateLimit && status == 1)
            f.retryAfterSeconds = 1;
        s->sandbox.addFault(f);
    };
    for (int status : {500, 502, 503, 504})
        fault(FaultRule::Kind::Status, status, 0.05);
    fault(FaultRule::Kind::Status, 500, 0.04, true);
    fault(FaultRule::Kind::RateLimit, 1, 0.1);
    fault(FaultRule::Kind::RateLimit, 0, 0.04);
    fault(FaultRule::Kind::DropConnection, 0, 0.06);
    fault(FaultRule::Kind::DropConnection, 0, 0.05, true);

    const QList<OAuthClient> toDeactivate = active.mid(0, 15);
    const QList<OAuthClient> toDelete = active.mid(15);
    BulkQueue deactivate(s->session.clients(), Action::Deactivate, toDeactivate, {});
    QVERIFY(runToEnd(deactivate, 60000));
    BulkQueue del(s->session.clients(), Action::Delete, toDelete, {});
    QVERIFY(runToEnd(del, 60000));
    // Each kind of fault was met (by the statuses the sandbox logged; 0 = dropped).
    int status5xx = 0, status429 = 0, dropped = 0;
    for (const SandboxRequest &r : s->sandbox.requests()) {
        status5xx += r.status >= 500 ? 1 : 0;
        status429 += r.status == 429 ? 1 : 0;
        dropped += r.status == 0 ? 1 : 0;
    }
    qInfo("faults injected: %d (5xx %d, 429 %d, dropped %d)", s->sandbox.faultsInjected(), status5xx,
          status429, dropped);
    QVERIFY(status5xx > 0 && status429 > 0 && dropped > 0);

    // Every row has an end, every failure its message, every Done its intended state.
    int failed = 0;
    for (const BulkQueue *q : {&deactivate, &del}) {
        for (const BulkQueue::Row &r : q->rows()) {
            QVERIFY2(r.outcome == Outcome::Done || r.outcome == Outcome::Failed,
                     qPrintable(BulkQueue::outcomeName(r.outcome)));
            if (r.outcome == Outcome::Failed) {
                ++failed;
                QVERIFY(!r.message.isEmpty());
            } else {
                QCOMPARE(stateOf(s->sandbox, r.id), q == &del ? u"(gone)"_s : u"inactive"_s);
            }
        }
    }
    qInfo("failed after retries: %d of 30", failed);

    // One client at a time, each once: in the log, a client's requests form one block.
    const QStringList ids = mutatedIds(s->sandbox);
    QStringList blocks;
    for (const QString &id : ids) {
        if (blocks.isEmpty() || blocks.last() != id) {
            QVERIFY2(!blocks.contains(id), qPrintable(u"acted on twice: "_s + id));
            blocks.append(id);
        }
    }
    QVERIFY(blocks.size() <= 30);
    // And within its block no change is sent again once the server has taken it (2xx) or refused
    // it for good (500, which ApiClient does not retry): only a 429, a 502-504 or a dropped
    // connection, which ApiClient retries itself, may be followed by the same request.
    QHash<QString, QSet<QByteArray>> settled; // client -> methods answered for good
    for (const SandboxRequest &r : s->sandbox.requests()) {
        if ((r.method != "PUT" && r.method != "DELETE") || !r.path.startsWith(ClientsPath))
            continue;
        const QString id = r.path.mid(ClientsPath.size());
        QVERIFY2(!settled.value(id).contains(r.method),
                 qPrintable(u"sent again after its answer: "_s + QString::fromLatin1(r.method) + u' ' + id));
        if ((r.status >= 200 && r.status < 300) || r.status == 500)
            settled[id].insert(r.method);
    }

    // The failed ones again, without faults, from a fresh listing: then every client is where
    // it was meant to be (one whose change went through before its answer was lost is skipped).
    s->sandbox.clearFaults();
    QHash<QString, OAuthClient> now;
    for (const OAuthClient &c : listAll())
        now.insert(c.id, c);
    QList<OAuthClient> againDeactivate, againDelete;
    for (const BulkQueue::Row &r : deactivate.rows()) {
        if (r.outcome == Outcome::Failed)
            againDeactivate.append(now.value(r.id));
    }
    for (const BulkQueue::Row &r : del.rows()) {
        if (r.outcome == Outcome::Failed && now.contains(r.id))
            againDelete.append(now.value(r.id));
    }
    BulkQueue retryDeactivate(s->session.clients(), Action::Deactivate, againDeactivate, {});
    QVERIFY(runToEnd(retryDeactivate));
    BulkQueue retryDelete(s->session.clients(), Action::Delete, againDelete, {});
    QVERIFY(runToEnd(retryDelete));
    QCOMPARE(retryDeactivate.count(Outcome::Failed) + retryDelete.count(Outcome::Failed), 0);
    for (const OAuthClient &c : toDeactivate)
        QCOMPARE(stateOf(s->sandbox, c.id), u"inactive"_s);
    for (const OAuthClient &c : toDelete)
        QCOMPARE(stateOf(s->sandbox, c.id), u"(gone)"_s);
}

QTEST_GUILESS_MAIN(TestBulkQueue)
#include "tst_bulkqueue.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The fault soak: at least 1,000 seeded random create, edit, delete and regenerate
// operations through ClientsService against the in-process sandbox over real loopback HTTP, with
// 5xx answers, 429s, dropped connections (before and after the effect) and random latency
// injected; then the sandbox's final state is compared with the intended one (SoakRunner::verify).
// Retry delays are scaled down by the policy object; one shorter test keeps real-time delays.
//
// OAUTHDESK_SOAK_OPS and OAUTHDESK_SOAK_SEED run it longer or with another sequence
// (docs/reliability.md).
#include "app/services/directoryservice.h"
#include "tests/soak/soakrunner.h"
#include "tests/support/testsupport.h"

#include <QLoggingCategory>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

FaultRule rule(FaultRule::Kind kind, double probability)
{
    FaultRule f;
    f.kind = kind;
    f.count = -1;
    f.probability = probability;
    return f;
}

// The fault mix, on every /api/v2 request (the token endpoint is left alone). Rules are tried
// in order and the first that fires wins, so later ones fire a little less often than their
// probability; the test measures the real shares.
void addSoakFaults(SandboxServer &sandbox)
{
    for (int status : {500, 502, 503, 504}) {
        FaultRule f = rule(FaultRule::Kind::Status, 0.032);
        f.status = status;
        sandbox.addFault(f);
    }
    FaultRule lostAfterEffect = rule(FaultRule::Kind::Status, 0.015); // applied, then 500
    lostAfterEffect.status = 500;
    lostAfterEffect.afterEffect = true;
    sandbox.addFault(lostAfterEffect);
    FaultRule limited = rule(FaultRule::Kind::RateLimit, 0.07);
    limited.retryAfterSeconds = 1;
    sandbox.addFault(limited);
    sandbox.addFault(rule(FaultRule::Kind::RateLimit, 0.02)); // no Retry-After: the 3 s default
    sandbox.addFault(rule(FaultRule::Kind::DropConnection, 0.018));
    FaultRule droppedAfterEffect = rule(FaultRule::Kind::DropConnection, 0.018);
    droppedAfterEffect.afterEffect = true;
    sandbox.addFault(droppedAfterEffect);
    for (int ms : {5, 20, 60, 150}) {
        FaultRule slow = rule(FaultRule::Kind::Latency, 0.05);
        slow.latencyMs = ms;
        sandbox.addFault(slow);
    }
}

struct FaultFigures
{
    int requests = 0;
    int status5xx = 0;
    int status429 = 0;
    int dropped = 0;
    int latency = 0; // the rest of what the sandbox injected
    QMap<int, int> byStatus;

    [[nodiscard]] QString describe() const
    {
        QStringList statuses;
        for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it)
            statuses << u"%1: %2"_s.arg(it.key()).arg(it.value());
        auto pct = [this](int n) { return 100.0 * n / std::max(1, requests); };
        return u"%1 API requests; faults: %2 5xx (%3%; %4), %5 429 (%6%), %7 dropped (%8%), %9 delayed"_s
            .arg(requests)
            .arg(status5xx)
            .arg(pct(status5xx), 0, 'f', 1)
            .arg(statuses.join(u", "_s))
            .arg(status429)
            .arg(pct(status429), 0, 'f', 1)
            .arg(dropped)
            .arg(pct(dropped), 0, 'f', 1)
            .arg(latency);
    }
};

FaultFigures measureFaults(const SandboxServer &sandbox)
{
    FaultFigures f;
    for (const SandboxRequest &r : sandbox.requests()) {
        if (!r.path.startsWith(u"/api/v2/"_s))
            continue;
        ++f.requests;
        if (r.status == 0)
            ++f.dropped;
        else if (r.status == 429)
            ++f.status429;
        else if (r.status >= 500) {
            ++f.status5xx;
            ++f.byStatus[r.status];
        }
    }
    f.latency = sandbox.faultsInjected() - f.dropped - f.status429 - f.status5xx;
    return f;
}

QString firstRoleId(Session &session)
{
    const auto roles = testsupport::await<QList<Role>>(
        [&](QObject *c, Handler<QList<Role>> h) { session.directory()->roles(c, h); });
    return roles && !roles->isEmpty() ? roles->first().id : QString();
}

} // namespace

class TestFaultSoak : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void soakWithScaledDelays();
    void soakWithRealTimeDelays();
};

void TestFaultSoak::initTestCase()
{
    // Every retry and failure is logged at info level: thousands of lines, which would also use up
    // QtTest's message limit before the figures. OAUTHDESK_SOAK_VERBOSE keeps them.
    if (!qEnvironmentVariableIsSet("OAUTHDESK_SOAK_VERBOSE"))
        QLoggingCategory::setFilterRules(u"oauthdesk.api.info=false"_s);
}

void TestFaultSoak::soakWithScaledDelays()
{
    const int operations = envInt("OAUTHDESK_SOAK_OPS", 1200);
    const quint32 seed = quint32(envInt("OAUTHDESK_SOAK_SEED", 20260315));
    SandboxOptions options;
    options.seed = seed; // the real clock: the soak may outlast the 5-minute window of FindCreated
    testsupport::SandboxSession s(options);
    QVERIFY2(s.start(), qPrintable(s.error));
    const QString roleId = firstRoleId(s.session);
    QVERIFY(!roleId.isEmpty());

    s.sandbox.clearRequests();
    addSoakFaults(s.sandbox);
    SoakRunner soak(&s.session, &s.sandbox,
                    {.operations = operations, .seed = seed, .concurrency = 4, .roleId = roleId});
    const bool finished = soak.run(15min);
    const FaultFigures faults = measureFaults(s.sandbox);
    s.sandbox.clearFaults();
    qInfo("seed %u: %s", seed, qPrintable(soak.summary()));
    qInfo("%s", qPrintable(faults.describe()));
    QVERIFY2(finished,
             qPrintable(u"only %1 of %2 operations finished"_s.arg(soak.finished()).arg(operations)));

    // The fault mix the issue asks for, measured on the wire.
    QVERIFY2(faults.status5xx * 100 >= faults.requests * 10, qPrintable(faults.describe()));
    QVERIFY2(faults.status429 * 100 >= faults.requests * 5, qPrintable(faults.describe()));
    QVERIFY2(faults.dropped * 100 >= faults.requests * 2, qPrintable(faults.describe()));
    QVERIFY(faults.latency > 0);
    // Every kind of operation ran, and the faults made some of them fail or end unknown.
    for (SoakRunner::Kind k : {SoakRunner::Kind::Create, SoakRunner::Kind::Edit, SoakRunner::Kind::Delete,
                               SoakRunner::Kind::Regenerate})
        QVERIFY(soak.count(k, SoakRunner::Outcome::Ok) > 0);
    QVERIFY(soak.count(SoakRunner::Kind::Create, SoakRunner::Outcome::Unknown) +
                soak.count(SoakRunner::Kind::Create, SoakRunner::Outcome::Failed) +
                soak.count(SoakRunner::Kind::Regenerate, SoakRunner::Outcome::Unknown) >
            0);

    const QStringList problems = soak.verify();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    const QStringList secretProblems = soak.verifySecrets();
    qInfo("%d secrets checked at the token endpoint", soak.secretsChecked());
    QVERIFY2(secretProblems.isEmpty(), qPrintable(secretProblems.join(u'\n')));
    QVERIFY(soak.secretsChecked() > 0);
    QCOMPARE(s.session.api()->inFlight(), 0);
}

void TestFaultSoak::soakWithRealTimeDelays()
{
    // Real waits (3 s back-off, Retry-After 1 s): a short sequence, one operation at a time, so the
    // time spent is at least the sum of the waits the faults called for.
    SandboxOptions options;
    options.seed = 11;
    testsupport::SandboxSession s(options);
    QVERIFY2(s.start(), qPrintable(s.error));
    const QString roleId = firstRoleId(s.session);
    s.session.api()->setRetryPolicy(RetryPolicy{});
    s.sandbox.clearRequests();

    auto limited = [](int count) {
        FaultRule f;
        f.kind = FaultRule::Kind::RateLimit;
        f.retryAfterSeconds = 1;
        f.count = count;
        f.probability = 0.2;
        return f;
    };
    FaultRule unavailable;
    unavailable.kind = FaultRule::Kind::Status;
    unavailable.status = 503;
    unavailable.method = "PUT"; // idempotent: retried after 3 s
    unavailable.count = 1;
    FaultRule lostCreate;
    lostCreate.kind = FaultRule::Kind::DropConnection;
    lostCreate.method = "POST";
    lostCreate.pathPattern = u"^/api/v2/oauth/clients$"_s;
    lostCreate.afterEffect = true;
    lostCreate.count = 1;
    lostCreate.probability = 0.5;
    FaultRule slow;
    slow.kind = FaultRule::Kind::Latency;
    slow.latencyMs = 300;
    slow.count = 3;
    slow.probability = 0.3;
    s.sandbox.addFault(lostCreate);
    s.sandbox.addFault(unavailable);
    s.sandbox.addFault(limited(3));
    s.sandbox.addFault(slow);

    SoakRunner soak(
        &s.session, &s.sandbox,
        {.operations = 24, .seed = 11, .concurrency = 1, .roleId = roleId, .namePrefix = u"Realtime"_s});
    QVERIFY(soak.run(3min));
    const FaultFigures faults = measureFaults(s.sandbox);
    s.sandbox.clearFaults();
    qInfo("%s", qPrintable(soak.summary()));
    qInfo("%s", qPrintable(faults.describe()));
    const QStringList problems = soak.verify();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QVERIFY2(soak.verifySecrets().isEmpty(), "secrets");

    // Each 429 waited its full second (never early: precise timers) and the 503 on a PUT the
    // first back-off step of 3 s.
    const qint64 minimum = qint64(faults.status429) * 1000 + qint64(faults.byStatus.value(503)) * 3000;
    qInfo("real-time soak: %lld ms, at least %lld ms of waits called for", soak.elapsedMs(), minimum);
    QVERIFY(faults.status429 + faults.status5xx > 0);
    QVERIFY2(soak.elapsedMs() >= minimum, qPrintable(QString::number(soak.elapsedMs())));
}

QTEST_GUILESS_MAIN(TestFaultSoak)
#include "tst_fault_soak.moc"

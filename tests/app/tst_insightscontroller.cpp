// SPDX-License-Identifier: GPL-3.0-or-later
// InsightsController against the sandbox over loopback HTTP, "now" fixed on both sides
// (testsupport::fixedNow(), 2026-03-15 12:00 UTC): the unused list and every configuration check
// give exactly the demo org's clients that were put there for them; a sweep costs a fixed number of
// requests (asserted from the sandbox's request log); shorter windows come from the cache; 429 is
// waited out; a failed usage query keeps the checks; a 403 on roles skips only the admin-role
// check; cancel; deactivation through the controller updates the report and the findings; the
// exports of a sweep match tests/data/insights/ byte for byte.
#include "app/controllers/insightscontroller.h"
#include "app/services/clientsservice.h"
#include "app/services/usageservice.h"
#include "models/json/insightsexport.h"
#include "tests/support/testsupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {
// The demo org's clients each status and check is about (app/sandbox/democlients.cpp, fixed now
// 2026-03-15 12:00 UTC; usage exists for the 90 whole days before it, see docs/sandbox.md).
//
// Unused: Translation service webhook and Emergency broadcast have no usage at all (usage 0, created
// 160 and 400 days ago). Holiday campaign uploader stopped calling 45 days ago: unused over 7 and 30
// days, active over 90. Every other client older than the window calls on most days.
const QStringList UnusedShort = {u"Emergency broadcast"_s, u"Holiday campaign uploader"_s,
                                 u"Translation service webhook"_s};
const QStringList UnusedLong = {u"Emergency broadcast"_s, u"Translation service webhook"_s};
// New: Slack notifier (2 days old), Gamification leaderboard (5), Voice bot pilot (staging) (4, no
// traffic: new rather than unused). Sandbox test harness is 90 days and a few hours old: it was
// created on 2025-12-15, the first day of the 90-day window, so it is new only there.
const QStringList NewShort = {u"Gamification leaderboard"_s, u"Slack notifier"_s,
                              u"Voice bot pilot (staging)"_s};
const QStringList NewLong = {u"Gamification leaderboard"_s, u"Sandbox test harness"_s, u"Slack notifier"_s,
                             u"Voice bot pilot (staging)"_s};

// The checks. Inactive clients are only looked at by deletion-soon: Old chat widget (TOKEN) and
// Migration helper 2022 (Telephony Admin on *) are inactive, so they are not listed elsewhere.
const QList<std::pair<QString, QStringList>> ExpectedFindings = {
    // Master Admin and admin on "*" (Telephony Admin and Contact Center Manager on "*" are not
    // admin-like: their permissions stop at a domain).
    {u"admin-all-divisions"_s, {u"OAuth Desk (sandbox admin)"_s, u"Ops automation (full access)"_s}},
    {u"implicit-grant"_s, {u"Agent desktop (web)"_s}},
    {u"password-grant"_s, {u"Kiosk password login"_s, u"Legacy IVR password login"_s}},
    // http://wallboard.northwind.local; not the PKCE client's http://127.0.0.1/ nor the voice bot's
    // http://localhost:8080 (loopback).
    {u"http-redirect"_s, {u"Intranet wallboard"_s}},
    {u"wildcard-redirect"_s, {u"Partner portal (multi-tenant)"_s}},
    // Exactly 172800 s, and Okta's 38,880,000 s SCIM lifetime.
    {u"max-token-lifetime"_s, {u"Okta SCIM provisioning"_s, u"Power BI reporting"_s}},
    // Inactive clients are deleted in 3 (Speech analytics pilot), 11, 14, 20 and 25 days.
    {u"deletion-soon"_s, {u"Speech analytics pilot"_s}},
    {u"no-description"_s, {u"Sandbox test harness"_s}},
};

QStringList namesWith(const ActivityReport &r, ActivityStatus status)
{
    QStringList names;
    for (const ClientActivity &a : r.rows) {
        if (a.status == status)
            names.append(a.client.name);
    }
    names.sort();
    return names;
}

QStringList namesOf(const CheckRun &run, const QString &check)
{
    QStringList names;
    for (const CheckFinding &f : run.findings) {
        if (f.check && check == f.check->id)
            names.append(f.client.name);
    }
    names.sort();
    return names;
}

QString clientIdOf(const SandboxServer &sandbox, const QString &name)
{
    for (const QJsonValue &v : sandbox.clients()) {
        if (v.toObject().value("name"_L1).toString() == name)
            return v.toObject().value("id"_L1).toString();
    }
    return {};
}
} // namespace

class TestInsightsController : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<testsupport::SandboxSession> s;
    std::unique_ptr<InsightsController> controller;

    bool runToEnd(int days, bool refresh = false)
    {
        if (refresh)
            controller->refresh(days);
        else
            controller->run(days);
        return QTest::qWaitFor([this] { return !controller->isRunning(); }, 20000);
    }
    int requests(const QString &prefix, const QByteArray &method = {}) const
    {
        return s->sandbox.requestCount(prefix, method);
    }

private Q_SLOTS:
    void init()
    {
        s = std::make_unique<testsupport::SandboxSession>();
        QVERIFY2(s->start(), qPrintable(s->error));
        controller = std::make_unique<InsightsController>();
        controller->setClock([] { return testsupport::fixedNow(); });
        controller->setSession(&s->session);
        s->sandbox.clearRequests();
    }
    void cleanup()
    {
        controller.reset();
        s.reset();
    }

    void unusedAndNewClientsPerWindow_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<QStringList>("unused");
        QTest::addColumn<QStringList>("fresh");
        QTest::newRow("7 days") << 7 << UnusedShort << NewShort;
        QTest::newRow("30 days") << 30 << UnusedShort << NewShort;
        QTest::newRow("90 days") << 90 << UnusedLong << NewLong;
    }
    void unusedAndNewClientsPerWindow()
    {
        QFETCH(int, days);
        QFETCH(QStringList, unused);
        QFETCH(QStringList, fresh);
        QVERIFY(runToEnd(days));
        QCOMPARE(controller->state(), InsightsController::State::Ready);
        const ActivityReport &r = controller->activity();
        QCOMPARE(r.window.days, days);
        QCOMPARE(r.window.endDay, QDate(2026, 3, 15));
        QCOMPARE(r.window.firstDay, QDate(2026, 3, 15).addDays(-days));
        QCOMPARE(namesWith(r, ActivityStatus::Unused), unused);
        QCOMPARE(namesWith(r, ActivityStatus::New), fresh);
        // Every listed client is in the report, exactly once.
        QCOMPARE(r.rows.size(), s->sandbox.clients().size());
        QCOMPARE(r.count(ActivityStatus::Active), int(r.rows.size()) - unused.size() - fresh.size());
        QCOMPARE(r.otherClients, 0);

        // No traffic first: the unused, then the new clients without traffic, then the rest from the
        // longest quiet on.
        int firstWithTraffic = -1;
        for (int i = 0; i < r.rows.size(); ++i) {
            if (r.rows.at(i).hasTraffic()) {
                firstWithTraffic = i;
                break;
            }
        }
        QVERIFY(firstWithTraffic >= unused.size());
        for (int i = 0; i < r.rows.size(); ++i) {
            QCOMPARE(r.rows.at(i).hasTraffic(), i >= firstWithTraffic);
            if (i < unused.size())
                QCOMPARE(r.rows.at(i).status, ActivityStatus::Unused);
            if (i > firstWithTraffic)
                QVERIFY(r.rows.at(i - 1).lastDay <= r.rows.at(i).lastDay);
        }
        // Traffic facts of a few clients.
        const ClientActivity *holiday = r.find(clientIdOf(s->sandbox, u"Holiday campaign uploader"_s));
        QVERIFY(holiday);
        if (days == 90) {
            QCOMPARE(holiday->status, ActivityStatus::Active);
            QVERIFY(holiday->lastDay < QDate(2026, 3, 15).addDays(-45));
            QVERIFY(holiday->lastDay >= QDate(2026, 3, 15).addDays(-52));
        } else {
            QCOMPARE(holiday->requests, 0);
            QVERIFY(!holiday->lastDay.isValid());
        }
        const ClientActivity *voiceBot = r.find(clientIdOf(s->sandbox, u"Voice bot pilot (staging)"_s));
        QVERIFY(voiceBot);
        QCOMPARE(voiceBot->requests, 0);
        QCOMPARE(voiceBot->ageDays, 4);
        const ClientActivity *slack = r.find(clientIdOf(s->sandbox, u"Slack notifier"_s));
        QVERIFY(slack && slack->requests > 0); // new, with traffic
        QCOMPARE(slack->lastDay, QDate(2026, 3, 14));
    }

    void eachCheckFindsExactlyTheExpectedClients()
    {
        QVERIFY(runToEnd(30));
        QVERIFY(controller->hasChecks());
        const CheckRun &run = controller->checks();
        QVERIFY(run.skipped.isEmpty());
        QCOMPARE(run.clientsChecked, s->sandbox.clients().size());
        int total = 0;
        for (const auto &[check, names] : ExpectedFindings) {
            QVERIFY2(findCheck(check), qPrintable(check));
            QCOMPARE(namesOf(run, check), names);
            total += int(names.size());
        }
        // Every check of the table has an expectation, and nothing else was found.
        QCOMPARE(ExpectedFindings.size(), configurationChecks().size());
        QCOMPARE(run.findings.size(), total);
        // Severity first.
        for (int i = 1; i < run.findings.size(); ++i)
            QVERIFY(run.findings.at(i - 1).check->severity <= run.findings.at(i).check->severity);
    }

    void aSweepCostsAFixedNumberOfRequests_data()
    {
        QTest::addColumn<int>("runningPolls");
        QTest::newRow("one Running poll") << 1;
        QTest::newRow("four Running polls") << 4;
    }
    void aSweepCostsAFixedNumberOfRequests()
    {
        QFETCH(int, runningPolls);
        s->sandbox.setUsageRunningPolls(runningPolls);
        QVERIFY(runToEnd(90));
        QCOMPARE(controller->state(), InsightsController::State::Ready);
        // One listing of the clients (not paged), one page of roles, one query start, and its polls.
        QCOMPARE(requests(u"/api/v2/oauth/clients"_s, "GET"), 1);
        QCOMPARE(requests(u"/api/v2/oauth/clients/"_s), 0); // never one request per client
        QCOMPARE(requests(u"/api/v2/authorization/roles"_s, "GET"), 1);
        QCOMPARE(requests(u"/api/v2/usage/query"_s, "POST"), 1);
        QCOMPARE(requests(u"/api/v2/usage/query/"_s, "GET"), runningPolls + 1);
        QCOMPARE(s->sandbox.requests().size(), 3 + runningPolls + 1);
        QCOMPARE(s->sandbox.requests().size(), requests(u"/api/v2/"_s));
    }

    void shorterWindowsAndReopeningCostNothing()
    {
        QVERIFY(runToEnd(90));
        const int after90 = int(s->sandbox.requests().size());
        QVERIFY(runToEnd(30)); // answered before run() returns
        QCOMPARE(controller->state(), InsightsController::State::Ready);
        QVERIFY(controller->fromCache());
        QCOMPARE(int(s->sandbox.requests().size()), after90);
        QCOMPARE(namesWith(controller->activity(), ActivityStatus::Unused), UnusedShort);
        QCOMPARE(controller->activity().window.days, 30);

        // The same as asking for 30 days directly.
        const QByteArray fromCache = insightsexport::activityCsv(controller->activity());
        QVERIFY(runToEnd(30, true));
        QVERIFY(!controller->fromCache());
        QCOMPARE(insightsexport::activityCsv(controller->activity()), fromCache);
        QCOMPARE(requests(u"/api/v2/usage/query"_s, "POST"), 2);

        // A longer window than the one kept needs the platform again; the listings are kept.
        controller->clearCache();
        QVERIFY(runToEnd(7));
        const int before = int(s->sandbox.requests().size());
        QVERIFY(runToEnd(90));
        QCOMPARE(requests(u"/api/v2/usage/query"_s, "POST"), 4);
        QCOMPARE(requests(u"/api/v2/oauth/clients"_s, "GET"), 4); // a new usage query lists again
        QVERIFY(int(s->sandbox.requests().size()) > before);
    }

    void checksOnlyAskNoUsage()
    {
        controller->runChecks();
        QVERIFY(QTest::qWaitFor([this] { return !controller->isRunning(); }, 20000));
        QCOMPARE(controller->state(), InsightsController::State::Ready);
        QVERIFY(controller->hasChecks());
        QVERIFY(!controller->hasActivity());
        QCOMPARE(requests(u"/api/v2/usage/"_s), 0);
        QCOMPARE(int(s->sandbox.requests().size()), 2);
        QCOMPARE(namesOf(controller->checks(), u"implicit-grant"_s), QStringList{u"Agent desktop (web)"_s});
    }

    void rateLimitIsWaitedOut()
    {
        FaultRule limit;
        limit.kind = FaultRule::Kind::RateLimit;
        limit.method = "POST";
        limit.pathPattern = u"^/api/v2/usage/query$"_s;
        limit.retryAfterSeconds = 2;
        limit.count = 1;
        s->sandbox.addFault(limit);
        QVERIFY(runToEnd(30));
        QCOMPARE(controller->state(), InsightsController::State::Ready);
        QCOMPARE(s->sandbox.faultsInjected(), 1);
        QCOMPARE(requests(u"/api/v2/usage/query"_s, "POST"), 2); // the 429, then the retry
        QCOMPARE(namesWith(controller->activity(), ActivityStatus::Unused), UnusedShort);
    }

    void failedUsageQueryKeepsTheChecks()
    {
        s->sandbox.failNextUsageQuery();
        QSignalSpy checks(controller.get(), &InsightsController::checksChanged);
        QVERIFY(runToEnd(30));
        QCOMPARE(controller->state(), InsightsController::State::Failed);
        QVERIFY(controller->lastError().isError());
        QVERIFY(controller->lastError().userMessage().contains(u"usage query failed"_s));
        QVERIFY(!controller->hasActivity());
        QVERIFY(controller->hasChecks());
        QCOMPARE(checks.count(), 1);
        QCOMPARE(namesOf(controller->checks(), u"no-description"_s), QStringList{u"Sandbox test harness"_s});
        // The next run asks again (nothing of the failed query is kept).
        QVERIFY(runToEnd(30));
        QCOMPARE(controller->state(), InsightsController::State::Ready);
        QCOMPARE(requests(u"/api/v2/usage/query"_s, "POST"), 2);
    }

    void forbiddenRolesSkipOnlyTheRoleCheck()
    {
        FaultRule forbidden;
        forbidden.kind = FaultRule::Kind::Status;
        forbidden.status = 403;
        forbidden.pathPattern = u"^/api/v2/authorization/roles"_s;
        forbidden.count = -1;
        s->sandbox.addFault(forbidden);
        QVERIFY(runToEnd(30));
        QCOMPARE(controller->state(), InsightsController::State::Ready);
        QVERIFY(controller->rolesError().isHttp(403));
        const CheckRun &run = controller->checks();
        QCOMPARE(run.skipped.size(), 1);
        QCOMPARE(QString(run.skipped.first()->id), u"admin-all-divisions"_s);
        QCOMPARE(run.count("admin-all-divisions"_L1), 0);
        QCOMPARE(namesOf(run, u"wildcard-redirect"_s), QStringList{u"Partner portal (multi-tenant)"_s});
        QCOMPARE(namesWith(controller->activity(), ActivityStatus::Unused), UnusedShort);
    }

    void clientListingFailureFailsTheSweep()
    {
        FaultRule broken;
        broken.kind = FaultRule::Kind::Status;
        broken.status = 500;
        broken.method = "GET";
        broken.pathPattern = u"^/api/v2/oauth/clients$"_s;
        broken.count = -1;
        s->sandbox.addFault(broken);
        QVERIFY(runToEnd(30));
        QCOMPARE(controller->state(), InsightsController::State::Failed);
        QVERIFY(controller->lastError().isHttp(500));
        QVERIFY(!controller->hasActivity());
        QVERIFY(!controller->hasChecks());
    }

    void cancelStopsPolling()
    {
        s->sandbox.setUsageRunningPolls(1000);
        QSignalSpy progress(controller.get(), &InsightsController::progress);
        controller->run(30);
        QCOMPARE(controller->state(), InsightsController::State::Running);
        // Wait until the query is being polled, then cancel.
        QVERIFY(QTest::qWaitFor([this] { return requests(u"/api/v2/usage/query/"_s, "GET") >= 2; }, 20000));
        controller->cancel();
        QCOMPARE(controller->state(), InsightsController::State::Cancelled);
        QVERIFY(controller->lastError().isCancelled());
        QVERIFY(progress.count() >= 1);
        const int polls = requests(u"/api/v2/usage/query/"_s, "GET");
        QTest::qWait(300); // far longer than the scaled poll delay: a live poll would show up
        QCOMPARE(requests(u"/api/v2/usage/query/"_s, "GET"), polls);
        QVERIFY(!controller->hasActivity());
    }

    void deactivationUpdatesTheReportAndTheChecks()
    {
        QVERIFY(runToEnd(30));
        const QString id = clientIdOf(s->sandbox, u"Emergency broadcast"_s);
        QVERIFY(!id.isEmpty());
        QCOMPARE(controller->activity().find(id)->client.state, u"active"_s);
        QSignalSpy updated(controller.get(), &InsightsController::clientUpdated);
        s->sandbox.clearRequests();

        const Result<OAuthClient> r =
            testsupport::await<OAuthClient>([&](QObject *ctx, Handler<OAuthClient> h) {
                controller->setClientState(id, ClientState::Inactive, ctx, h);
            });
        QVERIFY2(r.ok(), qPrintable(r.error().summary()));
        QCOMPARE(r->state, u"inactive"_s);
        // R9: the platform schedules the deletion 30 days after the change.
        QCOMPARE(r->dateToDelete, testsupport::fixedNow().addDays(30));
        // One PUT with everything kept but the state.
        QCOMPARE(requests(u"/api/v2/oauth/clients/"_s + id, "PUT"), 1);
        QCOMPARE(int(s->sandbox.requests().size()), 1);
        const QJsonObject stored = s->sandbox.client(id);
        QCOMPARE(stored.value("state"_L1).toString(), u"inactive"_s);
        QCOMPARE(stored.value("description"_L1).toString(),
                 u"Plays the emergency closure announcement; only used in emergencies"_s);

        QCOMPARE(updated.count(), 1);
        const ClientActivity *a = controller->activity().find(id);
        QVERIFY(a);
        QCOMPARE(a->client.state, u"inactive"_s);
        QCOMPARE(a->client.dateToDelete, testsupport::fixedNow().addDays(30));
        QCOMPARE(a->status, ActivityStatus::Unused); // the traffic did not change
        // Not deleted within 7 days: no finding, before or after.
        QCOMPARE(controller->checks().count("deletion-soon"_L1), 1);

        // Restoring puts it back.
        const Result<OAuthClient> back =
            testsupport::await<OAuthClient>([&](QObject *ctx, Handler<OAuthClient> h) {
                controller->setClientState(id, ClientState::Active, ctx, h);
            });
        QVERIFY(back.ok());
        QCOMPARE(controller->activity().find(id)->client.state, u"active"_s);
        QVERIFY(!controller->activity().find(id)->client.dateToDelete.isValid());
    }

    void changesFromElsewhereAreFollowed()
    {
        QVERIFY(runToEnd(30));
        // Another page edits the wallboard's redirect to HTTPS: its finding goes away.
        const QString id = clientIdOf(s->sandbox, u"Intranet wallboard"_s);
        const OAuthClient wallboard = *controller->client(id);
        const Result<OAuthClient> r =
            testsupport::await<OAuthClient>([&](QObject *ctx, Handler<OAuthClient> h) {
                s->session.clients()->update(
                    wallboard,
                    QJsonObject{{u"registeredRedirectUri"_s,
                                 QJsonArray{u"https://wallboard.northwind.local/auth/callback"_s}}},
                    ctx, h);
            });
        QVERIFY(r.ok());
        QCOMPARE(controller->checks().count("http-redirect"_L1), 0);
        // A client created now is new, without traffic, and has no description: one finding more.
        const int noDescription = controller->checks().count("no-description"_L1);
        QString developer;
        for (const Role &role : controller->checkContext().roles) {
            if (role.name == u"Developer")
                developer = role.id;
        }
        QVERIFY(!developer.isEmpty());
        const Result<ClientWithSecret> created =
            testsupport::await<ClientWithSecret>([&](QObject *ctx, Handler<ClientWithSecret> h) {
                s->session.clients()->create(
                    QJsonObject{{u"name"_s, u"Fresh integration"_s},
                                {u"authorizedGrantType"_s, u"CLIENT-CREDENTIALS"_s},
                                {u"roleDivisions"_s, QJsonArray{QJsonObject{{u"roleId"_s, developer},
                                                                            {u"divisionId"_s, u"*"_s}}}}},
                    ctx, h);
            });
        QVERIFY2(created.ok(), qPrintable(created.error().summary()));
        const ClientActivity *fresh = controller->activity().find(created->client.id);
        QVERIFY(fresh);
        QCOMPARE(fresh->status, ActivityStatus::New);
        QCOMPARE(controller->checks().count("no-description"_L1), noDescription + 1);
        // Deleted: gone from both.
        const Result<Done> removed = testsupport::await<Done>(
            [&](QObject *ctx, Handler<Done> h) { s->session.clients()->remove(created->client, ctx, h); });
        QVERIFY(removed.ok());
        QVERIFY(!controller->activity().find(created->client.id));
        QCOMPARE(controller->checks().count("no-description"_L1), noDescription);
    }

    void exportsMatchTheExpectedFiles()
    {
        QVERIFY(runToEnd(30));
        QCOMPARE(insightsexport::activityCsv(controller->activity()),
                 testsupport::readData(u"insights/unused-clients-30d.csv"_s));
        QCOMPARE(insightsexport::findingsCsv(controller->checks().findings),
                 testsupport::readData(u"insights/configuration-checks.csv"_s));
        const OAuthClient ops =
            *controller->client(clientIdOf(s->sandbox, u"Ops automation (full access)"_s));
        QCOMPARE(insightsexport::clientConfigurationJson(ops),
                 testsupport::readData(u"insights/ops-automation-full-access.json"_s));
    }

    void signOutForgetsEverything()
    {
        QVERIFY(runToEnd(30));
        QSignalSpy activity(controller.get(), &InsightsController::activityChanged);
        s->session.signOut();
        QCOMPARE(controller->state(), InsightsController::State::Idle);
        QVERIFY(!controller->hasActivity());
        QVERIFY(!controller->hasChecks());
        QCOMPARE(activity.count(), 1);
        controller->run(30);
        QCOMPARE(controller->state(), InsightsController::State::Failed);
        QCOMPARE(controller->lastError().kind, ApiError::Kind::Auth);
    }

    void windowOutOfRangeIsRefused()
    {
        controller->run(91);
        QCOMPARE(controller->state(), InsightsController::State::Failed);
        QCOMPARE(controller->lastError().kind, ApiError::Kind::Validation);
        controller->run(0);
        QCOMPARE(controller->state(), InsightsController::State::Failed);
        QCOMPARE(int(s->sandbox.requests().size()), 0);
    }
};

QTEST_GUILESS_MAIN(TestInsightsController)
#include "tst_insightscontroller.moc"

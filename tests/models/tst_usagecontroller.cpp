// SPDX-License-Identifier: GPL-3.0-or-later
// UsageController against the sandbox over loopback HTTP, with "now" fixed on both sides: a query
// that stays Running for several polls then completes, cancel mid-poll, a new query cancelling the
// old one, Failed, the overall time limit, the cache (no second request within its lifetime,
// answers derived from a finer query, expiry, sign-out), the summary call for quick whole ranges,
// a client without usage, and validation.
#include "app/controllers/usagecontroller.h"
#include "app/services/usageservice.h"
#include "tests/support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {
QString clientIdOf(const SandboxServer &sandbox, const QString &name)
{
    for (const QJsonValue &v : sandbox.clients()) {
        if (v.toObject().value("name"_L1).toString() == name)
            return v.toObject().value("id"_L1).toString();
    }
    return {};
}

qint64 requestsOf(const QList<UsageRow> &rows)
{
    qint64 n = 0;
    for (const UsageRow &r : rows)
        n += r.requests;
    return n;
}
} // namespace

class TestUsageController : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<testsupport::SandboxSession> s;
    std::unique_ptr<UsageController> controller;
    QDateTime clock;
    QString salesforce;

    QString resultsPath(const QString &clientId) const
    {
        return u"/api/v2/oauth/clients/"_s + clientId + u"/usage/query/results"_s;
    }
    QString queryPath(const QString &clientId) const
    {
        return u"/api/v2/oauth/clients/"_s + clientId + u"/usage/query"_s;
    }
    UsageRequest request(int days = 30, UsageBucket bucket = UsageBucket::Day) const
    {
        UsageRequest r;
        r.clientId = salesforce;
        r.lastDays = days;
        r.bucket = bucket;
        return r;
    }
    // Runs `r` and waits for the answer or the failure.
    bool runToEnd(const UsageRequest &r, bool refresh = false)
    {
        if (refresh)
            controller->refresh(r);
        else
            controller->run(r);
        return QTest::qWaitFor([this] { return !controller->isRunning(); }, 20000);
    }

private Q_SLOTS:
    void init()
    {
        s = std::make_unique<testsupport::SandboxSession>();
        QVERIFY2(s->start(), qPrintable(s->error));
        controller = std::make_unique<UsageController>();
        controller->setSession(&s->session);
        clock = testsupport::fixedNow();
        controller->setClock([this] { return clock; });
        salesforce = clientIdOf(s->sandbox, u"Salesforce CTI connector"_s);
        QVERIFY(!salesforce.isEmpty());
        s->sandbox.clearRequests();
    }
    void cleanup()
    {
        controller.reset();
        s.reset();
    }

    void pollsUntilComplete()
    {
        s->sandbox.setUsageRunningPolls(3);
        QSignalSpy states(controller.get(), &UsageController::stateChanged);
        QSignalSpy progress(controller.get(), &UsageController::progress);
        QSignalSpy ready(controller.get(), &UsageController::reportReady);
        controller->run(request(30));
        QCOMPARE(controller->state(), UsageController::State::Running);
        QVERIFY(ready.wait(20000));
        QCOMPARE(controller->state(), UsageController::State::Complete);
        QCOMPARE(states.first().first().value<UsageController::State>(), UsageController::State::Running);
        QCOMPARE(states.last().first().value<UsageController::State>(), UsageController::State::Complete);
        // Three Running answers, then the rows: one POST, four GETs of the results.
        QCOMPARE(s->sandbox.requestCount(queryPath(salesforce), "POST"), 1);
        QCOMPARE(s->sandbox.requestCount(resultsPath(salesforce), "GET"), 4);
        QVERIFY2(progress.size() >= 4, "the start and each Running poll are reported");
        QVERIFY(controller->progressText().contains(u"poll 3"_s));

        // What was asked: the 30 whole UTC days before the sandbox's (and our) today, by day.
        const SandboxRequest post = s->sandbox.requests().first();
        const QJsonObject body = QJsonDocument::fromJson(post.body).object();
        QCOMPARE(body.value("interval"_L1).toString(), u"2026-02-13T00:00:00Z/2026-03-15T00:00:00Z"_s);
        QCOMPARE(body.value("granularity"_L1).toString(), u"Day"_s);
        QCOMPARE(body.value("groupBy"_L1).toArray(), (QJsonArray{u"TemplateUri"_s, u"HttpMethod"_s}));
        QVERIFY(!body.contains("metrics"_L1)); // all

        const UsageReport report = ready.first().first().value<UsageReport>();
        QVERIFY(!report.fromCache);
        QVERIFY(!report.rows.isEmpty());
        QCOMPARE(report.fetchedAt, clock);
        const UsageAggregation a = report.aggregate();
        QCOMPARE(a.series.size(), 30);
        QCOMPARE(usagebuckets::utcDate(a.series.starts.first()), QDate(2026, 2, 13));
        QCOMPARE(usagebuckets::utcDate(a.series.starts.last()), QDate(2026, 3, 14));
        QVERIFY(a.totals.requests > 0);
        QVERIFY(a.activeBuckets < 30); // the sandbox leaves some days without traffic: zeros, not holes
        QCOMPARE(a.totals.requests, requestsOf(report.rows));
    }

    void cancelMidPoll()
    {
        s->sandbox.setUsageRunningPolls(1000);
        QSignalSpy ready(controller.get(), &UsageController::reportReady);
        QSignalSpy failed(controller.get(), &UsageController::failed);
        controller->run(request(90));
        QTRY_VERIFY_WITH_TIMEOUT(s->sandbox.requestCount(resultsPath(salesforce), "GET") >= 2, 20000);
        controller->cancel();
        QCOMPARE(controller->state(), UsageController::State::Cancelled);
        // A poll already on the wire may still arrive; many poll intervals later (they are 10-50 ms
        // with the test's time scale) there is no other.
        QTest::qWait(100);
        const int polls = s->sandbox.requestCount(resultsPath(salesforce), "GET");
        QTest::qWait(400);
        QCOMPARE(s->sandbox.requestCount(resultsPath(salesforce), "GET"), polls);
        QCOMPARE(ready.size(), 0);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(controller->cachedCount(), 0);
        // Cancelling again, or with nothing running, changes nothing.
        controller->cancel();
        QCOMPARE(controller->state(), UsageController::State::Cancelled);
    }

    void newQueryCancelsTheOld()
    {
        s->sandbox.setUsageRunningPolls(1000);
        QSignalSpy ready(controller.get(), &UsageController::reportReady);
        controller->run(request(90));
        QTRY_VERIFY_WITH_TIMEOUT(s->sandbox.requestCount(resultsPath(salesforce), "GET") >= 1, 20000);
        // The same request again does not restart it.
        controller->run(request(90));
        QCOMPARE(s->sandbox.requestCount(queryPath(salesforce), "POST"), 1);

        s->sandbox.setUsageRunningPolls(1);
        const QString other = clientIdOf(s->sandbox, u"Power BI reporting"_s);
        UsageRequest second = request(7);
        second.clientId = other;
        controller->run(second);
        QVERIFY(ready.wait(20000));
        QCOMPARE(ready.size(), 1);
        QCOMPARE(ready.first().first().value<UsageReport>().request.clientId, other);
        // As in cancelMidPoll: the old query's last poll may have been on the wire when it was
        // cancelled; after that one, no other.
        QTest::qWait(100);
        const int oldPolls = s->sandbox.requestCount(resultsPath(salesforce), "GET");
        QTest::qWait(300);
        QCOMPARE(s->sandbox.requestCount(resultsPath(salesforce), "GET"), oldPolls);
    }

    void failedQuery()
    {
        s->sandbox.failNextUsageQuery();
        QSignalSpy failed(controller.get(), &UsageController::failed);
        QVERIFY(runToEnd(request(7)));
        QCOMPARE(controller->state(), UsageController::State::Failed);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(controller->lastError().code, u"usage.query.failed"_s);
        QVERIFY(controller->lastError().userMessage().contains(u"failed"_s));
        // Nothing cached: asking again asks the platform again, and this time it works.
        QCOMPARE(controller->cachedCount(), 0);
        QVERIFY(runToEnd(request(7)));
        QCOMPARE(controller->state(), UsageController::State::Complete);
        QCOMPARE(s->sandbox.requestCount(queryPath(salesforce), "POST"), 2);
    }

    void timeLimit()
    {
        UsageService::PollPolicy p = s->session.usage()->pollPolicy();
        p.overallLimit = 3000ms; // 30 ms with the test's time scale
        s->session.usage()->setPollPolicy(p);
        s->sandbox.setUsageRunningPolls(1000);
        QVERIFY(runToEnd(request(7)));
        QCOMPARE(controller->state(), UsageController::State::Failed);
        QCOMPARE(controller->lastError().kind, ApiError::Kind::Timeout);
        QVERIFY(controller->lastError().userMessage().contains(u"3 seconds"_s));
    }

    void identicalQueryServedFromCache()
    {
        QVERIFY(runToEnd(request(30)));
        const UsageReport first = controller->report();
        s->sandbox.clearRequests();

        QSignalSpy ready(controller.get(), &UsageController::reportReady);
        controller->run(request(30));
        // Answered at once, with no request at all.
        QCOMPARE(ready.size(), 1);
        QCOMPARE(controller->state(), UsageController::State::Complete);
        QCOMPARE(s->sandbox.requests().size(), 0);
        const UsageReport again = ready.first().first().value<UsageReport>();
        QVERIFY(again.fromCache);
        QCOMPARE(again.rows.size(), first.rows.size());
        QCOMPARE(again.fetchedAt, first.fetchedAt);

        // Four minutes later still cached; after five, asked again.
        clock = clock.addSecs(4 * 60);
        controller->run(request(30));
        QCOMPARE(s->sandbox.requests().size(), 0);
        clock = clock.addSecs(61);
        QVERIFY(runToEnd(request(30)));
        QVERIFY(!controller->report().fromCache);
        QCOMPARE(s->sandbox.requestCount(queryPath(salesforce), "POST"), 1);

        // Refresh always asks.
        s->sandbox.clearRequests();
        QVERIFY(runToEnd(request(30), true));
        QCOMPARE(s->sandbox.requestCount(queryPath(salesforce), "POST"), 1);
    }

    void coarserViewsOfCachedDays()
    {
        // Days of 30 days answer weeks, months, the whole range, fewer metrics and coarser grouping
        // of the same 30 days without asking.
        QVERIFY(runToEnd(request(30)));
        const qint64 total = controller->report().aggregate().totals.requests;
        s->sandbox.clearRequests();
        for (UsageBucket b : {UsageBucket::Week, UsageBucket::Month, UsageBucket::Whole}) {
            controller->run(request(30, b));
            QCOMPARE(controller->state(), UsageController::State::Complete);
            QVERIFY(controller->report().fromCache);
            QCOMPARE(controller->report().aggregate().totals.requests, total);
        }
        UsageRequest fewer = request(30);
        fewer.metrics = UsageMetric::Status429 | UsageMetric::Requests;
        fewer.byMethod = false;
        controller->run(fewer);
        QVERIFY(controller->report().fromCache);
        QCOMPARE(s->sandbox.requests().size(), 0);
        QCOMPARE(controller->report().aggregate().totals.requests, total);

        // Another range, or a grouping the cache lacks, is a new question.
        UsageRequest grouped = request(30);
        grouped.byMethod = false;
        grouped.metrics = UsageMetric::Requests;
        controller->clearCache();
        QVERIFY(runToEnd(grouped));     // cached now: by endpoint only, requests only
        QVERIFY(runToEnd(request(30))); // needs the method and every metric
        QCOMPARE(s->sandbox.requestCount(queryPath(salesforce), "POST"), 2);
        QVERIFY(runToEnd(request(7)));
        QCOMPARE(s->sandbox.requestCount(queryPath(salesforce), "POST"), 3);
    }

    void summaryForQuickWholeRanges()
    {
        QVERIFY(runToEnd(request(7, UsageBucket::Whole)));
        QCOMPARE(controller->state(), UsageController::State::Complete);
        QVERIFY(controller->report().plan.viaSummary);
        QCOMPARE(
            s->sandbox.requestCount(u"/api/v2/oauth/clients/"_s + salesforce + u"/usage/summary"_s, "GET"),
            1);
        QCOMPARE(s->sandbox.requestCount(queryPath(salesforce), "POST"), 0);
        const SandboxRequest summary = s->sandbox.requests().first();
        QCOMPARE(summary.query, QByteArray("days=7"));
        const UsageAggregation whole = controller->report().aggregate();
        QCOMPARE(whole.series.size(), 1);

        // The same seven days asked as days add up to the same numbers: the summary's range is the
        // quick range.
        QVERIFY(runToEnd(request(7, UsageBucket::Day)));
        QVERIFY(!controller->report().fromCache);
        const UsageAggregation days = controller->report().aggregate();
        QCOMPARE(days.totals, whole.totals);
        QCOMPARE(days.topEndpoints.size(), whole.topEndpoints.size());
        QCOMPARE(days.topEndpoints.first().counts, whole.topEndpoints.first().counts);

        // A custom range seen whole is summed from days of a query.
        UsageRequest custom = request(0, UsageBucket::Whole);
        custom.from = QDate(2026, 3, 1);
        custom.to = QDate(2026, 3, 7);
        const UsagePlan p = controller->plan(custom);
        QVERIFY(!p.viaSummary);
        QCOMPARE(p.query.granularity, Granularity::Day);
        QCOMPARE(p.query.interval(), u"2026-03-01T00:00:00Z/2026-03-08T00:00:00Z"_s);
    }

    void clientWithoutUsage()
    {
        UsageRequest r = request(90);
        r.clientId = clientIdOf(s->sandbox, u"Translation service webhook"_s);
        QVERIFY(runToEnd(r));
        QCOMPARE(controller->state(), UsageController::State::Complete);
        QVERIFY(controller->report().rows.isEmpty());
        const UsageAggregation a = controller->report().aggregate();
        QVERIFY(!a.hasUsage());
        QCOMPARE(a.series.size(), 90); // an empty chart of the range, not a missing one
    }

    void signOutForgetsTheCache()
    {
        QVERIFY(runToEnd(request(30)));
        QCOMPARE(controller->cachedCount(), 1);
        s->session.signOut();
        QCOMPARE(controller->cachedCount(), 0);
        QSignalSpy failed(controller.get(), &UsageController::failed);
        controller->run(request(30));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(controller->lastError().kind, ApiError::Kind::Auth);
    }

    void validation()
    {
        QSignalSpy failed(controller.get(), &UsageController::failed);
        UsageRequest r = request(0);
        r.from = QDate(2026, 3, 10);
        r.to = QDate(2026, 3, 1);
        controller->run(r);
        QCOMPARE(controller->state(), UsageController::State::Failed);
        QCOMPARE(controller->lastError().kind, ApiError::Kind::Validation);
        QVERIFY(controller->lastError().message.contains(u"after the last"_s));
        r.from = QDate(2024, 1, 1);
        QVERIFY(controller->validate(r).contains(u"366"_s));
        r.from = QDate(2026, 3, 16);
        r.to = QDate(2026, 3, 20);
        QVERIFY(controller->validate(r).contains(u"after today"_s));
        // Ending in the future: refused, not run with empty days to come (outside admin run).
        r.from = QDate(2026, 3, 1);
        QVERIFY2(controller->validate(r).contains(u"ends after today (UTC, 2026-03-15)"_s),
                 qPrintable(controller->validate(r)));
        r.to = QDate(2026, 3, 15); // today, so far
        QVERIFY(controller->validate(r).isEmpty());
        r = request(30);
        r.clientId.clear();
        QVERIFY(!controller->validate(r).isEmpty());
        r = request(30);
        r.metrics = {};
        QVERIFY(!controller->validate(r).isEmpty());
        QCOMPARE(s->sandbox.requests().size(), 0);
    }

    void defaultClockIsTheServers()
    {
        // Without an injected clock, "today" is the platform's: the sandbox's fixed now, learned
        // from its Date header, not this machine's.
        UsageController plain;
        plain.setSession(&s->session);
        QCOMPARE(plain.today(), testsupport::fixedNow().date());
    }
};

QTEST_GUILESS_MAIN(TestUsageController)
#include "tst_usagecontroller.moc"

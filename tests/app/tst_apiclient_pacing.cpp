// SPDX-License-Identifier: GPL-3.0-or-later
// ApiClient pacing by its RateBudget against the sandbox's per-token limit (R26), over real
// loopback HTTP and in real time: 20 requests per 5 s on both sides sends no request the server
// refuses; a budget above the server's limit meets 429s, honours them and lowers itself; a call
// waiting for the budget can be cancelled or run into its deadline without being sent; requests to
// the login host are not counted.
#include "app/net/httplog.h"
#include "tests/support/testsupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {
const QString ClientsPath = u"/api/v2/oauth/clients/"_s;

// A CODE client of the demo org (never the signed-in one), as the server lists it.
QJsonObject someCodeClient(const SandboxServer &sandbox)
{
    const QJsonArray all = sandbox.clients();
    for (const QJsonValue &v : all) {
        const QJsonObject c = v.toObject();
        if (c.value("authorizedGrantType"_L1).toString() == "CODE"_L1 && c.value("state"_L1) == "active"_L1)
            return c;
    }
    return {};
}

int answered429(const SandboxServer &sandbox)
{
    int n = 0;
    for (const SandboxRequest &r : sandbox.requests())
        n += r.status == 429 ? 1 : 0;
    return n;
}

struct Batch
{
    QList<ApiCall *> calls;
    int finished = 0;
    int failed = 0;
    int maxAttempts = 0;
    QString firstError;
};

// Sends `count` PUTs of the client's description at once and counts how they end.
void sendPuts(ApiClient *api, const QJsonObject &client, int count, QObject *context, Batch *batch)
{
    const QString path = ClientsPath + ApiRequest::segment(client.value("id"_L1).toString());
    for (int i = 0; i < count; ++i) {
        QJsonObject body = client;
        body.insert(u"description"_s, u"paced %1"_s.arg(i));
        ApiCall *call = api->send(ApiRequest::put(path, body));
        batch->calls << call;
        call->then(context, [batch](const ApiCall &c) {
            ++batch->finished;
            batch->maxAttempts = std::max(batch->maxAttempts, c.attempts());
            if (!c.ok()) {
                ++batch->failed;
                if (batch->firstError.isEmpty())
                    batch->firstError = c.error().summary();
            }
        });
    }
}
} // namespace

class TestApiClientPacing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void r26_sandboxLimitsEachToken();
    void pacedRequestsMeetNoRateLimit();
    void twoClientsOnOneTokenShareTheBudget();
    void aBudgetAboveTheServersLimitLowersItself();
    void cancelWhileWaitingSendsNothing();
    void deadlineRunsWhileWaiting();
    void loginRequestsAndANewTokenAreNotHeldBack();

private:
    std::unique_ptr<testsupport::SandboxSession> s;
};

void TestApiClientPacing::init()
{
    s = std::make_unique<testsupport::SandboxSession>();
    QVERIFY2(s->start(), qPrintable(s->error));
    // Real time: the pacing is about seconds.
    s->session.api()->setRetryPolicy(RetryPolicy{});
    // The sign-in's requests are not the test's.
    s->session.api()->rateBudget()->reset();
    s->sandbox.clearRequests();
}

void TestApiClientPacing::cleanup()
{
    s.reset();
}

void TestApiClientPacing::r26_sandboxLimitsEachToken()
{
    // The server side alone: no pacing on the client, one attempt per request.
    s->sandbox.setRateLimit(3, 2s);
    ApiClient *api = s->session.api();
    api->rateBudget()->setLimit({0, 60s});
    RetryPolicy once;
    once.maxAttempts429 = 1;
    api->setRetryPolicy(once);
    const auto get = [&](const QByteArray &token) {
        api->setAccessToken(token);
        return testsupport::await<QPair<int, QByteArray>>([&](QObject *ctx,
                                                              Handler<QPair<int, QByteArray>> done) {
            api->send(ApiRequest::get(u"/api/v2/authorization/divisions"_s))
                ->then(ctx,
                       [done](const ApiCall &c) { done(qMakePair(c.status(), c.header("retry-after"))); });
        });
    };
    const QByteArray first = s->sandbox.issueToken().toLatin1();
    const QByteArray second = s->sandbox.issueToken().toLatin1();
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < 3; ++i)
        QCOMPARE(get(first).value().first, 200);
    const auto refused = get(first).value();
    QCOMPARE(refused.first, 429);
    // Whole seconds until the oldest leaves the window, 1 at least.
    const int retryAfter = refused.second.toInt();
    QVERIFY2(retryAfter >= 1 && retryAfter <= 2, refused.second.constData());
    QCOMPARE(s->sandbox.rateLimited(), 1);
    // Another token has a budget of its own.
    QCOMPARE(get(second).value().first, 200);
    // Refused requests do not count: after Retry-After the token may send again.
    QTest::qWait(std::max<int>(0, retryAfter * 1000 - int(clock.elapsed())) + 50);
    QCOMPARE(get(first).value().first, 200);
    s->sandbox.setRateLimit(0);
    for (int i = 0; i < 10; ++i)
        QCOMPARE(get(first).value().first, 200);
}

void TestApiClientPacing::pacedRequestsMeetNoRateLimit()
{
    s->sandbox.setRateLimit(20, 5s);
    RateBudget *budget = s->session.api()->rateBudget();
    budget->setLimit({20, 5s});
    const QJsonObject client = someCodeClient(s->sandbox);
    QVERIFY(!client.isEmpty());

    int mostQueued = 0;
    connect(budget, &RateBudget::changed, this, [&] { mostQueued = std::max(mostQueued, budget->queued()); });
    QElapsedTimer clock;
    clock.start();
    Batch batch;
    QObject context;
    sendPuts(s->session.api(), client, 60, &context, &batch);
    QTRY_COMPARE_WITH_TIMEOUT(batch.finished, 60, 30000);
    const qint64 elapsed = clock.elapsed();
    qInfo("60 PUTs at 20 per 5 s took %lld ms; at most %d queued", elapsed, mostQueued);
    QVERIFY2(batch.failed == 0, qPrintable(batch.firstError));
    QCOMPARE(s->sandbox.requestCount(ClientsPath, "PUT"), 60);
    QCOMPARE(answered429(s->sandbox), 0);
    QCOMPARE(s->sandbox.rateLimited(), 0);
    QCOMPARE(batch.maxAttempts, 1);
    // 20 per 5 s: the 41st request cannot go before 10 s.
    QVERIFY2(elapsed >= 10000, qPrintable(u"%1 ms"_s.arg(elapsed)));
    QVERIFY(mostQueued >= 30);
    QTRY_COMPARE(budget->queued(), 0);
    QVERIFY(s->sandbox.client(client.value("id"_L1).toString())
                .value("description"_L1)
                .toString()
                .startsWith("paced "_L1));
}

// Two ApiClients with the same token (as the GUI and a CLI run, or both ends of a pipeline, on
// one computer) share one budget through the token's ledger: together they meet no 429.
void TestApiClientPacing::twoClientsOnOneTokenShareTheBudget()
{
    s->sandbox.setRateLimit(20, 5s);
    const QByteArray token = s->sandbox.issueToken().toUtf8();
    ApiClient *first = s->session.api();
    first->setAccessToken(token);
    first->rateBudget()->setLimit({20, 5s});
    QNetworkAccessManager nam;
    ApiClient second(&nam);
    second.setEndpoints(first->endpoints());
    second.setRetryPolicy(RetryPolicy{});
    second.setAccessToken(token);
    second.rateBudget()->setLimit({20, 5s});
    const QJsonObject client = someCodeClient(s->sandbox);
    QVERIFY(!client.isEmpty());

    QElapsedTimer clock;
    clock.start();
    Batch one;
    Batch two;
    QObject context;
    sendPuts(first, client, 20, &context, &one);
    sendPuts(&second, client, 20, &context, &two);
    QTRY_VERIFY_WITH_TIMEOUT(one.finished == 20 && two.finished == 20, 30000);
    const qint64 elapsed = clock.elapsed();
    qInfo("2 x 20 PUTs on one token at 20 per 5 s took %lld ms", elapsed);
    QVERIFY2(one.failed == 0 && two.failed == 0, qPrintable(one.firstError + two.firstError));
    QCOMPARE(answered429(s->sandbox), 0);
    // 40 requests at 20 per 5 s: the 21st cannot go before 5 s.
    QVERIFY2(elapsed >= 5000, qPrintable(u"%1 ms"_s.arg(elapsed)));
}

void TestApiClientPacing::aBudgetAboveTheServersLimitLowersItself()
{
    s->sandbox.setRateLimit(20, 5s);
    RateBudget *budget = s->session.api()->rateBudget();
    budget->setLimit({40, 5s});
    QCOMPARE(budget->capacity(), 39);
    int lowestCapacity = budget->capacity();
    int lowestLeft = budget->left();
    connect(budget, &RateBudget::changed, this, [&] {
        lowestCapacity = std::min(lowestCapacity, budget->capacity());
        lowestLeft = std::min(lowestLeft, budget->left());
    });
    const QJsonObject client = someCodeClient(s->sandbox);
    QElapsedTimer clock;
    clock.start();
    Batch batch;
    QObject context;
    sendPuts(s->session.api(), client, 30, &context, &batch);
    QTRY_COMPARE_WITH_TIMEOUT(batch.finished, 30, 30000);
    qInfo("30 PUTs, budget 40 per 5 s, server 20 per 5 s: %lld ms, %d answered 429, capacity down to %d",
          clock.elapsed(), s->sandbox.rateLimited(), lowestCapacity);
    QVERIFY2(batch.failed == 0, qPrintable(batch.firstError));
    QVERIFY(s->sandbox.rateLimited() > 0);
    QVERIFY(batch.maxAttempts >= 2);
    // Retry-After was honoured: the refused requests went again only after the server's window.
    QVERIFY2(clock.elapsed() >= 4000, qPrintable(u"%1 ms"_s.arg(clock.elapsed())));
    // The budget lowered itself to what the server took.
    QVERIFY2(lowestCapacity <= 30, qPrintable(u"capacity %1"_s.arg(lowestCapacity))); // 39 before
    QCOMPARE(lowestLeft, 0);
    QCOMPARE(s->sandbox.requestCount(ClientsPath, "PUT") - s->sandbox.rateLimited(), 30);
}

void TestApiClientPacing::cancelWhileWaitingSendsNothing()
{
    RateBudget *budget = s->session.api()->rateBudget();
    budget->setLimit({3, 60s}); // 2 per minute
    QObject context;
    // A finished call goes away: its outcome is read in then(), never through the pointer later.
    int okCalls = 0;
    int endedCalls = 0;
    const auto count = [&](const ApiCall &c) {
        ++endedCalls;
        okCalls += c.ok() ? 1 : 0;
    };
    s->session.api()->send(ApiRequest::get(u"/api/v2/oauth/clients"_s))->then(&context, count);
    s->session.api()->send(ApiRequest::get(u"/api/v2/authorization/divisions"_s))->then(&context, count);
    ApiCall *third = s->session.api()->send(ApiRequest::get(u"/api/v2/authorization/roles"_s));
    QCOMPARE(budget->queued(), 1);
    bool thirdEnded = false;
    ApiError thirdError;
    third->then(&context, [&](const ApiCall &c) {
        thirdEnded = true;
        thirdError = c.error();
    });
    QTRY_COMPARE(endedCalls, 2);
    QCOMPARE(okCalls, 2);
    third->cancel();
    QTRY_VERIFY(thirdEnded);
    QCOMPARE(thirdError.kind, ApiError::Kind::Cancelled);
    QCOMPARE(budget->queued(), 0);
    QTest::qWait(100);
    QCOMPARE(s->sandbox.requestCount(u"/api/v2/authorization/roles"_s), 0);
    QCOMPARE(s->sandbox.requestCount(u"/api/v2/"_s), 2);
}

void TestApiClientPacing::deadlineRunsWhileWaiting()
{
    RateBudget *budget = s->session.api()->rateBudget();
    ApiClient *api = s->session.api();
    budget->setLimit({3, 1s}); // 2 per second
    api->startTimeLimit(1500ms);
    for (int i = 0; i < 2; ++i)
        QVERIFY(
            testsupport::await<bool>([&](QObject *ctx, Handler<bool> done) {
                api->send(ApiRequest::get(u"/api/v2/oauth/clients"_s))->then(ctx, [done](const ApiCall &c) {
                    done(c.ok());
                });
            }).value());

    // The slot frees within the limit: the call waits, then goes.
    QElapsedTimer clock;
    clock.start();
    const Result<bool> waited = testsupport::await<bool>([&](QObject *ctx, Handler<bool> done) {
        api->send(ApiRequest::get(u"/api/v2/authorization/divisions"_s))->then(ctx, [done](const ApiCall &c) {
            done(c.ok());
        });
    });
    QVERIFY(waited && waited.value());
    QVERIFY2(clock.elapsed() >= 500, qPrintable(u"%1 ms"_s.arg(clock.elapsed())));

    // A wait that cannot end before the deadline fails at once with the deadline error.
    api->startTimeLimit(1500ms);
    budget->setLimit({3, 60s});
    clock.restart();
    ApiError error;
    bool ended = false;
    QObject context;
    api->send(ApiRequest::get(u"/api/v2/authorization/roles"_s))->then(&context, [&](const ApiCall &c) {
        error = c.error();
        ended = true;
    });
    QTRY_VERIFY(ended);
    QCOMPARE(error.code, ApiCall::DeadlineCode);
    QVERIFY(clock.elapsed() < 500);

    // A wait that looked short enough runs into the deadline (the budget was lowered meanwhile):
    // the usual deadline error when the deadline comes, and nothing sent.
    budget->setLimit({30, 600ms});
    budget->reset();
    for (int i = 0; i < 29; ++i)
        budget->acquire(this, [] {});
    QCOMPARE(budget->left(), 0);
    api->startTimeLimit(800ms);
    ended = false;
    clock.restart();
    api->send(ApiRequest::get(u"/api/v2/authorization/roles"_s))->then(&context, [&](const ApiCall &c) {
        error = c.error();
        ended = true;
    });
    QCOMPARE(budget->queued(), 1);
    budget->onTooManyRequests(30s);
    QTRY_VERIFY(ended);
    QCOMPARE(error.code, ApiCall::DeadlineCode);
    QVERIFY2(clock.elapsed() >= 700, qPrintable(u"%1 ms"_s.arg(clock.elapsed())));
    QCOMPARE(s->sandbox.requestCount(u"/api/v2/authorization/roles"_s), 0);
    QCOMPARE(budget->queued(), 0);
    api->startTimeLimit(0ms);
}

void TestApiClientPacing::loginRequestsAndANewTokenAreNotHeldBack()
{
    ApiClient *api = s->session.api();
    RateBudget *budget = api->rateBudget();
    budget->setLimit({2, 60s}); // 1 per minute
    QVERIFY(testsupport::await<bool>([&](QObject *ctx, Handler<bool> done) {
                api->send(ApiRequest::get(u"/api/v2/oauth/clients"_s))->then(ctx, [done](const ApiCall &c) {
                    done(c.ok());
                });
            }).value());
    QCOMPARE(budget->left(), 0);

    // The login host (tokens) is not counted.
    ApiRequest login = ApiRequest::get(u"/oauth/nothing-here"_s);
    login.base = ApiRequest::Base::Login;
    const Result<int> status = testsupport::await<int>([&](QObject *ctx, Handler<int> done) {
        api->send(login)->then(ctx, [done](const ApiCall &c) { done(c.status()); });
    });
    QVERIFY(status);
    QCOMPARE(status.value(), 404);
    QCOMPARE(budget->queued(), 0);

    // A new token has a budget of its own: what waited goes.
    bool sent = false;
    QObject context;
    api->send(ApiRequest::get(u"/api/v2/authorization/divisions"_s))->then(&context, [&](const ApiCall &c) {
        sent = c.ok();
    });
    QCOMPARE(budget->queued(), 1);
    QTest::qWait(50);
    QVERIFY(!sent);
    const Result<TokenInfo> again = testsupport::await<TokenInfo>([&](QObject *ctx, Handler<TokenInfo> done) {
        s->session.signInWithClientCredentials(s->sandbox.adminClientId(),
                                               s->sandbox.adminClientSecret().toUtf8(), ctx, done);
    });
    QVERIFY2(again, qPrintable(again ? QString() : again.error().summary()));
    QTRY_VERIFY(sent);
}

QTEST_GUILESS_MAIN(TestApiClientPacing)
#include "tst_apiclient_pacing.moc"

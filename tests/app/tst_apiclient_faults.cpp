// SPDX-License-Identifier: GPL-3.0-or-later
// The fault matrix of the API client against the sandbox over real loopback HTTP: rate limits,
// server errors, lost answers, bad bodies, authentication and permissions. Retry delays are
// scaled down by the policy object (1/100); one test keeps real time.
#include "app/net/httplog.h"
#include "app/services/catalogservice.h"
#include "app/services/clientsservice.h"
#include "app/services/directoryservice.h"
#include "app/services/usageservice.h"
#include "tests/support/testsupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using testsupport::await;

namespace {
const QString ClientsPath = u"/api/v2/oauth/clients"_s;

FaultRule fault(FaultRule::Kind kind, const QByteArray &method, const QString &path, int count = 1)
{
    FaultRule f;
    f.kind = kind;
    f.method = method;
    f.pathPattern = path;
    f.count = count;
    return f;
}

QJsonObject newClientBody(const QString &name)
{
    return QJsonObject{{u"name"_s, name},
                       {u"authorizedGrantType"_s, u"CODE"_s},
                       {u"accessTokenValiditySeconds"_s, 3600},
                       {u"registeredRedirectUri"_s, QJsonArray{u"https://app.example.com/cb"_s}},
                       {u"scope"_s, QJsonArray{u"users:readonly"_s}}};
}
} // namespace

class TestApiClientFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void rateLimitThenSuccess();
    void rateLimitWaitsTheFullRetryAfterInRealTime();
    void rateLimitGivesUpAfterFiveAttempts();
    void rateLimitBeyondTheCapGivesUpAtOnce();
    void rateLimitedPostIsSentAgain();
    void serverErrorOnGetIsRetried();
    void serverErrorOnPutIsRetried();
    void serverErrorOnPostIsNotRetried();
    void serviceUnavailableOnPostWasNotCarriedOut();
    void timeoutOnPostIsNotRetried();
    void droppedConnectionOnGetIsRetried();
    void lostCreateIsFoundByLooking();
    void lostCreateThatNeverHappenedSaysSo();
    void lostSecretRegenerationIsReported();
    void malformedJsonIsABadResponse();
    void truncatedBodyIsAnError();
    void wrongContentTypeIsAnError();
    void unauthorizedTriggersOneSilentReauthentication();
    void unauthorizedWithoutRenewalAsksToSignIn();
    void forbiddenNamesThePermission();
    void notFound();
    void connectionRefused();
    void cancelStopsRetrying();
    void retryThatCannotFinishBeforeTheDeadlineIsNotStarted();
    void waitsLongerThanTwoSecondsAreAnnounced();
    void deadlineEndsAnAttemptThatRunsOver();
    void usagePollKeepsItsOwnLimit();
    void abortedAnswersLeaveNoWarning();

private:
    std::unique_ptr<testsupport::SandboxSession> s;
};

void TestApiClientFaults::init()
{
    s = std::make_unique<testsupport::SandboxSession>();
    QVERIFY2(s->start(), qPrintable(s->error));
    s->sandbox.clearRequests();
}

void TestApiClientFaults::cleanup()
{
    s.reset();
}

void TestApiClientFaults::rateLimitThenSuccess()
{
    FaultRule f = fault(FaultRule::Kind::RateLimit, "GET", u"^/api/v2/oauth/clients$"_s, 2);
    f.retryAfterSeconds = 2;
    s->sandbox.addFault(f);
    QElapsedTimer t;
    t.start();
    const auto r = await<QList<OAuthClient>>([&](QObject *c, auto h) { s->session.clients()->list(c, h); });
    QVERIFY2(r.ok(), qPrintable(r.error().summary()));
    QVERIFY(r->size() >= 40);
    QCOMPARE(s->sandbox.requestCount(ClientsPath, "GET"), 3);
    // Two waits of Retry-After 2 s, scaled by 1/100: at least 40 ms in all, never early.
    QVERIFY2(t.elapsed() >= 40, qPrintable(QString::number(t.elapsed())));
}

void TestApiClientFaults::rateLimitWaitsTheFullRetryAfterInRealTime()
{
    RetryPolicy real;
    s->session.api()->setRetryPolicy(real);
    FaultRule f = fault(FaultRule::Kind::RateLimit, "GET", u"^/api/v2/tokens/me$"_s, 1);
    f.retryAfterSeconds = 1;
    s->sandbox.addFault(f);
    QElapsedTimer t;
    t.start();
    const auto r = await<TokenInfo>([&](QObject *c, auto h) { s->session.directory()->tokenInfo(c, h); });
    QVERIFY(r.ok());
    QVERIFY2(t.elapsed() >= 1000, qPrintable(QString::number(t.elapsed())));
    QVERIFY2(t.elapsed() < 3000, qPrintable(QString::number(t.elapsed())));
}

void TestApiClientFaults::rateLimitGivesUpAfterFiveAttempts()
{
    FaultRule f = fault(FaultRule::Kind::RateLimit, "GET", u"^/api/v2/oauth/clients$"_s, -1);
    f.retryAfterSeconds = 1;
    s->sandbox.addFault(f);
    const auto r = await<QList<OAuthClient>>([&](QObject *c, auto h) { s->session.clients()->list(c, h); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().httpStatus, 429);
    QCOMPARE(s->sandbox.requestCount(ClientsPath, "GET"), 5);
    QVERIFY(r.error().message.contains("5 attempts"_L1));
}

void TestApiClientFaults::rateLimitBeyondTheCapGivesUpAtOnce()
{
    FaultRule f = fault(FaultRule::Kind::RateLimit, "GET", u"^/api/v2/oauth/clients$"_s, -1);
    f.retryAfterSeconds = 3600; // a daily limit: waiting makes no sense
    s->sandbox.addFault(f);
    const auto r = await<QList<OAuthClient>>([&](QObject *c, auto h) { s->session.clients()->list(c, h); });
    QVERIFY(!r.ok());
    QCOMPARE(s->sandbox.requestCount(ClientsPath, "GET"), 1);
    QCOMPARE(r.error().retryAfter, 3600000ms);
    QVERIFY(r.error().message.contains("60 minutes"_L1));
}

void TestApiClientFaults::rateLimitedPostIsSentAgain()
{
    // A 429 is a refusal before any effect: sending the POST again cannot create a duplicate.
    s->sandbox.addFault(fault(FaultRule::Kind::RateLimit, "POST", u"^/api/v2/oauth/clients$"_s, 1));
    const auto r = await<ClientWithSecret>([&](QObject *c, auto h) {
        s->session.clients()->create(newClientBody(u"Rate limited create"_s), c, h);
    });
    QVERIFY2(r.ok(), qPrintable(r.error().summary()));
    QCOMPARE(s->sandbox.requestCount(ClientsPath, "POST"), 2);
    QVERIFY(!r->secret.isEmpty());
}

void TestApiClientFaults::serverErrorOnGetIsRetried()
{
    FaultRule f = fault(FaultRule::Kind::Status, "GET", u"^/api/v2/oauth/clients$"_s, 2);
    f.status = 503;
    s->sandbox.addFault(f);
    FaultRule g = f;
    g.status = 504;
    g.count = 1;
    s->sandbox.addFault(g);
    const auto r = await<QList<OAuthClient>>([&](QObject *c, auto h) { s->session.clients()->list(c, h); });
    QVERIFY2(r.ok(), qPrintable(r.error().summary()));
    QCOMPARE(s->sandbox.requestCount(ClientsPath, "GET"), 4);
}

void TestApiClientFaults::serverErrorOnPutIsRetried()
{
    const auto list =
        await<QList<OAuthClient>>([&](QObject *c, auto h) { s->session.clients()->list(c, h); });
    QVERIFY(list.ok());
    const OAuthClient target = list->first();
    FaultRule f = fault(FaultRule::Kind::Status, "PUT", u"^/api/v2/oauth/clients/"_s, 1);
    f.status = 502;
    s->sandbox.addFault(f);
    const auto r = await<OAuthClient>([&](QObject *c, auto h) {
        s->session.clients()->update(target, QJsonObject{{u"description"_s, u"after a 502"_s}}, c, h);
    });
    QVERIFY2(r.ok(), qPrintable(r.error().summary()));
    QCOMPARE(r->description, u"after a 502"_s);
    QCOMPARE(s->sandbox.requestCount(ClientsPath + u'/', "PUT"), 2);
}

void TestApiClientFaults::serverErrorOnPostIsNotRetried()
{
    // 500, 502, 504: the answer of a POST that may have been carried out was lost on the way. The
    // POST is not sent again; the service looks (a GET listing) instead.
    for (const int status : {500, 502, 504}) {
        s->sandbox.clearFaults();
        s->sandbox.clearRequests();
        FaultRule f = fault(FaultRule::Kind::Status, "POST", u"^/api/v2/oauth/clients$"_s, -1);
        f.status = status;
        s->sandbox.addFault(f);
        const int before = s->sandbox.clients().size();
        const auto r = await<ClientWithSecret>(
            [&](QObject *c, auto h) { s->session.clients()->create(newClientBody(u"Never twice"_s), c, h); });
        QVERIFY(!r.ok());
        QCOMPARE(s->sandbox.requestCount(ClientsPath, "POST"), 1);
        QVERIFY(s->sandbox.requestCount(ClientsPath, "GET") >= 1);
        QCOMPARE(s->sandbox.clients().size(), before);
        QVERIFY(!r.error().outcomeUnknown); // it looked and found nothing: not created
        QVERIFY(r.error().message.contains("not created"_L1));
    }
}

void TestApiClientFaults::serviceUnavailableOnPostWasNotCarriedOut()
{
    // A 503 is the platform's answer before it carries a request out: nothing happened, so the
    // POST is neither sent again nor looked for, and the error says so.
    FaultRule f = fault(FaultRule::Kind::Status, "POST", u"^/api/v2/oauth/clients"_s, -1);
    f.status = 503;
    s->sandbox.addFault(f);
    const int before = s->sandbox.clients().size();
    const auto r = await<ClientWithSecret>(
        [&](QObject *c, auto h) { s->session.clients()->create(newClientBody(u"Unavailable"_s), c, h); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().httpStatus, 503);
    QVERIFY(!r.error().outcomeUnknown);
    QVERIFY2(r.error().userMessage().contains("not carried out"_L1), qPrintable(r.error().userMessage()));
    QCOMPARE(s->sandbox.requestCount(ClientsPath, "POST"), 1);
    QCOMPARE(s->sandbox.requestCount(ClientsPath, "GET"), 0); // no search for the created client
    QCOMPARE(s->sandbox.clients().size(), before);
    // The same for a secret regeneration: nothing changed.
    const QString id = s->sandbox.clients().first().toObject().value("id"_L1).toString();
    const auto secret = await<ClientWithSecret>(
        [&](QObject *c, auto h) { s->session.clients()->regenerateSecret(id, c, h); });
    QVERIFY(!secret.ok());
    QVERIFY(!secret.error().outcomeUnknown);
    QCOMPARE(s->sandbox.requestCount(ClientsPath + u'/' + id + u"/secret"_s, "POST"), 1);
}

void TestApiClientFaults::timeoutOnPostIsNotRetried()
{
    RetryPolicy p = testsupport::fastRetryPolicy();
    p.transferTimeout = 300ms;
    s->session.api()->setRetryPolicy(p);
    FaultRule f = fault(FaultRule::Kind::Latency, "POST", u"/secret$"_s, 1);
    f.latencyMs = 1500;
    s->sandbox.addFault(f);
    const QString id = s->sandbox.clients().first().toObject().value("id"_L1).toString();
    const auto r = await<ClientWithSecret>(
        [&](QObject *c, auto h) { s->session.clients()->regenerateSecret(id, c, h); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ApiError::Kind::Timeout);
    QVERIFY(r.error().outcomeUnknown);
    QTest::qWait(1600); // let the slow answer go by: still only one POST
    QCOMPARE(s->sandbox.requestCount(ClientsPath + u'/' + id + u"/secret"_s, "POST"), 1);
}

void TestApiClientFaults::droppedConnectionOnGetIsRetried()
{
    s->sandbox.addFault(fault(FaultRule::Kind::DropConnection, "GET", u"^/api/v2/oauth/scopes$"_s, 1));
    const auto r = await<QList<OAuthScope>>([&](QObject *c, auto h) { s->session.catalog()->scopes(c, h); });
    QVERIFY2(r.ok(), qPrintable(r.error().summary()));
    QVERIFY(r->size() >= 80);
    QCOMPARE(s->sandbox.requestCount(u"/api/v2/oauth/scopes"_s, "GET"), 2);
}

void TestApiClientFaults::lostCreateIsFoundByLooking()
{
    FaultRule f = fault(FaultRule::Kind::DropConnection, "POST", u"^/api/v2/oauth/clients$"_s, 1);
    f.afterEffect = true; // created on the server, answer lost
    s->sandbox.addFault(f);
    const int before = s->sandbox.clients().size();
    const auto r = await<ClientWithSecret>(
        [&](QObject *c, auto h) { s->session.clients()->create(newClientBody(u"Lost answer"_s), c, h); });
    QCOMPARE(s->sandbox.clients().size(), before + 1); // exactly one: no duplicate
    QCOMPARE(s->sandbox.requestCount(ClientsPath, "POST"), 1);
    // Found by looking, but made in the same second as the POST: a client made just before it by
    // someone else could not be told apart, so it is listed as a candidate and not named.
    QVERIFY(!r.ok());
    QVERIFY(r.error().outcomeUnknown);
    QString created;
    for (const QJsonValue &v : s->sandbox.clients()) {
        if (v.toObject().value("name"_L1) == u"Lost answer"_s)
            created = v.toObject().value("id"_L1).toString();
    }
    QVERIFY2(r.error().userMessage().contains(created), qPrintable(r.error().userMessage()));
    QCOMPARE(s->sandbox.requestCount(ClientsPath, "GET"), 1); // one look
}

void TestApiClientFaults::lostCreateThatNeverHappenedSaysSo()
{
    s->sandbox.addFault(fault(FaultRule::Kind::DropConnection, "POST", u"^/api/v2/oauth/clients$"_s, 1));
    const int before = s->sandbox.clients().size();
    const auto r = await<ClientWithSecret>([&](QObject *c, auto h) {
        s->session.clients()->create(newClientBody(u"Dropped before effect"_s), c, h);
    });
    QVERIFY(!r.ok());
    QVERIFY(!r.error().outcomeUnknown);
    QCOMPARE(s->sandbox.clients().size(), before);
    QCOMPARE(s->sandbox.requestCount(ClientsPath, "POST"), 1);
}

void TestApiClientFaults::lostSecretRegenerationIsReported()
{
    FaultRule f = fault(FaultRule::Kind::DropConnection, "POST", u"/secret$"_s, 1);
    f.afterEffect = true;
    s->sandbox.addFault(f);
    const QString id = s->sandbox.clients().first().toObject().value("id"_L1).toString();
    const auto r = await<ClientWithSecret>(
        [&](QObject *c, auto h) { s->session.clients()->regenerateSecret(id, c, h); });
    QVERIFY(!r.ok());
    QVERIFY(r.error().outcomeUnknown);
    QVERIFY(r.error().message.contains("may have been changed"_L1));
    QCOMPARE(s->sandbox.requestCount(ClientsPath + u'/' + id + u"/secret"_s, "POST"), 1);
}

void TestApiClientFaults::malformedJsonIsABadResponse()
{
    s->sandbox.addFault(fault(FaultRule::Kind::MalformedJson, "GET", u"^/api/v2/oauth/clients$"_s, 1));
    const auto r = await<QList<OAuthClient>>([&](QObject *c, auto h) { s->session.clients()->list(c, h); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ApiError::Kind::BadResponse);
    QVERIFY(r.error().userMessage().contains("not valid JSON"_L1));
}

void TestApiClientFaults::truncatedBodyIsAnError()
{
    s->sandbox.addFault(fault(FaultRule::Kind::TruncatedBody, "GET", u"^/api/v2/oauth/scopes$"_s, -1));
    const auto r = await<QList<OAuthScope>>([&](QObject *c, auto h) { s->session.catalog()->scopes(c, h); });
    QVERIFY(!r.ok());
    QVERIFY(!r.error().userMessage().isEmpty());
}

void TestApiClientFaults::wrongContentTypeIsAnError()
{
    // The body is fine JSON labelled text/html: we read JSON by content, so it still parses; what
    // matters is that nothing crashes and the listing is complete.
    s->sandbox.addFault(fault(FaultRule::Kind::WrongContentType, "GET", u"^/api/v2/oauth/scopes$"_s, 1));
    const auto r = await<QList<OAuthScope>>([&](QObject *c, auto h) { s->session.catalog()->scopes(c, h); });
    QVERIFY2(r.ok(), qPrintable(r.error().summary()));
    QVERIFY(r->size() >= 80);
}

void TestApiClientFaults::unauthorizedTriggersOneSilentReauthentication()
{
    s->sandbox.revokeAllTokens(); // the session's token is now refused
    int renewed = 0;
    connect(&s->session, &Session::tokenRenewed, this, [&] { ++renewed; });
    const auto r = await<QList<OAuthClient>>([&](QObject *c, auto h) { s->session.clients()->list(c, h); });
    QVERIFY2(r.ok(), qPrintable(r.error().summary()));
    QCOMPARE(renewed, 1);
    QCOMPARE(s->sandbox.requestCount(u"/oauth/token"_s, "POST"), 1);
    QCOMPARE(s->sandbox.requestCount(ClientsPath, "GET"), 2);
}

void TestApiClientFaults::unauthorizedWithoutRenewalAsksToSignIn()
{
    const QString token = s->sandbox.issueToken();
    const auto signedIn =
        await<TokenInfo>([&](QObject *c, auto h) { s->session.signInWithToken(token.toUtf8(), c, h); });
    QVERIFY(signedIn.ok());
    s->sandbox.revokeAllTokens();
    int asked = 0;
    connect(s->session.api(), &ApiClient::authenticationRequired, this, [&] { ++asked; });
    const auto r = await<QList<OAuthClient>>([&](QObject *c, auto h) { s->session.clients()->list(c, h); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().httpStatus, 401);
    QCOMPARE(asked, 1);
    QCOMPARE(s->sandbox.requestCount(ClientsPath, "GET"), 1);
}

void TestApiClientFaults::forbiddenNamesThePermission()
{
    const QString token = s->sandbox.issueToken({u"oauth:client:view"_s});
    QVERIFY(
        await<TokenInfo>([&](QObject *c, auto h) { s->session.signInWithToken(token.toUtf8(), c, h); }).ok());
    const auto r = await<ClientWithSecret>(
        [&](QObject *c, auto h) { s->session.clients()->create(newClientBody(u"No permission"_s), c, h); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().httpStatus, 403);
    QCOMPARE(r.error().missingPermissions(), QStringList{u"oauth:client:add"_s});
    QVERIFY(r.error().userMessage().contains("oauth:client:add"_L1));
    QVERIFY(!r.error().contextId.isEmpty());
}

void TestApiClientFaults::notFound()
{
    const auto r = await<OAuthClient>([&](QObject *c, auto h) {
        s->session.clients()->get(u"00000000-0000-0000-0000-000000000000"_s, c, h);
    });
    QVERIFY(!r.ok());
    QVERIFY(r.error().isNotFound());
    QVERIFY(!r.error().correlationId.isEmpty());
    QCOMPARE(s->sandbox.requestCount(ClientsPath + u'/', "GET"), 1); // a 404 is not retried
}

void TestApiClientFaults::connectionRefused()
{
    const QUrl dead(u"http://127.0.0.1:1"_s);
    s->session.setEndpoints(Endpoints{dead, dead, {}});
    const auto r = await<QList<OAuthClient>>([&](QObject *c, auto h) { s->session.clients()->list(c, h); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ApiError::Kind::ConnectionRefused);
    QVERIFY(!r.error().userMessage().isEmpty());
}

void TestApiClientFaults::cancelStopsRetrying()
{
    FaultRule f = fault(FaultRule::Kind::Status, "GET", u"^/api/v2/oauth/clients$"_s, -1);
    f.status = 503;
    s->sandbox.addFault(f);
    RetryPolicy p;
    p.serverErrorBackoff = {2000ms, 2000ms, 2000ms};
    s->session.api()->setRetryPolicy(p);
    bool done = false;
    Result<QList<OAuthClient>> result = ApiError::make(ApiError::Kind::Unknown, {});
    QPointer<Operation> op = s->session.clients()->list(this, [&](const Result<QList<OAuthClient>> &r) {
        result = r;
        done = true;
    });
    QTRY_COMPARE(s->sandbox.requestCount(ClientsPath, "GET"), 1);
    QVERIFY(op);
    op->cancel();
    QVERIFY(done);
    QVERIFY(result.error().isCancelled());
    QTest::qWait(300);
    QCOMPARE(s->sandbox.requestCount(ClientsPath, "GET"), 1);
    QCOMPARE(s->session.api()->inFlight(), 0);
}

namespace {
// What ApiClient::waiting() announced: seconds, reason, attempt, maxAttempts.
struct Announced
{
    int seconds;
    QString reason;
    int attempt;
    int maxAttempts;
};

QList<Announced> *recordWaits(ApiClient *api, QObject *context)
{
    auto *waits = new QList<Announced>;
    QObject::connect(context, &QObject::destroyed, [waits] { delete waits; });
    QObject::connect(api, &ApiClient::waiting, context,
                     [waits](ApiCall *, int seconds, const QString &reason, int attempt, int maxAttempts) {
                         waits->append({seconds, reason, attempt, maxAttempts});
                     });
    return waits;
}
} // namespace

void TestApiClientFaults::retryThatCannotFinishBeforeTheDeadlineIsNotStarted()
{
    // The scaled clock (1/100): a time limit of 120 s is 1.2 s, a Retry-After of 60 s 0.6 s. The
    // second wait would end at the limit, so the call gives up instead of starting it (before, it
    // went on to five attempts: 240 s past a 120 s limit).
    FaultRule f = fault(FaultRule::Kind::RateLimit, "GET", u"^/api/v2/oauth/clients$"_s, -1);
    f.retryAfterSeconds = 60;
    s->sandbox.addFault(f);
    QObject context;
    const QList<Announced> *waits = recordWaits(s->session.api(), &context);
    s->session.api()->startTimeLimit(120s);
    QElapsedTimer t;
    t.start();
    const auto r = await<QList<OAuthClient>>([&](QObject *c, auto h) { s->session.clients()->list(c, h); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().httpStatus, 429);
    QVERIFY2(r.error().userMessage().contains("time limit of 120 s"_L1), qPrintable(r.error().userMessage()));
    QCOMPARE(s->sandbox.requestCount(ClientsPath, "GET"), 2);
    QCOMPARE(waits->size(), 1);
    QCOMPARE(waits->first().seconds, 60);
    QCOMPARE(waits->first().reason, u"rate limited (429)"_s);
    QCOMPARE(waits->first().attempt, 2);
    QCOMPARE(waits->first().maxAttempts, 5);
    QVERIFY2(t.elapsed() < 1200, qPrintable(QString::number(t.elapsed())));
}

void TestApiClientFaults::waitsLongerThanTwoSecondsAreAnnounced()
{
    // 503 three times: 3 s, 9 s and 27 s of back-off, each announced with its attempt; a 429 with
    // Retry-After 1 is waited out without a word.
    FaultRule busy = fault(FaultRule::Kind::Status, "GET", u"^/api/v2/oauth/clients$"_s, 3);
    busy.status = 503;
    s->sandbox.addFault(busy);
    FaultRule limited = fault(FaultRule::Kind::RateLimit, "GET", u"^/api/v2/oauth/scopes$"_s, 1);
    limited.retryAfterSeconds = 1;
    s->sandbox.addFault(limited);
    QObject context;
    const QList<Announced> *waits = recordWaits(s->session.api(), &context);
    int ended = 0;
    connect(s->session.api(), &ApiClient::waitEnded, &context, [&ended] { ++ended; });
    const auto r = await<QList<OAuthClient>>([&](QObject *c, auto h) { s->session.clients()->list(c, h); });
    QVERIFY2(r.ok(), qPrintable(r.error().summary()));
    QCOMPARE(waits->size(), 3);
    const QList<int> seconds{waits->at(0).seconds, waits->at(1).seconds, waits->at(2).seconds};
    QCOMPARE(seconds, (QList<int>{3, 9, 27}));
    QCOMPARE(waits->at(0).reason, u"server unavailable (503)"_s);
    QCOMPARE(waits->at(0).attempt, 2);
    QCOMPARE(waits->at(2).attempt, 4);
    QCOMPARE(waits->at(2).maxAttempts, 4);
    QCOMPARE(ended, 3);
    const auto scopes =
        await<QList<OAuthScope>>([&](QObject *c, auto h) { s->session.catalog()->scopes(c, h); });
    QVERIFY2(scopes.ok(), qPrintable(scopes.error().summary()));
    QCOMPARE(waits->size(), 3);
}

void TestApiClientFaults::deadlineEndsAnAttemptThatRunsOver()
{
    // Real time: a limit of 1 s ends an answer that takes 3 s, and the call is not retried.
    s->session.api()->setRetryPolicy(RetryPolicy());
    FaultRule slow = fault(FaultRule::Kind::Latency, "GET", u"^/api/v2/oauth/scopes$"_s, -1);
    slow.latencyMs = 3000;
    s->sandbox.addFault(slow);
    s->session.api()->startTimeLimit(1s);
    QElapsedTimer t;
    t.start();
    const auto r = await<QList<OAuthScope>>([&](QObject *c, auto h) { s->session.catalog()->scopes(c, h); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ApiError::Kind::Timeout);
    QCOMPARE(r.error().code, ApiCall::DeadlineCode);
    QVERIFY2(r.error().userMessage().contains("Timed out after 1 s"_L1), qPrintable(r.error().userMessage()));
    QVERIFY2(t.elapsed() >= 950 && t.elapsed() < 2500, qPrintable(QString::number(t.elapsed())));
    QCOMPARE(s->sandbox.requestCount(u"/api/v2/oauth/scopes"_s, "GET"), 1);
    // Past the limit nothing more is sent.
    const auto late = await<TokenInfo>([&](QObject *c, auto h) { s->session.directory()->tokenInfo(c, h); });
    QCOMPARE(late.error().code, ApiCall::DeadlineCode);
    QCOMPARE(s->sandbox.requestCount(u"/api/v2/tokens/me"_s, "GET"), 0);
    s->session.api()->startTimeLimit(0s); // none
    const auto again = await<TokenInfo>([&](QObject *c, auto h) { s->session.directory()->tokenInfo(c, h); });
    QVERIFY2(again.ok(), qPrintable(again.error().summary()));
}

void TestApiClientFaults::usagePollKeepsItsOwnLimit()
{
    // The ApiClient's limit (5 s, 50 ms scaled) ends long before the query completes (six polls,
    // about 180 ms scaled): waiting for a usage query keeps the query's own limit.
    s->sandbox.setUsageRunningPolls(5);
    const QString id = s->sandbox.clients().first().toObject().value("id"_L1).toString();
    s->session.api()->startTimeLimit(5s);
    QElapsedTimer t;
    t.start();
    const auto r =
        await<UsageResult>([&](QObject *c, auto h) { s->session.usage()->runSummary(id, 7, c, h); });
    QVERIFY2(r.ok(), qPrintable(r.error().summary()));
    QVERIFY2(t.elapsed() > 50, qPrintable(QString::number(t.elapsed())));
    QCOMPARE(s->sandbox.requestCount(UsageService::clientResultsPath(id, QString()), "GET"), 6);
}

void TestApiClientFaults::abortedAnswersLeaveNoWarning()
{
    // A reply aborted at the attempt limit, the deadline or by cancel() is closed: reading it
    // printed "QIODevice::read (QNetworkReplyHttpImpl): device not open" on every such call.
    QTest::failOnWarning(QRegularExpression(u"device not open"_s));
    RetryPolicy p = testsupport::fastRetryPolicy();
    p.attemptTimeout = 200ms;
    s->session.api()->setRetryPolicy(p);
    FaultRule slow = fault(FaultRule::Kind::Latency, {}, u"^/api/v2/oauth/clients"_s, -1);
    slow.latencyMs = 1000;
    s->sandbox.addFault(slow);
    const QString id = s->sandbox.clients().first().toObject().value("id"_L1).toString();
    const auto secret = await<ClientWithSecret>(
        [&](QObject *c, auto h) { s->session.clients()->regenerateSecret(id, c, h); });
    QCOMPARE(secret.error().kind, ApiError::Kind::Timeout);
    const auto got = await<OAuthClient>([&](QObject *c, auto h) { s->session.clients()->get(id, c, h); });
    QCOMPARE(got.error().kind, ApiError::Kind::Timeout);
    bool done = false;
    QObject context;
    Operation *op =
        s->session.clients()->get(id, &context, [&](const Result<OAuthClient> &) { done = true; });
    QTest::qWait(50);
    op->cancel();
    QVERIFY(done);
    QTest::qWait(1200); // the slow answers arrive and are dropped
}

QTEST_GUILESS_MAIN(TestApiClientFaults)
#include "tst_apiclient_faults.moc"

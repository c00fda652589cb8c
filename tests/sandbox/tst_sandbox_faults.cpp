// SPDX-License-Identifier: GPL-3.0-or-later
// Fault injection, one test per kind, plus matching, counting, probability and the request log.
#include "app/sandbox/sandboxserver.h"
#include "tests/sandbox/sandboxtestclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {
const QDateTime kNow(QDate(2025, 3, 12), QTime(10, 30), QTimeZone::utc());
const QString kClients = u"/api/v2/oauth/clients"_s;

FaultRule rule(FaultRule::Kind kind, const QByteArray &method = {}, const QString &pattern = {},
               int count = 1)
{
    FaultRule r;
    r.kind = kind;
    r.method = method;
    r.pathPattern = pattern;
    r.count = count;
    return r;
}
} // namespace

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> server;
    std::unique_ptr<SandboxTestClient> http;

    int clientsNamed(const QString &name) const
    {
        int n = 0;
        for (const QJsonValue &v : server->clients())
            n += v.toObject().value(u"name"_s).toString() == name;
        return n;
    }

private Q_SLOTS:
    void init()
    {
        server = std::make_unique<SandboxServer>(SandboxOptions{.now = kNow, .seed = 42});
        QVERIFY(server->start());
        http = std::make_unique<SandboxTestClient>(*server);
        http->signInAsAdmin();
        server->clearRequests();
    }
    void cleanup()
    {
        http.reset();
        server.reset();
    }

    void status()
    {
        FaultRule r = rule(FaultRule::Kind::Status, "GET", u"^/api/v2/oauth/clients$"_s, 2);
        r.status = 503;
        server->addFault(r);
        QCOMPARE(http->get(u"/api/v2/tokens/me"_s).status, 200); // another path: not matched, not counted
        for (int i = 0; i < 2; ++i) {
            const HttpResult res = http->get(kClients);
            QCOMPARE(res.status, 503);
            QCOMPARE(res.code(), u"service.unavailable"_s);
            QVERIFY(!res.header("inin-correlation-id").isEmpty());
        }
        QCOMPARE(http->get(kClients).status, 200);
        QCOMPARE(server->faultsInjected(), 2);
        QList<int> statuses;
        for (const SandboxRequest &req : server->requests())
            statuses.append(req.status);
        QCOMPARE(statuses, (QList<int>{200, 503, 503, 200}));
    }

    void statusWithoutAndWithAfterEffect()
    {
        FaultRule r = rule(FaultRule::Kind::Status, "POST", u"^/api/v2/oauth/clients$"_s);
        r.status = 500;
        server->addFault(r);
        QCOMPARE(http->post(kClients, validClientBody(u"CODE"_s, u"lost"_s)).status, 500);
        QCOMPARE(clientsNamed(u"lost"_s), 0); // not applied

        r.afterEffect = true;
        r.status = 504;
        server->addFault(r);
        const HttpResult res = http->post(kClients, validClientBody(u"CODE"_s, u"reply lost"_s));
        QCOMPARE(res.status, 504);
        QCOMPARE(clientsNamed(u"reply lost"_s), 1); // applied, but the caller never heard
    }

    void rateLimit()
    {
        FaultRule r = rule(FaultRule::Kind::RateLimit);
        r.retryAfterSeconds = 7;
        server->addFault(r);
        server->addFault(rule(FaultRule::Kind::RateLimit)); // retryAfterSeconds -1: no header
        HttpResult res = http->get(kClients);
        QCOMPARE(res.status, 429);
        QCOMPARE(res.code(), u"too.many.requests"_s);
        QCOMPARE(res.header("retry-after"), QByteArray("7"));
        QCOMPARE(res.json().value(u"limit"_s).toObject().value(u"value"_s).toInt(), 300);
        res = http->get(kClients);
        QCOMPARE(res.status, 429);
        QVERIFY(!res.headers.contains("retry-after"));
        QCOMPARE(http->get(kClients).status, 200);
    }

    void latencyDoesNotBlockOthers()
    {
        FaultRule r = rule(FaultRule::Kind::Latency, "GET", u"^/api/v2/oauth/clients$"_s);
        r.latencyMs = 600;
        server->addFault(r);
        QElapsedTimer timer;
        timer.start();
        QNetworkReply *slow = http->start("GET", kClients);
        QNetworkReply *fast = http->start("GET", u"/api/v2/tokens/me"_s);
        const HttpResult fastResult = SandboxTestClient::wait(fast);
        const qint64 fastMs = timer.elapsed();
        const HttpResult slowResult = SandboxTestClient::wait(slow);
        const qint64 slowMs = timer.elapsed();
        QCOMPARE(fastResult.status, 200);
        QCOMPARE(slowResult.status, 200);
        QVERIFY(!QJsonDocument::fromJson(slowResult.body).object().value(u"entities"_s).toArray().isEmpty());
        QVERIFY2(fastMs + 150 < slowMs, qPrintable(u"fast %1 ms, slow %2 ms"_s.arg(fastMs).arg(slowMs)));
        QVERIFY2(slowMs >= 570, qPrintable(QString::number(slowMs)));
    }

    void latencyAnswerAfterClientGaveUp()
    {
        FaultRule r = rule(FaultRule::Kind::Latency);
        r.latencyMs = 200;
        server->addFault(r);
        QNetworkReply *reply = http->start("GET", kClients);
        QTest::qWait(50);
        reply->abort(); // the server must not crash writing to a closed connection
        reply->deleteLater();
        QTest::qWait(300);
        QCOMPARE(http->get(kClients).status, 200);
    }

    void malformedJson()
    {
        server->addFault(rule(FaultRule::Kind::MalformedJson, "POST"));
        const HttpResult res = http->post(kClients, validClientBody(u"CODE"_s, u"garbled"_s));
        QCOMPARE(res.status, 200);
        QJsonParseError error{};
        QJsonDocument::fromJson(res.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
        QVERIFY(res.header("content-type").startsWith("application/json"));
        QCOMPARE(clientsNamed(u"garbled"_s), 1); // the work was done; only the answer is broken
    }

    void dropConnection()
    {
        // QNetworkAccessManager silently resends a request once when a reused keep-alive connection
        // closes before any answer. Two drops make the failure visible to the caller.
        server->addFault(rule(FaultRule::Kind::DropConnection, "GET", {}, 2));
        const HttpResult res = http->get(kClients);
        QCOMPARE(res.status, 0);
        QVERIFY(res.error != QNetworkReply::NoError);
        qInfo("GET with dropped connections: %d attempts reached the server", server->faultsInjected());
        QVERIFY(server->faultsInjected() >= 1);
        QCOMPARE(server->requests().constLast().status, 0);
        server->clearFaults();
        QCOMPARE(http->get(kClients).status, 200);
    }

    void dropConnectionAfterEffect()
    {
        FaultRule r = rule(FaultRule::Kind::DropConnection, "POST", u"^/api/v2/oauth/clients$"_s, -1);
        r.afterEffect = true;
        server->addFault(r);
        const HttpResult res = http->post(kClients, validClientBody(u"CODE"_s, u"created, reply dropped"_s));
        QCOMPARE(res.status, 0);
        const int posts = server->requestCount(kClients, "POST");
        qInfo("POST with dropped connections: %d attempts reached the server", posts);
        QVERIFY(posts >= 1);
        // Each POST that reached the server created a client (QNAM may have resent it once).
        QCOMPARE(clientsNamed(u"created, reply dropped"_s), posts);
    }

    void truncatedBody()
    {
        server->addFault(rule(FaultRule::Kind::TruncatedBody, "GET", u"^/api/v2/oauth/clients$"_s));
        const HttpResult res = http->get(kClients);
        QVERIFY(res.error != QNetworkReply::NoError);
        QJsonParseError error{};
        QJsonDocument::fromJson(res.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
        QCOMPARE(server->requests().constLast().status, 200);
        QCOMPARE(http->get(kClients).status, 200);
    }

    void wrongContentType()
    {
        server->addFault(rule(FaultRule::Kind::WrongContentType));
        const HttpResult res = http->get(kClients);
        QCOMPARE(res.status, 200);
        QVERIFY(res.header("content-type").startsWith("text/html"));
        QVERIFY(QJsonDocument::fromJson(res.body).isObject()); // the body itself is fine
    }

    void faultsOnTheTokenEndpoint()
    {
        FaultRule r = rule(FaultRule::Kind::Status); // an empty pattern only matches /api/v2
        r.count = -1;
        server->addFault(r);
        const QByteArray id = server->adminClientId().toLatin1();
        const QByteArray secret = server->adminClientSecret().toLatin1();
        QCOMPARE(http->tokenRequest({{u"grant_type"_s, u"client_credentials"_s}}, id, secret).status, 200);
        server->clearFaults();
        r.pathPattern = u"^/oauth/token$"_s;
        r.status = 502;
        server->addFault(r);
        QCOMPARE(http->tokenRequest({{u"grant_type"_s, u"client_credentials"_s}}, id, secret).status, 502);
        QCOMPARE(http->get(kClients).status, 200);
    }

    void probabilityIsSeeded()
    {
        const auto pattern = [](SandboxServer &s) {
            FaultRule r = rule(FaultRule::Kind::Status, {}, {}, -1);
            r.probability = 0.3;
            s.addFault(r);
            SandboxTestClient c(s);
            c.setToken(s.issueToken());
            QString hits;
            for (int i = 0; i < 100; ++i)
                hits += c.get(u"/api/v2/tokens/me"_s).status == 503 ? u'x' : u'.';
            return hits;
        };
        SandboxServer a(SandboxOptions{.now = kNow, .seed = 5});
        SandboxServer b(SandboxOptions{.now = kNow, .seed = 5});
        QVERIFY(a.start() && b.start());
        const QString first = pattern(a);
        QCOMPARE(pattern(b), first);
        QCOMPARE(first.count(u'x'), a.faultsInjected());
        QVERIFY2(first.count(u'x') > 10 && first.count(u'x') < 50, qPrintable(first));
    }

    void requestLog()
    {
        http->request("POST", kClients + u"?dryRun=true"_s, "{\"name\":1}", "application/json",
                      {{"X-Custom-Header", "Value"}});
        const SandboxRequest last = server->requests().constLast();
        QCOMPARE(last.method, QByteArray("POST"));
        QCOMPARE(last.path, kClients);
        QCOMPARE(last.query, QByteArray("dryRun=true"));
        QCOMPARE(last.headers.value("x-custom-header"), QByteArray("Value"));
        QVERIFY(last.headers.value("authorization").startsWith("Bearer "));
        QCOMPARE(last.body, QByteArray("{\"name\":1}"));
        QCOMPARE(last.status, 400);
        http->get(u"/api/v2/oauth/scopes/analytics%3Areadonly"_s);
        QCOMPARE(server->requests().constLast().path, u"/api/v2/oauth/scopes/analytics%3Areadonly"_s);
        QCOMPARE(server->requestCount(kClients), 1);
        QCOMPARE(server->requestCount(kClients, "GET"), 0);
        QCOMPARE(server->requestCount(u"/api/v2/"_s), 2);
        server->clearRequests();
        QCOMPARE(server->requestCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandbox_faults.moc"

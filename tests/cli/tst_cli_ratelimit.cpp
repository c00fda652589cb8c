// SPDX-License-Identifier: GPL-3.0-or-later
// oauthdesk-cli --rate-limit: the parser (good and bad values; a bad one is exit 2 before any
// request) and a paced run in-process against the sandbox's per-token limit (R26) in real time,
// with the --verbose line of each wait.
#include "app/cli/arguments.h"
#include "app/cli/cliapp.h"
#include "app/cli/credentials.h"
#include "app/sandbox/sandboxserver.h"
#include "tests/cli/clitestrun.h"
#include "tests/support/testsupport.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

using clitest::Run;

class TstCliRateLimit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void parsesRateLimits_data();
    void parsesRateLimits();
    void badValuesAreUsageErrorsBeforeAnyRequest();
    void pacedRunSendsWithinTheLimit();

private:
    Run run(QStringList args, const QByteArray &stdinData = {}, double timeScale = 0.01);
    std::unique_ptr<SandboxServer> m_sandbox;
};

void TstCliRateLimit::initTestCase()
{
    m_sandbox = std::make_unique<SandboxServer>(testsupport::SandboxSession::defaultOptions());
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
}

void TstCliRateLimit::init()
{
    m_sandbox->setRateLimit(0);
    m_sandbox->clearRequests();
}

Run TstCliRateLimit::run(QStringList args, const QByteArray &stdinData, double timeScale)
{
    clitest::RunOptions options;
    options.stdinData = stdinData;
    options.timeScale = timeScale;
    return clitest::run(*m_sandbox, std::move(args), clitest::adminCredentials(*m_sandbox), options);
}

void TstCliRateLimit::parsesRateLimits_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("requests"); // -1: refused
    QTest::addColumn<int>("seconds");
    QTest::newRow("300/60") << u"300/60"_s << 300 << 60;
    QTest::newRow("20/5") << u"20/5"_s << 20 << 5;
    QTest::newRow("per minute when left out") << u"120"_s << 120 << 60;
    QTest::newRow("0: no pacing") << u"0"_s << 0 << 60;
    QTest::newRow("0/1") << u"0/1"_s << 0 << 1;
    QTest::newRow("largest") << u"100000/3600"_s << 100000 << 3600;
    QTest::newRow("empty") << QString() << -1 << 0;
    QTest::newRow("word") << u"fast"_s << -1 << 0;
    QTest::newRow("negative") << u"-1/60"_s << -1 << 0;
    QTest::newRow("plus sign") << u"+5/60"_s << -1 << 0;
    QTest::newRow("too many requests") << u"100001/60"_s << -1 << 0;
    QTest::newRow("zero seconds") << u"20/0"_s << -1 << 0;
    QTest::newRow("too many seconds") << u"20/3601"_s << -1 << 0;
    QTest::newRow("no seconds") << u"20/"_s << -1 << 0;
    QTest::newRow("no requests") << u"/5"_s << -1 << 0;
    QTest::newRow("three parts") << u"20/5/1"_s << -1 << 0;
    QTest::newRow("exponent") << u"1e3/60"_s << -1 << 0;
    QTest::newRow("fraction") << u"2.5/1"_s << -1 << 0;
    QTest::newRow("unit") << u"20/5s"_s << -1 << 0;
    QTest::newRow("huge") << u"99999999999/60"_s << -1 << 0;
    QTest::newRow("arabic-indic digits") << u"\u0662\u0660/5"_s << -1 << 0;
}

void TstCliRateLimit::parsesRateLimits()
{
    QFETCH(QString, text);
    QFETCH(int, requests);
    QFETCH(int, seconds);
    const std::optional<RateBudget::Limit> limit = cli::parseRateLimit(text);
    QCOMPARE(limit.has_value(), requests >= 0);
    if (limit) {
        QCOMPARE(limit->requests, requests);
        QCOMPARE(limit->window, std::chrono::milliseconds(std::chrono::seconds(seconds)));
    }
    const cli::ParsedArguments parsed =
        cli::parseArguments({u"clients"_s, u"list"_s, u"--rate-limit"_s, text});
    QCOMPARE(parsed.ok(), requests >= 0);
    if (requests >= 0) {
        QVERIFY(parsed.global.rateLimit);
        QCOMPARE(*parsed.global.rateLimit, *limit);
    }
    // Before the command as well, and with '='.
    const cli::ParsedArguments before =
        cli::parseArguments({u"--rate-limit="_s + text, u"clients"_s, u"list"_s});
    QCOMPARE(before.ok(), requests >= 0);
}

void TstCliRateLimit::badValuesAreUsageErrorsBeforeAnyRequest()
{
    for (const QString &bad : {u"20/0"_s, u"fast"_s, u"100001"_s, u"-3"_s}) {
        const Run r = run({u"clients"_s, u"list"_s, u"--rate-limit"_s, bad});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("--rate-limit"), r.err.constData());
    }
    Run r = run({u"--rate-limit"_s, u"clients"_s, u"list"_s});
    QCOMPARE(r.code, 2);
    QCOMPARE(m_sandbox->requests().size(), 0); // not even a token
    r = run({u"clients"_s, u"list"_s, u"--rate-limit"_s, u"0"_s});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(m_sandbox->requests().size() > 0);
}

void TstCliRateLimit::pacedRunSendsWithinTheLimit()
{
    // The server allows 2 requests per 2 s; --rate-limit 1/2 sends 1 per 2 s.
    m_sandbox->setRateLimit(2, 2s);
    QString id;
    for (const QJsonValue &v : m_sandbox->clients()) {
        const QJsonObject c = v.toObject();
        if (c.value("id"_L1).toString() != m_sandbox->adminClientId() && c.value("state"_L1) == "active"_L1) {
            id = c.value("id"_L1).toString();
            break;
        }
    }
    QVERIFY(!id.isEmpty());
    clitest::LogCapture capture;
    // `clients update` reads the client, then writes it: two requests.
    const Run r =
        run({u"--verbose"_s, u"--rate-limit"_s, u"1/2"_s, u"clients"_s, u"update"_s, id, u"--file"_s, u"-"_s},
            R"({"description":"paced by the CLI"})", 1.0);
    capture.stop();
    QVERIFY2(r.code == 0, r.err.constData());
    const QByteArray log = capture.text();
    qInfo("clients update at 1 per 2 s took %lld ms", r.ms);
    // 1/2 sends one request per 2 s: the PUT waits for the GET to leave the window.
    QVERIFY2(r.ms >= 2000, qPrintable(u"%1 ms"_s.arg(r.ms)));
    QVERIFY2(log.contains("rate budget: waiting "), log.constData());
    QVERIFY2(log.contains(" of 1 left, "), log.constData());
    int refused = 0;
    for (const SandboxRequest &req : m_sandbox->requests())
        refused += req.status == 429 ? 1 : 0;
    QCOMPARE(refused, 0);
    QCOMPARE(m_sandbox->requestCount(u"/api/v2/oauth/clients/"_s, "PUT"), 1);
    QCOMPARE(m_sandbox->client(id).value("description"_L1).toString(), u"paced by the CLI"_s);

    // Without it (300/60 by default) the same run against 1 per 2 s on the server meets a 429,
    // waits it out and still succeeds: the pacing above is what kept the server's log clean.
    m_sandbox->setRateLimit(1, 2s);
    m_sandbox->clearRequests();
    const Run unpaced =
        run({u"clients"_s, u"update"_s, id, u"--file"_s, u"-"_s}, R"({"description":"again"})", 1.0);
    QVERIFY2(unpaced.code == 0, unpaced.err.constData());
    QVERIFY(m_sandbox->rateLimited() > 0);
}

QTEST_GUILESS_MAIN(TstCliRateLimit)
#include "tst_cli_ratelimit.moc"

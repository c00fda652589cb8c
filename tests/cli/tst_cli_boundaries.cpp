// SPDX-License-Identifier: GPL-3.0-or-later
// oauthdesk-cli at its boundaries, in-process against the sandbox: what each command sends (and
// that nothing is sent for bad ids and options), what a lost create answer may and may not claim,
// and the smaller holes of input files and URLs. Every test counts the sandbox's requests.

#include "app/cli/cliapp.h"
#include "app/cli/credentials.h"
#include "app/sandbox/sandboxserver.h"
#include "tests/support/testsupport.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {
struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

const QString ClientsPath = u"/api/v2/oauth/clients"_s;
} // namespace

class TstCliBoundaries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void idsThatCannotNameAResourceAreRefusedBeforeAnyRequest_data();
    void idsThatCannotNameAResourceAreRefusedBeforeAnyRequest();
    void eachCommandSendsOnlyTheRequestsItNeeds_data();
    void eachCommandSendsOnlyTheRequestsItNeeds();
    void clientCredentialsAddOnlyTheTokenRequest();
    void invalidTokenIsTheOperationsOwn401();
    void lostCreateNeverNamesAnOlderClientOfTheSameName();
    void lostCreateWithARecentNamesakeListsItWithoutSuggestingARotation();
    void lostCreateThatTookEffectIsListedNotNamed();
    void lostCreateSearchIsOneListingNotRetried();
    void updateFileOfAnotherClientIsRefused();
    void updateDropsDateToDeleteFromTheFile();
    void urlsWithUserInfoAreRefused();
    void daysOutsideTheRealRangeAreRefusedBeforeAnyRequest_data();
    void daysOutsideTheRealRangeAreRefusedBeforeAnyRequest();

private:
    [[nodiscard]] QProcessEnvironment tokenEnvironment();
    [[nodiscard]] QProcessEnvironment clientCredentials() const;
    Run run(QStringList args, const QProcessEnvironment &env, const QByteArray &stdinData = {},
            bool withApiUrl = true);
    [[nodiscard]] QStringList sent() const; // "METHOD /path" of every request since init()
    [[nodiscard]] QString someClientId() const;
    // Creates a client named `name` whose dateCreated is `secondsBefore` before the fixed now.
    QString createNamesake(const QString &name, int secondsBefore);
    void loseNextCreate(bool afterEffect);

    std::unique_ptr<SandboxServer> m_sandbox;
};

void TstCliBoundaries::initTestCase()
{
    m_sandbox = std::make_unique<SandboxServer>(testsupport::SandboxSession::defaultOptions());
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
}

void TstCliBoundaries::init()
{
    m_sandbox->setNow(testsupport::fixedNow());
    m_sandbox->clearFaults();
    m_sandbox->clearRequests();
}

QProcessEnvironment TstCliBoundaries::tokenEnvironment()
{
    QProcessEnvironment env; // nothing from the developer's shell
    env.insert(cli::EnvAccessToken, m_sandbox->issueToken());
    return env;
}

QProcessEnvironment TstCliBoundaries::clientCredentials() const
{
    QProcessEnvironment env;
    env.insert(cli::EnvClientId, m_sandbox->adminClientId());
    env.insert(cli::EnvClientSecret, m_sandbox->adminClientSecret());
    return env;
}

Run TstCliBoundaries::run(QStringList args, const QProcessEnvironment &env, const QByteArray &stdinData,
                          bool withApiUrl)
{
    if (withApiUrl)
        args << u"--api-url"_s << m_sandbox->baseUrl().toString();
    QBuffer in;
    in.setData(stdinData);
    in.open(QIODevice::ReadOnly);
    cli::CliApp::Io io;
    io.in = &in;
    cli::CliApp app(args, env, io);
    app.setTimeScale(0.01);
    app.start();
    QDeadlineTimer deadline(30s);
    while (!app.isFinished() && !deadline.hasExpired())
        QTest::qWait(1);
    return {app.exitCode(), app.output(), app.errors()};
}

QStringList TstCliBoundaries::sent() const
{
    QStringList out;
    for (const SandboxRequest &r : m_sandbox->requests())
        out.append(QString::fromLatin1(r.method) + u' ' + r.path);
    return out;
}

QString TstCliBoundaries::someClientId() const
{
    for (const QJsonValue &v : m_sandbox->clients()) {
        const QJsonObject c = v.toObject();
        if (c.value("id"_L1).toString() != m_sandbox->adminClientId() && c.value("state"_L1) == u"active"_s &&
            c.value("authorizedGrantType"_L1) == u"CODE"_s)
            return c.value("id"_L1).toString();
    }
    return {};
}

QString TstCliBoundaries::createNamesake(const QString &name, int secondsBefore)
{
    m_sandbox->setNow(testsupport::fixedNow().addSecs(-secondsBefore));
    const QByteArray body =
        QJsonDocument(QJsonObject{{u"name"_s, name},
                                  {u"authorizedGrantType"_s, u"TOKEN"_s},
                                  {u"registeredRedirectUri"_s, QJsonArray{u"https://app.example.com/cb"_s}},
                                  {u"scope"_s, QJsonArray{u"users:readonly"_s}}})
            .toJson(QJsonDocument::Compact);
    const Run r =
        run({u"--json"_s, u"clients"_s, u"create"_s, u"--file"_s, u"-"_s}, tokenEnvironment(), body);
    m_sandbox->setNow(testsupport::fixedNow());
    m_sandbox->clearRequests();
    if (r.code != 0)
        return {};
    return QJsonDocument::fromJson(r.out).object().value("id"_L1).toString();
}

void TstCliBoundaries::loseNextCreate(bool afterEffect)
{
    FaultRule f;
    f.kind = FaultRule::Kind::DropConnection;
    f.method = "POST";
    f.pathPattern = u"^/api/v2/oauth/clients$"_s;
    f.afterEffect = afterEffect;
    m_sandbox->addFault(f);
}

// ---------------------------------------------------------------------------------------------

void TstCliBoundaries::idsThatCannotNameAResourceAreRefusedBeforeAnyRequest_data()
{
    QTest::addColumn<QStringList>("args");
    const QString ok = u"0b6c3f1e-8f1d-4c55-9a7b-2f6c1d1e9a10"_s;
    const QStringList bad = {u".."_s,       u"."_s,     u"a/b"_s,    u"../secret"_s, u"a?b"_s,
                             u"a#b"_s,      u"a%2Fb"_s, u"a b"_s,    u"a\tb"_s,      u"a\u001b[2J"_s,
                             u"a\u202eb"_s, u"a\\b"_s,  u"\u00a0x"_s};
    for (const QString &id : bad) {
        const QByteArray tag = id.toUtf8().toPercentEncoding();
        QTest::newRow(("clients get " + tag).constData()) << QStringList{u"clients"_s, u"get"_s, id};
        QTest::newRow(("clients secret " + tag).constData()) << QStringList{u"clients"_s, u"secret"_s, id};
        QTest::newRow(("clients delete " + tag).constData()) << QStringList{u"clients"_s, u"delete"_s, id};
        QTest::newRow(("clients update " + tag).constData())
            << QStringList{u"clients"_s, u"update"_s, id, u"--file"_s, u"-"_s};
        QTest::newRow(("authorizations get " + tag).constData())
            << QStringList{u"authorizations"_s, u"get"_s, id};
        QTest::newRow(("scopes get " + tag).constData()) << QStringList{u"scopes"_s, u"get"_s, id};
        QTest::newRow(("usage summary " + tag).constData()) << QStringList{u"usage"_s, u"summary"_s, id};
        QTest::newRow(("usage query " + tag).constData())
            << QStringList{u"usage"_s, u"query"_s, id, u"--file"_s, u"-"_s};
        QTest::newRow(("usage results client " + tag).constData())
            << QStringList{u"usage"_s, u"results"_s, id, ok};
        QTest::newRow(("usage results execution " + tag).constData())
            << QStringList{u"usage"_s, u"results"_s, ok, id};
    }
}

void TstCliBoundaries::idsThatCannotNameAResourceAreRefusedBeforeAnyRequest()
{
    QFETCH(QStringList, args);
    const QByteArray input = args.contains(u"query"_s)
                                 ? R"({"interval":"2026-03-01T00:00:00Z/2026-03-08T00:00:00Z"})"
                                 : R"({"description":"x"})";
    const Run r = run(args, tokenEnvironment(), input);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("is not an id"), r.err.constData());
    QVERIFY2(sent().isEmpty(), qPrintable(sent().join(u", "_s)));
    QVERIFY(!r.err.contains('\x1b'));
}

void TstCliBoundaries::eachCommandSendsOnlyTheRequestsItNeeds_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("expected"); // "METHOD /path"; {} = whatever the listing takes
    const QString id = u"@ID"_s;               // replaced by a real client in the test
    const QString clientPath = ClientsPath + u'/' + id;
    QTest::newRow("clients list") << QStringList{u"clients"_s, u"list"_s} << QByteArray()
                                  << QStringList{u"GET "_s + ClientsPath};
    QTest::newRow("clients list --json") << QStringList{u"--json"_s, u"clients"_s, u"list"_s} << QByteArray()
                                         << QStringList{u"GET "_s + ClientsPath};
    QTest::newRow("clients get") << QStringList{u"clients"_s, u"get"_s, id} << QByteArray()
                                 << QStringList{u"GET "_s + clientPath};
    QTest::newRow("clients create") << QStringList{u"clients"_s, u"create"_s, u"--file"_s, u"-"_s}
                                    << QByteArray(R"({"name":"Counted","authorizedGrantType":"TOKEN",
                         "registeredRedirectUri":["https://a.example/cb"],"scope":["users:readonly"]})")
                                    << QStringList{u"POST "_s + ClientsPath};
    QTest::newRow("clients update") << QStringList{u"clients"_s, u"update"_s, id, u"--file"_s, u"-"_s}
                                    << QByteArray(R"({"description":"counted"})")
                                    << QStringList{u"GET "_s + clientPath, u"PUT "_s + clientPath};
    QTest::newRow("clients secret") << QStringList{u"clients"_s, u"secret"_s, id} << QByteArray()
                                    << QStringList{u"POST "_s + clientPath + u"/secret"_s};
    QTest::newRow("scopes list") << QStringList{u"scopes"_s, u"list"_s} << QByteArray()
                                 << QStringList{u"GET /api/v2/oauth/scopes"_s};
    QTest::newRow("scopes get") << QStringList{u"scopes"_s, u"get"_s, u"users:readonly"_s} << QByteArray()
                                << QStringList{u"GET /api/v2/oauth/scopes/users%3Areadonly"_s};
    QTest::newRow("usage summary") << QStringList{u"usage"_s, u"summary"_s, id, u"--days"_s, u"30"_s}
                                   << QByteArray()
                                   << QStringList{u"GET "_s + clientPath + u"/usage/summary"_s};
    QTest::newRow("usage query") << QStringList{u"usage"_s, u"query"_s, id, u"--file"_s, u"-"_s}
                                 << QByteArray(R"({"interval":"2026-03-01T00:00:00Z/2026-03-08T00:00:00Z"})")
                                 << QStringList{u"POST "_s + clientPath + u"/usage/query"_s};
    QTest::newRow("roles list") << QStringList{u"roles"_s, u"list"_s} << QByteArray() << QStringList();
    QTest::newRow("divisions list") << QStringList{u"divisions"_s, u"list"_s} << QByteArray()
                                    << QStringList();
    QTest::newRow("insights checks") << QStringList{u"insights"_s, u"checks"_s} << QByteArray()
                                     << QStringList();
    QTest::newRow("whoami") << QStringList{u"whoami"_s} << QByteArray()
                            << QStringList{u"GET /api/v2/tokens/me"_s};
}

void TstCliBoundaries::eachCommandSendsOnlyTheRequestsItNeeds()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, input);
    QFETCH(QStringList, expected);
    const QString id = someClientId();
    QVERIFY(!id.isEmpty());
    args.replaceInStrings(u"@ID"_s, id);
    expected.replaceInStrings(u"@ID"_s, id);
    const QProcessEnvironment env = tokenEnvironment();
    m_sandbox->clearRequests();
    const Run r = run(args, env, input);
    QVERIFY2(r.code == 0, r.err.constData());
    const QStringList requests = sent();
    if (!expected.isEmpty()) {
        QCOMPARE(requests, expected);
        return;
    }
    // Listings of unknown length: the operation's own requests only, never "who am I".
    QVERIFY(!requests.isEmpty());
    QVERIFY2(!requests.join(u'\n').contains(u"/tokens/me"_s), qPrintable(requests.join(u", "_s)));
}

void TstCliBoundaries::clientCredentialsAddOnlyTheTokenRequest()
{
    const Run r = run({u"clients"_s, u"list"_s}, clientCredentials());
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(sent(), (QStringList{u"POST /oauth/token"_s, u"GET "_s + ClientsPath}));

    m_sandbox->clearRequests();
    const Run who = run({u"whoami"_s}, clientCredentials());
    QVERIFY2(who.code == 0, who.err.constData());
    QCOMPARE(sent(), (QStringList{u"POST /oauth/token"_s, u"GET /api/v2/tokens/me"_s}));
    QVERIFY(who.out.contains("Northwind"));
}

void TstCliBoundaries::invalidTokenIsTheOperationsOwn401()
{
    QProcessEnvironment env;
    env.insert(cli::EnvAccessToken, u"not-a-token-the-sandbox-issued"_s);
    const Run r = run({u"clients"_s, u"list"_s}, env);
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains("401"), r.err.constData());
    QCOMPARE(sent(), QStringList{u"GET "_s + ClientsPath});
}

void TstCliBoundaries::lostCreateNeverNamesAnOlderClientOfTheSameName()
{
    // A client of the same name made 100 s earlier; this POST is lost before it takes effect.
    const QString older = createNamesake(u"Twin export"_s, 100);
    QVERIFY(!older.isEmpty());
    loseNextCreate(false);
    const int before = m_sandbox->clients().size();
    const Run r = run({u"clients"_s, u"create"_s, u"--file"_s, u"-"_s}, tokenEnvironment(),
                      R"({"name":"Twin export","authorizedGrantType":"TOKEN",
                          "registeredRedirectUri":["https://app.example.com/cb"],"scope":["users:readonly"]})");
    QCOMPARE(r.code, 1);
    QCOMPARE(m_sandbox->clients().size(), before);
    // Not taken for the new client, and no rotation of the older one suggested.
    QVERIFY2(!r.err.contains(older.toUtf8()) && !r.out.contains(older.toUtf8()), r.err.constData());
    QVERIFY2(!r.err.contains("clients secret"), r.err.constData());
    QVERIFY2(r.err.contains("it was not created"), r.err.constData());
    QCOMPARE(m_sandbox->requestCount(ClientsPath, "POST"), 1);
}

void TstCliBoundaries::lostCreateWithARecentNamesakeListsItWithoutSuggestingARotation()
{
    // Made 10 s before, by someone else: it could be the new one only if the clocks lied, so it is
    // listed as a candidate, never named.
    const QString recent = createNamesake(u"Twin import"_s, 10);
    QVERIFY(!recent.isEmpty());
    loseNextCreate(false);
    const Run r = run({u"clients"_s, u"create"_s, u"--file"_s, u"-"_s}, tokenEnvironment(),
                      R"({"name":"Twin import","authorizedGrantType":"TOKEN",
                          "registeredRedirectUri":["https://app.example.com/cb"],"scope":["users:readonly"]})");
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("cannot be told for sure"), r.err.constData());
    QVERIFY2(r.err.contains(recent.toUtf8()), r.err.constData());
    QVERIFY2(!r.err.contains("clients secret"), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

void TstCliBoundaries::lostCreateThatTookEffectIsListedNotNamed()
{
    // The POST took effect and its answer was lost; a namesake made 200 s earlier is not a
    // candidate at all.
    const QString older = createNamesake(u"Lost twin"_s, 200);
    QVERIFY(!older.isEmpty());
    loseNextCreate(true);
    const Run r = run({u"clients"_s, u"create"_s, u"--file"_s, u"-"_s}, tokenEnvironment(),
                      R"({"name":"Lost twin","authorizedGrantType":"TOKEN",
                          "registeredRedirectUri":["https://app.example.com/cb"],"scope":["users:readonly"]})");
    QCOMPARE(r.code, 1);
    QString created;
    int named = 0;
    for (const QJsonValue &v : m_sandbox->clients()) {
        if (v.toObject().value("name"_L1) != u"Lost twin"_s)
            continue;
        ++named;
        if (v.toObject().value("id"_L1).toString() != older)
            created = v.toObject().value("id"_L1).toString();
    }
    QCOMPARE(named, 2); // the older one and exactly one new one: the POST was not repeated
    QVERIFY2(r.err.contains("may or may not have been created"), r.err.constData());
    QVERIFY2(r.err.contains(created.toUtf8()), r.err.constData());
    QVERIFY2(!r.err.contains(older.toUtf8()), r.err.constData());
    QVERIFY2(!r.err.contains("clients secret"), r.err.constData());
    QCOMPARE(m_sandbox->requestCount(ClientsPath, "POST"), 1);
    QCOMPARE(sent(), (QStringList{u"POST "_s + ClientsPath, u"GET "_s + ClientsPath}));
}

void TstCliBoundaries::lostCreateSearchIsOneListingNotRetried()
{
    loseNextCreate(false);
    FaultRule busy;
    busy.kind = FaultRule::Kind::Status;
    busy.status = 503;
    busy.method = "GET";
    busy.pathPattern = u"^/api/v2/oauth/clients$"_s;
    busy.count = 3;
    m_sandbox->addFault(busy);
    const Run r = run({u"clients"_s, u"create"_s, u"--file"_s, u"-"_s}, tokenEnvironment(),
                      R"({"name":"Unlisted","authorizedGrantType":"TOKEN",
                          "registeredRedirectUri":["https://app.example.com/cb"],"scope":["users:readonly"]})");
    QCOMPARE(r.code, 1);
    QCOMPARE(sent(), (QStringList{u"POST "_s + ClientsPath, u"GET "_s + ClientsPath}));
    QVERIFY2(r.err.contains("could not be read"), r.err.constData());
    QVERIFY2(r.err.contains("may or may not have been created"), r.err.constData());
}

void TstCliBoundaries::updateFileOfAnotherClientIsRefused()
{
    const QString a = someClientId();
    QString b;
    for (const QJsonValue &v : m_sandbox->clients()) {
        const QString id = v.toObject().value("id"_L1).toString();
        if (id != a && id != m_sandbox->adminClientId()) {
            b = id;
            break;
        }
    }
    const QJsonObject before = m_sandbox->client(a);
    // The output of 'clients get B --json', sent to A.
    const QByteArray copyOfB = QJsonDocument(m_sandbox->client(b)).toJson(QJsonDocument::Compact);
    Run r = run({u"clients"_s, u"update"_s, a, u"--file"_s, u"-"_s}, tokenEnvironment(), copyOfB);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(b.toUtf8()) && r.err.contains("would copy"), r.err.constData());
    QVERIFY(sent().isEmpty());
    QCOMPARE(m_sandbox->client(a), before);

    // Only selfUri left: refused the same way. The client's own copy is fine.
    r = run({u"clients"_s, u"update"_s, a, u"--file"_s, u"-"_s}, tokenEnvironment(),
            QByteArray(R"({"description":"x","selfUri":"/api/v2/oauth/clients/)") + b.toUtf8() + "\"}");
    QCOMPARE(r.code, 2);
    QVERIFY(sent().isEmpty());
    QJsonObject own = before;
    own.insert("description"_L1, u"edited copy of itself"_s);
    r = run({u"clients"_s, u"update"_s, a, u"--file"_s, u"-"_s}, tokenEnvironment(),
            QJsonDocument(own).toJson(QJsonDocument::Compact));
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(m_sandbox->client(a).value("description"_L1).toString(), u"edited copy of itself"_s);
}

void TstCliBoundaries::updateDropsDateToDeleteFromTheFile()
{
    const QString id = someClientId();
    const Run r = run({u"clients"_s, u"update"_s, id, u"--file"_s, u"-"_s}, tokenEnvironment(),
                      R"({"description":"dated","dateToDelete":"2031-01-01T00:00:00Z"})");
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.err.contains("Ignoring read-only fields: dateToDelete"), r.err.constData());
    QByteArray put;
    for (const SandboxRequest &q : m_sandbox->requests()) {
        if (q.method == "PUT")
            put = q.body;
    }
    QVERIFY(!put.isEmpty());
    QVERIFY2(!put.contains("2031-01-01"), put.constData());
    QCOMPARE(QJsonDocument::fromJson(put).object().value("description"_L1).toString(), u"dated"_s);
}

void TstCliBoundaries::urlsWithUserInfoAreRefused()
{
    QUrl withPassword = m_sandbox->baseUrl();
    withPassword.setUserInfo(u"admin:hunter2"_s);
    const QString plain = m_sandbox->baseUrl().toString();
    const QList<QStringList> cases = {
        {u"--api-url"_s, withPassword.toString()},
        {u"--api-url"_s, plain, u"--login-url"_s, withPassword.toString()},
    };
    for (const QStringList &options : cases) {
        const Run r = run(QStringList{u"clients"_s, u"list"_s} + options, tokenEnvironment(), {}, false);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("user name or password"), r.err.constData());
        QVERIFY2(!r.err.contains("hunter2"), r.err.constData());
    }
    QProcessEnvironment env = tokenEnvironment();
    env.insert(cli::EnvApiUrl, withPassword.toString());
    const Run r = run({u"clients"_s, u"list"_s}, env, {}, false);
    QCOMPARE(r.code, 2);
    QVERIFY(sent().isEmpty());
}

void TstCliBoundaries::daysOutsideTheRealRangeAreRefusedBeforeAnyRequest_data()
{
    QTest::addColumn<QStringList>("args");
    const QString id = u"0b6c3f1e-8f1d-4c55-9a7b-2f6c1d1e9a10"_s;
    QTest::newRow("insights 91") << QStringList{u"insights"_s, u"unused"_s, u"--days"_s, u"91"_s};
    QTest::newRow("insights 0") << QStringList{u"--days"_s, u"0"_s, u"insights"_s, u"unused"_s};
    QTest::newRow("insights 3650") << QStringList{u"insights"_s, u"unused"_s, u"--days=3650"_s};
    QTest::newRow("summary 91") << QStringList{u"usage"_s, u"summary"_s, id, u"--days"_s, u"91"_s};
    QTest::newRow("summary text") << QStringList{u"usage"_s, u"summary"_s, id, u"--days"_s, u"week"_s};
}

void TstCliBoundaries::daysOutsideTheRealRangeAreRefusedBeforeAnyRequest()
{
    QFETCH(QStringList, args);
    // Client credentials: a check after sign-in would show as a token request.
    const Run r = run(args, clientCredentials());
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("from 1 to 90"), r.err.constData());
    QVERIFY2(sent().isEmpty(), qPrintable(sent().join(u", "_s)));
}

QTEST_GUILESS_MAIN(TstCliBoundaries)
#include "tst_cli_boundaries.moc"

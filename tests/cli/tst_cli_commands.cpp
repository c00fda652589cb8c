// SPDX-License-Identifier: GPL-3.0-or-later
// oauthdesk-cli run in-process (cli::CliApp) against the sandbox over real loopback HTTP, with
// credentials from the environment variables and --api-url, exactly as the binary resolves them.

#include "app/auth/profiles.h"
#include "app/cli/cliapp.h"
#include "app/cli/credentials.h"
#include "app/sandbox/sandboxserver.h"
#include "tests/cli/clitestrun.h"
#include "tests/support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {
using clitest::Run;

// The lines of stderr that announce a wait ("waiting 60 s: rate limited (429), attempt 2 of 5").
int waitLines(const QByteArray &err)
{
    int n = 0;
    for (const QByteArray &line : err.split('\n'))
        n += line.startsWith("waiting ") ? 1 : 0;
    return n;
}
} // namespace

class TstCliCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void listTableShowsTheDemoClients();
    void listJsonIsTheServersArrayWithoutSecrets();
    void optionsBeforeAndAfterTheCommandGiveTheSameResult();
    void getShowsOneClient();
    void createUpdateSecretDeleteEndToEnd();
    void badInputFilesAreRefusedBeforeAnyRequest();
    void updateReadsTheClientFirstAndKeepsEverythingElse();
    void exitCodes();
    void forbiddenNamesTheMissingPermission();
    void languageSelectsGermanScopeDescriptions();
    void authorizationsRolesDivisions();
    void usageSummaryQueryAndResults();
    void whoami();
    void verboseTraceNeverShowsSecrets();
    void timeoutCancelsAndSaysSo();
    void defaultDeadlineStopsRetryingAndWaitsAreShown();
    void timeoutZeroWaitsAsLongAsTheServerAsks();
    void tokenWithControlCharacterIsAnAuthenticationError();
    void unavailableCreateIsReportedAndNotLookedFor();
    void interruptCancelsCleanly();
    void versionAndHelpNeedNoServer();
    void profileWithoutStoredSecretAsksForSignIn();

private:
    [[nodiscard]] QProcessEnvironment credentials() const;
    Run run(QStringList args, const QByteArray &stdinData = {}, std::optional<QProcessEnvironment> env = {},
            bool withApiUrl = true);
    [[nodiscard]] QString someClientId(const QString &grant = {}) const;

    std::unique_ptr<SandboxServer> m_sandbox;
};

void TstCliCommands::initTestCase()
{
    m_sandbox = std::make_unique<SandboxServer>(testsupport::SandboxSession::defaultOptions());
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
}

void TstCliCommands::init()
{
    m_sandbox->clearFaults();
    m_sandbox->clearRequests();
}

QProcessEnvironment TstCliCommands::credentials() const
{
    return clitest::adminCredentials(*m_sandbox);
}

Run TstCliCommands::run(QStringList args, const QByteArray &stdinData, std::optional<QProcessEnvironment> env,
                        bool withApiUrl)
{
    clitest::RunOptions options;
    options.stdinData = stdinData;
    options.withApiUrl = withApiUrl;
    return clitest::run(*m_sandbox, std::move(args), env.value_or(credentials()), options);
}

QString TstCliCommands::someClientId(const QString &grant) const
{
    for (const QJsonValue &v : m_sandbox->clients()) {
        const QJsonObject c = v.toObject();
        if (c.value("id"_L1).toString() == m_sandbox->adminClientId())
            continue;
        if (c.value("state"_L1).toString() != "active"_L1)
            continue;
        if (grant.isEmpty() || c.value("authorizedGrantType"_L1).toString() == grant)
            return c.value("id"_L1).toString();
    }
    return {};
}

// ---------------------------------------------------------------------------------------------

void TstCliCommands::listTableShowsTheDemoClients()
{
    const Run r = run({u"clients"_s, u"list"_s});
    QVERIFY2(r.code == 0, r.err.constData());
    const QString text = QString::fromUtf8(r.out);
    const QJsonArray clients = m_sandbox->clients();
    QVERIFY(clients.size() >= 40);
    int checked = 0;
    for (const QJsonValue &v : clients) {
        const QString name = v.toObject().value("name"_L1).toString();
        if (name.size() > 40)
            continue; // elided in the table
        QVERIFY2(text.contains(name), qPrintable(name));
        ++checked;
    }
    QVERIFY(checked >= 40);
    QVERIFY2(text.contains(u"Salesforce CTI connector"_s), "a known demo client is missing");
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.first().startsWith(u"ID"_s));
    QVERIFY(lines.first().contains(u"DESCRIPTION"_s));
    QCOMPARE(lines.last(), u"%1 clients"_s.arg(clients.size()));
    QCOMPARE(lines.size(), clients.size() + 2); // header, one line per client, count
}

void TstCliCommands::listJsonIsTheServersArrayWithoutSecrets()
{
    const Run r = run({u"--json"_s, u"clients"_s, u"list"_s});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(r.out.endsWith("]\n"));
    QCOMPARE(r.out.count('\n'), 1); // compact: one line
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &pe);
    QCOMPARE(pe.error, QJsonParseError::NoError);
    QVERIFY(doc.isArray());
    const QJsonArray array = doc.array();
    QVERIFY(array.size() >= 40);
    for (const QJsonValue &v : array) {
        QVERIFY(v.isObject());
        QVERIFY(!v.toObject().contains("secret"_L1));
    }
    // Exactly what the server holds, field for field (unknown fields included).
    QCOMPARE(array, m_sandbox->clients());

    const Run pretty = run({u"clients"_s, u"list"_s, u"--json"_s, u"--pretty"_s});
    QCOMPARE(pretty.code, 0);
    QVERIFY(pretty.out.count('\n') > array.size());
    QCOMPARE(QJsonDocument::fromJson(pretty.out).array(), array);
}

void TstCliCommands::optionsBeforeAndAfterTheCommandGiveTheSameResult()
{
    const QString id = someClientId();
    const QString url = m_sandbox->baseUrl().toString();
    const Run before =
        run({u"--json"_s, u"--api-url"_s, url, u"--lang"_s, u"en-us"_s, u"clients"_s, u"get"_s, id}, {}, {},
            false);
    const Run after = run({u"clients"_s, u"get"_s, id, u"--lang=en-us"_s, u"--api-url="_s + url, u"--json"_s},
                          {}, {}, false);
    const Run between = run({u"clients"_s, u"--json"_s, u"get"_s, u"--api-url"_s, url, id}, {}, {}, false);
    QVERIFY2(before.code == 0, before.err.constData());
    QCOMPARE(after.code, 0);
    QCOMPARE(between.code, 0);
    QCOMPARE(before.out, after.out);
    QCOMPARE(before.out, between.out);
    QCOMPARE(QJsonDocument::fromJson(before.out).object(), m_sandbox->client(id));
}

void TstCliCommands::getShowsOneClient()
{
    const QString id = someClientId(u"CODE"_s);
    const QJsonObject server = m_sandbox->client(id);
    const Run r = run({u"clients"_s, u"get"_s, id});
    QVERIFY2(r.code == 0, r.err.constData());
    const QString text = QString::fromUtf8(r.out);
    QVERIFY(text.contains(u"ID:"_s));
    QVERIFY(text.contains(id));
    QVERIFY(text.contains(server.value("name"_L1).toString()));
    QVERIFY(text.contains(u"CODE"_s));
    for (const QJsonValue &uri : server.value("registeredRedirectUri"_L1).toArray())
        QVERIFY2(text.contains(uri.toString()), qPrintable(uri.toString()));
    QVERIFY(!text.contains(u"Secret"_s));
}

void TstCliCommands::createUpdateSecretDeleteEndToEnd()
{
    const QByteArray body = R"({
        "name": "CLI end-to-end",
        "description": "made by tst_cli_commands",
        "authorizedGrantType": "CODE",
        "registeredRedirectUri": ["https://app.example.com/callback"],
        "scope": ["users:readonly"],
        "accessTokenValiditySeconds": 3600,
        "x-cli-test": {"keep": true}
    })";
    const Run created = run({u"clients"_s, u"create"_s, u"--file"_s, u"-"_s, u"--json"_s}, body);
    QVERIFY2(created.code == 0, created.err.constData());
    const QJsonObject createdJson = QJsonDocument::fromJson(created.out).object();
    const QString id = createdJson.value("id"_L1).toString();
    const QString secret = createdJson.value("secret"_L1).toString();
    QVERIFY(!id.isEmpty());
    QVERIFY(secret.size() >= 16);
    QVERIFY(created.err.contains("only this once"));
    QCOMPARE(m_sandbox->client(id).value("x-cli-test"_L1).toObject().value("keep"_L1), QJsonValue(true));

    // The secret is shown by create and secret only.
    for (const QStringList &args :
         {QStringList{u"clients"_s, u"get"_s, id}, QStringList{u"clients"_s, u"get"_s, id, u"--json"_s},
          QStringList{u"clients"_s, u"list"_s, u"--json"_s}, QStringList{u"clients"_s, u"list"_s}}) {
        const Run r = run(args);
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(!r.out.contains(secret.toUtf8()) && !r.err.contains(secret.toUtf8()),
                 qPrintable(args.join(u' ')));
    }

    // Update: only the description changes; everything else, the unknown field too, stays.
    const QJsonObject before = m_sandbox->client(id);
    const Run updated =
        run({u"clients"_s, u"update"_s, id, u"--file"_s, u"-"_s}, R"({"description":"changed"})");
    QVERIFY2(updated.code == 0, updated.err.constData());
    QVERIFY(updated.out.contains("changed"));
    const QJsonObject after = m_sandbox->client(id);
    QCOMPARE(after.value("description"_L1).toString(), u"changed"_s);
    for (const char *key : {"name", "authorizedGrantType", "registeredRedirectUri", "scope",
                            "accessTokenValiditySeconds", "x-cli-test", "state"})
        QVERIFY2(after.value(QLatin1StringView(key)) == before.value(QLatin1StringView(key)), key);

    // Regenerate: a new secret, shown once.
    const Run regenerated = run({u"clients"_s, u"secret"_s, id});
    QVERIFY2(regenerated.code == 0, regenerated.err.constData());
    const QString text = QString::fromUtf8(regenerated.out);
    const qsizetype at = text.indexOf(u"Secret:"_s);
    QVERIFY(at >= 0);
    const QString newSecret = text.mid(at + 7).section(u'\n', 0, 0).trimmed();
    QVERIFY(newSecret.size() >= 16);
    QVERIFY(newSecret != secret);
    QVERIFY(regenerated.err.contains("old secret"));
    const Run regeneratedJson = run({u"clients"_s, u"secret"_s, id, u"--json"_s});
    QCOMPARE(regeneratedJson.code, 0);
    const QString newestSecret =
        QJsonDocument::fromJson(regeneratedJson.out).object().value("secret"_L1).toString();
    QVERIFY(!newestSecret.isEmpty());
    const Run getAgain = run({u"clients"_s, u"get"_s, id, u"--json"_s});
    QVERIFY(!getAgain.out.contains(newSecret.toUtf8()) && !getAgain.out.contains(newestSecret.toUtf8()));

    // Delete: the client is set inactive first, then deleted, and the output says so.
    m_sandbox->clearRequests();
    const Run deleted = run({u"clients"_s, u"delete"_s, id});
    QVERIFY2(deleted.code == 0, deleted.err.constData());
    QVERIFY2(deleted.out.contains("inactive"), deleted.out.constData());
    QVERIFY(deleted.err.contains("inactive first"));
    int putInactive = -1;
    int del = -1;
    const QList<SandboxRequest> requests = m_sandbox->requests();
    for (int i = 0; i < requests.size(); ++i) {
        const SandboxRequest &q = requests.at(i);
        if (!q.path.endsWith(id))
            continue;
        if (q.method == "PUT" && QJsonDocument::fromJson(q.body).object().value("state"_L1) == u"inactive"_s)
            putInactive = i;
        if (q.method == "DELETE")
            del = i;
    }
    QVERIFY(putInactive >= 0);
    QVERIFY(del > putInactive);
    const Run gone = run({u"clients"_s, u"get"_s, id});
    QVERIFY2(gone.code == 1 || (gone.code == 0 && gone.out.contains("deleted")), gone.err.constData());
}

void TstCliCommands::badInputFilesAreRefusedBeforeAnyRequest()
{
    struct Case
    {
        QStringList args;
        QByteArray input;
        QByteArray expected;
    };
    const QString id = someClientId();
    const QList<Case> cases = {
        {{u"clients"_s, u"create"_s, u"--file"_s, u"-"_s}, "{ not json", "not valid JSON"},
        {{u"clients"_s, u"create"_s, u"--file"_s, u"-"_s},
         R"({"description":"no name"})",
         "\"name\" is required"},
        {{u"clients"_s, u"create"_s, u"--file"_s, u"-"_s},
         R"({"name":"x","authorizedGrantType":"IMPLICIT"})",
         "IMPLICIT"},
        {{u"clients"_s, u"create"_s, u"--file"_s, u"/nonexistent/dir/client.json"_s}, {}, "client.json"},
        {{u"clients"_s, u"update"_s, id, u"--file"_s, u"-"_s}, R"({"scope":"users"})", "\"scope\""},
        {{u"clients"_s, u"update"_s, id, u"--file"_s, u"-"_s}, "[]", "JSON object"},
        {{u"usage"_s, u"query"_s, id, u"--file"_s, u"-"_s}, R"({"interval":"last week"})", "interval"},
    };
    for (const Case &c : cases) {
        m_sandbox->clearRequests();
        const Run r = run(c.args, c.input);
        QVERIFY2(r.code == 2, qPrintable(c.args.join(u' ') + u" -> "_s + QString::number(r.code)));
        QVERIFY2(r.err.contains(c.expected), r.err.constData());
        QVERIFY2(r.err.contains("nothing was sent"), r.err.constData());
        QVERIFY2(r.out.isEmpty(), r.out.constData());
        QCOMPARE(m_sandbox->requests().size(), 0); // not even a token request
    }
}

void TstCliCommands::updateReadsTheClientFirstAndKeepsEverythingElse()
{
    // A demo client with fields OAuth Desk does not model keeps them through an update.
    QString id;
    QStringList unknown;
    static const QStringList known = {u"id"_s,
                                      u"name"_s,
                                      u"accessTokenValiditySeconds"_s,
                                      u"description"_s,
                                      u"registeredRedirectUri"_s,
                                      u"roleIds"_s,
                                      u"dateCreated"_s,
                                      u"dateModified"_s,
                                      u"createdBy"_s,
                                      u"modifiedBy"_s,
                                      u"authorizedGrantType"_s,
                                      u"scope"_s,
                                      u"roleDivisions"_s,
                                      u"state"_s,
                                      u"dateToDelete"_s,
                                      u"selfUri"_s};
    for (const QJsonValue &v : m_sandbox->clients()) {
        const QJsonObject c = v.toObject();
        if (c.value("state"_L1).toString() != "active"_L1 ||
            c.value("id"_L1).toString() == m_sandbox->adminClientId())
            continue;
        unknown.clear();
        for (const QString &key : c.keys()) {
            if (!known.contains(key))
                unknown.append(key);
        }
        if (!unknown.isEmpty()) {
            id = c.value("id"_L1).toString();
            break;
        }
    }
    if (id.isEmpty())
        QSKIP("the demo org has no client with unknown fields");
    const QJsonObject before = m_sandbox->client(id);
    // The file comes from `clients get --json` with one edit: read-only fields are ignored.
    QJsonObject file = before;
    file.insert("accessTokenValiditySeconds"_L1, 7200);
    const Run r =
        run({u"clients"_s, u"update"_s, id, u"--file"_s, u"-"_s, u"--json"_s}, QJsonDocument(file).toJson());
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(r.err.contains("Ignoring read-only fields"));
    const QJsonObject after = m_sandbox->client(id);
    QCOMPARE(after.value("accessTokenValiditySeconds"_L1).toInteger(), 7200);
    for (const QString &key : unknown)
        QVERIFY2(after.value(key) == before.value(key), qPrintable(key));
    QCOMPARE(QJsonDocument::fromJson(r.out).object(), after);
    QCOMPARE(m_sandbox->requestCount(u"/api/v2/oauth/clients/"_s + id, "GET"), 1);
    QCOMPARE(m_sandbox->requestCount(u"/api/v2/oauth/clients/"_s + id, "PUT"), 1);
}

void TstCliCommands::exitCodes()
{
    // Usage errors: nothing is sent.
    Run r = run({u"frobnicate"_s});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("Unknown command"));
    QVERIFY(r.err.contains("--help"));
    r = run({u"clients"_s, u"list"_s, u"--bogus"_s});
    QCOMPARE(r.code, 2);
    r = run({u"clients"_s, u"list"_s, u"--secret"_s, u"hunter2"_s});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("GENESYSCLOUD_OAUTHCLIENT_SECRET"));
    QVERIFY(!r.err.contains("hunter2"));
    r = run({u"clients"_s, u"list"_s, u"--lang"_s, u"xx-nowhere"_s});
    QCOMPARE(r.code, 2);
    QCOMPARE(m_sandbox->requests().size(), 0);

    // API errors: a 404 shows the server's message, status, code and contextId.
    r = run({u"clients"_s, u"get"_s, u"00000000-0000-4000-8000-000000000000"_s});
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains("HTTP 404"), r.err.constData());
    QVERIFY2(r.err.contains("not.found"), r.err.constData());
    QVERIFY2(r.err.contains("contextId"), r.err.constData());

    // Authentication errors.
    QProcessEnvironment bogus;
    bogus.insert(cli::EnvAccessToken, u"bogus"_s);
    r = run({u"clients"_s, u"list"_s}, {}, bogus);
    QCOMPARE(r.code, 3);
    // No "who am I" call first any more: the listing's own 401 says it.
    QVERIFY2(r.err.contains("HTTP 401"), r.err.constData());
    QProcessEnvironment wrongSecret = credentials();
    wrongSecret.insert(cli::EnvClientSecret, u"not-the-secret"_s);
    r = run({u"whoami"_s}, {}, wrongSecret);
    QCOMPARE(r.code, 3);
    QVERIFY(!r.err.contains("not-the-secret"));
    r = run({u"clients"_s, u"list"_s}, {}, QProcessEnvironment());
    QCOMPARE(r.code, 3);
    QVERIFY(r.err.contains("GENESYSCLOUD_OAUTHCLIENT_ID"));

    // A server that is not there is an API error, not an authentication error.
    r = run({u"clients"_s, u"list"_s, u"--api-url"_s, u"http://127.0.0.1:1"_s}, {}, {}, false);
    QCOMPARE(r.code, 1);
    // Plain http to a remote host is refused before anything is sent.
    r = run({u"clients"_s, u"list"_s, u"--api-url"_s, u"http://api.example.com"_s}, {}, {}, false);
    QCOMPARE(r.code, 2);
}

void TstCliCommands::forbiddenNamesTheMissingPermission()
{
    QProcessEnvironment env;
    env.insert(cli::EnvAccessToken, m_sandbox->issueToken({u"oauth:client:view"_s}));
    const QString id = someClientId();
    Run r = run({u"clients"_s, u"get"_s, id}, {}, env);
    QVERIFY2(r.code == 0, r.err.constData()); // viewing is allowed
    r = run({u"clients"_s, u"secret"_s, id}, {}, env);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("oauth:client:edit"), r.err.constData());
    QVERIFY2(r.err.contains("403"), r.err.constData());
    QVERIFY2(r.err.contains("missing.permissions"), r.err.constData());
}

void TstCliCommands::languageSelectsGermanScopeDescriptions()
{
    const Run en = run({u"scopes"_s, u"get"_s, u"analytics:readonly"_s, u"--lang"_s, u"en-us"_s});
    QVERIFY2(en.code == 0, en.err.constData());
    m_sandbox->clearRequests();
    const Run de = run({u"--lang"_s, u"de-de"_s, u"scopes"_s, u"get"_s, u"analytics:readonly"_s});
    QVERIFY2(de.code == 0, de.err.constData());
    QVERIFY(de.out != en.out);
    QVERIFY2(de.out.contains("anzeigen"), de.out.constData());
    QVERIFY2(en.out.contains("View"), en.out.constData());
    bool sentGerman = false;
    for (const SandboxRequest &q : m_sandbox->requests()) {
        if (q.path.contains(u"/oauth/scopes/"_s))
            sentGerman = q.headers.value("accept-language") == "de-de";
    }
    QVERIFY(sentGerman);

    const Run list = run({u"--lang"_s, u"de-de"_s, u"--json"_s, u"scopes"_s, u"list"_s});
    QCOMPARE(list.code, 0);
    const QJsonArray scopes = QJsonDocument::fromJson(list.out).array();
    QVERIFY(scopes.size() > 10);
    int german = 0;
    for (const QJsonValue &s : scopes)
        german += s.toObject().value("description"_L1).toString().contains(u"anzeigen"_s) ? 1 : 0;
    QVERIFY(german > 5);
}

void TstCliCommands::authorizationsRolesDivisions()
{
    Run r = run({u"authorizations"_s, u"list"_s, u"--json"_s});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonArray auths = QJsonDocument::fromJson(r.out).array();
    QVERIFY(!auths.isEmpty());
    QVERIFY(!r.out.contains("\"secret\""));
    const QString clientId = auths.first().toObject().value("client"_L1).toObject().value("id"_L1).toString();
    r = run({u"authorizations"_s, u"get"_s, clientId});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(r.out.contains(clientId.toUtf8()));
    r = run({u"authorizations"_s, u"list"_s});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.trimmed().endsWith(QString(u"%1 authorizations"_s.arg(auths.size())).toUtf8()));

    r = run({u"roles"_s, u"list"_s});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(r.out.contains("Master Admin"));
    r = run({u"divisions"_s, u"list"_s, u"--json"_s});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonArray divisions = QJsonDocument::fromJson(r.out).array();
    QVERIFY(!divisions.isEmpty());
    int homes = 0;
    for (const QJsonValue &d : divisions)
        homes += d.toObject().value("homeDivision"_L1).toBool() ? 1 : 0;
    QCOMPARE(homes, 1);
}

void TstCliCommands::usageSummaryQueryAndResults()
{
    const QString id = someClientId(u"CODE"_s);
    // Without --wait: the execution id and the results path, for a later `usage results`.
    Run r = run({u"usage"_s, u"summary"_s, id, u"--days"_s, u"30"_s, u"--json"_s});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonObject started = QJsonDocument::fromJson(r.out).object();
    const QString executionId = started.value("executionId"_L1).toString();
    QVERIFY(!executionId.isEmpty());
    QVERIFY(started.value("resultsUri"_L1).toString().contains(executionId));
    QVERIFY(m_sandbox->requests().last().query.contains("days=30"));

    // `usage results` answers Running until the platform has the rows, then Complete.
    QJsonObject result;
    const QDeadlineTimer deadline(20s);
    for (;;) {
        const Run results = run({u"usage"_s, u"results"_s, id, executionId, u"--json"_s});
        QVERIFY2(results.code == 0, results.err.constData());
        result = QJsonDocument::fromJson(results.out).object();
        if (result.value("queryStatus"_L1) != u"Running"_s || deadline.hasExpired())
            break;
        QTest::qWait(20);
    }
    QCOMPARE(result.value("queryStatus"_L1).toString(), u"Complete"_s);
    QVERIFY(result.value("results"_L1).isArray());

    // With --wait: the rows.
    r = run({u"usage"_s, u"summary"_s, id, u"--wait"_s, u"--json"_s});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
    QVERIFY(!rows.isEmpty());
    for (const QJsonValue &row : rows)
        QVERIFY(row.toObject().contains("requests"_L1));
    r = run({u"usage"_s, u"summary"_s, id, u"--wait"_s});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains("REQUESTS"));
    QVERIFY(r.out.contains(" rows, "));

    // A query from a file.
    const QByteArray query = R"({"interval":"2026-03-01T00:00:00Z/2026-03-15T00:00:00Z","granularity":"Day",
                                 "metrics":["Requests","Status200"],"groupBy":["TemplateUri"]})";
    m_sandbox->clearRequests();
    r = run({u"usage"_s, u"query"_s, id, u"--file"_s, u"-"_s, u"--wait"_s, u"--json"_s}, query);
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(QJsonDocument::fromJson(r.out).isArray());
    bool sent = false;
    for (const SandboxRequest &q : m_sandbox->requests()) {
        if (q.method == "POST" && q.path.endsWith(u"/usage/query"_s)) {
            const QJsonObject body = QJsonDocument::fromJson(q.body).object();
            sent = body.value("interval"_L1).toString().startsWith(u"2026-03-01T00:00:00"_s) &&
                   body.value("groupBy"_L1).toArray() == QJsonArray{u"TemplateUri"_s};
        }
    }
    QVERIFY(sent);

    // A failed query is an API error.
    m_sandbox->failNextUsageQuery();
    r = run({u"usage"_s, u"summary"_s, id, u"--wait"_s});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains("failed"));
}

void TstCliCommands::whoami()
{
    Run r = run({u"whoami"_s});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(r.out.contains(m_sandbox->organizationId().toUtf8()));
    QVERIFY(r.out.contains(m_sandbox->adminClientId().toUtf8()));
    QVERIFY(r.out.contains("client credentials"));
    QVERIFY(r.out.contains(m_sandbox->baseUrl().toString().toUtf8()));
    QCOMPARE(m_sandbox->requestCount(u"/api/v2/tokens/me"_s), 1); // the sign-in's answer is reused
    r = run({u"whoami"_s, u"--json"_s});
    QCOMPARE(r.code, 0);
    const QJsonObject me = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(me.value("OAuthClient"_L1).toObject().value("id"_L1).toString(), m_sandbox->adminClientId());
    QCOMPARE(me.value("organization"_L1).toObject().value("id"_L1).toString(), m_sandbox->organizationId());
}

void TstCliCommands::verboseTraceNeverShowsSecrets()
{
    const QString id = someClientId();
    clitest::LogCapture capture;
    const Run r = run({u"--verbose"_s, u"clients"_s, u"secret"_s, id, u"--json"_s});
    capture.stop();
    QVERIFY2(r.code == 0, r.err.constData());
    const QByteArray secret = QJsonDocument::fromJson(r.out).object().value("secret"_L1).toString().toUtf8();
    QVERIFY(!secret.isEmpty());
    const QByteArray log = capture.text();
    QVERIFY2(log.contains("/secret"), "the HTTP trace is on with --verbose");
    QVERIFY(log.contains("[redacted]"));
    QVERIFY(!log.contains(secret));
    QVERIFY(!log.contains(m_sandbox->adminClientSecret().toUtf8()));
    QVERIFY(!r.err.contains(secret));

    // Without --verbose the trace stays off.
    clitest::LogCapture quietCapture;
    const Run quiet = run({u"clients"_s, u"get"_s, id});
    quietCapture.stop();
    QCOMPARE(quiet.code, 0);
    QVERIFY2(!quietCapture.text().contains("oauth/clients"), quietCapture.text().constData());
}

void TstCliCommands::timeoutCancelsAndSaysSo()
{
    FaultRule slow;
    slow.kind = FaultRule::Kind::Latency;
    slow.method = "GET";
    slow.pathPattern = u"^/api/v2/oauth/clients$"_s;
    slow.latencyMs = 5000;
    slow.count = -1;
    m_sandbox->addFault(slow);
    const Run r = run({u"clients"_s, u"list"_s, u"--timeout"_s, u"1"_s});
    m_sandbox->clearFaults();
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("Timed out after 1 s"), r.err.constData());
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.ms < 4000, qPrintable(QString::number(r.ms)));
}

void TstCliCommands::defaultDeadlineStopsRetryingAndWaitsAreShown()
{
    // The run's clock is scaled by 1/100: Retry-After 60 s waits 0.6 s, the default limit of 120 s
    // is 1.2 s. Without a limit the 429s went on for four waits (240 s; 480 s with Retry-After 120).
    FaultRule limited;
    limited.kind = FaultRule::Kind::RateLimit;
    limited.method = "GET";
    limited.pathPattern = u"^/api/v2/oauth/clients$"_s;
    limited.retryAfterSeconds = 60;
    limited.count = -1;
    m_sandbox->addFault(limited);
    const Run r = run({u"clients"_s, u"list"_s});
    m_sandbox->clearFaults();
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.isEmpty());
    // One line per wait, although stderr is not a terminal here.
    QVERIFY2(waitLines(r.err) == 1, r.err.constData());
    QVERIFY2(r.err.contains("waiting 60 s: rate limited (429), attempt 2 of 5\n"), r.err.constData());
    QVERIFY2(r.err.contains("time limit of 120 s"), r.err.constData());
    QCOMPARE(m_sandbox->requestCount(u"/api/v2/oauth/clients"_s, "GET"), 2);
    QVERIFY2(r.ms < 3000, qPrintable(QString::number(r.ms)));

    // --timeout 250: the first wait of 150 s fits, the second would end past 300 s. (Scaled: 1 s of
    // real time for signing in and the first answer, enough on a loaded machine; with 20 s in 30 s
    // the margin was 0.1 s, and a slow start left no room for even the first wait.)
    m_sandbox->clearRequests();
    limited.retryAfterSeconds = 150;
    m_sandbox->addFault(limited);
    const Run shorter = run({u"clients"_s, u"list"_s, u"--timeout"_s, u"250"_s});
    m_sandbox->clearFaults();
    QCOMPARE(shorter.code, 1);
    QCOMPARE(waitLines(shorter.err), 1);
    QVERIFY2(shorter.err.contains("waiting 150 s: rate limited (429), attempt 2 of 5"),
             shorter.err.constData());
    QVERIFY2(shorter.err.contains("time limit of 250 s"), shorter.err.constData());
}

void TstCliCommands::timeoutZeroWaitsAsLongAsTheServerAsks()
{
    FaultRule limited;
    limited.kind = FaultRule::Kind::RateLimit;
    limited.method = "GET";
    limited.pathPattern = u"^/api/v2/oauth/clients$"_s;
    limited.retryAfterSeconds = 90;
    limited.count = 2;
    m_sandbox->addFault(limited);
    const Run r = run({u"clients"_s, u"list"_s, u"--timeout"_s, u"0"_s});
    m_sandbox->clearFaults();
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.err.contains("waiting 90 s: rate limited (429), attempt 2 of 5\n"), r.err.constData());
    QVERIFY2(r.err.contains("waiting 90 s: rate limited (429), attempt 3 of 5\n"), r.err.constData());
    QCOMPARE(m_sandbox->requestCount(u"/api/v2/oauth/clients"_s, "GET"), 3);
    // A negative limit is a usage error.
    QCOMPARE(run({u"clients"_s, u"list"_s, u"--timeout"_s, u"-1"_s}).code, 2);
}

void TstCliCommands::tokenWithControlCharacterIsAnAuthenticationError()
{
    // Was exit 1 (the server's refusal of a broken header), or worse: a CR LF ended the
    // Authorization header and smuggled in a request of its own.
    for (const QString &token : {u"abc\u0001def"_s, u"abc\r\nDELETE /api/v2/oauth/clients/x HTTP/1.1"_s}) {
        m_sandbox->clearRequests();
        QProcessEnvironment env;
        env.insert(cli::EnvAccessToken, token);
        const Run r = run({u"whoami"_s}, {}, env);
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains("GENESYSCLOUD_ACCESS_TOKEN"), r.err.constData());
        QVERIFY2(!r.err.contains("DELETE"), r.err.constData());
        QCOMPARE(m_sandbox->requests().size(), 0);
    }
    QProcessEnvironment env = credentials();
    env.insert(cli::EnvClientSecret, u"secret\nwith a line break"_s);
    const Run r = run({u"clients"_s, u"list"_s}, {}, env);
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains("GENESYSCLOUD_OAUTHCLIENT_SECRET"), r.err.constData());
    QVERIFY(!r.err.contains("with a line break"));
    QCOMPARE(m_sandbox->requests().size(), 0);
}

void TstCliCommands::unavailableCreateIsReportedAndNotLookedFor()
{
    FaultRule unavailable;
    unavailable.kind = FaultRule::Kind::Status;
    unavailable.status = 503;
    unavailable.method = "POST";
    unavailable.pathPattern = u"^/api/v2/oauth/clients$"_s;
    unavailable.count = -1;
    m_sandbox->addFault(unavailable);
    const int before = int(m_sandbox->clients().size());
    const QByteArray body = R"({"name":"Unavailable create","authorizedGrantType":"CODE",
        "registeredRedirectUri":["https://app.example.com/callback"],"scope":["users:readonly"]})";
    const Run r = run({u"clients"_s, u"create"_s, u"--file"_s, u"-"_s}, body);
    m_sandbox->clearFaults();
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("not carried out"), r.err.constData());
    QVERIFY2(r.err.contains("503"), r.err.constData());
    QCOMPARE(m_sandbox->requestCount(u"/api/v2/oauth/clients"_s, "POST"), 1);
    QCOMPARE(m_sandbox->requestCount(u"/api/v2/oauth/clients"_s, "GET"), 0); // no search for it
    QCOMPARE(int(m_sandbox->clients().size()), before);
}

void TstCliCommands::interruptCancelsCleanly()
{
    m_sandbox->setUsageRunningPolls(1000); // the query never completes on its own
    QStringList args = {u"usage"_s,  u"summary"_s,   someClientId(),
                        u"--wait"_s, u"--api-url"_s, m_sandbox->baseUrl().toString()};
    cli::CliApp app(args, credentials(), {});
    app.setTimeScale(0.01);
    app.start();
    QTRY_VERIFY_WITH_TIMEOUT(m_sandbox->requestCount(u"/api/v2/oauth/clients/"_s, "GET") >= 2, 10000);
    app.interrupt();
    QTRY_VERIFY_WITH_TIMEOUT(app.isFinished(), 5000);
    m_sandbox->setUsageRunningPolls(1);
    QCOMPARE(app.exitCode(), 130);
    QVERIFY(app.errors().contains("Interrupted"));
    QVERIFY(app.output().isEmpty());
}

void TstCliCommands::versionAndHelpNeedNoServer()
{
    Run r = run({u"--version"_s}, {}, QProcessEnvironment(), false);
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, QByteArray("oauthdesk-cli " OAUTHDESK_VERSION "\n"));
    r = run({u"clients"_s, u"create"_s, u"--help"_s}, {}, QProcessEnvironment(), false);
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains("--file PATH"));
    QVERIFY(r.out.contains("Example:"));
    r = run({}, {}, QProcessEnvironment(), false);
    QCOMPARE(r.code, 2);
    QCOMPARE(m_sandbox->requests().size(), 0);
}

void TstCliCommands::profileWithoutStoredSecretAsksForSignIn()
{
    // The test runs with its own HOME/XDG_CONFIG_HOME: this profiles file is the test's.
    ProfileStore store;
    Profile p;
    p.name = u"cli-sandbox"_s;
    p.apiUrl = m_sandbox->baseUrl();
    p.loginUrl = m_sandbox->baseUrl();
    p.method = SignInMethod::ClientCredentials;
    p.clientId = m_sandbox->adminClientId();
    const QStringList problems = store.save(p);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u' ')));

    // The environment's credentials are not used when a profile is named.
    Run r = run({u"--profile"_s, u"cli-sandbox"_s, u"whoami"_s}, {}, {}, false);
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains("cli-sandbox"), r.err.constData());
    QVERIFY2(r.err.contains("keychain"), r.err.constData());
    QCOMPARE(m_sandbox->requests().size(), 0);

    r = run({u"--profile"_s, u"no-such-profile"_s, u"whoami"_s}, {}, {}, false);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("cli-sandbox"), r.err.constData()); // the profiles that exist are named

    r = run({u"--profile"_s, u"cli-sandbox"_s, u"whoami"_s}); // with --api-url
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("--profile"));
    store.remove(p.name);
}

QTEST_GUILESS_MAIN(TstCliCommands)
#include "tst_cli_commands.moc"

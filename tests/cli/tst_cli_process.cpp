// SPDX-License-Identifier: GPL-3.0-or-later
// The built oauthdesk-cli binary, run with QProcess: --demo with its own in-process sandbox, and
// environment credentials against a sandbox running in this test process (the event loop keeps
// serving while the child runs, so every wait here spins the loop instead of blocking).

#include "app/cli/credentials.h"
#include "app/sandbox/sandboxserver.h"
#include "tests/support/testsupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/types.h>
#endif

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {
struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
    qint64 ms = 0;
};

// The test's own environment minus anything that could change the outcome: credentials from the
// developer's shell, and every display (the CLI must not need one).
QProcessEnvironment cleanEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys()) {
        if (key.startsWith("GENESYSCLOUD_"_L1) || key.startsWith("OAUTHDESK_DEMO"_L1))
            env.remove(key);
    }
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    return env;
}

bool waitForExit(QProcess &p, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (p.state() != QProcess::NotRunning && !deadline.hasExpired())
        QTest::qWait(2);
    return p.state() == QProcess::NotRunning;
}
} // namespace

class TstCliProcess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void versionWorksWithoutADisplay();
    void demoListTableHasTheDemoClients();
    void demoJsonListIsAnArrayWithoutSecrets();
    void demoGermanScopes();
    void demoKeepsTheHttpServerLogOff();
    void environmentCredentialsAgainstARunningSandbox();
    void optionsBeforeAndAfterTheCommand();
    void clientFlowThroughTheBinary();
    void exitCodes();
    void secretOptionsAreRefused();
    void interruptWithCtrlC_data();
    void interruptWithCtrlC();
    void interruptWhileReadingIds_data();
    void interruptWhileReadingIds();
    void tenThousandClientsAsJson();
    void stdinIsReadToTheEndOfASlowPipe();
    void sandboxBinaryExitsOnStdinCloseUnlessAsked();

private:
    Run cli(const QStringList &args, const QProcessEnvironment &env = cleanEnvironment(),
            const QByteArray &stdinData = {}, int timeoutMs = 60000);
    [[nodiscard]] QProcessEnvironment credentials() const;
    [[nodiscard]] QStringList withUrl(QStringList args) const;
    [[nodiscard]] QString someClientId() const;

    std::unique_ptr<SandboxServer> m_sandbox;
};

void TstCliProcess::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(OAUTHDESK_CLI_BINARY)), OAUTHDESK_CLI_BINARY);
    m_sandbox = std::make_unique<SandboxServer>(testsupport::SandboxSession::defaultOptions());
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
}

void TstCliProcess::init()
{
    m_sandbox->clearFaults();
    m_sandbox->clearRequests();
}

Run TstCliProcess::cli(const QStringList &args, const QProcessEnvironment &env, const QByteArray &stdinData,
                       int timeoutMs)
{
    Run r;
    QProcess p;
    p.setProcessEnvironment(env);
    QElapsedTimer clock;
    clock.start();
    p.start(QStringLiteral(OAUTHDESK_CLI_BINARY), args);
    if (!p.waitForStarted(10000)) {
        qWarning("could not start %s: %s", OAUTHDESK_CLI_BINARY, qPrintable(p.errorString()));
        return r;
    }
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    if (!waitForExit(p, timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        r.code = -2;
    } else {
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }
    r.ms = clock.elapsed();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QProcessEnvironment TstCliProcess::credentials() const
{
    QProcessEnvironment env = cleanEnvironment();
    env.insert(cli::EnvClientId, m_sandbox->adminClientId());
    env.insert(cli::EnvClientSecret, m_sandbox->adminClientSecret());
    return env;
}

QStringList TstCliProcess::withUrl(QStringList args) const
{
    return args << u"--api-url"_s << m_sandbox->baseUrl().toString();
}

QString TstCliProcess::someClientId() const
{
    for (const QJsonValue &v : m_sandbox->clients()) {
        const QJsonObject c = v.toObject();
        if (c.value("state"_L1) == u"active"_s && c.value("id"_L1).toString() != m_sandbox->adminClientId())
            return c.value("id"_L1).toString();
    }
    return {};
}

// ---------------------------------------------------------------------------------------------

void TstCliProcess::versionWorksWithoutADisplay()
{
    const QProcessEnvironment env = cleanEnvironment();
    QVERIFY(!env.contains(u"DISPLAY"_s) && !env.contains(u"QT_QPA_PLATFORM"_s));
    const Run r = cli({u"--version"_s}, env);
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, QByteArray("oauthdesk-cli " OAUTHDESK_VERSION "\n"));
    QVERIFY2(r.err.isEmpty(), r.err.constData());
}

void TstCliProcess::demoKeepsTheHttpServerLogOff()
{
    // QT_LOGGING_RULES wins over the app's own rules. With every debug category on, QtHttpServer's
    // (qt.httpserver.*) printed the in-process sandbox's requests, Authorization headers included.
    QProcessEnvironment env = cleanEnvironment();
    env.insert(u"QT_LOGGING_RULES"_s, u"*.debug=true"_s);
    env.insert(u"QT_MESSAGE_PATTERN"_s, u"%{category}: %{message}"_s);
    const Run r = cli({u"--demo"_s, u"whoami"_s}, env);
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(!r.err.contains("qt.httpserver"), r.err.left(2000).constData());
    // Our own HTTP trace (oauthdesk.http) is on too; it redacts.
    for (const QByteArray &line : r.err.split('\n')) {
        for (const char *scheme : {"Bearer ", "Basic "}) {
            const qsizetype at = line.indexOf(scheme);
            if (at >= 0)
                QVERIFY2(line.mid(at + qsizetype(qstrlen(scheme))).startsWith("[redacted]"),
                         line.constData());
        }
    }
    // The rules themselves still apply: other debug categories do print.
    QVERIFY2(r.err.contains("qt.") || r.err.contains("oauthdesk."), r.err.left(2000).constData());
}

void TstCliProcess::demoListTableHasTheDemoClients()
{
    const Run r = cli({u"--demo"_s, u"clients"_s, u"list"_s});
    QVERIFY2(r.code == 0, r.err.constData());
    const QString text = QString::fromUtf8(r.out);
    for (const char *name : {"Salesforce CTI connector", "Okta SCIM provisioning", "Nightly WFM export"})
        QVERIFY2(text.contains(QLatin1StringView(name)), name);
    // Every demo client whose name fits the column is listed (the demo org is the same whatever "now").
    const QJsonArray demo = m_sandbox->clients();
    for (const QJsonValue &v : demo) {
        const QString name = v.toObject().value("name"_L1).toString();
        if (name.size() <= 40)
            QVERIFY2(text.contains(name), qPrintable(name));
    }
    QVERIFY(text.trimmed().endsWith(u"%1 clients"_s.arg(demo.size())));
}

void TstCliProcess::demoJsonListIsAnArrayWithoutSecrets()
{
    const Run r = cli({u"--demo"_s, u"--json"_s, u"clients"_s, u"list"_s});
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(r.out.count('\n'), 1);
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &pe);
    QCOMPARE(pe.error, QJsonParseError::NoError);
    QVERIFY(doc.isArray());
    QVERIFY(doc.array().size() >= 40);
    for (const QJsonValue &v : doc.array()) {
        QVERIFY(v.isObject());
        QVERIFY(!v.toObject().value("id"_L1).toString().isEmpty());
        QVERIFY(!v.toObject().contains("secret"_L1));
    }
}

void TstCliProcess::demoGermanScopes()
{
    const Run de = cli({u"--demo"_s, u"scopes"_s, u"list"_s, u"--lang"_s, u"de-de"_s});
    QVERIFY2(de.code == 0, de.err.constData());
    QVERIFY(de.out.contains("anzeigen"));
    const Run en = cli({u"--demo"_s, u"scopes"_s, u"list"_s});
    QCOMPARE(en.code, 0);
    QVERIFY(!en.out.contains("anzeigen"));
}

void TstCliProcess::environmentCredentialsAgainstARunningSandbox()
{
    const Run r = cli(withUrl({u"whoami"_s}), credentials());
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(r.out.contains(m_sandbox->adminClientId().toUtf8()));
    QVERIFY(m_sandbox->requestCount(u"/oauth/token"_s, "POST") >= 1);
    // The token request carried the client id and secret as HTTP Basic, never in the URL.
    for (const SandboxRequest &q : m_sandbox->requests())
        QVERIFY(!q.query.contains(m_sandbox->adminClientSecret().toUtf8()));

    // GENESYSCLOUD_API_URL does the same as --api-url.
    QProcessEnvironment env = credentials();
    env.insert(cli::EnvApiUrl, m_sandbox->baseUrl().toString());
    const Run viaEnv = cli({u"whoami"_s, u"--json"_s}, env);
    QVERIFY2(viaEnv.code == 0, viaEnv.err.constData());
    QCOMPARE(QJsonDocument::fromJson(viaEnv.out)
                 .object()
                 .value("OAuthClient"_L1)
                 .toObject()
                 .value("id"_L1)
                 .toString(),
             m_sandbox->adminClientId());
}

void TstCliProcess::optionsBeforeAndAfterTheCommand()
{
    const QString url = m_sandbox->baseUrl().toString();
    const Run before = cli(
        {u"--json"_s, u"--api-url"_s, url, u"--timeout"_s, u"30"_s, u"clients"_s, u"list"_s}, credentials());
    const Run after =
        cli({u"clients"_s, u"list"_s, u"--api-url"_s, url, u"--json"_s, u"--timeout=30"_s}, credentials());
    QVERIFY2(before.code == 0, before.err.constData());
    QVERIFY2(after.code == 0, after.err.constData());
    QCOMPARE(before.out, after.out);
    QCOMPARE(QJsonDocument::fromJson(before.out).array(), m_sandbox->clients());
}

void TstCliProcess::clientFlowThroughTheBinary()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray create = R"({"name":"CLI binary flow","authorizedGrantType":"CLIENT-CREDENTIALS",
        "roleDivisions":[],"x-kept":"yes"})";
    // A client-credentials client needs a role: take one from `roles list`.
    const Run roles = cli(withUrl({u"roles"_s, u"list"_s, u"--json"_s}), credentials());
    QVERIFY2(roles.code == 0, roles.err.constData());
    const QString roleId =
        QJsonDocument::fromJson(roles.out).array().first().toObject().value("id"_L1).toString();
    QJsonObject body = QJsonDocument::fromJson(create).object();
    body.insert("roleDivisions"_L1,
                QJsonArray{QJsonObject{{u"roleId"_s, roleId}, {u"divisionId"_s, u"*"_s}}});

    // create --file - (stdin)
    const Run created = cli(withUrl({u"clients"_s, u"create"_s, u"--file"_s, u"-"_s, u"--json"_s}),
                            credentials(), QJsonDocument(body).toJson());
    QVERIFY2(created.code == 0, created.err.constData());
    const QJsonObject c = QJsonDocument::fromJson(created.out).object();
    const QString id = c.value("id"_L1).toString();
    const QByteArray secret = c.value("secret"_L1).toString().toUtf8();
    QVERIFY(!id.isEmpty());
    QVERIFY(!secret.isEmpty());

    // get: no secret, in either form.
    for (const QStringList &args :
         {QStringList{u"clients"_s, u"get"_s, id}, QStringList{u"clients"_s, u"get"_s, id, u"--json"_s}}) {
        const Run got = cli(withUrl(args), credentials());
        QVERIFY2(got.code == 0, got.err.constData());
        QVERIFY(!got.out.contains(secret) && !got.err.contains(secret));
    }

    // update --file PATH keeps everything not in the file.
    const QString path = dir.filePath(u"edit.json"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"json({"name":"CLI binary flow (renamed)","accessTokenValiditySeconds":600})json");
    f.close();
    const Run updated = cli(withUrl({u"clients"_s, u"update"_s, id, u"--file"_s, path}), credentials());
    QVERIFY2(updated.code == 0, updated.err.constData());
    const QJsonObject after = m_sandbox->client(id);
    QCOMPARE(after.value("name"_L1).toString(), u"CLI binary flow (renamed)"_s);
    QCOMPARE(after.value("accessTokenValiditySeconds"_L1).toInteger(), 600);
    QCOMPARE(after.value("x-kept"_L1).toString(), u"yes"_s);
    QCOMPARE(after.value("roleDivisions"_L1).toArray().size(), 1);

    // secret: a new one, shown once.
    const Run regenerated = cli(withUrl({u"clients"_s, u"secret"_s, id, u"--json"_s}), credentials());
    QVERIFY2(regenerated.code == 0, regenerated.err.constData());
    const QByteArray newSecret =
        QJsonDocument::fromJson(regenerated.out).object().value("secret"_L1).toString().toUtf8();
    QVERIFY(!newSecret.isEmpty() && newSecret != secret);
    // The new secret works: the client signs in with it (and the old one does not).
    QProcessEnvironment asNewClient = cleanEnvironment();
    asNewClient.insert(cli::EnvClientId, id);
    asNewClient.insert(cli::EnvClientSecret, QString::fromUtf8(newSecret));
    const Run signedIn = cli(withUrl({u"whoami"_s}), asNewClient);
    QVERIFY2(signedIn.code == 0, signedIn.err.constData());
    asNewClient.insert(cli::EnvClientSecret, QString::fromUtf8(secret));
    QCOMPARE(cli(withUrl({u"whoami"_s}), asNewClient).code, 3);

    // delete: deactivated first, then gone. --json is an array of rows, also for one id (issue 16).
    const Run deleted = cli(withUrl({u"clients"_s, u"delete"_s, id, u"--json"_s}), credentials());
    QVERIFY2(deleted.code == 0, deleted.err.constData());
    const QJsonArray rows = QJsonDocument::fromJson(deleted.out).array();
    QCOMPARE(rows.size(), 1);
    const QJsonObject d = rows.at(0).toObject();
    QCOMPARE(d.value("id"_L1).toString(), id);
    QCOMPARE(d.value("action"_L1).toString(), u"delete"_s);
    QCOMPARE(d.value("result"_L1).toString(), u"done"_s);
    QVERIFY2(d.value("message"_L1).toString().contains(u"inactive first"_s), deleted.out.constData());
    const QJsonObject gone = m_sandbox->client(id);
    QVERIFY(gone.isEmpty() || gone.value("state"_L1) == u"deleted"_s);
}

void TstCliProcess::exitCodes()
{
    Run r = cli({u"frobnicate"_s});
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    r = cli({u"clients"_s, u"list"_s}); // no credentials at all
    QCOMPARE(r.code, 3);
    r = cli(withUrl({u"clients"_s, u"get"_s, u"00000000-0000-4000-8000-000000000000"_s}), credentials());
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains("404"));
    QProcessEnvironment bogus = cleanEnvironment();
    bogus.insert(cli::EnvAccessToken, u"bogus"_s);
    r = cli(withUrl({u"clients"_s, u"list"_s}), bogus);
    QCOMPARE(r.code, 3);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bad.json"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"name\": }");
    f.close();
    m_sandbox->clearRequests();
    r = cli(withUrl({u"clients"_s, u"create"_s, u"--file"_s, path}), credentials());
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("not valid JSON"));
    QCOMPARE(m_sandbox->requests().size(), 0);
}

void TstCliProcess::secretOptionsAreRefused()
{
    const QString secret = m_sandbox->adminClientSecret();
    for (const QStringList &args : {QStringList{u"--client-secret"_s, secret, u"clients"_s, u"list"_s},
                                    QStringList{u"clients"_s, u"list"_s, u"--token="_s + secret},
                                    QStringList{u"whoami"_s, u"--secret"_s, secret}}) {
        m_sandbox->clearRequests();
        const Run r = cli(withUrl(args), credentials());
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("GENESYSCLOUD_OAUTHCLIENT_SECRET"), r.err.constData());
        QVERIFY(!r.err.contains(secret.toUtf8()));
        QCOMPARE(m_sandbox->requests().size(), 0);
    }
}

void TstCliProcess::interruptWithCtrlC_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGINT (Ctrl-C)") << int(SIGINT);
    QTest::newRow("SIGTERM") << int(SIGTERM); // kill, a service manager: the same clean stop
}

void TstCliProcess::interruptWithCtrlC()
{
#ifdef Q_OS_UNIX
    QFETCH(int, signal);
    m_sandbox->setUsageRunningPolls(100000); // never completes by itself
    QProcess p;
    p.setProcessEnvironment(credentials());
    p.start(QStringLiteral(OAUTHDESK_CLI_BINARY),
            withUrl({u"--verbose"_s, u"usage"_s, u"summary"_s, someClientId(), u"--wait"_s}));
    QVERIFY(p.waitForStarted(10000));
    QByteArray err;
    // --verbose reports the polling on stderr; once it polls, the request is in flight.
    QTRY_VERIFY_WITH_TIMEOUT((err += p.readAllStandardError()).contains("Query started"), 15000);
    QVERIFY(::kill(pid_t(p.processId()), signal) == 0);
    QVERIFY(waitForExit(p, 10000));
    m_sandbox->setUsageRunningPolls(1);
    err += p.readAllStandardError();
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 130);
    QVERIFY2(err.contains("Interrupted"), err.constData());
    QVERIFY(p.readAllStandardOutput().isEmpty());
#else
    QSKIP("Ctrl-C is a Unix signal here");
#endif
}

// Ctrl-C or SIGTERM while the ids of a bulk command are still awaited on standard input (a writer
// that never ends): the wait ends at once, exit 130, nothing sent (outside attack: the signal was
// ignored until standard input closed).
void TstCliProcess::interruptWhileReadingIds_data()
{
    interruptWithCtrlC_data();
}

void TstCliProcess::interruptWhileReadingIds()
{
#ifdef Q_OS_UNIX
    QFETCH(int, signal);
    QProcess p;
    p.setProcessEnvironment(credentials());
    p.start(QStringLiteral(OAUTHDESK_CLI_BINARY),
            withUrl({u"--timeout"_s, u"0"_s, u"clients"_s, u"deactivate"_s, u"-"_s}));
    QVERIFY(p.waitForStarted(10000));
    p.write("0b6c3f1e-8f1d-4c55-9a7b-2f6c1d1e9a10\n"); // and standard input stays open
    // Once its signal handlers are in place (SigCgt in /proc), the signal is the CLI's to handle.
    const QString status = u"/proc/%1/status"_s.arg(p.processId());
    const auto handled = [&status, signal] {
        QFile f(status);
        if (!f.open(QIODevice::ReadOnly))
            return false;
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (line.startsWith("SigCgt:"))
                return ((line.mid(7).trimmed().toULongLong(nullptr, 16) >> (signal - 1)) & 1) != 0;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(handled(), 15000);
    QVERIFY(::kill(pid_t(p.processId()), signal) == 0);
    QVERIFY(waitForExit(p, 10000));
    const QByteArray err = p.readAllStandardError();
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 130);
    QVERIFY2(err.contains("Interrupted while reading standard input"), err.constData());
    QCOMPARE(m_sandbox->requests().size(), 0);
#else
    QSKIP("Ctrl-C is a Unix signal here");
#endif
}

void TstCliProcess::tenThousandClientsAsJson()
{
    // The benchmark's shape: --demo with 10,000 extra clients (the sandbox runs in the CLI process,
    // so this measures more than the CLI alone); the output must be complete and secret-free.
    QProcessEnvironment env = cleanEnvironment();
    env.insert(u"OAUTHDESK_DEMO_CLIENTS"_s, u"10000"_s);
    const Run r = cli({u"--demo"_s, u"--json"_s, u"clients"_s, u"list"_s}, env, {}, 120000);
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(r.out.count('\n'), 1);
    const QJsonArray array = QJsonDocument::fromJson(r.out).array();
    QVERIFY(array.size() >= 10040);
    QVERIFY(!r.out.contains("\"secret\""));
    qInfo("--demo --json clients list, 10,000 extra clients: %lld bytes in %lld ms (sandbox included)",
          qint64(r.out.size()), r.ms);
}

void TstCliProcess::stdinIsReadToTheEndOfASlowPipe()
{
    // 100 KB through a pipe in 20 pieces, 40 ms apart: read once, the CLI saw only the first.
    const QByteArray body =
        QJsonDocument(QJsonObject{{u"name"_s, u"Slow pipe"_s},
                                  {u"authorizedGrantType"_s, u"TOKEN"_s},
                                  {u"description"_s, QString(100000, u'x')},
                                  {u"registeredRedirectUri"_s, QJsonArray{u"https://app.example.com/cb"_s}},
                                  {u"scope"_s, QJsonArray{u"users:readonly"_s}}})
            .toJson(QJsonDocument::Compact);
    QProcess p;
    p.setProcessEnvironment(credentials());
    p.start(QStringLiteral(OAUTHDESK_CLI_BINARY),
            withUrl({u"--json"_s, u"clients"_s, u"create"_s, u"--file"_s, u"-"_s}));
    QVERIFY(p.waitForStarted(10000));
    const qsizetype piece = body.size() / 20 + 1;
    for (qsizetype at = 0; at < body.size(); at += piece) {
        p.write(body.mid(at, piece));
        QTest::qWait(40);
    }
    p.closeWriteChannel();
    QVERIFY(waitForExit(p, 60000));
    const QByteArray err = p.readAllStandardError();
    QVERIFY2(p.exitCode() == 0, err.constData());
    const QJsonObject created = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    QCOMPARE(created.value("description"_L1).toString().size(), 100000);

    // The cap still holds: 4 MB and one byte more are refused, and nothing is sent.
    m_sandbox->clearRequests();
    const Run big = cli(withUrl({u"clients"_s, u"create"_s, u"--file"_s, u"-"_s}), credentials(),
                        QByteArray(4 * 1024 * 1024 + 1, ' '));
    QCOMPARE(big.code, 2);
    QVERIFY2(big.err.contains("larger than"), big.err.constData());
    QCOMPARE(m_sandbox->requests().size(), 0);
}

void TstCliProcess::sandboxBinaryExitsOnStdinCloseUnlessAsked()
{
    // oauthdesk-sandbox ends when its stdin closes (documented in --help and docs/sandbox.md);
    // --no-stdin-exit keeps it serving for a background run, until it is terminated.
    QProcess help;
    help.start(QStringLiteral(OAUTHDESK_SANDBOX_BINARY), {u"--help"_s});
    QVERIFY(help.waitForFinished(10000));
    const QByteArray helpText = help.readAllStandardOutput();
    QVERIFY2(helpText.contains("standard input") && helpText.contains("--no-stdin-exit"),
             helpText.constData());
    // A port that cannot be is a usage error, not a quiet random port.
    for (const QString &bad : {u"99999"_s, u"-1"_s, u"http"_s}) {
        QProcess p;
        p.start(QStringLiteral(OAUTHDESK_SANDBOX_BINARY), {u"--port"_s, bad});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("--port"));
    }

    for (const bool keep : {false, true}) {
        QProcess p;
        p.start(QStringLiteral(OAUTHDESK_SANDBOX_BINARY),
                keep ? QStringList{u"--no-stdin-exit"_s} : QStringList{});
        QVERIFY(p.waitForStarted(10000));
        QByteArray line;
        QTRY_VERIFY_WITH_TIMEOUT((line += p.readAllStandardOutput()).contains('\n'), 20000);
        const QString url = QJsonDocument::fromJson(line).object().value("url"_L1).toString();
        QVERIFY2(url.startsWith("http://127.0.0.1:"_L1), line.constData());
        p.closeWriteChannel();
        if (!keep) {
            QVERIFY2(waitForExit(p, 10000), "the sandbox did not exit when its stdin closed");
            QCOMPARE(p.exitCode(), 0);
            continue;
        }
        QTest::qWait(1000);
        QCOMPARE(p.state(), QProcess::Running);
        // Still serving after stdin closed.
        QNetworkAccessManager nam;
        std::unique_ptr<QNetworkReply> reply(
            nam.get(QNetworkRequest(QUrl(url + u"/api/v2/oauth/clients"_s))));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                 401); // no token: but it answered
        p.terminate();
        QVERIFY(waitForExit(p, 10000));
    }
}

QTEST_GUILESS_MAIN(TstCliProcess)
#include "tst_cli_process.moc"

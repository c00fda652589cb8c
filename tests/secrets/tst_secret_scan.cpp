// SPDX-License-Identifier: GPL-3.0-or-later
// The end-to-end secret scan. A child process (this executable with --child) runs the
// whole sequence with request logging on: sign in with a profile, create a client, regenerate its
// secret, copy the secret through SecureClipboard, sign out. It runs with its own HOME, XDG
// directories and TMPDIR; its stdout and stderr are the logs. The test then scans the logs, the
// settings and data directories, the temporary directory and the working directory (where a core
// dump would land) for the tokens and secrets that travelled, plain, base64, percent-encoded and
// UTF-16. A second child aborts while the secrets are in memory: no core dump, nothing in its crash
// output. Core dumps are disabled in both executables (app/security/processhardening.h).
#include "app/auth/secretstore.h"
#include "app/auth/signincontroller.h"
#include "app/security/processhardening.h"
#include "app/services/clientsservice.h"
#include "app/services/directoryservice.h"
#include "app/services/session.h"
#include "tests/secrets/secretscan.h"
#include "tests/support/testsupport.h"
#include "ui/shell/uisettings.h"
#include "ui/widgets/secureclipboard.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <cstdio>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using testsupport::await;

namespace {

// ---- the child ------------------------------------------------------------------------------

struct Manifest
{
    QFile file;
    void put(const char *key, const QByteArray &value)
    {
        file.write(key);
        file.write("=");
        file.write(value.toHex()); // hex: the manifest is outside every scanned directory anyway
        file.write("\n");
        file.flush();
    }
};

[[noreturn]] void childFail(const QString &why)
{
    std::fprintf(stderr, "child failed: %s\n", qPrintable(why));
    std::fflush(stderr);
    std::_Exit(3);
}

int runChild(int argc, char **argv)
{
    // --child MODE API_URL CLIENT_ID MANIFEST; the client secret comes on stdin.
    if (argc != 6)
        return 2;
    const QByteArray mode = argv[2];
    if (mode == "control") {
        // The control: a process that does not disable core dumps and aborts. If this leaves no
        // core file, the system does not write them here, and the check below proves less.
#if defined(Q_OS_UNIX)
        const struct rlimit small = {1 << 20, 1 << 20};
        ::setrlimit(RLIMIT_CORE, &small);
#endif
        std::abort();
    }
    processhardening::disableCoreDumps(); // as both executables' main() does
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"oauthdesk"_s);
    QApplication::setApplicationName(u"oauthdesk"_s);
    Manifest manifest;
    manifest.file.setFileName(QString::fromLocal8Bit(argv[5]));
    if (!manifest.file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        childFail(u"manifest"_s);
    char line[512] = {};
    if (!std::fgets(line, sizeof line, stdin))
        childFail(u"no secret on stdin"_s);
    QByteArray adminSecret(line);
    adminSecret = adminSecret.trimmed();
    manifest.put("coreDumpsDisabled", processhardening::coreDumpsDisabled() ? "1" : "0");
#if defined(Q_OS_LINUX)
    manifest.put("dumpable", QByteArray::number(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0)));
#endif

    Session session;
    session.api()->setRetryPolicy(testsupport::fastRetryPolicy());
    ProfileStore profiles; // the real profiles file, in the child's own XDG_CONFIG_HOME
    SecretStore keychain(std::make_unique<MemorySecretBackend>());
    SignInController controller(&session, &profiles, &keychain);
    Profile profile;
    profile.name = u"Secret scan"_s;
    profile.apiUrl = QUrl(QString::fromLocal8Bit(argv[3]));
    profile.method = SignInMethod::ClientCredentials;
    profile.clientId = QString::fromLocal8Bit(argv[4]);
    if (const QStringList problems = controller.saveProfile(profile); !problems.isEmpty())
        childFail(problems.join(u' '));
    const auto signedIn = await<TokenInfo>(
        [&](QObject *c, Handler<TokenInfo> h) { controller.signIn(profile, adminSecret, c, h); });
    if (!signedIn)
        childFail(signedIn.error().summary());

    const auto roles =
        await<QList<Role>>([&](QObject *c, Handler<QList<Role>> h) { session.directory()->roles(c, h); });
    if (!roles || roles->isEmpty())
        childFail(u"roles"_s);
    const QJsonObject body{{u"name"_s, u"Secret scan client"_s},
                           {u"authorizedGrantType"_s, u"CLIENT-CREDENTIALS"_s},
                           {u"roleDivisions"_s, QJsonArray{QJsonObject{{u"roleId"_s, roles->first().id},
                                                                       {u"divisionId"_s, u"*"_s}}}}};
    const auto created = await<ClientWithSecret>(
        [&](QObject *c, Handler<ClientWithSecret> h) { session.clients()->create(body, c, h); });
    if (!created || created->secret.isEmpty())
        childFail(u"create: "_s + created.error().summary());
    manifest.put("createdSecret", created->secret.toUtf8());
    const auto regenerated = await<ClientWithSecret>([&](QObject *c, Handler<ClientWithSecret> h) {
        session.clients()->regenerateSecret(created->client.id, c, h);
    });
    if (!regenerated || regenerated->secret.isEmpty())
        childFail(u"regenerate: "_s + regenerated.error().summary());
    manifest.put("regeneratedSecret", regenerated->secret.toUtf8());
    // A failing call and a listing too, so the log has errors and bodies in it.
    (void)await<OAuthClient>(
        [&](QObject *c, Handler<OAuthClient> h) { session.clients()->get(u"nope"_s, c, h); });
    (void)await<QList<OAuthClient>>(
        [&](QObject *c, Handler<QList<OAuthClient>> h) { session.clients()->list(c, h); });

    // Copy through the real clipboard helper; it clears itself after the configured time.
    UiSettings::setClipboardClearAfter(1s);
    SecureClipboard::instance()->copySecret(regenerated->secret);
    manifest.put("clipboardHeld", QGuiApplication::clipboard()->text() == regenerated->secret &&
                                          SecureClipboard::instance()->holdsSecret()
                                      ? "1"
                                      : "0");
    if (mode == "crash") {
        manifest.put("aborting", "1");
        std::abort(); // the secrets are in memory, on the clipboard, in the session
    }
    QSignalSpy cleared(SecureClipboard::instance(), &SecureClipboard::secretCleared);
    const bool clearedInTime = cleared.wait(5000);
    manifest.put("clipboardCleared",
                 clearedInTime && QGuiApplication::clipboard()->text().isEmpty() ? "1" : "0");

    const auto out =
        await<SignOutReport>([&](QObject *c, Handler<SignOutReport> h) { controller.signOut(c, h); });
    manifest.put("signedOut", out && !session.isSignedIn() ? "1" : "0");
    manifest.put("revoked", out && out->revoked ? "1" : "0");
    return 0;
}

// ---- the parent -----------------------------------------------------------------------------

QHash<QByteArray, QByteArray> readManifest(const QString &path)
{
    QHash<QByteArray, QByteArray> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            out.insert(line.left(eq), QByteArray::fromHex(line.mid(eq + 1)));
    }
    return out;
}

// The isolated world of one child: home (settings, data, cache), temp, runtime, logs, and the
// working directory where a core dump would be written.
struct ChildWorld
{
    explicit ChildWorld(const QString &root)
        : home(root + u"/home"_s)
        , tmp(root + u"/tmp"_s)
        , runtime(root + u"/runtime"_s)
        , logs(root + u"/logs"_s)
        , work(root + u"/work"_s)
        , manifest(root + u"/manifest.txt"_s)
    {
        for (const QString &d :
             {home + u"/.config"_s, home + u"/.local/share"_s, home + u"/.cache"_s, tmp, runtime, logs, work})
            QDir().mkpath(d);
        QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, home);
        env.insert(u"XDG_CONFIG_HOME"_s, home + u"/.config"_s);
        env.insert(u"XDG_DATA_HOME"_s, home + u"/.local/share"_s);
        env.insert(u"XDG_CACHE_HOME"_s, home + u"/.cache"_s);
        env.insert(u"XDG_RUNTIME_DIR"_s, runtime);
        env.insert(u"TMPDIR"_s, tmp);
        env.insert(u"TMP"_s, tmp);
        env.insert(u"TEMP"_s, tmp);
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        // Request logging on, as --verbose and QT_LOGGING_RULES turn it on for users.
        env.insert(u"QT_LOGGING_RULES"_s, u"oauthdesk.*.debug=true"_s);
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        return env;
    }

    QStringList scan(const SecretScan &s) const
    {
        QStringList hits;
        for (const QString &d : {home, tmp, runtime, logs, work})
            hits += s.directory(d);
        return hits;
    }

    [[nodiscard]] QStringList coreFiles() const { return QDir(work).entryList({u"core*"_s}, QDir::Files); }

    QString home, tmp, runtime, logs, work, manifest;
};

// Runs a child to its end while this process's event loop keeps the sandbox answering.
bool runChildProcess(QProcess &p, const ChildWorld &w, const QStringList &args, const QByteArray &stdinData)
{
    p.setProgram(QCoreApplication::applicationFilePath());
    p.setArguments(args);
    p.setProcessEnvironment(w.environment());
    p.setWorkingDirectory(w.work);
    p.setStandardOutputFile(w.logs + u"/stdout.log"_s);
    p.setStandardErrorFile(w.logs + u"/stderr.log"_s);
    p.start();
    if (!p.waitForStarted(10000))
        return false;
    p.write(stdinData);
    p.closeWriteChannel();
    QDeadlineTimer deadline(120000);
    while (p.state() != QProcess::NotRunning && !deadline.hasExpired())
        QTest::qWait(10);
    return p.state() == QProcess::NotRunning;
}

// Every credential that went over the wire, from the sandbox's own record of the requests.
QList<QByteArray> credentialsOnTheWire(const SandboxServer &sandbox)
{
    QList<QByteArray> out;
    for (const SandboxRequest &r : sandbox.requests()) {
        const QByteArray auth = r.headers.value("authorization");
        if (auth.startsWith("Bearer ") || auth.startsWith("Basic "))
            out << auth.mid(auth.indexOf(' ') + 1);
    }
    return out;
}

QByteArray fileContent(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

#ifndef OAUTHDESK_CLI_EXECUTABLE
#error "the test needs the paths of both executables"
#endif

} // namespace

class TestSecretScan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void fullSequenceLeavesNoSecretBehind();
    void crashWithSecretsInMemoryLeavesNothing();
    void scannerFindsEveryForm_data();
    void scannerFindsEveryForm();
    void bothExecutablesDisableCoreDumps_data();
    void bothExecutablesDisableCoreDumps();

private:
    QTemporaryDir m_root{QDir::currentPath() + u"/secret-scan-XXXXXX"_s};
    QList<QByteArray> m_secrets; // of the full sequence, for the scanner's own check
};

void TestSecretScan::initTestCase()
{
    QVERIFY(m_root.isValid());
}

void TestSecretScan::fullSequenceLeavesNoSecretBehind()
{
    SandboxServer sandbox;
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    ChildWorld world(m_root.path() + u"/full"_s);
    QProcess child;
    QVERIFY(runChildProcess(
        child, world,
        {u"--child"_s, u"full"_s, sandbox.baseUrl().toString(), sandbox.adminClientId(), world.manifest},
        sandbox.adminClientSecret().toUtf8() + '\n'));
    const QByteArray stderrLog = fileContent(world.logs + u"/stderr.log"_s);
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
             qPrintable(QString::fromUtf8(stderrLog.right(2000))));

    const QHash<QByteArray, QByteArray> m = readManifest(world.manifest);
    QCOMPARE(m.value("coreDumpsDisabled"), QByteArray("1"));
#if defined(Q_OS_LINUX)
    QCOMPARE(m.value("dumpable"), QByteArray("0"));
#endif
    QCOMPARE(m.value("clipboardHeld"), QByteArray("1"));
    QCOMPARE(m.value("clipboardCleared"), QByteArray("1"));
    QCOMPARE(m.value("signedOut"), QByteArray("1"));
    QCOMPARE(m.value("revoked"), QByteArray("1"));
    QVERIFY(!m.value("createdSecret").isEmpty());
    QVERIFY(m.value("regeneratedSecret") != m.value("createdSecret"));

    m_secrets = {sandbox.adminClientSecret().toUtf8(), m.value("createdSecret"),
                 m.value("regeneratedSecret")};
    const QList<QByteArray> wire = credentialsOnTheWire(sandbox);
    QVERIFY2(wire.size() >= 5, "bearer tokens and the Basic credentials went over the wire");
    for (const QByteArray &w : wire) {
        if (!m_secrets.contains(w))
            m_secrets << w;
    }

    // The logs are real: request logging was on, and what it must hide, it hid.
    QVERIFY2(stderrLog.count('\n') > 20, stderrLog.constData());
    QVERIFY(stderrLog.contains("oauthdesk.http"));
    QVERIFY(stderrLog.contains("Bearer [redacted]"));
    // The settings were really written there (the profile; the clipboard timeout).
    bool profileOnDisk = false;
    QDirIterator settings(world.home + u"/.config"_s, QDir::Files, QDirIterator::Subdirectories);
    while (settings.hasNext())
        profileOnDisk = fileContent(settings.next()).contains("Secret scan") || profileOnDisk;
    QVERIFY(profileOnDisk);

    const SecretScan scan(m_secrets);
    const QStringList hits = world.scan(scan);
    qInfo("scanned %d files (%lld bytes) for %lld secrets in %d forms", scan.filesScanned(),
          static_cast<long long>(scan.bytesScanned()), static_cast<long long>(m_secrets.size()),
          scan.forms());
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));
    QVERIFY(scan.filesScanned() >= 3);
    QVERIFY(world.coreFiles().isEmpty());
}

void TestSecretScan::crashWithSecretsInMemoryLeavesNothing()
{
    // The control first: can a process write a core dump here at all?
    ChildWorld control(m_root.path() + u"/control"_s);
    QProcess controlChild;
    QVERIFY(runChildProcess(controlChild, control,
                            {u"--child"_s, u"control"_s, u"-"_s, u"-"_s, control.manifest}, {}));
    QCOMPARE(controlChild.exitStatus(), QProcess::CrashExit);
    const bool systemWritesCores = !control.coreFiles().isEmpty();
    qInfo("this system %s core dumps of an unprotected process",
          systemWritesCores ? "writes" : "does not write");
    QDir(control.work).removeRecursively();

    SandboxServer sandbox;
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    ChildWorld world(m_root.path() + u"/crash"_s);
    QProcess child;
    QVERIFY(runChildProcess(
        child, world,
        {u"--child"_s, u"crash"_s, sandbox.baseUrl().toString(), sandbox.adminClientId(), world.manifest},
        sandbox.adminClientSecret().toUtf8() + '\n'));
    const QHash<QByteArray, QByteArray> m = readManifest(world.manifest);
    QCOMPARE(m.value("aborting"), QByteArray("1"));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    QVERIFY2(world.coreFiles().isEmpty(), qPrintable(world.coreFiles().join(u", "_s)));

    QList<QByteArray> secrets = {sandbox.adminClientSecret().toUtf8(), m.value("createdSecret"),
                                 m.value("regeneratedSecret")};
    secrets += credentialsOnTheWire(sandbox);
    const SecretScan scan(secrets);
    const QStringList hits = world.scan(scan); // the crash output is logs/stderr.log
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));
}

void TestSecretScan::scannerFindsEveryForm_data()
{
    QTest::addColumn<QByteArray>("written");
    const QByteArray secret = "s3cr3t-Value_with+symbols/and=more";
    const QString text = QString::fromLatin1(secret);
    QTest::newRow("plain") << secret;
    QTest::newRow("base64") << secret.toBase64();
    QTest::newRow("base64url") << secret.toBase64(QByteArray::Base64UrlEncoding |
                                                  QByteArray::OmitTrailingEquals);
    QTest::newRow("percent") << QUrl::toPercentEncoding(text);
    QTest::newRow("utf16le") << QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    QTest::newRow("in basic auth") << ("id:" + secret);
}

void TestSecretScan::scannerFindsEveryForm()
{
    // The scan itself can fail: a secret planted in any form is found.
    QFETCH(QByteArray, written);
    const QString dir = m_root.path() + u"/planted"_s;
    QDir().mkpath(dir);
    QFile f(dir + u"/settings.conf"_s);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("[x]\nvalue=" + written + "\n");
    f.close();
    const SecretScan scan({"s3cr3t-Value_with+symbols/and=more"});
    QVERIFY(!scan.directory(dir).isEmpty());
    QDir(dir).removeRecursively();
}

void TestSecretScan::bothExecutablesDisableCoreDumps_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("oauthdesk-cli") << QStringLiteral(OAUTHDESK_CLI_EXECUTABLE)
                                   << QStringList{u"clients"_s, u"list"_s};
    QTest::newRow("oauthdesk") << QStringLiteral(OAUTHDESK_GUI_EXECUTABLE) << QStringList{};
}

void TestSecretScan::bothExecutablesDisableCoreDumps()
{
#if !defined(Q_OS_LINUX)
    QSKIP("reads /proc/<pid>/limits");
#else
    // Each executable signs in with a token from the environment against a server that never
    // answers; once it has connected, main() has run, and its core limit must be zero.
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    ChildWorld world(m_root.path() + u"/exe-"_s + QFileInfo(program).fileName());
    QProcessEnvironment env = world.environment();
    env.insert(u"GENESYSCLOUD_ACCESS_TOKEN"_s, u"not-a-real-token-for-the-limits-check"_s);
    env.insert(u"GENESYSCLOUD_API_URL"_s, u"http://127.0.0.1:%1"_s.arg(silent.serverPort()));
    QProcess p;
    p.setProgram(program);
    p.setArguments(arguments);
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(world.work);
    p.start();
    QVERIFY2(p.waitForStarted(10000), qPrintable(p.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(silent.hasPendingConnections() || p.state() == QProcess::NotRunning, 30000);
    QVERIFY2(p.state() == QProcess::Running, p.readAllStandardError().constData());
    const QByteArray limits = fileContent(u"/proc/%1/limits"_s.arg(p.processId()));
    p.kill();
    p.waitForFinished(10000);
    QByteArray coreLine;
    for (const QByteArray &line : limits.split('\n')) {
        if (line.startsWith("Max core file size"))
            coreLine = line.simplified();
    }
    QCOMPARE(coreLine, QByteArray("Max core file size 0 0 bytes"));
#endif
}

int main(int argc, char **argv)
{
    if (argc > 1 && qstrcmp(argv[1], "--child") == 0)
        return runChild(argc, argv);
    QApplication app(argc, argv);
    TestSecretScan test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secret_scan.moc"

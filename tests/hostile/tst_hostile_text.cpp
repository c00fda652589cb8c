// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile server text: a server (or a proxy) that puts terminal escape sequences, carriage returns,
// C1 controls and bidi overrides into error messages, contextIds, headers and client names. None of
// it may reach a terminal, a file, a pipe or a widget raw: the errors of every service, every output
// of the CLI (tables, details, JSON, the raw --json listing, stderr) and the message bar. Served by
// HostileServer over loopback HTTP to the real client stack.
#include "app/cli/cliapp.h"
#include "app/cli/credentials.h"
#include "app/rotation/rotationstore.h"
#include "app/services/catalogservice.h"
#include "app/services/clientsservice.h"
#include "app/services/session.h"
#include "models/domain/servertext.h"
#include "tests/hostile/hostileserver.h"
#include "tests/support/testsupport.h"
#include "ui/widgets/messagebar.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {
// ESC ] 0 ; title BEL (window title), ESC [ 2 J (clear screen), CR (overwrite the line), the
// one-byte C1 CSI U+009B, and a right-to-left override turning "gpj.exe" into "exe.jpg".
const QString Hostile = u"Evil\u001b]0;PWNED\u0007\u001b[2J\rfake prompt$ \u009b31m\u202egpj.exe"_s;
const QByteArray HostileJson =
    QJsonDocument(QJsonArray{Hostile}).toJson(QJsonDocument::Compact).mid(1).chopped(1);

// The bytes no output may carry: C0 controls but tab and newline, DEL, C1 controls as UTF-8, and
// the bidi controls as UTF-8. Returns a description of the first one found, or an empty string.
QString unsafeBytes(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char32_t u = text.at(i).unicode();
        if (servertext::isUnsafeControl(u) || servertext::isBidiControl(u))
            return u"U+%1 at %2 in: %3"_s.arg(uint(u), 4, 16, QChar(u'0'))
                .arg(i)
                .arg(QString::fromLatin1(
                    bytes.mid(std::max<qsizetype>(0, i - 20), 60).toPercentEncoding(" :,\"{}[]")));
    }
    return {};
}

QByteArray errorBody()
{
    const QJsonObject detail{
        {u"errorCode"_s, Hostile}, {u"fieldName"_s, Hostile}, {u"entityName"_s, Hostile}};
    return QJsonDocument(QJsonObject{{u"message"_s, Hostile},
                                     {u"code"_s, Hostile},
                                     {u"status"_s, 400},
                                     {u"contextId"_s, Hostile},
                                     {u"messageWithParams"_s, Hostile},
                                     {u"messageParams"_s, QJsonObject{{u"field"_s, Hostile}}},
                                     {u"entityName"_s, Hostile},
                                     {u"details"_s, QJsonArray{detail}},
                                     {u"errors"_s, QJsonArray{QJsonObject{{u"message"_s, Hostile}}}}})
        .toJson(QJsonDocument::Compact);
}

QByteArray hostileClient(const QString &id)
{
    return "{\"id\":\"" + id.toUtf8() + "\",\"name\":" + HostileJson + ",\"description\":" + HostileJson +
           ",\"authorizedGrantType\":\"CODE\",\"state\":\"active\",\"scope\":[" + HostileJson +
           "],\"registeredRedirectUri\":[" + HostileJson +
           "],\"createdBy\":{\"id\":\"u\",\"name\":" + HostileJson + "},\"x-note\":" + HostileJson +
           ",\"dateCreated\":\"2026-01-10T08:00:00.000Z\"}";
}

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};
} // namespace

class TestHostileText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void errorTextFromEveryFieldIsClean();
    void htmlErrorPageTitleIsClean();
    void cliOutputIsCleanInEveryForm_data();
    void cliOutputIsCleanInEveryForm();
    void cliJsonKeepsTheValuesEscaped();
    void cliBinaryVerboseLogIsClean();
    void echoedTokenIsNeverShown();
    void guiBinaryDebugLogIsClean();
    void messageBarShowsCleanPlainText();
    void cliRotatePrintsAHostileNewIdOnOneLine();

private:
    Run cli(const QStringList &args);
    // The CLI binary with a token in its environment, against the hostile server.
    Run cliBinary(const QStringList &args);
    HostileServer m_server;
};

void TestHostileText::initTestCase()
{
    QVERIFY(m_server.listen());
    m_server.setResponder([](HostileServer::Exchange &x) {
        const QByteArray path = x.request.target.split('?').constFirst();
        // A correlation id header with a raw C1 CSI byte (Latin-1 0x9B) and an ESC.
        const QList<QPair<QByteArray, QByteArray>> headers = {{"inin-correlation-id", "corr\x9b\x1b[31mid"}};
        if (path == "/api/v2/oauth/clients")
            x.reply(200, "{\"entities\":[" + hostileClient(u"c-1"_s) + "," + hostileClient(u"c-2"_s) + "]}",
                    "application/json", headers);
        else if (path == "/api/v2/oauth/clients/c-1")
            x.reply(200, hostileClient(u"c-1"_s), "application/json", headers);
        else if (path == "/api/v2/tokens/me") // who is signed in: the desktop app asks first
            x.reply(200,
                    "{\"organization\":{\"id\":\"org-1\",\"name\":" + HostileJson +
                        "},\"OAuthClient\":{\"id\":\"c-9\",\"name\":" + HostileJson + "}}",
                    "application/json", headers);
        else if (path == "/api/v2/oauth/clients/echo") // a server that echoes the request's headers
            x.reply(400,
                    "{\"message\":\"bad request header Authorization: " +
                        x.request.headers.value("authorization") +
                        "\",\"code\":\"bad.request\",\"status\":400,\"contextId\":\"" +
                        x.request.headers.value("authorization") + "\"}",
                    "application/json", headers);
        else if (path.startsWith("/api/v2/oauth/scopes"))
            x.reply(200,
                    "{\"entities\":[{\"id\":\"users:readonly\",\"description\":" + HostileJson +
                        "}],\"id\":\"users:readonly\",\"description\":" + HostileJson + "}",
                    "application/json", headers);
        else
            x.reply(400, errorBody(), "application/json", headers);
    });
}

void TestHostileText::errorTextFromEveryFieldIsClean()
{
    Session session;
    session.setEndpoints(Endpoints{m_server.baseUrl(), m_server.baseUrl(), {}});
    session.api()->setRetryPolicy(testsupport::fastRetryPolicy());
    session.api()->setAccessToken("hostile-text-token");
    const auto r = testsupport::await<OAuthClient>(
        [&](QObject *c, auto h) { session.clients()->get(u"refused"_s, c, h); });
    QVERIFY(!r.ok());
    const ApiError &e = r.error();
    QCOMPARE(e.httpStatus, 400);
    for (const QString &text :
         {e.userMessage(), e.summary(), e.message, e.contextId, e.code, e.entityName, e.messageWithParams,
          e.details.value(0).fieldName, e.details.value(0).errorCode, e.errors.value(0).message}) {
        const QString problem = unsafeBytes(text.toUtf8());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    // The text itself is kept, only the controls go.
    QVERIFY(e.contextId.contains(u"PWNED"_s));
    QVERIFY(e.userMessage().contains(u"fake prompt"_s));
    QVERIFY(e.summary().contains(u"corr"_s)); // the correlation id header, cleaned at output
}

void TestHostileText::htmlErrorPageTitleIsClean()
{
    const ApiError e = ApiError::fromErrorBody(
        502, QByteArray("<html><head><title>Bad\x1b]0;PWNED\x07 Gateway\xe2\x80\xae</title></head></html>"));
    QVERIFY2(unsafeBytes(e.userMessage().toUtf8()).isEmpty(), qPrintable(e.userMessage()));
    QVERIFY(e.message.contains(u"PWNED"_s));
}

Run TestHostileText::cli(const QStringList &args)
{
    QProcessEnvironment env;
    env.insert(cli::EnvAccessToken, u"hostile-text-token"_s);
    QBuffer in;
    in.open(QIODevice::ReadOnly);
    cli::CliApp::Io io;
    io.in = &in;
    io.terminalWidth = 200; // as on a terminal
    io.stderrIsTerminal = true;
    cli::CliApp app(args + QStringList{u"--api-url"_s, m_server.baseUrl().toString()}, env, io);
    app.setTimeScale(0.01);
    app.start();
    QDeadlineTimer deadline(30s);
    while (!app.isFinished() && !deadline.hasExpired())
        QTest::qWait(2);
    return {app.exitCode(), app.output(), app.errors()};
}

void TestHostileText::cliOutputIsCleanInEveryForm_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::newRow("list table") << QStringList{u"clients"_s, u"list"_s} << 0;
    QTest::newRow("list json (raw listing)") << QStringList{u"--json"_s, u"clients"_s, u"list"_s} << 0;
    QTest::newRow("list json pretty")
        << QStringList{u"--json"_s, u"--pretty"_s, u"clients"_s, u"list"_s} << 0;
    QTest::newRow("get details") << QStringList{u"clients"_s, u"get"_s, u"c-1"_s} << 0;
    QTest::newRow("get json") << QStringList{u"--json"_s, u"clients"_s, u"get"_s, u"c-1"_s} << 0;
    QTest::newRow("scopes table") << QStringList{u"scopes"_s, u"list"_s} << 0;
    QTest::newRow("scope details") << QStringList{u"scopes"_s, u"get"_s, u"users:readonly"_s} << 0;
    QTest::newRow("error") << QStringList{u"clients"_s, u"get"_s, u"refused"_s} << 1;
    QTest::newRow("error json") << QStringList{u"--json"_s, u"clients"_s, u"secret"_s, u"refused"_s} << 1;
    QTest::newRow("error verbose") << QStringList{u"--verbose"_s, u"roles"_s, u"list"_s} << 1;
}

void TestHostileText::cliOutputIsCleanInEveryForm()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    const Run r = cli(args);
    QVERIFY2(r.code == code, r.err.constData());
    QVERIFY(!r.out.isEmpty() || !r.err.isEmpty());
    const QString outProblem = unsafeBytes(r.out);
    QVERIFY2(outProblem.isEmpty(), qPrintable(u"stdout: "_s + outProblem));
    const QString errProblem = unsafeBytes(r.err);
    QVERIFY2(errProblem.isEmpty(), qPrintable(u"stderr: "_s + errProblem));
    // What was cleaned is still there to read.
    QVERIFY2(r.out.contains("PWNED") || r.err.contains("PWNED"), r.out.left(300).constData());
}

void TestHostileText::cliJsonKeepsTheValuesEscaped()
{
    for (const QStringList &args : {QStringList{u"--json"_s, u"clients"_s, u"list"_s},
                                    QStringList{u"--json"_s, u"--pretty"_s, u"clients"_s, u"list"_s}}) {
        const Run r = cli(args);
        QVERIFY2(r.code == 0, r.err.constData());
        QJsonParseError pe{};
        const QJsonArray clients = QJsonDocument::fromJson(r.out, &pe).array();
        QCOMPARE(pe.error, QJsonParseError::NoError);
        QCOMPARE(clients.size(), 2);
        // The values are the server's, exactly: escaped, not removed.
        QCOMPARE(clients.at(0).toObject().value("name"_L1).toString(), Hostile);
        QCOMPARE(clients.at(1).toObject().value("x-note"_L1).toString(), Hostile);
        QVERIFY(r.out.contains("\\u202e"));
    }
}

Run TestHostileText::cliBinary(const QStringList &args)
{
    QProcessEnvironment env;
    env.insert(cli::EnvAccessToken, u"hostile-text-token"_s);
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(OAUTHDESK_CLI_BINARY),
            QStringList{u"--api-url"_s, m_server.baseUrl().toString()} + args);
    if (!p.waitForStarted(10000))
        return {};
    p.closeWriteChannel();
    QDeadlineTimer deadline(30s);
    while (p.state() != QProcess::NotRunning && !deadline.hasExpired())
        QTest::qWait(5); // the server answers from this event loop
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished(5000);
        return {};
    }
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

void TestHostileText::echoedTokenIsNeverShown()
{
    // The server puts the request's Authorization header into its error: the CLI's own token is
    // replaced before the text reaches any output or the --verbose log.
    for (const QStringList &extra : {QStringList{}, QStringList{u"--verbose"_s}}) {
        const Run r = cliBinary(extra + QStringList{u"clients"_s, u"get"_s, u"echo"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("bad request header"), r.err.constData());
        QVERIFY2(!r.err.contains("hostile-text-token") && !r.out.contains("hostile-text-token"),
                 r.err.constData());
        QVERIFY2(r.err.contains("[redacted]"), r.err.constData());
    }
}

void TestHostileText::cliBinaryVerboseLogIsClean()
{
    // The binary: --verbose logs the server's answers through Qt's message handler to stderr.
    const Run r = cliBinary({u"--verbose"_s, u"clients"_s, u"get"_s, u"refused"_s});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("#1 GET"), r.err.constData()); // the HTTP log is there
    QVERIFY2(r.err.contains("PWNED"), r.err.constData());
    const QString problem = unsafeBytes(r.err);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(unsafeBytes(r.out).isEmpty());
}

void TestHostileText::guiBinaryDebugLogIsClean()
{
    // The desktop app with its HTTP debug log on (QT_LOGGING_RULES): the listing's answer, names
    // with ESC sequences and U+202E among it, is logged to stderr, cleaned like the CLI's.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment env;
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    env.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
    env.insert(u"XDG_RUNTIME_DIR"_s, home.path());
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"QT_LOGGING_RULES"_s, u"oauthdesk.http.debug=true"_s);
    env.insert(cli::EnvAccessToken, u"hostile-text-token"_s);
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(OAUTHDESK_GUI_BINARY), {u"--api-url"_s, m_server.baseUrl().toString()});
    QVERIFY(p.waitForStarted(10000));
    QByteArray err;
    QDeadlineTimer deadline(30s);
    while (p.state() != QProcess::NotRunning && !deadline.hasExpired() &&
           !(err.contains("PWNED") && err.contains("oauth/clients"))) {
        QTest::qWait(5); // the server answers from this event loop
        err += p.readAllStandardError();
    }
    p.kill();
    p.waitForFinished(10000);
    err += p.readAllStandardError();
    QVERIFY2(err.contains("PWNED"), err.constData()); // the answer with the names was logged
    const QString problem = unsafeBytes(err);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestHostileText::messageBarShowsCleanPlainText()
{
    MessageBar bar;
    bar.showError(ApiError::fromErrorBody(400, errorBody()));
    QVERIFY2(unsafeBytes(bar.text().toUtf8()).isEmpty(), qPrintable(bar.text()));
    bar.showMessage(Theme::Tone::Info, u"<img src=x> <b>bold</b> "_s + Hostile);
    QVERIFY2(unsafeBytes(bar.text().toUtf8()).isEmpty(), qPrintable(bar.text()));
    auto *label = bar.findChild<QLabel *>(u"messageText"_s);
    QVERIFY(label);
    QCOMPARE(label->textFormat(), Qt::PlainText); // server text is never rich text
    QVERIFY(label->text().startsWith(u"<img src=x>"_s));
}

// The outside attack: the server answers the copy's POST of a blue/green rotation with an id holding
// a newline. The "ID:" line (printed as soon as the secret is issued, and in the result) and the
// "cannot name anything" error of a later request showed it raw, so the id's second half stood on
// a line of its own. Every server text is one line: the newline is shown as \n.
void TestHostileText::cliRotatePrintsAHostileNewIdOnOneLine()
{
    const QByteArray oldId = "33333333-3333-4333-8333-333333333333";
    const QString newId = u"../../authorization/roles/HIJACK?x=\n$(touch /tmp/pwned)"_s;
    const QString store = RotationStore::forSession(QString(), u"org-rotate"_s).filePath();
    QFile::remove(store);
    const auto cleanup = qScopeGuard([&store] { QFile::remove(store); });
    HostileServer server;
    QVERIFY(server.listen());
    const QByteArray created = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8();
    server.setResponder([&](HostileServer::Exchange &x) {
        const QByteArray path = x.request.path();
        const QByteArray client = "{\"id\":\"" + oldId +
                                  "\",\"name\":\"Victim\",\"authorizedGrantType\":\"CLIENT-CREDENTIALS\","
                                  "\"state\":\"active\",\"roleDivisions\":[],"
                                  "\"dateCreated\":\"2025-01-01T00:00:00Z\"}";
        if (path.startsWith("/oauth/token"))
            x.reply(200, "{\"access_token\":\"t\",\"token_type\":\"bearer\",\"expires_in\":86400}");
        else if (path == "/api/v2/tokens/me")
            x.reply(200, "{\"organization\":{\"id\":\"org-rotate\",\"name\":\"R\"},\"OAuthClient\":{\"id\":"
                         "\"c1\",\"name\":\"Me\"}}");
        else if (path.startsWith("/api/v2/integrations/credentials"))
            x.reply(200, "{\"entities\":[],\"pageCount\":1}");
        else if (path == "/api/v2/oauth/clients" && x.request.method == "POST")
            x.reply(200, QJsonDocument(QJsonObject{{u"id"_s, newId},
                                                   {u"name"_s, u"Victim (rotated)"_s},
                                                   {u"authorizedGrantType"_s, u"CLIENT-CREDENTIALS"_s},
                                                   {u"state"_s, u"active"_s},
                                                   {u"roleDivisions"_s, QJsonArray()},
                                                   {u"secret"_s, u"GoodSecret_abcdefghijklmnop"_s},
                                                   {u"dateCreated"_s, QString::fromUtf8(created)}})
                             .toJson(QJsonDocument::Compact));
        else if (path == "/api/v2/oauth/clients/" + oldId)
            x.reply(200, client);
        else
            x.reply(404, "{\"message\":\"not found\",\"code\":\"not.found\",\"status\":404}");
    });
    const auto run = [&server](const QStringList &args) {
        QProcessEnvironment env;
        env.insert(cli::EnvAccessToken, u"rotate-token"_s);
        QBuffer in;
        in.open(QIODevice::ReadOnly);
        cli::CliApp::Io io;
        io.in = &in;
        cli::CliApp app(args + QStringList{u"--api-url"_s, server.baseUrl().toString(), u"--login-url"_s,
                                           server.baseUrl().toString()},
                        env, io);
        app.setTimeScale(0.01);
        app.start();
        QDeadlineTimer deadline(30s);
        while (!app.isFinished() && !deadline.hasExpired())
            QTest::qWait(2);
        return Run{app.exitCode(), app.output(), app.errors()};
    };
    const auto noLineStartsWithTheTail = [](const QByteArray &bytes) {
        for (const QByteArray &line : bytes.split('\n'))
            if (line.trimmed().startsWith("$(touch"))
                return false;
        return true;
    };
    const QString escaped = u"HIJACK?x=\\n$(touch /tmp/pwned)"_s;
    const Run first = run({u"clients"_s, u"rotate"_s, QString::fromLatin1(oldId)});
    QVERIFY2(noLineStartsWithTheTail(first.out), first.out.constData());
    QVERIFY2(noLineStartsWithTheTail(first.err), first.err.constData());
    // The ID line shows the id as it is, on one line (not with the newline made a space).
    QString idLine;
    for (const QString &line : QString::fromUtf8(first.out).split(u'\n'))
        if (line.startsWith(u"ID:"_s))
            idLine = line;
    QVERIFY2(idLine.endsWith(u"/roles/"_s + escaped), first.out.constData());
    // The copy was not proven (this server's token endpoint knows no client): running it again
    // reads the copy by its id, which names no path.
    const Run again = run({u"clients"_s, u"rotate"_s, QString::fromLatin1(oldId)});
    QVERIFY(again.code != 0); // refused: a validation error before anything was sent
    QVERIFY2(noLineStartsWithTheTail(again.err), again.err.constData());
    QVERIFY2(again.err.contains("cannot name anything") && QString::fromUtf8(again.err).contains(escaped),
             again.err.constData());
    // Only the old client's own requests and the copy's POST went out: the id named no path.
    for (const HostileServer::Request &r : server.requests())
        QVERIFY2(!r.target.contains("HIJACK") && !r.target.contains("authorization/roles"),
                 r.target.constData());
}

QTEST_MAIN(TestHostileText)
#include "tst_hostile_text.moc"

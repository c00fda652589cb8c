// SPDX-License-Identifier: GPL-3.0-or-later
// The pieces of oauthdesk-cli that need no server: the command-line parser, credential
// resolution, input-file checks, and the terminal text helpers (widths, eliding, tables).

#include "app/cli/arguments.h"
#include "app/cli/commands.h"
#include "app/cli/credentials.h"
#include "app/cli/inputs.h"
#include "app/cli/present.h"
#include "app/cli/rawclients.h"
#include "app/cli/textformat.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace cli;

namespace {
QStringList split(const QString &commandLine)
{
    return commandLine.split(u' ', Qt::SkipEmptyParts);
}

QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}
} // namespace

class TstCliUnits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // --- arguments -------------------------------------------------------------------------
    void globalOptionsBeforeAndAfterTheCommand_data();
    void globalOptionsBeforeAndAfterTheCommand();
    void commandsAndArguments();
    void usageErrors_data();
    void usageErrors();
    void secretLikeOptionsAreRefused_data();
    void secretLikeOptionsAreRefused();
    void helpAndVersion();
    void everyCommandHasHelp();

    // --- credentials -----------------------------------------------------------------------
    void credentialsFromClientIdAndSecret();
    void accessTokenWinsOverClientCredentials();
    void missingOrHalfCredentials();
    void endpointsFromOptionsAndEnvironment();
    void insecureOrUnknownEndpointsAreUsageErrors();
    void demoCredentials();

    // --- inputs ----------------------------------------------------------------------------
    void readJsonObjectReportsWhereItBroke();
    void readJsonObjectFromStdinAndFiles();
    void createBodyIsShapeCheckedAndStripsReadOnlyFields();
    void updateEditsCheckOnlyWhatIsPresent();
    void usageQueryFile();

    // --- text ------------------------------------------------------------------------------
    void displayWidth_data();
    void displayWidth();
    void elideRespectsCells();
    void cleanRemovesTerminalControl();
    void tableAlignsByDisplayWidth();
    void tableShrinksTheFlexColumnToTheTerminal();
    void jsonArrayIsCompactOneLine();
    void clientsListJsonNeverHasASecret();
    void rawListingPassesObjectsThrough();
    void rawListingRejectsWhatIsNotAListing_data();
    void rawListingRejectsWhatIsNotAListing();
    void errorsMapToExitCodes();
};

// ---------------------------------------------------------------------------------------------

void TstCliUnits::globalOptionsBeforeAndAfterTheCommand_data()
{
    QTest::addColumn<QString>("commandLine");
    QTest::newRow("before") << u"--json --region eu-west-1 --lang de-de clients list"_s;
    QTest::newRow("after") << u"clients list --json --region eu-west-1 --lang de-de"_s;
    QTest::newRow("between") << u"clients --json list --region=eu-west-1 --lang=de-de"_s;
    QTest::newRow("mixed") << u"--lang de-de clients list --region eu-west-1 --json"_s;
}

void TstCliUnits::globalOptionsBeforeAndAfterTheCommand()
{
    QFETCH(QString, commandLine);
    const ParsedArguments p = parseArguments(split(commandLine));
    QVERIFY2(p.ok(), qPrintable(p.error));
    QVERIFY(p.global.json);
    QCOMPARE(p.global.region, u"eu-west-1"_s);
    QCOMPARE(p.global.lang, u"de-de"_s);
    QVERIFY(p.invocation.spec);
    QCOMPARE(p.invocation.spec->id, CommandId::ClientsList);
    QVERIFY(p.invocation.args.isEmpty());
}

void TstCliUnits::commandsAndArguments()
{
    ParsedArguments p = parseArguments(split(u"usage results abc def --timeout 5"_s));
    QVERIFY2(p.ok(), qPrintable(p.error));
    QCOMPARE(p.invocation.spec->id, CommandId::UsageResults);
    QCOMPARE(p.invocation.args, QStringList({u"abc"_s, u"def"_s}));
    QCOMPARE(p.global.timeoutSeconds, 5);

    p = parseArguments(split(u"usage summary abc --days 30 --wait"_s));
    QVERIFY2(p.ok(), qPrintable(p.error));
    QCOMPARE(p.invocation.days, 30);
    QVERIFY(p.invocation.wait);

    p = parseArguments(split(u"clients update abc --file -"_s));
    QVERIFY2(p.ok(), qPrintable(p.error));
    QCOMPARE(p.invocation.file, u"-"_s);

    p = parseArguments(split(u"whoami --verbose"_s));
    QVERIFY2(p.ok(), qPrintable(p.error));
    QCOMPARE(p.invocation.spec->id, CommandId::WhoAmI);
    QVERIFY(p.global.verbose);

    // "--" ends the options: an id that starts with a dash still reaches the command.
    p = parseArguments(split(u"scopes get -- -odd-id"_s));
    QVERIFY2(p.ok(), qPrintable(p.error));
    QCOMPARE(p.invocation.args, QStringList{u"-odd-id"_s});
}

void TstCliUnits::usageErrors_data()
{
    QTest::addColumn<QString>("commandLine");
    QTest::addColumn<QString>("expected"); // a fragment of the message
    QTest::newRow("nothing") << QString() << u"No command"_s;
    QTest::newRow("unknown command") << u"frobnicate"_s << u"Unknown command"_s;
    QTest::newRow("unknown subcommand") << u"clients frob"_s << u"Unknown command"_s;
    QTest::newRow("group alone") << u"clients"_s << u"needs a subcommand"_s;
    QTest::newRow("missing id") << u"clients get"_s << u"needs ID"_s;
    QTest::newRow("extra argument") << u"clients list extra"_s << u"Unexpected argument"_s;
    QTest::newRow("unknown option") << u"clients list --frob"_s << u"Unknown option --frob"_s;
    QTest::newRow("short option") << u"clients list -x"_s << u"Unknown option -x"_s;
    QTest::newRow("option of another command") << u"clients list --days 3"_s << u"does not take --days"_s;
    QTest::newRow("missing --file") << u"clients create"_s << u"needs --file"_s;
    QTest::newRow("missing value") << u"clients create --file"_s << u"needs a value"_s;
    QTest::newRow("value swallowing an option") << u"clients create --file --json"_s << u"needs a value"_s;
    QTest::newRow("flag with value") << u"clients list --json=yes"_s << u"does not take a value"_s;
    QTest::newRow("bad days") << u"usage summary x --days 0"_s << u"--days"_s;
    QTest::newRow("bad timeout") << u"clients list --timeout soon"_s << u"--timeout"_s;
    QTest::newRow("demo with url") << u"--demo --api-url https://api.example.com clients list"_s
                                   << u"--demo"_s;
}

void TstCliUnits::usageErrors()
{
    QFETCH(QString, commandLine);
    QFETCH(QString, expected);
    const ParsedArguments p = parseArguments(split(commandLine));
    QVERIFY(!p.ok());
    QVERIFY2(p.error.contains(expected), qPrintable(p.error));
    QVERIFY(!p.secretRefused);
}

void TstCliUnits::secretLikeOptionsAreRefused_data()
{
    QTest::addColumn<QString>("commandLine");
    QTest::newRow("--secret") << u"clients list --secret abc"_s;
    QTest::newRow("--client-secret=") << u"--client-secret=abc clients list"_s;
    QTest::newRow("--token") << u"--token abc clients list"_s;
    QTest::newRow("--access-token") << u"clients list --access-token=abc"_s;
    QTest::newRow("--password") << u"clients list --password hunter2"_s;
    QTest::newRow("-token") << u"clients list -token abc"_s;
}

void TstCliUnits::secretLikeOptionsAreRefused()
{
    QFETCH(QString, commandLine);
    const ParsedArguments p = parseArguments(split(commandLine));
    QVERIFY(!p.ok());
    QVERIFY(p.secretRefused);
    QVERIFY2(p.error.contains(EnvClientSecret), qPrintable(p.error));
    QVERIFY2(p.error.contains(EnvAccessToken), qPrintable(p.error));
    QVERIFY2(!p.error.contains(u"abc"_s) && !p.error.contains(u"hunter2"_s), qPrintable(p.error));
}

void TstCliUnits::helpAndVersion()
{
    ParsedArguments p = parseArguments(split(u"--version"_s));
    QVERIFY(p.ok());
    QVERIFY(p.global.version);
    QCOMPARE(versionText(), u"oauthdesk-cli "_s + QStringLiteral(OAUTHDESK_VERSION) + u'\n');

    p = parseArguments(split(u"clients list --help"_s));
    QVERIFY(p.ok());
    QVERIFY(p.global.help);
    QCOMPARE(p.invocation.spec->id, CommandId::ClientsList);

    p = parseArguments(split(u"help usage summary"_s));
    QVERIFY(p.ok());
    QVERIFY(p.global.help);
    QCOMPARE(p.invocation.spec->id, CommandId::UsageSummary);

    p = parseArguments(split(u"clients -h"_s));
    QVERIFY(p.ok());
    QCOMPARE(p.helpGroup, u"clients"_s);
    QVERIFY(groupHelp(p.helpGroup).contains(u"clients secret ID"_s));

    p = parseArguments(split(u"--help"_s));
    QVERIFY(p.ok());
    const QString text = programHelp();
    for (const CommandSpec &c : commands())
        QVERIFY2(text.contains(c.name()), qPrintable(c.name()));
    QVERIFY(text.contains(EnvClientId));
}

void TstCliUnits::everyCommandHasHelp()
{
    for (const CommandSpec &c : commands()) {
        const QString text = commandHelp(c);
        QVERIFY2(text.contains(u"Usage: oauthdesk-cli "_s + c.name()), qPrintable(text));
        QVERIFY2(text.contains(QLatin1StringView(c.example)), qPrintable(text));
        // The example itself parses.
        const ParsedArguments p = parseArguments(split(QString::fromLatin1(c.example)));
        QVERIFY2(p.ok(), qPrintable(c.name() + u": "_s + p.error));
        QCOMPARE(p.invocation.spec, &c);
    }
}

// ---------------------------------------------------------------------------------------------

void TstCliUnits::credentialsFromClientIdAndSecret()
{
    QProcessEnvironment env;
    env.insert(EnvClientId, u"my-client"_s);
    env.insert(EnvClientSecret, u" s3cret \n"_s);
    env.insert(EnvRegion, u"eu-central-1"_s);
    auto r = resolveCredentials({}, env, nullptr);
    QVERIFY(std::holds_alternative<Credentials>(r));
    const Credentials &c = std::get<Credentials>(r);
    QCOMPARE(c.method, Credentials::Method::ClientCredentials);
    QCOMPARE(c.clientId, u"my-client"_s);
    QCOMPARE(c.secret, QByteArray("s3cret"));
    QCOMPARE(c.endpoints.api, QUrl(u"https://api.mypurecloud.de"_s));
    QCOMPARE(c.endpoints.login, QUrl(u"https://login.mypurecloud.de"_s));
    QVERIFY(!c.origin.contains(u"s3cret"_s));
}

void TstCliUnits::accessTokenWinsOverClientCredentials()
{
    QProcessEnvironment env;
    env.insert(EnvClientId, u"my-client"_s);
    env.insert(EnvClientSecret, u"s3cret"_s);
    env.insert(EnvAccessToken, u"tok"_s);
    auto r = resolveCredentials({}, env, nullptr);
    QVERIFY(std::holds_alternative<Credentials>(r));
    QCOMPARE(std::get<Credentials>(r).method, Credentials::Method::AccessToken);
    QCOMPARE(std::get<Credentials>(r).accessToken, QByteArray("tok"));
    QVERIFY(std::get<Credentials>(r).secret.isEmpty());
    QCOMPARE(std::get<Credentials>(r).endpoints.regionId, u"us_east_1"_s); // the default region
}

void TstCliUnits::missingOrHalfCredentials()
{
    QProcessEnvironment env;
    auto r = resolveCredentials({}, env, nullptr);
    QVERIFY(std::holds_alternative<CredentialError>(r));
    QCOMPARE(std::get<CredentialError>(r).exitCode, int(ExitAuth));
    QVERIFY(std::get<CredentialError>(r).error.message.contains(EnvAccessToken));

    env.insert(EnvClientId, u"only-the-id"_s);
    r = resolveCredentials({}, env, nullptr);
    QVERIFY(std::holds_alternative<CredentialError>(r));
    QCOMPARE(std::get<CredentialError>(r).exitCode, int(ExitAuth));
    QVERIFY(std::get<CredentialError>(r).error.message.contains(EnvClientSecret));

    // A profile wins over the environment; its endpoints and secrets come at sign-in.
    GlobalOptions withProfile;
    withProfile.profile = u"work"_s;
    r = resolveCredentials(withProfile, env, nullptr);
    QVERIFY(std::holds_alternative<Credentials>(r));
    QCOMPARE(std::get<Credentials>(r).source, Credentials::Source::Profile);
    QCOMPARE(std::get<Credentials>(r).profile, u"work"_s);
    QVERIFY(std::get<Credentials>(r).clientId.isEmpty());
    // ... and it brings its own endpoints.
    withProfile.apiUrl = u"https://api.mypurecloud.ie"_s;
    r = resolveCredentials(withProfile, env, nullptr);
    QVERIFY(std::holds_alternative<CredentialError>(r));
    QCOMPARE(std::get<CredentialError>(r).exitCode, int(ExitUsage));
}

void TstCliUnits::endpointsFromOptionsAndEnvironment()
{
    QProcessEnvironment env;
    env.insert(EnvAccessToken, u"tok"_s);
    env.insert(EnvRegion, u"us_east_1"_s);
    env.insert(EnvApiUrl, u"https://api.mypurecloud.ie"_s);
    auto r = resolveCredentials({}, env, nullptr);
    QVERIFY(std::holds_alternative<Credentials>(r));
    QCOMPARE(std::get<Credentials>(r).endpoints.api, QUrl(u"https://api.mypurecloud.ie"_s));
    QCOMPARE(std::get<Credentials>(r).endpoints.login, QUrl(u"https://login.mypurecloud.ie"_s));

    GlobalOptions o; // the option wins over the environment
    o.apiUrl = u"http://127.0.0.1:9999"_s;
    r = resolveCredentials(o, env, nullptr);
    QVERIFY(std::holds_alternative<Credentials>(r));
    QCOMPARE(std::get<Credentials>(r).endpoints.api, QUrl(u"http://127.0.0.1:9999"_s));
    QCOMPARE(std::get<Credentials>(r).endpoints.login, QUrl(u"http://127.0.0.1:9999"_s));

    GlobalOptions region;
    region.region = u"api.apne2.pure.cloud"_s;
    env.remove(EnvApiUrl);
    r = resolveCredentials(region, env, nullptr);
    QVERIFY(std::holds_alternative<Credentials>(r));
    QCOMPARE(std::get<Credentials>(r).endpoints.regionId, u"ap_northeast_2"_s);
}

void TstCliUnits::insecureOrUnknownEndpointsAreUsageErrors()
{
    QProcessEnvironment env;
    env.insert(EnvAccessToken, u"tok"_s);
    GlobalOptions o;
    o.apiUrl = u"http://api.example.com"_s;
    auto r = resolveCredentials(o, env, nullptr);
    QVERIFY(std::holds_alternative<CredentialError>(r));
    QCOMPARE(std::get<CredentialError>(r).exitCode, int(ExitUsage));
    QVERIFY(std::get<CredentialError>(r).error.message.contains(u"http"_s));

    GlobalOptions bad;
    bad.region = u"moon_base_1"_s;
    r = resolveCredentials(bad, env, nullptr);
    QVERIFY(std::holds_alternative<CredentialError>(r));
    QCOMPARE(std::get<CredentialError>(r).exitCode, int(ExitUsage));
}

void TstCliUnits::demoCredentials()
{
    GlobalOptions o;
    o.demo = true;
    QProcessEnvironment env;
    env.insert(EnvAccessToken, u"ignored"_s);
    const DemoServerInfo demo{QUrl(u"http://127.0.0.1:4567"_s), u"admin"_s, "pw"};
    auto r = resolveCredentials(o, env, &demo);
    QVERIFY(std::holds_alternative<Credentials>(r));
    const Credentials &c = std::get<Credentials>(r);
    QCOMPARE(c.source, Credentials::Source::Demo);
    QCOMPARE(c.method, Credentials::Method::ClientCredentials);
    QCOMPARE(c.clientId, u"admin"_s);
    QCOMPARE(c.endpoints.api, demo.baseUrl);
}

// ---------------------------------------------------------------------------------------------

void TstCliUnits::readJsonObjectReportsWhereItBroke()
{
    QBuffer in;
    in.setData("{\n  \"name\": \"x\",\n  oops\n}");
    QVERIFY(in.open(QIODevice::ReadOnly));
    auto r = inputs::readJsonObject(u"-"_s, &in);
    QVERIFY(std::holds_alternative<inputs::Problems>(r));
    const QString text = std::get<inputs::Problems>(r).lines.join(u'\n');
    QVERIFY2(text.contains(u"line 3"_s), qPrintable(text));

    QBuffer array;
    array.setData("[1,2]");
    QVERIFY(array.open(QIODevice::ReadOnly));
    r = inputs::readJsonObject(u"-"_s, &array);
    QVERIFY(std::holds_alternative<inputs::Problems>(r));

    QBuffer empty;
    QVERIFY(empty.open(QIODevice::ReadOnly));
    r = inputs::readJsonObject(u"-"_s, &empty);
    QVERIFY(std::holds_alternative<inputs::Problems>(r));
}

void TstCliUnits::readJsonObjectFromStdinAndFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"client.json"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("\xEF\xBB\xBF{\"name\":\"Grüße\"}"); // with a byte-order mark
    f.close();
    auto r = inputs::readJsonObject(path, nullptr);
    QVERIFY(std::holds_alternative<QJsonObject>(r));
    QCOMPARE(std::get<QJsonObject>(r).value("name"_L1).toString(), u"Grüße"_s);

    r = inputs::readJsonObject(dir.filePath(u"missing.json"_s), nullptr);
    QVERIFY(std::holds_alternative<inputs::Problems>(r));
    QVERIFY(std::get<inputs::Problems>(r).lines.first().contains(u"missing.json"_s));

    r = inputs::readJsonObject(dir.path(), nullptr);
    QVERIFY(std::holds_alternative<inputs::Problems>(r));
}

void TstCliUnits::createBodyIsShapeCheckedAndStripsReadOnlyFields()
{
    auto r = inputs::prepareCreateBody(object(R"({"name": 5, "authorizedGrantType": "MAGIC"})"));
    QVERIFY(std::holds_alternative<inputs::Problems>(r));
    const QStringList lines = std::get<inputs::Problems>(r).lines;
    QVERIFY(lines.size() >= 2);
    QVERIFY(lines.join(u'\n').contains(u"\"name\""_s));
    QVERIFY(lines.join(u'\n').contains(u"MAGIC"_s));

    r = inputs::prepareCreateBody(object(R"({"id":"x","secret":"y","dateCreated":"2024-01-01T00:00:00Z",
        "dateToDelete":"2024-02-01T00:00:00Z","name":"n","authorizedGrantType":"CODE","custom":{"a":1}})"));
    QVERIFY(std::holds_alternative<inputs::ClientBody>(r));
    const inputs::ClientBody &b = std::get<inputs::ClientBody>(r);
    QVERIFY(!b.body.contains("id"_L1));
    QVERIFY(!b.body.contains("secret"_L1));
    QVERIFY(!b.body.contains("dateCreated"_L1));
    QVERIFY(!b.body.contains("dateToDelete"_L1));
    QVERIFY(b.body.contains("custom"_L1)); // unknown fields go to the server untouched
    QVERIFY(b.ignored.contains(u"secret"_s));
}

void TstCliUnits::updateEditsCheckOnlyWhatIsPresent()
{
    auto r = inputs::prepareUpdateEdits(object(R"({"description":"new text"})"), u"x"_s);
    QVERIFY(std::holds_alternative<inputs::ClientBody>(r));
    QCOMPARE(std::get<inputs::ClientBody>(r).body, object(R"({"description":"new text"})"));

    r = inputs::prepareUpdateEdits(object(R"({"scope":"not-a-list","state":"gone"})"), u"x"_s);
    QVERIFY(std::holds_alternative<inputs::Problems>(r));
    QCOMPARE(std::get<inputs::Problems>(r).lines.size(), 2);

    r = inputs::prepareUpdateEdits(object(R"({"id":"x","selfUri":"/y"})"), u"x"_s);
    QVERIFY(std::holds_alternative<inputs::Problems>(r)); // changes nothing
}

void TstCliUnits::usageQueryFile()
{
    auto r = inputs::parseUsageQuery(object(R"({"interval":"2026-03-01T00:00:00/2026-03-08T00:00:00Z",
        "granularity":"Week","metrics":["Requests","Status429"],"groupBy":["TemplateUri"]})"));
    QVERIFY(std::holds_alternative<UsageQuery>(r));
    const UsageQuery &q = std::get<UsageQuery>(r);
    QCOMPARE(q.start, QDateTime(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc()));
    QCOMPARE(q.end, QDateTime(QDate(2026, 3, 8), QTime(0, 0), QTimeZone::utc()));
    QCOMPARE(q.granularity, Granularity::Week);
    QCOMPARE(q.metrics, QStringList({u"Requests"_s, u"Status429"_s}));
    QCOMPARE(q.groupBy, QStringList{u"TemplateUri"_s});

    r = inputs::parseUsageQuery(object(R"({"interval":"yesterday","metric":["Requests"],"granularity":"Hour",
        "groupBy":["UserId"]})"));
    QVERIFY(std::holds_alternative<inputs::Problems>(r));
    const QString text = std::get<inputs::Problems>(r).lines.join(u'\n');
    QVERIFY2(text.contains(u"\"metric\""_s), qPrintable(text)); // the typo is named
    QVERIFY2(text.contains(u"interval"_s), qPrintable(text));
    QVERIFY2(text.contains(u"granularity"_s), qPrintable(text));
    QVERIFY2(text.contains(u"UserId"_s), qPrintable(text)); // org-wide only

    r = inputs::parseUsageQuery(object(R"({"interval":"2026-03-08T00:00:00Z/2026-03-01T00:00:00Z"})"));
    QVERIFY(std::holds_alternative<inputs::Problems>(r));
}

// ---------------------------------------------------------------------------------------------

void TstCliUnits::displayWidth_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("width");
    QTest::newRow("ascii") << u"abc"_s << 3;
    QTest::newRow("latin-1") << u"Grüße"_s << 5;
    QTest::newRow("combining") << u"e\u0301te\u0301"_s << 3; // "été" with combining acutes
    QTest::newRow("cjk") << u"日本語"_s << 6;
    QTest::newRow("hangul") << u"한국"_s << 4;
    QTest::newRow("fullwidth") << u"ＡＢ"_s << 4;
    QTest::newRow("emoji") << u"ok 👍"_s << 5;
    QTest::newRow("zero-width joiner") << u"a\u200Db"_s << 2;
    QTest::newRow("empty") << QString() << 0;
}

void TstCliUnits::displayWidth()
{
    QFETCH(QString, text);
    QFETCH(int, width);
    QCOMPARE(text::displayWidth(text), width);
}

void TstCliUnits::elideRespectsCells()
{
    QCOMPARE(text::elide(u"abcdef"_s, 6), u"abcdef"_s);
    QCOMPARE(text::elide(u"abcdefg"_s, 6), u"abcde…"_s);
    QCOMPARE(text::displayWidth(text::elide(u"日本語のテキスト"_s, 7)), 7);
    QCOMPARE(text::elide(u"日本語のテキスト"_s, 7), u"日本語…"_s);
    // A wide character that does not fit is not split; the result may be one cell short.
    QCOMPARE(text::elide(u"日本語のテキスト"_s, 6), u"日本…"_s);
    // A surrogate pair is never cut in half.
    const QString emoji = text::elide(u"👍👍👍👍"_s, 5);
    QCOMPARE(emoji, u"👍👍…"_s);
    QCOMPARE(text::elide(u"word   next"_s, 6), u"word…"_s); // no trailing blanks before the ellipsis
    QCOMPARE(text::elide(u"anything"_s, 0), u"anything"_s);
}

void TstCliUnits::cleanRemovesTerminalControl()
{
    QCOMPARE(text::clean(u"a\nb\tc"_s), u"a b c"_s);
    QCOMPARE(text::clean(u"\x1b[2Jred"_s), u" [2Jred"_s);
    QCOMPARE(text::clean(u"evil\u202Etxt.exe"_s), u"eviltxt.exe"_s);
    QCOMPARE(text::clean(u"Grüße 日本"_s), u"Grüße 日本"_s);
}

void TstCliUnits::tableAlignsByDisplayWidth()
{
    text::Table t({u"NAME"_s, u"N"_s, u"NOTE"_s});
    t.setRightAligned(1);
    t.setMaxWidth(2, 8);
    t.addRow({u"日本"_s, u"7"_s, u"short"_s});
    t.addRow({u"abc"_s, u"1234"_s, u"a much longer note"_s});
    t.addRow({u"x\ny"_s, u"5"_s, QString()});
    QByteArray out;
    t.render(out);
    const QStringList lines = QString::fromUtf8(out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0), u"NAME     N  NOTE"_s);
    QCOMPARE(lines.at(1), u"日本     7  short"_s);
    QCOMPARE(lines.at(2), u"abc   1234  a much…"_s); // no blank before the ellipsis
    QCOMPARE(lines.at(3), u"x y      5"_s);          // the newline became a space; no trailing blanks
}

void TstCliUnits::tableShrinksTheFlexColumnToTheTerminal()
{
    auto render = [](int available) {
        text::Table t({u"ID"_s, u"NAME"_s, u"DESCRIPTION"_s});
        t.setAvailableWidth(available);
        t.addFlexColumn(2);     // the description gives way first,
        t.addFlexColumn(1, 10); // then the name
        t.addRow(
            {u"0123456789"_s, u"A rather long client name"_s, u"A description far longer than a terminal"_s});
        QByteArray out;
        t.render(out);
        return QString::fromUtf8(out).split(u'\n', Qt::SkipEmptyParts);
    };
    // Wide enough: nothing is cut.
    QStringList lines = render(200);
    QVERIFY(!lines.join(u'\n').contains(u'…'));
    // Narrower: only the description is cut.
    lines = render(60);
    for (const QString &line : lines)
        QVERIFY2(text::displayWidth(line) <= 60, qPrintable(line));
    QVERIFY(lines.at(1).contains(u"A rather long client name"_s));
    QVERIFY(lines.at(1).endsWith(u'…'));
    // Narrower still: the description stops at its minimum, then the name gives way too.
    lines = render(40);
    for (const QString &line : lines)
        QVERIFY2(text::displayWidth(line) <= 40, qPrintable(line));
    QVERIFY(!lines.at(1).contains(u"A rather long client name"_s));
    // Not even the minimums fit: the table stays readable and wider than asked.
    lines = render(20);
    QVERIFY(text::displayWidth(lines.at(1)) > 20);
    QVERIFY(lines.at(1).startsWith(u"0123456789"_s));
}

void TstCliUnits::jsonArrayIsCompactOneLine()
{
    QList<QJsonObject> objects{object(R"({"a":1})"), object(R"({"b":[1,2]})")};
    QByteArray out;
    text::appendJsonArray(
        out, objects.size(), [&](qsizetype i) { return objects.at(i); }, false);
    QCOMPARE(out, QByteArray("[{\"a\":1},{\"b\":[1,2]}]\n"));

    QByteArray pretty;
    text::appendJsonArray(
        pretty, objects.size(), [&](qsizetype i) { return objects.at(i); }, true);
    QVERIFY(pretty.count('\n') > 2);
    QCOMPARE(QJsonDocument::fromJson(pretty).array(), QJsonDocument::fromJson(out).array());

    QByteArray empty;
    text::appendJsonArray(
        empty, 0, [&](qsizetype i) { return objects.at(i); }, false);
    QCOMPARE(empty, QByteArray("[]\n"));
}

void TstCliUnits::clientsListJsonNeverHasASecret()
{
    QString secret;
    const Result<OAuthClient> c =
        parseClient(R"({"id":"c1","name":"n","secret":"TOPSECRET","extra":true})", &secret);
    QVERIFY(c.ok());
    QByteArray out;
    present::Style json;
    json.json = true;
    present::clients(out, {c.value()}, json);
    QVERIFY(!out.contains("TOPSECRET"));
    QVERIFY(out.contains("\"extra\":true"));
    QByteArray shown;
    present::client(shown, c.value(), json, secret); // create and secret show it, once
    QVERIFY(shown.contains("\"secret\":\"TOPSECRET\""));
}

void TstCliUnits::rawListingPassesObjectsThrough()
{
    // Pretty-printed by the server, with its own key order and escapes: minified, order kept.
    const QByteArray body = R"({
      "entities": [
        {"name": "Zeta \u00e9", "id": "c1", "z": 1, "a": [1, 2.5, {"b": null}]},
        {"id": "c2", "secret": "TOPSECRET", "name": "has one"},
        "not an object",
        {"name": "no id"},
        {"id": "", "name": "empty id"}
      ],
      "pageNumber": 1, "pageCount": 3, "pageSize": 2, "total": 5,
      "nextUri": "/api/v2/oauth/clients?pageNumber=2"
    })";
    int skipped = 0;
    const Result<Page<QByteArray>> page = parseRawClientPage(body, &skipped);
    QVERIFY2(page.ok(), qPrintable(page.error().message));
    QCOMPARE(page->entities.size(), 2);
    QCOMPARE(skipped, 3);
    QCOMPARE(page->entities.at(0),
             QByteArray(R"({"name":"Zeta \u00e9","id":"c1","z":1,"a":[1,2.5,{"b":null}]})"));
    QVERIFY(!page->entities.at(1).contains("TOPSECRET"));
    QVERIFY(!page->entities.at(1).contains("secret"));
    QCOMPARE(object(page->entities.at(1)), object(R"({"id":"c2","name":"has one"})"));
    QCOMPARE(page->nextUri, u"/api/v2/oauth/clients?pageNumber=2"_s);
    QCOMPARE(page->pageNumber, 1);
    QCOMPARE(page->pageCount, 3);
    QCOMPARE(page->total, 5);

    QByteArray out;
    appendRawArray(out, page->entities);
    QVERIFY(out.endsWith("]\n"));
    QCOMPARE(out.count('\n'), 1);
    QCOMPARE(QJsonDocument::fromJson(out).array().size(), 2);

    const Result<Page<QByteArray>> empty = parseRawClientPage(R"({"entities":[]})", nullptr);
    QVERIFY(empty.ok());
    QVERIFY(empty->entities.isEmpty());
}

void TstCliUnits::rawListingRejectsWhatIsNotAListing_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not json") << QByteArray("<html>502</html>");
    QTest::newRow("cut short") << QByteArray(R"({"entities":[{"id":"c1")");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("entities not a list") << QByteArray(R"({"entities":{"id":"c1"}})");
}

void TstCliUnits::rawListingRejectsWhatIsNotAListing()
{
    QFETCH(QByteArray, body);
    const Result<Page<QByteArray>> page = parseRawClientPage(body, nullptr);
    QVERIFY(!page.ok());
    QCOMPARE(page.error().kind, ApiError::Kind::BadResponse);
    QVERIFY(!page.error().message.isEmpty());
}

void TstCliUnits::errorsMapToExitCodes()
{
    QCOMPARE(exitCodeFor(ApiError::make(ApiError::Kind::Auth, {})), int(ExitAuth));
    ApiError http;
    http.kind = ApiError::Kind::Http;
    http.httpStatus = 401;
    QCOMPARE(exitCodeFor(http), int(ExitAuth));
    http.httpStatus = 404;
    QCOMPARE(exitCodeFor(http), int(ExitApiError));
    http.httpStatus = 403;
    http.code = u"missing.permissions"_s;
    http.message = u"Missing permission oauth:client:delete"_s;
    http.contextId = u"ctx-1"_s;
    QCOMPARE(exitCodeFor(http), int(ExitApiError));
    const QString text = describeError(http);
    QVERIFY2(text.contains(u"oauth:client:delete"_s), qPrintable(text));
    QVERIFY2(text.contains(u"403"_s), qPrintable(text));
    QVERIFY2(text.contains(u"missing.permissions"_s), qPrintable(text));
    QVERIFY2(text.contains(u"ctx-1"_s), qPrintable(text));
    QCOMPARE(exitCodeFor(ApiError::make(ApiError::Kind::ConnectionRefused, {})), int(ExitApiError));
    QCOMPARE(exitCodeFor(ApiError::make(ApiError::Kind::Validation, {})), int(ExitUsage));
    QCOMPARE(exitCodeFor(ApiError::make(ApiError::Kind::Cancelled, {})), int(ExitInterrupted));
}

QTEST_GUILESS_MAIN(TstCliUnits)
#include "tst_cli_units.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// clients deactivate / activate / delete ID... (and "-" for ids on standard input), in-process
// against the sandbox over real loopback HTTP: results, the requests sent, exit codes, --json.
#include "app/cli/cliapp.h"
#include "app/cli/credentials.h"
#include "app/sandbox/sandboxserver.h"
#include "app/services/clientsservice.h"
#include "tests/cli/clitestrun.h"
#include "tests/support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <functional>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {
const QString ClientsPath = u"/api/v2/oauth/clients"_s;
const QString NoSuchClient = u"0b6c3f1e-8f1d-4c55-9a7b-2f6c1d1e9a10"_s;

using clitest::Run;

QJsonArray rowsOf(const Run &r)
{
    return QJsonDocument::fromJson(r.out).array();
}
} // namespace

class TstCliBulk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void deactivateSeveralIds();
    void activateAndDelete();
    void idsFromStandardInput();
    void manyIdsAreFoundInOneListing();
    void dryRunSendsNoChange_data();
    void dryRunSendsNoChange();
    void mixedSuccessAndFailureExitsOne();
    void malformedOrMissingIdsExitTwoBeforeAnyRequest_data();
    void malformedOrMissingIdsExitTwoBeforeAnyRequest();
    void jsonIsAnArrayOfRowsAlsoForOneId();
    void signedInClientIsSkipped();
    void refusedTokenStopsTheRunWithExitThree();
    void interruptLetsTheClientUnderWayFinish();

private:
    Run run(QStringList args, const QByteArray &stdinData = {}, std::optional<QProcessEnvironment> env = {},
            const std::function<void(cli::CliApp &)> &whileRunning = {});
    [[nodiscard]] QProcessEnvironment credentials() const;
    [[nodiscard]] QProcessEnvironment token() const;
    // Ids of demo clients in that state (never the admin client).
    [[nodiscard]] QStringList idsWithState(const QString &state, int n) const;
    void setState(const QStringList &ids, const QString &state);
    [[nodiscard]] QString stateOf(const QString &id) const;
    // The requests that change something: "PUT /path", "DELETE /path", "POST /path" (not the token).
    [[nodiscard]] QStringList changes() const;

    std::unique_ptr<testsupport::SandboxSession> s;
};

void TstCliBulk::init()
{
    SandboxOptions o = testsupport::SandboxSession::defaultOptions();
    o.extraClients = 20;
    s = std::make_unique<testsupport::SandboxSession>(o);
    QVERIFY2(s->start(), qPrintable(s->error));
    s->sandbox.clearRequests();
}

QProcessEnvironment TstCliBulk::credentials() const
{
    return clitest::adminCredentials(s->sandbox);
}

QProcessEnvironment TstCliBulk::token() const
{
    QProcessEnvironment env;
    env.insert(cli::EnvAccessToken, s->sandbox.issueToken());
    return env;
}

Run TstCliBulk::run(QStringList args, const QByteArray &stdinData, std::optional<QProcessEnvironment> env,
                    const std::function<void(cli::CliApp &)> &whileRunning)
{
    clitest::RunOptions options;
    options.stdinData = stdinData;
    options.whileRunning = whileRunning;
    return clitest::run(s->sandbox, std::move(args), env.value_or(credentials()), options);
}

QStringList TstCliBulk::idsWithState(const QString &state, int n) const
{
    QStringList ids;
    const QJsonArray all = s->sandbox.clients();
    for (const QJsonValue &v : all) {
        const QJsonObject o = v.toObject();
        if (o.value("state"_L1).toString() == state &&
            o.value("id"_L1).toString() != s->sandbox.adminClientId() && ids.size() < n)
            ids.append(o.value("id"_L1).toString());
    }
    return ids;
}

void TstCliBulk::setState(const QStringList &ids, const QString &state)
{
    for (const QString &id : ids) {
        const auto c = testsupport::await<OAuthClient>(
            [&](QObject *ctx, auto h) { s->session.clients()->get(id, ctx, h); });
        QVERIFY(c);
        const auto r = testsupport::await<OAuthClient>([&](QObject *ctx, auto h) {
            s->session.clients()->update(c.value(), {{u"state"_s, state}}, ctx, h);
        });
        QVERIFY(r);
    }
    s->sandbox.clearRequests();
}

QString TstCliBulk::stateOf(const QString &id) const
{
    const QJsonObject o = s->sandbox.client(id);
    return o.isEmpty() ? u"(gone)"_s : o.value("state"_L1).toString();
}

QStringList TstCliBulk::changes() const
{
    QStringList out;
    for (const SandboxRequest &r : s->sandbox.requests()) {
        if (r.method != "GET" && r.path != "/oauth/token"_L1)
            out.append(QString::fromLatin1(r.method) + u' ' + r.path);
    }
    return out;
}

void TstCliBulk::deactivateSeveralIds()
{
    const QStringList ids = idsWithState(u"active"_s, 3);
    QCOMPARE(ids.size(), 3);
    const Run r = run(QStringList{u"clients"_s, u"deactivate"_s} + ids);
    QVERIFY2(r.code == 0, r.err.constData());
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QVERIFY2(lines.at(i).startsWith("deactivated") && lines.at(i).contains(ids.at(i).toUtf8()),
                 lines.at(i).constData());
        QCOMPARE(stateOf(ids.at(i)), u"inactive"_s);
    }
    // One GET each (few ids), then one PUT each.
    QCOMPARE(s->sandbox.requestCount(ClientsPath, "GET"), 3);
    QCOMPARE(changes().size(), 3);
    QCOMPARE(s->sandbox.requestCount(ClientsPath, "PUT"), 3);
    // Again: nothing left to do, each skipped with the reason.
    s->sandbox.clearRequests();
    const Run again = run(QStringList{u"clients"_s, u"deactivate"_s} + ids);
    QCOMPARE(again.code, 0);
    QCOMPARE(again.out.count("already inactive"), 3);
    QVERIFY(changes().isEmpty());
}

void TstCliBulk::activateAndDelete()
{
    const QStringList ids = idsWithState(u"active"_s, 3);
    setState(ids.mid(0, 2), u"inactive"_s);
    const Run activated = run({u"clients"_s, u"activate"_s, ids.at(0), ids.at(2)});
    QVERIFY2(activated.code == 0, activated.err.constData());
    QCOMPARE(stateOf(ids.at(0)), u"active"_s);
    QVERIFY2(activated.out.contains("already active"), activated.out.constData());
    QCOMPARE(changes(), QStringList{u"PUT "_s + ClientsPath + u'/' + ids.at(0)});

    s->sandbox.clearRequests();
    const Run deleted = run({u"clients"_s, u"delete"_s, ids.at(0), ids.at(1)});
    QVERIFY2(deleted.code == 0, deleted.err.constData());
    QCOMPARE(stateOf(ids.at(0)), u"(gone)"_s);
    QCOMPARE(stateOf(ids.at(1)), u"(gone)"_s);
    // The active one through inactive first; the inactive one deleted directly.
    QCOMPARE(changes(), (QStringList{u"PUT "_s + ClientsPath + u'/' + ids.at(0),
                                     u"DELETE "_s + ClientsPath + u'/' + ids.at(0),
                                     u"DELETE "_s + ClientsPath + u'/' + ids.at(1)}));
    QVERIFY2(deleted.err.contains("inactive first"), deleted.err.constData());
}

void TstCliBulk::idsFromStandardInput()
{
    const QStringList ids = idsWithState(u"active"_s, 3);
    // Blank lines, spaces and Windows line ends are ignored.
    const QByteArray input = "\n" + ids.at(0).toUtf8() + "\r\n  \n " + ids.at(1).toUtf8() + " \n" +
                             ids.at(2).toUtf8(); // no final newline
    const Run r = run({u"--json"_s, u"clients"_s, u"deactivate"_s, u"-"_s}, input);
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonArray rows = rowsOf(r);
    QCOMPARE(rows.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(rows.at(i)[u"id"_s].toString(), ids.at(i));
        QCOMPARE(rows.at(i)[u"result"_s].toString(), u"done"_s);
        QCOMPARE(stateOf(ids.at(i)), u"inactive"_s);
    }

    // The pipeline of docs/cli.md: insights unused --json | jq ... | clients deactivate -. The
    // filter (select(.status=="unused") | .clientId) done here on the real output.
    const Run unused = run({u"--json"_s, u"insights"_s, u"unused"_s});
    QVERIFY2(unused.code == 0, unused.err.constData());
    QByteArray piped;
    QStringList unusedIds;
    for (const QJsonValue &v : QJsonDocument::fromJson(unused.out).array()) {
        if (v[u"status"_s].toString() == u"unused"_s) {
            piped += v[u"clientId"_s].toString().toUtf8() + '\n';
            unusedIds.append(v[u"clientId"_s].toString());
        }
    }
    QVERIFY(!unusedIds.isEmpty());
    const Run pipeline = run({u"clients"_s, u"deactivate"_s, u"-"_s}, piped);
    QVERIFY2(pipeline.code == 0, pipeline.err.constData());
    for (const QString &id : unusedIds)
        QCOMPARE(stateOf(id), u"inactive"_s);
}

void TstCliBulk::manyIdsAreFoundInOneListing()
{
    const QStringList ids = idsWithState(u"active"_s, 12);
    QCOMPARE(ids.size(), 12);
    const Run r =
        run({u"clients"_s, u"deactivate"_s, u"-"_s}, ids.join(u'\n').toUtf8() + "\n" + NoSuchClient.toUtf8());
    QCOMPARE(r.code, 1); // the unknown id
    QVERIFY2(r.out.contains("no client with this id"), r.out.constData());
    QCOMPARE(s->sandbox.requestCount(ClientsPath, "GET"), 1); // the listing, no GET per client
    QCOMPARE(s->sandbox.requestCount(ClientsPath + u'/', "GET"), 0);
    QCOMPARE(s->sandbox.requestCount(ClientsPath, "PUT"), 12);
}

void TstCliBulk::dryRunSendsNoChange_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("would");
    QTest::newRow("deactivate") << u"deactivate"_s << u"would deactivate"_s;
    QTest::newRow("activate") << u"activate"_s << u"would activate"_s;
    QTest::newRow("delete") << u"delete"_s << u"would delete"_s;
}

void TstCliBulk::dryRunSendsNoChange()
{
    QFETCH(QString, command);
    QFETCH(QString, would);
    const QStringList active = idsWithState(u"active"_s, 2);
    const QStringList inactive = idsWithState(u"inactive"_s, 1);
    QCOMPARE(active.size() + inactive.size(), 3);
    const QStringList ids = active + inactive + QStringList{s->sandbox.adminClientId()};
    const Run r = run(QStringList{u"--json"_s, u"clients"_s, command, u"--dry-run"_s} + ids);
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(changes().isEmpty(), qPrintable(changes().join(u", "_s)));
    const QJsonArray rows = rowsOf(r);
    QCOMPARE(rows.size(), 4);
    const QString pendingOne = command == u"activate"_s ? inactive.at(0) : active.at(0);
    int wouldCount = 0;
    for (const QJsonValue &row : rows) {
        if (row[u"result"_s].toString() == would)
            ++wouldCount;
        if (row[u"id"_s].toString() == pendingOne)
            QCOMPARE(row[u"result"_s].toString(), would);
        if (row[u"id"_s].toString() == s->sandbox.adminClientId())
            QCOMPARE(row[u"result"_s].toString(), u"skipped"_s);
    }
    QCOMPARE(wouldCount, command == u"activate"_s ? 1 : command == u"deactivate"_s ? 2 : 3);
    for (const QString &id : active)
        QCOMPARE(stateOf(id), u"active"_s);
    // The same in text.
    s->sandbox.clearRequests();
    const Run text = run(QStringList{u"clients"_s, command, u"--dry-run"_s} + ids);
    QCOMPARE(text.code, 0);
    QVERIFY2(text.out.contains(would.toUtf8()), text.out.constData());
    QVERIFY(changes().isEmpty());
}

void TstCliBulk::mixedSuccessAndFailureExitsOne()
{
    const QStringList ids = idsWithState(u"active"_s, 3);
    // The second client's PUT is refused by the server (400, no retry).
    FaultRule refuse;
    refuse.kind = FaultRule::Kind::Status;
    refuse.status = 400;
    refuse.method = "PUT";
    refuse.pathPattern = u"^"_s + ClientsPath + u'/' + ids.at(1) + u'$';
    refuse.count = -1;
    s->sandbox.addFault(refuse);
    const Run r =
        run(QStringList{u"--json"_s, u"clients"_s, u"deactivate"_s} + ids + QStringList{NoSuchClient});
    QCOMPARE(r.code, 1);
    const QJsonArray rows = rowsOf(r);
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(0)[u"result"_s].toString(), u"done"_s);
    QCOMPARE(rows.at(1)[u"result"_s].toString(), u"failed"_s);
    QVERIFY2(rows.at(1)[u"message"_s].toString().contains(u"400"_s),
             qPrintable(rows.at(1)[u"message"_s].toString()));
    QCOMPARE(rows.at(2)[u"result"_s].toString(), u"done"_s); // the queue went on
    QCOMPARE(rows.at(3)[u"result"_s].toString(), u"failed"_s);
    QCOMPARE(rows.at(3)[u"message"_s].toString(), u"no client with this id"_s);
    QCOMPARE(stateOf(ids.at(1)), u"active"_s);
    QCOMPARE(stateOf(ids.at(2)), u"inactive"_s);
    QVERIFY2(r.err.contains("2 clients failed"), r.err.constData());
}

void TstCliBulk::malformedOrMissingIdsExitTwoBeforeAnyRequest_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("message");
    const QString ok = NoSuchClient;
    QTest::newRow("bad id among good ones") << QStringList{u"clients"_s, u"deactivate"_s, ok, u"../secret"_s}
                                            << QByteArray() << QByteArray("is not an id");
    QTest::newRow("bad id, delete") << QStringList{u"clients"_s, u"delete"_s, u"a/b"_s} << QByteArray()
                                    << QByteArray("is not an id");
    QTest::newRow("bad line on stdin") << QStringList{u"clients"_s, u"activate"_s, u"-"_s}
                                       << QByteArray(ok.toUtf8() + "\na?b\n") << QByteArray("Line 2");
    QTest::newRow("no id") << QStringList{u"clients"_s, u"deactivate"_s} << QByteArray()
                           << QByteArray("one or more ids");
    QTest::newRow("empty stdin") << QStringList{u"clients"_s, u"delete"_s, u"-"_s} << QByteArray("\n \n")
                                 << QByteArray("no id");
    QTest::newRow("- with ids") << QStringList{u"clients"_s, u"delete"_s, ok, u"-"_s} << QByteArray()
                                << QByteArray("alone");
}

void TstCliBulk::malformedOrMissingIdsExitTwoBeforeAnyRequest()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, message);
    const Run r = run(args, input);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message), r.err.constData());
    QVERIFY(r.out.isEmpty());
    QCOMPARE(s->sandbox.requests().size(), 0); // not even the token request
}

void TstCliBulk::jsonIsAnArrayOfRowsAlsoForOneId()
{
    const QStringList ids = idsWithState(u"active"_s, 1);
    const QString name = s->sandbox.client(ids.at(0)).value("name"_L1).toString();
    const Run r = run({u"--json"_s, u"clients"_s, u"deactivate"_s, ids.at(0)});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonDocument doc = QJsonDocument::fromJson(r.out);
    QVERIFY2(doc.isArray(), r.out.constData());
    QCOMPARE(doc.array().size(), 1);
    const QJsonObject row = doc.array().at(0).toObject();
    QStringList keys = row.keys();
    keys.sort();
    QCOMPARE(keys, (QStringList{u"action"_s, u"id"_s, u"message"_s, u"name"_s, u"result"_s}));
    QCOMPARE(row.value("id"_L1).toString(), ids.at(0));
    QCOMPARE(row.value("name"_L1).toString(), name);
    QCOMPARE(row.value("action"_L1).toString(), u"deactivate"_s);
    QCOMPARE(row.value("result"_L1).toString(), u"done"_s);
}

void TstCliBulk::signedInClientIsSkipped()
{
    const QString self = s->sandbox.adminClientId();
    const QStringList other = idsWithState(u"active"_s, 1);
    // Client credentials: the session knows its client.
    Run r = run({u"clients"_s, u"delete"_s, self.toUpper(), other.at(0)});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.out.contains("the session is signed in with this client"), r.out.constData());
    QCOMPARE(stateOf(self), u"active"_s);
    QCOMPARE(stateOf(other.at(0)), u"(gone)"_s);
    // A token from elsewhere: tokens/me says which client it belongs to.
    s->sandbox.clearRequests();
    r = run({u"clients"_s, u"deactivate"_s, self}, {}, token());
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.out.contains("the session is signed in with this client"), r.out.constData());
    QCOMPARE(s->sandbox.requestCount(u"/api/v2/tokens/me"_s, "GET"), 1);
    QVERIFY(changes().isEmpty());
    QCOMPARE(stateOf(self), u"active"_s);
}

void TstCliBulk::refusedTokenStopsTheRunWithExitThree()
{
    const QStringList ids = idsWithState(u"active"_s, 3);
    // The second PUT gets a 401; a token from the environment cannot be renewed.
    FaultRule refused;
    refused.kind = FaultRule::Kind::Status;
    refused.status = 401;
    refused.method = "PUT";
    refused.pathPattern = u"^"_s + ClientsPath + u'/' + ids.at(1) + u'$';
    refused.count = -1;
    s->sandbox.addFault(refused);
    const Run r = run(QStringList{u"--json"_s, u"clients"_s, u"deactivate"_s} + ids, {}, token());
    QCOMPARE(r.code, 3);
    const QJsonArray rows = rowsOf(r);
    QCOMPARE(rows.size(), 3); // the rows so far, and the one not run
    QCOMPARE(rows.at(0)[u"result"_s].toString(), u"done"_s);
    QCOMPARE(rows.at(1)[u"result"_s].toString(), u"failed"_s);
    QCOMPARE(rows.at(2)[u"result"_s].toString(), u"cancelled"_s);
    QCOMPARE(s->sandbox.requestCount(ClientsPath, "PUT"), 2); // none after the refused one
    QCOMPARE(stateOf(ids.at(2)), u"active"_s);
    QVERIFY2(r.err.contains("401"), r.err.constData());
}

void TstCliBulk::interruptLetsTheClientUnderWayFinish()
{
    const QStringList ids = idsWithState(u"active"_s, 4);
    FaultRule slow;
    slow.kind = FaultRule::Kind::Latency;
    slow.method = "PUT";
    slow.latencyMs = 300;
    slow.count = -1;
    s->sandbox.addFault(slow);
    bool interrupted = false;
    const Run r = run(QStringList{u"clients"_s, u"deactivate"_s} + ids, {}, {}, [&](cli::CliApp &app) {
        if (!interrupted && s->sandbox.requestCount(ClientsPath, "PUT") == 1) {
            interrupted = true;
            app.interrupt(); // Ctrl-C while the first PUT is under way
        }
    });
    QVERIFY(interrupted);
    QCOMPARE(r.code, 130);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines.at(0).startsWith("deactivated"), r.out.constData());
    for (int i = 1; i < 4; ++i)
        QVERIFY2(lines.at(i).startsWith("cancelled"), r.out.constData());
    QCOMPARE(stateOf(ids.at(0)), u"inactive"_s);
    QCOMPARE(stateOf(ids.at(1)), u"active"_s);
    QCOMPARE(s->sandbox.requestCount(ClientsPath, "PUT"), 1);
}

QTEST_GUILESS_MAIN(TstCliBulk)
#include "tst_cli_bulk.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// oauthdesk-cli snapshot, diff and export terraform, run in-process (cli::CliApp) against two
// sandboxes: the demo org (signed in from the environment) and a second org, exactly as the binary
// resolves credentials.

#include "app/cli/cliapp.h"
#include "app/cli/credentials.h"
#include "app/sandbox/sandboxserver.h"
#include "models/config/snapshot.h"
#include "tests/support/testsupport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {
struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

QProcessEnvironment credentialsFor(const SandboxServer &s)
{
    QProcessEnvironment env;
    env.insert(cli::EnvClientId, s.adminClientId());
    env.insert(cli::EnvClientSecret, s.adminClientSecret());
    env.insert(cli::EnvApiUrl, s.baseUrl().toString());
    return env;
}

Run run(const QStringList &args, const QProcessEnvironment &env)
{
    QBuffer in;
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
} // namespace

class TstCliSnapshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void snapshotThenDiffAgainstLiveIsEqual();
    void diffOfTwoOrgsExitsFourWithJson();
    void applyDryRunSendsNothing();
    void applyPromotesThenTheDiffIsEqual();
    void applyNeverCreatesANameTheTargetHas();
    void usageErrors();
    void diffOfTwoFilesNeedsNoCredentials();
    void diffTextShowsEachValueOnOneLine();
    void snapshotFilesOfWrongTypesOrTooLargeAreRefused_data();
    void snapshotFilesOfWrongTypesOrTooLargeAreRefused();
    void exportTerraformWritesTheFolder();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }

    std::unique_ptr<SandboxServer> m_a;
    std::unique_ptr<SandboxServer> m_b;
    QTemporaryDir m_dir;
};

void TstCliSnapshots::initTestCase()
{
    m_a = std::make_unique<SandboxServer>(testsupport::SandboxSession::defaultOptions());
    QVERIFY(m_a->start());
    SandboxOptions second = testsupport::SandboxSession::defaultOptions();
    second.orgSeed = 3;
    m_b = std::make_unique<SandboxServer>(second);
    QVERIFY(m_b->start());
    // The second org as a snapshot file, taken through the CLI.
    const Run r = run({u"snapshot"_s, u"--output"_s, path(u"b.json"_s)}, credentialsFor(*m_b));
    QCOMPARE(r.code, 0);
}

void TstCliSnapshots::snapshotThenDiffAgainstLiveIsEqual()
{
    Run r = run({u"snapshot"_s}, credentialsFor(*m_a));
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith("{\n    \"format\": \"oauthdesk-snapshot\""));
    QVERIFY(!r.out.contains(m_a->adminClientSecret().toUtf8()));
    const Result<Snapshot> s = Snapshot::fromJson(r.out);
    QVERIFY(s.ok());
    QCOMPARE(s->clients.size(), m_a->clients().size());
    QFile f(path(u"a.json"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(r.out);
    f.close();

    r = run({u"diff"_s, path(u"a.json"_s), u"live"_s}, credentialsFor(*m_a));
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains("No differences"), r.out.constData());
}

void TstCliSnapshots::diffOfTwoOrgsExitsFourWithJson()
{
    Run r = run({u"diff"_s, u"live"_s, path(u"b.json"_s)}, credentialsFor(*m_a));
    QCOMPARE(r.code, 4);
    QVERIFY2(r.out.contains("- only in A") && r.out.contains("\"Nightly WFM export\""), r.out.constData());
    QVERIFY2(r.out.contains("+ only in B") && r.out.contains("\"Staging smoke tests\""), r.out.constData());
    QVERIFY2(r.out.contains("description: \"Genesys Cloud for Salesforce"), r.out.constData());

    r = run({u"diff"_s, u"live"_s, path(u"b.json"_s), u"--json"_s}, credentialsFor(*m_a));
    QCOMPARE(r.code, 4);
    const QJsonObject json = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(json.value("equal"_L1).toBool(), false);
    QCOMPARE(json.value("matchedBy"_L1).toString(), u"name"_s);
    QCOMPARE(json.value("differences"_L1).toArray().size(), 5);
    QCOMPARE(json.value("b"_L1).toObject().value("org"_L1).toObject().value("name"_L1).toString(),
             u"Northwind Contact Center (test org 3)"_s);
}

void TstCliSnapshots::applyDryRunSendsNothing()
{
    m_b->clearRequests();
    // The target is the live org of the environment's credentials: B = live, A = the demo org's file.
    const Run r =
        run({u"diff"_s, path(u"a.json"_s), u"live"_s, u"--apply"_s, u"--dry-run"_s}, credentialsFor(*m_b));
    QCOMPARE(r.code, 4);
    QVERIFY2(r.out.contains("would create") && r.out.contains("Nightly WFM export"), r.out.constData());
    QVERIFY2(r.out.contains("would update") && r.out.contains("Salesforce CTI connector"), r.out.constData());
    QVERIFY2(r.out.contains("kept") && r.out.contains("Staging smoke tests"), r.out.constData());
    QVERIFY2(r.out.contains("Partner BPO"), r.out.constData()); // skipped: the division is missing
    QCOMPARE(m_b->requestCount(u"/api/v2/oauth/clients"_s, "POST"), 0);
    QCOMPARE(m_b->requestCount(u"/api/v2/oauth/clients"_s, "PUT"), 0);
}

void TstCliSnapshots::applyPromotesThenTheDiffIsEqual()
{
    Run r = run({u"diff"_s, path(u"a.json"_s), u"live"_s, u"--apply"_s, u"--json"_s}, credentialsFor(*m_b));
    QCOMPARE(r.code, 0);
    const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
    int created = 0;
    int updated = 0;
    for (const QJsonValue &v : rows) {
        const QJsonObject row = v.toObject();
        const QString result = row.value("result"_L1).toString();
        if (result == "created"_L1) {
            ++created;
            QVERIFY(!row.value("secret"_L1).toString().isEmpty()); // shown once
        }
        updated += result == "updated"_L1 ? 1 : 0;
        QVERIFY(result != "failed"_L1);
    }
    QVERIFY(created >= 1);
    QVERIFY(updated >= 1);
    QCOMPARE(m_b->requestCount(u"/api/v2/oauth/clients"_s, "DELETE"), 0);
    QVERIFY2(r.err.contains("only this once"), r.err.constData());

    // What could be promoted is now equal; what could not (missing role or division) and what only
    // B has are still listed.
    r = run({u"diff"_s, path(u"a.json"_s), u"live"_s, u"--json"_s}, credentialsFor(*m_b));
    QCOMPARE(r.code, 4);
    QStringList names;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out).object().value("differences"_L1).toArray())
        names.append(v.toObject().value("name"_L1).toString());
    QCOMPARE(names, (QStringList{u"Collections dialer (BPO)"_s, u"Quality evaluation bot"_s,
                                 u"Staging smoke tests"_s}));
}

void TstCliSnapshots::applyNeverCreatesANameTheTargetHas()
{
    // The snapshot of the demo org, in which one client has another id (it was deleted and
    // re-created since) and its name other spaces and case: the same client for people.
    QFile f(path(u"a.json"_s));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonObject snapshot = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    QJsonArray clients = snapshot.value("clients"_L1).toArray();
    QString liveId;
    for (qsizetype i = 0; i < clients.size(); ++i) {
        QJsonObject c = clients[i].toObject();
        if (c.value("name"_L1).toString() != "Nightly WFM export"_L1)
            continue;
        liveId = c.value("id"_L1).toString();
        c.insert("id"_L1, u"0d5f2a6e-0000-4000-8000-00000000a11d"_s);
        c.insert("name"_L1, u" nightly wfm EXPORT "_s);
        clients[i] = c;
    }
    QVERIFY(!liveId.isEmpty());
    snapshot.insert("clients"_L1, clients);
    QFile out(path(u"a-old-id.json"_s));
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(snapshot).toJson());
    out.close();

    m_a->clearRequests();
    const int before = int(m_a->clients().size());
    const Run r = run({u"diff"_s, path(u"a-old-id.json"_s), u"live"_s, u"--apply"_s, u"--json"_s},
                      credentialsFor(*m_a));
    QVERIFY2(r.code != 2 && r.code != 1, r.err.constData());
    bool skipped = false;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array()) {
        const QJsonObject row = v.toObject();
        QVERIFY2(row.value("result"_L1).toString() != "created"_L1, r.out.constData());
        if (row.value("name"_L1).toString() == " nightly wfm EXPORT "_L1) {
            QCOMPARE(row.value("result"_L1).toString(), u"skipped"_s);
            const QString message = row.value("message"_L1).toString();
            QVERIFY2(message.contains("already exists in B"_L1) && message.contains(liveId),
                     qPrintable(message));
            skipped = true;
        }
    }
    QVERIFY2(skipped, r.out.constData());
    QCOMPARE(m_a->requestCount(u"/api/v2/oauth/clients"_s, "POST"), 0);
    QCOMPARE(int(m_a->clients().size()), before);
}

void TstCliSnapshots::usageErrors()
{
    Run r = run({u"diff"_s, u"live"_s, path(u"b.json"_s), u"--dry-run"_s}, credentialsFor(*m_a));
    QCOMPARE(r.code, 2);
    r = run({u"diff"_s, u"live"_s, path(u"b.json"_s), u"--apply"_s}, credentialsFor(*m_a));
    QCOMPARE(r.code, 2); // B is a file
    QVERIFY2(r.err.contains("--apply"), r.err.constData());
    r = run({u"diff"_s, u"live"_s, path(u"missing.json"_s)}, credentialsFor(*m_a));
    QCOMPARE(r.code, 2);
    QFile bad(path(u"bad.json"_s));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(R"({"format":"something else"})");
    bad.close();
    r = run({u"diff"_s, path(u"bad.json"_s), u"live"_s}, credentialsFor(*m_a));
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("not an OAuth Desk snapshot"), r.err.constData());
    r = run({u"diff"_s, u"live"_s}, credentialsFor(*m_a));
    QCOMPARE(r.code, 2);
    r = run({u"export"_s, u"terraform"_s, u"--apply"_s}, credentialsFor(*m_a));
    QCOMPARE(r.code, 2);
}

void TstCliSnapshots::diffOfTwoFilesNeedsNoCredentials()
{
    const Run r = run({u"diff"_s, path(u"b.json"_s), path(u"b.json"_s)}, QProcessEnvironment());
    QCOMPARE(r.code, 0);
}

namespace {
// b.json with `edit` applied to its first client (sorted by name), written to `to`.
bool editedSnapshot(const QString &from, const QString &to, const std::function<void(QJsonObject &)> &edit)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return false;
    QJsonObject root = QJsonDocument::fromJson(in.readAll()).object();
    QJsonArray clients = root.value(u"clients"_s).toArray();
    QJsonObject first = clients.first().toObject();
    edit(first);
    clients[0] = first;
    root.insert(u"clients"_s, clients);
    QFile out(to);
    return out.open(QIODevice::WriteOnly) && out.write(QJsonDocument(root).toJson()) > 0;
}
} // namespace

// The outside attack: a name in snapshot A holding a newline and a fake "+ only in A" line printed
// that line in the field change lines of the text output.
void TstCliSnapshots::diffTextShowsEachValueOnOneLine()
{
    QVERIFY(editedSnapshot(path(u"b.json"_s), path(u"evil.json"_s), [](QJsonObject &c) {
        c.insert(u"name"_s, u"Evil\n+ only in A  \"Fake\"\r"_s);
        c.insert(u"description"_s, u"x\ty\u202Ez"_s);
    }));
    const Run r = run({u"diff"_s, path(u"evil.json"_s), path(u"b.json"_s)}, QProcessEnvironment());
    QCOMPARE(r.code, 4);
    int changeLines = 0;
    for (const QByteArray &line : r.out.split('\n')) {
        QVERIFY2(!line.startsWith("+ only in A  \"Fake"), r.out.constData());
        QVERIFY2(!line.contains('\r') && !line.contains('\t'), r.out.constData());
        changeLines += line.trimmed().startsWith("name: ");
    }
    QCOMPARE(changeLines, 1);
    QVERIFY2(r.out.contains("name: \"Evil\\n+ only in A  \"Fake\"\\r\" -> "), r.out.constData());
    QVERIFY2(r.out.contains("description: \"x\\ty"), r.out.constData());
    QVERIFY(!r.out.contains("\xe2\x80\xae"));
}

void TstCliSnapshots::snapshotFilesOfWrongTypesOrTooLargeAreRefused_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("roleDivisions string") << u"roleDivisions"_s << QJsonValue(u"str"_s);
    QTest::newRow("roleDivisions object") << u"roleDivisions"_s << QJsonValue(QJsonObject{{u"a"_s, 1}});
    QTest::newRow("roleDivisions numbers")
        << u"roleDivisions"_s << QJsonValue(QJsonArray{5, QJsonValue(), QJsonObject{{u"roleId"_s, 5}}});
    QTest::newRow("scope string") << u"scope"_s << QJsonValue(u"str"_s);
    QTest::newRow("scope object") << u"scope"_s << QJsonValue(QJsonObject());
    QTest::newRow("redirect number") << u"registeredRedirectUri"_s << QJsonValue(7);
}

void TstCliSnapshots::snapshotFilesOfWrongTypesOrTooLargeAreRefused()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QString name;
    QVERIFY(editedSnapshot(path(u"b.json"_s), path(u"typed.json"_s), [&](QJsonObject &c) {
        c.insert(field, value);
        name = c.value(u"name"_s).toString();
    }));
    Run r = run({u"diff"_s, path(u"typed.json"_s), path(u"b.json"_s)}, QProcessEnvironment());
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(name.toUtf8()) && r.err.contains(field.toUtf8()) &&
                 r.err.contains("typed.json") && r.err.contains("wrong type"),
             r.err.constData());

    // A file over the cap is refused before it is parsed, with the cap in the message.
    QFile big(path(u"big.json"_s));
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(Snapshot::MaxFileBytes + 1));
    big.close();
    r = run({u"diff"_s, path(u"big.json"_s), path(u"b.json"_s)}, QProcessEnvironment());
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("big.json is larger than 16 MB"), r.err.constData());
    QFile::remove(path(u"big.json"_s));
}

void TstCliSnapshots::exportTerraformWritesTheFolder()
{
    const QString out = path(u"tf/nested"_s);
    m_a->clearRequests();
    Run r = run({u"export"_s, u"terraform"_s, u"--output"_s, out}, credentialsFor(*m_a));
    QCOMPARE(r.code, 0);
    QFile tf(QDir(out).filePath(u"oauth_clients.tf"_s));
    QVERIFY(tf.open(QIODevice::ReadOnly));
    const QByteArray text = tf.readAll();
    QVERIFY(text.contains("resource \"genesyscloud_oauth_client\" \"Salesforce_CTI_connector\" {"));
    QVERIFY(text.contains("data \"genesyscloud_auth_role\" \"Master_Admin\" {"));
    QVERIFY(!text.contains(m_a->adminClientSecret().toUtf8()));
    QVERIFY(QFile::exists(QDir(out).filePath(u"imports.tf"_s)));
    // Nothing but reads.
    for (const SandboxRequest &req : m_a->requests())
        QVERIFY2(req.method == "GET" || req.path.startsWith(u"/oauth/token"_s),
                 req.path.toUtf8().constData());

    r = run({u"export"_s, u"terraform"_s, u"--literal-ids"_s}, credentialsFor(*m_a));
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains("# --- oauth_clients.tf\n"));
    QVERIFY(r.out.contains("# --- imports.tf\n"));
    QVERIFY(!r.out.contains("data \"genesyscloud_auth_role\""));
}

QTEST_GUILESS_MAIN(TstCliSnapshots)
#include "tst_cli_snapshots.moc"

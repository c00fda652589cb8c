// SPDX-License-Identifier: GPL-3.0-or-later
// clients rotate and clients history, run in-process against the sandbox over real
// loopback HTTP with credentials from the environment.
#include "app/cli/cliapp.h"
#include "app/cli/credentials.h"
#include "app/rotation/rotationstore.h"
#include "app/sandbox/sandboxserver.h"
#include "tests/cli/clitestrun.h"
#include "tests/support/testsupport.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <functional>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

using clitest::Run;

class TstCliRotate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void blueGreenWithCredentialThenStatusThenFinish();
    void finishWithTheCopyGoneLeavesTheOldClientAlone();
    void inPlacePrintsTheSecretOnce();
    void proofFailureExitsOneAndRunningAgainContinues();
    void interruptDuringTheProofStillPrintsTheSecret();
    void optionCombinationsAreRefusedBeforeAnyRequest_data();
    void optionCombinationsAreRefusedBeforeAnyRequest();
    void plantedCopyInTheSavedStateIsRefused();
    void rotationsOfAnotherOrgAreNeitherListedNorContinued();
    void historyOfCreateEditRegenerate();
    void historyNamesPeopleAndTheLastSecretReset();
    void historyWithoutPermission();

private:
    Run run(QStringList args, const QByteArray &stdinData = {}, std::optional<QProcessEnvironment> env = {});
    [[nodiscard]] QProcessEnvironment credentials() const;
    [[nodiscard]] QString clientId(const QString &name) const;
    [[nodiscard]] QString credentialFor(const QString &clientName) const;
    [[nodiscard]] int posts(const QString &prefix) const;
    // Rewrites the saved rotations (the org's store) with `edit` applied to each record object.
    void editSavedRotations(const std::function<void(QJsonObject &)> &edit) const;

    std::unique_ptr<SandboxServer> m_sandbox;
};

void TstCliRotate::initTestCase()
{
    m_sandbox = std::make_unique<SandboxServer>(testsupport::SandboxSession::defaultOptions());
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
}

void TstCliRotate::init()
{
    m_sandbox->clearFaults();
    m_sandbox->clearRequests();
    QFile::remove(RotationStore::forSession(QString(), m_sandbox->organizationId()).filePath());
}

QProcessEnvironment TstCliRotate::credentials() const
{
    return clitest::adminCredentials(*m_sandbox);
}

Run TstCliRotate::run(QStringList args, const QByteArray &stdinData, std::optional<QProcessEnvironment> env)
{
    clitest::RunOptions options;
    options.stdinData = stdinData;
    return clitest::run(*m_sandbox, std::move(args), env.value_or(credentials()), options);
}

QString TstCliRotate::clientId(const QString &name) const
{
    for (const QJsonValue &v : m_sandbox->clients())
        if (v.toObject().value(u"name"_s).toString() == name)
            return v.toObject().value(u"id"_s).toString();
    return {};
}

QString TstCliRotate::credentialFor(const QString &clientName) const
{
    for (const QString &id : m_sandbox->integrationCredentialIds())
        if (m_sandbox->credentialClientId(id) == clientId(clientName))
            return id;
    return {};
}

int TstCliRotate::posts(const QString &prefix) const
{
    return m_sandbox->requestCount(prefix, "POST");
}

void TstCliRotate::blueGreenWithCredentialThenStatusThenFinish()
{
    const QString oldId = clientId(u"Data actions - CRM lookup"_s);
    const QString credential = credentialFor(u"Data actions - CRM lookup"_s);
    Run r = run({u"clients"_s, u"rotate"_s, oldId, u"--update-credential"_s, credential, u"--json"_s});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonObject o = r.json();
    QCOMPARE(o.keys(), (QStringList{u"credentialUpdated"_s, u"id"_s, u"newId"_s, u"proof"_s, u"secret"_s,
                                    u"step"_s, u"strategy"_s}));
    QCOMPARE(o.value(u"id"_s).toString(), oldId);
    QCOMPARE(o.value(u"strategy"_s).toString(), u"blue-green"_s);
    QCOMPARE(o.value(u"step"_s).toString(), u"watching"_s);
    QVERIFY(o.value(u"proof"_s).toObject().value(u"ok"_s).toBool());
    QVERIFY(o.value(u"credentialUpdated"_s).toBool());
    const QString newId = o.value(u"newId"_s).toString();
    const QString secret = o.value(u"secret"_s).toString();
    QVERIFY(!newId.isEmpty() && newId != oldId && secret.size() >= 32);
    QCOMPARE(m_sandbox->credentialClientId(credential), newId);
    QVERIFY(m_sandbox->credentialAuthenticates(credential));
    QVERIFY(r.err.contains("--finish"));

    // Listed as in progress; never with a secret.
    r = run({u"clients"_s, u"rotate"_s, u"--status"_s, u"--json"_s});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.array().size(), 1);
    QCOMPARE(r.array()[0].toObject().value(u"newClientId"_s).toString(), newId);
    QVERIFY(!r.out.contains(secret.toUtf8()));
    r = run({u"clients"_s, u"rotate"_s, u"--status"_s});
    QVERIFY(r.out.contains("watching"));
    QVERIFY(r.out.contains("1 rotation in progress."));
    // Rotating the same client again points at --finish.
    r = run({u"clients"_s, u"rotate"_s, oldId});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains("--finish"));

    // The old client had requests yesterday: refused without --force.
    r = run({u"clients"_s, u"rotate"_s, oldId, u"--finish"_s, u"--delete"_s});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("--force"), r.err.constData());
    QCOMPARE(m_sandbox->client(oldId).value(u"state"_s).toString(), u"active"_s);
    r = run({u"clients"_s, u"rotate"_s, oldId, u"--finish"_s, u"--delete"_s, u"--force"_s, u"--json"_s});
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(r.json().value(u"step"_s).toString(), u"done"_s);
    QVERIFY(r.json().value(u"secret"_s).isNull());
    QVERIFY(m_sandbox->client(oldId).isEmpty());
    QVERIFY(m_sandbox->credentialAuthenticates(credential));
    r = run({u"clients"_s, u"rotate"_s, u"--status"_s});
    QVERIFY(r.out.contains("0 rotations in progress."));
    r = run({u"clients"_s, u"rotate"_s, oldId, u"--finish"_s});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains("--status"));
}

// A saved rotation whose copy no longer exists (deleted elsewhere, or a demo org started anew) is
// out of date: --finish leaves the old client alone, says so, exits 1, and drops the record.
void TstCliRotate::finishWithTheCopyGoneLeavesTheOldClientAlone()
{
    const QString oldId = clientId(u"Workday HR sync"_s);
    Run r = run({u"clients"_s, u"rotate"_s, oldId, u"--json"_s});
    QVERIFY2(r.code == 0, r.err.constData());
    const QString newId = r.json().value(u"newId"_s).toString();
    QVERIFY(!newId.isEmpty());
    r = run({u"clients"_s, u"delete"_s, newId});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(m_sandbox->client(newId).isEmpty());

    r = run({u"clients"_s, u"rotate"_s, oldId, u"--finish"_s, u"--delete"_s, u"--force"_s});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("does not exist") && r.err.contains("out of date"), r.err.constData());
    QCOMPARE(m_sandbox->client(oldId).value(u"state"_s).toString(), u"active"_s);
    r = run({u"clients"_s, u"rotate"_s, u"--status"_s});
    QVERIFY2(r.out.contains("0 rotations in progress."), r.out.constData());
}

void TstCliRotate::inPlacePrintsTheSecretOnce()
{
    const QString id = clientId(u"Workday HR sync"_s);
    const Run r = run({u"clients"_s, u"rotate"_s, id, u"--strategy"_s, u"in-place"_s});
    QVERIFY2(r.code == 0, r.err.constData());
    const QString text = QString::fromUtf8(r.out);
    QVERIFY(text.contains(u"Secret:"_s));
    QVERIFY(text.contains(u"Proof:"_s));
    QVERIFY2(text.contains(u"The new secret works"_s), qPrintable(text));
    QVERIFY(r.err.contains("shown only this once"));
    QCOMPARE(posts(u"/api/v2/oauth/clients/"_s + id + u"/secret"_s), 1);
    // Nothing stays in progress.
    QVERIFY(RotationStore::forSession(QString(), m_sandbox->organizationId()).load().isEmpty());
}

void TstCliRotate::interruptDuringTheProofStillPrintsTheSecret()
{
    // The old secret is dead once regenerated: a Ctrl-C (or SIGTERM) while the proof waits for the
    // token endpoint must still hand the new one over.
    FaultRule slow;
    slow.kind = FaultRule::Kind::Latency;
    slow.method = "POST";
    slow.pathPattern = u"^/oauth/token$"_s;
    slow.latencyMs = 20000;
    slow.count = -1;
    const QString id = clientId(u"Knowledge base sync"_s);
    QProcessEnvironment env;
    env.insert(cli::EnvAccessToken, m_sandbox->issueToken());
    m_sandbox->addFault(slow);
    QBuffer in;
    in.open(QIODevice::ReadOnly);
    cli::CliApp::Io io;
    io.in = &in;
    cli::CliApp app({u"clients"_s, u"rotate"_s, id, u"--strategy"_s, u"in-place"_s, u"--api-url"_s,
                     m_sandbox->baseUrl().toString()},
                    env, io);
    app.start();
    QTRY_VERIFY_WITH_TIMEOUT(posts(u"/api/v2/oauth/clients/"_s + id + u"/secret"_s) == 1, 20000);
    QTest::qWait(500); // the regenerate answer is in; the proof waits for the slow token endpoint
    app.interrupt();
    QTRY_VERIFY_WITH_TIMEOUT(app.isFinished(), 10000);
    m_sandbox->clearFaults();
    QCOMPARE(app.exitCode(), 130);
    const QString out = QString::fromUtf8(app.output());
    QVERIFY2(out.contains(u"Secret:"_s) && out.contains(id), qPrintable(out));
}

void TstCliRotate::proofFailureExitsOneAndRunningAgainContinues()
{
    FaultRule refuse;
    refuse.kind = FaultRule::Kind::Status;
    refuse.method = "POST";
    refuse.pathPattern = u"^/oauth/token$"_s;
    refuse.status = 401;
    refuse.count = -1;
    const QString id = clientId(u"Power BI reporting"_s);
    // Signed in with a token, so that only the proof goes to the token endpoint.
    QProcessEnvironment env;
    env.insert(cli::EnvAccessToken, m_sandbox->issueToken());
    m_sandbox->addFault(refuse);
    Run r = run({u"clients"_s, u"rotate"_s, id, u"--json"_s}, {}, env);
    QCOMPARE(r.code, 1);
    QCOMPARE(r.json().value(u"proof"_s).toObject().value(u"ok"_s).toBool(true), false);
    QCOMPARE(r.json().value(u"step"_s).toString(), u"created"_s);
    QVERIFY(r.err.contains("did not work"));
    const QString firstSecret = r.json().value(u"secret"_s).toString();

    // Once the platform accepts it, running the same command continues the saved rotation.
    m_sandbox->clearFaults();
    r = run({u"clients"_s, u"rotate"_s, id, u"--json"_s}, {}, env);
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(r.err.contains("Continuing the rotation"));
    QCOMPARE(r.json().value(u"step"_s).toString(), u"watching"_s);
    QVERIFY(r.json().value(u"secret"_s).toString() != firstSecret);
    QCOMPARE(m_sandbox->requestCount(u"/api/v2/oauth/clients"_s, "POST") -
                 m_sandbox->requestCount(u"/api/v2/oauth/clients/"_s, "POST"),
             1); // one copy
}

void TstCliRotate::optionCombinationsAreRefusedBeforeAnyRequest_data()
{
    QTest::addColumn<QStringList>("args");
    const QString id = u"0b6c3f1e-8f1d-4c55-9a7b-2f6c1d1e9a10"_s;
    QTest::newRow("finish with strategy") << QStringList{id, u"--finish"_s, u"--strategy"_s, u"in-place"_s};
    QTest::newRow("delete without finish") << QStringList{id, u"--delete"_s};
    QTest::newRow("force without finish") << QStringList{id, u"--force"_s};
    QTest::newRow("unknown strategy") << QStringList{id, u"--strategy"_s, u"sideways"_s};
    QTest::newRow("name in place") << QStringList{id, u"--strategy"_s, u"in-place"_s, u"--name"_s, u"x"_s};
    QTest::newRow("status with an id") << QStringList{id, u"--status"_s};
    QTest::newRow("status with finish") << QStringList{u"--status"_s, u"--finish"_s};
    QTest::newRow("credential id ..") << QStringList{id, u"--update-credential"_s, u".."_s};
    QTest::newRow("credential id with a slash") << QStringList{id, u"--update-credential"_s, u"a/b"_s};
    QTest::newRow("name with a line break") << QStringList{id, u"--name"_s, u"Copy\nInjected"_s};
    QTest::newRow("name with an override") << QStringList{id, u"--name"_s, u"Copy \u202Eexe"_s};
    QTest::newRow("blank name") << QStringList{id, u"--name"_s, u"  "_s};
    QTest::newRow("no id") << QStringList{};
}

void TstCliRotate::optionCombinationsAreRefusedBeforeAnyRequest()
{
    QFETCH(QStringList, args);
    const Run r = run(QStringList{u"clients"_s, u"rotate"_s} + args);
    QCOMPARE(r.code, 2);
    QCOMPARE(m_sandbox->requests().size(), 0);
}

void TstCliRotate::editSavedRotations(const std::function<void(QJsonObject &)> &edit) const
{
    QFile f(RotationStore::forSession(QString(), m_sandbox->organizationId()).filePath());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    QJsonArray rotations = root.value(u"rotations"_s).toArray();
    QVERIFY(!rotations.isEmpty());
    for (auto &&v : rotations) {
        QJsonObject o = v.toObject();
        edit(o);
        v = o;
    }
    root.insert(u"rotations"_s, rotations);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(root).toJson());
}

// The outside attack: a finished blue/green rotation's state is edited to name another existing
// client as the copy (with its name, an old start date, step "created"); running the rotation again
// must refuse, say so, and never POST a new secret for that client.
void TstCliRotate::plantedCopyInTheSavedStateIsRefused()
{
    const QString oldId = clientId(u"Teams presence sync"_s);
    const QString victim = clientId(u"Okta SCIM provisioning"_s);
    QVERIFY(!oldId.isEmpty() && !victim.isEmpty());
    Run r = run({u"clients"_s, u"rotate"_s, oldId});
    QVERIFY2(r.code == 0, r.err.constData());
    editSavedRotations([&](QJsonObject &o) {
        o.insert(u"step"_s, u"created"_s);
        o.insert(u"newClientId"_s, victim);
        o.insert(u"newClientName"_s, u"Okta SCIM provisioning"_s);
        o.insert(u"startedAt"_s, u"2000-01-01T00:00:00.000Z"_s);
        QJsonArray history = o.value(u"history"_s).toArray();
        QJsonObject first = history.first().toObject();
        first.insert(u"at"_s, u"2000-01-01T00:00:00.000Z"_s);
        history[0] = first;
        o.insert(u"history"_s, history);
    });
    m_sandbox->clearRequests();
    r = run({u"clients"_s, u"rotate"_s, oldId});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("not a copy made by rotating"), r.err.constData());
    QVERIFY(r.out.isEmpty());
    QCOMPARE(posts(u"/api/v2/oauth/clients/"_s + victim + u"/secret"_s), 0);
    QCOMPARE(posts(u"/api/v2/oauth/clients"_s), 0);
}

// A saved rotation of another org (a copied or planted file) is not listed and not continued.
void TstCliRotate::rotationsOfAnotherOrgAreNeitherListedNorContinued()
{
    const QString oldId = clientId(u"Power BI reporting"_s);
    const QString victim = clientId(u"Nightly WFM export"_s);
    QVERIFY(!oldId.isEmpty() && !victim.isEmpty());
    RotationRecord foreign;
    foreign.id = u"foreign"_s;
    foreign.orgId = u"another-org"_s;
    foreign.oldClientId = oldId;
    foreign.oldClientName = u"Power BI reporting"_s;
    foreign.newClientId = victim;
    foreign.newClientName = u"Nightly WFM export"_s;
    foreign.startedAt = QDateTime::currentDateTimeUtc();
    foreign.advance(RotationStep::Created, foreign.startedAt);
    QVERIFY(RotationStore(RotationStore::forSession(QString(), m_sandbox->organizationId()).filePath())
                .save(foreign));
    Run r = run({u"clients"_s, u"rotate"_s, u"--status"_s});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains("0 rotations in progress."), r.out.constData());
    QVERIFY(!r.out.contains(victim.toUtf8()));
    r = run({u"clients"_s, u"rotate"_s, oldId, u"--finish"_s});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("No rotation of"), r.err.constData());
    m_sandbox->clearRequests();
    r = run({u"clients"_s, u"rotate"_s, oldId, u"--json"_s});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(!r.err.contains("Continuing"));
    QVERIFY(r.json().value(u"newId"_s).toString() != victim);
    QCOMPARE(posts(u"/api/v2/oauth/clients/"_s + victim + u"/secret"_s), 0);
}

void TstCliRotate::historyOfCreateEditRegenerate()
{
    const QByteArray body = R"({"name": "History via CLI", "authorizedGrantType": "CODE",
        "registeredRedirectUri": ["https://app.example.com/cb"], "scope": ["users:readonly"], "description": "one"})";
    Run r = run({u"clients"_s, u"create"_s, u"--file"_s, u"-"_s, u"--json"_s}, body);
    QVERIFY2(r.code == 0, r.err.constData());
    const QString id = r.json().value(u"id"_s).toString();
    r = run({u"clients"_s, u"update"_s, id, u"--file"_s, u"-"_s}, R"({"description": "two"})");
    QCOMPARE(r.code, 0);
    r = run({u"clients"_s, u"secret"_s, id});
    QCOMPARE(r.code, 0);

    r = run({u"clients"_s, u"history"_s, id, u"--json"_s});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonArray events = r.array();
    QCOMPARE(events.size(), 3);
    QVERIFY(events[0].toObject().value(u"secretReset"_s).toBool());
    const QJsonObject edit = events[1].toObject();
    QVERIFY(!edit.contains(u"secretReset"_s));
    QCOMPARE(edit.value(u"propertyChanges"_s)
                 .toArray()[0]
                 .toObject()
                 .value(u"newValues"_s)
                 .toArray()[0]
                 .toString(),
             u"two"_s);
    QCOMPARE(events[2].toObject().value(u"action"_s).toString(), u"Create"_s);
    for (const QJsonValue &v : events)
        QCOMPARE(v.toObject().value(u"client"_s).toObject().value(u"name"_s).toString(),
                 u"OAuth Desk (sandbox admin)"_s);

    r = run({u"clients"_s, u"history"_s, id});
    QCOMPARE(r.code, 0);
    const QString text = QString::fromUtf8(r.out);
    QVERIFY2(text.startsWith(u"Secret last reset today by client OAuth Desk (sandbox admin)."_s),
             qPrintable(text));
    QVERIFY(text.contains(u"description: one -> two"_s));
    QVERIFY(text.contains(u"secret reset"_s));
    QVERIFY(text.contains(u"3 events in the last 14 days."_s));
    QVERIFY(text.indexOf(u"secret reset"_s) < text.indexOf(u"description: one -> two"_s)); // newest first
}

void TstCliRotate::historyNamesPeopleAndTheLastSecretReset()
{
    Run r = run({u"clients"_s, u"history"_s, clientId(u"Nightly WFM export"_s)});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.out.startsWith("Secret last reset 12 days ago by Helga Brandt."), r.out.constData());
    r = run({u"clients"_s, u"history"_s, clientId(u"Emergency broadcast"_s), u"--days"_s, u"7"_s});
    QVERIFY(r.out.startsWith("Secret last reset: unknown (no audit event in the last 7 days)."));
    // Older than 14 days: the asynchronous query, names through the users lookup.
    r = run(
        {u"clients"_s, u"history"_s, clientId(u"Zendesk ticket sync"_s), u"--days"_s, u"600"_s, u"--json"_s});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonObject created = r.array().last().toObject();
    QCOMPARE(created.value(u"action"_s).toString(), u"Create"_s);
    QCOMPARE(created.value(u"user"_s).toObject().value(u"name"_s).toString(), u"Priya Raman"_s);
    QVERIFY(m_sandbox->requestCount(u"/api/v2/audits/query/"_s, "GET") > 0);
}

void TstCliRotate::historyWithoutPermission()
{
    QProcessEnvironment env;
    env.insert(cli::EnvAccessToken, m_sandbox->issueToken({u"oauth:client:view"_s}));
    const Run r = run({u"clients"_s, u"history"_s, clientId(u"Nightly WFM export"_s)}, {}, env);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("audits:audit:view"), r.err.constData());
}

QTEST_GUILESS_MAIN(TstCliRotate)
#include "tst_cli_rotate.moc"

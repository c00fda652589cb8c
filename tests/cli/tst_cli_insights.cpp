// SPDX-License-Identifier: GPL-3.0-or-later
// `oauthdesk-cli insights unused` and `insights checks` run in-process (cli::CliApp) against the
// sandbox over real loopback HTTP, "now" fixed (testsupport::fixedNow(): the sandbox's Date header is
// the CLI's clock): the --json rows name exactly the demo org's unused/new clients and each check's
// clients (the same expectations as tst_insightscontroller, derived there from the demo data), the
// tables, the request count of a sweep, option errors and a 403 on roles.
#include "app/cli/cliapp.h"
#include "app/cli/credentials.h"
#include "app/sandbox/sandboxserver.h"
#include "models/json/insightsexport.h"
#include "tests/support/testsupport.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
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

// Over 90 days (see tst_insightscontroller.cpp for why each is there): no usage at all, and new
// (created in the window; Voice bot pilot has no traffic yet, Sandbox test harness was created on
// the window's first day).
const QStringList Unused90 = {u"Emergency broadcast"_s, u"Translation service webhook"_s};
const QStringList New90 = {u"Gamification leaderboard"_s, u"Sandbox test harness"_s, u"Slack notifier"_s,
                           u"Voice bot pilot (staging)"_s};
// Over 30 days, Holiday campaign uploader (quiet for 45 days) is unused too.
const QStringList Unused30 = {u"Emergency broadcast"_s, u"Holiday campaign uploader"_s,
                              u"Translation service webhook"_s};

const QList<std::pair<QString, QStringList>> ExpectedFindings = {
    {u"admin-all-divisions"_s, {u"OAuth Desk (sandbox admin)"_s, u"Ops automation (full access)"_s}},
    {u"implicit-grant"_s, {u"Agent desktop (web)"_s}},
    {u"password-grant"_s, {u"Kiosk password login"_s, u"Legacy IVR password login"_s}},
    {u"http-redirect"_s, {u"Intranet wallboard"_s}},
    {u"wildcard-redirect"_s, {u"Partner portal (multi-tenant)"_s}},
    {u"max-token-lifetime"_s, {u"Okta SCIM provisioning"_s, u"Power BI reporting"_s}},
    {u"deletion-soon"_s, {u"Speech analytics pilot"_s}},
    {u"no-description"_s, {u"Sandbox test harness"_s}},
};

QJsonArray parseArray(const QByteArray &out)
{
    QJsonParseError e{};
    const QJsonDocument doc = QJsonDocument::fromJson(out, &e);
    if (e.error != QJsonParseError::NoError || !doc.isArray())
        return {};
    return doc.array();
}

QStringList names(const QJsonArray &rows, const QString &key, const QString &value, const QString &nameKey)
{
    QStringList out;
    for (const QJsonValue &v : rows) {
        if (v.toObject().value(key).toString() == value)
            out.append(v.toObject().value(nameKey).toString());
    }
    out.sort();
    return out;
}
} // namespace

class TstCliInsights : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_sandbox;

    Run run(QStringList args)
    {
        args << u"--api-url"_s << m_sandbox->baseUrl().toString();
        QProcessEnvironment env; // nothing from the developer's shell
        env.insert(cli::EnvClientId, m_sandbox->adminClientId());
        env.insert(cli::EnvClientSecret, m_sandbox->adminClientSecret());
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

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxServer>(testsupport::SandboxSession::defaultOptions());
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    }
    void init()
    {
        m_sandbox->clearFaults();
        m_sandbox->clearRequests();
    }

    void unusedJsonRowsCarryTheStatus()
    {
        const Run r = run({u"insights"_s, u"unused"_s, u"--days"_s, u"90"_s, u"--json"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.out.count('\n'), 1); // compact, one line
        const QJsonArray rows = parseArray(r.out);
        QCOMPARE(rows.size(), m_sandbox->clients().size());
        QCOMPARE(names(rows, u"status"_s, u"unused"_s, u"name"_s), Unused90);
        QCOMPARE(names(rows, u"status"_s, u"new"_s, u"name"_s), New90);
        QCOMPARE(names(rows, u"status"_s, u"active"_s, u"name"_s).size(),
                 rows.size() - Unused90.size() - New90.size());
        for (const QJsonValue &v : rows) {
            const QJsonObject o = v.toObject();
            QVERIFY(!o.value("clientId"_L1).toString().isEmpty());
            QCOMPARE(o.value("windowDays"_L1).toInt(), 90);
            QVERIFY(!o.contains("secret"_L1));
            const bool traffic = o.value("requests"_L1).toInteger() > 0;
            QCOMPARE(o.value("lastRequestDay"_L1).isString(), traffic);
        }
        // No traffic first.
        QCOMPARE(rows.first().toObject().value("status"_L1).toString(), u"unused"_s);
        QCOMPARE(rows.last().toObject().value("lastRequestDay"_L1).toString(), u"2026-03-14"_s);
        // Holiday campaign uploader stopped calling 45 days ago: active over 90 days.
        for (const QJsonValue &v : rows) {
            if (v.toObject().value("name"_L1).toString() == u"Holiday campaign uploader") {
                QCOMPARE(v.toObject().value("status"_L1).toString(), u"active"_s);
                QVERIFY(v.toObject().value("lastRequestDay"_L1).toString() < u"2026-01-29"_s);
            }
        }
        // One sweep: two listings, one query and its polls; nothing per client.
        QCOMPARE(m_sandbox->requestCount(u"/api/v2/usage/query"_s, "POST"), 1);
        QCOMPARE(m_sandbox->requestCount(u"/api/v2/oauth/clients"_s, "GET"), 1);
        QCOMPARE(m_sandbox->requestCount(u"/api/v2/oauth/clients/"_s), 0);
        QCOMPARE(m_sandbox->requestCount(u"/api/v2/authorization/roles"_s), 1);
    }

    void unusedTableDefaultsTo30Days()
    {
        const Run r = run({u"insights"_s, u"unused"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        const QStringList lines = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), u"Usage over the last 30 days: 2026-02-13 to 2026-03-14 (UTC)."_s);
        QVERIFY(lines.at(1).startsWith(u"STATUS"_s));
        QStringList unused;
        for (int i = 2; i < 2 + Unused30.size(); ++i) {
            QVERIFY2(lines.at(i).startsWith(u"unused  "_s), qPrintable(lines.at(i)));
            for (const QString &name : Unused30) {
                if (lines.at(i).contains(name))
                    unused.append(name);
            }
        }
        unused.sort();
        QCOMPARE(unused, Unused30);
        const int total = int(m_sandbox->clients().size());
        QCOMPARE(lines.size(), total + 3); // the window, the header, one per client, the summary
        QCOMPARE(
            lines.last(),
            u"%1 clients: 3 unused, 3 new (created in the window), %2 active."_s.arg(total).arg(total - 6));
    }

    void checksJsonRowsCarryCheckClientAndReason()
    {
        const Run r = run({u"insights"_s, u"checks"_s, u"--json"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonArray rows = parseArray(r.out);
        int total = 0;
        for (const auto &[check, expected] : ExpectedFindings) {
            QCOMPARE(names(rows, u"check"_s, check, u"clientName"_s), expected);
            total += int(expected.size());
        }
        QCOMPARE(rows.size(), total);
        QHash<QString, QString> idOf;
        for (const QJsonValue &v : m_sandbox->clients())
            idOf.insert(v.toObject().value("name"_L1).toString(), v.toObject().value("id"_L1).toString());
        for (const QJsonValue &v : rows) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.value("clientId"_L1).toString(), idOf.value(o.value("clientName"_L1).toString()));
            QVERIFY(!o.value("reason"_L1).toString().isEmpty());
            QVERIFY(!o.value("severity"_L1).toString().isEmpty());
        }
        // The checks need no usage.
        QCOMPARE(m_sandbox->requestCount(u"/api/v2/usage/"_s), 0);
        QCOMPARE(m_sandbox->requestCount(u"/api/v2/oauth/clients"_s, "GET"), 1);
    }

    void checksTable()
    {
        const Run r = run({u"insights"_s, u"checks"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        const QStringList lines = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.first().startsWith(u"SEVERITY  CHECK"_s));
        QCOMPARE(lines.size(), 1 + 11 + 1);
        QVERIFY(lines.at(1).startsWith(u"high      admin-all-divisions"_s));
        QVERIFY(lines.at(4).startsWith(u"high      password-grant"_s));
        QVERIFY(lines.at(11).startsWith(u"low       no-description"_s));
        QCOMPARE(lines.last(), u"11 findings in %1 clients."_s.arg(m_sandbox->clients().size()));
    }

    void forbiddenRolesSkipTheRoleCheckAndSaySo()
    {
        FaultRule forbidden;
        forbidden.kind = FaultRule::Kind::Status;
        forbidden.status = 403;
        forbidden.pathPattern = u"^/api/v2/authorization/roles"_s;
        forbidden.count = -1;
        m_sandbox->addFault(forbidden);
        const Run r = run({u"insights"_s, u"checks"_s, u"--json"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.err.contains("admin-all-divisions"), r.err.constData());
        const QJsonArray rows = parseArray(r.out);
        QCOMPARE(names(rows, u"check"_s, u"admin-all-divisions"_s, u"clientName"_s), QStringList());
        QCOMPARE(rows.size(), 9);
    }

    void optionErrors()
    {
        const Run tooMany = run({u"insights"_s, u"unused"_s, u"--days"_s, u"91"_s});
        QCOMPARE(tooMany.code, 2);
        QVERIFY(tooMany.err.contains("90"));
        QCOMPARE(m_sandbox->requestCount(u"/api/v2/usage/"_s), 0);
        const Run daysOnChecks = run({u"insights"_s, u"checks"_s, u"--days"_s, u"7"_s});
        QCOMPARE(daysOnChecks.code, 2);
        QVERIFY(daysOnChecks.err.contains("does not take --days"));
        const Run unknown = run({u"insights"_s, u"stale"_s});
        QCOMPARE(unknown.code, 2);
    }

    void failedUsageQueryIsAnApiError()
    {
        m_sandbox->failNextUsageQuery();
        const Run r = run({u"insights"_s, u"unused"_s, u"--json"_s});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("usage query failed"), r.err.constData());
    }

    void exportedConfigurationIsAcceptedByClientsCreate()
    {
        // The Insights page's JSON export of a client, fed back to `clients create`: a new client
        // with the same configuration (and a new id and secret).
        QJsonObject ops;
        for (const QJsonValue &v : m_sandbox->clients()) {
            if (v.toObject().value("name"_L1).toString() == u"Ops automation (full access)")
                ops = v.toObject();
        }
        QVERIFY(!ops.isEmpty());
        const QByteArray exported = insightsexport::clientConfigurationJson(OAuthClient::fromJson(ops));
        QCOMPARE(exported, testsupport::readData(u"insights/ops-automation-full-access.json"_s));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(u"ops.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(exported);
        file.close();
        const int before = int(m_sandbox->clients().size());
        const Run r = run({u"clients"_s, u"create"_s, u"--file"_s, file.fileName(), u"--json"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(int(m_sandbox->clients().size()), before + 1);
        const QJsonObject created = QJsonDocument::fromJson(r.out).object();
        QVERIFY(created.value("id"_L1).toString() != ops.value("id"_L1).toString());
        for (const char *field : {"name", "description", "authorizedGrantType", "roleDivisions",
                                  "accessTokenValiditySeconds", "customProperties", "state"})
            QCOMPARE(created.value(QLatin1StringView(field)), ops.value(QLatin1StringView(field)));
        // Tidy up: the demo org is shared by the other tests of this file.
        QCOMPARE(run({u"clients"_s, u"delete"_s, created.value("id"_L1).toString()}).code, 0);
    }

    void helpListsTheCommands()
    {
        const Run r = run({u"--help"_s});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("insights unused"));
        QVERIFY(r.out.contains("insights checks"));
        const Run group = run({u"insights"_s, u"--help"_s});
        QCOMPARE(group.code, 0);
        QVERIFY(group.out.contains("insights unused"));
    }
};

QTEST_GUILESS_MAIN(TstCliInsights)
#include "tst_cli_insights.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The insights models on fixtures, without a server: the unused-clients join (window edges,
// clients without a creation date, deleted clients, rows outside the window or of unknown
// clients, rows without `requests`), its order; the configuration checks one by one (loopback
// hosts, admin-like roles, lifetimes, deletion dates), and that a check is one table entry; the CSV
// and JSON exports (quoting, formula neutralisation, byte-exact against tests/data/insights/);
// the item models under QAbstractItemModelTester, with incremental changes instead of resets.
#include "models/domain/insights.h"
#include "models/domain/insightschecks.h"
#include "models/itemmodels/insightsmodels.h"
#include "models/json/insightsexport.h"
#include "tests/support/testsupport.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace {
const QDateTime Now(QDate(2026, 3, 15), QTime(12, 0), QTimeZone::utc());

QDateTime daysAgo(int days, int hour = 9)
{
    return QDateTime(Now.date().addDays(-days), QTime(hour, 0), QTimeZone::utc());
}

OAuthClient client(const QString &id, const QString &name, const QDateTime &created,
                   const QString &grant = u"CLIENT-CREDENTIALS"_s, const QString &state = u"active"_s)
{
    QJsonObject o{{u"id"_s, id},
                  {u"name"_s, name},
                  {u"authorizedGrantType"_s, grant},
                  {u"state"_s, state},
                  {u"description"_s, u"Fixture client "_s + name}};
    if (created.isValid())
        o.insert(u"dateCreated"_s, created.toString(Qt::ISODateWithMs));
    return OAuthClient::fromJson(o);
}

UsageRow row(const QString &clientId, QDate day, qint64 requests)
{
    UsageRow r;
    r.clientId = clientId;
    r.date = QDateTime(day, QTime(0, 0), QTimeZone::utc());
    r.requests = requests;
    return r;
}

QStringList ids(const ActivityReport &r)
{
    QStringList out;
    for (const ClientActivity &a : r.rows)
        out.append(a.client.id);
    return out;
}

Role role(const QString &id, const QString &name, const QStringList &permissions)
{
    Role r;
    r.id = id;
    r.name = name;
    r.permissions = permissions;
    return r;
}
} // namespace

class TestInsights : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void windowIsWholeDaysBeforeToday()
    {
        const ActivityWindow w = ActivityWindow::lastDays(30, Now);
        QCOMPARE(w.endDay, QDate(2026, 3, 15));
        QCOMPARE(w.firstDay, QDate(2026, 2, 13));
        QCOMPARE(w.start(), QDateTime(QDate(2026, 2, 13), QTime(0, 0), QTimeZone::utc()));
        QVERIFY(w.contains(QDate(2026, 3, 14)));
        QVERIFY(!w.contains(QDate(2026, 3, 15))); // today is still filling up
        QVERIFY(!w.contains(QDate(2026, 2, 12)));
        const QJsonObject q = w.usageQuery().toJson();
        QCOMPARE(q.value("granularity"_L1).toString(), u"Day"_s);
        QCOMPARE(q.value("groupBy"_L1).toArray(), QJsonArray{u"OAuthClientId"_s});
        QCOMPARE(q.value("metrics"_L1).toArray(), QJsonArray{u"Requests"_s});
        // A clock in another zone names the same UTC days.
        const ActivityWindow berlin =
            ActivityWindow::lastDays(30, Now.toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Berlin"))));
        QCOMPARE(berlin.firstDay, w.firstDay);
        QCOMPARE(berlin.endDay, w.endDay);
    }

    void joinGivesStatusTrafficAndOrder()
    {
        const ActivityWindow w = ActivityWindow::lastDays(7, Now);
        const QList<OAuthClient> clients = {
            client(u"busy"_s, u"Busy"_s, daysAgo(100)),
            client(u"quiet"_s, u"Quiet"_s, daysAgo(100)),
            client(u"edge-in"_s, u"Created at the window start"_s,
                   QDateTime(w.firstDay, QTime(0, 0), QTimeZone::utc())),
            client(u"edge-out"_s, u"Created a second before"_s,
                   QDateTime(w.firstDay, QTime(0, 0), QTimeZone::utc()).addSecs(-1)),
            client(u"undated"_s, u"No creation date"_s, QDateTime()),
            client(u"fresh-busy"_s, u"New and busy"_s, daysAgo(1)),
            client(u"stale"_s, u"Called early in the window"_s, daysAgo(300)),
            client(u"gone"_s, u"Deleted"_s, daysAgo(300), u"CODE"_s, u"deleted"_s),
        };
        QList<UsageRow> rows = {
            row(u"busy"_s, QDate(2026, 3, 14), 500),     row(u"busy"_s, QDate(2026, 3, 10), 300),
            row(u"busy"_s, QDate(2026, 3, 10), 200), // two rows of one day (finer grouping) add up
            row(u"fresh-busy"_s, QDate(2026, 3, 14), 7), row(u"stale"_s, QDate(2026, 3, 8), 9),
            row(u"stale"_s, QDate(2026, 3, 7), 1000),  // before the window
            row(u"quiet"_s, QDate(2026, 3, 15), 50),   // today: after the window
            row(u"unknown"_s, QDate(2026, 3, 12), 40), // a client not listed
            row(QString(), QDate(2026, 3, 12), 40),    // no client id
            row(u"gone"_s, QDate(2026, 3, 12), 3),
        };
        // A row without `requests` (not asked): the status metrics make it up.
        UsageRow statusOnly = row(u"edge-out"_s, QDate(2026, 3, 9), 0);
        statusOnly.status200 = 4;
        statusOnly.status400 = 2;
        statusOnly.status429 = 1; // inside status400: not added again
        rows.append(statusOnly);

        const ActivityReport r = buildActivityReport(clients, rows, w);
        QCOMPARE(r.rows.size(), 7); // the deleted client is left out
        QCOMPARE(r.rowsOutsideWindow, 2);
        QCOMPARE(r.otherClients, 2); // "unknown" and the deleted one
        QCOMPARE(r.otherRequests, 43);

        const ClientActivity *busy = r.find(u"busy"_s);
        QCOMPARE(busy->status, ActivityStatus::Active);
        QCOMPARE(busy->requests, 1000);
        QCOMPARE(busy->lastDay, QDate(2026, 3, 14));
        QCOMPARE(busy->ageDays, 100);
        QCOMPARE(busy->daily, (QList<DailyRequests>{{QDate(2026, 3, 10), 500}, {QDate(2026, 3, 14), 500}}));
        QCOMPARE(r.find(u"quiet"_s)->status, ActivityStatus::Unused);
        QCOMPARE(r.find(u"edge-in"_s)->status, ActivityStatus::New);
        QCOMPARE(r.find(u"edge-out"_s)->status, ActivityStatus::Active);
        QCOMPARE(r.find(u"edge-out"_s)->requests, 6);
        QCOMPARE(r.find(u"undated"_s)->status, ActivityStatus::Unused); // never hidden as "new"
        QCOMPARE(r.find(u"undated"_s)->ageDays, -1);
        QCOMPARE(r.find(u"fresh-busy"_s)->status, ActivityStatus::New);
        QCOMPARE(r.find(u"stale"_s)->requests, 9);

        // No traffic first (unused by name, then new), then the longest quiet, fewest requests.
        QCOMPARE(ids(r), (QStringList{u"undated"_s, u"quiet"_s, u"edge-in"_s, u"stale"_s, u"edge-out"_s,
                                      u"fresh-busy"_s, u"busy"_s}));
        QCOMPARE(r.count(ActivityStatus::Unused), 2);
        QCOMPARE(r.count(ActivityStatus::New), 2);
        QCOMPARE(r.count(ActivityStatus::Active), 3);
    }

    void reportFollowsClientChanges()
    {
        const ActivityWindow w = ActivityWindow::lastDays(30, Now);
        ActivityReport r =
            buildActivityReport({client(u"a"_s, u"A"_s, daysAgo(100)), client(u"b"_s, u"B"_s, daysAgo(100))},
                                {row(u"b"_s, QDate(2026, 3, 1), 5)}, w);
        QCOMPARE(ids(r), (QStringList{u"a"_s, u"b"_s}));
        // A state change keeps the row, its traffic and its status.
        OAuthClient b = r.find(u"b"_s)->client;
        QJsonObject o = b.json.object();
        o.insert(u"state"_s, u"inactive"_s);
        QCOMPARE(r.updateClient(OAuthClient::fromJson(o)), 1);
        QCOMPARE(r.find(u"b"_s)->client.state, u"inactive"_s);
        QCOMPARE(r.find(u"b"_s)->requests, 5);
        QCOMPARE(r.find(u"b"_s)->status, ActivityStatus::Active);
        // A client created now is new, without traffic, between the unused and the active ones.
        QCOMPARE(r.updateClient(client(u"c"_s, u"C"_s, Now)), 1);
        QCOMPARE(ids(r), (QStringList{u"a"_s, u"c"_s, u"b"_s}));
        QCOMPARE(r.find(u"c"_s)->status, ActivityStatus::New);
        QCOMPARE(r.find(u"c"_s)->ageDays, 0);
        QCOMPARE(r.removeClient(u"a"_s), 0);
        QCOMPARE(r.removeClient(u"a"_s), -1);
        // "deleted" (a GET after DELETE may say so) removes it too.
        QCOMPARE(r.updateClient(client(u"c"_s, u"C"_s, Now, u"CODE"_s, u"deleted"_s)), 0);
        QCOMPARE(ids(r), QStringList{u"b"_s});
    }

    void loopbackAndInsecureRedirects_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<bool>("insecure");
        QTest::newRow("https") << u"https://app.example/cb"_s << false;
        QTest::newRow("http host") << u"http://app.example/cb"_s << true;
        QTest::newRow("HTTP upper case") << u"HTTP://APP.EXAMPLE/cb"_s << true;
        QTest::newRow("http private address") << u"http://192.168.1.20:8080/cb"_s << true;
        QTest::newRow("http wildcard host") << u"http://*.example/cb"_s << true;
        QTest::newRow("localhost") << u"http://localhost:8080/callback"_s << false;
        QTest::newRow("LOCALHOST") << u"http://LOCALHOST/"_s << false;
        QTest::newRow("sub.localhost") << u"http://app.localhost/"_s << false;
        QTest::newRow("127.0.0.1") << u"http://127.0.0.1/"_s << false;
        QTest::newRow("127.8.9.10") << u"http://127.8.9.10:1234/x"_s << false;
        QTest::newRow("::1") << u"http://[::1]:8080/"_s << false;
        QTest::newRow("long ::1") << u"http://[0:0:0:0:0:0:0:1]/"_s << false;
        QTest::newRow("not loopback v6") << u"http://[::2]/"_s << true;
        QTest::newRow("127 prefix host name") << u"http://127.0.0.1.evil.example/"_s << true;
        QTest::newRow("localhost prefix") << u"http://localhost.evil.example/"_s << true;
        QTest::newRow("custom scheme") << u"com.example.app:/oauth2redirect"_s << false;
        QTest::newRow("leading space") << u" http://app.example/"_s << true;
    }
    void loopbackAndInsecureRedirects()
    {
        QFETCH(QString, uri);
        QFETCH(bool, insecure);
        QCOMPARE(insightchecks::isInsecureRedirect(uri), insecure);
    }

    void adminLikeRoles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("permissions");
        QTest::addColumn<bool>("admin");
        QTest::newRow("Master Admin") << u"Master Admin"_s << QStringList{u"*:*:*"_s} << true;
        QTest::newRow("admin by name") << u"admin"_s << QStringList{u"oauth:*:*"_s} << true;
        QTest::newRow("ADMIN, spaces") << u" ADMIN "_s << QStringList() << true;
        QTest::newRow("renamed, all permissions") << u"Ops"_s << QStringList{u"*"_s} << true;
        QTest::newRow("every domain") << u"Robot"_s << QStringList{u"*:user:view"_s} << true;
        QTest::newRow("Telephony Admin") << u"Telephony Admin"_s << QStringList{u"telephony:*:*"_s} << false;
        QTest::newRow("administrator word")
            << u"Quality Administrator"_s << QStringList{u"quality:*:*"_s} << false;
        QTest::newRow("plain") << u"Developer"_s << QStringList{u"oauth:client:view"_s} << false;
    }
    void adminLikeRoles()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, permissions);
        QFETCH(bool, admin);
        QCOMPARE(insightchecks::isAdminLikeRole(role(u"r"_s, name, permissions)), admin);
    }

    void checksOneByOne()
    {
        CheckContext ctx;
        ctx.now = Now;
        ctx.setRoles({role(u"boss"_s, u"Master Admin"_s, {u"*:*:*"_s}),
                      role(u"dev"_s, u"Developer"_s, {u"oauth:client:view"_s})});

        auto make = [](QJsonObject o) {
            o.insert(u"id"_s, o.value("name"_L1));
            if (!o.contains("description"_L1))
                o.insert(u"description"_s, u"described"_s);
            if (!o.contains("state"_L1))
                o.insert(u"state"_s, u"active"_s);
            return OAuthClient::fromJson(o);
        };
        const QList<OAuthClient> clients = {
            make({{u"name"_s, u"cc-admin-all"_s},
                  {u"authorizedGrantType"_s, u"CLIENT-CREDENTIALS"_s},
                  {u"roleDivisions"_s,
                   QJsonArray{QJsonObject{{u"roleId"_s, u"dev"_s}, {u"divisionId"_s, u"*"_s}},
                              QJsonObject{{u"roleId"_s, u"boss"_s}, {u"divisionId"_s, u"*"_s}}}}}),
            make({{u"name"_s, u"cc-admin-home"_s},
                  {u"authorizedGrantType"_s, u"CLIENT-CREDENTIALS"_s},
                  {u"roleDivisions"_s,
                   QJsonArray{QJsonObject{{u"roleId"_s, u"boss"_s}, {u"divisionId"_s, u"home-id"_s}}}}}),
            make({{u"name"_s, u"cc-unknown-role"_s},
                  {u"authorizedGrantType"_s, u"CLIENT-CREDENTIALS"_s},
                  {u"roleDivisions"_s,
                   QJsonArray{QJsonObject{{u"roleId"_s, u"deleted-role"_s}, {u"divisionId"_s, u"*"_s}}}}}),
            make({{u"name"_s, u"implicit"_s},
                  {u"authorizedGrantType"_s, u"TOKEN"_s},
                  {u"registeredRedirectUri"_s, QJsonArray{u"https://a.example/"_s}}}),
            make({{u"name"_s, u"implicit-inactive"_s},
                  {u"authorizedGrantType"_s, u"TOKEN"_s},
                  {u"state"_s, u"inactive"_s},
                  {u"dateToDelete"_s, u"2026-04-10T00:00:00.000Z"_s}}),
            make({{u"name"_s, u"implicit-disabled"_s},
                  {u"authorizedGrantType"_s, u"TOKEN"_s},
                  {u"state"_s, u"disabled"_s}}),
            make({{u"name"_s, u"two-http"_s},
                  {u"authorizedGrantType"_s, u"CODE"_s},
                  {u"registeredRedirectUri"_s,
                   QJsonArray{u"http://a.example/"_s, u"http://127.0.0.1/"_s, u"http://b.example/"_s}}}),
            make({{u"name"_s, u"wild"_s},
                  {u"authorizedGrantType"_s, u"CODE"_s},
                  {u"registeredRedirectUri"_s, QJsonArray{u"https://*.example/"_s}}}),
            make({{u"name"_s, u"max-life"_s},
                  {u"authorizedGrantType"_s, u"CODE"_s},
                  {u"accessTokenValiditySeconds"_s, 172800}}),
            make({{u"name"_s, u"below-max"_s},
                  {u"authorizedGrantType"_s, u"CODE"_s},
                  {u"accessTokenValiditySeconds"_s, 172799}}),
            make({{u"name"_s, u"no-lifetime"_s}, {u"authorizedGrantType"_s, u"CODE"_s}}), // default 24 h
            make({{u"name"_s, u"blank-description"_s},
                  {u"authorizedGrantType"_s, u"CODE"_s},
                  {u"description"_s, u"   "_s}}),
            make({{u"name"_s, u"deleted-in-7"_s},
                  {u"authorizedGrantType"_s, u"CODE"_s},
                  {u"state"_s, u"inactive"_s},
                  {u"dateToDelete"_s, u"2026-03-22T23:00:00.000Z"_s}}),
            make({{u"name"_s, u"deleted-in-8"_s},
                  {u"authorizedGrantType"_s, u"CODE"_s},
                  {u"state"_s, u"inactive"_s},
                  {u"dateToDelete"_s, u"2026-03-23T01:00:00.000Z"_s}}),
            make({{u"name"_s, u"overdue"_s},
                  {u"authorizedGrantType"_s, u"CODE"_s},
                  {u"state"_s, u"inactive"_s},
                  {u"dateToDelete"_s, u"2026-03-14T01:00:00.000Z"_s}}),
            make({{u"name"_s, u"deleted-state"_s},
                  {u"authorizedGrantType"_s, u"TOKEN"_s},
                  {u"state"_s, u"deleted"_s}}),
        };
        const CheckRun run = runChecks(clients, ctx);
        QCOMPARE(run.clientsChecked, int(clients.size()) - 1);
        QVERIFY(run.skipped.isEmpty());
        QHash<QString, QStringList> found;
        QHash<QString, QString> reasons;
        for (const CheckFinding &f : run.findings) {
            found[QString(f.check->id)].append(f.client.name);
            reasons[QString(f.check->id) + u'/' + f.client.name] = f.reason;
        }
        QCOMPARE(found.value(u"admin-all-divisions"_s), QStringList{u"cc-admin-all"_s});
        QCOMPARE(found.value(u"implicit-grant"_s), (QStringList{u"implicit"_s, u"implicit-disabled"_s}));
        QCOMPARE(found.value(u"http-redirect"_s), QStringList{u"two-http"_s});
        QCOMPARE(found.value(u"wildcard-redirect"_s), QStringList{u"wild"_s});
        QCOMPARE(found.value(u"max-token-lifetime"_s), QStringList{u"max-life"_s});
        QCOMPARE(found.value(u"no-description"_s), QStringList{u"blank-description"_s});
        QCOMPARE(found.value(u"deletion-soon"_s), (QStringList{u"deleted-in-7"_s, u"overdue"_s}));
        QCOMPARE(found.size(), 7);

        // Reasons name what was found.
        QVERIFY(reasons.value(u"admin-all-divisions/cc-admin-all"_s).contains(u"“Master Admin”"_s));
        QVERIFY(!reasons.value(u"admin-all-divisions/cc-admin-all"_s).contains(u"Developer"_s));
        const QString http = reasons.value(u"http-redirect/two-http"_s);
        QVERIFY(http.contains(u"http://a.example/, http://b.example/"_s));
        QVERIFY(!http.contains(u"127.0.0.1"_s));
        QVERIFY(reasons.value(u"max-token-lifetime/max-life"_s).contains(u"48 hours (172800 s)"_s));
        QVERIFY(reasons.value(u"deletion-soon/deleted-in-7"_s).contains(u"2026-03-22 (UTC, in 7 days)"_s));
        QVERIFY(reasons.value(u"deletion-soon/overdue"_s).contains(u"2026-03-14 (UTC, 1 day ago)"_s));

        // Without the roles, the admin check is skipped and says so.
        CheckContext blind = ctx;
        blind.roles.clear();
        blind.rolesKnown = false;
        const CheckRun without = runChecks(clients, blind);
        QCOMPARE(without.skipped.size(), 1);
        QCOMPARE(QString(without.skipped.first()->id), u"admin-all-divisions"_s);
        QCOMPARE(without.count("admin-all-divisions"_L1), 0);
        QCOMPARE(without.findings.size(), run.findings.size() - 1);

        // A longer notice period catches the client deleted in 8 days too.
        CheckContext longer = ctx;
        longer.deletionNoticeDays = 8;
        QCOMPARE(runChecks(clients, longer).count("deletion-soon"_L1), 3);
    }

    void aCheckIsOneTableEntry()
    {
        // Every entry of the table has what views and scripts need.
        QSet<QString> ids;
        for (const CheckDescriptor &c : configurationChecks()) {
            QVERIFY(!c.id.isEmpty());
            QVERIFY(!ids.contains(QString(c.id)));
            ids.insert(QString(c.id));
            QVERIFY(!checkTitle(c).isEmpty());
            QVERIFY(!checkAdvice(c).isEmpty());
            QVERIFY(c.evaluate);
            QCOMPARE(findCheck(QString(c.id)), &c);
        }
        QCOMPARE(ids.size(), 8); // with password-grant (issue 15)

        // A table with one more entry: runChecks() and the exports take it as it is.
        QList<CheckDescriptor> table = configurationChecks();
        table.append({"name-has-test"_L1, "Test client in production", "Delete it.", CheckSeverity::Low,
                      false, false, [](const OAuthClient &c, const CheckContext &) {
                          return c.name.contains(u"test"_s, Qt::CaseInsensitive) ? u"The name says test."_s
                                                                                 : QString();
                      }});
        CheckContext ctx;
        ctx.now = Now;
        const CheckRun run = runChecks(
            {client(u"t"_s, u"Load test"_s, daysAgo(3)), client(u"p"_s, u"Prod"_s, daysAgo(3))}, ctx, table);
        QCOMPARE(run.findings.size(), 1);
        QCOMPARE(QString(run.findings.first().check->id), u"name-has-test"_s);
        QCOMPARE(
            insightsexport::findingsCsv(run.findings),
            QByteArray(
                "check,severity,title,clientId,name,state,reason\r\n"
                "name-has-test,low,Test client in production,t,Load test,active,The name says test.\r\n"));
    }

    void csvAndJsonExports()
    {
        const ActivityWindow w = ActivityWindow::lastDays(7, Now);
        QList<OAuthClient> clients = {
            client(u"id-1"_s, u"=HYPERLINK(\"http://evil\")"_s, daysAgo(40)),
            client(u"id-2"_s, u"Comma, \"quoted\" name"_s, daysAgo(40), u"CODE"_s),
            client(u"id-3"_s, u"Zürich ☎ export"_s, daysAgo(2)),
        };
        QJsonObject inactive = client(u"id-4"_s, u"-leading minus"_s, QDateTime()).json.object();
        inactive.insert(u"state"_s, u"inactive"_s);
        inactive.insert(u"dateToDelete"_s, u"2026-04-01T10:30:00.500Z"_s);
        clients.append(OAuthClient::fromJson(inactive));
        const ActivityReport r = buildActivityReport(
            clients, {row(u"id-2"_s, QDate(2026, 3, 9), 12), row(u"id-3"_s, QDate(2026, 3, 14), 3)}, w);
        QCOMPARE(insightsexport::activityCsv(r), testsupport::readData(u"insights/fixture-activity.csv"_s));

        const QJsonObject quiet = insightsexport::activityJson(*r.find(u"id-4"_s), w);
        QCOMPARE(quiet.value("status"_L1).toString(), u"unused"_s);
        QCOMPARE(quiet.value("clientId"_L1).toString(), u"id-4"_s);
        QVERIFY(quiet.value("lastRequestDay"_L1).isNull());
        QVERIFY(quiet.value("ageDays"_L1).isNull());
        QCOMPARE(quiet.value("dateToDelete"_L1).toString(), u"2026-04-01T10:30:00Z"_s);
        QCOMPARE(quiet.value("windowDays"_L1).toInt(), 7);
        const QJsonObject busy = insightsexport::activityJson(*r.find(u"id-2"_s), w);
        QCOMPARE(busy.value("status"_L1).toString(), u"active"_s);
        QCOMPARE(busy.value("requests"_L1).toInteger(), 12);
        QCOMPARE(busy.value("lastRequestDay"_L1).toString(), u"2026-03-09"_s);
        QCOMPARE(busy.value("ageDays"_L1).toInt(), 40);
        QVERIFY(!busy.contains("dateToDelete"_L1));
        QCOMPARE(insightsexport::activityJson(*r.find(u"id-3"_s), w).value("status"_L1).toString(), u"new"_s);

        CheckContext ctx;
        ctx.now = Now;
        const CheckRun run = runChecks({client(u"id-9"_s, u"Implicit app"_s, daysAgo(9), u"TOKEN"_s)}, ctx);
        QCOMPARE(run.findings.size(), 1);
        const QJsonObject f = insightsexport::findingJson(run.findings.first());
        QCOMPARE(f.value("check"_L1).toString(), u"implicit-grant"_s);
        QCOMPARE(f.value("clientId"_L1).toString(), u"id-9"_s);
        QCOMPARE(f.value("clientName"_L1).toString(), u"Implicit app"_s);
        QCOMPARE(f.value("severity"_L1).toString(), u"high"_s);
        QVERIFY(f.value("reason"_L1).toString().contains(u"TOKEN"_s));

        QCOMPARE(insightsexport::activityFileName(w), u"unused-clients-7d-2026-03-15.csv"_s);
        QCOMPARE(insightsexport::findingsFileName(Now), u"configuration-checks-2026-03-15.csv"_s);
    }

    void configurationJsonHasNoSecretNorServerFields()
    {
        const QByteArray body =
            "{\"id\":\"x1\",\"name\":\"With secret\",\"authorizedGrantType\":\"CODE\",\"secret\":\"s3cr3t\","
            "\"selfUri\":\"/api/v2/oauth/clients/x1\",\"dateCreated\":\"2024-01-01T00:00:00Z\",\"state\":"
            "\"inactive\",\"dateToDelete\":\"2026-04-01T00:00:00Z\",\"registeredRedirectUri\":"
            "[\"https://a.example/\"],\"customProperties\":{\"owner\":\"team\"}}";
        const Result<OAuthClient> c = parseClient(body);
        QVERIFY(c.ok());
        const QByteArray json = insightsexport::clientConfigurationJson(*c);
        QVERIFY(!json.contains("s3cr3t"));
        const QJsonObject o = QJsonDocument::fromJson(json).object();
        QCOMPARE(o.value("name"_L1).toString(), u"With secret"_s);
        QCOMPARE(o.value("customProperties"_L1).toObject().value("owner"_L1).toString(), u"team"_s);
        for (const char *field : {"id", "secret", "selfUri", "dateCreated", "dateToDelete"})
            QVERIFY2(!o.contains(QLatin1StringView(field)), field);
        QVERIFY(validateClientRequestShape(o).isEmpty()); // what `clients create` checks first
        QVERIFY(json.endsWith("}\n"));
        QVERIFY(json.contains("\n    \"name\"")); // indented for people
    }

    void activityModelChangesIncrementally()
    {
        ClientActivityModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ClientActivityFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(ClientActivityModel::StatusColumn);

        const ActivityWindow w = ActivityWindow::lastDays(30, Now);
        model.setReport(buildActivityReport({client(u"a"_s, u"Alpha"_s, daysAgo(100)),
                                             client(u"b"_s, u"Beta"_s, daysAgo(100)),
                                             client(u"n"_s, u"Newbie"_s, daysAgo(3))},
                                            {row(u"b"_s, QDate(2026, 3, 1), 1500)}, w));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.data(model.index(0, ClientActivityModel::StatusColumn)).toString(), u"Unused"_s);
        QCOMPARE(model.data(model.index(0, ClientActivityModel::LastRequestColumn)).toString(), u"none"_s);
        QCOMPARE(model.data(model.index(2, ClientActivityModel::RequestsColumn)).toString(), u"1,500"_s);
        QCOMPARE(model.data(model.index(2, ClientActivityModel::StatusColumn), Qt::ToolTipRole).toString(),
                 u"1,500 requests in the last 30 days, the last on %1."_s.arg(
                     QLocale().toString(QDate(2026, 3, 1), QLocale::ShortFormat)));
        QCOMPARE(model.data(model.index(1, ClientActivityModel::StatusColumn), Qt::ToolTipRole).toString(),
                 u"Created 3 days ago, inside the last 30 days: too new to call unused."_s);
        QCOMPARE(model.data(model.index(0, ClientActivityModel::AgeColumn)).toString(), u"100 days"_s);
        QCOMPARE(model.headerData(ClientActivityModel::DeletesColumn, Qt::Horizontal).toString(),
                 u"Deletion date"_s);

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

        QJsonObject alpha = model.activityAt(0)->client.json.object();
        alpha.insert(u"state"_s, u"inactive"_s);
        alpha.insert(u"dateToDelete"_s, u"2026-04-14T12:00:00.000Z"_s);
        model.updateClient(OAuthClient::fromJson(alpha));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 0);
        QCOMPARE(model.data(model.index(0, ClientActivityModel::StateColumn)).toString(), u"Inactive"_s);
        QVERIFY(!model.data(model.index(0, ClientActivityModel::DeletesColumn)).toString().isEmpty());

        model.updateClient(client(u"z"_s, u"Zulu"_s, Now));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowOf(u"z"_s), 2); // after Newbie (both new without traffic), before Beta
        QCOMPARE(proxy.index(2, 0).data(ClientActivityModel::ClientIdRole).toString(), u"z"_s);

        model.removeClient(u"n"_s);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(resets.count(), 0);

        // Filters.
        proxy.setStatusFilter(ClientActivityFilterProxyModel::StatusFilter::Unused);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setStatusFilter(ClientActivityFilterProxyModel::StatusFilter::UnusedOrNew);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setStatusFilter(ClientActivityFilterProxyModel::StatusFilter::All);
        proxy.setFilterText(u"  BET "_s);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(ClientActivityModel::ClientIdRole).toString(), u"b"_s);
        proxy.setFilterText(u"inactive alp"_s);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterText({});
        // Sorting by requests puts the busy client last, ascending.
        proxy.sort(ClientActivityModel::RequestsColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(2, 0).data(ClientActivityModel::ClientIdRole).toString(), u"b"_s);
        model.clear();
        QCOMPARE(proxy.rowCount(), 0);
    }

    void findingsModelChangesIncrementally()
    {
        CheckFindingsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        CheckFindingsFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

        CheckContext ctx;
        ctx.now = Now;
        QJsonObject undescribed =
            client(u"u"_s, u"Alpha, undescribed implicit"_s, daysAgo(9), u"TOKEN"_s).json.object();
        undescribed.remove(u"description"_s);
        const QList<OAuthClient> clients = {OAuthClient::fromJson(undescribed),
                                            client(u"i"_s, u"Implicit"_s, daysAgo(9), u"TOKEN"_s)};
        model.setFindings(runChecks(clients, ctx).findings);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.count(u"implicit-grant"_s), 2);
        QCOMPARE(model.data(model.index(0, CheckFindingsModel::SeverityColumn)).toString(), u"High"_s);
        QCOMPARE(model.data(model.index(2, CheckFindingsModel::CheckColumn)).toString(), u"No description"_s);
        QCOMPARE(model.data(model.index(2, CheckFindingsModel::CheckColumn), Qt::ToolTipRole).toString(),
                 u"Describe what the client is for and who owns it."_s);

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        // The undescribed client gets a description and a code grant: both its findings go.
        QJsonObject fixed = undescribed;
        fixed.insert(u"description"_s, u"Now described"_s);
        fixed.insert(u"authorizedGrantType"_s, u"CODE"_s);
        model.setClientFindings(u"u"_s, checkClient(OAuthClient::fromJson(fixed), ctx));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(removed.count(), 2); // rows 0 and 2: two blocks (Implicit's finding is between them)
        QCOMPARE(inserted.count(), 0);
        // And back.
        model.setClientFindings(u"u"_s, checkClient(OAuthClient::fromJson(undescribed), ctx));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(model.rowOf(u"no-description"_s, u"u"_s), 2);
        QCOMPARE(resets.count(), 0);

        proxy.setCheckFilter(u"implicit-grant"_s);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setFilterText(u"undescribed"_s);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setCheckFilter({});
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setFilterText(u"who owns"_s); // the reason text
        QCOMPARE(proxy.rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestInsights)
#include "tst_insights.moc"

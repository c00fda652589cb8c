// SPDX-License-Identifier: GPL-3.0-or-later
// Audit events, change history, integration credentials and saved rotations: the value types and
// their JSON, without a server.
#include "models/domain/clienthistory.h"
#include "models/domain/integrationcredential.h"
#include "models/json/auditjson.h"
#include "models/json/integrationjson.h"
#include "models/json/rotationjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace {
const QDateTime kNow(QDate(2026, 3, 15), QTime(12, 0), QTimeZone::utc());

AuditEvent makeEvent(const QString &action, const QJsonArray &changes = {}, const QString &message = {},
                     const QString &entityType = u"OAuthClient"_s,
                     const QString &entityName = u"Billing sync"_s)
{
    return auditjson::eventFromJson(
        QJsonObject{{u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                    {u"action"_s, action},
                    {u"entityType"_s, entityType},
                    {u"entity"_s, QJsonObject{{u"id"_s, u"c1"_s}, {u"name"_s, entityName}}},
                    {u"propertyChanges"_s, changes},
                    {u"message"_s, QJsonObject{{u"message"_s, message}}}});
}

QJsonObject change(const QString &property, const QStringList &oldValues, const QStringList &newValues)
{
    return QJsonObject{{u"property"_s, property},
                       {u"oldValues"_s, QJsonArray::fromStringList(oldValues)},
                       {u"newValues"_s, QJsonArray::fromStringList(newValues)}};
}

QJsonObject eventJson(const QString &id, const QString &date, const QJsonObject &extra = {})
{
    QJsonObject o{{u"id"_s, id},
                  {u"eventDate"_s, date},
                  {u"action"_s, u"Update"_s},
                  {u"entityType"_s, u"OAuthClient"_s}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}
} // namespace

class TestHistoryModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void secretResetIsDerivedFromTheEvent_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QJsonArray>("changes");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("entityType");
        QTest::addColumn<QString>("entityName");
        QTest::addColumn<bool>("reset");
        const QJsonArray none;
        const QJsonArray secret{change(u"secret"_s, {u"***"_s}, {u"***"_s})};
        const QJsonArray clientSecret{change(u"clientSecret"_s, {}, {})};
        const QJsonArray description{change(u"description"_s, {u"a"_s}, {u"b"_s})};
        const QString ct = u"OAuthClient"_s;
        const QString n = u"Billing sync"_s;
        QTest::newRow("Update, property secret") << u"Update"_s << secret << QString() << ct << n << true;
        QTest::newRow("Update, property clientSecret")
            << u"Update"_s << clientSecret << QString() << ct << n << true;
        QTest::newRow("RegenerateSecret") << u"RegenerateSecret"_s << none << QString() << ct << n << true;
        QTest::newRow("Reset on a client") << u"Reset"_s << none << QString() << ct << n << true;
        QTest::newRow("Rotate on a client") << u"Rotate"_s << none << QString() << ct << n << true;
        QTest::newRow("a message about the secret")
            << u"Update"_s << none << u"Client secret was regenerated"_s << ct << n << true;
        QTest::newRow("description change")
            << u"Update"_s << description << u"Client updated"_s << ct << n << false;
        QTest::newRow("Reset of a user's password")
            << u"Reset"_s << none << QString() << u"User"_s << n << false;
        QTest::newRow("a client named Secret Santa")
            << u"Update"_s << description << u"OAuth client Secret Santa bot was updated"_s << ct
            << u"Secret Santa bot"_s << false;
        QTest::newRow("Create") << u"Create"_s << description << QString() << ct << n << false;
    }
    void secretResetIsDerivedFromTheEvent()
    {
        QFETCH(QString, action);
        QFETCH(QJsonArray, changes);
        QFETCH(QString, message);
        QFETCH(QString, entityType);
        QFETCH(QString, entityName);
        QFETCH(bool, reset);
        QCOMPARE(makeEvent(action, changes, message, entityType, entityName).isSecretReset(), reset);
    }

    void eventsAreReadLeniently()
    {
        const QByteArray body = R"({"entities": [
            {"id": "e1", "eventDate": "2026-03-03T09:12:00.000Z", "user": {"id": "u1", "name": "Helga Brandt"},
             "client": {"id": "c9"}, "action": "Update", "entity": {"id": "c1", "name": "X"}, "entityType": "OAuthClient",
             "propertyChanges": [{"property": "scope", "oldValues": ["a"], "newValues": ["a", 7, "b"]}, "junk"],
             "futureField": {"kept": true}},
            "not an event",
            {"id": 5, "eventDate": "yesterday", "propertyChanges": "no"}
        ], "pageNumber": 1, "pageCount": 3, "total": 5, "pageSize": 2})";
        const Result<AuditPage> page = auditjson::parsePage(body);
        QVERIFY2(page.ok(), qPrintable(page.error().message));
        QCOMPARE(page->entities.size(), 2);
        QCOMPARE(page->pageCount, 3);
        const AuditEvent &e = page->entities[0];
        QCOMPARE(e.user.name, u"Helga Brandt"_s);
        QCOMPARE(e.client.id, u"c9"_s);
        QCOMPARE(e.propertyChanges.size(), 1);
        QCOMPARE(e.propertyChanges[0].newValues, (QStringList{u"a"_s, u"b"_s}));
        QVERIFY(e.json.contains(u"futureField"_s)); // unknown fields kept
        QVERIFY(!page->entities[1].eventDate.isValid());
        QVERIFY(!auditjson::parsePage("[1,2]").ok());
        QVERIFY(!auditjson::parsePage(R"({"entities": {}})").ok());

        const Result<AuditServiceMapping> m = auditjson::parseServiceMapping(
            R"({"services": [{"name": "Directory", "entities": [{"name": "User", "actions": ["Create"]}]},
                             {"name": "OAuth", "entities": [{"name": "OAuthClient", "actions": ["Create", "Update"]}]},
                             {"entities": []}]})");
        QVERIFY(m.ok());
        QCOMPARE(m->services.size(), 2);
        QCOMPARE(m->serviceFor(u"OAuthClient"), u"OAuth"_s);
        QVERIFY(m->serviceFor(u"Queue").isEmpty());

        QCOMPARE(auditjson::parseExecution(R"({"id": "t1", "state": "Succeeded"})")->state,
                 AuditQueryState::Succeeded);
        QCOMPARE(auditjson::parseExecution(R"({"id": "t1", "state": "Paused"})")->state,
                 AuditQueryState::Unknown);
        QVERIFY(!auditjson::parseExecution(R"({"state": "Queued"})").ok());
        QCOMPARE(auditjson::parseResults(R"({"entities": [], "cursor": "abc"})")->cursor, u"abc"_s);
    }

    void queryBody()
    {
        AuditQuery q;
        q.start = kNow.addDays(-14);
        q.end = kNow;
        q.serviceName = u"PeoplePermissions"_s;
        q.filters = {{u"EntityId"_s, u"c1"_s}};
        q.pageNumber = 2;
        q.pageSize = 100;
        const QJsonObject o = q.toJson();
        QCOMPARE(o.value(u"interval"_s).toString(), u"2026-03-01T12:00:00.000Z/2026-03-15T12:00:00.000Z"_s);
        QCOMPARE(o.value(u"filters"_s).toArray()[0].toObject().value(u"property"_s).toString(),
                 u"EntityId"_s);
        QCOMPARE(o.value(u"sort"_s).toArray()[0].toObject().value(u"sortOrder"_s).toString(),
                 u"descending"_s);
        QCOMPARE(o.value(u"pageNumber"_s).toInt(), 2);
        q.pageNumber = 0;
        q.pageSize = 0;
        QVERIFY(!q.toJson().contains(u"pageNumber"_s) && !q.toJson().contains(u"pageSize"_s));
    }

    void historyIsNewestFirstWithNames()
    {
        const QString role = u"9a2b6f10-0000-4000-8000-00000000aaaa"_s;
        const QString division = u"9a2b6f10-0000-4000-8000-00000000bbbb"_s;
        HistoryNames names;
        names.roles.insert(role, u"Integration - Data Actions"_s);
        names.divisions.insert(division, u"Sales"_s);
        names.users.insert(u"u2"_s, u"Marcus Lindqvist"_s);
        names.clients.insert(u"c9"_s, u"Ops automation"_s);
        const QString rd = u"{\"divisionId\":\"%1\",\"roleId\":\"%2\"}"_s;
        QList<AuditEvent> events;
        events.append(auditjson::eventFromJson(
            eventJson(u"a"_s, u"2026-03-01T10:00:00.000Z"_s,
                      {{u"user"_s, QJsonObject{{u"id"_s, u"u1"_s}, {u"name"_s, u"Helga Brandt"_s}}},
                       {u"propertyChanges"_s, QJsonArray{change(u"secret"_s, {u"***"_s}, {u"***"_s})}}})));
        events.append(auditjson::eventFromJson(
            eventJson(u"b"_s, u"2026-03-10T10:00:00.000Z"_s,
                      {{u"user"_s, QJsonObject{{u"id"_s, u"u2"_s}}},
                       {u"propertyChanges"_s,
                        QJsonArray{change(u"roleDivisions"_s, {rd.arg(division, role)},
                                          {rd.arg(u"*"_s, role), rd.arg(division, u"unknown-role"_s)})}}})));
        events.append(auditjson::eventFromJson(eventJson(u"c"_s, u"2026-03-10T10:00:00.000Z"_s,
                                                         {{u"client"_s, QJsonObject{{u"id"_s, u"c9"_s}}}})));
        events.append(auditjson::eventFromJson(eventJson(u"d"_s, u"2026-02-01T10:00:00.000Z"_s,
                                                         {{u"user"_s, QJsonObject{{u"id"_s, u"gone"_s}}}})));
        events.append(events[0]); // the realtime and the asynchronous query may both return it

        const ClientHistory h = buildClientHistory(u"c1"_s, 60, kNow.addDays(-60), kNow, events, names);
        QCOMPARE(h.entries.size(), 4);
        QStringList order;
        for (const HistoryEntry &e : h.entries)
            order.append(e.event.id);
        QCOMPARE(order, (QStringList{u"b"_s, u"c"_s, u"a"_s, u"d"_s})); // same instant: server order kept
        QCOMPARE(h.entries[0].who, u"Marcus Lindqvist"_s);
        QCOMPARE(h.entries[0].changes[0].oldText, u"Integration - Data Actions in Sales"_s);
        QCOMPARE(h.entries[0].changes[0].newText,
                 u"Integration - Data Actions in all divisions, unknown-role in Sales"_s);
        QVERIFY(h.entries[1].byClient);
        QCOMPARE(h.entries[1].who, u"client Ops automation"_s);
        QVERIFY(h.entries[3].who.contains(u"gone"_s));
        QVERIFY(h.entries[2].secretReset);
        QCOMPARE(h.lastSecretReset()->event.id, u"a"_s);
        QCOMPARE(secretResetSummary(h, kNow), u"Secret last reset 14 days ago by Helga Brandt."_s);

        ClientHistory empty = buildClientHistory(u"c1"_s, 14, kNow.addDays(-14), kNow, {}, names);
        QCOMPARE(secretResetSummary(empty, kNow),
                 u"Secret last reset: unknown (no audit event in the last 14 days)."_s);
        QCOMPARE(daysAgo(kNow.addSecs(-3600), kNow), u"today"_s);
        QCOMPARE(daysAgo(kNow.addDays(-1), kNow), u"1 day ago"_s);

        // Plain ids inside values are named too; unknown ones stay.
        QCOMPARE(describeValues({u"role %1 and x"_s.arg(role)}, names),
                 u"role Integration - Data Actions and x"_s);

        // JSON for scripts: the event as sent, names added, secret resets marked.
        const QJsonObject b = historyEntryJson(h.entries[0], names);
        QCOMPARE(b.value(u"user"_s).toObject().value(u"name"_s).toString(), u"Marcus Lindqvist"_s);
        QVERIFY(!b.contains(u"secretReset"_s));
        const QJsonObject c = historyEntryJson(h.entries[1], names);
        QCOMPARE(c.value(u"client"_s).toObject().value(u"name"_s).toString(), u"Ops automation"_s);
        QVERIFY(historyEntryJson(h.entries[2], names).value(u"secretReset"_s).toBool());
    }

    void credentialUpdateBodyKeepsWhatItDoesNotKnow()
    {
        const QJsonObject server{
            {u"id"_s, u"k1"_s},
            {u"name"_s, u"Data Actions - CRM"_s},
            {u"type"_s,
             QJsonObject{{u"name"_s, u"pureCloudOAuthClient"_s}, {u"displayOrder"_s, QJsonArray()}}},
            {u"credentialFields"_s, QJsonObject{{u"clientId"_s, u"old"_s}, {u"region"_s, u"eu"_s}}},
            {u"selfUri"_s, u"/api/v2/integrations/credentials/k1"_s},
            {u"futureField"_s, 1}};
        const QJsonObject body = buildCredentialUpdateBody(server, u"new"_s, u"s3cret"_s);
        QCOMPARE(body.value(u"credentialFields"_s).toObject().value(u"clientId"_s).toString(), u"new"_s);
        QCOMPARE(body.value(u"credentialFields"_s).toObject().value(u"clientSecret"_s).toString(),
                 u"s3cret"_s);
        QCOMPARE(body.value(u"credentialFields"_s).toObject().value(u"region"_s).toString(), u"eu"_s);
        QCOMPARE(body.value(u"futureField"_s).toInt(), 1);
        QCOMPARE(body.value(u"name"_s), server.value(u"name"_s));
        QVERIFY(!body.contains(u"selfUri"_s));

        const Result<IntegrationCredential> c =
            integrationjson::parseCredential(QJsonDocument(server).toJson());
        QVERIFY(c.ok() && c->holdsGenesysClient());
        QCOMPARE(c->clientId(), u"old"_s);
        const Result<Page<CredentialInfo>> listing = integrationjson::parseCredentialListing(
            R"({"entities": [{"id": "k1", "name": "A", "type": {"name": "basicAuth"}}, {"name": "no id"}],
                "nextUri": "/api/v2/integrations/credentials/listing?after=x"})");
        QCOMPARE(listing->entities.size(), 1);
        QCOMPARE(listing->entities[0].typeName, u"basicAuth"_s);
        QVERIFY(listing->nextUri.contains(u"after=x"_s));
    }

    void savedRotationHoldsNoSecretAndRoundTrips()
    {
        RotationRecord r;
        r.id = u"r1"_s;
        r.orgId = u"org"_s;
        r.strategy = RotationStrategy::BlueGreen;
        r.oldClientId = u"old"_s;
        r.oldClientName = u"Nightly export"_s;
        r.newClientId = u"new"_s;
        r.newClientName = u"Nightly export (rotated)"_s;
        r.grantType = u"CLIENT-CREDENTIALS"_s;
        r.startedAt = kNow;
        r.advance(RotationStep::Creating, kNow);
        r.advance(RotationStep::Created, kNow.addSecs(1));
        r.advance(RotationStep::Proven, kNow.addSecs(5));
        r.proofOk = true;
        r.proofMessage = u"A token was issued."_s;
        r.updatedCredentials = {u"k1"_s};
        const QJsonObject o = rotationjson::toJson(r);
        QCOMPARE(o.value(u"step"_s).toString(), u"proven"_s);
        QCOMPARE(o.value(u"strategy"_s).toString(), u"blue-green"_s);
        for (const QString &key : o.keys())
            QVERIFY2(!key.contains(u"secret"_s, Qt::CaseInsensitive), qPrintable(key));
        const std::optional<RotationRecord> back = rotationjson::fromJson(o);
        QVERIFY(back);
        QCOMPARE(back->step, RotationStep::Proven);
        QCOMPARE(back->history.size(), 3);
        QCOMPARE(back->history[1].at, kNow.addSecs(1));
        QCOMPARE(back->proofOk, std::optional<bool>(true));
        QCOMPARE(back->updatedCredentials, QStringList{u"k1"_s});
        QCOMPARE(rotationjson::toJson(*back), o);

        QJsonObject bad = o;
        bad.insert(u"step"_s, u"teleported"_s);
        QVERIFY(!rotationjson::fromJson(bad));
        bad = o;
        bad.remove(u"id"_s);
        QVERIFY(!rotationjson::fromJson(bad));
        r.proofOk.reset();
        QVERIFY(rotationjson::toJson(r).value(u"proofOk"_s).isNull());
        QVERIFY(!rotationjson::fromJson(rotationjson::toJson(r))->proofOk);
    }
};

QTEST_GUILESS_MAIN(TestHistoryModels)
#include "tst_history_models.moc"

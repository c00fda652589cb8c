// SPDX-License-Identifier: GPL-3.0-or-later
// The Audit API of the sandbox (docs/sandbox.md, R19-R23), over real loopback HTTP, with every
// successful answer held against genesys-extension-openapi.json.
#include "tests/sandbox/extensionapifixture.h"
#include "tests/support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString kClients = u"/api/v2/oauth/clients"_s;
const QString kRealtime = u"/api/v2/audits/query/realtime"_s;
const QString kQuery = u"/api/v2/audits/query"_s;

QString iso(const QDateTime &d)
{
    return d.toUTC().toString(Qt::ISODateWithMs);
}

QString interval(int daysBack, int daysAheadEnd = 1)
{
    return iso(ExtensionApiFixture::Now.addDays(-daysBack)) + u'/' +
           iso(ExtensionApiFixture::Now.addDays(daysAheadEnd));
}
} // namespace

class TestSandboxAudit
    : public QObject
    , protected ExtensionApiFixture
{
    Q_OBJECT

private:
    QString clientId(const QString &name) const
    {
        for (const QJsonValue &v : server->clients())
            if (v.toObject().value(u"name"_s).toString() == name)
                return v.toObject().value(u"id"_s).toString();
        qFatal("no demo client %s", qPrintable(name));
    }

    QJsonObject clientQuery(const QString &id, const QString &order = u"descending"_s, int days = 14)
    {
        return QJsonObject{
            {u"interval"_s, interval(days)},
            {u"serviceName"_s, u"PeoplePermissions"_s},
            {u"filters"_s, QJsonArray{QJsonObject{{u"property"_s, u"EntityId"_s}, {u"value"_s, id}}}},
            {u"sort"_s, QJsonArray{QJsonObject{{u"name"_s, u"Timestamp"_s}, {u"sortOrder"_s, order}}}}};
    }

    QJsonArray realtime(const QJsonObject &body, bool expand = true)
    {
        const HttpResult r = http->post(kRealtime + (expand ? u"?expand=user"_s : QString()), body);
        if (r.status != 200)
            qWarning("realtime query: %d %s", r.status, r.body.constData());
        return r.json().value(u"entities"_s).toArray();
    }

    QJsonObject ccBody(const QString &name)
    {
        QJsonObject body = validClientBody(u"CLIENT-CREDENTIALS"_s, name);
        body.insert(u"roleDivisions"_s,
                    QJsonArray{QJsonObject{{u"roleId"_s, firstRoleId(*http)}, {u"divisionId"_s, u"*"_s}}});
        return body;
    }

private Q_SLOTS:
    void initTestCase() { loadSchema(); }

    void init() { startSignedIn(); }
    void cleanup() { stop(); }

    void r19_serviceMapping()
    {
        for (const QString &path : {kRealtime + u"/servicemapping"_s, kQuery + u"/servicemapping"_s}) {
            const HttpResult r = http->get(path);
            expectShape(r, path, u"get"_s);
            QString holder;
            for (const QJsonValue &s : r.json().value(u"services"_s).toArray())
                for (const QJsonValue &e : s.toObject().value(u"entities"_s).toArray())
                    if (e.toObject().value(u"name"_s).toString() == u"OAuthClient") {
                        holder = s.toObject().value(u"name"_s).toString();
                        QVERIFY(e.toObject().value(u"actions"_s).toArray().contains(u"Update"_s));
                    }
            QCOMPARE(holder, u"PeoplePermissions"_s);
        }
        // Which service holds OAuth clients is the server's to say.
        server->setAuditServiceForClients(u"OAuth"_s);
        const QJsonArray services =
            http->get(kRealtime + u"/servicemapping"_s).json().value(u"services"_s).toArray();
        bool moved = false;
        for (const QJsonValue &s : services)
            if (s.toObject().value(u"name"_s).toString() == u"OAuth")
                moved = s.toObject()
                            .value(u"entities"_s)
                            .toArray()
                            .at(0)
                            .toObject()
                            .value(u"name"_s)
                            .toString() == u"OAuthClient";
        QVERIFY(moved);
        QJsonObject q = clientQuery(clientId(u"Nightly WFM export"_s));
        QVERIFY(realtime(q).isEmpty()); // PeoplePermissions no longer holds its events
        q.insert(u"serviceName"_s, u"OAuth"_s);
        QVERIFY(!realtime(q).isEmpty());

        http->setToken(server->issueToken({u"oauth:client:view"_s}));
        const HttpResult denied = http->get(kRealtime + u"/servicemapping"_s);
        QCOMPARE(denied.status, 403);
        QCOMPARE(denied.json().value(u"messageParams"_s).toObject().value(u"permissions"_s).toString(),
                 u"audits:audit:view"_s);
    }

    void r20_realtimeQueryValidation()
    {
        const QJsonObject good = clientQuery(clientId(u"Nightly WFM export"_s));
        const auto fieldOf = [this](const QJsonObject &body) {
            const HttpResult r = http->post(kRealtime, body);
            return r.status == 400 ? r.fieldNames().value(0) : u"status %1"_s.arg(r.status);
        };
        QJsonObject b = good;
        b.remove(u"interval"_s);
        QCOMPARE(fieldOf(b), u"interval"_s);
        b = good;
        b.insert(u"interval"_s, u"yesterday"_s);
        QCOMPARE(fieldOf(b), u"interval"_s);
        b.insert(u"interval"_s, iso(Now) + u'/' + iso(Now.addDays(-1)));
        QCOMPARE(fieldOf(b), u"interval"_s);
        b.insert(u"interval"_s, interval(15)); // beyond the 14 days of the realtime query
        QCOMPARE(fieldOf(b), u"interval"_s);
        QVERIFY(http->post(kRealtime, b)
                    .json()
                    .value(u"message"_s)
                    .toString()
                    .contains(u"/api/v2/audits/query"_s));
        b = good;
        b.remove(u"serviceName"_s);
        QCOMPARE(fieldOf(b), u"serviceName"_s);
        b.insert(u"serviceName"_s, u"OAuth"_s);
        QCOMPARE(fieldOf(b), u"serviceName"_s);
        b = good;
        b.insert(u"filters"_s, QJsonArray{QJsonObject{{u"property"_s, u"Name"_s}, {u"value"_s, u"x"_s}}});
        QCOMPARE(fieldOf(b), u"filters[0].property"_s);
        b.insert(u"filters"_s, QJsonArray{QJsonObject{{u"property"_s, u"EntityId"_s}}});
        QCOMPARE(fieldOf(b), u"filters[0].value"_s);
        b.insert(u"filters"_s,
                 QJsonArray{QJsonObject{{u"property"_s, u"EntityType"_s}, {u"value"_s, u"Queue"_s}}});
        QCOMPARE(fieldOf(b), u"filters[0].value"_s); // Queue is in Routing, not PeoplePermissions
        b.insert(u"filters"_s,
                 QJsonArray{QJsonObject{{u"property"_s, u"Action"_s}, {u"value"_s, u"Explode"_s}}});
        QCOMPARE(fieldOf(b), u"filters"_s);
        b = good;
        b.insert(u"sort"_s, QJsonArray{QJsonObject{{u"name"_s, u"Timestamp"_s}, {u"sortOrder"_s, u"up"_s}}});
        QCOMPARE(fieldOf(b), u"sort"_s);
        b = good;
        b.insert(u"pageSize"_s, 501);
        QCOMPARE(fieldOf(b), u"pageSize"_s);
        b.insert(u"pageSize"_s, 10);
        b.insert(u"pageNumber"_s, 0);
        QCOMPARE(fieldOf(b), u"pageNumber"_s);
        QCOMPARE(http->request("POST", kRealtime, QJsonDocument(good).toJson(), "text/plain").status, 415);

        http->setToken(server->issueToken({u"oauth:client:*"_s}));
        QCOMPARE(http->post(kRealtime, good).status, 403);
    }

    void r21_realtimeResults()
    {
        const QString wfm = clientId(u"Nightly WFM export"_s);
        const HttpResult r = http->post(kRealtime + u"?expand=user"_s, clientQuery(wfm));
        expectShape(r, kRealtime, u"post"_s);
        const QJsonArray events = r.json().value(u"entities"_s).toArray();
        // The demo's secret reset of this client, 12 days ago, by Helga Brandt.
        QCOMPARE(events.size(), 1);
        const QJsonObject reset = events[0].toObject();
        QCOMPARE(reset.value(u"user"_s).toObject().value(u"name"_s).toString(), u"Helga Brandt"_s);
        QCOMPARE(reset.value(u"entity"_s).toObject().value(u"id"_s).toString(), wfm);
        QCOMPARE(reset.value(u"entityType"_s).toString(), u"OAuthClient"_s);
        QCOMPARE(reset.value(u"propertyChanges"_s).toArray()[0].toObject().value(u"property"_s).toString(),
                 u"secret"_s);
        const QDateTime when =
            QDateTime::fromString(reset.value(u"eventDate"_s).toString(), Qt::ISODateWithMs);
        QCOMPARE(when.daysTo(Now), 12);
        // Without expand=user the user has only an id.
        const QJsonObject bare = realtime(clientQuery(wfm), false).at(0).toObject();
        QVERIFY(!bare.value(u"user"_s).toObject().contains(u"name"_s));
        QCOMPARE(bare.value(u"user"_s).toObject().value(u"id"_s),
                 reset.value(u"user"_s).toObject().value(u"id"_s));

        // Every client event of the last 14 days, paged: newest first by default, oldest first on request.
        QJsonObject all{{u"interval"_s, interval(14)},
                        {u"serviceName"_s, u"PeoplePermissions"_s},
                        {u"filters"_s, QJsonArray{QJsonObject{{u"property"_s, u"EntityType"_s},
                                                              {u"value"_s, u"OAuthClient"_s}}}},
                        {u"pageSize"_s, 3}};
        const QJsonObject first = http->post(kRealtime, all).json();
        QVERIFY(first.value(u"total"_s).toInt() > 3);
        QCOMPARE(first.value(u"pageCount"_s).toInt(), (first.value(u"total"_s).toInt() + 2) / 3);
        QCOMPARE(first.value(u"entities"_s).toArray().size(), 3);
        QStringList seen;
        QString previous = u"9999"_s;
        for (int page = 1; page <= first.value(u"pageCount"_s).toInt(); ++page) {
            all.insert(u"pageNumber"_s, page);
            for (const QJsonValue &v : http->post(kRealtime, all).json().value(u"entities"_s).toArray()) {
                const QString date = v.toObject().value(u"eventDate"_s).toString();
                QVERIFY2(date <= previous, qPrintable(date + u" after "_s + previous));
                previous = date;
                QCOMPARE(v.toObject().value(u"entityType"_s).toString(), u"OAuthClient"_s);
                seen.append(v.toObject().value(u"id"_s).toString());
            }
        }
        QCOMPARE(seen.size(), first.value(u"total"_s).toInt());
        QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), seen.size());
        all.insert(u"pageNumber"_s, 1);
        all.insert(u"sort"_s,
                   QJsonArray{QJsonObject{{u"name"_s, u"Timestamp"_s}, {u"sortOrder"_s, u"ascending"_s}}});
        const QJsonArray ascending = http->post(kRealtime, all).json().value(u"entities"_s).toArray();
        QVERIFY(ascending[0].toObject().value(u"eventDate"_s).toString() <=
                ascending[1].toObject().value(u"eventDate"_s).toString());
        // Only the asked service: Directory events are not in PeoplePermissions.
        all.insert(u"serviceName"_s, u"Directory"_s);
        all.remove(u"filters"_s);
        for (const QJsonValue &v : http->post(kRealtime, all).json().value(u"entities"_s).toArray())
            QCOMPARE(v.toObject().value(u"serviceName"_s).toString(), u"Directory"_s);
    }

    void r22_everyChangeIsAudited()
    {
        // A client-credentials token: the client acts on its own.
        const QJsonObject created = http->post(kClients, ccBody(u"Audited client"_s)).json();
        const QString id = created.value(u"id"_s).toString();
        QJsonObject body = ccBody(u"Audited client"_s);
        body.insert(u"description"_s, u"changed by the test"_s);
        QCOMPARE(http->put(kClients + u'/' + id, body).status, 200);
        QCOMPARE(http->request("POST", kClients + u'/' + id + u"/secret"_s).status, 200);
        body.insert(u"state"_s, u"inactive"_s);
        QCOMPARE(http->put(kClients + u'/' + id, body).status, 200);
        QCOMPARE(http->del(kClients + u'/' + id).status, 204);

        const QJsonArray events = realtime(clientQuery(id, u"ascending"_s));
        QStringList actions;
        for (const QJsonValue &v : events)
            actions.append(v.toObject().value(u"action"_s).toString());
        QCOMPARE(actions, (QStringList{u"Create"_s, u"Update"_s, u"Update"_s, u"Deactivate"_s, u"Delete"_s}));
        for (const QJsonValue &v : events) {
            const QJsonObject e = v.toObject();
            QVERIFY(!e.contains(u"user"_s));
            QCOMPARE(e.value(u"client"_s).toObject().value(u"id"_s).toString(), server->adminClientId());
            QCOMPARE(e.value(u"entity"_s).toObject().value(u"name"_s).toString(), u"Audited client"_s);
            QVERIFY(!QJsonDocument(e).toJson().contains(created.value(u"secret"_s).toString().toLatin1()));
        }
        const QJsonObject edit = events[1].toObject().value(u"propertyChanges"_s).toArray()[0].toObject();
        QCOMPARE(edit.value(u"property"_s).toString(), u"description"_s);
        QCOMPARE(edit.value(u"oldValues"_s).toArray()[0].toString(),
                 validClientBody(u"CLIENT-CREDENTIALS"_s).value(u"description"_s).toString());
        QCOMPARE(edit.value(u"newValues"_s).toArray()[0].toString(), u"changed by the test"_s);
        QCOMPARE(events[2]
                     .toObject()
                     .value(u"propertyChanges"_s)
                     .toArray()[0]
                     .toObject()
                     .value(u"property"_s)
                     .toString(),
                 u"secret"_s);
        const QJsonObject state = events[3].toObject().value(u"propertyChanges"_s).toArray()[0].toObject();
        QCOMPARE(state.value(u"property"_s).toString(), u"state"_s);
        QCOMPARE(state.value(u"newValues"_s).toArray()[0].toString(), u"inactive"_s);

        // A user token: the demo admin is named.
        const HttpResult token = http->pkceSignIn();
        http->setToken(token.json().value(u"access_token"_s).toString());
        const QString id2 = http->post(kClients, ccBody(u"Made by Dana"_s)).json().value(u"id"_s).toString();
        http->setToken(server->issueToken());
        const QJsonObject byDana = realtime(clientQuery(id2)).at(0).toObject();
        QCOMPARE(byDana.value(u"user"_s).toObject().value(u"name"_s).toString(), u"Dana Whitfield"_s);
        QCOMPARE(byDana.value(u"user"_s).toObject().value(u"id"_s).toString(), server->demoUserId());
    }

    void r22_demoHistoryReachesBackMonths()
    {
        const QJsonArray events = server->auditEvents();
        QVERIFY(events.size() > 150);
        QSet<QString> people;
        int older = 0;
        int resets = 0;
        for (const QJsonValue &v : events) {
            const QJsonObject e = v.toObject();
            people.insert(e.value(u"user"_s).toObject().value(u"name"_s).toString());
            if (QDateTime::fromString(e.value(u"eventDate"_s).toString(), Qt::ISODateWithMs).daysTo(Now) > 90)
                ++older;
            if (e.value(u"propertyChanges"_s).toArray().at(0).toObject().value(u"property"_s).toString() ==
                u"secret")
                ++resets;
        }
        QVERIFY2(people.size() >= 7, qPrintable(QStringList(people.begin(), people.end()).join(u", "_s)));
        QVERIFY(people.contains(u"Rolf Jansen"_s)); // who has left: not in the users lookup
        QVERIFY(older > 50);
        QVERIFY(resets >= 5);
        // The same "now" gives the same history.
        SandboxServer again(SandboxOptions{.now = Now});
        QCOMPARE(again.auditEvents(), events);
    }

    void r23_asyncQuery()
    {
        const QString id = clientId(u"Zendesk ticket sync"_s);
        QJsonObject body = clientQuery(id, u"descending"_s, 600);
        HttpResult started = http->post(kQuery, body);
        expectShape(started, kQuery, u"post"_s);
        QCOMPARE(started.json().value(u"state"_s).toString(), u"Queued"_s);
        const QString tx = started.json().value(u"id"_s).toString();
        QCOMPARE(http->get(kQuery + u'/' + tx + u"/results"_s).status, 400); // not done yet
        HttpResult status = http->get(kQuery + u'/' + tx);
        expectShape(status, kQuery + u"/{transactionId}"_s, u"get"_s);
        QCOMPARE(status.json().value(u"state"_s).toString(), u"Running"_s);
        QCOMPARE(http->get(kQuery + u'/' + tx).json().value(u"state"_s).toString(), u"Succeeded"_s);

        // Cursor pages of 2 until no cursor comes back: every event, newest first.
        QStringList dates;
        QStringList nameless; // expand=user names only the people the users lookup knows
        QString cursor;
        int pages = 0;
        do {
            const QString target = kQuery + u'/' + tx + u"/results?pageSize=2&expand=user"_s +
                                   (cursor.isEmpty() ? QString() : u"&cursor="_s + cursor);
            const HttpResult page = http->get(target);
            expectShape(page, kQuery + u"/{transactionId}/results"_s, u"get"_s);
            for (const QJsonValue &v : page.json().value(u"entities"_s).toArray()) {
                dates.append(v.toObject().value(u"eventDate"_s).toString());
                const QJsonObject user = v.toObject().value(u"user"_s).toObject();
                if (!user.isEmpty() && !user.contains(u"name"_s))
                    nameless.append(user.value(u"id"_s).toString());
            }
            cursor = page.json().value(u"cursor"_s).toString();
            ++pages;
        } while (!cursor.isEmpty() && pages < 50);
        QVERIFY2(dates.size() >= 3, qPrintable(dates.join(u", "_s)));
        QCOMPARE(pages, int((dates.size() + 1) / 2));
        QStringList sorted = dates;
        std::sort(sorted.begin(), sorted.end(), std::greater<>());
        QCOMPARE(dates, sorted);
        QVERIFY(QDateTime::fromString(dates.last(), Qt::ISODateWithMs).daysTo(Now) >
                14); // older than realtime reaches

        QVERIFY(!nameless.isEmpty()); // Rolf Jansen, who has left
        for (const QString &person : std::as_const(nameless))
            QCOMPARE(http->get(u"/api/v2/users/"_s + person).status, 404);
        QCOMPARE(http->get(kQuery + u'/' + tx + u"/results?cursor=bm9wZQ"_s).status, 400);
        QCOMPARE(http->get(kQuery + u'/' + tx + u"/results?pageSize=501"_s).status, 400);
        QCOMPARE(http->get(kQuery + u"/00000000-0000-4000-8000-000000000000"_s).status, 404);

        server->setAuditQueryRunningPolls(0);
        server->failNextAuditQuery();
        const QString failed = http->post(kQuery, body).json().value(u"id"_s).toString();
        QCOMPARE(http->get(kQuery + u'/' + failed).json().value(u"state"_s).toString(), u"Failed"_s);
        QCOMPARE(http->get(kQuery + u'/' + failed + u"/results"_s).status, 400);

        body.remove(u"serviceName"_s);
        QCOMPARE(http->post(kQuery, body).status, 400);
        http->setToken(server->issueToken({u"oauth:client:view"_s}));
        QCOMPARE(http->post(kQuery, clientQuery(id)).status, 403);
        QCOMPARE(http->get(kQuery + u'/' + tx).status, 403);
    }
};

QTEST_GUILESS_MAIN(TestSandboxAudit)
#include "tst_sandbox_audit.moc"

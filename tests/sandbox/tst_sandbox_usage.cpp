// SPDX-License-Identifier: GPL-3.0-or-later
// Usage queries: Running for N polls then Complete or Failed, buckets, metrics, grouping, gaps,
// clients without traffic, the summary endpoint and the org-wide query.
#include "app/sandbox/sandboxserver.h"
#include "tests/sandbox/sandboxtestclient.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {
const QDateTime kNow(QDate(2025, 3, 12), QTime(10, 30), QTimeZone::utc());
const QDateTime kToday(QDate(2025, 3, 12), QTime(0, 0), QTimeZone::utc());
const QString kClients = u"/api/v2/oauth/clients"_s;

QString interval(const QDateTime &from, const QDateTime &to)
{
    return from.toUTC().toString(Qt::ISODateWithMs) + u'/' + to.toUTC().toString(Qt::ISODateWithMs);
}

qint64 sum(const QJsonArray &rows, const QString &metric = u"requests"_s)
{
    qint64 total = 0;
    for (const QJsonValue &r : rows)
        total += r.toObject().value(metric).toInteger();
    return total;
}
} // namespace

class TestSandboxUsage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> server;
    std::unique_ptr<SandboxTestClient> http;

    QString idOf(const QString &name) const
    {
        for (const QJsonValue &v : server->clients())
            if (v.toObject().value(u"name"_s).toString() == name)
                return v.toObject().value(u"id"_s).toString();
        qFatal("no client %s", qPrintable(name));
    }
    // Starts a query and polls it to the end; returns the final answer, counting Running polls.
    QJsonObject run(const QString &path, const QJsonObject &body, int *runningPolls = nullptr)
    {
        const HttpResult started = http->post(path, body);
        if (started.status != 200)
            qWarning("query failed: %s", started.body.constData());
        return poll(started.json().value(u"resultsUri"_s).toString(), runningPolls);
    }
    QJsonObject poll(const QString &resultsUri, int *runningPolls = nullptr)
    {
        int running = 0;
        for (int i = 0; i < 20; ++i) {
            const QJsonObject r = http->get(resultsUri).json();
            if (r.value(u"queryStatus"_s).toString() != u"Running") {
                if (runningPolls)
                    *runningPolls = running;
                return r;
            }
            ++running;
        }
        return {};
    }
    QJsonArray clientRows(const QString &name, const QJsonObject &body)
    {
        const QJsonObject r = run(kClients + u'/' + idOf(name) + u"/usage/query"_s, body);
        if (r.value(u"queryStatus"_s).toString() != u"Complete")
            qWarning("query did not complete");
        return r.value(u"results"_s).toArray();
    }

private Q_SLOTS:
    void init()
    {
        server = std::make_unique<SandboxServer>(SandboxOptions{.now = kNow});
        QVERIFY(server->start());
        http = std::make_unique<SandboxTestClient>(*server);
        http->setToken(server->issueToken());
    }
    void cleanup()
    {
        http.reset();
        server.reset();
    }

    void runningForNPollsThenComplete()
    {
        const QJsonObject body{{u"interval"_s, interval(kToday.addDays(-7), kToday)}};
        const QString path = kClients + u'/' + server->adminClientId() + u"/usage/query"_s;
        int running = -1;
        QCOMPARE(run(path, body, &running).value(u"queryStatus"_s).toString(), u"Complete"_s);
        QCOMPARE(running, 1); // the default
        server->setUsageRunningPolls(3);
        QCOMPARE(run(path, body, &running).value(u"queryStatus"_s).toString(), u"Complete"_s);
        QCOMPARE(running, 3);
        server->setUsageRunningPolls(0);
        QCOMPARE(run(path, body, &running).value(u"queryStatus"_s).toString(), u"Complete"_s);
        QCOMPARE(running, 0);
        // A Running answer carries no rows.
        server->setUsageRunningPolls(1);
        const QString uri = http->post(path, body).json().value(u"resultsUri"_s).toString();
        QVERIFY(uri.startsWith(u"/api/v2/oauth/clients/"_s));
        QVERIFY(!http->get(uri).json().contains(u"results"_s));
        QVERIFY(!http->get(uri).json().value(u"results"_s).toArray().isEmpty());
    }

    void failNextQuery()
    {
        const QJsonObject body{{u"interval"_s, interval(kToday.addDays(-7), kToday)}};
        server->failNextUsageQuery();
        int running = -1;
        QCOMPARE(run(u"/api/v2/usage/query"_s, body, &running).value(u"queryStatus"_s).toString(),
                 u"Failed"_s);
        QCOMPARE(running, 1);
        QCOMPARE(run(u"/api/v2/usage/query"_s, body).value(u"queryStatus"_s).toString(),
                 u"Complete"_s); // only the next
    }

    void dailyRowsAreConsistentWithGaps()
    {
        const QJsonArray rows = clientRows(
            u"Data actions - CRM lookup"_s,
            {{u"interval"_s, interval(kToday.addDays(-90), kToday)}, {u"granularity"_s, u"Day"_s}});
        QVERIFY(rows.size() > 40);
        QVERIFY2(rows.size() < 90, "some days must have no traffic (gaps)");
        QSet<QString> dates;
        for (const QJsonValue &v : rows) {
            const QJsonObject r = v.toObject();
            const QDateTime d = QDateTime::fromString(r.value(u"date"_s).toString(), Qt::ISODateWithMs);
            QCOMPARE(d.time(), QTime(0, 0));
            QVERIFY(d >= kToday.addDays(-90) && d < kToday);
            QVERIFY(!dates.contains(r.value(u"date"_s).toString()));
            dates.insert(r.value(u"date"_s).toString());
            const qint64 s200 = r.value(u"status200"_s).toInteger(),
                         s300 = r.value(u"status300"_s).toInteger();
            const qint64 s400 = r.value(u"status400"_s).toInteger(),
                         s500 = r.value(u"status500"_s).toInteger();
            QCOMPARE(r.value(u"requests"_s).toInteger(), s200 + s300 + s400 + s500);
            QVERIFY(r.value(u"status429"_s).toInteger() <= s400);
            QVERIFY(s200 > 0);
            QVERIFY(!r.contains(u"clientId"_s) && !r.contains(u"templateUri"_s)); // not grouped
        }
        QVERIFY(sum(rows, u"status429"_s) > 0);
        QVERIFY(sum(rows, u"status500"_s) > 0);
    }

    void bucketsAddUp()
    {
        const QString iv = interval(kToday.addDays(-75), kToday.addDays(-5));
        const auto rows = [&](const QString &granularity) {
            QJsonObject body{{u"interval"_s, iv}};
            if (!granularity.isEmpty())
                body.insert(u"granularity"_s, granularity);
            return clientRows(u"Teams presence sync"_s, body);
        };
        const QJsonArray day = rows(u"Day"_s), week = rows(u"Week"_s), month = rows(u"Month"_s),
                         all = rows({});
        QVERIFY(sum(day) > 0);
        QCOMPARE(sum(week), sum(day));
        QCOMPARE(sum(month), sum(day));
        QCOMPARE(sum(all), sum(day));
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().toObject().value(u"date"_s).toString(),
                 kToday.addDays(-75).toString(Qt::ISODateWithMs));
        for (const QJsonValue &v : week) {
            const QDateTime d =
                QDateTime::fromString(v.toObject().value(u"date"_s).toString(), Qt::ISODateWithMs);
            QCOMPARE(d.date().dayOfWeek(), 1); // weeks start on Monday
            QCOMPARE(d.time(), QTime(0, 0));
        }
        QVERIFY(week.size() >= 10 && week.size() <= 11);
        QCOMPARE(month.size(), 4); // 27 Dec .. 7 Mar: December, January, February, March
        for (const QJsonValue &v : month)
            QCOMPARE(QDateTime::fromString(v.toObject().value(u"date"_s).toString(), Qt::ISODateWithMs)
                         .date()
                         .day(),
                     1);
    }

    void metricsAndGroupBy()
    {
        const QString iv = interval(kToday.addDays(-14), kToday);
        QJsonArray rows = clientRows(u"Okta SCIM provisioning"_s,
                                     {{u"interval"_s, iv}, {u"metrics"_s, QJsonArray{u"Requests"_s}}});
        QVERIFY(!rows.isEmpty());
        for (const QJsonValue &v : rows)
            QCOMPARE(v.toObject().keys(), (QStringList{u"date"_s, u"requests"_s}));

        rows =
            clientRows(u"Okta SCIM provisioning"_s,
                       {{u"interval"_s, iv}, {u"groupBy"_s, QJsonArray{u"TemplateUri"_s, u"HttpMethod"_s}}});
        QSet<QString> endpoints, methods;
        for (const QJsonValue &v : rows) {
            const QJsonObject r = v.toObject();
            QVERIFY(r.value(u"templateUri"_s).toString().startsWith(u"api/v2/"_s));
            const QString key =
                r.value(u"templateUri"_s).toString() + u' ' + r.value(u"httpMethod"_s).toString();
            QVERIFY(!endpoints.contains(key)); // aggregated: one row per group
            endpoints.insert(key);
            methods.insert(r.value(u"httpMethod"_s).toString());
        }
        QVERIFY(endpoints.size() >= 3);
        QVERIFY(methods.contains(u"PUT"_s) || methods.contains(u"POST"_s));
        QVERIFY(QSet<QString>({u"GET"_s, u"POST"_s, u"PUT"_s, u"DELETE"_s}).contains(methods));
        const qint64 total = sum(rows);
        QCOMPARE(sum(clientRows(u"Okta SCIM provisioning"_s, {{u"interval"_s, iv}})), total);

        rows = clientRows(u"Okta SCIM provisioning"_s,
                          {{u"interval"_s, iv}, {u"groupBy"_s, QJsonArray{u"HttpMethod"_s}}});
        QCOMPARE(sum(rows), total);
        QCOMPARE(rows.size(), methods.size());

        rows = clientRows(
            u"Okta SCIM provisioning"_s,
            {{u"interval"_s, iv}, {u"groupBy"_s, QJsonArray{u"OAuthClientId"_s, u"OrganizationId"_s}}});
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().toObject().value(u"clientName"_s).toString(), u"Okta SCIM provisioning"_s);
        QCOMPARE(rows.first().toObject().value(u"organizationId"_s).toString(), server->organizationId());
    }

    void clientsWithoutTraffic()
    {
        const QJsonObject body{{u"interval"_s, interval(kToday.addDays(-90), kToday)},
                               {u"granularity"_s, u"Day"_s}};
        QVERIFY(clientRows(u"Translation service webhook"_s, body).isEmpty());
        QVERIFY(clientRows(u"Emergency broadcast"_s, body).isEmpty());
        const QString created =
            http->post(kClients, validClientBody(u"CODE"_s)).json().value(u"id"_s).toString();
        QVERIFY(
            run(kClients + u'/' + created + u"/usage/query"_s, body).value(u"results"_s).toArray().isEmpty());
        // Older than 90 days: nothing.
        QVERIFY(clientRows(u"Data actions - CRM lookup"_s,
                           {{u"interval"_s, interval(kToday.addDays(-200), kToday.addDays(-91))}})
                    .isEmpty());
        // A client created two days ago has traffic only since then.
        const QJsonArray recent = clientRows(u"Slack notifier"_s, body);
        QVERIFY(!recent.isEmpty());
        for (const QJsonValue &v : recent)
            QVERIFY(QDateTime::fromString(v.toObject().value(u"date"_s).toString(), Qt::ISODateWithMs) >=
                    kToday.addDays(-3));
    }

    void summaryIsLastDaysByEndpoint()
    {
        const QString id = idOf(u"Power BI reporting"_s);
        const HttpResult summary =
            http->get(kClients + u'/' + id + u"/usage/summary"_s); // days defaults to "7"
        QCOMPARE(summary.status, 200);
        const QJsonArray rows =
            poll(summary.json().value(u"resultsUri"_s).toString()).value(u"results"_s).toArray();
        QVERIFY(!rows.isEmpty());
        for (const QJsonValue &v : rows)
            QVERIFY(v.toObject().contains(u"templateUri"_s) && v.toObject().contains(u"httpMethod"_s));
        QCOMPARE(sum(rows), sum(clientRows(u"Power BI reporting"_s,
                                           {{u"interval"_s, interval(kToday.addDays(-7), kToday)}})));
        const HttpResult thirty = http->get(kClients + u'/' + id + u"/usage/summary?days=30"_s);
        QVERIFY(sum(poll(thirty.json().value(u"resultsUri"_s).toString()).value(u"results"_s).toArray()) >
                sum(rows));
    }

    void orgWideQuery()
    {
        const QString iv = interval(kToday.addDays(-10), kToday);
        QJsonObject r = run(u"/api/v2/usage/query"_s,
                            {{u"interval"_s, iv}, {u"groupBy"_s, QJsonArray{u"OAuthClientId"_s}}});
        const QJsonArray rows = r.value(u"results"_s).toArray();
        QSet<QString> clients;
        qint64 crm = 0;
        for (const QJsonValue &v : rows) {
            clients.insert(v.toObject().value(u"clientId"_s).toString());
            if (v.toObject().value(u"clientName"_s).toString() == u"Data actions - CRM lookup")
                crm = v.toObject().value(u"requests"_s).toInteger();
        }
        QVERIFY(clients.size() > 30);
        QCOMPARE(crm, sum(clientRows(u"Data actions - CRM lookup"_s, {{u"interval"_s, iv}})));
        QCOMPARE(sum(run(u"/api/v2/usage/query"_s, {{u"interval"_s, iv}}).value(u"results"_s).toArray()),
                 sum(rows));

        // By user: only user-based grants have a userId.
        r = run(u"/api/v2/usage/query"_s,
                {{u"interval"_s, iv}, {u"groupBy"_s, QJsonArray{u"OAuthClientId"_s, u"UserId"_s}}});
        int withUser = 0, withoutUser = 0;
        for (const QJsonValue &v : r.value(u"results"_s).toArray()) {
            const bool hasUser = v.toObject().contains(u"userId"_s);
            (hasUser ? withUser : withoutUser)++;
            if (v.toObject().value(u"clientId"_s).toString() == server->adminClientId())
                QVERIFY(!hasUser); // a client-credentials client acts as no user
        }
        QVERIFY(withUser > 0 && withoutUser > 0);
    }

    void deterministic()
    {
        const QJsonObject body{{u"interval"_s, interval(kToday.addDays(-30), kToday)},
                               {u"granularity"_s, u"Day"_s},
                               {u"groupBy"_s, QJsonArray{u"TemplateUri"_s, u"HttpMethod"_s}}};
        const QJsonArray first = clientRows(u"Zendesk ticket sync"_s, body);
        SandboxServer other(SandboxOptions{.now = kNow});
        QVERIFY(other.start());
        SandboxTestClient c(other);
        c.setToken(other.issueToken());
        const QString uri = c.post(kClients + u'/' + idOf(u"Zendesk ticket sync"_s) + u"/usage/query"_s, body)
                                .json()
                                .value(u"resultsUri"_s)
                                .toString();
        c.get(uri); // Running
        QCOMPARE(c.get(uri).json().value(u"results"_s).toArray(), first);
    }
};

QTEST_GUILESS_MAIN(TestSandboxUsage)
#include "tst_sandbox_usage.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// A client's change history against the sandbox: the service looked up in the mapping, the
// realtime query and the asynchronous one for older events, names from the users lookup, secret
// resets, and a 403 that names the permission.
#include "app/history/clienthistoryloader.h"
#include "app/history/historycache.h"
#include "app/services/auditservice.h"
#include "app/services/clientsservice.h"
#include "app/services/directoryservice.h"
#include "app/services/usersservice.h"
#include "tests/support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using testsupport::await;

class TestClientHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void createEditRegenerateInOrder();
    void demoSecretResetByName();
    void olderEventsThroughTheAsynchronousQuery();
    void manyEventsArePaged();
    void serviceComesFromTheMapping();
    void missingPermissionIsNamed();

private:
    Result<ClientHistory> load(const QString &clientId, int days);
    [[nodiscard]] QString clientId(const QString &name) const;
    QJsonObject ccBody(const QString &name);

    std::unique_ptr<testsupport::SandboxSession> s;
    std::unique_ptr<AuditService> audits;
    std::unique_ptr<UsersService> users;
    std::unique_ptr<HistoryCache> cache;
};

void TestClientHistory::init()
{
    s = std::make_unique<testsupport::SandboxSession>();
    QVERIFY2(s->start(), qPrintable(s->error));
    audits = std::make_unique<AuditService>(s->session.api());
    audits->setPollPolicy({1000ms, 1.5, 5000ms, 300000ms}); // scaled by the fast retry policy
    users = std::make_unique<UsersService>(s->session.api());
    cache = std::make_unique<HistoryCache>(&s->session, audits.get(), users.get());
    s->sandbox.clearRequests();
}

void TestClientHistory::cleanup()
{
    cache.reset();
    users.reset();
    audits.reset();
    s.reset();
}

Result<ClientHistory> TestClientHistory::load(const QString &id, int days)
{
    return await<ClientHistory>([&](QObject *c, auto h) {
        clienthistory::load(cache.get(), id, days, s->session.api()->serverNow(), c, h);
    });
}

QString TestClientHistory::clientId(const QString &name) const
{
    for (const QJsonValue &v : s->sandbox.clients())
        if (v.toObject().value(u"name"_s).toString() == name)
            return v.toObject().value(u"id"_s).toString();
    return {};
}

QJsonObject TestClientHistory::ccBody(const QString &name)
{
    const auto roles = await<QList<Role>>([&](QObject *c, auto h) { s->session.directory()->roles(c, h); });
    return QJsonObject{{u"name"_s, name},
                       {u"authorizedGrantType"_s, u"CLIENT-CREDENTIALS"_s},
                       {u"description"_s, u"first words"_s},
                       {u"roleDivisions"_s, QJsonArray{QJsonObject{{u"roleId"_s, roles->first().id},
                                                                   {u"divisionId"_s, u"*"_s}}}}};
}

void TestClientHistory::createEditRegenerateInOrder()
{
    ClientsService *clients = s->session.clients();
    const auto created = await<ClientWithSecret>(
        [&](QObject *c, auto h) { clients->create(ccBody(u"History subject"_s), c, h); });
    QVERIFY2(created.ok(), qPrintable(created.error().summary()));
    const auto divisions =
        await<QList<Division>>([&](QObject *c, auto h) { s->session.directory()->divisions(c, h); });
    const Division sales = divisions->at(1);
    QJsonArray rd = created->client.json.object().value(u"roleDivisions"_s).toArray();
    QJsonObject first = rd[0].toObject();
    first.insert(u"divisionId"_s, sales.id);
    const auto edited = await<OAuthClient>([&](QObject *c, auto h) {
        clients->update(
            created->client,
            QJsonObject{{u"description"_s, u"second words"_s}, {u"roleDivisions"_s, QJsonArray{first}}}, c,
            h);
    });
    QVERIFY(edited.ok());
    const auto regenerated = await<ClientWithSecret>(
        [&](QObject *c, auto h) { clients->regenerateSecret(created->client.id, c, h); });
    QVERIFY(regenerated.ok());

    const Result<ClientHistory> h = load(created->client.id, 14);
    QVERIFY2(h.ok(), qPrintable(h.error().summary()));
    QCOMPARE(h->entries.size(), 3);
    QCOMPARE(h->entries[0].event.action, u"Update"_s);
    QVERIFY(h->entries[0].secretReset);
    QCOMPARE(h->entries[1].event.action, u"Update"_s);
    QVERIFY(!h->entries[1].secretReset);
    QCOMPARE(h->entries[2].event.action, u"Create"_s);
    // Who: the admin client, named through the clients API.
    for (const HistoryEntry &e : h->entries) {
        QVERIFY(e.byClient);
        QCOMPARE(e.who, u"client OAuth Desk (sandbox admin)"_s);
    }
    // What: description old -> new, and the role's division by name.
    QHash<QString, HistoryChange> changes;
    for (const HistoryChange &c : h->entries[1].changes)
        changes.insert(c.property, c);
    QCOMPARE(changes.value(u"description"_s).oldText, u"first words"_s);
    QCOMPARE(changes.value(u"description"_s).newText, u"second words"_s);
    const QString role =
        s->sandbox.clients().isEmpty() ? QString() : changes.value(u"roleDivisions"_s).oldText;
    QVERIFY2(role.endsWith(u" in all divisions"_s), qPrintable(role));
    QVERIFY2(changes.value(u"roleDivisions"_s).newText.endsWith(u" in "_s + sales.name),
             qPrintable(changes.value(u"roleDivisions"_s).newText));
    QVERIFY(!role.contains(u"roleId"_s));
    QCOMPARE(secretResetSummary(h.value(), s->sandbox.now()),
             u"Secret last reset today by client OAuth Desk (sandbox admin)."_s);
    // The service came from the mapping; the query was for this client, with names.
    bool asked = false;
    for (const SandboxRequest &r : s->sandbox.requests()) {
        if (r.path != u"/api/v2/audits/query/realtime"_s)
            continue;
        asked = true;
        QCOMPARE(r.query, QByteArray("expand=user"));
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(body.value(u"serviceName"_s).toString(), u"PeoplePermissions"_s);
        QCOMPARE(body.value(u"filters"_s).toArray()[0].toObject().value(u"value"_s).toString(),
                 created->client.id);
    }
    QVERIFY(asked);
    QCOMPARE(s->sandbox.requestCount(u"/api/v2/audits/query/realtime/servicemapping"_s), 1);
}

void TestClientHistory::demoSecretResetByName()
{
    const Result<ClientHistory> h = load(clientId(u"Nightly WFM export"_s), 14);
    QVERIFY2(h.ok(), qPrintable(h.error().summary()));
    QCOMPARE(secretResetSummary(h.value(), s->sandbox.now()),
             u"Secret last reset 12 days ago by Helga Brandt."_s);
    const Result<ClientHistory> quiet = load(clientId(u"Emergency broadcast"_s), 14);
    QCOMPARE(secretResetSummary(quiet.value(), s->sandbox.now()),
             u"Secret last reset: unknown (no audit event in the last 14 days)."_s);
    // The mapping is asked once per cache.
    QCOMPARE(s->sandbox.requestCount(u"/api/v2/audits/query/realtime/servicemapping"_s), 1);
}

void TestClientHistory::olderEventsThroughTheAsynchronousQuery()
{
    const QString id = clientId(u"Zendesk ticket sync"_s);
    const Result<ClientHistory> recent = load(id, 14);
    QVERIFY(recent.ok());
    QVERIFY(recent->entries.isEmpty());
    const Result<ClientHistory> h = load(id, 600);
    QVERIFY2(h.ok(), qPrintable(h.error().summary()));
    QVERIFY(h->entries.size() >= 3);
    QCOMPARE(s->sandbox.requestCount(u"/api/v2/audits/query"_s, "POST"), 3); // two realtime, one asynchronous
    for (qsizetype i = 1; i < h->entries.size(); ++i)
        QVERIFY(h->entries[i - 1].event.eventDate >= h->entries[i].event.eventDate);
    QCOMPARE(h->entries.last().event.action, u"Create"_s);
    QCOMPARE(h->entries.last().who, u"Priya Raman"_s); // named through the users lookup
    QCOMPARE(secretResetSummary(h.value(), s->sandbox.now()),
             u"Secret last reset 40 days ago by Priya Raman."_s);
    // People were looked up in one batch; asking again costs no lookup.
    QCOMPARE(s->sandbox.requestCount(u"/api/v2/users"_s, "GET"), 1);
    QVERIFY(load(id, 600).ok());
    QCOMPARE(s->sandbox.requestCount(u"/api/v2/users"_s, "GET"), 1);
}

void TestClientHistory::manyEventsArePaged()
{
    ClientsService *clients = s->session.clients();
    auto created =
        await<ClientWithSecret>([&](QObject *c, auto h) { clients->create(ccBody(u"Busy client"_s), c, h); });
    QVERIFY(created.ok());
    OAuthClient current = created->client;
    for (int i = 0; i < 105; ++i) {
        const auto r = await<OAuthClient>([&](QObject *c, auto h) {
            clients->update(current, QJsonObject{{u"description"_s, u"edit %1"_s.arg(i)}}, c, h);
        });
        QVERIFY(r.ok());
        current = r.value();
    }
    s->sandbox.clearRequests();
    const Result<ClientHistory> h = load(current.id, 14);
    QVERIFY2(h.ok(), qPrintable(h.error().summary()));
    QCOMPARE(h->entries.size(), 106);
    QCOMPARE(s->sandbox.requestCount(u"/api/v2/audits/query/realtime"_s, "POST"), 2); // 100 + 6
    QCOMPARE(h->entries.first().changes.first().newText, u"edit 104"_s);
    QCOMPARE(h->entries[1].changes.first().newText, u"edit 103"_s);
    QCOMPARE(h->entries.last().event.action, u"Create"_s);
}

void TestClientHistory::serviceComesFromTheMapping()
{
    s->sandbox.setAuditServiceForClients(u"OAuthAdministration"_s);
    const Result<ClientHistory> h = load(clientId(u"Power BI reporting"_s), 14);
    QVERIFY2(h.ok(), qPrintable(h.error().summary()));
    QVERIFY(h->lastSecretReset());
    QCOMPARE(h->lastSecretReset()->who, u"Kenji Watanabe"_s);
}

void TestClientHistory::missingPermissionIsNamed()
{
    s->session.api()->setAccessToken(s->sandbox.issueToken({u"oauth:client:*"_s}).toLatin1());
    const Result<ClientHistory> h = load(clientId(u"Nightly WFM export"_s), 14);
    QVERIFY(!h.ok());
    QCOMPARE(h.error().httpStatus, 403);
    QVERIFY2(h.error().userMessage().contains(u"audits:audit:view"_s), qPrintable(h.error().userMessage()));
    QCOMPARE(h.error().missingPermissions(), QStringList{u"audits:audit:view"_s});
    // The rest works on.
    const auto client = await<OAuthClient>(
        [&](QObject *c, auto cb) { s->session.clients()->get(clientId(u"Nightly WFM export"_s), c, cb); });
    QVERIFY(client.ok());
}

QTEST_GUILESS_MAIN(TestClientHistory)
#include "tst_client_history.moc"

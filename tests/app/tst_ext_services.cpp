// SPDX-License-Identifier: GPL-3.0-or-later
// AuditService, IntegrationsService and UsersService against the sandbox over real loopback HTTP.
#include "app/services/auditservice.h"
#include "app/services/integrationsservice.h"
#include "app/services/usersservice.h"
#include "tests/support/testsupport.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using testsupport::await;

class TestExtServices : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void serviceMappingNamesTheClientService();
    void realtimePagesToTheEnd();
    void asynchronousQueryPollsAndFollowsCursors();
    void asynchronousQueryFailed();
    void auditWithoutPermissionNamesIt();
    void credentialsHoldingAClientAreFoundByReadingEach();
    void pointingACredentialAtAnotherClient();
    void credentialsWithoutPermission();
    void usersInBatches();

private:
    [[nodiscard]] QString clientId(const QString &name) const;
    [[nodiscard]] AuditQuery clientQuery(const QString &id, int daysBack, int daysEnd = 0) const;

    std::unique_ptr<testsupport::SandboxSession> s;
    std::unique_ptr<AuditService> audits;
    std::unique_ptr<IntegrationsService> integrations;
    std::unique_ptr<UsersService> users;
};

void TestExtServices::init()
{
    s = std::make_unique<testsupport::SandboxSession>();
    QVERIFY2(s->start(), qPrintable(s->error));
    audits = std::make_unique<AuditService>(s->session.api());
    AuditService::PollPolicy poll;
    poll.firstDelay = 1000ms;
    audits->setPollPolicy(poll); // scaled by the fast retry policy
    integrations = std::make_unique<IntegrationsService>(s->session.api());
    users = std::make_unique<UsersService>(s->session.api());
    s->sandbox.clearRequests();
}

void TestExtServices::cleanup()
{
    audits.reset();
    integrations.reset();
    users.reset();
    s.reset();
}

QString TestExtServices::clientId(const QString &name) const
{
    for (const QJsonValue &v : s->sandbox.clients())
        if (v.toObject().value(u"name"_s).toString() == name)
            return v.toObject().value(u"id"_s).toString();
    return {};
}

AuditQuery TestExtServices::clientQuery(const QString &id, int daysBack, int daysEnd) const
{
    AuditQuery q;
    q.start = testsupport::fixedNow().addDays(-daysBack);
    q.end = testsupport::fixedNow().addDays(-daysEnd).addSecs(60);
    q.serviceName = u"PeoplePermissions"_s;
    q.filters = {{u"EntityId"_s, id}};
    return q;
}

void TestExtServices::serviceMappingNamesTheClientService()
{
    auto m = await<AuditServiceMapping>([&](QObject *c, auto h) { audits->serviceMapping(true, c, h); });
    QVERIFY2(m.ok(), qPrintable(m.error().summary()));
    QCOMPARE(m->serviceFor(u"OAuthClient"), u"PeoplePermissions"_s);
    QCOMPARE(m->serviceFor(u"Credential"), u"Integrations"_s);
    QVERIFY(m->serviceFor(u"Spaceship").isEmpty());
    s->sandbox.setAuditServiceForClients(u"OAuthAdmin"_s);
    m = await<AuditServiceMapping>([&](QObject *c, auto h) { audits->serviceMapping(false, c, h); });
    QCOMPARE(m->serviceFor(u"OAuthClient"), u"OAuthAdmin"_s);
    QCOMPARE(s->sandbox.requestCount(u"/api/v2/audits/query/servicemapping"_s, "GET"), 1);
}

void TestExtServices::realtimePagesToTheEnd()
{
    AuditQuery q = clientQuery(QString(), 14);
    q.filters = {{u"EntityType"_s, u"OAuthClient"_s}};
    q.pageSize = 2;
    const auto all =
        await<QList<AuditEvent>>([&](QObject *c, auto h) { audits->realtimeAll(q, true, c, h); });
    QVERIFY2(all.ok(), qPrintable(all.error().summary()));
    QVERIFY(all->size() >= 3);
    const int pages = s->sandbox.requestCount(u"/api/v2/audits/query/realtime"_s, "POST");
    QCOMPARE(pages, int((all->size() + 1) / 2));
    QSet<QString> ids;
    for (qsizetype i = 0; i < all->size(); ++i) {
        ids.insert(all->at(i).id);
        QVERIFY(!all->at(i).user.name.isEmpty() || !all->at(i).client.id.isEmpty());
        if (i > 0)
            QVERIFY(all->at(i - 1).eventDate >= all->at(i).eventDate); // newest first
    }
    QCOMPARE(ids.size(), all->size());
    // expand=user went with every page.
    for (const SandboxRequest &r : s->sandbox.requests())
        QCOMPARE(r.query, QByteArray("expand=user"));
}

void TestExtServices::asynchronousQueryPollsAndFollowsCursors()
{
    s->sandbox.setAuditQueryRunningPolls(2);
    const QString id = clientId(u"Zendesk ticket sync"_s);
    QStringList progress;
    const auto events = await<QList<AuditEvent>>([&](QObject *c, auto h) {
        Operation *op = audits->runQuery(clientQuery(id, 700), false, c, h);
        connect(op, &Operation::progress, c, [&progress](const QString &p) { progress.append(p); });
    });
    QVERIFY2(events.ok(), qPrintable(events.error().summary()));
    QVERIFY(events->size() >= 3);
    for (const AuditEvent &e : events.value()) {
        QCOMPARE(e.entity.id, id);
        QVERIFY(e.user.name.isEmpty()); // no expand: names come from the users lookup
    }
    QCOMPARE(s->sandbox.requestCount(u"/api/v2/audits/query"_s, "POST"), 1);
    // Two Running polls, then Succeeded, then one page (500 per page).
    int statusPolls = 0;
    int resultPages = 0;
    for (const SandboxRequest &r : s->sandbox.requests()) {
        if (r.method == "GET" && r.path.endsWith(u"/results"_s)) {
            ++resultPages;
            QVERIFY(r.query.contains("pageSize=500"));
        } else if (r.method == "GET") {
            ++statusPolls;
        }
    }
    QCOMPARE(statusPolls, 3);
    QCOMPARE(resultPages, 1);
    QVERIFY(progress.size() >= 2);
}

void TestExtServices::asynchronousQueryFailed()
{
    s->sandbox.failNextAuditQuery();
    const auto events = await<QList<AuditEvent>>([&](QObject *c, auto h) {
        audits->runQuery(clientQuery(clientId(u"Zendesk ticket sync"_s), 90), false, c, h);
    });
    QVERIFY(!events.ok());
    QCOMPARE(events.error().code, u"audit.query.failed"_s);
    QVERIFY(events.error().userMessage().contains(u"Failed"_s));
}

void TestExtServices::auditWithoutPermissionNamesIt()
{
    s->session.api()->setAccessToken(s->sandbox.issueToken({u"oauth:client:*"_s}).toLatin1());
    const auto page = await<AuditPage>([&](QObject *c, auto h) {
        audits->realtimePage(clientQuery(clientId(u"Nightly WFM export"_s), 7), true, c, h);
    });
    QVERIFY(!page.ok());
    QCOMPARE(page.error().httpStatus, 403);
    QCOMPARE(page.error().missingPermissions(), QStringList{u"audits:audit:view"_s});
}

void TestExtServices::credentialsHoldingAClientAreFoundByReadingEach()
{
    const QString crm = clientId(u"Data actions - CRM lookup"_s);
    const auto found = await<QList<IntegrationCredential>>(
        [&](QObject *c, auto h) { integrations->credentialsHoldingClient(crm, c, h); });
    QVERIFY2(found.ok(), qPrintable(found.error().summary()));
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->first().clientId(), crm);
    QVERIFY(found->first().holdsGenesysClient());
    QVERIFY(!found->first().fields.contains("clientSecret"_L1));
    // The listing (one page of 100), then the two pureCloudOAuthClient credentials by id; the
    // others' type says they cannot hold a client.
    QCOMPARE(s->sandbox.requestCount(u"/api/v2/integrations/credentials/listing"_s, "GET"), 1);
    QCOMPARE(s->sandbox.requestCount(u"/api/v2/integrations/credentials/"_s, "GET"), 3);
    const auto none = await<QList<IntegrationCredential>>([&](QObject *c, auto h) {
        integrations->credentialsHoldingClient(clientId(u"Slack notifier"_s), c, h);
    });
    QVERIFY(none.ok() && none->isEmpty());
}

void TestExtServices::pointingACredentialAtAnotherClient()
{
    const QString crm = clientId(u"Data actions - CRM lookup"_s);
    const auto found = await<QList<IntegrationCredential>>(
        [&](QObject *c, auto h) { integrations->credentialsHoldingClient(crm, c, h); });
    QVERIFY(found.ok() && found->size() == 1);
    const IntegrationCredential credential = found->first();
    QVERIFY(s->sandbox.credentialAuthenticates(credential.id));
    // A second client with a known secret: the admin client.
    const auto info = await<CredentialInfo>([&](QObject *c, auto h) {
        integrations->pointCredentialAt(credential, s->sandbox.adminClientId(),
                                        s->sandbox.adminClientSecret(), c, h);
    });
    QVERIFY2(info.ok(), qPrintable(info.error().summary()));
    QCOMPARE(info->id, credential.id);
    QCOMPARE(s->sandbox.credentialClientId(credential.id), s->sandbox.adminClientId());
    QVERIFY(s->sandbox.credentialAuthenticates(credential.id));
    // The PUT kept the credential's name and type (the server's JSON, fields replaced).
    const auto again = await<IntegrationCredential>(
        [&](QObject *c, auto h) { integrations->credential(credential.id, c, h); });
    QCOMPARE(again->name, credential.name);
    QCOMPARE(again->typeName, credential.typeName);
}

void TestExtServices::credentialsWithoutPermission()
{
    s->session.api()->setAccessToken(s->sandbox.issueToken({u"oauth:client:*"_s}).toLatin1());
    const auto found = await<QList<IntegrationCredential>>([&](QObject *c, auto h) {
        integrations->credentialsHoldingClient(clientId(u"Data actions - CRM lookup"_s), c, h);
    });
    QVERIFY(!found.ok());
    QCOMPARE(found.error().missingPermissions(), QStringList{u"integrations:integration:view"_s});
}

void TestExtServices::usersInBatches()
{
    QStringList ids;
    for (int i = 0; i < 60; ++i)
        ids.append(QUuid::createUuid().toString(QUuid::WithoutBraces));
    ids.append(s->sandbox.demoUserId());
    ids.append(s->sandbox.demoUserId()); // duplicates are asked once
    const auto found = await<QList<OrgUser>>([&](QObject *c, auto h) { users->users(ids, c, h); });
    QVERIFY2(found.ok(), qPrintable(found.error().summary()));
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->first().name, u"Dana Whitfield"_s);
    QCOMPARE(s->sandbox.requestCount(u"/api/v2/users"_s, "GET"), 2); // 50 + 11
    for (const SandboxRequest &r : s->sandbox.requests())
        QVERIFY(r.query.count("id=") <= UsersService::BatchSize);
    const auto one = await<OrgUser>([&](QObject *c, auto h) { users->user(s->sandbox.demoUserId(), c, h); });
    QCOMPARE(one->email, u"dana.whitfield@northwind.example"_s);
    const auto empty = await<QList<OrgUser>>([&](QObject *c, auto h) { users->users({}, c, h); });
    QVERIFY(empty.ok() && empty->isEmpty());
}

QTEST_GUILESS_MAIN(TestExtServices)
#include "tst_ext_services.moc"

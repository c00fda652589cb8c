// SPDX-License-Identifier: GPL-3.0-or-later
// Every service against the sandbox over real loopback HTTP.
#include "app/net/httplog.h"
#include "app/services/catalogservice.h"
#include "app/services/clientsservice.h"
#include "app/services/directoryservice.h"
#include "app/services/usageservice.h"
#include "tests/support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using testsupport::await;

namespace {
const QString ClientsPath = u"/api/v2/oauth/clients"_s;

QStringList g_log;
QtMessageHandler g_previous = nullptr;
void captureLog(QtMsgType type, const QMessageLogContext &ctx, const QString &msg)
{
    g_log.append(QString::fromLatin1(ctx.category ? ctx.category : "") + u' ' + msg);
    if (type >= QtWarningMsg && g_previous)
        g_previous(type, ctx, msg);
}

QJsonObject bodyFor(GrantType grant, const QString &name)
{
    QJsonObject o{{u"name"_s, name},
                  {u"description"_s, u"made by a test"_s},
                  {u"authorizedGrantType"_s, grantTypeToString(grant)},
                  {u"accessTokenValiditySeconds"_s, 7200}};
    if (grantUsesRedirectUris(grant))
        o.insert("registeredRedirectUri"_L1, QJsonArray{u"https://app.example.com/callback"_s});
    if (grantUsesScopes(grant))
        o.insert("scope"_L1, QJsonArray{u"users:readonly"_s});
    return o;
}
} // namespace

class TestServicesSandbox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void listGetsEveryDemoClient();
    void getOneClient();
    void createEachGrantType_data();
    void createEachGrantType();
    void createChecksOnlyTheShapeBeforeSending();
    void createRefusedByTheServerNamesTheField();
    void updateSendsBackEverythingButReadOnlyFields();
    void deleteActiveClientGoesThroughInactive();
    void deleteInactiveClientDeletesDirectly();
    void deleteThatFailsAfterDeactivationSaysSo();
    void regenerateSecretReplacesTheOldOne();
    void secretsOnlyFromCreateAndRegenerate();
    void scopesFollowTheLanguage();
    void scopeIdIsPercentEncodedOnTheWire();
    void authorizations();
    void rolesAndDivisionsArePagedToTheEnd();
    void tokenInfoAndRevoke();
    void usageSummaryPollsToCompletion();
    void usageQueryRunningForSeveralPolls();
    void usageQueryFailed();
    void usageCancelMidPoll();
    void usageOverallTimeLimit();
    void orgUsageQuery();
    void noTokenOrSecretReachesTheLog();
    void idsThatCannotNameAResourceSendNothing_data();
    void idsThatCannotNameAResourceSendNothing();
    void createdWindowFromTheListingsDate();
    void matchCreatedNeverNamesAClientThatCouldBeOlder();
    void signInWithoutIdentitySendsOnlyTheTokenRequest();

private:
    std::unique_ptr<testsupport::SandboxSession> s;
    // A demo client of that grant and state; clears the request log afterwards.
    OAuthClient demoClient(GrantType grant, ClientState state);
    // A client-credentials body with one real role on all divisions.
    QJsonObject clientCredentialsBody(const QString &name, testsupport::SandboxSession &session);
};

void TestServicesSandbox::init()
{
    s = std::make_unique<testsupport::SandboxSession>();
    QVERIFY2(s->start(), qPrintable(s->error));
    s->sandbox.clearRequests();
}

void TestServicesSandbox::cleanup()
{
    s.reset();
}

OAuthClient TestServicesSandbox::demoClient(GrantType grant, ClientState state)
{
    const auto list =
        await<QList<OAuthClient>>([&](QObject *c, auto h) { s->session.clients()->list(c, h); });
    s->sandbox.clearRequests();
    if (!list)
        return {};
    for (const OAuthClient &c : list.value()) {
        if (c.grant() == grant && c.clientState() == state && c.id != s->sandbox.adminClientId())
            return c;
    }
    return {};
}

QJsonObject TestServicesSandbox::clientCredentialsBody(const QString &name,
                                                       testsupport::SandboxSession &session)
{
    const auto roles =
        await<QList<Role>>([&](QObject *c, auto h) { session.session.directory()->roles(c, h); });
    QJsonObject body = bodyFor(GrantType::ClientCredentials, name);
    if (roles && !roles->isEmpty())
        body.insert("roleDivisions"_L1,
                    QJsonArray{QJsonObject{{u"roleId"_s, roles->first().id}, {u"divisionId"_s, u"*"_s}}});
    session.sandbox.clearRequests();
    return body;
}

void TestServicesSandbox::listGetsEveryDemoClient()
{
    const auto r = await<QList<OAuthClient>>([&](QObject *c, auto h) { s->session.clients()->list(c, h); });
    QVERIFY2(r.ok(), qPrintable(r.error().summary()));
    QCOMPARE(r->size(), s->sandbox.clients().size());
    QSet<GrantType> grants;
    QSet<ClientState> states;
    for (const OAuthClient &c : r.value()) {
        grants.insert(c.grant());
        states.insert(c.clientState());
        QVERIFY(!c.json.contains("secret"_L1));
    }
    QCOMPARE(grants.size(), 5);
    QVERIFY(states.contains(ClientState::Active) && states.contains(ClientState::Disabled) &&
            states.contains(ClientState::Inactive));
    QCOMPARE(s->sandbox.requestCount(ClientsPath, "GET"), 1);
}

void TestServicesSandbox::getOneClient()
{
    const QJsonObject first = s->sandbox.clients().first().toObject();
    const QString id = first.value("id"_L1).toString();
    const auto r = await<OAuthClient>([&](QObject *c, auto h) { s->session.clients()->get(id, c, h); });
    QVERIFY2(r.ok(), qPrintable(r.error().summary()));
    QCOMPARE(r->id, id);
    QCOMPARE(r->name, first.value("name"_L1).toString());
}

void TestServicesSandbox::createEachGrantType_data()
{
    QTest::addColumn<GrantType>("grant");
    QTest::newRow("CODE") << GrantType::Code;
    QTest::newRow("TOKEN") << GrantType::Token;
    QTest::newRow("SAML2-BEARER") << GrantType::Saml2Bearer;
    QTest::newRow("PASSWORD") << GrantType::Password;
    QTest::newRow("CLIENT-CREDENTIALS") << GrantType::ClientCredentials;
}

void TestServicesSandbox::createEachGrantType()
{
    QFETCH(GrantType, grant);
    QJsonObject body = bodyFor(grant, u"Test "_s + grantTypeToString(grant));
    if (grant == GrantType::ClientCredentials) {
        const auto roles =
            await<QList<Role>>([&](QObject *c, auto h) { s->session.directory()->roles(c, h); });
        QVERIFY(roles.ok() && !roles->isEmpty());
        body.insert("roleDivisions"_L1,
                    QJsonArray{QJsonObject{{u"roleId"_s, roles->first().id}, {u"divisionId"_s, u"*"_s}}});
    }
    QSignalSpy created(s->session.clients(), &ClientsService::clientCreated);
    const auto r =
        await<ClientWithSecret>([&](QObject *c, auto h) { s->session.clients()->create(body, c, h); });
    QVERIFY2(r.ok(), qPrintable(r.error().summary()));
    QCOMPARE(r->client.grant(), grant);
    QVERIFY(!r->client.id.isEmpty());
    QVERIFY(!r->secret.isEmpty());
    QVERIFY(!r->client.json.contains("secret"_L1));
    QCOMPARE(created.size(), 1);
    QVERIFY(!s->sandbox.client(r->client.id).isEmpty());
}

void TestServicesSandbox::createChecksOnlyTheShapeBeforeSending()
{
    const auto r = await<ClientWithSecret>([&](QObject *c, auto h) {
        s->session.clients()->create(
            QJsonObject{{u"name"_s, u"x"_s}, {u"authorizedGrantType"_s, u"IMPLICIT"_s}}, c, h);
    });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ApiError::Kind::Validation);
    QVERIFY(r.error().message.contains("authorizedGrantType"_L1));
    QCOMPARE(s->sandbox.requestCount(ClientsPath, "POST"), 0);
}

void TestServicesSandbox::createRefusedByTheServerNamesTheField()
{
    QJsonObject body = bodyFor(GrantType::Code, u"Too long-lived"_s);
    body.insert("accessTokenValiditySeconds"_L1, 999999); // shape is fine, the platform refuses it
    const auto r =
        await<ClientWithSecret>([&](QObject *c, auto h) { s->session.clients()->create(body, c, h); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().httpStatus, 400);
    QVERIFY2(r.error().fieldNames().contains(u"accessTokenValiditySeconds"_s),
             qPrintable(r.error().summary()));
    QCOMPARE(s->sandbox.requestCount(ClientsPath, "POST"), 1);
}

void TestServicesSandbox::updateSendsBackEverythingButReadOnlyFields()
{
    // A demo client with fields this app does not model.
    const auto list =
        await<QList<OAuthClient>>([&](QObject *c, auto h) { s->session.clients()->list(c, h); });
    QVERIFY(list.ok());
    OAuthClient target;
    for (const OAuthClient &c : list.value()) {
        if (!c.unknownFields().isEmpty()) {
            target = c;
            break;
        }
    }
    QVERIFY2(!target.id.isEmpty(), "the demo org should have a client with unknown fields");
    const QStringList unknown = target.unknownFields();
    s->sandbox.clearRequests();
    const auto r = await<OAuthClient>([&](QObject *c, auto h) {
        s->session.clients()->update(target, QJsonObject{{u"description"_s, u"edited"_s}}, c, h);
    });
    QVERIFY2(r.ok(), qPrintable(r.error().summary()));
    QCOMPARE(r->description, u"edited"_s);
    const QList<SandboxRequest> reqs = s->sandbox.requests();
    QCOMPARE(reqs.size(), 1);
    const QJsonObject sent = QJsonDocument::fromJson(reqs.first().body).object();
    for (const QString &ro : clientReadOnlyFields())
        QVERIFY2(!sent.contains(ro), qPrintable(ro));
    for (const QString &u : unknown)
        QVERIFY2(sent.contains(u), qPrintable(u));
    QCOMPARE(sent.value("name"_L1).toString(), target.name);
    QCOMPARE(sent.value("scope"_L1).toArray().size(), target.scope.size());
    // ...and the server kept them.
    const QJsonObject after = s->sandbox.client(target.id);
    for (const QString &u : unknown)
        QCOMPARE(after.value(u), target.json.value(u));
}

void TestServicesSandbox::deleteActiveClientGoesThroughInactive()
{
    const OAuthClient target = demoClient(GrantType::Code, ClientState::Active);
    QVERIFY(!target.id.isEmpty());
    QSignalSpy changed(s->session.clients(), &ClientsService::clientChanged);
    QSignalSpy removed(s->session.clients(), &ClientsService::clientRemoved);
    const auto r = await<Done>([&](QObject *c, auto h) { s->session.clients()->remove(target, c, h); });
    QVERIFY2(r.ok(), qPrintable(r.error().summary()));
    const QList<SandboxRequest> reqs = s->sandbox.requests();
    QCOMPARE(reqs.size(), 2);
    QCOMPARE(reqs[0].method, QByteArray("PUT"));
    QCOMPARE(QJsonDocument::fromJson(reqs[0].body).object().value("state"_L1).toString(), u"inactive"_s);
    QCOMPARE(reqs[1].method, QByteArray("DELETE"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().first().toString(), target.id);
    QVERIFY(s->sandbox.client(target.id).isEmpty());
}

void TestServicesSandbox::deleteInactiveClientDeletesDirectly()
{
    const OAuthClient target = demoClient(GrantType::ClientCredentials, ClientState::Inactive).id.isEmpty()
                                   ? demoClient(GrantType::Code, ClientState::Inactive)
                                   : demoClient(GrantType::ClientCredentials, ClientState::Inactive);
    QVERIFY(!target.id.isEmpty());
    s->sandbox.clearRequests();
    const auto r = await<Done>([&](QObject *c, auto h) { s->session.clients()->remove(target, c, h); });
    QVERIFY2(r.ok(), qPrintable(r.error().summary()));
    QCOMPARE(s->sandbox.requests().size(), 1);
    QCOMPARE(s->sandbox.requests().first().method, QByteArray("DELETE"));
}

void TestServicesSandbox::deleteThatFailsAfterDeactivationSaysSo()
{
    const OAuthClient target = demoClient(GrantType::Password, ClientState::Active);
    QVERIFY(!target.id.isEmpty());
    FaultRule f;
    f.kind = FaultRule::Kind::Status;
    f.status = 500;
    f.method = "DELETE";
    f.pathPattern = u"^/api/v2/oauth/clients/"_s;
    f.count = -1;
    s->sandbox.addFault(f);
    const auto r = await<Done>([&](QObject *c, auto h) { s->session.clients()->remove(target, c, h); });
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains("stays inactive"_L1), qPrintable(r.error().message));
    QCOMPARE(s->sandbox.client(target.id).value("state"_L1).toString(), u"inactive"_s);
}

void TestServicesSandbox::regenerateSecretReplacesTheOldOne()
{
    const QJsonObject body = clientCredentialsBody(u"Rotation test"_s, *s);
    const auto created =
        await<ClientWithSecret>([&](QObject *c, auto h) { s->session.clients()->create(body, c, h); });
    QVERIFY2(created.ok(), qPrintable(created.error().summary()));
    const QString id = created->client.id;
    const QByteArray oldSecret = created->secret.toUtf8();
    auto tokenWith = [&](const QByteArray &secret) {
        return await<TokenResponse>(
            [&](QObject *c, auto h) { s->session.tokens()->clientCredentials(id, secret, c, h); });
    };
    QVERIFY(tokenWith(oldSecret).ok());
    const auto regenerated = await<ClientWithSecret>(
        [&](QObject *c, auto h) { s->session.clients()->regenerateSecret(id, c, h); });
    QVERIFY2(regenerated.ok(), qPrintable(regenerated.error().summary()));
    QVERIFY(!regenerated->secret.isEmpty());
    QVERIFY(regenerated->secret.toUtf8() != oldSecret);
    const auto old = tokenWith(oldSecret);
    QVERIFY(!old.ok());
    QCOMPARE(old.error().kind, ApiError::Kind::Auth);
    QVERIFY(tokenWith(regenerated->secret.toUtf8()).ok());
}

void TestServicesSandbox::secretsOnlyFromCreateAndRegenerate()
{
    // Whatever GET sends, the model never holds a secret (older API versions sent it).
    const auto list =
        await<QList<OAuthClient>>([&](QObject *c, auto h) { s->session.clients()->list(c, h); });
    QVERIFY(list.ok());
    for (const OAuthClient &c : list.value())
        QVERIFY(!QJsonDocument(c.json.object()).toJson().contains("\"secret\""));
}

void TestServicesSandbox::scopesFollowTheLanguage()
{
    const auto en = await<QList<OAuthScope>>([&](QObject *c, auto h) { s->session.catalog()->scopes(c, h); });
    QVERIFY(en.ok());
    QCOMPARE(s->sandbox.requests().last().headers.value("accept-language"), QByteArray("en-us"));
    s->session.api()->setLanguage(QLocale(u"de_DE"_s));
    const auto de = await<QList<OAuthScope>>([&](QObject *c, auto h) { s->session.catalog()->scopes(c, h); });
    QVERIFY(de.ok());
    QCOMPARE(s->sandbox.requests().last().headers.value("accept-language"), QByteArray("de-de"));
    QCOMPARE(en->size(), de->size());
    int differ = 0;
    for (int i = 0; i < en->size(); ++i)
        differ += en->at(i).description != de->at(i).description;
    QVERIFY2(differ > en->size() / 2, "most descriptions should change language");
    // Sent on every call (Qt would otherwise send the system locale); only these calls use it.
    QVERIFY(await<QList<OAuthClient>>([&](QObject *c, auto h) { s->session.clients()->list(c, h); }).ok());
    QCOMPARE(s->sandbox.requests().last().headers.value("accept-language"), QByteArray("de-de"));
}

void TestServicesSandbox::scopeIdIsPercentEncodedOnTheWire()
{
    const auto r = await<OAuthScope>(
        [&](QObject *c, auto h) { s->session.catalog()->scope(u"analytics:readonly"_s, c, h); });
    QVERIFY2(r.ok(), qPrintable(r.error().summary()));
    QCOMPARE(r->id, u"analytics:readonly"_s);
    QCOMPARE(s->sandbox.requests().last().path, u"/api/v2/oauth/scopes/analytics%3Areadonly"_s);
}

void TestServicesSandbox::authorizations()
{
    const auto list = await<QList<OAuthAuthorization>>(
        [&](QObject *c, auto h) { s->session.catalog()->authorizations(c, h); });
    QVERIFY2(list.ok(), qPrintable(list.error().summary()));
    QSet<QString> states;
    for (const OAuthAuthorization &a : list.value())
        states.insert(a.state);
    QCOMPARE(states, (QSet<QString>{u"Unauthorized"_s, u"Requested"_s, u"Authorized"_s, u"Revoked"_s}));
    const QString clientId = list->first().client.id;
    const auto one = await<OAuthAuthorization>(
        [&](QObject *c, auto h) { s->session.catalog()->authorization(clientId, c, h); });
    QVERIFY2(one.ok(), qPrintable(one.error().summary()));
    QCOMPARE(one->client.id, clientId);
}

void TestServicesSandbox::rolesAndDivisionsArePagedToTheEnd()
{
    const auto roles = await<QList<Role>>([&](QObject *c, auto h) { s->session.directory()->roles(c, h); });
    QVERIFY2(roles.ok(), qPrintable(roles.error().summary()));
    QVERIFY(roles->size() >= 25);
    QSet<QString> ids;
    for (const Role &r : roles.value())
        ids.insert(r.id);
    QCOMPARE(ids.size(), roles->size()); // no page fetched twice
    const QList<SandboxRequest> reqs = s->sandbox.requests();
    QVERIFY(reqs.first().query.contains("userCount=false"));
    const auto divisions =
        await<QList<Division>>([&](QObject *c, auto h) { s->session.directory()->divisions(c, h); });
    QVERIFY(divisions.ok());
    int homes = 0;
    for (const Division &d : divisions.value())
        homes += d.homeDivision;
    QCOMPARE(homes, 1);
}

void TestServicesSandbox::tokenInfoAndRevoke()
{
    const auto info = await<TokenInfo>([&](QObject *c, auto h) { s->session.directory()->tokenInfo(c, h); });
    QVERIFY(info.ok());
    QVERIFY(!info->organization.name.isEmpty());
    QCOMPARE(info->oauthClient.id, s->sandbox.adminClientId());
    QVERIFY(s->session.describeIdentity().contains(info->organization.name));
    const QString token = s->sandbox.issueToken();
    QVERIFY(
        await<TokenInfo>([&](QObject *c, auto h) { s->session.signInWithToken(token.toUtf8(), c, h); }).ok());
    QVERIFY(await<Done>([&](QObject *c, auto h) { s->session.directory()->revokeToken(c, h); }).ok());
    const auto after = await<TokenInfo>([&](QObject *c, auto h) { s->session.directory()->tokenInfo(c, h); });
    QCOMPARE(after.error().httpStatus, 401);
}

void TestServicesSandbox::usageSummaryPollsToCompletion()
{
    const OAuthClient target = demoClient(GrantType::Code, ClientState::Active);
    const auto r =
        await<UsageResult>([&](QObject *c, auto h) { s->session.usage()->runSummary(target.id, 7, c, h); });
    QVERIFY2(r.ok(), qPrintable(r.error().summary()));
    QCOMPARE(r->status, UsageStatus::Complete);
    const QList<SandboxRequest> reqs = s->sandbox.requests();
    QVERIFY(reqs.first().path.endsWith("/usage/summary"_L1));
    QVERIFY(reqs.first().query.contains("days=7"));
}

void TestServicesSandbox::usageQueryRunningForSeveralPolls()
{
    s->sandbox.setUsageRunningPolls(3);
    const OAuthClient target = demoClient(GrantType::ClientCredentials, ClientState::Active);
    UsageQuery q = UsageQuery::lastDays(30, testsupport::fixedNow());
    q.groupBy = {u"TemplateUri"_s, u"HttpMethod"_s};
    bool done = false;
    Result<UsageResult> result = ApiError::make(ApiError::Kind::Unknown, {});
    Operation *op = s->session.usage()->runClientQuery(target.id, q, this, [&](const Result<UsageResult> &r) {
        result = r;
        done = true;
    });
    QSignalSpy progress(op, &Operation::progress);
    QVERIFY(testsupport::waitFor(done));
    QVERIFY2(result.ok(), qPrintable(result.error().summary()));
    QVERIFY(!result->rows.isEmpty());
    QVERIFY(progress.size() >= 3);
    const int polls = s->sandbox.requestCount(UsageService::clientResultsPath(target.id, QString()), "GET");
    QCOMPARE(polls, 4); // three times Running, then Complete
}

void TestServicesSandbox::usageQueryFailed()
{
    s->sandbox.failNextUsageQuery();
    const OAuthClient target = demoClient(GrantType::Code, ClientState::Active);
    const auto r = await<UsageResult>([&](QObject *c, auto h) {
        s->session.usage()->runClientQuery(target.id, UsageQuery::lastDays(7, testsupport::fixedNow()), c, h);
    });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, u"usage.query.failed"_s);
}

void TestServicesSandbox::usageCancelMidPoll()
{
    s->sandbox.setUsageRunningPolls(1000);
    const OAuthClient target = demoClient(GrantType::Code, ClientState::Active);
    bool done = false;
    Result<UsageResult> result = ApiError::make(ApiError::Kind::Unknown, {});
    QPointer<Operation> op =
        s->session.usage()->runSummary(target.id, 30, this, [&](const Result<UsageResult> &r) {
            result = r;
            done = true;
        });
    QTRY_VERIFY(
        s->sandbox.requestCount(u"/api/v2/oauth/clients/"_s + target.id + u"/usage/query/results"_s) >= 2);
    op->cancel();
    QVERIFY(done);
    QVERIFY(result.error().isCancelled());
    const QString resultsPath = u"/api/v2/oauth/clients/"_s + target.id + u"/usage/query/results"_s;
    const int pollsAtCancel = s->sandbox.requestCount(resultsPath);
    // The poll that cancel() aborted may already be on the wire (QNetworkAccessManager writes from
    // its own thread), so the sandbox can still see that one; no poll may start after the cancel.
    // Uncancelled, the scaled poll interval (at most 50 ms) would add several within each wait.
    QTest::qWait(200);
    const int pollsSettled = s->sandbox.requestCount(resultsPath);
    QVERIFY2(pollsSettled <= pollsAtCancel + 1,
             qPrintable(u"%1 polls at cancel, %2 after"_s.arg(pollsAtCancel).arg(pollsSettled)));
    QTest::qWait(200);
    QCOMPARE(s->sandbox.requestCount(resultsPath), pollsSettled);
}

void TestServicesSandbox::usageOverallTimeLimit()
{
    s->sandbox.setUsageRunningPolls(100000);
    UsageService::PollPolicy p = s->session.usage()->pollPolicy();
    p.overallLimit = 20000ms; // scaled: 200 ms
    s->session.usage()->setPollPolicy(p);
    const OAuthClient target = demoClient(GrantType::Code, ClientState::Active);
    const auto r =
        await<UsageResult>([&](QObject *c, auto h) { s->session.usage()->runSummary(target.id, 7, c, h); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ApiError::Kind::Timeout);
}

void TestServicesSandbox::orgUsageQuery()
{
    UsageQuery q = UsageQuery::lastDays(90, testsupport::fixedNow());
    q.groupBy = {u"OAuthClientId"_s};
    const auto r = await<UsageResult>([&](QObject *c, auto h) { s->session.usage()->runOrgQuery(q, c, h); });
    QVERIFY2(r.ok(), qPrintable(r.error().summary()));
    QSet<QString> clients;
    for (const UsageRow &row : r->rows)
        clients.insert(row.clientId);
    QVERIFY(clients.size() >= 10);
}

void TestServicesSandbox::noTokenOrSecretReachesTheLog()
{
    g_log.clear();
    QLoggingCategory::setFilterRules(u"oauthdesk.*.debug=true"_s);
    g_previous = qInstallMessageHandler(captureLog);
    // Sign in again (token endpoint traffic), create (secret in the answer), regenerate.
    testsupport::SandboxSession fresh;
    const bool started = fresh.start();
    const QJsonObject body = clientCredentialsBody(u"Log scan"_s, fresh);
    const auto created =
        await<ClientWithSecret>([&](QObject *c, auto h) { fresh.session.clients()->create(body, c, h); });
    const auto regenerated = created.ok() ? await<ClientWithSecret>([&](QObject *c, auto h) {
        fresh.session.clients()->regenerateSecret(created->client.id, c, h);
    })
                                          : Result<ClientWithSecret>(created.error());
    const QString issued = fresh.sandbox.issueToken();
    const bool tokenUsed =
        await<TokenInfo>([&](QObject *c, auto h) {
            fresh.session.signInWithToken(issued.toUtf8(), c, h);
        }).ok() &&
        await<QList<OAuthClient>>([&](QObject *c, auto h) { fresh.session.clients()->list(c, h); }).ok();
    qInstallMessageHandler(g_previous);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY(tokenUsed);
    QVERIFY2(started, qPrintable(fresh.error));
    QVERIFY(created.ok() && regenerated.ok());
    QVERIFY2(g_log.size() > 5, "the http log should have recorded the traffic");
    const QString all = g_log.join(u'\n');
    QVERIFY(all.contains("/api/v2/oauth/clients"_L1));
    const QList<QByteArray> secrets = {issued.toUtf8(), fresh.sandbox.adminClientSecret().toUtf8(),
                                       created->secret.toUtf8(), regenerated->secret.toUtf8()};
    for (const QByteArray &secret : secrets) {
        QVERIFY(!secret.isEmpty());
        for (const QByteArray &form :
             {secret, secret.toBase64(), QUrl::toPercentEncoding(QString::fromUtf8(secret))})
            QVERIFY2(!all.contains(QString::fromUtf8(form)), "a secret reached the log");
    }
    const QByteArray basic =
        (fresh.sandbox.adminClientId() + u':' + fresh.sandbox.adminClientSecret()).toUtf8().toBase64();
    QVERIFY(!all.contains(QString::fromLatin1(basic)));
}

void TestServicesSandbox::idsThatCannotNameAResourceSendNothing_data()
{
    QTest::addColumn<QString>("id");
    for (const QString &id : {QString(), u"."_s, u".."_s, u"a/.."_s, u"a?b"_s, u"a#b"_s, u"a%2e"_s, u"a b"_s,
                              u"a\nb"_s, u"a\u202eb"_s, u"a\\b"_s})
        QTest::newRow(id.toUtf8().toPercentEncoding().constData()) << id;
}

void TestServicesSandbox::idsThatCannotNameAResourceSendNothing()
{
    QFETCH(QString, id);
    const QString ok = demoClient(GrantType::Code, ClientState::Active).id;
    OAuthClient named = demoClient(GrantType::Code, ClientState::Active);
    QJsonObject json = named.json.object();
    json.insert("id"_L1, id);
    named = OAuthClient::fromJson(json);
    named.id = id;
    QList<ApiError> errors;
    errors.append(
        await<OAuthClient>([&](QObject *c, auto h) { s->session.clients()->get(id, c, h); }).error());
    errors.append(await<ClientWithSecret>([&](QObject *c, auto h) {
                      s->session.clients()->regenerateSecret(id, c, h);
                  }).error());
    errors.append(await<OAuthClient>([&](QObject *c, auto h) {
                      s->session.clients()->update(named, QJsonObject{{u"description"_s, u"x"_s}}, c, h);
                  }).error());
    errors.append(
        await<Done>([&](QObject *c, auto h) { s->session.clients()->remove(named, c, h); }).error());
    errors.append(
        await<OAuthScope>([&](QObject *c, auto h) { s->session.catalog()->scope(id, c, h); }).error());
    errors.append(await<OAuthAuthorization>([&](QObject *c, auto h) {
                      s->session.catalog()->authorization(id, c, h);
                  }).error());
    errors.append(
        await<UsageExecution>([&](QObject *c, auto h) { s->session.usage()->summary(id, 7, c, h); }).error());
    errors.append(
        await<UsageResult>([&](QObject *c, auto h) { s->session.usage()->runSummary(id, 7, c, h); }).error());
    errors.append(await<UsageExecution>([&](QObject *c, auto h) {
                      s->session.usage()->startClientQuery(
                          id, UsageQuery::lastDays(7, testsupport::fixedNow()), c, h);
                  }).error());
    errors.append(await<UsageResult>([&](QObject *c, auto h) {
                      s->session.usage()->clientResults(id, ok, c, h);
                  }).error());
    errors.append(await<UsageResult>([&](QObject *c, auto h) {
                      s->session.usage()->clientResults(ok, id, c, h);
                  }).error());
    errors.append(
        await<UsageResult>([&](QObject *c, auto h) { s->session.usage()->orgResults(id, c, h); }).error());
    for (const ApiError &e : errors) {
        QCOMPARE(e.kind, ApiError::Kind::Validation);
        QVERIFY2(e.userMessage().contains(u"nothing was sent"_s), qPrintable(e.userMessage()));
    }
    QCOMPARE(s->sandbox.requests().size(), 0);
}

void TestServicesSandbox::createdWindowFromTheListingsDate()
{
    const QDateTime date = testsupport::fixedNow(); // the listing's Date header, whole seconds
    // The POST was sent 2,000 ms before the listing was sent, whose answer came 2,300 ms after it.
    const auto w = ClientsService::createdWindow(date, 2000, 2300, {});
    // Earliest start: date - 2.3 s; minus the skew allowance.
    QCOMPARE(w.notBefore, date.addMSecs(-2300).addSecs(-ClientsService::SkewAllowance.count()));
    // Latest start: date + 1 s - 2 s; plus the margin.
    QCOMPARE(w.surelyAfter, date.addMSecs(1000 - 2000).addSecs(ClientsService::SureMargin.count()));
    // Without a Date header: the local estimate, a wide window, and nothing sure.
    const auto local = ClientsService::createdWindow({}, 2000, 2300, date);
    QCOMPARE(local.notBefore, date.addSecs(-ClientsService::UnknownClockSkew.count()));
    QVERIFY(!local.surelyAfter.isValid());
}

void TestServicesSandbox::matchCreatedNeverNamesAClientThatCouldBeOlder()
{
    const QDateTime t = testsupport::fixedNow();
    auto client = [](const QString &id, const QString &name, const QDateTime &created) {
        QJsonObject o{{u"id"_s, id}, {u"name"_s, name}, {u"authorizedGrantType"_s, u"CODE"_s}};
        if (created.isValid())
            o.insert("dateCreated"_L1, created.toString(Qt::ISODateWithMs));
        return OAuthClient::fromJson(o);
    };
    const ClientsService::CreatedWindow w{t.addSecs(-30), t.addSecs(6)};
    // Certainly newer, alone, in a complete listing: named.
    auto m = ClientsService::matchCreated({client(u"new"_s, u"Export"_s, t.addSecs(8)),
                                           client(u"other"_s, u"Other"_s, t.addSecs(8)),
                                           client(u"old"_s, u"Export"_s, t.addSecs(-31))},
                                          u"Export"_s, w, true);
    QCOMPARE(m.candidates.size(), 1);
    QVERIFY(m.sure);
    // Inside the second the Date header cannot resolve: a candidate, never named.
    m = ClientsService::matchCreated({client(u"new"_s, u"Export"_s, t.addMSecs(20))}, u"Export"_s, w, true);
    QCOMPARE(m.candidates.size(), 1);
    QVERIFY(!m.sure);
    // Two candidates (one 10 s older than the POST could be): neither is named.
    m = ClientsService::matchCreated(
        {client(u"a"_s, u"Export"_s, t.addSecs(8)), client(u"b"_s, u"Export"_s, t.addSecs(-10))}, u"Export"_s,
        w, true);
    QCOMPARE(m.candidates.size(), 2);
    QVERIFY(!m.sure);
    // Without dateCreated: a candidate, never sure.
    m = ClientsService::matchCreated({client(u"x"_s, u"Export"_s, {})}, u"Export"_s, w, true);
    QCOMPARE(m.candidates.size(), 1);
    QVERIFY(!m.sure);
    // A listing with a next page: not sure either (another candidate could be on it).
    m = ClientsService::matchCreated({client(u"new"_s, u"Export"_s, t.addSecs(8))}, u"Export"_s, w, false);
    QVERIFY(!m.sure);
    // Without a known server clock nothing is sure; the older client is out of the window.
    m = ClientsService::matchCreated({client(u"new"_s, u"Export"_s, t.addSecs(8))}, u"Export"_s,
                                     ClientsService::CreatedWindow{t.addSecs(-300), {}}, true);
    QVERIFY(!m.sure);
    m = ClientsService::matchCreated({client(u"old"_s, u"Export"_s, t.addSecs(-301))}, u"Export"_s,
                                     ClientsService::CreatedWindow{t.addSecs(-300), {}}, true);
    QVERIFY(m.candidates.isEmpty());
}

void TestServicesSandbox::signInWithoutIdentitySendsOnlyTheTokenRequest()
{
    Session session;
    session.setEndpoints(s->endpoints());
    session.setConfirmIdentity(false);
    s->sandbox.clearRequests();
    const auto r = await<TokenInfo>([&](QObject *c, auto h) {
        session.signInWithClientCredentials(s->sandbox.adminClientId(),
                                            s->sandbox.adminClientSecret().toUtf8(), c, h);
    });
    QVERIFY2(r.ok(), qPrintable(r.error().summary()));
    QVERIFY(session.isSignedIn());
    QVERIFY(session.identity().organization.id.isEmpty());
    QCOMPARE(s->sandbox.requests().size(), 1);
    QCOMPARE(s->sandbox.requestCount(u"/oauth/token"_s, "POST"), 1);

    const auto token = await<TokenInfo>(
        [&](QObject *c, auto h) { session.signInWithToken(s->sandbox.issueToken().toUtf8(), c, h); });
    QVERIFY(token.ok());
    QCOMPARE(s->sandbox.requests().size(), 1); // nothing more
}

QTEST_GUILESS_MAIN(TestServicesSandbox)
#include "tst_services_sandbox.moc"

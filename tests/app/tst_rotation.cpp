// SPDX-License-Identifier: GPL-3.0-or-later
// Secret rotation end to end against the sandbox: in place and blue/green, the proof (working,
// waiting for propagation, failing, not provable), integration credentials, a quit between steps
// and resuming from the saved state, the signed-in client being rotated, and no secret in the
// saved state or the logs.
#include "app/auth/secretstore.h"
#include "app/auth/signincontroller.h"
#include "app/rotation/rotationrunner.h"
#include "app/services/clientsservice.h"
#include "app/services/integrationsservice.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using testsupport::await;

namespace {
QStringList g_log;
QtMessageHandler g_previous = nullptr;
void captureLog(QtMsgType type, const QMessageLogContext &ctx, const QString &msg)
{
    g_log.append(QString::fromLatin1(ctx.category ? ctx.category : "") + u' ' + msg);
    if (type >= QtWarningMsg && g_previous)
        g_previous(type, ctx, msg);
}
} // namespace

class TestRotation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void inPlaceProvesTheNewSecret();
    void inPlaceWaitsWhileTheSecretPropagates();
    void nonClientCredentialsCannotBeProven();
    void proofThatFails();
    void blueGreenWithADataActionsCredential();
    void quitAfterTheCopyAndResume();
    void quitWhileCreatingAndResume();
    void resumeRefusesACopyThatIsNotItsOwn();
    void resumeWhileCreatingDoesNotAdoptAnotherClient();
    void recordsOfAnotherOrgAreNeitherListedNorFound();
    void signedInClientInPlace();
    void signedInClientInPlaceWithAProfile();
    void storeOfTheProfileElseOfTheOrg();
    void unreadableStoreIsKeptNotOverwritten();
    void signedInClientBlueGreen();
    void checksBeforeAnythingChanges();
    void credentialsWithoutPermission();
    void noSecretInTheSavedStateOrTheLogs();

private:
    [[nodiscard]] QString clientId(const QString &name) const;
    [[nodiscard]] QString credentialFor(const QString &clientName) const;
    [[nodiscard]] QString clientName(const QString &id) const;
    // An active client of the same grant type as `id`, other than `id` and `except`.
    [[nodiscard]] QString sameGrantAs(const QString &id, const QStringList &except) const;
    [[nodiscard]] bool tokenWorks(const QString &clientId, const QString &secret);
    // Requests to exactly this path (requestCount() counts a prefix).
    [[nodiscard]] int creates() const;
    Result<RotationOutcome> start(const QString &clientId, const RotationOptions &options);
    [[nodiscard]] RotationStore store() const { return RotationStore(dir->filePath(u"rotations.json"_s)); }
    void newRunner();

    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<testsupport::SandboxSession> s;
    std::unique_ptr<IntegrationsService> integrations;
    std::unique_ptr<RotationRunner> runner;
};

void TestRotation::init()
{
    dir = std::make_unique<QTemporaryDir>();
    s = std::make_unique<testsupport::SandboxSession>();
    QVERIFY2(s->start(), qPrintable(s->error));
    integrations = std::make_unique<IntegrationsService>(s->session.api());
    newRunner();
    s->sandbox.clearRequests();
}

void TestRotation::newRunner()
{
    runner = std::make_unique<RotationRunner>(&s->session, integrations.get(), store());
    // 30 s, scaled by the test retry policy (1/100): 0.3 s.
    runner->setProofPolicy({30000ms, 1000ms, 5000ms});
}

void TestRotation::cleanup()
{
    runner.reset();
    integrations.reset();
    s.reset();
    dir.reset();
}

QString TestRotation::clientId(const QString &name) const
{
    for (const QJsonValue &v : s->sandbox.clients())
        if (v.toObject().value(u"name"_s).toString() == name)
            return v.toObject().value(u"id"_s).toString();
    return {};
}

QString TestRotation::clientName(const QString &id) const
{
    for (const QJsonValue &v : s->sandbox.clients())
        if (v.toObject().value(u"id"_s).toString() == id)
            return v.toObject().value(u"name"_s).toString();
    return {};
}

QString TestRotation::sameGrantAs(const QString &id, const QStringList &except) const
{
    QString grant;
    for (const QJsonValue &v : s->sandbox.clients())
        if (v.toObject().value(u"id"_s).toString() == id)
            grant = v.toObject().value(u"authorizedGrantType"_s).toString();
    for (const QJsonValue &v : s->sandbox.clients()) {
        const QJsonObject c = v.toObject();
        const QString cid = c.value(u"id"_s).toString();
        if (cid != id && !except.contains(cid) && c.value(u"authorizedGrantType"_s).toString() == grant &&
            c.value(u"state"_s).toString() == u"active"_s &&
            !c.value(u"description"_s).toString().contains(id))
            return cid;
    }
    return {};
}

QString TestRotation::credentialFor(const QString &clientName) const
{
    for (const QString &id : s->sandbox.integrationCredentialIds())
        if (s->sandbox.credentialClientId(id) == clientId(clientName))
            return id;
    return {};
}

bool TestRotation::tokenWorks(const QString &id, const QString &secret)
{
    const auto r = await<TokenResponse>(
        [&](QObject *c, auto h) { s->session.tokens()->clientCredentials(id, secret.toUtf8(), c, h); });
    return r.ok();
}

int TestRotation::creates() const
{
    int n = 0;
    for (const SandboxRequest &r : s->sandbox.requests())
        n += r.method == "POST" && r.path == u"/api/v2/oauth/clients"_s;
    return n;
}

Result<RotationOutcome> TestRotation::start(const QString &id, const RotationOptions &options)
{
    return await<RotationOutcome>([&](QObject *c, auto h) { runner->start(id, options, c, h); });
}

void TestRotation::inPlaceProvesTheNewSecret()
{
    const QString id = clientId(u"Nightly WFM export"_s);
    QList<RotationStep> steps;
    connect(runner.get(), &RotationRunner::recordSaved, this,
            [&steps](const RotationRecord &r) { steps.append(r.step); });
    const auto r = start(id, {RotationStrategy::InPlace});
    QVERIFY2(r.ok(), qPrintable(r.error().userMessage()));
    QCOMPARE(r->proof.ok, std::optional<bool>(true));
    QCOMPARE(r->proof.attempts, 1);
    QCOMPARE(r->record.step, RotationStep::Done);
    QCOMPARE(r->record.newClientId, QString()); // in place: the same client
    QVERIFY(tokenWorks(id, r->secret));
    QCOMPARE(steps, (QList<RotationStep>{RotationStep::Regenerating, RotationStep::Regenerated,
                                         RotationStep::Proven, RotationStep::Done}));
    QVERIFY(store().load().isEmpty()); // done: nothing left in progress
    // One regeneration; the proof's token was revoked at once.
    QCOMPARE(s->sandbox.requestCount(ClientsService::clientPath(id) + u"/secret"_s, "POST"), 1);
    QCOMPARE(s->sandbox.requestCount(u"/api/v2/tokens/me"_s, "DELETE"), 1);
}

void TestRotation::inPlaceWaitsWhileTheSecretPropagates()
{
    s->sandbox.setSecretPropagationDelay(120ms);
    const auto r = start(clientId(u"Workday HR sync"_s), {RotationStrategy::InPlace});
    QVERIFY2(r.ok(), qPrintable(r.error().userMessage()));
    QCOMPARE(r->proof.ok, std::optional<bool>(true));
    QVERIFY2(r->proof.attempts > 1, qPrintable(r->proof.message));
}

void TestRotation::nonClientCredentialsCannotBeProven()
{
    const QString id = clientId(u"Salesforce CTI connector"_s);
    const auto r = start(id, {RotationStrategy::InPlace});
    QVERIFY2(r.ok(), qPrintable(r.error().userMessage()));
    QVERIFY(!r->proof.ok.has_value());
    QVERIFY2(r->proof.message.contains(u"user sign-in"_s), qPrintable(r->proof.message));
    QVERIFY(!r->secret.isEmpty());
    QCOMPARE(s->sandbox.requestCount(u"/oauth/token"_s), 0);
    // The implicit grant has no secret at all.
    const auto implicit = start(clientId(u"Agent desktop (web)"_s), {RotationStrategy::InPlace});
    QVERIFY(!implicit.ok());
    QCOMPARE(implicit.error().code, QString(RotationRunner::Refused));
}

void TestRotation::proofThatFails()
{
    FaultRule refuse;
    refuse.kind = FaultRule::Kind::Status;
    refuse.method = "POST";
    refuse.pathPattern = u"^/oauth/token$"_s;
    refuse.status = 401;
    refuse.count = -1;
    s->sandbox.addFault(refuse);
    const auto inPlace = start(clientId(u"Zendesk ticket sync"_s), {RotationStrategy::InPlace});
    QVERIFY(inPlace.ok());
    QCOMPARE(inPlace->proof.ok, std::optional<bool>(false));
    QVERIFY(inPlace->proof.attempts >= 3); // retried within the window
    QVERIFY2(inPlace->proof.message.contains(u"does not work"_s), qPrintable(inPlace->proof.message));

    // Blue/green: the copy is not handed over; the rotation waits at Created.
    const auto bg = start(clientId(u"Power BI reporting"_s), {RotationStrategy::BlueGreen});
    QVERIFY(bg.ok());
    QCOMPARE(bg->proof.ok, std::optional<bool>(false));
    QCOMPARE(bg->record.step, RotationStep::Created);
    const auto saved = store().forClient(clientId(u"Power BI reporting"_s));
    QVERIFY(saved);
    QCOMPARE(saved->step, RotationStep::Created);
    QCOMPARE(saved->proofOk, std::optional<bool>(false));
    // When the platform accepts it again, resuming proves a freshly issued secret and hands over.
    s->sandbox.clearFaults();
    const auto resumed =
        await<RotationOutcome>([&](QObject *c, auto h) { runner->resume(*saved, {}, c, h); });
    QVERIFY2(resumed.ok(), qPrintable(resumed.error().userMessage()));
    QCOMPARE(resumed->record.step, RotationStep::Watching);
    QVERIFY(tokenWorks(resumed->record.newClientId, resumed->secret));
    QVERIFY(!tokenWorks(resumed->record.newClientId, bg->secret));
}

void TestRotation::blueGreenWithADataActionsCredential()
{
    const QString oldId = clientId(u"Data actions - CRM lookup"_s);
    const QString credential = credentialFor(u"Data actions - CRM lookup"_s);
    QVERIFY(s->sandbox.credentialAuthenticates(credential));
    // A Data Action signs in with the credential all the time: it must never fail.
    int checks = 0;
    int failures = 0;
    QTimer dataAction;
    connect(&dataAction, &QTimer::timeout, this, [&] {
        ++checks;
        if (!s->sandbox.credentialAuthenticates(credential))
            ++failures;
    });
    dataAction.start(1);

    RotationOptions options{RotationStrategy::BlueGreen};
    options.credentialId = credential;
    const auto r = start(oldId, options);
    QVERIFY2(r.ok(), qPrintable(r.error().userMessage()));
    QCOMPARE(r->record.step, RotationStep::Watching);
    QCOMPARE(r->proof.ok, std::optional<bool>(true));
    QCOMPARE(r->credentialsUpdated, QStringList{credential});
    QCOMPARE(r->credentialsFound.size(), 1);
    const QString newId = r->record.newClientId;
    QCOMPARE(s->sandbox.credentialClientId(credential), newId);
    QVERIFY(tokenWorks(newId, r->secret));

    // The copy: same grant, roles, lifetime; a description noting the rotation; the default name.
    const QJsonObject oldClient = s->sandbox.client(oldId);
    const QJsonObject copy = s->sandbox.client(newId);
    for (const QString &field : {u"authorizedGrantType"_s, u"roleDivisions"_s,
                                 u"accessTokenValiditySeconds"_s, u"scope"_s, u"registeredRedirectUri"_s})
        QCOMPARE(copy.value(field), oldClient.value(field));
    QCOMPARE(copy.value(u"name"_s).toString(), u"Data actions - CRM lookup (rotated 2026-03-15)"_s);
    QVERIFY(copy.value(u"description"_s).toString().contains(oldId));
    QCOMPARE(copy.value(u"state"_s).toString(), u"active"_s);

    // Watching: the old client still has yesterday's traffic, the new one none.
    const auto usage = await<RotationUsage>([&](QObject *c, auto h) { runner->usage(r->record, 7, c, h); });
    QVERIFY2(usage.ok(), qPrintable(usage.error().userMessage()));
    QCOMPARE(usage->days.size(), 8);
    QVERIFY(usage->oldLast24h > 0);
    QCOMPARE(usage->newLast24h, 0);

    // Retiring is refused while the old client is busy...
    auto finished =
        await<RotationRecord>([&](QObject *c, auto h) { runner->finish(r->record, true, false, c, h); });
    QVERIFY(!finished.ok());
    QCOMPARE(finished.error().code, QString(RotationRunner::OldClientBusy));
    QCOMPARE(s->sandbox.client(oldId).value(u"state"_s).toString(), u"active"_s);
    // ...and done with force: deactivated, then deleted.
    finished =
        await<RotationRecord>([&](QObject *c, auto h) { runner->finish(r->record, true, true, c, h); });
    QVERIFY2(finished.ok(), qPrintable(finished.error().userMessage()));
    QCOMPARE(finished->step, RotationStep::Done);
    QVERIFY(s->sandbox.client(oldId).isEmpty());
    QVERIFY(store().load().isEmpty());
    dataAction.stop();
    QVERIFY(checks > 10);
    QCOMPARE(failures, 0);
    QVERIFY(s->sandbox.credentialAuthenticates(credential));
}

void TestRotation::quitAfterTheCopyAndResume()
{
    const QString oldId = clientId(u"Power BI reporting"_s);
    QPointer<Operation> op;
    bool done = false;
    Result<RotationOutcome> first = ApiError::make(ApiError::Kind::Timeout, u"test"_s);
    connect(runner.get(), &RotationRunner::recordSaved, this, [&op](const RotationRecord &r) {
        if (r.step == RotationStep::Created && op)
            op->cancel(); // the app quits right after the copy was created
    });
    QObject context;
    op = runner->start(oldId, {RotationStrategy::BlueGreen, u"Power BI (2026)"_s}, &context,
                       [&](const Result<RotationOutcome> &r) {
                           first = r;
                           done = true;
                       });
    QVERIFY(testsupport::waitFor(done));
    QVERIFY(first.error().isCancelled());

    // A new run reads the saved state.
    newRunner();
    const QList<RotationRecord> saved = runner->store().load();
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved[0].step, RotationStep::Created);
    QCOMPARE(saved[0].newClientName, u"Power BI (2026)"_s);
    QVERIFY(!saved[0].newClientId.isEmpty());
    const auto resumed =
        await<RotationOutcome>([&](QObject *c, auto h) { runner->resume(saved[0], {}, c, h); });
    QVERIFY2(resumed.ok(), qPrintable(resumed.error().userMessage()));
    QCOMPARE(resumed->record.step, RotationStep::Watching);
    QCOMPARE(resumed->record.newClientId, saved[0].newClientId);
    QVERIFY(tokenWorks(saved[0].newClientId, resumed->secret));
    int copies = 0;
    for (const QJsonValue &v : s->sandbox.clients())
        copies += v.toObject().value(u"name"_s).toString() == u"Power BI (2026)"_s;
    QCOMPARE(copies, 1);
    // Starting another rotation of the same client is refused while this one is in progress.
    const auto again = start(oldId, {RotationStrategy::InPlace});
    QVERIFY(!again.ok());
    QVERIFY(again.error().userMessage().contains(u"in progress"_s));
}

void TestRotation::resumeRefusesACopyThatIsNotItsOwn()
{
    // A saved state whose copy names another client (a damaged or planted file) must not make a
    // resume regenerate that client's secret, even when the file also supplies that client's name
    // and an old start date (the outside attack: every value the old check compared came from the
    // same file).
    const QString oldId = clientId(u"Holiday campaign uploader"_s);
    QPointer<Operation> op;
    bool done = false;
    connect(runner.get(), &RotationRunner::recordSaved, this, [&op](const RotationRecord &r) {
        if (r.step == RotationStep::Created && op)
            op->cancel();
    });
    QObject context;
    op = runner->start(oldId, {RotationStrategy::BlueGreen, u"Holiday uploader (2026)"_s}, &context,
                       [&](const Result<RotationOutcome> &) { done = true; });
    QVERIFY(testsupport::waitFor(done));
    newRunner();
    QList<RotationRecord> saved = runner->store().load();
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved[0].step, RotationStep::Created);
    const QString victim = sameGrantAs(oldId, {saved[0].newClientId});
    QVERIFY(!victim.isEmpty());
    const QDateTime longAgo = QDateTime::fromString(u"2000-01-01T00:00:00Z"_s, Qt::ISODate);
    saved[0].newClientId = victim;
    saved[0].newClientName = clientName(victim);
    saved[0].startedAt = longAgo;
    saved[0].history.first().at = longAgo;
    QVERIFY(runner->store().save(saved[0]));
    newRunner();
    s->sandbox.clearRequests();
    const auto resumed = await<RotationOutcome>(
        [&](QObject *c, auto h) { runner->resume(runner->store().load().value(0), {}, c, h); });
    QVERIFY(!resumed.ok());
    QVERIFY2(resumed.error().userMessage().contains(u"not a copy made by rotating"_s),
             qPrintable(resumed.error().userMessage()));
    QCOMPARE(s->sandbox.requestCount(u"/api/v2/oauth/clients/"_s + victim + u"/secret"_s, "POST"), 0);
    QCOMPARE(s->sandbox.requestCount(u"/api/v2/oauth/clients/"_s, "POST"), 0);
}

void TestRotation::resumeWhileCreatingDoesNotAdoptAnotherClient()
{
    // A planted state at "creating" naming an existing client: the resume looks for the copy the
    // lost POST may have made, and must not take that client for it.
    const QString oldId = clientId(u"Holiday campaign uploader"_s);
    const QString victim = sameGrantAs(oldId, {});
    QVERIFY(!victim.isEmpty());
    const QDateTime longAgo = QDateTime::fromString(u"2000-01-01T00:00:00Z"_s, Qt::ISODate);
    RotationRecord planted;
    planted.id = u"planted"_s;
    planted.orgId = s->session.identity().organization.id;
    planted.strategy = RotationStrategy::BlueGreen;
    planted.oldClientId = oldId;
    planted.newClientName = clientName(victim);
    planted.startedAt = longAgo;
    planted.advance(RotationStep::Creating, longAgo);
    QVERIFY(runner->store().save(planted));
    s->sandbox.clearRequests();
    const auto resumed =
        await<RotationOutcome>([&](QObject *c, auto h) { runner->resume(planted, {}, c, h); });
    QCOMPARE(s->sandbox.requestCount(u"/api/v2/oauth/clients/"_s + victim + u"/secret"_s, "POST"), 0);
    // A copy of its own was made instead.
    QVERIFY2(resumed.ok(), qPrintable(resumed.error().userMessage()));
    QVERIFY(resumed->record.newClientId != victim);
    QCOMPARE(creates(), 1);
}

void TestRotation::recordsOfAnotherOrgAreNeitherListedNorFound()
{
    const QString org = s->session.identity().organization.id;
    RotationStore mine = RotationStore::forSession(s->session);
    QFile::remove(mine.filePath());
    RotationRecord foreign;
    foreign.id = u"foreign"_s;
    foreign.orgId = u"another-org"_s;
    foreign.oldClientId = clientId(u"Holiday campaign uploader"_s);
    foreign.newClientId = clientId(u"Salesforce CTI connector"_s);
    foreign.step = RotationStep::Created;
    QVERIFY(mine.save(foreign));
    RotationRecord noOrg = foreign;
    noOrg.id = u"no-org"_s;
    noOrg.orgId.clear();
    QVERIFY(mine.save(noOrg));
    QVERIFY(mine.load().isEmpty());
    QVERIFY(!mine.forClient(foreign.oldClientId));
    QVERIFY(!mine.find(u"foreign"_s));
    // The session's own records are listed; saving one keeps the others in the file.
    RotationRecord own = foreign;
    own.id = u"own"_s;
    own.orgId = org;
    QVERIFY(mine.save(own));
    QCOMPARE(mine.load().size(), 1);
    QCOMPARE(mine.load().first().id, u"own"_s);
    QCOMPARE(RotationStore(mine.filePath()).load().size(), 3);
    QFile::remove(mine.filePath());
}

void TestRotation::quitWhileCreatingAndResume()
{
    const QString oldId = clientId(u"Zendesk ticket sync"_s);
    // The server creates the copy at once but answers late; the app quits before the answer.
    FaultRule slow;
    slow.kind = FaultRule::Kind::Latency;
    slow.method = "POST";
    slow.pathPattern = u"^/api/v2/oauth/clients$"_s;
    slow.latencyMs = 400;
    s->sandbox.addFault(slow);
    QPointer<Operation> op;
    bool done = false;
    connect(runner.get(), &RotationRunner::recordSaved, this, [&op](const RotationRecord &r) {
        if (r.step == RotationStep::Creating && op)
            QTimer::singleShot(150, op, [op] { op->cancel(); });
    });
    QObject context;
    op = runner->start(oldId, {RotationStrategy::BlueGreen}, &context,
                       [&](const Result<RotationOutcome> &r) { done = r.error().isCancelled(); });
    QTRY_VERIFY(done);
    QCOMPARE(creates(), 1);
    newRunner();
    const auto saved = runner->store().forClient(oldId);
    QVERIFY(saved);
    QCOMPARE(saved->step, RotationStep::Creating);
    const auto resumed =
        await<RotationOutcome>([&](QObject *c, auto h) { runner->resume(*saved, {}, c, h); });
    QVERIFY2(resumed.ok(), qPrintable(resumed.error().userMessage()));
    QCOMPARE(resumed->record.step, RotationStep::Watching);
    // The copy the lost POST made was found by name, not made twice.
    QCOMPARE(creates(), 1);
    QVERIFY(tokenWorks(resumed->record.newClientId, resumed->secret));
}

void TestRotation::signedInClientInPlace()
{
    const QString admin = s->sandbox.adminClientId();
    const auto r = start(admin, {RotationStrategy::InPlace});
    QVERIFY2(r.ok(), qPrintable(r.error().userMessage()));
    QVERIFY(r->signedInClient);
    QVERIFY(r->notes.join(u' ').contains(u"signed in with this client"_s));
    // Without a profile there is no keychain entry to update: the note says where to put it.
    QVERIFY(!r->signedInSecretKept);
    QVERIFY(r->notes.join(u' ').contains(u"GENESYSCLOUD_OAUTHCLIENT_SECRET"_s));
    QVERIFY(!tokenWorks(admin, s->sandbox.adminClientSecret())); // the old secret is dead
    // The session keeps working: after its token is revoked it signs in again with the new secret.
    s->sandbox.revokeAllTokens();
    const auto again =
        await<OAuthClient>([&](QObject *c, auto h) { s->session.clients()->get(admin, c, h); });
    QVERIFY2(again.ok(), qPrintable(again.error().userMessage()));
}

// Signed in with a profile, the new secret of the signed-in client replaces the profile's keychain
// entry (here the store's in-memory backend; tst_keychain_secretservice does it with a real Secret
// Service), so that the next start signs in with it.
void TestRotation::signedInClientInPlaceWithAProfile()
{
    QSettings settings(dir->filePath(u"profiles.conf"_s), QSettings::IniFormat);
    ProfileStore profiles(&settings);
    SecretStore secrets(std::make_unique<MemorySecretBackend>());
    SignInController controller(&s->session, &profiles, &secrets);
    Profile p;
    p.name = u"Sandbox admin"_s;
    p.apiUrl = s->sandbox.baseUrl();
    p.method = SignInMethod::ClientCredentials;
    p.clientId = s->sandbox.adminClientId();
    QVERIFY(controller.saveProfile(p).isEmpty());
    const auto signedIn = await<TokenInfo>(
        [&](QObject *c, auto h) { controller.signIn(p, s->sandbox.adminClientSecret().toUtf8(), c, h); });
    QVERIFY2(signedIn.ok(), qPrintable(signedIn.error().userMessage()));
    QCOMPARE(s->session.profileName(), p.name);
    const QString key = SecretStore::key(p.keychainScope(), p.name, SecretStore::ClientSecret);
    const auto read = [&] {
        SecretReply out;
        bool done = false;
        secrets.read(key, this, [&](const SecretReply &r) {
            out = r;
            done = true;
        });
        testsupport::waitFor(done);
        return out;
    };
    QCOMPARE(read().value, s->sandbox.adminClientSecret().toUtf8());

    const auto r = start(p.clientId, {RotationStrategy::InPlace});
    QVERIFY2(r.ok(), qPrintable(r.error().userMessage()));
    QVERIFY(r->signedInClient);
    QVERIFY(r->signedInSecretKept);
    QVERIFY2(r->notes.join(u' ').contains(u"keychain entry of profile \"Sandbox admin\""_s),
             qPrintable(r->notes.join(u' ')));
    QCOMPARE(r->proof.ok, std::optional<bool>(true));
    QCOMPARE(read().value, r->secret.toUtf8());

    // The next start: a new session restores the profile from the keychain, with the new secret.
    Session next;
    ProfileStore nextProfiles(&settings);
    SignInController nextController(&next, &nextProfiles, &secrets);
    const auto restored = await<TokenInfo>([&](QObject *c, auto h) { nextController.restore(p, c, h); });
    QVERIFY2(restored.ok(), qPrintable(restored.error().userMessage()));
    QVERIFY(next.isSignedIn());
    QCOMPARE(next.clientId(), p.clientId);
}

// A rotation is kept with the profile the session signed in with, else per org in the data folder.
void TestRotation::unreadableStoreIsKeptNotOverwritten()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"rotations.json"_s);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"rotations\": [ damaged");
    }
    RotationStore store(path);
    QVERIFY(store.load().isEmpty());
    RotationRecord r;
    r.id = u"r1"_s;
    r.oldClientId = u"old"_s;
    r.strategy = RotationStrategy::BlueGreen;
    r.startedAt = QDateTime::currentDateTimeUtc();
    QVERIFY2(store.save(r), qPrintable(store.errorString()));
    QCOMPARE(store.load().size(), 1);
    const QStringList kept = QDir(dir.path()).entryList({u"rotations.json.unreadable-*"_s}, QDir::Files);
    QCOMPARE(kept.size(), 1);
    QFile k(dir.filePath(kept.first()));
    QVERIFY(k.open(QIODevice::ReadOnly));
    QCOMPARE(k.readAll(), QByteArray("{\"rotations\": [ damaged"));
}

void TestRotation::storeOfTheProfileElseOfTheOrg()
{
    const QString org = s->session.identity().organization.id;
    QVERIFY(!org.isEmpty());
    const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    QCOMPARE(RotationStore::forSession(s->session).filePath(),
             data + u"/oauthdesk/rotations/org-"_s + org + u".json"_s);
    s->session.setProfileName(u"Prod EU/1"_s);
    QCOMPARE(RotationStore::forSession(s->session).filePath(),
             config + u"/oauthdesk/rotations/profile-Prod%20EU%2F1.json"_s);

    // A renamed profile keeps its rotations.
    RotationRecord record;
    record.id = u"r1"_s;
    record.orgId = org; // a store lists its session's org's records only
    record.oldClientId = u"c1"_s;
    record.step = RotationStep::Watching;
    QVERIFY(RotationStore::forSession(s->session).save(record));
    QVERIFY(RotationStore::renameProfile(u"Prod EU/1"_s, u"Prod EU"_s));
    QVERIFY(RotationStore::forSession(s->session).load().isEmpty());
    s->session.setProfileName(u"Prod EU"_s);
    QCOMPARE(RotationStore::forSession(s->session).load().size(), 1);
    QFile::remove(RotationStore::forSession(s->session).filePath());
    // Signing out forgets the profile.
    s->session.signOut();
    QVERIFY(s->session.profileName().isEmpty());
}

void TestRotation::signedInClientBlueGreen()
{
    const QString admin = s->sandbox.adminClientId();
    const auto r = start(admin, {RotationStrategy::BlueGreen});
    QVERIFY2(r.ok(), qPrintable(r.error().userMessage()));
    QVERIFY(r->signedInClient);
    QVERIFY(r->notes.join(u' ').contains(u"sign in with the new client"_s));
    // The old client cannot be retired from a session that signs in with it.
    auto finished =
        await<RotationRecord>([&](QObject *c, auto h) { runner->finish(r->record, true, true, c, h); });
    QVERIFY(!finished.ok());
    QCOMPARE(finished.error().code, QString(RotationRunner::Refused));
    QVERIFY(finished.error().userMessage().contains(r->record.newClientId));
    // Signed in with the new client, it can.
    const auto signedIn = await<TokenInfo>([&](QObject *c, auto h) {
        s->session.signInWithClientCredentials(r->record.newClientId, r->secret.toUtf8(), c, h);
    });
    QVERIFY2(signedIn.ok(), qPrintable(signedIn.error().userMessage()));
    finished =
        await<RotationRecord>([&](QObject *c, auto h) { runner->finish(r->record, true, true, c, h); });
    QVERIFY2(finished.ok(), qPrintable(finished.error().userMessage()));
    QVERIFY(s->sandbox.client(admin).isEmpty());
    const auto list =
        await<QList<OAuthClient>>([&](QObject *c, auto h) { s->session.clients()->list(c, h); });
    QVERIFY(list.ok());
}

void TestRotation::checksBeforeAnythingChanges()
{
    const QString crm = clientId(u"Data actions - CRM lookup"_s);
    RotationOptions options{RotationStrategy::BlueGreen};
    options.credentialId = credentialFor(u"Zendesk ticket sync"_s); // holds another client
    auto r = start(crm, options);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QString(RotationRunner::Refused));
    options.credentialId = u"no-such-credential"_s;
    r = start(crm, options);
    QVERIFY(r.error().isNotFound());
    r = start(clientId(u"Speech analytics pilot"_s), {RotationStrategy::InPlace}); // inactive
    QCOMPARE(r.error().code, QString(RotationRunner::Refused));
    r = start(u"00000000-0000-4000-8000-000000000000"_s, {RotationStrategy::InPlace});
    QVERIFY(r.error().isNotFound());
    QCOMPARE(creates(), 0);
    QCOMPARE(s->sandbox.requestCount(u"/api/v2/integrations/credentials"_s, "PUT"), 0);
    QVERIFY(store().load().isEmpty());
}

void TestRotation::credentialsWithoutPermission()
{
    s->session.api()->setAccessToken(
        s->sandbox.issueToken({u"oauth:client:*"_s, u"usage:client:view"_s, u"authorization:role:view"_s})
            .toLatin1());
    const QString crm = clientId(u"Data actions - CRM lookup"_s);
    // Asked to update one: refused before anything changes.
    RotationOptions options{RotationStrategy::InPlace};
    options.credentialId = credentialFor(u"Data actions - CRM lookup"_s);
    auto r = start(crm, options);
    QVERIFY(!r.ok());
    QVERIFY(r.error().userMessage().contains(u"integrations:integration:view"_s));
    QCOMPARE(s->sandbox.requestCount(ClientsService::clientPath(crm) + u"/secret"_s, "POST"), 0);
    // Not asked: the step says so and the rotation goes on.
    r = start(crm, {RotationStrategy::InPlace});
    QVERIFY2(r.ok(), qPrintable(r.error().userMessage()));
    QVERIFY(r->notes.join(u' ').contains(u"integrations:integration:view"_s));
    QCOMPARE(r->proof.ok, std::optional<bool>(true));
}

void TestRotation::noSecretInTheSavedStateOrTheLogs()
{
    g_log.clear();
    QLoggingCategory::setFilterRules(u"oauthdesk.*.debug=true"_s);
    g_previous = qInstallMessageHandler(captureLog);
    QByteArray savedBytes;
    connect(runner.get(), &RotationRunner::recordSaved, this, [&savedBytes, this] {
        QFile f(store().filePath());
        if (f.open(QIODevice::ReadOnly))
            savedBytes += f.readAll();
    });
    RotationOptions options{RotationStrategy::BlueGreen};
    options.updateFoundCredentials = true;
    const auto r = start(clientId(u"Zendesk ticket sync"_s), options);
    qInstallMessageHandler(g_previous);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY2(r.ok(), qPrintable(r.error().userMessage()));
    QCOMPARE(r->credentialsUpdated.size(), 1); // found and updated: the secret went into a PUT
    const QByteArray secret = r->secret.toUtf8();
    QVERIFY(secret.size() >= 32);
    QVERIFY(!savedBytes.isEmpty());
    QVERIFY(!savedBytes.contains(secret));
    QFile file(store().filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(secret));
    QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    QVERIFY(g_log.size() > 5); // the HTTP log was on
    for (const QString &line : std::as_const(g_log))
        QVERIFY2(!line.contains(r->secret), qPrintable(line));
}

QTEST_GUILESS_MAIN(TestRotation)
#include "tst_rotation.moc"

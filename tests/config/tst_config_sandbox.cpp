// SPDX-License-Identifier: GPL-3.0-or-later
// Snapshots, differences and promote against real sandboxes over loopback HTTP: a snapshot of the live demo
// org saved and compared with the live org again; two orgs (two sandboxes with different org seeds, the
// second reached through a profile's stored credentials) compared, one client promoted, then equal; and the
// Terraform export of the demo org byte for byte.

#include "app/auth/profiles.h"
#include "app/auth/secretstore.h"
#include "app/config/profilesession.h"
#include "app/config/promoter.h"
#include "app/config/snapshottaker.h"
#include "app/services/clientsservice.h"
#include "models/config/promoteplan.h"
#include "models/config/snapshotdiff.h"
#include "models/config/terraformexport.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using testsupport::await;

namespace {
constexpr quint32 SecondOrg = 7;

Snapshot snapshotOf(Session *session)
{
    const Result<Snapshot> r = await<Snapshot>(
        [&](QObject *ctx, Handler<Snapshot> h) { takeSnapshot(session, ctx, h, testsupport::fixedNow()); });
    if (!r)
        qFatal("snapshot failed: %s", qPrintable(r.error().summary()));
    return r.value();
}

const ClientDifference *entry(const SnapshotDiff &d, const QString &name)
{
    for (const ClientDifference &e : d.entries)
        if (e.name == name)
            return &e;
    return nullptr;
}

QList<PromoteResult> promote(Session *target, const QList<PromoteStep> &steps)
{
    Promoter promoter(target->clients());
    QSignalSpy finished(&promoter, &Promoter::finished);
    promoter.start(steps);
    if (!finished.wait(20000))
        qFatal("promotion did not finish");
    return finished.first().first().value<QList<PromoteResult>>();
}
} // namespace

class TstConfigSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void snapshotRoundTripEqualsLive();
    void secondOrgDiffersAsDocumented();
    void promoteOneClientThenEqual();
    void promoteSkipsAMissingDivisionAndNeverDeletes();
    void profileSessionReadsTheOtherOrg();
    void profileWithoutStoredSecretAsksForSignIn();
    void terraformOfTheDemoOrgByteForByte();

private:
    std::unique_ptr<testsupport::SandboxSession> m_a;
    std::unique_ptr<testsupport::SandboxSession> m_b;
};

void TstConfigSandbox::initTestCase()
{
    qRegisterMetaType<QList<PromoteResult>>();
    m_a = std::make_unique<testsupport::SandboxSession>();
    QVERIFY2(m_a->start(), qPrintable(m_a->error));
    SandboxOptions second = testsupport::SandboxSession::defaultOptions();
    second.orgSeed = SecondOrg;
    m_b = std::make_unique<testsupport::SandboxSession>(second);
    QVERIFY2(m_b->start(), qPrintable(m_b->error));
}

void TstConfigSandbox::snapshotRoundTripEqualsLive()
{
    const Snapshot live = snapshotOf(&m_a->session);
    QCOMPARE(live.org.id, m_a->sandbox.organizationId());
    QCOMPARE(live.org.name, u"Northwind Contact Center"_s);
    QCOMPARE(live.clients.size(), m_a->sandbox.clients().size());
    QVERIFY2(live.warnings.isEmpty(), qPrintable(live.warnings.join(u'\n')));
    const QByteArray file = live.toJson();
    QVERIFY(!file.contains("\"secret\""));
    QVERIFY(!file.contains(m_a->sandbox.adminClientSecret().toUtf8()));
    // Every role division of the demo org is named.
    QVERIFY(file.contains("\"roleName\": \"Master Admin\""));
    QVERIFY(file.contains("\"divisionName\": \"Home\""));

    const Result<Snapshot> saved = Snapshot::fromJson(file);
    QVERIFY(saved.ok());
    const SnapshotDiff d = diffSnapshots(saved.value(), snapshotOf(&m_a->session));
    QVERIFY(d.matchedById);
    QVERIFY2(d.isEqual(), qPrintable(QString::number(d.entries.size())));
    QCOMPARE(d.unchanged, int(live.clients.size()));
}

void TstConfigSandbox::secondOrgDiffersAsDocumented()
{
    const SnapshotDiff d = diffSnapshots(snapshotOf(&m_a->session), snapshotOf(&m_b->session));
    QVERIFY(!d.matchedById);
    QCOMPARE(entry(d, u"Nightly WFM export"_s)->kind, ClientDifference::Kind::Removed);
    QCOMPARE(entry(d, u"Quality evaluation bot"_s)->kind, ClientDifference::Kind::Removed);
    QCOMPARE(entry(d, u"Staging smoke tests"_s)->kind, ClientDifference::Kind::Added);
    const ClientDifference *sf = entry(d, u"Salesforce CTI connector"_s);
    QCOMPARE(sf->kind, ClientDifference::Kind::Changed);
    QCOMPARE(sf->changes.size(), 2);
    QCOMPARE(sf->changes[0].field, u"accessTokenValiditySeconds"_s);
    QCOMPARE(sf->changes[1].field, u"description"_s);
    // A division named differently is a change of roleDivisions, by name.
    const ClientDifference *bpo = entry(d, u"Collections dialer (BPO)"_s);
    QCOMPARE(bpo->kind, ClientDifference::Kind::Changed);
    QCOMPARE(bpo->changes.size(), 1);
    QCOMPARE(bpo->changes[0].field, u"roleDivisions"_s);
    QCOMPARE(d.entries.size(), 5);
    // Every other client is equal although all ids (client, role, division, user) differ.
    QCOMPARE(d.unchanged, d.clientsA - 4);
}

void TstConfigSandbox::promoteOneClientThenEqual()
{
    const SnapshotDiff before = diffSnapshots(snapshotOf(&m_a->session), snapshotOf(&m_b->session));
    const Result<TargetDirectory> dir = await<TargetDirectory>(
        [&](QObject *ctx, Handler<TargetDirectory> h) { fetchTargetDirectory(&m_b->session, ctx, h); });
    QVERIFY(dir.ok());
    const QList<PromoteStep> steps =
        planPromotion(before, dir.value(), {u"Nightly WFM export"_s, u"Salesforce CTI connector"_s});
    QCOMPARE(steps.size(), 2);
    QCOMPARE(steps[0].action, PromoteStep::Action::Create);
    QCOMPARE(steps[1].action, PromoteStep::Action::Update);
    QCOMPARE(steps[1].fields, (QStringList{u"accessTokenValiditySeconds"_s, u"description"_s}));

    m_b->sandbox.clearRequests();
    const QList<PromoteResult> results = promote(&m_b->session, steps);
    QCOMPARE(results.size(), 2);
    QCOMPARE(results[0].outcome, PromoteResult::Outcome::Created);
    QVERIFY(!results[0].secret.isEmpty()); // shown once, like a create
    QVERIFY(!results[0].targetId.isEmpty());
    QCOMPARE(results[1].outcome, PromoteResult::Outcome::Updated);
    QCOMPARE(m_b->sandbox.requestCount(u"/api/v2/oauth/clients"_s, "POST"), 1);
    QCOMPARE(m_b->sandbox.requestCount(u"/api/v2/oauth/clients"_s, "PUT"), 1);
    QCOMPARE(m_b->sandbox.requestCount(u"/api/v2/oauth/clients"_s, "DELETE"), 0);
    // The PUT sent the client's whole current JSON: the unknown fields of B's client stayed.
    for (const SandboxRequest &r : m_b->sandbox.requests()) {
        if (r.method == "PUT") {
            const QJsonObject body = QJsonDocument::fromJson(r.body).object();
            QVERIFY(body.contains("customProperties"_L1));
            QVERIFY(body.contains("orgSharingEnabled"_L1));
            QCOMPARE(body.value("accessTokenValiditySeconds"_L1).toInt(), 86400);
        }
        if (r.method == "POST") {
            // Roles and divisions mapped to B's ids.
            const QJsonObject body = QJsonDocument::fromJson(r.body).object();
            const QJsonObject rd = body.value("roleDivisions"_L1).toArray().first().toObject();
            QVERIFY(!body.contains("id"_L1));
            QVERIFY(!rd.contains("roleName"_L1));
            QCOMPARE(rd.value("divisionId"_L1).toString(), dir->divisionIdByName.value(u"Home"_s));
            QCOMPARE(rd.value("roleId"_L1).toString(),
                     dir->roleIdByName.value(u"Integration - WFM Export"_s));
        }
    }

    const SnapshotDiff after = diffSnapshots(snapshotOf(&m_a->session), snapshotOf(&m_b->session));
    QCOMPARE(entry(after, u"Nightly WFM export"_s), nullptr);
    QCOMPARE(entry(after, u"Salesforce CTI connector"_s), nullptr);
    QCOMPARE(after.entries.size(), before.entries.size() - 2);
}

void TstConfigSandbox::promoteSkipsAMissingDivisionAndNeverDeletes()
{
    const SnapshotDiff d = diffSnapshots(snapshotOf(&m_a->session), snapshotOf(&m_b->session));
    const Result<TargetDirectory> dir = await<TargetDirectory>(
        [&](QObject *ctx, Handler<TargetDirectory> h) { fetchTargetDirectory(&m_b->session, ctx, h); });
    QVERIFY(dir.ok());
    const QList<PromoteStep> steps = planPromotion(d, dir.value());
    m_b->sandbox.clearRequests();
    const QList<PromoteResult> results = promote(&m_b->session, steps);
    const int clientsB = int(m_b->sandbox.clients().size());
    for (const PromoteResult &r : results) {
        if (r.name == u"Collections dialer (BPO)"_s) {
            QCOMPARE(r.outcome, PromoteResult::Outcome::Skipped);
            QVERIFY2(r.message.contains(u"division \"Partner BPO\""_s), qPrintable(r.message));
        } else if (r.name == u"Quality evaluation bot"_s) {
            QCOMPARE(r.outcome, PromoteResult::Outcome::Skipped);
            QVERIFY2(r.message.contains(u"role \"Integration - Quality Bot\""_s), qPrintable(r.message));
        } else if (r.name == u"Staging smoke tests"_s) {
            QCOMPARE(r.outcome, PromoteResult::Outcome::Kept);
        }
    }
    QCOMPARE(m_b->sandbox.requestCount(u"/api/v2/oauth/clients"_s, "DELETE"), 0);
    QCOMPARE(m_b->sandbox.requestCount(u"/api/v2/oauth/clients"_s, "POST"), 0);
    QCOMPARE(m_b->sandbox.requestCount(u"/api/v2/oauth/clients"_s, "PUT"), 0);
    QCOMPARE(int(m_b->sandbox.clients().size()), clientsB);
}

void TstConfigSandbox::profileSessionReadsTheOtherOrg()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"profiles.conf"_s), QSettings::IniFormat);
    ProfileStore profiles(&settings);
    Profile p;
    p.name = u"test org"_s;
    p.apiUrl = m_b->sandbox.baseUrl();
    p.loginUrl = m_b->sandbox.baseUrl();
    p.method = SignInMethod::ClientCredentials;
    p.clientId = m_b->sandbox.adminClientId();
    QVERIFY(profiles.save(p).isEmpty());
    Profile other = p;
    other.name = u"other"_s;
    QVERIFY(profiles.save(other).isEmpty());
    profiles.setLastUsed(u"other"_s);
    SecretStore secrets(std::make_unique<MemorySecretBackend>());
    bool written = false;
    secrets.write(SecretStore::key(p.keychainScope(), p.name, SecretStore::ClientSecret),
                  m_b->sandbox.adminClientSecret().toUtf8(), this,
                  [&](const SecretReply &) { written = true; });
    QVERIFY(testsupport::waitFor(written));

    Session second;
    const Result<TokenInfo> r = await<TokenInfo>([&](QObject *ctx, Handler<TokenInfo> h) {
        signInProfileSession(&second, &profiles, &secrets, p.name, ctx, h);
    });
    QVERIFY2(r.ok(), qPrintable(r.error().summary()));
    QCOMPARE(r->organization.name, u"Northwind Contact Center (test org 7)"_s);
    const SnapshotDiff d = diffSnapshots(snapshotOf(&m_b->session), snapshotOf(&second));
    QVERIFY(d.matchedById);
    QVERIFY(d.isEqual());
    QCOMPARE(profiles.lastUsed(), u"other"_s); // reading another org does not change the last profile
}

void TstConfigSandbox::profileWithoutStoredSecretAsksForSignIn()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"profiles.conf"_s), QSettings::IniFormat);
    ProfileStore profiles(&settings);
    Profile p;
    p.name = u"empty"_s;
    p.apiUrl = m_b->sandbox.baseUrl();
    p.method = SignInMethod::Pkce;
    p.clientId = m_b->sandbox.pkceClientId();
    QVERIFY(profiles.save(p).isEmpty());
    SecretStore secrets(std::make_unique<MemorySecretBackend>());
    Session second;
    m_b->sandbox.clearRequests();
    Result<TokenInfo> r = await<TokenInfo>([&](QObject *ctx, Handler<TokenInfo> h) {
        signInProfileSession(&second, &profiles, &secrets, p.name, ctx, h);
    });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ApiError::Kind::Auth);
    QVERIFY2(r.error().message.contains(u"\"empty\""_s), qPrintable(r.error().message));
    QCOMPARE(m_b->sandbox.requests().size(), 0);
    r = await<TokenInfo>([&](QObject *ctx, Handler<TokenInfo> h) {
        signInProfileSession(&second, &profiles, &secrets, u"nope"_s, ctx, h);
    });
    QCOMPARE(r.error().kind, ApiError::Kind::Validation);
}

void TstConfigSandbox::terraformOfTheDemoOrgByteForByte()
{
    testsupport::SandboxSession demo; // untouched by the promotions above
    QVERIFY2(demo.start(), qPrintable(demo.error));
    Snapshot s = snapshotOf(&demo.session);
    s.region = u"us_east_1"_s; // the sandbox's port changes from run to run
    for (const TerraformFile &f : exportTerraform(s)) {
        QFile expectedFile(QStringLiteral(OAUTHDESK_TEST_DATA_DIR) + u"/config/demo-org/"_s + f.name);
        QVERIFY2(expectedFile.open(QIODevice::ReadOnly), qPrintable(expectedFile.fileName()));
        if (f.content != expectedFile.readAll()) {
            QFile out(QDir::temp().filePath(u"actual-demo-"_s + f.name));
            if (out.open(QIODevice::WriteOnly))
                out.write(f.content);
            QFAIL(qPrintable(u"%1 differs from tests/data/config/demo-org/%1; actual output in %2"_s.arg(
                f.name, out.fileName())));
        }
    }
}

QTEST_GUILESS_MAIN(TstConfigSandbox)
#include "tst_config_sandbox.moc"

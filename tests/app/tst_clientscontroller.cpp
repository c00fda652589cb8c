// SPDX-License-Identifier: GPL-3.0-or-later
// ClientsController against the sandbox over loopback HTTP: a listing that was on its way while an
// edit, a create or a delete was applied does not put the older state back; it is asked for again.
#include "app/controllers/clientscontroller.h"
#include "app/services/clientsservice.h"
#include "models/itemmodels/clientlistmodel.h"
#include "tests/support/testsupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TstClientsController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void staleListingIsAskedForAgain_data();
    void staleListingIsAskedForAgain();

private:
    struct Rig
    {
        testsupport::SandboxSession s;
        ClientListModel model;
        ClientsController controller{&model};
        bool start()
        {
            if (!s.start())
                return false;
            QSignalSpy loaded(&controller, &ClientsController::loaded);
            controller.setSession(&s.session);
            return loaded.wait(10000);
        }
        int listings() const { return s.sandbox.requestCount(u"/api/v2/oauth/clients"_s, "GET"); }
    };
};

void TstClientsController::staleListingIsAskedForAgain_data()
{
    QTest::addColumn<QString>("change");
    QTest::newRow("edit") << u"edit"_s;
    QTest::newRow("create") << u"create"_s;
    QTest::newRow("delete") << u"delete"_s;
}

void TstClientsController::staleListingIsAskedForAgain()
{
    QFETCH(QString, change);
    Rig rig;
    QVERIFY(rig.start());
    const int rowsBefore = rig.model.rowCount();
    const OAuthClient target = rig.model.clientAt(3);

    // The next listing is answered with the server's state at the time it arrives, 800 ms late.
    FaultRule slow;
    slow.kind = FaultRule::Kind::Latency;
    slow.method = "GET";
    slow.pathPattern = u"^/api/v2/oauth/clients$"_s;
    slow.latencyMs = 800;
    slow.count = 1;
    rig.s.sandbox.addFault(slow);
    const int listingsBefore = rig.listings();
    QSignalSpy loaded(&rig.controller, &ClientsController::loaded);
    rig.controller.reload();
    QTRY_COMPARE(rig.listings(), listingsBefore + 1); // the server has taken the listing

    // Meanwhile this app changes a client.
    QString createdId;
    if (change == u"edit") {
        QVERIFY(testsupport::await<OAuthClient>([&](QObject *ctx, Handler<OAuthClient> h) {
            rig.s.session.clients()->update(target, QJsonObject{{u"description"_s, u"Edited meanwhile"_s}},
                                            ctx, h);
        }));
    } else if (change == u"create") {
        const QJsonObject body{
            {u"name"_s, u"Created meanwhile"_s},
            {u"authorizedGrantType"_s, u"CLIENT-CREDENTIALS"_s},
            {u"roleDivisions"_s,
             rig.s.sandbox.client(rig.s.sandbox.adminClientId()).value("roleDivisions"_L1)}};
        const auto created =
            testsupport::await<ClientWithSecret>([&](QObject *ctx, Handler<ClientWithSecret> h) {
                rig.s.session.clients()->create(body, ctx, h);
            });
        QVERIFY(created);
        createdId = created->client.id;
    } else {
        QVERIFY(testsupport::await<Done>(
            [&](QObject *ctx, Handler<Done> h) { rig.s.session.clients()->remove(target, ctx, h); }));
    }
    QVERIFY(loaded.isEmpty()); // the late listing has not arrived yet

    // The late listing predates the change: it is not shown; a second one is.
    QVERIFY(loaded.wait(10000));
    QCOMPARE(rig.listings(), listingsBefore + 2);
    QVERIFY(!rig.controller.isLoading());
    if (change == u"edit") {
        QCOMPARE(rig.model.client(target.id)->description, u"Edited meanwhile"_s);
        QCOMPARE(rig.model.rowCount(), rowsBefore);
    } else if (change == u"create") {
        QVERIFY(rig.model.rowOf(createdId) >= 0);
        QCOMPARE(rig.model.rowCount(), rowsBefore + 1);
    } else {
        QCOMPARE(rig.model.rowOf(target.id), -1);
        QCOMPARE(rig.model.rowCount(), rowsBefore - 1);
    }
}

QTEST_GUILESS_MAIN(TstClientsController)
#include "tst_clientscontroller.moc"

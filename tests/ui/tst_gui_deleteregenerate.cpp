// SPDX-License-Identifier: GPL-3.0-or-later
// Deleting and regenerating through their dialogs against the sandbox, with key and mouse events:
// an active client is deactivated, then deleted, and its row removed without a reset; the secret
// is regenerated only after the name is typed, shown once and works; a lost answer says the secret
// may have changed.
#include "models/itemmodels/clientlistmodel.h"
#include "tests/ui/guitest.h"
#include "ui/clients/deleteclientdialog.h"
#include "ui/clients/regeneratesecretdialog.h"
#include "ui/clients/usagesummarylabel.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/secretview.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

using namespace Qt::Literals::StringLiterals;
using namespace guitest;

namespace {
// An active client-credentials demo client other than the one the app signs in with.
QJsonObject activeRobot(const SandboxServer &sandbox)
{
    for (const QJsonValue &v : sandbox.clients()) {
        const QJsonObject o = v.toObject();
        if (o.value("authorizedGrantType"_L1).toString() == "CLIENT-CREDENTIALS"_L1 &&
            o.value("state"_L1).toString() == "active"_L1 &&
            o.value("id"_L1).toString() != sandbox.adminClientId())
            return o;
    }
    return {};
}
} // namespace

class TstGuiDeleteRegenerate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void deleteActiveClient()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        const QJsonObject target = activeRobot(f.s.sandbox);
        QVERIFY(!target.isEmpty());
        const QString id = target.value("id"_L1).toString();
        QVERIFY(selectByName(f.page, target.value("name"_L1).toString()));

        QTest::keyClick(f.page->view(), Qt::Key_Delete);
        QPointer dlg = waitForDialog<DeleteClientDialog>(f.window.get());
        QVERIFY(dlg);
        const QString heading = find<QLabel>(dlg, u"deleteHeading"_s)->text();
        QVERIFY(heading.contains(target.value("name"_L1).toString()));
        QVERIFY(heading.contains("Northwind Contact Center"_L1));
        // The requests of the last 7 days, and what happens to an active client.
        auto *usage = find<UsageSummaryLabel>(dlg, u"usageSummary"_s);
        QTRY_VERIFY_WITH_TIMEOUT(usage->isDone(), 15000);
        QVERIFY2(usage->text().contains("last 7 days"_L1), qPrintable(usage->text()));
        QVERIFY(!usage->text().contains("could not"_L1));
        bool saysInactiveFirst = false;
        for (QLabel *l : dlg->findChildren<QLabel *>()) {
            if (l->text().contains("set inactive first"_L1))
                saysInactiveFirst = true;
        }
        QVERIFY(saysInactiveFirst);
        // It had requests in the last 7 days: Delete waits for its name (issue 15).
        QVERIFY(!usage->totals().isEmpty());
        QVERIFY(!find<QPushButton>(dlg, u"deleteButton"_s)->isEnabled());
        typeInto(find<QLineEdit>(dlg, u"confirmNameEdit"_s), target.value("name"_L1).toString());

        QSignalSpy reset(f.page->model(), &QAbstractItemModel::modelReset);
        QSignalSpy removed(f.page->model(), &QAbstractItemModel::rowsRemoved);
        f.s.sandbox.clearRequests();
        click(find<QPushButton>(dlg, u"deleteButton"_s));
        QTRY_VERIFY(!dlg || !dlg->isVisible());
        // Deactivated, then deleted.
        QCOMPARE(f.s.sandbox.requestCount(u"/api/v2/oauth/clients/"_s + id, "PUT"), 1);
        QCOMPARE(f.s.sandbox.requestCount(u"/api/v2/oauth/clients/"_s + id, "DELETE"), 1);
        QVERIFY(f.s.sandbox.client(id).isEmpty());
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(f.page->model()->rowOf(id), -1);
    }

    // Deleted by keyboard from the whole list (Del, then Alt+D): the client the details show next
    // is the row marked in the list, and in view.
    void deleteByKeyboardMarksTheNextClient()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        const QJsonObject target = activeRobot(f.s.sandbox);
        const QString name = target.value("name"_L1).toString();
        QVERIFY(selectByName(f.page, name));
        auto *search = find<QLineEdit>(f.page, u"searchField"_s);
        typeInto(search, QString());
        QTableView *view = f.page->view();
        QTRY_VERIFY(view->model()->rowCount() > 2);
        QCOMPARE(f.page->currentClient()->name, name);
        QVERIFY(view->currentIndex().row() < view->model()->rowCount() - 1); // a next row exists
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Delete);
        QPointer dlg = waitForDialog<DeleteClientDialog>(f.window.get());
        QVERIFY(dlg);
        QTRY_VERIFY_WITH_TIMEOUT(find<UsageSummaryLabel>(dlg, u"usageSummary"_s)->isDone(), 15000);
        typeInto(find<QLineEdit>(dlg, u"confirmNameEdit"_s), name);
        QTest::keyClick(dlg, Qt::Key_D, Qt::AltModifier);
        QTRY_VERIFY_WITH_TIMEOUT(f.page->model()->rowOf(target.value("id"_L1).toString()) < 0, 15000);
        const QModelIndex current = view->currentIndex();
        QVERIFY(current.isValid());
        QVERIFY(f.page->currentClient());
        QCOMPARE(f.page->currentClient()->id, current.data(ClientListModel::IdRole).toString());
        const QModelIndexList selected = view->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().row(), current.row());
        QVERIFY(view->viewport()->rect().intersects(view->visualRect(current)));
    }

    void cancelDeletesNothing()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        const QJsonObject target = activeRobot(f.s.sandbox);
        QVERIFY(selectByName(f.page, target.value("name"_L1).toString()));
        QTest::keyClick(f.page->view(), Qt::Key_Delete);
        QPointer dlg = waitForDialog<DeleteClientDialog>(f.window.get());
        QVERIFY(dlg);
        QTest::keyClick(dlg, Qt::Key_Escape);
        QTRY_VERIFY(!dlg || !dlg->isVisible());
        QVERIFY(!f.s.sandbox.client(target.value("id"_L1).toString()).isEmpty());
    }

    void regenerateSecret()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        const QJsonObject target = activeRobot(f.s.sandbox);
        const QString name = target.value("name"_L1).toString();
        const QString id = target.value("id"_L1).toString();
        QVERIFY(selectByName(f.page, name));
        QTest::keyClick(f.window.get(), Qt::Key_R, Qt::ControlModifier);
        QPointer dlg = waitForDialog<RegenerateSecretDialog>(f.window.get());
        QVERIFY(dlg);
        QVERIFY(find<QLabel>(dlg, u"regenerateHeading"_s)->text().contains("Northwind Contact Center"_L1));
        QTRY_VERIFY_WITH_TIMEOUT(find<UsageSummaryLabel>(dlg, u"usageSummary"_s)->isDone(), 15000);
        auto *regenerate = find<QPushButton>(dlg, u"regenerateButton"_s);
        auto *confirm = find<QLineEdit>(dlg, u"confirmNameEdit"_s);
        // Only the exact name unlocks it.
        QVERIFY(!regenerate->isEnabled());
        typeInto(confirm, name.left(name.size() - 1));
        QVERIFY(!regenerate->isEnabled());
        QTest::keyClicks(confirm, name.right(1));
        QVERIFY(regenerate->isEnabled());
        f.s.sandbox.clearRequests();
        QTest::keyClick(confirm, Qt::Key_Return);
        SecretView *view = dlg->secretView();
        QTRY_VERIFY(dlg->hasNewSecret());
        QTRY_VERIFY(view->isVisible());
        QCOMPARE(f.s.sandbox.requestCount(u"/api/v2/oauth/clients/"_s + id + u"/secret"_s, "POST"), 1);
        QCOMPARE(view->field()->echoMode(), QLineEdit::Password);
        click(view->revealButton());
        const QString secret = view->field()->text();
        QVERIFY(!secret.isEmpty());
        // The new secret works at the token endpoint.
        const auto token = testsupport::await<TokenResponse>([&](QObject *ctx, Handler<TokenResponse> h) {
            f.s.session.tokens()->clientCredentials(id, secret.toUtf8(), ctx, h);
        });
        QVERIFY2(token, qPrintable(token.error().summary()));
        // Closing without copying warns once.
        auto *close = find<QPushButton>(dlg, u"cancelButton"_s);
        click(close);
        QVERIFY(dlg->isVisible());
        QVERIFY(find<QLabel>(dlg, u"closeWarning"_s)->isVisible());
        click(close);
        QTRY_VERIFY(!dlg || !dlg->isVisible());
    }

    // The answer is lost after the server changed the secret: the user is told to regenerate again.
    void regenerateAnswerLost()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        const QJsonObject target = activeRobot(f.s.sandbox);
        const QString name = target.value("name"_L1).toString();
        QVERIFY(selectByName(f.page, name));
        QTest::keyClick(f.window.get(), Qt::Key_R, Qt::ControlModifier);
        QPointer dlg = waitForDialog<RegenerateSecretDialog>(f.window.get());
        QVERIFY(dlg);
        FaultRule fault;
        fault.kind = FaultRule::Kind::DropConnection;
        fault.method = "POST";
        fault.pathPattern = u"/secret$"_s;
        fault.afterEffect = true;
        f.s.sandbox.addFault(fault);
        typeInto(find<QLineEdit>(dlg, u"confirmNameEdit"_s), name);
        click(find<QPushButton>(dlg, u"regenerateButton"_s));
        auto *message =
            dlg->findChild<MessageBar *>(u"regenerateMessage"_s)->findChild<QLabel *>(u"messageText"_s);
        QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 15000);
        QVERIFY2(message->text().contains("may have changed"_L1), qPrintable(message->text()));
        QVERIFY(!dlg->hasNewSecret());
        // Sent once: a POST is never repeated on its own.
        QCOMPARE(f.s.sandbox.requestCount(
                     u"/api/v2/oauth/clients/"_s + target.value("id"_L1).toString() + u"/secret"_s, "POST"),
                 1);
        // Regenerate again: this time it arrives.
        click(find<QPushButton>(dlg, u"regenerateButton"_s));
        QTRY_VERIFY(dlg->hasNewSecret());
        QVERIFY(!dlg->secretView()->field()->text().isEmpty());
        click(dlg->secretView()->copyButton());
        click(find<QPushButton>(dlg, u"cancelButton"_s));
        QTRY_VERIFY(!dlg || !dlg->isVisible());
    }
};

QTEST_MAIN(TstGuiDeleteRegenerate)
#include "tst_gui_deleteregenerate.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// No self-lockout: the client this session is signed in with is marked in the Clients list, the
// details and Insights; deleting, deactivating and regenerating it say what happens to the session
// and need its name typed; after deleting it, the sign-in dialog that opens on the 401 offers
// "Reopen Demo", which starts the demo again. Driven by key and mouse events against the sandbox.
#include "app/controllers/clientscontroller.h"
#include "app/controllers/insightscontroller.h"
#include "app/rotation/rotationstore.h"
#include "app/services/signedinclient.h"
#include "models/itemmodels/clientfilterproxymodel.h"
#include "models/itemmodels/insightsmodels.h"
#include "tests/ui/guitest.h"
#include "ui/clients/clientdetailsview.h"
#include "ui/clients/deleteclientdialog.h"
#include "ui/clients/regeneratesecretdialog.h"
#include "ui/clients/signedinclientdelegate.h"
#include "ui/clients/usagesummarylabel.h"
#include "ui/insights/insightspage.h"
#include "ui/insights/insightsstatedialog.h"
#include "ui/shell/demosession.h"
#include "ui/signin/signindialog.h"
#include "ui/signin/signinui.h"
#include "ui/widgets/messagebar.h"

#include <QHelpEvent>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTableView>
#include <QToolTip>

using namespace Qt::Literals::StringLiterals;
using namespace guitest;

namespace {
const QString AdminName = u"OAuth Desk (sandbox admin)"_s;

// The tooltip the view shows over `index` (a real tooltip event, as the mouse would cause).
QString toolTipAt(QTableView *view, const QModelIndex &index)
{
    QToolTip::hideText();
    (void)QTest::qWaitFor([] { return !QToolTip::isVisible(); }, 2000);
    const QRect rect = view->visualRect(index);
    QHelpEvent event(QEvent::ToolTip, rect.center(), view->viewport()->mapToGlobal(rect.center()));
    QApplication::sendEvent(view->viewport(), &event);
    return QToolTip::isVisible() ? QToolTip::text() : QString();
}

MessageBar *visibleWarning(QWidget *dialog)
{
    for (MessageBar *m : dialog->findChildren<MessageBar *>(u"selfClientWarning"_s)) {
        if (m->isVisible())
            return m;
    }
    return nullptr;
}
} // namespace

class TstGuiSelfClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void markedInListAndDetails()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        QCOMPARE(signedInClientId(&f.s.session), f.s.sandbox.adminClientId());
        QVERIFY(selectByName(f.page, AdminName));
        QTRY_VERIFY(f.page->details()->plainText().contains(u"Signed in with this client"_s));
        const QModelIndex self = f.page->view()->currentIndex().siblingAtColumn(ClientListModel::NameColumn);
        QCOMPARE(self.data().toString(), AdminName); // the name itself is unchanged
        QVERIFY(toolTipAt(f.page->view(), self).contains(u"Signed in with this client"_s));

        // Another client: no mark.
        QVERIFY(selectByName(f.page, u"Nightly WFM export"_s));
        QVERIFY(!f.page->details()->plainText().contains(u"Signed in with this client"_s));
        const QModelIndex other = f.page->view()->currentIndex().siblingAtColumn(ClientListModel::NameColumn);
        QVERIFY(!toolTipAt(f.page->view(), other).contains(u"Signed in with this client"_s));
    }

    void deleteAndRegenerateWarn()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        QVERIFY(selectByName(f.page, AdminName));

        QTest::keyClick(f.page->view(), Qt::Key_Delete);
        QPointer<DeleteClientDialog> del = waitForDialog<DeleteClientDialog>(f.window.get());
        QVERIFY(del);
        MessageBar *warning = visibleWarning(del);
        QVERIFY(warning);
        QVERIFY2(warning->text().contains(u"signed out at once"_s), qPrintable(warning->text()));
        // Shown as plain text: no markup in it (the bar would show "<b>" as it is).
        QVERIFY2(warning->text().startsWith(u"You are signed in with this client."_s) &&
                     !warning->text().contains(u'<'),
                 qPrintable(warning->text()));
        auto *deleteButton = find<QPushButton>(del, u"deleteButton"_s);
        auto *deactivateButton = find<QPushButton>(del, u"deactivateOnlyButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(find<UsageSummaryLabel>(del, u"usageSummary"_s)->isDone(), 15000);
        QVERIFY(!deleteButton->isEnabled());
        QVERIFY(!deactivateButton->isEnabled());
        auto *name = find<QLineEdit>(del, u"confirmNameEdit"_s);
        QVERIFY(name && name->isVisible());
        typeInto(name, AdminName.left(5));
        QVERIFY(!deleteButton->isEnabled());
        typeInto(name, AdminName);
        QVERIFY(deleteButton->isEnabled());
        QVERIFY(deactivateButton->isEnabled());
        click(find<QPushButton>(del, u"cancelButton"_s));
        QTRY_VERIFY(!del);
        QVERIFY(!f.s.sandbox.client(f.s.sandbox.adminClientId()).isEmpty());

        QApplication::setActiveWindow(f.window.get()); // back from the dialog (no window manager)
        QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
        QTest::keyClick(f.page->view(), Qt::Key_R, Qt::ControlModifier);
        QPointer<RegenerateSecretDialog> regen = waitForDialog<RegenerateSecretDialog>(f.window.get());
        QVERIFY(regen);
        warning = visibleWarning(regen);
        QVERIFY(warning);
        QVERIFY2(warning->text().contains(u"uses the new secret"_s), qPrintable(warning->text()));
        click(find<QPushButton>(regen, u"cancelButton"_s));
        QTRY_VERIFY(!regen);

        // Another client's dialogs say nothing of the session.
        QApplication::setActiveWindow(f.window.get());
        QVERIFY(selectByName(f.page, u"Nightly WFM export"_s));
        clickToolButton(f.window.get(), f.page->regenerateAction());
        regen = waitForDialog<RegenerateSecretDialog>(f.window.get());
        QVERIFY(regen);
        QVERIFY(!visibleWarning(regen));
        click(find<QPushButton>(regen, u"cancelButton"_s));
        QTRY_VERIFY(!regen);
    }

    void insightsMarksAndGuardsDeactivate()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        auto *p = qobject_cast<InsightsPage *>(f.window->page(MainWindow::InsightsKey));
        QVERIFY(p);
        p->controller()->setClock([] { return testsupport::fixedNow(); });
        QTest::keyClick(f.window.get(), Qt::Key_5, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(p->isShowingResults(), 20000);
        QVERIFY(p->selectClient(InsightsPage::UnusedTab, f.s.sandbox.adminClientId()));
        const QModelIndex self =
            p->activityView()->currentIndex().siblingAtColumn(ClientActivityModel::NameColumn);
        QVERIFY(toolTipAt(p->activityView(), self).contains(u"Signed in with this client"_s));

        QTest::keyClick(p->activityView(), Qt::Key_D, Qt::ControlModifier);
        QPointer<InsightsStateDialog> dialog = waitForDialog<InsightsStateDialog>(f.window.get());
        QVERIFY(dialog);
        MessageBar *warning = visibleWarning(dialog);
        QVERIFY(warning);
        QVERIFY2(warning->text().contains(u"this session ends"_s), qPrintable(warning->text()));
        QVERIFY(!dialog->confirmButton()->isEnabled());
        typeInto(find<QLineEdit>(dialog, u"confirmNameEdit"_s), AdminName);
        QVERIFY(dialog->confirmButton()->isEnabled());
        click(find<QPushButton>(dialog, u"cancelButton"_s));
        QTRY_VERIFY(!dialog);
        QCOMPARE(f.s.sandbox.client(f.s.sandbox.adminClientId()).value("state"_L1).toString(), u"active"_s);
    }

    void deleteOwnClientThenReopenDemo()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        MainWindow *w = f.window.get();
        SignInUi *ui = SignInUi::install(w, &f.s.session);
        DemoSession demo(&f.s.session);
        ui->setReopenSession(u"Reopen &Demo"_s, [&demo] { demo.reopen(); });
        // The File menu keeps the ways back in.
        auto *file = w->menuBar()->findChild<QMenu *>(u"fileMenu"_s);
        QVERIFY(file);
        QVERIFY(file->actions().contains(w->signInAction()));
        QVERIFY(file->actions().contains(ui->reopenAction()));
        QVERIFY(w->menuBar()->findChild<QMenu *>(u"switchProfileMenu"_s));

        const QString oldBase = f.s.sandbox.baseUrl().toString();
        QVERIFY(selectByName(f.page, AdminName));
        QTest::keyClick(f.page->view(), Qt::Key_Delete);
        QPointer<DeleteClientDialog> del = waitForDialog<DeleteClientDialog>(w);
        QVERIFY(del);
        QTRY_VERIFY_WITH_TIMEOUT(find<UsageSummaryLabel>(del, u"usageSummary"_s)->isDone(), 15000);
        typeInto(find<QLineEdit>(del, u"confirmNameEdit"_s), AdminName);
        click(find<QPushButton>(del, u"deleteButton"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!del, 15000);
        QVERIFY(f.s.sandbox.client(f.s.sandbox.adminClientId()).isEmpty());

        // The session ended with its client, at once (as the dialog said); File > Reopen Demo brings
        // the demo back.
        QTRY_VERIFY_WITH_TIMEOUT(!f.s.session.isSignedIn(), 10000);
        // A rotation an earlier demo run saved names clients the new demo org does not have: it
        // goes with the old demo.
        RotationStore store = RotationStore::forSession(QString(), f.s.sandbox.organizationId());
        RotationRecord stale;
        stale.id = u"7d1f3a52-0c41-4c43-9a52-6a1e0e5f0d11"_s;
        stale.orgId = f.s.sandbox.organizationId();
        stale.step = RotationStep::Watching;
        stale.oldClientId = f.s.sandbox.adminClientId();
        stale.oldClientName = AdminName;
        stale.newClientId = u"0a4e9d3c-5b5e-4f0e-8d7f-1c2b3a4d5e6f"_s;
        stale.newClientName = u"A copy from another run"_s;
        stale.startedAt = stale.updatedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(store.save(stale));
        QCOMPARE(store.load().size(), 1);
        QVERIFY(ui->reopenAction()->isEnabled());
        ui->reopenAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(f.s.session.isSignedIn(), 20000);
        QVERIFY(demo.sandbox());
        QVERIFY(demo.sandbox()->baseUrl().toString() != oldBase);
        QTRY_VERIFY_WITH_TIMEOUT(f.page->controller()->hasLoaded() &&
                                     f.page->model()->rowOf(demo.sandbox()->adminClientId()) >= 0,
                                 20000);
        QCOMPARE(signedInClientId(&f.s.session), demo.sandbox()->adminClientId());
        QVERIFY(RotationStore::forSession(QString(), demo.sandbox()->organizationId()).load().isEmpty());
    }
};

QTEST_MAIN(TstGuiSelfClient)
#include "tst_gui_selfclient.moc"

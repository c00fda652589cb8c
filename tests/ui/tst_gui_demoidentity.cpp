// SPDX-License-Identifier: GPL-3.0-or-later
// A session that is not a saved profile (oauthdesk --demo, credentials from the environment), set up
// as the launcher does: the status bar's profile switcher names it ("Demo sandbox", not "Not
// signed in") and the toolbar shows the DEMO badge exactly while it is signed in; its menu signs
// out, after which both say so.
#include "app/auth/signincontroller.h"
#include "tests/support/testsupport.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/pages.h"
#include "ui/signin/profileswitcher.h"
#include "ui/signin/signinui.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QStatusBar>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TstGuiDemoIdentity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void demoSessionIsNamedAndBadged()
    {
        testsupport::SandboxSession s;
        QVERIFY2(s.start(false), qPrintable(s.error));
        auto window = std::make_unique<MainWindow>();
        registerStandardPages(window.get());
        window->setSession(&s.session);
        SignInUi *signIn = SignInUi::install(window.get(), &s.session);
        signIn->setSessionIdentity(u"Demo sandbox"_s, u"DEMO"_s, QColor(0x2f, 0x6f, 0xd6));
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));

        auto *switcher = window->statusBar()->findChild<ProfileSwitcher *>();
        auto *badge = window->findChild<QLabel *>(u"profileBadge"_s);
        QVERIFY(switcher && badge);
        // Nobody signed in yet.
        QVERIFY2(switcher->text().startsWith(u"Not signed in"_s), qPrintable(switcher->text()));
        QVERIFY(!badge->isVisible());

        // Signed in the way --demo does it: no profile.
        const Result<TokenInfo> r = testsupport::await<TokenInfo>([&](QObject *ctx, Handler<TokenInfo> h) {
            s.session.signInWithClientCredentials(s.sandbox.adminClientId(),
                                                  s.sandbox.adminClientSecret().toUtf8(), ctx, h);
        });
        QVERIFY2(r.ok(), qPrintable(r.error().summary()));
        QVERIFY(!signIn->controller()->currentProfile());
        QTRY_VERIFY2(switcher->text().startsWith(u"Demo sandbox"_s), qPrintable(switcher->text()));
        QVERIFY(!switcher->text().contains(u"Not signed in"_s));
        QCOMPARE(switcher->accessibleName(), u"Session Demo sandbox"_s);
        QVERIFY2(switcher->toolTip().contains(u"Northwind Contact Center"_s),
                 qPrintable(switcher->toolTip()));
        QTRY_VERIFY(badge->isVisible());
        QCOMPARE(badge->text(), u"DEMO"_s);

        // The switcher's menu offers Sign Out for the demo session too; chosen by keyboard.
        QMenu *menu = switcher->menu();
        QTimer::singleShot(0, switcher, [menu] {
            QTRY_VERIFY(menu->isVisible());
            QAction *out = menu->findChild<QAction *>(u"signOutAction"_s);
            QVERIFY(out);
            menu->setActiveAction(out);
            QTest::keyClick(menu, Qt::Key_Return);
        });
        switcher->setFocus();
        QTest::keyClick(switcher, Qt::Key_Space);
        QTRY_VERIFY(!s.session.isSignedIn());
        QTRY_VERIFY2(switcher->text().startsWith(u"Not signed in"_s), qPrintable(switcher->text()));
        QTRY_VERIFY(!badge->isVisible());
        // The status bar says what happened, with the session's name.
        QTRY_VERIFY2(window->statusBar()->currentMessage().contains(u"Demo sandbox"_s),
                     qPrintable(window->statusBar()->currentMessage()));
        window.reset();
    }

    void environmentSessionHasNoBadge()
    {
        testsupport::SandboxSession s;
        QVERIFY2(s.start(false), qPrintable(s.error));
        auto window = std::make_unique<MainWindow>();
        registerStandardPages(window.get());
        window->setSession(&s.session);
        SignInUi *signIn = SignInUi::install(window.get(), &s.session);
        signIn->setSessionIdentity(u"Environment credentials"_s);
        window->show();
        const Result<TokenInfo> r = testsupport::await<TokenInfo>([&](QObject *ctx, Handler<TokenInfo> h) {
            s.session.signInWithClientCredentials(s.sandbox.adminClientId(),
                                                  s.sandbox.adminClientSecret().toUtf8(), ctx, h);
        });
        QVERIFY(r.ok());
        auto *switcher = window->statusBar()->findChild<ProfileSwitcher *>();
        QTRY_VERIFY2(switcher->text().startsWith(u"Environment credentials"_s), qPrintable(switcher->text()));
        QVERIFY(!window->findChild<QLabel *>(u"profileBadge"_s)->isVisible());
        window.reset();
    }
};

QTEST_MAIN(TstGuiDemoIdentity)
#include "tst_gui_demoidentity.moc"

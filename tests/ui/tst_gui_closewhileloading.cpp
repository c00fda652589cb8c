// SPDX-License-Identifier: GPL-3.0-or-later
// Closing the main window while pages are still loading (a Latency fault holds the answers back):
// the window and its pages go away without a crash, and the requests in flight are cancelled.
// Before the fix, ~ClientsController cancelled the listing, its handler emitted loadingChanged,
// ClientsPage emitted statusTextChanged, and MainWindow's handler read the QStackedWidget that
// was being destroyed.
#include "app/controllers/authorizationscontroller.h"
#include "app/controllers/clientscontroller.h"
#include "app/controllers/scopecatalog.h"
#include "app/controllers/sessioncontext.h"
#include "tests/support/testsupport.h"
#include "ui/catalog/authorizationspage.h"
#include "ui/clients/clientspage.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/pages.h"

#include <QApplication>
#include <QLabel>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
FaultRule slow(const QString &pathPattern)
{
    FaultRule r;
    r.kind = FaultRule::Kind::Latency;
    r.method = "GET";
    r.pathPattern = pathPattern;
    r.latencyMs = 4000;
    r.count = -1;
    return r;
}
} // namespace

class TstGuiCloseWhileLoading : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void closeWhileTheClientListLoads()
    {
        testsupport::SandboxSession s;
        QVERIFY2(s.start(), qPrintable(s.error));
        s.sandbox.addFault(slow(u"^/api/v2/oauth/clients$"_s));
        auto window = std::make_unique<MainWindow>();
        registerStandardPages(window.get());
        window->setSession(&s.session);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        ClientsPage *page = window->clientsPage();
        QVERIFY(page->controller()->isLoading());
        // The status bar shows the page's loading text: the connection that crashed is live.
        auto *status = window->findChild<QLabel *>(u"pageStatus"_s);
        QTRY_VERIFY(!status->text().isEmpty());
        QVERIFY(s.session.api()->inFlight() > 0);

        window->close();
        window.reset(); // what the launcher does after the event loop ends
        QCOMPARE(s.session.api()->inFlight(), 0);
    }

    void closeWhileAuthorizationsAndScopesLoad()
    {
        testsupport::SandboxSession s;
        QVERIFY2(s.start(), qPrintable(s.error));
        s.sandbox.addFault(slow(u"^/api/v2/oauth/(authorizations|scopes)"_s));
        auto window = std::make_unique<MainWindow>();
        registerStandardPages(window.get());
        window->setSession(&s.session);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QTRY_VERIFY(window->clientsPage()->controller()->hasLoaded());
        window->showPage(MainWindow::AuthorizationsKey);
        auto *auths = qobject_cast<AuthorizationsPage *>(window->page(MainWindow::AuthorizationsKey));
        QVERIFY(auths);
        QVERIFY(auths->controller()->isLoading());
        window->showPage(MainWindow::ScopesKey);
        QVERIFY(window->sessionContext()->scopes()->isLoading());

        window->close();
        window.reset();
        QCOMPARE(s.session.api()->inFlight(), 0);
    }

    void signOutWhileLoadingThenClose()
    {
        // Sign-out cancels the listing while everything is alive; then the window goes.
        testsupport::SandboxSession s;
        QVERIFY2(s.start(), qPrintable(s.error));
        s.sandbox.addFault(slow(u"^/api/v2/oauth/clients$"_s));
        auto window = std::make_unique<MainWindow>();
        registerStandardPages(window.get());
        window->setSession(&s.session);
        window->show();
        QVERIFY(window->clientsPage()->controller()->isLoading());
        s.session.signOut();
        QVERIFY(!window->clientsPage()->controller()->isLoading());
        QCOMPARE(window->findChild<QLabel *>(u"pageStatus"_s)->text(), QString());
        window.reset();
    }
};

QTEST_MAIN(TstGuiCloseWhileLoading)
#include "tst_gui_closewhileloading.moc"

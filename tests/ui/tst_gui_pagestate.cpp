// SPDX-License-Identifier: GPL-3.0-or-later
// Every page shows the current session's state: after Sign Out, nothing of the previous org stays
// (the Usage page's charts, table and summary are cleared and Export is disabled; the list pages
// show their signed-out panel); while a query loads for a signed-in user, the Usage page says it is
// loading, not "Sign in". Driven by key events against the sandbox.
#include "app/controllers/clientscontroller.h"
#include "app/controllers/usagecontroller.h"
#include "models/itemmodels/usagetablemodel.h"
#include "tests/ui/guitest.h"
#include "ui/clients/clientdetailsview.h"
#include "ui/usage/usageclientpicker.h"
#include "ui/usage/usagepage.h"
#include "ui/widgets/listpage.h"
#include "ui/widgets/signedoutpanel.h"

#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>

using namespace Qt::Literals::StringLiterals;
using namespace guitest;

namespace {
bool signInAgain(testsupport::SandboxSession &s)
{
    const Result<TokenInfo> r = testsupport::await<TokenInfo>([&](QObject *ctx, auto done) {
        s.session.signInWithClientCredentials(s.sandbox.adminClientId(),
                                              s.sandbox.adminClientSecret().toUtf8(), ctx, done);
    });
    return r.ok();
}
} // namespace

class TstGuiPageState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void usageAfterSignOutAndIn()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        auto *p = qobject_cast<UsagePage *>(f.window->page(MainWindow::UsageKey));
        QVERIFY(p);
        QVERIFY(selectByName(f.page, u"Salesforce CTI connector"_s));
        QTest::keyClick(f.window.get(), Qt::Key_4, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(p->isShowingResults(), 20000);
        QVERIFY(p->tableModel()->rowCount() > 0);
        QVERIFY(p->exportCsvAction()->isEnabled());
        auto *summary = p->findChild<QLabel *>(u"usageSummary"_s);
        QVERIFY(!summary->text().isEmpty());
        auto *placeholder = p->findChild<QLabel *>(u"usagePlaceholderText"_s);
        const UsageRequest asked = p->request();

        // Signed out: the previous org's answer is gone, Export is off, the page says to sign in.
        f.s.session.signOut();
        QCOMPARE(p->tableModel()->rowCount(), 0);
        QVERIFY(summary->text().isEmpty());
        QVERIFY(!p->exportCsvAction()->isEnabled());
        QVERIFY(!p->isShowingResults());
        QVERIFY(placeholder->isVisible());
        QVERIFY2(placeholder->text().contains(u"Sign in"_s), qPrintable(placeholder->text()));

        // Signed in again, on the page: the query runs, and the page says it is loading.
        f.s.sandbox.setUsageRunningPolls(5);
        QVERIFY(signInAgain(f.s));
        QTRY_VERIFY_WITH_TIMEOUT(f.page->controller()->hasLoaded() && !f.page->controller()->isLoading(),
                                 20000);
        p->setRequest(asked);
        QTRY_VERIFY(p->controller()->isRunning());
        QVERIFY(!placeholder->isVisible() || !placeholder->text().contains(u"Sign in"_s));
        QVERIFY2(!placeholder->isVisible() || placeholder->text().contains(u"Loading"_s),
                 qPrintable(placeholder->text()));
        QTRY_VERIFY_WITH_TIMEOUT(p->isShowingResults(), 20000);
        QVERIFY(p->exportCsvAction()->isEnabled());
    }

    void listPagesAfterSignOutAndIn()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        const QStringList keys{MainWindow::ClientsKey, MainWindow::AuthorizationsKey, MainWindow::ScopesKey,
                               MainWindow::InsightsKey};
        for (const QString &key : keys) {
            f.window->showPage(key);
            QTest::qWait(50);
        }
        QVERIFY(f.window->reloadAction()->isEnabled());
        f.s.session.signOut();
        QTRY_VERIFY(!f.window->reloadAction()->isEnabled()); // nothing to load from
        for (const QString &key : keys) {
            f.window->showPage(key);
            auto *page = qobject_cast<ListPage *>(f.window->page(key));
            QVERIFY2(page, qPrintable(key));
            auto *panel = page->findChild<SignedOutPanel *>();
            QVERIFY2(panel, qPrintable(key));
            QTRY_VERIFY2(panel->isVisible(), qPrintable(key));
        }
        QVERIFY(signInAgain(f.s));
        QTRY_VERIFY(f.window->reloadAction()->isEnabled());
        for (const QString &key : keys) {
            f.window->showPage(key);
            auto *page = qobject_cast<ListPage *>(f.window->page(key));
            QTRY_VERIFY2(!page->findChild<SignedOutPanel *>()->isVisible(), qPrintable(key));
        }
        f.window->showPage(MainWindow::ClientsKey);
        QTRY_VERIFY_WITH_TIMEOUT(f.page->controller()->hasLoaded() && f.page->model()->rowCount() > 0, 20000);
    }

    // Names, not ids: a client as the real API sends it (created/modified by a user id only) shows
    // the users' names, looked up in one request; an id no user has stays, saying why.
    void detailsNameTheUsers()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        QJsonObject o = sandboxClient(f.s.sandbox, u"Nightly WFM export"_s);
        const QJsonObject creator = o.value("createdBy"_L1).toObject();
        const QString creatorName = creator.value("name"_L1).toString();
        QVERIFY(!creatorName.isEmpty());
        const QString gone = u"0badc0de-0000-4000-8000-000000000000"_s;
        o.insert("createdBy"_L1, QJsonObject{{u"id"_s, creator.value("id"_L1)}});
        o.insert("modifiedBy"_L1, QJsonObject{{u"id"_s, gone}});

        ClientDetailsView view;
        view.setSessionContext(f.window->sessionContext());
        f.s.sandbox.clearRequests();
        view.setClient(OAuthClient::fromJson(o));
        QTRY_VERIFY_WITH_TIMEOUT(view.plainText().contains(creatorName), 15000);
        QCOMPARE(f.s.sandbox.requestCount(u"/api/v2/users"_s, "GET"), 1);
        const QString text = view.plainText();
        QVERIFY2(text.contains(gone) && text.contains(u"name unknown"_s), qPrintable(text));
        // Cached: showing it again asks nothing.
        view.setClient(OAuthClient::fromJson(o));
        QTest::qWait(100);
        QCOMPARE(f.s.sandbox.requestCount(u"/api/v2/users"_s, "GET"), 1);
    }
};

QTEST_MAIN(TstGuiPageState)
#include "tst_gui_pagestate.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The Authorizations page against the sandbox, driven by QTest key and mouse events: the list on
// first showing, search as you type, the state filter (by its mnemonic and arrow keys), the details
// fetched for the selected row with scope descriptions and role names, the jump to the client on
// the Clients page (Enter and the button), reload without reset, and a 403 that names the missing
// permission.
#include "app/controllers/authorizationscontroller.h"
#include "app/controllers/clientscontroller.h"
#include "app/i18n/translations.h"
#include "models/itemmodels/authorizationfilterproxymodel.h"
#include "models/itemmodels/authorizationlistmodel.h"
#include "models/itemmodels/clientfilterproxymodel.h"
#include "tests/ui/guitest.h"
#include "ui/catalog/authorizationdetailsview.h"
#include "ui/catalog/authorizationspage.h"
#include "ui/widgets/messagebar.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTextBrowser>

using namespace Qt::Literals::StringLiterals;
using namespace guitest;

namespace {
AuthorizationsPage *showAuthorizations(Fixture &f)
{
    QTest::keyClick(f.window.get(), Qt::Key_2, Qt::ControlModifier);
    auto *page = qobject_cast<AuthorizationsPage *>(f.window->page(MainWindow::AuthorizationsKey));
    if (page)
        (void)QTest::qWaitFor(
            [page] { return page->controller()->hasLoaded() || page->controller()->lastError().isError(); },
            20000);
    return page;
}

QString currentName(AuthorizationsPage *page)
{
    return page->view()->currentIndex().data(AuthorizationListModel::ClientNameRole).toString();
}

// Moves the table's current row with the arrow keys to the authorization of `name`.
bool arrowTo(AuthorizationsPage *page, const QString &name)
{
    page->view()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(page->view(), Qt::Key_Home);
    for (int i = 0; i <= page->proxy()->rowCount(); ++i) {
        if (currentName(page) == name)
            return true;
        QTest::keyClick(page->view(), Qt::Key_Down);
    }
    return false;
}
} // namespace

class TstGuiAuthorizations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { Translations::install(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void listLoadsWhenShown()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        // Not fetched at sign-in: the page was not shown yet.
        QCOMPARE(f.s.sandbox.requestCount(u"/api/v2/oauth/authorizations"_s), 0);
        AuthorizationsPage *page = showAuthorizations(f);
        QVERIFY(page);
        QVERIFY2(page->controller()->hasLoaded(), qPrintable(page->controller()->lastError().summary()));
        QCOMPARE(page->model()->rowCount(), 9);
        QCOMPARE(page->findChild<QLabel *>(u"authorizationCount"_s)->text(), u"9 authorizations"_s);
        // Something is selected; its details arrive from GET /oauth/authorizations/{id}.
        QVERIFY(!page->currentClientId().isEmpty());
        QTRY_VERIFY(f.s.sandbox.requestCount(u"/api/v2/oauth/authorizations/"_s + page->currentClientId()) ==
                    1);
        QTRY_VERIFY(page->details()->plainText().contains(page->currentClientId()));
        // Each scope with its description from the catalogue, the roles by name.
        QTRY_VERIFY2(page->details()->plainText().contains(u"Perform all operations"_s),
                     qPrintable(page->details()->plainText()));
        QTRY_VERIFY2(page->details()->plainText().contains(u"employee"_s),
                     qPrintable(page->details()->plainText()));
    }

    void searchAsYouTypeAndEnter()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        AuthorizationsPage *page = showAuthorizations(f);
        QTest::keyClick(f.window.get(), Qt::Key_F, Qt::ControlModifier);
        auto *search = page->findChild<QLineEdit *>(u"authorizationSearch"_s);
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, u"wallb"_s);
        QTRY_COMPARE(page->proxy()->rowCount(), 1);
        QCOMPARE(page->findChild<QLabel *>(u"authorizationCount"_s)->text(), u"1 of 9 authorizations"_s);
        // Down goes to the result, selected.
        QTest::keyClick(search, Qt::Key_Down);
        QVERIFY(page->view()->hasFocus());
        QCOMPARE(currentName(page), u"Intranet wallboard"_s);
        // A search by scope: each result has the word somewhere, one at least in its scopes.
        search->setFocus();
        QTest::keyClick(search, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(search, u"alerting"_s);
        QTRY_COMPARE(page->proxy()->filterText(), u"alerting"_s);
        QVERIFY(page->proxy()->rowCount() >= 1 && page->proxy()->rowCount() < 9);
        bool byScope = false;
        for (int r = 0; r < page->proxy()->rowCount(); ++r) {
            const QModelIndex i = page->proxy()->index(r, 0);
            QVERIFY(i.data(AuthorizationListModel::SearchTextRole).toString().contains(u"alerting"_s));
            byScope =
                byScope || i.data(AuthorizationListModel::ScopesRole).toStringList().contains(u"alerting"_s);
        }
        QVERIFY(byScope);
        // Escape clears the search.
        QTest::keyClick(search, Qt::Key_Escape);
        QTRY_COMPARE(page->proxy()->rowCount(), 9);
    }

    void stateFilterByKeyboard()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        AuthorizationsPage *page = showAuthorizations(f);
        auto *filter = page->findChild<QComboBox *>(u"authorizationStateFilter"_s);
        // Alt+S: the "State:" label's mnemonic puts the focus on the filter.
        QTest::keyClick(f.window.get(), Qt::Key_S, Qt::AltModifier);
        QTRY_VERIFY(filter->hasFocus());
        auto choose = [&](const QString &text) {
            QTest::keyClick(filter, Qt::Key_Home);
            for (int i = 0; i < filter->count() && filter->currentText() != text; ++i)
                QTest::keyClick(filter, Qt::Key_Down);
            return filter->currentText() == text;
        };
        QVERIFY(choose(u"Requested"_s));
        QCOMPARE(page->proxy()->rowCount(), 2);
        QVERIFY(choose(u"Pending a decision"_s));
        QCOMPARE(page->proxy()->rowCount(), 3);
        for (int r = 0; r < 3; ++r)
            QVERIFY(page->proxy()->index(r, 0).data(AuthorizationListModel::PendingRole).toBool());
        QVERIFY(choose(u"Revoked"_s));
        QCOMPARE(page->proxy()->rowCount(), 1);
        QCOMPARE(page->proxy()->index(0, 0).data().toString(), u"Marketing journey analytics"_s);
        // The filtered row is selected and shown.
        QTRY_COMPARE(currentName(page), u"Marketing journey analytics"_s);
        QVERIFY(choose(u"All states"_s));
        QCOMPARE(page->proxy()->rowCount(), 9);
    }

    void enterJumpsToTheClient()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        AuthorizationsPage *page = showAuthorizations(f);
        QVERIFY(arrowTo(page, u"Partner portal (multi-tenant)"_s));
        const QString id = page->currentClientId();
        QTRY_VERIFY(page->details()->showClientButton()->isEnabled());
        QTest::keyClick(page->view(), Qt::Key_Return);
        QTRY_COMPARE(f.window->currentPageKey(), MainWindow::ClientsKey);
        QVERIFY(f.page->currentClient());
        QCOMPARE(f.page->currentClient()->id, id);
        QTRY_VERIFY(f.page->view()->hasFocus());
    }

    void buttonJumpsToTheClientEvenWhenFiltered()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        // The Clients page hides the client behind a search; the jump clears it.
        auto *clientSearch = f.page->findChild<QLineEdit *>(u"searchField"_s);
        typeInto(clientSearch, u"no such client at all"_s);
        QTRY_COMPARE(f.page->proxy()->rowCount(), 0);
        AuthorizationsPage *page = showAuthorizations(f);
        QVERIFY(arrowTo(page, u"Salesforce CTI connector"_s));
        const QString id = page->currentClientId();
        QPushButton *button = page->details()->showClientButton();
        QTRY_VERIFY(button->isEnabled());
        click(button);
        QTRY_COMPARE(f.window->currentPageKey(), MainWindow::ClientsKey);
        QCOMPARE(f.page->currentClient()->id, id);
        QVERIFY(clientSearch->text().isEmpty());
    }

    void clientOfAnotherOrgCannotBeShown()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        AuthorizationsPage *page = showAuthorizations(f);
        QVERIFY(arrowTo(page, u"Gamification leaderboard"_s));
        QTRY_VERIFY(page->details()->showClientButton()->isEnabled());
        // The client leaves this org's list (deleted elsewhere): no jump offered, and why.
        const QString id = page->currentClientId();
        QVERIFY(f.page->model()->removeClient(id));
        QTRY_VERIFY(!page->details()->showClientButton()->isEnabled());
        QVERIFY(!page->showClientAction()->isEnabled());
        auto *note = page->findChild<QLabel *>(u"showClientNote"_s);
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(u"not one of this org"_s), qPrintable(note->text()));
        // Enter then does nothing.
        page->view()->setFocus();
        QTest::keyClick(page->view(), Qt::Key_Return);
        QCOMPARE(f.window->currentPageKey(), MainWindow::AuthorizationsKey);
    }

    void reloadMergesAndKeepsTheSelection()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        AuthorizationsPage *page = showAuthorizations(f);
        QVERIFY(arrowTo(page, u"Mobile supervisor app"_s));
        QSignalSpy reset(page->model(), &QAbstractItemModel::modelReset);
        const int before = f.s.sandbox.requestCount(u"/api/v2/oauth/authorizations"_s, "GET");
        QTest::keyClick(f.window.get(), Qt::Key_F5);
        QTRY_VERIFY(f.s.sandbox.requestCount(u"/api/v2/oauth/authorizations"_s, "GET") > before);
        QTRY_VERIFY(!page->controller()->isLoading());
        QCOMPARE(reset.count(), 0);
        QCOMPARE(currentName(page), u"Mobile supervisor app"_s);
    }

    void forbiddenNamesThePermission()
    {
        Fixture f;
        QVERIFY2(f.start(false), qPrintable(f.error));
        // A token that may list clients but not see authorizations.
        const QString token = f.s.sandbox.issueToken({u"oauth:client:view"_s});
        const Result<TokenInfo> r = testsupport::await<TokenInfo>(
            [&](QObject *ctx, Handler<TokenInfo> h) { f.s.session.signInWithToken(token.toUtf8(), ctx, h); });
        QVERIFY2(r.ok(), qPrintable(r.error().summary()));
        AuthorizationsPage *page = showAuthorizations(f);
        QVERIFY(page->controller()->lastError().isHttp(403));
        auto *bar = page->findChild<MessageBar *>();
        QTRY_VERIFY(bar->isVisible());
        QVERIFY2(bar->text().contains(u"oauth:client:authorize"_s), qPrintable(bar->text()));
        QCOMPARE(page->model()->rowCount(), 0);
        // No retry loop: showing the page again does not ask again.
        const int asked = f.s.sandbox.requestCount(u"/api/v2/oauth/authorizations"_s);
        QTest::keyClick(f.window.get(), Qt::Key_1, Qt::ControlModifier);
        QTest::keyClick(f.window.get(), Qt::Key_2, Qt::ControlModifier);
        QTest::qWait(100);
        QCOMPARE(f.s.sandbox.requestCount(u"/api/v2/oauth/authorizations"_s), asked);
    }

    void signedOutShowsTheWayIn()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        AuthorizationsPage *page = showAuthorizations(f);
        f.s.session.signOut();
        QCOMPARE(page->model()->rowCount(), 0);
        auto *button = page->findChild<QPushButton *>(u"authorizationsSignInButton"_s);
        QTRY_VERIFY(button->isVisible());
        QSignalSpy asked(f.window.get(), &MainWindow::signInRequested);
        button->setFocus();
        QTest::keyClick(button, Qt::Key_Space);
        QCOMPARE(asked.count(), 1);
    }
};

QTEST_MAIN(TstGuiAuthorizations)
#include "tst_gui_authorizations.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The main window and the Clients page against the sandbox, driven through key and mouse events:
// listing, search as you type, filters, sorting, pages and shortcuts, reload without reset, the
// details pane, copy id, export, the signed-out state and a 403 that disables an action.
#include "app/controllers/clientscontroller.h"
#include "app/controllers/scopecatalog.h"
#include "app/controllers/sessioncontext.h"
#include "app/services/clientsservice.h"
#include "models/itemmodels/clientfilterproxymodel.h"
#include "tests/ui/guitest.h"
#include "ui/clients/clientdetailsview.h"
#include "ui/clients/clienteditdialog.h"

#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;
using namespace guitest;

class TstGuiMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listsTheOrgsClients()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        const int n = int(f.s.sandbox.clients().size());
        QVERIFY(n >= 40);
        QCOMPARE(f.page->model()->rowCount(), n);
        QCOMPARE(f.page->proxy()->rowCount(), n);
        auto *count = f.page->findChild<QLabel *>(u"countLabel"_s);
        QCOMPARE(count->text(), u"%1 clients"_s.arg(n));
        auto *identity = f.window->findChild<QLabel *>(u"identityLabel"_s);
        QVERIFY2(identity->text().contains("Northwind Contact Center"_L1), qPrintable(identity->text()));
        QVERIFY(f.window->windowTitle().contains("Northwind Contact Center"_L1));
        // Something is selected and its details are shown.
        QVERIFY(f.page->currentClient());
        QTRY_VERIFY(f.page->details()->plainText().contains(f.page->currentClient()->id));
    }

    void searchAsYouType()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        const int n = f.page->model()->rowCount();
        auto *search = f.page->findChild<QLineEdit *>(u"searchField"_s);
        // Ctrl+F puts the focus there.
        QTest::keyClick(f.window.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, u"SCIM"_s);
        // The filter follows the typing after a short pause.
        int expected = 0;
        for (const QJsonValue &v : f.s.sandbox.clients()) {
            const QJsonObject o = v.toObject();
            const QString hay = (o.value("name"_L1).toString() + u'\n' + o.value("id"_L1).toString() + u'\n' +
                                 o.value("description"_L1).toString())
                                    .toLower();
            expected += hay.contains("scim"_L1) ? 1 : 0;
        }
        QVERIFY(expected > 0 && expected < n);
        QTRY_COMPARE(f.page->proxy()->rowCount(), expected);
        QCOMPARE(f.page->findChild<QLabel *>(u"countLabel"_s)->text(),
                 u"%1 of %2 clients"_s.arg(expected).arg(n));
        // Enter goes to the result.
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY(f.page->view()->hasFocus());
        QVERIFY(f.page->currentClient()->name.contains("SCIM"_L1, Qt::CaseInsensitive) ||
                f.page->currentClient()->description.contains("SCIM"_L1, Qt::CaseInsensitive));
        // Escape in the search field clears it.
        QTest::mouseClick(search, Qt::LeftButton);
        QTest::keyClick(search, Qt::Key_Escape);
        QCOMPARE(search->text(), QString());
        QTRY_COMPARE(f.page->proxy()->rowCount(), n);
        // An id finds exactly its client.
        const QString id = f.page->model()->clientAt(3).id;
        QTest::keyClicks(search, id);
        QTRY_COMPARE(f.page->proxy()->rowCount(), 1);
    }

    // Selecting a client that the search and a filter hide (as the jumps from other pages do)
    // clears them rather than selecting something invisible.
    void selectingAHiddenClientClearsTheFilters()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        const int n = f.page->model()->rowCount();
        auto *search = f.page->findChild<QLineEdit *>(u"searchField"_s);
        QTest::keyClick(f.window.get(), Qt::Key_F, Qt::ControlModifier);
        QTest::keyClicks(search, u"SCIM"_s);
        QTRY_VERIFY(f.page->proxy()->rowCount() < n);
        QString hidden;
        for (int r = 0; r < n && hidden.isEmpty(); ++r) {
            if (!f.page->proxy()->mapFromSource(f.page->model()->index(r, 0)).isValid())
                hidden = f.page->model()->clientAt(r).id;
        }
        QVERIFY(!hidden.isEmpty());
        QVERIFY(f.page->selectClient(hidden));
        QCOMPARE(search->text(), QString());
        QCOMPARE(f.page->proxy()->rowCount(), n);
        QCOMPARE(f.page->currentClient()->id, hidden);
        QVERIFY(!f.page->selectClient(u"no-such-client"_s));
    }

    void grantAndStateFilters()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        int code = 0;
        int codeActive = 0;
        for (const QJsonValue &v : f.s.sandbox.clients()) {
            const QJsonObject o = v.toObject();
            if (o.value("authorizedGrantType"_L1).toString() == "CODE"_L1) {
                ++code;
                codeActive += o.value("state"_L1).toString() == "active"_L1 ? 1 : 0;
            }
        }
        auto *grant = f.page->findChild<QComboBox *>(u"grantFilter"_s);
        auto *state = f.page->findChild<QComboBox *>(u"stateFilter"_s);
        QTest::mouseClick(grant, Qt::LeftButton);
        QTRY_VERIFY(QApplication::activePopupWidget());
        QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_Escape);
        QTest::keyClick(grant, Qt::Key_Down); // "Code"
        QCOMPARE(grant->currentText(), u"Code"_s);
        QCOMPARE(f.page->proxy()->rowCount(), code);
        QTest::keyClick(state, Qt::Key_Down); // "Active"
        QCOMPARE(f.page->proxy()->rowCount(), codeActive);
        QTest::keyClick(grant, Qt::Key_Up);
        QTest::keyClick(state, Qt::Key_Up);
        QCOMPARE(f.page->proxy()->rowCount(), f.page->model()->rowCount());
    }

    void sortingByHeaderClicks()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        QHeaderView *header = f.page->view()->horizontalHeader();
        const int x = header->sectionViewportPosition(ClientListModel::LifetimeColumn) +
                      header->sectionSize(ClientListModel::LifetimeColumn) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::NoModifier,
                          QPoint(x, header->height() / 2));
        QCOMPARE(header->sortIndicatorSection(), int(ClientListModel::LifetimeColumn));
        auto lifetimes = [&] {
            QList<qint64> out;
            for (int r = 0; r < f.page->proxy()->rowCount(); ++r)
                out << f.page->proxy()->index(r, 0).data(ClientListModel::TokenLifetimeRole).toLongLong();
            return out;
        };
        QList<qint64> l = lifetimes();
        const Qt::SortOrder first = header->sortIndicatorOrder();
        QVERIFY(std::is_sorted(l.begin(), l.end()) || std::is_sorted(l.rbegin(), l.rend()));
        QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::NoModifier,
                          QPoint(x, header->height() / 2));
        QVERIFY(header->sortIndicatorOrder() != first);
        l = lifetimes();
        if (header->sortIndicatorOrder() == Qt::AscendingOrder)
            QVERIFY(std::is_sorted(l.begin(), l.end()));
        else
            QVERIFY(std::is_sorted(l.rbegin(), l.rend()));
        // The numbers are compared as numbers: the 450-day SCIM client is at one end.
        QVERIFY(l.first() == 38880000 || l.last() == 38880000);
    }

    void pagesAndShortcuts()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        QCOMPARE(f.window->currentPageKey(), MainWindow::ClientsKey);
        QTest::keyClick(f.window.get(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(f.window->currentPageKey(), MainWindow::AuthorizationsKey);
        // The Clients page's actions do not fire elsewhere.
        QVERIFY(!f.page->newAction()->isEnabled());
        QTest::keyClick(f.window.get(), Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(f.window->currentPageKey(), MainWindow::UsageKey);
        QTest::keyClick(f.window.get(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(f.window->currentPageKey(), MainWindow::ClientsKey);
        QVERIFY(f.page->newAction()->isEnabled());
    }

    // F5 lists again and merges: a client created elsewhere appears, nothing is reset, and the
    // selection stays.
    void reloadMergesWithoutReset()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        QVERIFY(selectByName(f.page, f.page->model()->clientAt(5).name));
        const QString selected = f.page->currentClient()->id;

        // Another session (another admin) creates a client.
        Session other;
        other.setEndpoints(f.s.endpoints());
        other.api()->setRetryPolicy(testsupport::fastRetryPolicy());
        QVERIFY(testsupport::await<TokenInfo>([&](QObject *ctx, Handler<TokenInfo> h) {
            other.signInWithClientCredentials(f.s.sandbox.adminClientId(),
                                              f.s.sandbox.adminClientSecret().toUtf8(), ctx, h);
        }));
        const QJsonObject body{
            {u"name"_s, u"Created elsewhere"_s},
            {u"authorizedGrantType"_s, u"CLIENT-CREDENTIALS"_s},
            {u"roleDivisions"_s, f.s.sandbox.client(f.s.sandbox.adminClientId()).value("roleDivisions"_L1)}};
        QVERIFY(testsupport::await<ClientWithSecret>(
            [&](QObject *ctx, Handler<ClientWithSecret> h) { other.clients()->create(body, ctx, h); }));
        QCOMPARE(f.page->model()->rowOf(f.page->model()->clientAt(0).id), 0);
        const int before = f.page->model()->rowCount();

        QSignalSpy reset(f.page->model(), &QAbstractItemModel::modelReset);
        QSignalSpy inserted(f.page->model(), &QAbstractItemModel::rowsInserted);
        QSignalSpy loaded(f.page->controller(), &ClientsController::loaded);
        QTest::keyClick(f.window.get(), Qt::Key_F5);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(f.page->model()->rowCount(), before + 1);
        QCOMPARE(f.page->currentClient()->id, selected);
    }

    // A request in flight shows the busy indicator; it goes when the answer is in.
    void busyIndicator()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        auto *busy = f.window->findChild<QWidget *>(u"busyIndicator"_s);
        QVERIFY(busy);
        QTRY_VERIFY(!busy->isVisible());
        FaultRule slow;
        slow.kind = FaultRule::Kind::Latency;
        slow.latencyMs = 400;
        slow.method = "GET";
        slow.pathPattern = u"^/api/v2/oauth/clients$"_s;
        f.s.sandbox.addFault(slow);
        QSignalSpy loaded(f.page->controller(), &ClientsController::loaded);
        QTest::keyClick(f.window.get(), Qt::Key_F5);
        QTRY_VERIFY(busy->isVisible());
        QVERIFY(loaded.wait(10000));
        QTRY_VERIFY(!busy->isVisible());
    }

    // A request that waits before trying again (a 429 with Retry-After 60 s) shows the wait in the
    // status bar; Cancel ends it, and the request is not sent again.
    void waitBeforeRetryIsShownWithCancel()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        RetryPolicy real = f.s.session.api()->retryPolicy();
        real.timeScale = 1.0; // the wait lasts while the test looks at it
        f.s.session.api()->setRetryPolicy(real);
        FaultRule limited;
        limited.kind = FaultRule::Kind::RateLimit;
        limited.method = "GET";
        limited.pathPattern = u"^/api/v2/oauth/clients$"_s;
        limited.retryAfterSeconds = 60;
        limited.count = -1;
        f.s.sandbox.addFault(limited);
        f.s.sandbox.clearRequests();
        auto *wait = f.window->findChild<QWidget *>(u"waitIndicator"_s);
        QVERIFY(wait);
        QVERIFY(!wait->isVisible());
        QTest::keyClick(f.window.get(), Qt::Key_F5);
        QTRY_VERIFY(wait->isVisible());
        const QString text = wait->findChild<QLabel *>(u"waitText"_s)->text();
        QVERIFY2(text.contains(u"rate limited (429), attempt 2 of 5"_s), qPrintable(text));
        QVERIFY2(text.contains(u"60 s"_s) || text.contains(u"59 s"_s), qPrintable(text));
        click(wait->findChild<QAbstractButton *>(u"waitCancel"_s));
        QTRY_VERIFY(!wait->isVisible());
        QTRY_VERIFY(!f.window->findChild<QWidget *>(u"busyIndicator"_s)->isVisible());
        QTRY_VERIFY(!f.page->controller()->isLoading());
        QTest::qWait(100);
        QCOMPARE(f.s.sandbox.requestCount(u"/api/v2/oauth/clients"_s, "GET"), 1);
    }

    void detailsResolveNames()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        // A client-credentials client with roles: role and division names, not ids only.
        const QJsonObject admin = f.s.sandbox.client(f.s.sandbox.adminClientId());
        QVERIFY(selectByName(f.page, admin.value("name"_L1).toString()));
        QTRY_VERIFY2(f.page->details()->plainText().contains("Master Admin"_L1),
                     qPrintable(f.page->details()->plainText()));
        QVERIFY(f.page->details()->plainText().contains("All divisions"_L1));
        // A client with scopes: their descriptions.
        QString withScopes;
        for (const QJsonValue &v : f.s.sandbox.clients()) {
            if (v.toObject().value("scope"_L1).toArray().contains(u"analytics:readonly"_s))
                withScopes = v.toObject().value("name"_L1).toString();
        }
        QVERIFY(!withScopes.isEmpty());
        QVERIFY(selectByName(f.page, withScopes));
        QTRY_VERIFY2(f.page->details()->plainText().contains("View analytics data"_L1),
                     qPrintable(f.page->details()->plainText()));
        // An inactive client: when the platform deletes it.
        QString inactive;
        for (const QJsonValue &v : f.s.sandbox.clients()) {
            if (v.toObject().value("state"_L1).toString() == "inactive"_L1)
                inactive = v.toObject().value("name"_L1).toString();
        }
        QVERIFY(selectByName(f.page, inactive));
        QVERIFY2(f.page->details()->plainText().contains("deletes it on"_L1),
                 qPrintable(f.page->details()->plainText()));
    }

    void copyId()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        const QJsonObject admin = f.s.sandbox.client(f.s.sandbox.adminClientId());
        QVERIFY(selectByName(f.page, admin.value("name"_L1).toString()));
        QTest::keyClick(f.page->view(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), f.s.sandbox.adminClientId());

        // And through the toolbar for another one.
        QVERIFY(selectByName(f.page, f.page->model()->clientAt(2).name));
        clickToolButton(f.window.get(), f.page->copyIdAction());
        QCOMPARE(QGuiApplication::clipboard()->text(), f.page->model()->clientAt(2).id);
    }

    // Window size, sort column and splitter come back on the next start; nothing secret is saved.
    void layoutIsRestored()
    {
        QList<int> sizes;
        {
            Fixture f;
            QVERIFY2(f.start(), qPrintable(f.error));
            f.window->resize(1111, 777);
            QHeaderView *header = f.page->view()->horizontalHeader();
            const int x = header->sectionViewportPosition(ClientListModel::CreatedColumn) + 5;
            QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::NoModifier,
                              QPoint(x, header->height() / 2));
            QCOMPARE(header->sortIndicatorSection(), int(ClientListModel::CreatedColumn));
            auto *splitter = f.page->findChild<QSplitter *>(u"clientsSplitter"_s);
            splitter->setSizes({600, 300});
            sizes = splitter->sizes();
            f.window->close();
        }
        Fixture g;
        QVERIFY2(g.start(), qPrintable(g.error));
        QCOMPARE(g.window->size(), QSize(1111, 777));
        QCOMPARE(g.page->view()->horizontalHeader()->sortIndicatorSection(),
                 int(ClientListModel::CreatedColumn));
        QCOMPARE(g.page->findChild<QSplitter *>(u"clientsSplitter"_s)->sizes(), sizes);
        QSettings settings;
        for (const QString &key : settings.allKeys()) {
            const QString value = settings.value(key).toString();
            QVERIFY2(!value.contains(g.s.sandbox.adminClientSecret()), qPrintable(key));
        }
    }

    void signedOutShowsTheWayIn()
    {
        Fixture f;
        QVERIFY2(f.start(false), qPrintable(f.error));
        auto *stack = f.page->findChild<QStackedWidget *>();
        QVERIFY(stack);
        QCOMPARE(stack->currentWidget()->objectName(), u"signedOutPanel"_s);
        QVERIFY(!f.page->newAction()->isEnabled());
        QCOMPARE(f.window->findChild<QLabel *>(u"identityLabel"_s)->text(), u"Not signed in"_s);
        QSignalSpy requested(f.window.get(), &MainWindow::signInRequested);
        click(f.page->findChild<QPushButton *>(u"signInButton"_s));
        QCOMPARE(requested.count(), 1);

        // Signing in later loads the list.
        QVERIFY(testsupport::await<TokenInfo>([&](QObject *ctx, Handler<TokenInfo> h) {
            f.s.session.signInWithClientCredentials(f.s.sandbox.adminClientId(),
                                                    f.s.sandbox.adminClientSecret().toUtf8(), ctx, h);
        }));
        QTRY_VERIFY(f.page->controller()->hasLoaded());
        QCOMPARE(stack->currentWidget()->objectName(), u"clientsPageContent"_s);
    }

    // A 403 disables the action it refused and names the missing permission.
    void forbiddenActionIsDisabled()
    {
        Fixture f;
        QVERIFY2(f.start(false), qPrintable(f.error));
        const QString token = f.s.sandbox.issueToken(
            {u"oauth:client:view"_s, u"authorization:role:view"_s, u"usage:client:view"_s});
        QVERIFY(testsupport::await<TokenInfo>([&](QObject *ctx, Handler<TokenInfo> h) {
            f.s.session.signInWithToken(token.toUtf8(), ctx, h);
        }));
        QTRY_VERIFY(f.page->controller()->hasLoaded());
        QVERIFY(f.page->newAction()->isEnabled());

        QTest::keyClick(f.window.get(), Qt::Key_N, Qt::ControlModifier);
        QPointer dlg = waitForDialog<QDialog>(f.window.get());
        QVERIFY(dlg);
        typeInto(find<QLineEdit>(dlg, u"nameEdit"_s), u"Not allowed"_s);
        typeInto(find<QLineEdit>(dlg, u"redirectEdit"_s), u"https://example.com/cb"_s);
        QTest::keyClick(find<QLineEdit>(dlg, u"redirectEdit"_s), Qt::Key_Return);
        auto *scopeSearch = find<QLineEdit>(dlg, u"scopeSearch"_s);
        auto *scopeList = find<QTreeView>(dlg, u"scopeList"_s);
        typeInto(scopeSearch, u"users:readonly"_s);
        QTRY_COMPARE(scopeList->model()->rowCount(), 1); // once the catalogue is there
        QTest::keyClick(scopeSearch, Qt::Key_Return);
        QTest::keyClick(find<QWidget>(dlg, u"scopeList"_s), Qt::Key_Space);
        QCOMPARE(qobject_cast<ClientEditDialog *>(dlg.data())->validationErrors(), QStringList());
        click(find<QPushButton>(dlg, u"saveButton"_s));
        auto *message = find<QLabel>(dlg, u"messageText"_s);
        QTRY_VERIFY2(message->isVisible() && message->text().contains("oauth:client:add"_L1),
                     qPrintable(message->text()));
        QTRY_VERIFY(!f.page->newAction()->isEnabled());
        QVERIFY2(f.page->newAction()->toolTip().contains("oauth:client:add"_L1),
                 qPrintable(f.page->newAction()->toolTip()));
        // What was typed is still there.
        QCOMPARE(find<QLineEdit>(dlg, u"nameEdit"_s)->text(), u"Not allowed"_s);
    }
};

QTEST_MAIN(TstGuiMainWindow)
#include "tst_gui_mainwindow.moc"

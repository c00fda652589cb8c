// SPDX-License-Identifier: GPL-3.0-or-later
// The Scopes page against the sandbox, driven by QTest key and mouse events: the catalogue with
// descriptions and per-scope client counts, search, "only scopes in use" by its mnemonic, the
// details of a scope from GET /oauth/scopes/{id}, the clients that have it and the jump to one, and
// the catalogue fetched once for the page and the client editor's scope picker together.
#include "app/controllers/clientscontroller.h"
#include "app/controllers/scopecatalog.h"
#include "app/controllers/sessioncontext.h"
#include "app/i18n/translations.h"
#include "app/services/clientsservice.h"
#include "models/itemmodels/scopechecklistmodel.h"
#include "models/itemmodels/scopefilterproxymodel.h"
#include "models/itemmodels/scopelistmodel.h"
#include "tests/ui/guitest.h"
#include "ui/catalog/scopedetailsview.h"
#include "ui/catalog/scopespage.h"
#include "ui/clients/clienteditdialog.h"
#include "ui/clients/scopepicker.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;
using namespace guitest;

namespace {
ScopesPage *showScopes(Fixture &f)
{
    QTest::keyClick(f.window.get(), Qt::Key_3, Qt::ControlModifier);
    auto *page = qobject_cast<ScopesPage *>(f.window->page(MainWindow::ScopesKey));
    if (page)
        (void)QTest::qWaitFor([&f] { return f.window->sessionContext()->scopes()->isLoaded(); }, 20000);
    return page;
}

// The sandbox's clients that list `scope`.
QStringList clientsWith(const SandboxServer &sandbox, const QString &scope)
{
    QStringList ids;
    for (const QJsonValue &v : sandbox.clients()) {
        const QJsonObject o = v.toObject();
        if (o.value("scope"_L1).toArray().contains(scope))
            ids << o.value("id"_L1).toString();
    }
    return ids;
}

int rowOf(QAbstractItemModel *m, const QString &id)
{
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->index(r, 0).data(ScopeListModel::ScopeIdRole).toString() == id)
            return r;
    }
    return -1;
}
} // namespace

class TstGuiScopes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { Translations::install(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void catalogueWithCounts()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        ScopesPage *page = showScopes(f);
        QVERIFY(page);
        ScopeFilterProxyModel *proxy = page->proxy();
        QVERIFY(proxy->rowCount() > 50);
        QCOMPARE(page->findChild<QLabel *>(u"scopeCount"_s)->text(), u"%1 scopes"_s.arg(proxy->rowCount()));
        // Each scope's count is the number of this org's clients that list it.
        QTRY_VERIFY(proxy->scopeModel()->hasClientUsage());
        for (const QString &scope : {u"analytics:readonly"_s, u"users:readonly"_s, u"alerting"_s}) {
            const int row = rowOf(proxy, scope);
            QVERIFY2(row >= 0, qPrintable(scope));
            QCOMPARE(proxy->index(row, ScopeListModel::ClientsColumn).data().toString(),
                     QString::number(clientsWith(f.s.sandbox, scope).size()));
        }
        QCOMPARE(proxy->index(rowOf(proxy, u"analytics:readonly"_s), ScopeListModel::DescriptionColumn)
                     .data()
                     .toString(),
                 u"View analytics data"_s);
    }

    void searchAndUsedOnly()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        ScopesPage *page = showScopes(f);
        QTRY_VERIFY(page->proxy()->scopeModel()->hasClientUsage());
        const int all = page->proxy()->rowCount();
        QTest::keyClick(f.window.get(), Qt::Key_F, Qt::ControlModifier);
        auto *search = page->findChild<QLineEdit *>(u"scopeCatalogSearch"_s);
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, u"view analytics"_s);
        QTRY_VERIFY(page->proxy()->rowCount() < all);
        QVERIFY(page->proxy()->rowCount() >= 1);
        bool found = false;
        for (int r = 0; r < page->proxy()->rowCount(); ++r) {
            const QString text = page->proxy()->index(r, 0).data(ScopeListModel::SearchTextRole).toString();
            QVERIFY2(text.contains(u"view"_s) && text.contains(u"analytics"_s), qPrintable(text));
            found = found || page->proxy()->index(r, 0).data().toString() == u"analytics:readonly"_s;
        }
        QVERIFY(found);
        QCOMPARE(page->findChild<QLabel *>(u"scopeCount"_s)->text(),
                 u"%1 of %2 scopes"_s.arg(page->proxy()->rowCount()).arg(all));
        QTest::keyClick(search, Qt::Key_Escape);
        QTRY_COMPARE(page->proxy()->rowCount(), all);
        // Alt+S: "Only scopes in use".
        auto *usedOnly = page->findChild<QCheckBox *>(u"scopeUsedOnly"_s);
        QTest::keyClick(f.window.get(), Qt::Key_S, Qt::AltModifier);
        QTRY_VERIFY(usedOnly->isChecked());
        QSet<QString> used;
        for (const QJsonValue &v : f.s.sandbox.clients())
            for (const QJsonValue &s : v.toObject().value("scope"_L1).toArray())
                used.insert(s.toString());
        int inCatalogue = 0;
        for (const QString &s : std::as_const(used))
            inCatalogue += page->proxy()->scopeModel()->rowOf(s) >= 0 ? 1 : 0;
        QCOMPARE(page->proxy()->rowCount(), inCatalogue);
        QVERIFY(inCatalogue < all);
    }

    void detailsClientsAndJump()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        ScopesPage *page = showScopes(f);
        QTRY_VERIFY(page->proxy()->scopeModel()->hasClientUsage());
        auto *search = page->findChild<QLineEdit *>(u"scopeCatalogSearch"_s);
        QTest::keyClick(f.window.get(), Qt::Key_F, Qt::ControlModifier);
        QTest::keyClicks(search, u"analytics:readonly"_s);
        // Enter: to the list, with the match selected.
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY(page->view()->hasFocus());
        QCOMPARE(page->currentScopeId(), u"analytics:readonly"_s);
        // Its details come from GET /oauth/scopes/analytics%3Areadonly.
        QTRY_VERIFY(f.s.sandbox.requestCount(u"/api/v2/oauth/scopes/analytics%3Areadonly"_s) == 1);
        ScopeDetailsView *details = page->details();
        QTRY_COMPARE(details->descriptionText(), u"View analytics data"_s);
        // The clients that have it, each once.
        const QStringList expected = clientsWith(f.s.sandbox, u"analytics:readonly"_s);
        QListWidget *list = details->clientList();
        QTRY_COMPARE(list->count(), int(expected.size()));
        // The first client is current and the only one selected.
        QCOMPARE(list->currentRow(), 0);
        QCOMPARE(list->selectedItems().size(), 1);
        QCOMPARE(list->selectedItems().first(), list->item(0));
        for (int i = 0; i < list->count(); ++i)
            QVERIFY(expected.contains(list->item(i)->data(Qt::UserRole).toString()));
        // Enter on the scope: into its clients; Down, Enter: that client on the Clients page.
        QTest::keyClick(page->view(), Qt::Key_Return);
        QTRY_VERIFY(list->hasFocus());
        QTest::keyClick(list, Qt::Key_Down);
        const QString id = list->currentItem()->data(Qt::UserRole).toString();
        QTest::keyClick(list, Qt::Key_Return);
        QTRY_COMPARE(f.window->currentPageKey(), MainWindow::ClientsKey);
        QCOMPARE(f.page->currentClient()->id, id);
    }

    void unusedScopeSaysSo()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        ScopesPage *page = showScopes(f);
        QTRY_VERIFY(page->proxy()->scopeModel()->hasClientUsage());
        QString unused;
        for (const OAuthScope &s : page->proxy()->scopeModel()->scopes()) {
            if (clientsWith(f.s.sandbox, s.id).isEmpty()) {
                unused = s.id;
                break;
            }
        }
        QVERIFY(!unused.isEmpty());
        QVERIFY(page->selectScope(unused));
        QCOMPARE(page->details()->clientList()->count(), 0);
        QVERIFY(!page->details()->showClientButton()->isEnabled());
        QVERIFY(page->details()->findChild<QLabel *>(u"scopeClientsLabel"_s)->text().contains(u"none"_s));
    }

    void countsFollowAnEdit()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        ScopesPage *page = showScopes(f);
        QTRY_VERIFY(page->proxy()->scopeModel()->hasClientUsage());
        ScopeListModel *model = page->proxy()->scopeModel();
        const int row = model->rowOf(u"alerting"_s);
        const int before = model->clientCountAt(row);
        // Another client gains the scope, edited through the app's service as the editor does.
        const ClientListModel *clients = f.page->model();
        OAuthClient target;
        for (int r = 0; r < clients->rowCount(); ++r) {
            const OAuthClient &c = clients->clientAt(r);
            if (grantUsesScopes(c.grant()) && c.clientState() == ClientState::Active &&
                !c.scope.contains(u"alerting"_s)) {
                target = c;
                break;
            }
        }
        QVERIFY(!target.id.isEmpty());
        QStringList scopes = target.scope;
        scopes << u"alerting"_s;
        const Result<OAuthClient> r =
            testsupport::await<OAuthClient>([&](QObject *ctx, Handler<OAuthClient> h) {
                f.s.session.clients()->update(
                    target, QJsonObject{{u"scope"_s, QJsonArray::fromStringList(scopes)}}, ctx, h);
            });
        QVERIFY2(r.ok(), qPrintable(r.error().summary()));
        QTRY_COMPARE(model->clientCountAt(row), before + 1);
    }

    void oneCatalogueForPageAndPicker()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        f.s.sandbox.clearRequests();
        ScopesPage *page = showScopes(f);
        QVERIFY(page);
        QCOMPARE(f.s.sandbox.requestCount(u"/api/v2/oauth/scopes"_s, "GET") -
                     f.s.sandbox.requestCount(u"/api/v2/oauth/scopes/"_s, "GET"),
                 1);
        // The client editor's picker shows the very same model, with no second fetch.
        QTest::keyClick(f.window.get(), Qt::Key_1, Qt::ControlModifier);
        QTest::keyClick(f.window.get(), Qt::Key_N, Qt::ControlModifier);
        auto *dlg = waitForDialog<ClientEditDialog>(f.window.get());
        QVERIFY(dlg);
        auto *picker = dlg->findChild<ScopePicker *>();
        QVERIFY(picker);
        auto *checklist = dlg->findChild<ScopeChecklistModel *>();
        QVERIFY(checklist);
        QCOMPARE(checklist->catalogModel(), f.window->sessionContext()->scopes()->model());
        QCOMPARE(checklist->rowCount(), page->proxy()->scopeModel()->rowCount());
        QCOMPARE(f.s.sandbox.requestCount(u"/api/v2/oauth/scopes"_s, "GET") -
                     f.s.sandbox.requestCount(u"/api/v2/oauth/scopes/"_s, "GET"),
                 1);
        dlg->close();
    }
};

QTEST_MAIN(TstGuiScopes)
#include "tst_gui_scopes.moc"

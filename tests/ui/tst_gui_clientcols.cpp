// SPDX-License-Identifier: GPL-3.0-or-later
// The Clients page's usage columns, Duplicate, Import from JSON and the list state kept across
// restarts, in the main window against the sandbox ("now" fixed on both sides, see
// tests/app/tst_insightscontroller.cpp for the demo org's traffic):
//   - Fetch Usage fills "Last request" and "Requests (30 d)" with one org-wide query, the page says
//     when ("Usage as of"), and the Insights page then answers from it without a request;
//   - a sweep the Insights page made fills the columns without a request;
//   - sorting by requests (unknown last), the "No requests in 30/90 days" filter;
//   - Duplicate opens the New OAuth Client form filled in (" (copy)", no id, no secret), and Create
//     makes that client;
//   - Import from JSON (the real file dialog) fills the form, drops the read-only fields and points
//     out a role the org does not have; a malformed file is refused with a message and opens nothing;
//   - the column chooser hides a column, and the hidden column, the sort order and the filters
//     survive a new main window (QSettings).
#include "app/controllers/insightscontroller.h"
#include "models/itemmodels/clientfilterproxymodel.h"
#include "models/itemmodels/clientlistmodel.h"
#include "tests/ui/guitest.h"
#include "ui/clients/clienteditdialog.h"
#include "ui/clients/clienteditform.h"
#include "ui/clients/clienttemplateactions.h"
#include "ui/clients/clientusageui.h"
#include "ui/clients/roledivisionpicker.h"
#include "ui/insights/insightspage.h"
#include "ui/widgets/secretdialog.h"

#include <QAction>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;
using namespace guitest;

namespace {
const QStringList Quiet30 = {u"Emergency broadcast"_s, u"Holiday campaign uploader"_s,
                             u"Translation service webhook"_s};
const QStringList Quiet90 = {u"Emergency broadcast"_s, u"Translation service webhook"_s};

InsightsPage *insightsPage(Fixture &f)
{
    return qobject_cast<InsightsPage *>(f.window->page(MainWindow::InsightsKey));
}

// Starts the window with the app's clock fixed (the sandbox's is).
bool start(Fixture &f)
{
    if (!f.start())
        return false;
    insightsPage(f)->controller()->setClock([] { return testsupport::fixedNow(); });
    return true;
}

QStringList shownNames(ClientsPage *page)
{
    QStringList out;
    const QAbstractItemModel *m = page->view()->model();
    for (int r = 0; r < m->rowCount(); ++r)
        out << m->index(r, ClientListModel::NameColumn).data().toString();
    return out;
}

// The text of `column` in the row of the client called `name`.
QString cellOf(ClientsPage *page, const QString &name, int column)
{
    for (int r = 0; r < page->model()->rowCount(); ++r) {
        if (page->model()->clientAt(r).name == name)
            return page->model()->index(r, column).data().toString();
    }
    return u"(no such client)"_s;
}

void clickFetch(ClientsPage *page)
{
    auto *button = page->findChild<QToolButton *>(u"fetchUsageButton"_s);
    QVERIFY(button);
    QVERIFY(button->isVisible());
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

// Picks the item with `text` in the combo box with the keyboard, as a user would.
void pick(QComboBox *box, const QString &text)
{
    QVERIFY(box);
    const int at = box->findText(text);
    QVERIFY2(at >= 0, qPrintable(text));
    box->setFocus(Qt::TabFocusReason);
    QTest::keyClick(box, Qt::Key_Home);
    for (int i = 0; i < at; ++i)
        QTest::keyClick(box, Qt::Key_Down);
    QCOMPARE(box->currentIndex(), at);
}

void clickHeader(QTableView *view, int column)
{
    QHeaderView *h = view->horizontalHeader();
    const int x = h->sectionViewportPosition(column) + h->sectionSize(column) / 2;
    QTest::mouseClick(h->viewport(), Qt::LeftButton, Qt::NoModifier, QPoint(x, h->height() / 2));
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

// Chooses `path` in the import file dialog, as typing its name and Enter would.
void chooseImportFile(ClientsPage *page, const QString &path)
{
    QPointer<QWidget> opened = page->templates()->openImportDialog();
    QVERIFY(opened);
    auto *dlg = qobject_cast<QFileDialog *>(opened.data());
    QVERIFY(dlg);
    QCOMPARE(dlg->objectName(), u"importFileDialog"_s);
    QTRY_VERIFY(dlg->isVisible());
    // The file chosen, then the dialog's own accept (what its Open button does).
    dlg->setDirectory(QFileInfo(path).absolutePath());
    dlg->selectFile(QFileInfo(path).fileName());
    QVERIFY(QMetaObject::invokeMethod(dlg, "accept"));
    QTRY_VERIFY(!dlg->isVisible());
}
} // namespace

class TestGuiClientCols : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        // Each run starts from the defaults (the test's HOME outlives it).
        QSettings().clear();
    }

    void fetchUsageFillsTheColumns()
    {
        Fixture f;
        QVERIFY2(start(f), qPrintable(f.error));
        ClientsPage *page = f.page;
        auto *status = page->findChild<QLabel *>(u"usageStatus"_s);
        QVERIFY(status);
        QVERIFY(status->isVisible());
        QVERIFY(status->text().contains(u"not fetched"_s));
        QCOMPARE(cellOf(page, u"Emergency broadcast"_s, ClientListModel::RequestsColumn), u"\u2014"_s);
        QCOMPARE(cellOf(page, u"Emergency broadcast"_s, ClientListModel::LastRequestColumn), u"\u2014"_s);

        f.s.sandbox.clearRequests();
        clickFetch(page);
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->usage().isValid(), 20000);
        // One org-wide query (its start; the polls read the same query).
        QCOMPARE(f.s.sandbox.requestCount(u"/api/v2/usage/query"_s, "POST"), 1);
        QCOMPARE(page->model()->usage().coveredDays, 90);
        QTRY_VERIFY(status->text().startsWith(u"Usage as of"_s));
        for (const QString &name : Quiet90) {
            QCOMPARE(cellOf(page, name, ClientListModel::RequestsColumn), u"0"_s);
            QCOMPARE(cellOf(page, name, ClientListModel::LastRequestColumn), u"None in 90 days"_s);
        }
        // Holiday campaign uploader stopped 45 days ago: none in 30 days, but a last day.
        QCOMPARE(cellOf(page, u"Holiday campaign uploader"_s, ClientListModel::RequestsColumn), u"0"_s);
        const int holiday = page->model()->rowOf(
            sandboxClient(f.s.sandbox, u"Holiday campaign uploader"_s).value("id"_L1).toString());
        const QDate holidayLast =
            page->model()->index(holiday, 0).data(ClientListModel::LastRequestRole).toDate();
        const QDate today = testsupport::fixedNow().date();
        QVERIFY2(holidayLast >= today.addDays(-50) && holidayLast < today.addDays(-40),
                 qPrintable(holidayLast.toString(Qt::ISODate)));
        QCOMPARE(cellOf(page, u"Holiday campaign uploader"_s, ClientListModel::LastRequestColumn),
                 QLocale().toString(holidayLast, QLocale::ShortFormat));
        // A client that calls every day.
        const QString busy = cellOf(page, u"Ops automation (full access)"_s, ClientListModel::RequestsColumn);
        QVERIFY2(QLocale().toLongLong(busy) > 0, qPrintable(busy));

        // The Insights page asks the same controller: its 30 days come from what was fetched.
        f.s.sandbox.clearRequests();
        InsightsPage *insights = insightsPage(f);
        insights->setWindowDays(30);
        QTest::keyClick(f.window.get(), Qt::Key_5, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(insights->isShowingResults(), 20000);
        QCOMPARE(insights->controller()->activity().window.days, 30);
        QCOMPARE(f.s.sandbox.requestCount(u"/api/v2/usage/"_s), 0);
        // And the Clients page keeps its 90 days.
        QCOMPARE(page->model()->usage().coveredDays, 90);

        // Signing out forgets the usage.
        f.s.session.signOut();
        QTRY_VERIFY(!page->model()->usage().isValid());
    }

    void insightsSweepFillsTheColumnsAndTheFilterIsHonest()
    {
        Fixture f;
        QVERIFY2(start(f), qPrintable(f.error));
        InsightsPage *insights = insightsPage(f);
        insights->setWindowDays(30);
        QTest::keyClick(f.window.get(), Qt::Key_5, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(insights->isShowingResults(), 20000);
        f.s.sandbox.clearRequests();
        QTest::keyClick(f.window.get(), Qt::Key_1, Qt::ControlModifier);
        ClientsPage *page = f.page;
        // Filled from the Insights sweep, without a request.
        QVERIFY(page->model()->usage().isValid());
        QCOMPARE(page->model()->usage().coveredDays, 30);
        QCOMPARE(f.s.sandbox.requestCount(u"/api/v2/usage/"_s), 0);
        QCOMPARE(cellOf(page, u"Emergency broadcast"_s, ClientListModel::LastRequestColumn),
                 u"None in 30 days"_s);

        auto *filter = page->findChild<QComboBox *>(u"usageFilter"_s);
        pick(filter, u"No requests in 30 days"_s);
        QStringList shown = shownNames(page);
        for (const QString &name : Quiet30)
            QVERIFY2(shown.contains(name), qPrintable(name));
        QVERIFY(!shown.contains(u"Ops automation (full access)"_s));
        for (int r = 0; r < page->view()->model()->rowCount(); ++r)
            QCOMPARE(page->view()->model()->index(r, ClientListModel::RequestsColumn).data().toString(),
                     u"0"_s);

        // 30 days of usage cannot say who was quiet for 90: with that filter set (as a restart
        // restores it), nobody is listed, and the page says why.
        filter->setCurrentIndex(filter->findText(u"No requests in 90 days"_s));
        QCOMPARE(page->view()->model()->rowCount(), 0);
        auto *status = page->findChild<QLabel *>(u"usageStatus"_s);
        QVERIFY2(status->text().contains(u"needs 90 days"_s), qPrintable(status->text()));
        // Picking it is asking for it: the 90 days are fetched.
        pick(filter, u"No requests in 30 days"_s);
        pick(filter, u"No requests in 90 days"_s);
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->usage().coveredDays == 90, 20000);
        QTRY_VERIFY(status->text().startsWith(u"Usage as of"_s));
        QVERIFY(!status->text().contains(u"needs 90 days"_s));
        shown = shownNames(page);
        for (const QString &name : Quiet90)
            QVERIFY2(shown.contains(name), qPrintable(name));
        QVERIFY(!shown.contains(u"Holiday campaign uploader"_s));
        // The Insights page is put back to its 30 days, from the cache.
        QTRY_COMPARE(insights->controller()->activity().window.days, 30);
        QCOMPARE(f.s.sandbox.requestCount(u"/api/v2/usage/query"_s, "POST"), 1);
    }

    void sortByRequests()
    {
        Fixture f;
        QVERIFY2(start(f), qPrintable(f.error));
        ClientsPage *page = f.page;
        clickFetch(page);
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->usage().isValid(), 20000);
        QTableView *view = page->view();
        clickHeader(view, ClientListModel::RequestsColumn);
        QCOMPARE(view->horizontalHeader()->sortIndicatorSection(), int(ClientListModel::RequestsColumn));
        for (Qt::SortOrder order :
             {view->horizontalHeader()->sortIndicatorOrder(),
              view->horizontalHeader()->sortIndicatorOrder() == Qt::AscendingOrder ? Qt::DescendingOrder
                                                                                   : Qt::AscendingOrder}) {
            if (order != view->horizontalHeader()->sortIndicatorOrder())
                clickHeader(view, ClientListModel::RequestsColumn);
            QCOMPARE(view->horizontalHeader()->sortIndicatorOrder(), order);
            const QAbstractItemModel *m = view->model();
            qint64 previous = order == Qt::AscendingOrder ? -1 : std::numeric_limits<qint64>::max();
            bool unknownSeen = false;
            int known = 0;
            for (int r = 0; r < m->rowCount(); ++r) {
                const QVariant v = m->index(r, 0).data(ClientListModel::RequestsRole);
                if (!v.isValid()) { // deleted clients are not in the usage: last
                    unknownSeen = true;
                    continue;
                }
                QVERIFY2(!unknownSeen, "a known value after an unknown one");
                ++known;
                const qint64 n = v.toLongLong();
                QVERIFY(order == Qt::AscendingOrder ? n >= previous : n <= previous);
                previous = n;
            }
            QVERIFY(known > 10);
        }
    }

    void duplicateFillsTheForm()
    {
        Fixture f;
        QVERIFY2(start(f), qPrintable(f.error));
        const QString name = u"Ops automation (full access)"_s;
        QVERIFY(selectByName(f.page, name));
        const QJsonObject original = sandboxClient(f.s.sandbox, name);
        QAction *duplicate = f.page->templates()->duplicateAction();
        QVERIFY(duplicate->isEnabled());
        // From the list's context menu.
        QTimer::singleShot(0, this, [duplicate] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            QVERIFY(menu);
            QVERIFY(menu->actions().contains(duplicate));
            menu->setActiveAction(duplicate);
            QTest::keyClick(menu, Qt::Key_Return);
        });
        QTableView *view = f.page->view();
        const QRect r = view->visualRect(view->currentIndex());
        QContextMenuEvent event(QContextMenuEvent::Mouse, r.center(),
                                view->viewport()->mapToGlobal(r.center()));
        QApplication::sendEvent(view->viewport(), &event);

        auto *dlg = waitForDialog<ClientEditDialog>(f.window.get());
        QVERIFY(dlg);
        QVERIFY(!dlg->isEditing());
        QCOMPARE(dlg->windowTitle(), u"New OAuth Client"_s);
        auto *form = dlg->findChild<ClientEditForm *>();
        QCOMPARE(form->nameEdit()->text(), name + u" (copy)"_s);
        auto *grant = dlg->findChild<QComboBox *>(u"grantCombo"_s);
        if (grant)
            QVERIFY(grant->isEnabled());
        QCOMPARE(form->values().grant, GrantType::ClientCredentials);
        const ClientFormValues values = form->values();
        QCOMPARE(values.roles.size(), original.value("roleDivisions"_L1).toArray().size());
        QVERIFY(!values.roles.isEmpty());
        QCOMPARE(values.lifetime, qint64(original.value("accessTokenValiditySeconds"_L1).toInteger()));
        QCOMPARE(dlg->validationErrors(), QStringList());

        // Create makes the copy: same configuration, its own id.
        click(find<QPushButton>(dlg, u"saveButton"_s));
        QPointer<SecretDialog> secret = waitForDialog<SecretDialog>(f.window.get(), 15000);
        QVERIFY(secret);
        const QJsonObject copy = sandboxClient(f.s.sandbox, name + u" (copy)"_s);
        QVERIFY(!copy.isEmpty());
        QVERIFY(copy.value("id"_L1).toString() != original.value("id"_L1).toString());
        QCOMPARE(copy.value("authorizedGrantType"_L1), original.value("authorizedGrantType"_L1));
        QCOMPARE(copy.value("roleDivisions"_L1), original.value("roleDivisions"_L1));
        QCOMPARE(copy.value("description"_L1), original.value("description"_L1));
    }

    void importFillsTheFormAndPointsOutAnUnknownRole()
    {
        Fixture f;
        QVERIFY2(start(f), qPrintable(f.error));
        const QJsonObject original = sandboxClient(f.s.sandbox, u"Ops automation (full access)"_s);
        QJsonObject file = original; // as `clients get --json` writes it, with server-set fields
        file.insert("name"_L1, u"Imported automation"_s);
        file.insert("secret"_L1, u"not-a-real-secret-but-never-shown"_s);
        QJsonArray roles = original.value("roleDivisions"_L1).toArray();
        roles.append(
            QJsonObject{{u"roleId"_s, u"0badc0de-0000-4000-8000-000000000000"_s}, {u"divisionId"_s, u"*"_s}});
        file.insert("roleDivisions"_L1, roles);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"imported.json"_s);
        writeFile(path, QJsonDocument(file).toJson());

        chooseImportFile(f.page, path);
        auto *dlg = waitForDialog<ClientEditDialog>(f.window.get());
        QVERIFY(dlg);
        QVERIFY(!dlg->isEditing());
        auto *form = dlg->findChild<ClientEditForm *>();
        QCOMPARE(form->nameEdit()->text(), u"Imported automation"_s);
        QCOMPARE(form->values().grant, GrantType::ClientCredentials);
        // The unknown role is kept in the form and pointed out, once the roles are known.
        QCOMPARE(form->values().roles.size(), roles.size());
        QLabel *notes = dlg->notesLabel();
        QTRY_VERIFY_WITH_TIMEOUT(notes->text().contains(u"0badc0de-0000-4000-8000-000000000000"_s), 10000);
        QVERIFY(notes->isVisible());
        QVERIFY2(notes->text().contains(u"dateCreated"_s) && notes->text().contains(u"id"_s),
                 qPrintable(notes->text()));
        QVERIFY(!notes->text().contains(u"not-a-real-secret"_s));
        // Known roles are not called unknown.
        for (const QJsonValue &v : original.value("roleDivisions"_L1).toArray())
            QVERIFY(!notes->text().contains(v.toObject().value("roleId"_L1).toString()));
        dlg->close();
    }

    void malformedFileIsRefused()
    {
        Fixture f;
        QVERIFY2(start(f), qPrintable(f.error));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"broken.json"_s);
        writeFile(path, "{\n  \"name\": \"Half a client\",\n  \"authorizedGrantType\": \n");
        chooseImportFile(f.page, path);
        auto *box = waitForDialog<QMessageBox>(f.window.get());
        QVERIFY(box);
        QCOMPARE(box->objectName(), u"importFailedMessage"_s);
        QVERIFY2(box->text().contains(u"not valid JSON"_s), qPrintable(box->text()));
        QVERIFY(box->text().contains(u"line"_s));
        for (ClientEditDialog *d : f.window->findChildren<ClientEditDialog *>())
            QVERIFY(!d->isVisible());
        box->close();

        // Valid JSON that is not a client: said so too.
        writeFile(path, R"({"name": 42})");
        chooseImportFile(f.page, path);
        box = waitForDialog<QMessageBox>(f.window.get());
        QVERIFY(box);
        QVERIFY2(box->text().contains(u"not a client's configuration"_s), qPrintable(box->text()));
        for (ClientEditDialog *d : f.window->findChildren<ClientEditDialog *>())
            QVERIFY(!d->isVisible());
        box->close();
    }

    void fitsASmallScreen()
    {
        Fixture f;
        QVERIFY2(start(f), qPrintable(f.error));
        f.window->resize(1024, 700);
        QTRY_VERIFY(f.window->width() <= 1024 && f.window->height() <= 700);
        QTest::qWait(50);
        ClientsPage *page = f.page;
        const QRect pageRect = page->rect();
        for (const QString &name : {u"grantFilter"_s, u"stateFilter"_s, u"usageFilter"_s,
                                    u"fetchUsageButton"_s, u"usageStatus"_s, u"searchField"_s}) {
            auto *w = page->findChild<QWidget *>(name);
            QVERIFY2(w && w->isVisible(), qPrintable(name));
            const QRect r(w->mapTo(page, QPoint(0, 0)), w->size());
            QVERIFY2(pageRect.contains(r), qPrintable(name));
            QVERIFY2(w->width() >= w->minimumSizeHint().width(), qPrintable(name));
        }
        // The list keeps room for rows.
        QVERIFY(page->view()->viewport()->height() >
                10 * page->view()->verticalHeader()->defaultSectionSize());
    }

    void hiddenColumnSortAndFilterSurviveANewWindow()
    {
        {
            Fixture f;
            QVERIFY2(start(f), qPrintable(f.error));
            QTableView *view = f.page->view();
            QHeaderView *header = view->horizontalHeader();
            QVERIFY(!header->isSectionHidden(ClientListModel::IdColumn));
            // The header's context menu: uncheck "Client ID".
            QTimer::singleShot(0, this, [] {
                auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
                QVERIFY(menu);
                QAction *id = nullptr;
                for (QAction *a : menu->actions()) {
                    if (a->text() == u"Client ID"_s)
                        id = a;
                }
                QVERIFY(id);
                QVERIFY(id->isChecked());
                menu->setActiveAction(id);
                QTest::keyClick(menu, Qt::Key_Return);
            });
            const QPoint at(header->sectionViewportPosition(0) + 5, header->height() / 2);
            QContextMenuEvent event(QContextMenuEvent::Mouse, at, header->viewport()->mapToGlobal(at));
            QApplication::sendEvent(header->viewport(), &event);
            QTRY_VERIFY(header->isSectionHidden(ClientListModel::IdColumn));

            clickHeader(view, ClientListModel::RequestsColumn);
            if (header->sortIndicatorOrder() != Qt::DescendingOrder)
                clickHeader(view, ClientListModel::RequestsColumn);
            QCOMPARE(header->sortIndicatorSection(), int(ClientListModel::RequestsColumn));
            QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
            pick(f.page->findChild<QComboBox *>(u"stateFilter"_s), u"Inactive"_s);
            pick(f.page->findChild<QComboBox *>(u"usageFilter"_s), u"No requests in 30 days"_s);
            // The Insights page's lists too (the same skeleton).
            QTest::keyClick(f.window.get(), Qt::Key_5, Qt::ControlModifier);
            QTRY_VERIFY_WITH_TIMEOUT(insightsPage(f)->isShowingResults(), 20000);
            pick(insightsPage(f)->findChild<QComboBox *>(u"insightsStatusFilter"_s), u"Unused"_s);
        }
        // The app again.
        Fixture f;
        QVERIFY2(start(f), qPrintable(f.error));
        QHeaderView *header = f.page->view()->horizontalHeader();
        QVERIFY(header->isSectionHidden(ClientListModel::IdColumn));
        QVERIFY(!header->isSectionHidden(ClientListModel::NameColumn));
        QCOMPARE(header->sortIndicatorSection(), int(ClientListModel::RequestsColumn));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(f.page->proxy()->sortColumn(), int(ClientListModel::RequestsColumn));
        QCOMPARE(f.page->proxy()->sortOrder(), Qt::DescendingOrder);
        QCOMPARE(f.page->findChild<QComboBox *>(u"stateFilter"_s)->currentText(), u"Inactive"_s);
        QCOMPARE(f.page->proxy()->stateFilter(), std::optional(ClientState::Inactive));
        QCOMPARE(f.page->findChild<QComboBox *>(u"usageFilter"_s)->currentText(),
                 u"No requests in 30 days"_s);
        QCOMPARE(f.page->proxy()->quietFilter(), 30);
        QCOMPARE(insightsPage(f)->findChild<QComboBox *>(u"insightsStatusFilter"_s)->currentText(),
                 u"Unused"_s);
        // No secret or server answer in the settings: only names, numbers and the filters' values.
        QSettings s;
        for (const QString &key : s.allKeys()) {
            const QString value = s.value(key).toString();
            QVERIFY2(!value.contains(u"secret"_s, Qt::CaseInsensitive), qPrintable(key));
        }
    }
};

QTEST_MAIN(TestGuiClientCols)
#include "tst_gui_clientcols.moc"

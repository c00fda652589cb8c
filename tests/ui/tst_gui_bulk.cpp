// SPDX-License-Identifier: GPL-3.0-or-later
// Bulk actions in the main window against the sandbox over loopback, driven by key and mouse
// events: extended selection on the Clients page (Shift-click, Ctrl-click, Shift+Down, Ctrl+A) and
// the "N clients selected" pane; deactivating 30 clients through the one confirmation (recent
// traffic unknown, so the count is typed; Enter confirms only when it matches) and the one progress
// window, paused and resumed, cancelled halfway (the rest stay active, their results say
// cancelled), then run again on the rest (the others skipped as already inactive); the summary's
// CSV; the signed-in client skipped with its reason; Delete on a selection; the export of a
// selection as one JSON array; and on the Insights page, a selection with recent traffic named in
// the confirmation, deactivated, with Insights and the Clients list showing the new states.
#include "app/controllers/insightscontroller.h"
#include "app/services/clientsservice.h"
#include "app/services/signedinclient.h"
#include "models/itemmodels/clientfilterproxymodel.h"
#include "models/itemmodels/clientlistmodel.h"
#include "models/itemmodels/insightsmodels.h"
#include "tests/ui/guitest.h"
#include "ui/bulk/bulkactions.h"
#include "ui/bulk/bulkconfirmdialog.h"
#include "ui/bulk/bulkprogresswindow.h"
#include "ui/bulk/bulkselectionpane.h"
#include "ui/insights/insightspage.h"

#include <QClipboard>
#include <QFileDialog>
#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>

using namespace Qt::Literals::StringLiterals;
using namespace guitest;

namespace {
// Creates `count` active clients named "<prefix> 01", "<prefix> 02", ...; their ids in that order.
QStringList createClients(Fixture &f, const QString &prefix, int count)
{
    QStringList ids;
    for (int i = 1; i <= count; ++i) {
        const Result<ClientWithSecret> created =
            testsupport::await<ClientWithSecret>([&](QObject *c, auto h) {
                f.s.session.clients()->create(
                    QJsonObject{{u"name"_s, u"%1 %2"_s.arg(prefix).arg(i, 2, 10, QChar(u'0'))},
                                {u"authorizedGrantType"_s, u"CODE"_s},
                                {u"registeredRedirectUri"_s, QJsonArray{u"https://example.com/cb"_s}},
                                {u"scope"_s, QJsonArray{u"users:readonly"_s}}},
                    c, h);
            });
        if (!created.ok())
            return {};
        ids << created.value().client.id;
    }
    return ids;
}

// Filters the Clients list to `text` (the search applied at once) and puts the focus in the table.
void filterClients(Fixture &f, const QString &text)
{
    auto *search = f.page->findChild<QLineEdit *>(u"searchField"_s);
    QVERIFY(search);
    typeInto(search, text);
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY(f.page->view()->hasFocus());
}

// Clicks row `row` of the Clients table (as sorted and filtered) with `modifiers`.
void clickRow(QTableView *view, int row, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    const QModelIndex i = view->model()->index(row, 0);
    QVERIFY(i.isValid());
    view->scrollTo(i);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers, view->visualRect(i).center());
}

int selectedCount(QTableView *view)
{
    return int(view->selectionModel()->selectedRows().size());
}

QString sandboxState(Fixture &f, const QString &id)
{
    for (const QJsonValue &v : f.s.sandbox.clients()) {
        if (v.toObject().value("id"_L1).toString() == id)
            return v.toObject().value("state"_L1).toString();
    }
    return {};
}

int countOutcome(const BulkProgressWindow *w, BulkQueue::Outcome outcome)
{
    return w->queue()->count(outcome);
}

// The rows of the window's queue that reached an end outcome.
int processed(const BulkProgressWindow *w)
{
    int n = 0;
    for (const BulkQueue::Row &r : w->queue()->rows()) {
        if (r.outcome != BulkQueue::Outcome::Pending && r.outcome != BulkQueue::Outcome::Running)
            ++n;
    }
    return n;
}

QString resultOf(const BulkProgressWindow *w, const QString &id)
{
    for (int i = 0; i < w->table()->rowCount(); ++i) {
        if (w->table()->item(i, 1)->text() == id)
            return w->table()->item(i, 3)->text() + u"|"_s + w->table()->item(i, 4)->text();
    }
    return {};
}

// The "State Before" cell of the client's row (its state before the action).
QString stateBeforeOf(const BulkProgressWindow *w, const QString &id)
{
    for (int i = 0; i < w->table()->rowCount(); ++i) {
        if (w->table()->item(i, 1)->text() == id)
            return w->table()->item(i, 2)->text();
    }
    return {};
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Closes the progress window with its Close button; the main window is active again.
void closeProgress(Fixture &f, BulkProgressWindow *window)
{
    QPointer<BulkProgressWindow> w = window;
    click(w->findChild<QPushButton *>(u"bulkCloseButton"_s));
    QTRY_VERIFY(!w);
    QApplication::setActiveWindow(f.window.get());
    (void)QTest::qWaitForWindowActive(f.window.get(), 1000);
}

// No row of the queue is under way (after a pause, the client that was finishes).
bool idle(const BulkProgressWindow *w)
{
    for (const BulkQueue::Row &r : w->queue()->rows()) {
        if (r.outcome == BulkQueue::Outcome::Running)
            return false;
    }
    return true;
}

// Saves through the real file dialog that is open now.
void saveThroughDialog(Fixture &f, const QString &dialogName, const QString &path)
{
    QFileDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = waitForDialog<QFileDialog>(f.window.get())) != nullptr);
    QCOMPARE(dialog->objectName(), dialogName);
    dialog->setDirectory(QFileInfo(path).path());
    auto *edit = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s);
    QVERIFY(edit);
    typeInto(edit, QFileInfo(path).fileName());
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY(QFile::exists(path));
}
} // namespace

class TestGuiBulk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shiftCtrlClickAndKeyboardSelect()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        const QStringList ids = createClients(f, u"Bulk select"_s, 8);
        QCOMPARE(ids.size(), 8);
        QTRY_VERIFY(f.page->model()->rowOf(ids.last()) >= 0);
        filterClients(f, u"Bulk select"_s);
        QTableView *view = f.page->view();
        QTRY_COMPARE(view->model()->rowCount(), 8);

        clickRow(view, 0);
        QCOMPARE(selectedCount(view), 1);
        QVERIFY(!f.page->selectionPane()->isShowingSelection());
        QVERIFY(f.page->editAction()->isEnabled());
        // Shift-click: rows 1 to 4.
        clickRow(view, 3, Qt::ShiftModifier);
        QCOMPARE(selectedCount(view), 4);
        QVERIFY(f.page->selectionPane()->isShowingSelection());
        QVERIFY2(f.page->selectionPane()->summaryText().contains(u"4 clients selected: 4 active"_s),
                 qPrintable(f.page->selectionPane()->summaryText()));
        // The actions on one client are off; the bulk ones and Delete/Export on.
        QVERIFY(!f.page->editAction()->isEnabled());
        QVERIFY(!f.page->regenerateAction()->isEnabled());
        QVERIFY(!f.page->copyIdAction()->isEnabled());
        QVERIFY(f.page->deleteAction()->isEnabled());
        QVERIFY(f.page->exportAction()->isEnabled());
        QVERIFY(f.page->bulk()->deactivateAction()->isEnabled());
        QVERIFY(!f.page->bulk()->activateAction()->isEnabled()); // none inactive
        // Ctrl-click adds row 6, and a second one takes it away again.
        clickRow(view, 5, Qt::ControlModifier);
        QCOMPARE(selectedCount(view), 5);
        clickRow(view, 5, Qt::ControlModifier);
        QCOMPARE(selectedCount(view), 4);
        QStringList names;
        for (const OAuthClient &c : f.page->selectedClients())
            names << c.name;
        QCOMPARE(names, (QStringList{u"Bulk select 01"_s, u"Bulk select 02"_s, u"Bulk select 03"_s,
                                     u"Bulk select 04"_s}));

        // Keyboard: a click, then Shift+Down twice; Ctrl+A selects all.
        clickRow(view, 2);
        QCOMPARE(selectedCount(view), 1);
        QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
        QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(selectedCount(view), 3);
        QCOMPARE(f.page->selectedClients().first().name, u"Bulk select 03"_s);
        QCOMPARE(f.page->selectedClients().last().name, u"Bulk select 05"_s);
        QTest::keyClick(view, Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(selectedCount(view), 8);
        QVERIFY(f.page->selectionPane()->summaryText().contains(u"8 clients selected"_s));
        // Back to one: everything as before.
        clickRow(view, 1);
        QCOMPARE(selectedCount(view), 1);
        QVERIFY(!f.page->selectionPane()->isShowingSelection());
        QVERIFY(f.page->editAction()->isEnabled());
        QVERIFY(f.page->regenerateAction()->isEnabled());
    }

    void deactivateThirtyPauseCancelAndRunAgain()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        const QStringList ids = createClients(f, u"Bulk run"_s, 30);
        QCOMPARE(ids.size(), 30);
        QTRY_VERIFY(f.page->model()->rowOf(ids.last()) >= 0);
        // Slow PUTs, so that there is time to pause and cancel halfway.
        FaultRule slow;
        slow.kind = FaultRule::Kind::Latency;
        slow.method = "PUT";
        slow.pathPattern = u"^/api/v2/oauth/clients/"_s;
        slow.latencyMs = 120;
        slow.count = -1;
        f.s.sandbox.addFault(slow);

        filterClients(f, u"Bulk run"_s);
        QTableView *view = f.page->view();
        QTRY_COMPARE(view->model()->rowCount(), 30);
        QTest::keyClick(view, Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(selectedCount(view), 30);
        QTest::keyClick(f.window.get(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        auto *dlg = waitForDialog<BulkConfirmDialog>(f.window.get());
        QVERIFY(dlg);
        QVERIFY2(dlg->planText().contains(u"30 active"_s), qPrintable(dlg->planText()));
        QVERIFY2(dlg->planText().contains(u"30 will be deactivated"_s), qPrintable(dlg->planText()));
        // Insights has not run: the traffic is unknown, the count must be typed.
        QCOMPARE(dlg->recentTrafficCount(), -1);
        QVERIFY2(dlg->detailsText().contains(u"Recent traffic is unknown"_s), qPrintable(dlg->detailsText()));
        QVERIFY(dlg->checkTrafficButton()->isVisible());
        QVERIFY(dlg->countEdit()->isVisible());
        QVERIFY(!dlg->confirmButton()->isEnabled());
        f.s.sandbox.clearRequests();
        typeInto(dlg->countEdit(), u"29"_s);
        QVERIFY(!dlg->confirmButton()->isEnabled());
        QTest::keyClick(dlg->countEdit(), Qt::Key_Return);
        QVERIFY(dlg->isVisible()); // Enter does nothing while the number is wrong
        QCOMPARE(f.s.sandbox.requestCount(u"/api/v2/oauth/clients/"_s, "PUT"), 0);
        typeInto(dlg->countEdit(), u"30"_s);
        QVERIFY(dlg->confirmButton()->isEnabled());
        QTest::keyClick(dlg->countEdit(), Qt::Key_Return);

        QPointer<BulkProgressWindow> w = waitForDialog<BulkProgressWindow>(f.window.get());
        QVERIFY(w);
        QVERIFY(w->isVisible());
        QCOMPARE(w->table()->rowCount(), 30);
        QTRY_VERIFY_WITH_TIMEOUT(processed(w) >= 3, 20000);
        QVERIFY2(w->progressText().endsWith(u" of 30"_s), qPrintable(w->progressText()));

        // Pause: the client under way finishes, then nothing more is sent.
        click(w->pauseButton());
        QCOMPARE(w->pauseButton()->text().remove(u'&'), u"Resume"_s);
        QTRY_VERIFY(idle(w));
        const int atPause = processed(w);
        const int putsAtPause = f.s.sandbox.requestCount(u"/api/v2/oauth/clients/"_s, "PUT");
        QTest::qWait(600);
        QCOMPARE(processed(w), atPause);
        QCOMPARE(f.s.sandbox.requestCount(u"/api/v2/oauth/clients/"_s, "PUT"), putsAtPause);
        QCOMPARE(w->progressText(), u"%1 of 30"_s.arg(atPause));
        QVERIFY(!w->copyButton()->isEnabled());

        // Resume, then cancel halfway.
        click(w->pauseButton());
        QTRY_VERIFY_WITH_TIMEOUT(processed(w) >= 12, 20000);
        // Closing asks first; "Keep Running" keeps it open and running.
        w->close();
        QTRY_VERIFY(w->closeQuestion() && w->closeQuestion()->isVisible());
        click(w->closeQuestion()->findChild<QPushButton *>(u"bulkKeepRunningButton"_s));
        QVERIFY(w->isVisible());
        QVERIFY(!w->queue()->isFinished());
        click(w->cancelButton());
        QTRY_VERIFY_WITH_TIMEOUT(w->queue()->isFinished(), 20000);
        const int done = countOutcome(w, BulkQueue::Outcome::Done);
        const int cancelled = countOutcome(w, BulkQueue::Outcome::Cancelled);
        QVERIFY2(done >= 12 && done < 30, qPrintable(QString::number(done)));
        QCOMPARE(done + cancelled, 30);
        QCOMPARE(countOutcome(w, BulkQueue::Outcome::Failed), 0);
        // The bar and count show what was acted on, not 30 of 30 (outside admin run).
        QCOMPARE(w->progressText(), u"%1 of 30"_s.arg(done));
        QCOMPARE(w->summaryText().contains(u"%1 deactivated, %2 cancelled"_s.arg(done).arg(cancelled)), true);
        QVERIFY(w->copyButton()->isEnabled());
        // The server and the list: the first `done` are inactive, the rest still active and said so.
        int inactive = 0;
        for (const QString &id : ids) {
            const QString state = sandboxState(f, id);
            QTRY_COMPARE(f.page->model()->client(id)->state, state);
            if (state == u"inactive"_s) {
                ++inactive;
                QCOMPARE(resultOf(w, id).section(u'|', 0, 0), u"Deactivated"_s);
            } else {
                QCOMPARE(state, u"active"_s);
                QCOMPARE(resultOf(w, id).section(u'|', 0, 0), u"Cancelled"_s);
            }
        }
        QCOMPARE(inactive, done);
        QVERIFY(f.page->selectionPane()->summaryText().contains(u"%1 inactive"_s.arg(done)));
        closeProgress(f, w);

        // Run again on the same selection: the inactive ones are skipped, the rest deactivated.
        QCOMPARE(selectedCount(view), 30);
        QTest::keyClick(f.window.get(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        dlg = waitForDialog<BulkConfirmDialog>(f.window.get());
        QVERIFY(dlg);
        QCOMPARE(dlg->changeCount(), cancelled);
        QVERIFY2(dlg->planText().contains(u"%1 skipped"_s.arg(done)), qPrintable(dlg->planText()));
        QVERIFY2(dlg->detailsText().contains(u"already inactive"_s), qPrintable(dlg->detailsText()));
        typeInto(dlg->countEdit(), QString::number(cancelled));
        click(dlg->confirmButton());
        w = waitForDialog<BulkProgressWindow>(f.window.get());
        QVERIFY(w);
        QTRY_VERIFY_WITH_TIMEOUT(w->queue()->isFinished(), 30000);
        QCOMPARE(w->summaryText().contains(u"%1 deactivated, %2 skipped"_s.arg(cancelled).arg(done)), true);
        for (const QString &id : ids)
            QTRY_COMPARE(f.page->model()->client(id)->state, u"inactive"_s);
        QCOMPARE(f.s.sandbox.requestCount(u"/api/v2/oauth/clients/"_s, "PUT"), 30); // none twice

        // The table shows each client's state before the action.
        QCOMPARE(w->table()->horizontalHeaderItem(2)->text(), u"State Before"_s);
        QCOMPARE(stateBeforeOf(w, ids.value(0)), u"Inactive"_s);
        QCOMPARE(stateBeforeOf(w, ids.value(29)), u"Active"_s);

        // Save CSV through the file dialog: one row per client, in the list's order.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        click(w->saveButton());
        saveThroughDialog(f, u"bulkCsvFileDialog"_s, dir.filePath(u"results.csv"_s));
        const QList<QByteArray> lines = readFile(dir.filePath(u"results.csv"_s)).split('\n');
        // previousState: the state before the action, to undo it from the file.
        QCOMPARE(lines.value(0), QByteArray("id,name,action,result,message,previousState\r"));
        QCOMPARE(lines.size(), 32); // header, 30 rows, the empty rest after the last line break
        QCOMPARE(lines.value(1),
                 (ids.value(0) + u",Bulk run 01,deactivate,skipped,already inactive,inactive\r"_s).toUtf8());
        QCOMPARE(lines.value(30), (ids.value(29) + u",Bulk run 30,deactivate,done,,active\r"_s).toUtf8());
        const auto linesWith = [&lines](const QByteArray &part) {
            return int(std::count_if(lines.cbegin(), lines.cend(),
                                     [&part](const QByteArray &l) { return l.contains(part); }));
        };
        QCOMPARE(linesWith(",done,"), cancelled);
        QCOMPARE(linesWith(",skipped,"), done);
        closeProgress(f, w);
    }

    void signedInClientIsSkippedAndDeleteKeyActsOnTheSelection()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        const QString selfId = signedInClientId(&f.s.session);
        QVERIFY(!selfId.isEmpty());
        const QStringList ids = createClients(f, u"Bulk self"_s, 2);
        QCOMPARE(ids.size(), 2);
        QTRY_VERIFY(f.page->model()->rowOf(ids.last()) >= 0);
        // The two new clients and the signed-in one: Ctrl-clicks in the unfiltered list.
        QTableView *view = f.page->view();
        QList<int> rows;
        for (const QString &id : {selfId, ids.first(), ids.last()}) {
            QVERIFY(f.page->selectClient(id));
            rows << view->currentIndex().row();
        }
        clickRow(view, rows.at(0));
        clickRow(view, rows.at(1), Qt::ControlModifier);
        clickRow(view, rows.at(2), Qt::ControlModifier);
        QCOMPARE(selectedCount(view), 3);

        // The Delete key: the same one confirmation, for the selection.
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Delete);
        auto *dlg = waitForDialog<BulkConfirmDialog>(f.window.get());
        QVERIFY(dlg);
        QCOMPARE(dlg->action(), BulkQueue::Action::Delete);
        QCOMPARE(dlg->changeCount(), 2);
        QVERIFY2(dlg->detailsText().contains(u"the session is signed in with this client"_s),
                 qPrintable(dlg->detailsText()));
        // The traffic is not known yet: checking it runs the Insights sweep; the two new clients
        // had none, so no count needs typing any more.
        QCOMPARE(dlg->recentTrafficCount(), -1);
        QVERIFY(dlg->countEdit()->isVisible());
        auto *insights = qobject_cast<InsightsPage *>(f.window->page(MainWindow::InsightsKey));
        QVERIFY(insights);
        insights->controller()->setClock([] { return testsupport::fixedNow(); });
        click(dlg->checkTrafficButton());
        QTRY_COMPARE_WITH_TIMEOUT(dlg->recentTrafficCount(), 0, 20000);
        QVERIFY(!dlg->countEdit()->isVisible());
        QVERIFY(dlg->confirmButton()->isEnabled());
        QVERIFY2(dlg->detailsText().contains(u"None of these clients had requests in the last 7 days"_s),
                 qPrintable(dlg->detailsText()));
        click(dlg->findChild<QPushButton *>(u"cancelButton"_s));
        QTRY_VERIFY(!dlg->isVisible());
        QTRY_VERIFY(!waitForDialog<BulkConfirmDialog>(f.window.get(), 0));

        // Deactivate: the signed-in client is skipped, with the reason.
        QApplication::setActiveWindow(f.window.get());
        (void)QTest::qWaitForWindowActive(f.window.get(), 1000);
        QTest::keyClick(f.window.get(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        dlg = waitForDialog<BulkConfirmDialog>(f.window.get());
        QVERIFY(dlg);
        QCOMPARE(dlg->action(), BulkQueue::Action::Deactivate);
        QCOMPARE(dlg->changeCount(), 2);
        QCOMPARE(dlg->recentTrafficCount(), 0); // known now: nothing to type
        click(dlg->confirmButton());
        auto *w = waitForDialog<BulkProgressWindow>(f.window.get());
        QVERIFY(w);
        QTRY_VERIFY_WITH_TIMEOUT(w->queue()->isFinished(), 20000);
        QCOMPARE(resultOf(w, selfId), u"Skipped|the session is signed in with this client"_s);
        QCOMPARE(sandboxState(f, selfId), u"active"_s);
        QCOMPARE(sandboxState(f, ids.first()), u"inactive"_s);
        QCOMPARE(sandboxState(f, ids.last()), u"inactive"_s);
        QVERIFY(w->summaryText().contains(u"2 deactivated, 1 skipped"_s));
        click(w->copyButton());
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY2(copied.startsWith(u"2 deactivated, 1 skipped\n"_s), qPrintable(copied));
        QVERIFY(copied.contains(u"(%1): Skipped: the session is signed in with this client"_s.arg(selfId)));
        QVERIFY(f.s.session.isSignedIn());
    }

    void exportSelectionWritesOneArrayWithoutSecrets()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        const QStringList ids = createClients(f, u"Bulk export"_s, 3);
        QCOMPARE(ids.size(), 3);
        QTRY_VERIFY(f.page->model()->rowOf(ids.last()) >= 0);
        filterClients(f, u"Bulk export"_s);
        QTest::keyClick(f.page->view(), Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(selectedCount(f.page->view()), 3);
        QTest::keyClick(f.window.get(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        saveThroughDialog(f, u"bulkExportFileDialog"_s, dir.filePath(u"clients.json"_s));
        const QByteArray bytes = readFile(dir.filePath(u"clients.json"_s));
        const QJsonArray all = QJsonDocument::fromJson(bytes).array();
        QCOMPARE(all.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const OAuthClient c = *f.page->model()->client(ids.at(i));
            QCOMPARE(all.at(i).toObject(), c.toRequestJson());
        }
        QVERIFY(!bytes.contains("secret"));
    }

    void insightsSelectionNamesTrafficAndFollowsTheNewStates()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        auto *p = qobject_cast<InsightsPage *>(f.window->page(MainWindow::InsightsKey));
        QVERIFY(p);
        p->controller()->setClock([] { return testsupport::fixedNow(); });
        p->setWindowDays(30);
        QTest::keyClick(f.window.get(), Qt::Key_5, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(p->isShowingResults(), 20000);
        // The busiest clients come last; pick the last three rows that had traffic in the last 7
        // days and are not the signed-in client.
        const QString selfId = signedInClientId(&f.s.session);
        const ActivityReport &report = p->controller()->activity();
        QStringList busy;
        for (const ClientActivity &a : report.rows) {
            bool recent = false;
            for (const DailyRequests &d : a.daily)
                recent = recent || (d.day >= report.window.endDay.addDays(-7) && d.requests > 0);
            if (recent && a.client.id != selfId && a.client.clientState() == ClientState::Active)
                busy << a.client.id;
        }
        QVERIFY(busy.size() >= 3);
        busy = busy.mid(0, 3);
        QTableView *view = p->activityView();
        QList<int> rows;
        for (const QString &id : std::as_const(busy)) {
            QVERIFY(p->selectClient(InsightsPage::UnusedTab, id));
            rows << view->currentIndex().row();
        }
        clickRow(view, rows.at(0));
        clickRow(view, rows.at(1), Qt::ControlModifier);
        clickRow(view, rows.at(2), Qt::ControlModifier);
        QCOMPARE(selectedCount(view), 3);
        QVERIFY(!p->showClientAction()->isEnabled());
        QVERIFY(p->deactivateAction()->isEnabled());
        QCOMPARE(p->deactivateAction()->text().remove(u'&'), u"Deactivate 3 Selected…"_s);

        // Ctrl+D: the one confirmation, naming the recent traffic; the count must be typed.
        QTest::keyClick(f.window.get(), Qt::Key_D, Qt::ControlModifier);
        auto *dlg = waitForDialog<BulkConfirmDialog>(f.window.get());
        QVERIFY(dlg);
        QCOMPARE(dlg->recentTrafficCount(), 3);
        for (const QString &id : busy) {
            const QString name = p->controller()->client(id)->name;
            QVERIFY2(dlg->detailsText().contains(name), qPrintable(dlg->detailsText()));
        }
        QVERIFY(!dlg->checkTrafficButton()->isVisible());
        QVERIFY(!dlg->confirmButton()->isEnabled());
        typeInto(dlg->countEdit(), u"3"_s);
        QTest::keyClick(dlg->countEdit(), Qt::Key_Return);
        auto *w = waitForDialog<BulkProgressWindow>(f.window.get());
        QVERIFY(w);
        QTRY_VERIFY_WITH_TIMEOUT(w->queue()->isFinished(), 20000);
        QVERIFY(w->summaryText().contains(u"3 deactivated"_s));
        for (const QString &id : busy) {
            QTRY_COMPARE(p->controller()->client(id)->state, u"inactive"_s);
            const int row = p->activityModel()->rowOf(id);
            QVERIFY(row >= 0);
            QCOMPARE(p->activityModel()->report().rows.at(row).client.state, u"inactive"_s);
            QTRY_COMPARE(f.page->model()->client(id)->state, u"inactive"_s);
        }
        // Now all three are inactive: Activate Selected restores them, without a typed count.
        QVERIFY(p->bulk()->activateAction()->isEnabled());
        closeProgress(f, w);
        QTest::keyClick(f.window.get(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        dlg = waitForDialog<BulkConfirmDialog>(f.window.get());
        QVERIFY(dlg);
        QCOMPARE(dlg->action(), BulkQueue::Action::Activate);
        QVERIFY(!dlg->countEdit()->isVisible());
        click(dlg->confirmButton());
        w = waitForDialog<BulkProgressWindow>(f.window.get());
        QVERIFY(w);
        QTRY_VERIFY_WITH_TIMEOUT(w->queue()->isFinished(), 20000);
        for (const QString &id : busy)
            QTRY_COMPARE(p->controller()->client(id)->state, u"active"_s);
    }

    void confirmationFitsSmallScreen()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        f.window->resize(1024, 700);
        QTest::keyClick(f.page->view(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(f.window.get(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        auto *dlg = waitForDialog<BulkConfirmDialog>(f.window.get());
        QVERIFY(dlg);
        QVERIFY2(dlg->width() <= 1024 && dlg->height() <= 700,
                 qPrintable(u"%1x%2"_s.arg(dlg->width()).arg(dlg->height())));
        QVERIFY(dlg->minimumSizeHint().height() <= 700);
    }
};

QTEST_MAIN(TestGuiBulk)
#include "tst_gui_bulk.moc"

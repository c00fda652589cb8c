// SPDX-License-Identifier: GPL-3.0-or-later
// The Insights page in the main window against the sandbox ("now" fixed on both sides), driven by
// key and mouse events: Ctrl+5 runs the sweep (progress, then the demo org's unused and new
// clients), the window selector (a shorter window costs no request), the deactivate flow (search,
// Ctrl+D, the confirmation with the client's traffic, the PUT, the row, the Clients page and the
// message naming the deletion date; then Restore), Cancel while the usage query runs, the checks
// tab with its filter and Show in Clients, and the CSV and configuration exports through the real
// file dialog, compared with tests/data/insights/.
#include "app/controllers/insightscontroller.h"
#include "models/itemmodels/clientlistmodel.h"
#include "models/itemmodels/insightsmodels.h"
#include "models/json/insightsexport.h"
#include "tests/ui/guitest.h"
#include "ui/insights/insightspage.h"
#include "ui/insights/insightsstatedialog.h"
#include "ui/widgets/messagebar.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;
using namespace guitest;

namespace {
// See tests/app/tst_insightscontroller.cpp for why each demo client is where it is.
const QStringList Unused30 = {u"Emergency broadcast"_s, u"Holiday campaign uploader"_s,
                              u"Translation service webhook"_s};
const QStringList New30 = {u"Gamification leaderboard"_s, u"Slack notifier"_s,
                           u"Voice bot pilot (staging)"_s};
const QStringList Unused90 = {u"Emergency broadcast"_s, u"Translation service webhook"_s};

InsightsPage *insightsPage(Fixture &f)
{
    return qobject_cast<InsightsPage *>(f.window->page(MainWindow::InsightsKey));
}

QStringList namesWith(const InsightsPage *p, ActivityStatus status)
{
    QStringList out;
    for (const ClientActivity &a : p->activityModel()->report().rows) {
        if (a.status == status)
            out.append(a.client.name);
    }
    out.sort();
    return out;
}

// Opens the page with Ctrl+5 (the app's clock fixed first) and waits for the sweep.
bool openInsights(Fixture &f)
{
    InsightsPage *p = insightsPage(f);
    if (!p)
        return false;
    p->controller()->setClock([] { return testsupport::fixedNow(); });
    p->setWindowDays(30);
    QTest::keyClick(f.window.get(), Qt::Key_5, Qt::ControlModifier);
    return QTest::qWaitFor([p] { return p->isShowingResults(); }, 20000);
}

QString selectedName(InsightsPage *p)
{
    const QModelIndex i = p->activityView()->currentIndex();
    return i.isValid() ? i.siblingAtColumn(ClientActivityModel::NameColumn).data().toString() : QString();
}

// Types into the page's search field of the current tab, then Enter: the list gets the focus and
// the first match is selected.
void search(InsightsPage *p, const QString &objectName, const QString &text)
{
    auto *field = p->findChild<QLineEdit *>(objectName);
    QVERIFY(field);
    typeInto(field, text);
    QTest::keyClick(field, Qt::Key_Return);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestGuiInsights : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ctrl5RunsTheSweepAndShowsTheUnusedClients()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        InsightsPage *p = insightsPage(f);
        QVERIFY(p);
        f.s.sandbox.setUsageRunningPolls(3);
        f.s.sandbox.clearRequests();
        p->controller()->setClock([] { return testsupport::fixedNow(); });
        p->setWindowDays(30);
        // Nothing is asked before the page is looked at.
        QCOMPARE(f.s.sandbox.requestCount(u"/api/v2/usage/"_s), 0);
        QTest::keyClick(f.window.get(), Qt::Key_5, Qt::ControlModifier);
        QCOMPARE(f.window->currentPageKey(), MainWindow::InsightsKey);
        auto *progress = p->findChild<QProgressBar *>(u"insightsProgress"_s);
        QVERIFY(progress);
        QTRY_VERIFY(progress->isVisible());
        QVERIFY(p->findChild<QPushButton *>(u"insightsCancel"_s)->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(p->isShowingResults(), 20000);
        QVERIFY(!progress->isVisible());

        QCOMPARE(namesWith(p, ActivityStatus::Unused), Unused30);
        QCOMPARE(namesWith(p, ActivityStatus::New), New30);
        QCOMPARE(p->tabs()->tabText(InsightsPage::UnusedTab), u"Unused Clients (3)"_s);
        QCOMPARE(p->tabs()->tabText(InsightsPage::ChecksTab), u"Configuration Checks (11)"_s);
        // No traffic first, and the first row selected.
        const QStringList firstThree = {
            p->activityProxy()->index(0, ClientActivityModel::NameColumn).data().toString(),
            p->activityProxy()->index(1, ClientActivityModel::NameColumn).data().toString(),
            p->activityProxy()->index(2, ClientActivityModel::NameColumn).data().toString()};
        QCOMPARE(firstThree, Unused30);
        QCOMPARE(selectedName(p), u"Emergency broadcast"_s);
        QCOMPARE(p->findChild<QLabel *>(u"insightsActivityCount"_s)->text(),
                 u"3 unused · 3 new · %1 in use"_s.arg(f.s.sandbox.clients().size() - 6));
        // One query for the whole org, polled; no request per client.
        QCOMPARE(f.s.sandbox.requestCount(u"/api/v2/usage/query"_s, "POST"), 1);
        QCOMPARE(f.s.sandbox.requestCount(u"/api/v2/usage/query/"_s, "GET"), 4);
        QCOMPARE(f.s.sandbox.requestCount(u"/api/v2/oauth/clients/"_s), 0);

        // Sorting by the header: Requests, descending after a second click.
        QHeaderView *header = p->activityView()->horizontalHeader();
        const int x = header->sectionViewportPosition(ClientActivityModel::RequestsColumn) + 5;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::NoModifier,
                          QPoint(x, header->height() / 2));
        QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::NoModifier,
                          QPoint(x, header->height() / 2));
        QCOMPARE(header->sortIndicatorSection(), int(ClientActivityModel::RequestsColumn));
        const qint64 top =
            p->activityProxy()->index(0, 0).data(ClientActivityModel::RequestsRole).toLongLong();
        for (const ClientActivity &a : p->activityModel()->report().rows)
            QVERIFY(a.requests <= top);

        // The status filter by keyboard: "Unused" shows the three.
        auto *status = p->findChild<QComboBox *>(u"insightsStatusFilter"_s);
        status->setFocus();
        QTest::keyClick(status, Qt::Key_Down); // Unused and new
        QTest::keyClick(status, Qt::Key_Down); // Unused
        QCOMPARE(p->activityProxy()->rowCount(), 3);
    }

    void windowSelectorAndTheCache()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        QVERIFY(openInsights(f));
        InsightsPage *p = insightsPage(f);
        auto *window = p->findChild<QComboBox *>(u"insightsWindow"_s);
        QVERIFY(window);
        // 90 days: a new query; Holiday campaign uploader is in use again, Sandbox test harness new.
        window->setFocus();
        QTest::keyClick(window, Qt::Key_Down);
        QCOMPARE(p->windowDays(), 90);
        QTRY_VERIFY_WITH_TIMEOUT(p->isShowingResults() && p->activityModel()->report().window.days == 90,
                                 20000);
        QCOMPARE(namesWith(p, ActivityStatus::Unused), Unused90);
        QVERIFY(namesWith(p, ActivityStatus::New).contains(u"Sandbox test harness"_s));
        QCOMPARE(f.s.sandbox.requestCount(u"/api/v2/usage/query"_s, "POST"), 2);
        // 7 days: answered from the 90 days just fetched, at once.
        QTest::keyClick(window, Qt::Key_Up);
        QTest::keyClick(window, Qt::Key_Up);
        QCOMPARE(p->windowDays(), 7);
        QVERIFY(p->isShowingResults());
        QCOMPARE(p->activityModel()->report().window.days, 7);
        QCOMPARE(namesWith(p, ActivityStatus::Unused), Unused30);
        QCOMPARE(f.s.sandbox.requestCount(u"/api/v2/usage/query"_s, "POST"), 2);
        QVERIFY(p->findChild<QLabel *>(u"insightsAsOf"_s)->text().contains(u"fetched a moment ago"_s));
        // F5 asks again.
        QTest::keyClick(f.window.get(), Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(p->isShowingResults(), 20000);
        QCOMPARE(f.s.sandbox.requestCount(u"/api/v2/usage/query"_s, "POST"), 3);
    }

    void deactivateAndRestoreFromTheList()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        QVERIFY(openInsights(f));
        InsightsPage *p = insightsPage(f);
        const QJsonObject before = sandboxClient(f.s.sandbox, u"Translation service webhook"_s);
        const QString id = before.value("id"_L1).toString();
        QCOMPARE(before.value("state"_L1).toString(), u"active"_s);

        search(p, u"insightsActivitySearch"_s, u"translation"_s);
        QTRY_COMPARE(p->activityProxy()->rowCount(), 1);
        QCOMPARE(selectedName(p), u"Translation service webhook"_s);
        QVERIFY(p->activityView()->hasFocus());
        QVERIFY(p->deactivateAction()->isEnabled());
        QCOMPARE(p->findChild<QPushButton *>(u"insightsDeactivateButton"_s)->text(), u"&Deactivate…"_s);

        // Ctrl+D: the confirmation, with the client's traffic, Cancel as the default.
        QTest::keyClick(p->activityView(), Qt::Key_D, Qt::ControlModifier);
        QPointer<InsightsStateDialog> dialog = waitForDialog<InsightsStateDialog>(f.window.get());
        QVERIFY(dialog);
        QCOMPARE(dialog->mode(), InsightsStateDialog::Mode::Deactivate);
        QVERIFY(dialog->windowTitle().contains(u"Translation service webhook"_s));
        auto *traffic = dialog->findChild<QLabel *>(u"stateTraffic"_s);
        QVERIFY(traffic);
        QCOMPARE(traffic->text(), u"No requests in the last 30 days (%1 to %2, UTC)."_s.arg(
                                      QLocale().toString(QDate(2026, 2, 13), QLocale::ShortFormat),
                                      QLocale().toString(QDate(2026, 3, 14), QLocale::ShortFormat)));
        auto *bars = dialog->findChild<TrafficBars *>();
        QVERIFY(bars);
        QCOMPARE(bars->values(), QList<qint64>(30, 0));
        auto *cancel = dialog->findChild<QPushButton *>(u"cancelButton"_s);
        QVERIFY(cancel->isDefault());
        // Escape keeps everything as it was.
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!dialog);
        QCOMPARE(f.s.sandbox.requestCount(u"/api/v2/oauth/clients/"_s + id, "PUT"), 0);

        // Again, and confirm with the mouse.
        guitest::click(p->findChild<QPushButton *>(u"insightsDeactivateButton"_s));
        dialog = waitForDialog<InsightsStateDialog>(f.window.get());
        QVERIFY(dialog);
        guitest::click(dialog->confirmButton());
        QTRY_VERIFY(!dialog);
        const QJsonObject after = sandboxClient(f.s.sandbox, u"Translation service webhook"_s);
        QCOMPARE(after.value("state"_L1).toString(), u"inactive"_s);
        QCOMPARE(f.s.sandbox.requestCount(u"/api/v2/oauth/clients/"_s + id, "PUT"), 1);
        // Everything else of the client was kept.
        QCOMPARE(after.value("description"_L1), before.value("description"_L1));
        QCOMPARE(after.value("roleDivisions"_L1), before.value("roleDivisions"_L1));

        // The row, the message with the deletion date, the button, and the Clients page.
        const QDateTime deletion = testsupport::fixedNow().addDays(30);
        const int row = p->activityModel()->rowOf(id);
        QCOMPARE(p->activityModel()->index(row, ClientActivityModel::StateColumn).data().toString(),
                 u"Inactive"_s);
        QCOMPARE(p->activityModel()->index(row, ClientActivityModel::DeletesColumn).data().toString(),
                 QLocale().toString(deletion.toLocalTime().date(), QLocale::ShortFormat));
        QCOMPARE(p->messageBar()->tone(), Theme::Tone::Success);
        QVERIFY2(
            p->messageBar()->text().contains(QLocale().toString(deletion.toLocalTime(), QLocale::LongFormat)),
            qPrintable(p->messageBar()->text()));
        QCOMPARE(selectedName(p), u"Translation service webhook"_s);
        QCOMPARE(p->findChild<QPushButton *>(u"insightsDeactivateButton"_s)->text(), u"&Restore…"_s);
        const std::optional<OAuthClient> listed = f.page->model()->client(id);
        QVERIFY(listed);
        QCOMPARE(listed->state, u"inactive"_s);

        // Restore: the same dialog in the other direction.
        // (Offscreen has no window manager to give the window back its activation after the dialog.)
        QApplication::setActiveWindow(f.window.get());
        QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
        const QRect cell = p->activityView()->visualRect(p->activityProxy()->mapFromSource(
            p->activityModel()->index(row, ClientActivityModel::NameColumn)));
        QTest::mouseClick(p->activityView()->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
        QTest::keyClick(p->activityView(), Qt::Key_D, Qt::ControlModifier);
        dialog = waitForDialog<InsightsStateDialog>(f.window.get());
        QVERIFY(dialog);
        QCOMPARE(dialog->mode(), InsightsStateDialog::Mode::Restore);
        guitest::click(dialog->confirmButton());
        QTRY_VERIFY(!dialog);
        QCOMPARE(sandboxClient(f.s.sandbox, u"Translation service webhook"_s).value("state"_L1).toString(),
                 u"active"_s);
        QTRY_COMPARE(f.page->model()->client(id)->state, u"active"_s);
        QVERIFY(p->messageBar()->text().contains(u"active again"_s));
    }

    void failedDeactivationKeepsTheDialog()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        QVERIFY(openInsights(f));
        InsightsPage *p = insightsPage(f);
        search(p, u"insightsActivitySearch"_s, u"emergency"_s);
        QTRY_COMPARE(selectedName(p), u"Emergency broadcast"_s);
        FaultRule broken;
        broken.kind = FaultRule::Kind::Status;
        broken.status = 500;
        broken.method = "PUT";
        broken.count = -1;
        f.s.sandbox.addFault(broken);
        QTest::keyClick(p->activityView(), Qt::Key_D, Qt::ControlModifier);
        QPointer<InsightsStateDialog> dialog = waitForDialog<InsightsStateDialog>(f.window.get());
        QVERIFY(dialog);
        guitest::click(dialog->confirmButton());
        auto *message = dialog->findChild<MessageBar *>(u"stateMessage"_s);
        QTRY_COMPARE_WITH_TIMEOUT(message->tone(), Theme::Tone::Error, 20000);
        QVERIFY(message->text().contains(u"not deactivated"_s));
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->confirmButton()->isEnabled());
        QCOMPARE(sandboxClient(f.s.sandbox, u"Emergency broadcast"_s).value("state"_L1).toString(),
                 u"active"_s);
        QCOMPARE(p->activityModel()
                     ->report()
                     .find(sandboxClient(f.s.sandbox, u"Emergency broadcast"_s).value("id"_L1).toString())
                     ->client.state,
                 u"active"_s);
        dialog->close();
    }

    void cancelWhileTheQueryRuns()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        QVERIFY(openInsights(f));
        InsightsPage *p = insightsPage(f);
        f.s.sandbox.setUsageRunningPolls(1000);
        QTest::keyClick(f.window.get(), Qt::Key_F5);
        QCOMPARE(p->controller()->state(), InsightsController::State::Running);
        auto *cancel = p->findChild<QPushButton *>(u"insightsCancel"_s);
        QTRY_VERIFY(cancel->isVisible());
        QTRY_VERIFY(f.s.sandbox.requestCount(u"/api/v2/usage/query/"_s, "GET") >= 3);
        guitest::click(cancel);
        QCOMPARE(p->controller()->state(), InsightsController::State::Cancelled);
        QVERIFY(!cancel->isVisible());
        QCOMPARE(p->messageBar()->tone(), Theme::Tone::Info);
        // The last complete sweep is still shown.
        QCOMPARE(namesWith(p, ActivityStatus::Unused), Unused30);
        // Escape cancels too.
        QTest::keyClick(f.window.get(), Qt::Key_F5);
        QTRY_VERIFY(cancel->isVisible());
        QTest::keyClick(p->activityView(), Qt::Key_Escape);
        QCOMPARE(p->controller()->state(), InsightsController::State::Cancelled);
    }

    void checksTabFilterAndShowInClients()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        QVERIFY(openInsights(f));
        InsightsPage *p = insightsPage(f);
        QTest::keyClick(p->tabs()->tabBar(), Qt::Key_Right);
        QTRY_COMPARE(p->tabs()->currentIndex(), int(InsightsPage::ChecksTab));
        QCOMPARE(p->findingsProxy()->rowCount(), 11);
        auto *check = p->findChild<QComboBox *>(u"insightsCheckFilter"_s);
        QVERIFY(check);
        QCOMPARE(check->itemText(0), u"All checks (11)"_s);
        // The password grant is flagged too (issue 15).
        const int password = check->findData(u"password-grant"_s);
        QVERIFY(password > 0);
        QCOMPARE(check->itemText(password), u"Password grant (2)"_s);
        // The implicit grant check: one finding.
        const int implicit = check->findData(u"implicit-grant"_s);
        QVERIFY(implicit > 0);
        QCOMPARE(check->itemText(implicit), u"Implicit grant (1)"_s);
        check->setFocus();
        while (check->currentIndex() < implicit)
            QTest::keyClick(check, Qt::Key_Down);
        QCOMPARE(p->findingsProxy()->rowCount(), 1);
        const QModelIndex row = p->findingsProxy()->index(0, CheckFindingsModel::NameColumn);
        QCOMPARE(row.data().toString(), u"Agent desktop (web)"_s);
        p->findingsView()->setFocus();
        p->findingsView()->setCurrentIndex(row);
        auto *details = p->findChild<QLabel *>(u"insightsFindingDetails"_s);
        QVERIFY(details->text().contains(u"retiring"_s));
        QVERIFY(details->text().contains(u"PKCE"_s)); // what to do
        // Enter: the client on the Clients page.
        QTest::keyClick(p->findingsView(), Qt::Key_Return);
        QCOMPARE(f.window->currentPageKey(), MainWindow::ClientsKey);
        QCOMPARE(f.page->currentClient()->name, u"Agent desktop (web)"_s);
    }

    void exportsThroughTheFileDialog()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        QVERIFY(openInsights(f));
        InsightsPage *p = insightsPage(f);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto save = [&](const QString &name, const QString &dialogName) {
            auto *dialog = waitForDialog<QFileDialog>(f.window.get());
            QVERIFY(dialog);
            QCOMPARE(dialog->objectName(), dialogName);
            dialog->setDirectory(dir.path());
            auto *edit = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s);
            QVERIFY(edit);
            typeInto(edit, name);
            QTest::keyClick(edit, Qt::Key_Return);
            QTRY_VERIFY(QFile::exists(dir.filePath(name)));
        };

        // The unused clients: the suggested name, then the bytes of the expected file, whatever the
        // view's sort and filter.
        p->activityView()->sortByColumn(ClientActivityModel::NameColumn, Qt::DescendingOrder);
        QTest::keyClick(f.window.get(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        {
            auto *dialog = waitForDialog<QFileDialog>(f.window.get());
            QVERIFY(dialog);
            QVERIFY2(dialog->selectedFiles().value(0).endsWith(u"unused-clients-30d-2026-03-15.csv"_s),
                     qPrintable(dialog->selectedFiles().value(0)));
        }
        save(u"unused.csv"_s, u"insightsExportDialog"_s);
        QCOMPARE(readFile(dir.filePath(u"unused.csv"_s)),
                 testsupport::readData(u"insights/unused-clients-30d.csv"_s));
        QTRY_COMPARE(p->messageBar()->tone(), Theme::Tone::Success);

        // The checks, from their tab's button.
        p->tabs()->setCurrentIndex(InsightsPage::ChecksTab);
        guitest::click(p->findChild<QPushButton *>(u"insightsFindingsCsv"_s));
        save(u"checks.csv"_s, u"insightsExportDialog"_s);
        QCOMPARE(readFile(dir.filePath(u"checks.csv"_s)),
                 testsupport::readData(u"insights/configuration-checks.csv"_s));

        // A client's configuration (no secret), from the findings list.
        const QString ops =
            sandboxClient(f.s.sandbox, u"Ops automation (full access)"_s).value("id"_L1).toString();
        QVERIFY(p->selectClient(InsightsPage::ChecksTab, ops));
        guitest::click(p->findChild<QPushButton *>(u"insightsFindingsExportConfig"_s));
        save(u"ops.json"_s, u"exportFileDialog"_s);
        QCOMPARE(readFile(dir.filePath(u"ops.json"_s)),
                 testsupport::readData(u"insights/ops-automation-full-access.json"_s));

        // Nothing is written where it cannot be.
        QString error;
        QVERIFY(!p->exportCsv(InsightsPage::UnusedTab, dir.filePath(u"missing/dir/x.csv"_s), &error));
        QVERIFY(!error.isEmpty());
    }

    void signedOutShowsTheWayIn()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        QVERIFY(openInsights(f));
        InsightsPage *p = insightsPage(f);
        f.s.session.signOut();
        auto *signIn = p->findChild<QPushButton *>(u"insightsSignInButton"_s);
        QTRY_VERIFY(signIn->isVisible());
        QVERIFY(!p->controller()->hasActivity());
        QCOMPARE(p->activityModel()->rowCount(), 0);
        QVERIFY(!p->deactivateAction()->isEnabled());
    }
};

QTEST_MAIN(TestGuiInsights)
#include "tst_gui_insights.moc"

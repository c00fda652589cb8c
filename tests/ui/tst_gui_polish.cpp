// SPDX-License-Identifier: GPL-3.0-or-later
// The polish of issue 15, item 7, each driven through real widgets offscreen: the signed-out
// sentence is never clipped; the Top endpoints labels keep what tells endpoints apart, the error
// share after the endpoint; typed ISO days stay as typed and run only on Apply; German headers fit,
// the status bar does not draw over itself, lifetimes read in days; client ids do not wrap; a past
// deletion date reads in the past tense; file dialogs start in the last folder used (else
// Documents) and a status-bar message says what was saved where; exports are disabled without
// data; Enter in a search field goes to the first match; an empty result says so in the table.
#include "app/controllers/insightscontroller.h"
#include "app/controllers/usagecontroller.h"
#include "app/i18n/translations.h"
#include "models/domain/clientlabels.h"
#include "models/itemmodels/clientlistmodel.h"
#include "tests/ui/guitest.h"
#include "ui/clients/clientdetailsview.h"
#include "ui/insights/insightspage.h"
#include "ui/usage/usageclientpicker.h"
#include "ui/usage/usageendpointschart.h"
#include "ui/usage/usagepage.h"
#include "ui/widgets/signedoutpanel.h"

#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextLayout>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;
using namespace guitest;

namespace {
UsagePage *usagePage(Fixture &f)
{
    return qobject_cast<UsagePage *>(f.window->page(MainWindow::UsageKey));
}

InsightsPage *insightsPage(Fixture &f)
{
    return qobject_cast<InsightsPage *>(f.window->page(MainWindow::InsightsKey));
}

// Ctrl+4, then the answer for the Clients page's selection.
bool showUsage(Fixture &f)
{
    QTest::keyClick(f.window.get(), Qt::Key_4, Qt::ControlModifier);
    UsagePage *p = usagePage(f);
    return f.window->currentPageKey() == MainWindow::UsageKey &&
           QTest::qWaitFor([p] { return p->isShowingResults(); }, 20000);
}

QLineEdit *clientSearch(Fixture &f)
{
    return f.page->findChild<QLineEdit *>(u"searchField"_s);
}

UsageEndpointStat endpoint(const QString &method, const QString &uri, qint64 requests, qint64 failed)
{
    UsageEndpointStat e;
    e.httpMethod = method;
    e.templateUri = uri;
    e.counts.requests = requests;
    e.counts.status200 = requests - failed;
    e.counts.status400 = failed;
    return e;
}
} // namespace

class TstGuiPolish : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Translations::install(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void signedOutSentenceIsWhole()
    {
        SignedOutPanel panel(u"testSignedOut"_s, u"testSignInButton"_s, nullptr);
        panel.setText(u"Sign in to see the API usage of your organization's OAuth clients: requests over "
                      "time, the busiest endpoints, and the errors they returned, for the last 7, 30 or "
                      "90 days or any range you choose."_s);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *text = panel.findChild<QLabel *>(u"testSignedOutText"_s);
        QVERIFY(text);
        for (const int width : {1024, 760, 520, 380}) {
            panel.resize(width, 600);
            QTest::qWait(20);
            QVERIFY2(text->height() >= text->heightForWidth(text->width()),
                     qPrintable(u"width %1: the sentence gets %2 px of the %3 it needs at %4 px"_s.arg(width)
                                    .arg(text->height())
                                    .arg(text->heightForWidth(text->width()))
                                    .arg(text->width())));
            QVERIFY(text->geometry().right() <= panel.width());
        }
    }

    void endpointLabelsShowWhatDiffers()
    {
        UsageAggregation a;
        a.options.metrics = AllUsageMetrics;
        a.topEndpoints = {
            endpoint(u"POST"_s, u"api/v2/analytics/conversations/details/query"_s, 1200, 60),
            endpoint(u"POST"_s, u"api/v2/analytics/users/details/query"_s, 900, 9),
            endpoint(u"POST"_s, u"api/v2/analytics/queues/observations/query"_s, 400, 0),
        };
        a.totals.requests = 2500;
        UsageEndpointsChart chart;
        chart.resize(640, 360);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.setAggregation(a, QLocale(QLocale::English, QLocale::UnitedStates));
        const QStringList labels = chart.labels();
        QCOMPARE(labels.size(), 3);
        const QString parts[] = {u"conversations"_s, u"users"_s, u"queues"_s};
        const QString shares[] = {u"5.0% errors"_s, u"1.0% errors"_s, u"0% errors"_s};
        for (int i = 0; i < 3; ++i) {
            // The part that tells them apart, the method first, the share after the endpoint.
            QVERIFY2(labels.at(i).contains(parts[i]), qPrintable(labels.at(i)));
            QVERIFY2(labels.at(i).startsWith(u"POST "_s), qPrintable(labels.at(i)));
            QVERIFY2(labels.at(i).endsWith(u" · "_s + shares[i]), qPrintable(labels.at(i)));
            // The whole endpoint on hover.
            QVERIFY(chart.tooltipFor(i).contains(a.topEndpoints.at(i).templateUri));
        }

        // Narrower still: each label fits its budget and keeps the start of what differs.
        const QFontMetrics fm(chart.font());
        const int budget = fm.averageCharWidth() * 24;
        const QStringList narrow = UsageEndpointsChart::endpointLabels(
            {u"POST"_s, u"POST"_s, u"POST"_s},
            {u"analytics/conversations/details/query"_s, u"analytics/users/details/query"_s,
             u"analytics/queues/observations/query"_s},
            fm, budget, [](int) { return QString(); });
        for (int i = 0; i < 3; ++i) {
            QVERIFY2(fm.horizontalAdvance(narrow.at(i)) <= budget, qPrintable(narrow.at(i)));
            QVERIFY2(narrow.at(i).startsWith(u"POST …/"_s + parts[i].left(3)), qPrintable(narrow.at(i)));
        }
        QCOMPARE(QSet<QString>(narrow.begin(), narrow.end()).size(), 3);
    }

    void typedDaysRunOnlyOnApply()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        QVERIFY(selectByName(f.page, u"Okta SCIM provisioning"_s));
        QVERIFY(showUsage(f));
        UsagePage *p = usagePage(f);
        f.window->resize(1024, 700);
        click(find<QToolButton>(p, u"range0Button"_s));
        QTRY_VERIFY_WITH_TIMEOUT(p->isShowingResults(), 20000);
        // The custom range's fields fit a 1024 px wide window (they used to widen it).
        QTest::qWait(50);
        QVERIFY2(f.window->minimumSizeHint().width() <= 1024 && f.window->width() <= 1024,
                 qPrintable(u"%1 / %2"_s.arg(f.window->minimumSizeHint().width()).arg(f.window->width())));
        auto *from = find<QLineEdit>(p, u"usageFromDate"_s);
        auto *to = find<QLineEdit>(p, u"usageToDate"_s);
        QVERIFY(from && to);
        QVERIFY(from->isVisible());
        const UsageRequest before = p->controller()->request();
        f.s.sandbox.clearRequests();

        // Typed ISO days stay as typed (QDateEdit made 2026-12-20 into another day), and nothing
        // runs while typing.
        typeInto(from, u"2026-01-20"_s);
        typeInto(to, u"2026-12-20"_s);
        QCOMPARE(from->text(), u"2026-01-20"_s);
        QCOMPARE(to->text(), u"2026-12-20"_s);
        QTest::qWait(1200);
        // No usage query (the details pane may still be filling in scope descriptions meanwhile).
        QStringList sent;
        for (const SandboxRequest &r : f.s.sandbox.requests()) {
            if (r.path.startsWith(u"/api/v2/usage"_s))
                sent << QString::fromLatin1(r.method) + u' ' + r.path;
        }
        QVERIFY2(sent.isEmpty(), qPrintable(sent.join(u", "_s)));
        QCOMPARE(p->controller()->request().from, before.from);
        QCOMPARE(p->controller()->request().to, before.to);

        // Enter in the field applies.
        typeInto(to, u"20260220"_s);
        QTest::keyClick(to, Qt::Key_Return);
        QTRY_COMPARE(p->controller()->request().from, QDate(2026, 1, 20));
        QCOMPARE(p->controller()->request().to, QDate(2026, 2, 20));
        QCOMPARE(p->controller()->request().lastDays, 0);
        QTRY_VERIFY_WITH_TIMEOUT(p->isShowingResults(), 20000);
        QVERIFY(f.s.sandbox.requests().size() > 0);

        // So does the Apply button.
        typeInto(from, u"2026-02-01"_s);
        QTest::qWait(800);
        QCOMPARE(p->controller()->request().from, QDate(2026, 1, 20));
        click(find<QPushButton>(p, u"usageApplyRangeButton"_s));
        QTRY_COMPARE(p->controller()->request().from, QDate(2026, 2, 1));
        QTRY_VERIFY_WITH_TIMEOUT(p->isShowingResults(), 20000);
    }

    void germanTextsFit()
    {
        Translations::install(QLocale(QLocale::German, QLocale::Germany));
        auto english =
            qScopeGuard([] { Translations::install(QLocale(QLocale::English, QLocale::UnitedStates)); });
        // "450 T" read as a day count nobody recognised.
        QCOMPARE(ClientLabels::formatLifetime(450LL * 24 * 3600), u"450 Tage"_s);

        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        f.window->resize(1024, 700);
        InsightsPage *p = insightsPage(f);
        QVERIFY(p);
        p->controller()->setClock([] { return testsupport::fixedNow(); });
        p->setWindowDays(30);
        QTest::keyClick(f.window.get(), Qt::Key_5, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(p->isShowingResults(), 20000);

        // Every header of the unused clients ("Letzte Anfrage", "Löschdatum") fits its text and
        // the sort arrow.
        QTableView *table = p->activityView();
        QHeaderView *header = table->horizontalHeader();
        const int mark = header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
        bool sawLastRequest = false;
        for (int c = 0; c < header->count(); ++c) {
            if (header->isSectionHidden(c))
                continue;
            const QString text = table->model()->headerData(c, Qt::Horizontal).toString();
            sawLastRequest = sawLastRequest || text == u"Letzte Anfrage"_s;
            QVERIFY2(header->sectionSize(c) >= header->fontMetrics().horizontalAdvance(text) + mark,
                     qPrintable(u"%1: %2 px"_s.arg(text).arg(header->sectionSize(c))));
        }
        QVERIFY(sawLastRequest);

        // The status bar's parts lie side by side, inside it, and it fits a small screen: the
        // identity gives way (its tooltip has it all) instead of insisting on its width, which
        // made the bar draw its parts over each other when the window was narrower.
        QTest::keyClick(f.window.get(), Qt::Key_1, Qt::ControlModifier);
        QStatusBar *bar = f.window->statusBar();
        auto *identity = bar->findChild<QLabel *>(u"identityLabel"_s);
        QVERIFY(identity);
        QVERIFY2(identity->text().startsWith(u"Organisation: "_s), qPrintable(identity->text()));
        QVERIFY(!identity->toolTip().isEmpty());
        QVERIFY2(bar->minimumSizeHint().width() <= 600,
                 qPrintable(QString::number(bar->minimumSizeHint().width())));
        for (const int width : {1024, 800}) {
            f.window->resize(width, 700);
            QTest::qWait(50);
            QList<QWidget *> parts;
            for (QObject *o : bar->children()) {
                auto *w = qobject_cast<QWidget *>(o);
                if (w && w->isVisible() && !w->isWindow() && w->width() > 0)
                    parts.append(w);
            }
            QVERIFY(parts.contains(identity));
            for (QWidget *a : std::as_const(parts)) {
                QVERIFY2(bar->rect().contains(a->geometry()),
                         qPrintable(u"%1 at %2 px"_s.arg(a->objectName()).arg(width)));
                for (QWidget *b : std::as_const(parts)) {
                    if (a != b)
                        QVERIFY2(
                            !a->geometry().intersects(b->geometry()),
                            qPrintable(
                                u"%1 over %2 at %3 px"_s.arg(a->objectName(), b->objectName()).arg(width)));
                }
            }
        }
    }

    void detailsKeepIdsWholeAndPastDatesPast()
    {
        OAuthClient c;
        c.id = u"b972d9d0-542f-5ab3-ac96-bee822f37197"_s;
        c.name = u"Legacy reporting"_s;
        c.grantType = u"CLIENT-CREDENTIALS"_s;
        c.state = u"inactive"_s;
        c.dateToDelete = QDateTime::currentDateTimeUtc().addDays(-629);
        ClientDetailsView view;
        view.resize(330, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setClient(c);

        const QString text = view.plainText();
        QVERIFY2(text.contains(u"was due to delete it on"_s), qPrintable(text));
        QVERIFY2(text.contains(u"629 days ago"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"deletes it on"_s), qPrintable(text));

        // The id on one line, however narrow the pane.
        auto *browser = view.findChild<QTextBrowser *>();
        QVERIFY(browser);
        QTextDocument *doc = browser->document();
        doc->setTextWidth(browser->viewport()->width());
        const QTextCursor found = doc->find(c.id);
        QVERIFY(!found.isNull());
        const QTextBlock block = found.block();
        QTextLayout *layout = block.layout();
        QVERIFY(layout && layout->lineCount() > 0);
        const int first = found.selectionStart() - block.position();
        const int last = found.selectionEnd() - 1 - block.position();
        QCOMPARE(layout->lineForTextPosition(first).lineNumber(),
                 layout->lineForTextPosition(last).lineNumber());
    }

    void withoutDocumentsFileDialogsStartAtHome()
    {
        // A home without a Documents folder (outside admin run: the dialog opened in the working
        // folder the app was started from).
        const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        QDir(documents).removeRecursively();
        QSettings().remove(u"files/lastFolder"_s);
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        QVERIFY(selectByName(f.page, u"Okta SCIM provisioning"_s));
        f.page->exportAction()->trigger();
        QPointer<QFileDialog> dialog = waitForDialog<QFileDialog>(f.window.get());
        QVERIFY(dialog);
        QCOMPARE(dialog->directory().absolutePath(), QDir::home().absolutePath());
        dialog->reject();
    }

    void fileDialogsStartInTheLastFolderAndReport()
    {
        const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        QVERIFY(QDir().mkpath(documents));
        QSettings().remove(u"files/lastFolder"_s);
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        QVERIFY(selectByName(f.page, u"Okta SCIM provisioning"_s));

        // The first dialog starts in Documents, not the working directory.
        f.page->exportAction()->trigger();
        QPointer<QFileDialog> dialog = waitForDialog<QFileDialog>(f.window.get());
        QVERIFY(dialog);
        QCOMPARE(dialog->directory().absolutePath(), QDir(documents).absolutePath());
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        dialog->setDirectory(dir.path());
        auto *name = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s);
        typeInto(name, u"okta.json"_s);
        QTest::keyClick(name, Qt::Key_Return);
        const QString saved = dir.filePath(u"okta.json"_s);
        QTRY_VERIFY(QFile::exists(saved));
        // What was saved, and where.
        QTRY_VERIFY(!f.window->statusBar()->currentMessage().isEmpty());
        QCOMPARE(f.window->statusBar()->currentMessage(),
                 u"Saved the configuration of “Okta SCIM provisioning” to %1"_s.arg(
                     QDir::toNativeSeparators(saved)));

        // The next one, on another page, starts where that one ended.
        QVERIFY(showUsage(f));
        QTRY_VERIFY(dialog.isNull()); // the first one is gone
        QVERIFY(usagePage(f)->exportCsvAction()->isEnabled());
        usagePage(f)->exportCsvAction()->trigger();
        auto *csvDialog = waitForDialog<QFileDialog>(f.window.get());
        QVERIFY(csvDialog);
        QCOMPARE(csvDialog->directory().absolutePath(), QDir(dir.path()).absolutePath());
        auto *csvName = csvDialog->findChild<QLineEdit *>(u"fileNameEdit"_s);
        typeInto(csvName, u"okta-usage"_s);
        QTest::keyClick(csvName, Qt::Key_Return);
        const QString csv = dir.filePath(u"okta-usage.csv"_s);
        QTRY_VERIFY(QFile::exists(csv));
        QTRY_COMPARE(f.window->statusBar()->currentMessage(),
                     u"Saved the usage table as CSV to %1"_s.arg(QDir::toNativeSeparators(csv)));
    }

    void exportsNeedData()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        QVERIFY(selectByName(f.page, u"Translation service webhook"_s));
        QTest::keyClick(f.window.get(), Qt::Key_4, Qt::ControlModifier);
        UsagePage *p = usagePage(f);
        auto *placeholder = p->findChild<QLabel *>(u"usagePlaceholderText"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            placeholder->isVisible() && placeholder->text().contains(u"made no API calls"_s), 20000);
        QVERIFY(!p->controller()->isRunning());
        QVERIFY(!p->exportCsvAction()->isEnabled());
        auto *saveChart = p->findChild<QAction *>(u"saveUsageChartAction"_s);
        QVERIFY(saveChart);
        QVERIFY(!saveChart->isEnabled());

        // With requests, both are offered.
        QVERIFY(p->picker());
        QTest::keyClick(f.window.get(), Qt::Key_1, Qt::ControlModifier);
        QVERIFY(selectByName(f.page, u"Okta SCIM provisioning"_s));
        QVERIFY(showUsage(f));
        QTRY_VERIFY(p->exportCsvAction()->isEnabled());
        QVERIFY(saveChart->isEnabled());
    }

    void enterGoesToTheFirstMatch()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        QVERIFY(selectByName(f.page, u"Okta SCIM provisioning"_s));
        QLineEdit *search = clientSearch(f);
        // "o" matches Okta too, but Okta is not the first match.
        typeInto(search, u"o"_s);
        QTest::qWait(300);
        QVERIFY(f.page->view()->currentIndex().row() > 0);
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(f.page->view()->currentIndex().row(), 0);
        QVERIFY(f.page->view()->hasFocus());
    }

    void emptyResultSaysSo()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        QLineEdit *search = clientSearch(f);
        QTableView *view = f.page->view();
        auto *hint = view->viewport()->findChild<QLabel *>(view->objectName() + u"EmptyHint"_s);
        QVERIFY(hint);
        QVERIFY(!hint->isVisible());
        typeInto(search, u"xyzzy"_s);
        QTRY_COMPARE(view->model()->rowCount(), 0);
        QTRY_VERIFY(hint->isVisible());
        QVERIFY2(hint->text().contains(u"No results for “xyzzy”"_s), qPrintable(hint->text()));
        QVERIFY(view->viewport()->rect().contains(hint->geometry().topLeft()));
        // Esc clears the search: the rows and no hint.
        QTest::keyClick(search, Qt::Key_Escape);
        QTRY_VERIFY(view->model()->rowCount() > 0);
        QVERIFY(!hint->isVisible());
    }
};

QTEST_MAIN(TstGuiPolish)
#include "tst_gui_polish.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Defects outside testers found in the main window, against the sandbox:
//   - New Client, Import from JSON, Duplicate and Edit warn under the name field while the name is
//     another client's of the org (trimmed, any case); Create stays possible;
//   - Export Configuration has one shortcut on the Clients and Insights pages, Export as CSV one
//     on the Insights and Usage pages, and the menus show them;
//   - after Sign Out of the demo the "Not signed in" panel offers Reopen Demo, not "--demo".
#include "app/i18n/translations.h"
#include "tests/ui/guitest.h"
#include "ui/clients/clienteditdialog.h"
#include "ui/clients/clienteditform.h"
#include "ui/clients/clienttemplateactions.h"
#include "ui/insights/insightspage.h"
#include "ui/signin/signinui.h"
#include "ui/usage/usagepage.h"
#include "ui/widgets/signedoutpanel.h"

#include <QAction>
#include <QFileDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;
using namespace guitest;

namespace {
const QString Taken = u"Ops automation (full access)"_s;

// Chooses `path` in the import file dialog, as its Open button would.
void chooseImportFile(ClientsPage *page, const QString &path)
{
    QPointer<QWidget> opened = page->templates()->openImportDialog();
    auto *dlg = qobject_cast<QFileDialog *>(opened.data());
    QVERIFY(dlg);
    QTRY_VERIFY(dlg->isVisible());
    dlg->setDirectory(QFileInfo(path).absolutePath());
    dlg->selectFile(QFileInfo(path).fileName());
    QVERIFY(QMetaObject::invokeMethod(dlg, "accept"));
    QTRY_VERIFY(!dlg->isVisible());
}

QLabel *nameWarning(ClientEditDialog *dlg)
{
    return dlg->findChild<QLabel *>(u"nameTakenWarning"_s);
}

// The menu bar's action with `shortcut` in the menu titled `title` (nullptr when none).
QAction *menuActionWith(MainWindow *window, const QString &title, const QKeySequence &shortcut)
{
    for (QAction *top : window->menuBar()->actions()) {
        if (!top->menu() || top->text().remove(u'&') != title)
            continue;
        for (QAction *a : top->menu()->actions()) {
            if (a->shortcut() == shortcut)
                return a;
        }
    }
    return nullptr;
}
} // namespace

class TstGuiTesterFixes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void importOfATakenNameWarns()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        f.window->resize(1024, 700);
        QJsonObject file = sandboxClient(f.s.sandbox, Taken); // as `clients get --json` writes it
        QVERIFY(!file.isEmpty());
        file.insert("name"_L1, u"  ops AUTOMATION (Full Access) "_s); // trimmed, any case: the same
        QTemporaryDir dir;
        const QString path = dir.filePath(u"client.json"_s);
        {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(QJsonDocument(file).toJson());
        }
        chooseImportFile(f.page, path);
        QPointer<ClientEditDialog> dlg = waitForDialog<ClientEditDialog>(f.window.get());
        QVERIFY(dlg);
        QLabel *warning = nameWarning(dlg);
        QVERIFY(warning);
        QTRY_VERIFY(warning->isVisible());
        QCOMPARE(warning->text(), u"A client named “%1” already exists in this org. Genesys Cloud allows it, "
                                  "but two clients with one name are easy to confuse."_s.arg(Taken));
        // The name is focused and selected, to change it at once; the warning lies in view.
        auto *name = dlg->findChild<ClientEditForm *>()->nameEdit();
        QTRY_COMPARE(QApplication::focusWidget(), name);
        QCOMPARE(name->selectedText(), name->text());
        QVERIFY(warning->visibleRegion().boundingRect().height() >= warning->height() - 1);
        // Create stays possible: the platform allows it.
        auto *create = dlg->findChild<QPushButton *>(u"saveButton"_s);
        QVERIFY(create->isEnabled());
        QCOMPARE(dlg->validationErrors(), QStringList());

        // Another name: the warning goes.
        QTest::keyClicks(name, u"Nightly export"_s);
        QVERIFY(!warning->isVisible());
        dlg->close();
    }

    void typedAndDuplicatedNamesWarn()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        // New Client: typed.
        QTest::keyClick(f.window.get(), Qt::Key_N, Qt::ControlModifier);
        QPointer<ClientEditDialog> dlg = waitForDialog<ClientEditDialog>(f.window.get());
        QVERIFY(dlg);
        QLabel *warning = nameWarning(dlg);
        QVERIFY(!warning->isVisible());
        auto *name = dlg->findChild<ClientEditForm *>()->nameEdit();
        typeInto(name, Taken.toUpper());
        QTRY_VERIFY(warning->isVisible());
        QVERIFY(warning->text().contains(Taken));
        typeInto(name, Taken + u" 2"_s);
        QVERIFY(!warning->isVisible());
        // Emptied: nothing to compare.
        typeInto(name, QString());
        QVERIFY(!warning->isVisible());
        dlg->close();
        QTRY_VERIFY(!dlg);

        // Duplicate: "X (copy)" is taken once a copy exists.
        QVERIFY(f.s.sandbox.clients().size() > 0);
        const QJsonObject copy = sandboxClient(f.s.sandbox, Taken + u" (copy)"_s);
        QVERIFY(copy.isEmpty());
        QVERIFY(selectByName(f.page, Taken));
        dlg = qobject_cast<ClientEditDialog *>(f.page->templates()->duplicateCurrent());
        QVERIFY(dlg);
        QVERIFY(!nameWarning(dlg)->isVisible()); // no copy yet
        click(dlg->findChild<QPushButton *>(u"saveButton"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!sandboxClient(f.s.sandbox, Taken + u" (copy)"_s).isEmpty(), 15000);
        QTRY_VERIFY(!dlg);
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w != f.window.get() && w->isVisible())
                w->close(); // the new secret
        }
        QTRY_VERIFY(f.page->model()->rowCount() > 0 && [&] {
            for (int r = 0; r < f.page->model()->rowCount(); ++r) {
                if (f.page->model()->clientAt(r).name == Taken + u" (copy)"_s)
                    return true;
            }
            return false;
        }());
        QVERIFY(selectByName(f.page, Taken));
        QVERIFY(f.page->currentClient() && f.page->currentClient()->name == Taken);
        dlg = qobject_cast<ClientEditDialog *>(f.page->templates()->duplicateCurrent());
        QVERIFY(dlg);
        QTRY_VERIFY(nameWarning(dlg)->isVisible());
        QVERIFY(nameWarning(dlg)->text().contains(Taken + u" (copy)"_s));
        dlg->close();
    }

    void editWarnsOnlyForAnotherClientsName()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        QVERIFY(selectByName(f.page, Taken));
        QTest::keyClick(f.window.get(), Qt::Key_E, Qt::ControlModifier);
        QPointer<ClientEditDialog> dlg = waitForDialog<ClientEditDialog>(f.window.get());
        QVERIFY(dlg && dlg->isEditing());
        QLabel *warning = nameWarning(dlg);
        QVERIFY(!warning->isVisible()); // its own name
        auto *name = dlg->findChild<ClientEditForm *>()->nameEdit();
        typeInto(name, Taken.toLower() + u" "_s);
        QVERIFY(!warning->isVisible());
        // Another client's name.
        QString other;
        for (int r = 0; r < f.page->model()->rowCount() && other.isEmpty(); ++r) {
            if (f.page->model()->clientAt(r).name != Taken)
                other = f.page->model()->clientAt(r).name;
        }
        typeInto(name, other);
        QTRY_VERIFY(warning->isVisible());
        QVERIFY(dlg->findChild<QPushButton *>(u"saveButton"_s)->isEnabled());
        dlg->close();
    }

    void exportHasOneShortcutEverywhere()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        auto *insights = qobject_cast<InsightsPage *>(f.window->page(MainWindow::InsightsKey));
        auto *usage = qobject_cast<UsagePage *>(f.window->page(MainWindow::UsageKey));
        QVERIFY(insights && usage);
        QAction *clientsExport = f.page->findChild<QAction *>(u"exportAction"_s);
        QVERIFY(clientsExport);
        const QKeySequence configuration = clientsExport->shortcut();
        QVERIFY(!configuration.isEmpty());
        // Export Configuration: the same key on both pages.
        QCOMPARE(insights->exportConfigurationAction()->shortcut(), configuration);
        // Export as CSV: one key on both pages that have it, not the configuration's.
        const QKeySequence csv = insights->exportCsvAction()->shortcut();
        QVERIFY(!csv.isEmpty());
        QVERIFY(csv != configuration);
        QCOMPARE(usage->exportCsvAction()->shortcut(), csv);
        // Shown in the menus.
        QCOMPARE(menuActionWith(f.window.get(), u"Client"_s, configuration), clientsExport);
        QCOMPARE(menuActionWith(f.window.get(), u"Insights"_s, configuration),
                 insights->exportConfigurationAction());
        QCOMPARE(menuActionWith(f.window.get(), u"Insights"_s, csv), insights->exportCsvAction());
    }

    void germanToolbarKeepsSignOutAt1024()
    {
        Translations::install(QLocale(QLocale::German, QLocale::Germany));
        auto english =
            qScopeGuard([] { Translations::install(QLocale(QLocale::English, QLocale::UnitedStates)); });
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        f.window->resize(1024, 700);
        QTRY_COMPARE(f.window->width(), 1024);
        auto *bar = f.window->findChild<QToolBar *>(u"mainToolBar"_s);
        QVERIFY(bar);
        QWidget *signOut = bar->widgetForAction(f.window->signOutAction());
        QVERIFY(signOut);
        QCOMPARE(f.window->signOutAction()->text().remove(u'&'), u"Abmelden"_s);
        // On the toolbar, not in its overflow menu.
        QTRY_VERIFY(signOut->isVisible());
        QVERIFY(bar->rect().contains(signOut->geometry()));
        // The toolbar's texts are short forms: no "…" (under Xvfb the German "Neuer Client …",
        // "Bearbeiten …", "Löschen …" and "Secret neu erzeugen" pushed Abmelden off the end; the
        // offscreen platform's narrower font does not show that, so the texts are checked).
        for (QAction *a : bar->actions()) {
            auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(a));
            if (button && button->isVisible())
                QVERIFY2(!button->text().contains(u'…'), qPrintable(button->text()));
        }
        QCOMPARE(f.page->findChild<QAction *>(u"regenerateSecretAction"_s)->iconText(), u"Secret erneuern"_s);
    }

    void demoSignOutOffersReopen()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        SignInUi *signIn = SignInUi::install(f.window.get(), &f.s.session);
        int reopened = 0;
        signIn->setReopenSession(u"Reopen &Demo"_s, [&reopened] { ++reopened; });
        f.s.session.signOut();
        auto *panel = f.page->findChild<SignedOutPanel *>();
        QVERIFY(panel);
        QTRY_VERIFY(panel->isVisible());
        auto *text = panel->findChild<QLabel *>(panel->objectName() + u"Text"_s);
        QVERIFY(text);
        QVERIFY2(!text->text().contains(u"--demo"_s), qPrintable(text->text()));
        QPushButton *reopen = panel->alternativeButton();
        QVERIFY(reopen->isVisible());
        QCOMPARE(reopen->text(), u"Reopen &Demo"_s);
        click(reopen);
        QCOMPARE(reopened, 1);
    }
};

QTEST_MAIN(TstGuiTesterFixes)
#include "tst_gui_testerfixes.moc"

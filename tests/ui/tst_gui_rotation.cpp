// SPDX-License-Identifier: GPL-3.0-or-later
// History and rotation in the GUI, driven with key and mouse events against the sandbox: the History tab of
// the details pane (who changed a client and when, the last secret reset, a missing permission),
// and the rotation assistant (blue/green with a Data Actions credential, watched and retired; in
// place), and the rotations in progress of a profile, listed and resumed.
#include "app/services/clientsservice.h"
#include "tests/ui/guitest.h"
#include "ui/clients/selfclientguard.h"
#include "ui/rotation/clienthistoryview.h"
#include "ui/rotation/clientsrotationui.h"
#include "ui/rotation/rotationsdialog.h"
#include "ui/rotation/rotationwizard.h"
#include "ui/shell/demosession.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/secretview.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

using namespace Qt::Literals::StringLiterals;
using namespace guitest;

namespace {
void showHistoryTab(ClientsPage *page)
{
    auto *tabs = page->findChild<QTabWidget *>(u"clientDetailsTabs"_s);
    QVERIFY(tabs);
    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(1).center());
    QCOMPARE(tabs->currentIndex(), 1);
}

// Clicks a check box or radio button on its indicator (its middle may lie beyond a short label).
void tick(QAbstractButton *button)
{
    QVERIFY(button && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton, Qt::NoModifier, QPoint(6, button->height() / 2));
}

QString credentialOf(const SandboxServer &sandbox, const QString &clientId)
{
    for (const QString &id : sandbox.integrationCredentialIds())
        if (sandbox.credentialClientId(id) == clientId)
            return id;
    return {};
}
} // namespace

class TstGuiRotation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        // Rotations are saved per org: start each test without one in progress.
        QFile::remove(RotationStore::forSession(QString(), SandboxServer().organizationId()).filePath());
    }

    void historyTabNamesWhoAndTheLastSecretReset()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        QVERIFY(selectByName(f.page, u"Nightly WFM export"_s));
        showHistoryTab(f.page);
        ClientHistoryView *history = f.page->rotation()->historyView();
        QTRY_VERIFY_WITH_TIMEOUT(history->summaryText().contains(u"Helga Brandt"_s), 15000);
        QVERIFY2(history->summaryText().startsWith(u"Secret last reset 12 days ago by Helga Brandt."_s),
                 qPrintable(history->summaryText()));
        QCOMPARE(history->tree()->topLevelItemCount(), 1);
        QCOMPARE(history->tree()->topLevelItem(0)->text(3), u"Secret reset"_s);

        // Another client while the tab is shown: its own history.
        QVERIFY(selectByName(f.page, u"Emergency broadcast"_s));
        showHistoryTab(f.page);
        QTRY_VERIFY_WITH_TIMEOUT(history->summaryText().contains(u"unknown"_s), 15000);
        QCOMPARE(history->tree()->topLevelItemCount(), 0);

        // More days: older events through the asynchronous query.
        QVERIFY(selectByName(f.page, u"Zendesk ticket sync"_s));
        showHistoryTab(f.page);
        // No event in the last 14 days (its secret was reset 40 days ago)...
        QTRY_VERIFY_WITH_TIMEOUT(!history->isLoading() && history->summaryText().contains(u"unknown"_s),
                                 15000);
        QCOMPARE(history->tree()->topLevelItemCount(), 0);
        typeInto(history->findChild<QWidget *>(u"historyDays"_s), u"600"_s);
        click(history->findChild<QPushButton *>(u"historyLoad"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!history->isLoading() && history->tree()->topLevelItemCount() >= 3, 15000);
        const QTreeWidgetItem *oldest =
            history->tree()->topLevelItem(history->tree()->topLevelItemCount() - 1);
        QCOMPARE(oldest->text(2), u"Create"_s);
        QCOMPARE(oldest->text(1), u"Priya Raman"_s);
        QVERIFY2(history->summaryText().startsWith(u"Secret last reset 40 days ago by Priya Raman."_s),
                 qPrintable(history->summaryText()));
    }

    // A changed value that carries a bidi override or a line break (server text) is shown on one
    // line without them: U+202E would turn what follows around, a line break would hide it.
    void historyShowsServerTextOnOneLineWithoutOverrides()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        QVERIFY(selectByName(f.page, u"Nightly WFM export"_s));
        const OAuthClient client = f.page->currentClient().value();
        const QString hostile = u"Nightly \u202Egpj.exe\nSecret reset by Helga Brandt"_s;
        bool updated = false;
        f.s.session.clients()->update(client, QJsonObject{{u"description"_s, hostile}}, this,
                                      [&updated](const Result<OAuthClient> &r) { updated = bool(r); });
        QTRY_VERIFY_WITH_TIMEOUT(updated, 15000);
        showHistoryTab(f.page);
        ClientHistoryView *history = f.page->rotation()->historyView();
        QTRY_VERIFY_WITH_TIMEOUT(!history->isLoading() && history->tree()->topLevelItemCount() >= 2, 15000);
        QString shown;
        for (QTreeWidgetItemIterator it(history->tree()); *it; ++it)
            for (int c = 0; c < history->tree()->columnCount(); ++c)
                shown += (*it)->text(c) + (*it)->toolTip(c) + u'|';
        QVERIFY2(shown.contains(u"gpj.exe Secret reset by Helga Brandt"_s), qPrintable(shown));
        QVERIFY(!shown.contains(QChar(0x202E)));
        QVERIFY(!history->summaryText().contains(QChar(0x202E)) && !history->summaryText().contains(u'\n'));
    }

    void historyWithoutPermissionSaysWhichOne()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        f.s.session.api()->setAccessToken(
            f.s.sandbox.issueToken({u"oauth:client:*"_s, u"authorization:role:view"_s}).toLatin1());
        QVERIFY(selectByName(f.page, u"Nightly WFM export"_s));
        showHistoryTab(f.page);
        ClientHistoryView *history = f.page->rotation()->historyView();
        QTRY_VERIFY_WITH_TIMEOUT(history->summaryText().contains(u"audits:audit:view"_s), 15000);
        // The rest works on: the Details tab and the actions.
        QVERIFY(f.page->regenerateAction()->isEnabled());
    }

    void blueGreenWithADataActionsCredential()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        const QJsonObject old = sandboxClient(f.s.sandbox, u"Data actions - CRM lookup"_s);
        const QString oldId = old.value(u"id"_s).toString();
        const QString credential = credentialOf(f.s.sandbox, oldId);
        QVERIFY(selectByName(f.page, u"Data actions - CRM lookup"_s));
        QAction *rotate = f.page->rotation()->rotateAction();
        QVERIFY(rotate->isEnabled());
        click(find<QToolButton>(f.page, u"rotateSecretButton"_s)); // beside the details tabs
        QPointer<RotationWizard> wizard = waitForDialog<RotationWizard>(f.window.get());
        QVERIFY(wizard);
        // The trade-off is explained before anything changes; the copy's name is to confirm.
        QVERIFY(find<QRadioButton>(wizard, u"strategyBlueGreen"_s)->isChecked());
        auto *name = find<QLineEdit>(wizard, u"copyName"_s);
        QCOMPARE(name->text(), u"Data actions - CRM lookup (rotated 2026-03-15)"_s);
        typeInto(name, u"CRM lookup 2026"_s);
        auto *found = find<QLabel>(wizard, u"credentialsFound"_s);
        QTRY_VERIFY2_WITH_TIMEOUT(found->text().contains(u"Data Actions - CRM lookup"_s),
                                  qPrintable(found->text()), 15000);
        auto *update = find<QCheckBox>(wizard, u"updateCredentials"_s);
        QVERIFY(update->isVisible() && update->isChecked());
        const auto creates = [&f] {
            int n = 0;
            for (const SandboxRequest &r : f.s.sandbox.requests())
                n += r.method == "POST" && r.path == u"/api/v2/oauth/clients"_s;
            return n;
        };
        QCOMPARE(creates(), 0); // nothing changes before "Rotate"

        click(find<QPushButton>(wizard, u"startRotation"_s));
        auto *newId = find<QLabel>(wizard, u"newClientId"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!newId->text().isEmpty(), 15000);
        const QString copyId = newId->text();
        QVERIFY(find<QLabel>(wizard, u"proofResult"_s)->text().contains(u"works"_s));
        QVERIFY(!find<SecretView>(wizard, u"newSecret"_s)->field()->text().isEmpty());
        QCOMPARE(sandboxClient(f.s.sandbox, u"CRM lookup 2026"_s).value(u"id"_s).toString(), copyId);
        QCOMPARE(f.s.sandbox.credentialClientId(credential), copyId);
        QVERIFY(f.s.sandbox.credentialAuthenticates(credential));
        QVERIFY(find<QLabel>(wizard, u"rotationNotes"_s)->text().contains(u"now holds the new id"_s));

        // Watch, then retire: refused while busy, done with force and delete. The new secret was
        // neither copied nor saved: the first press warns.
        click(find<QPushButton>(wizard, u"watchOldClient"_s));
        QCOMPARE(wizard->page(), 1);
        click(find<QPushButton>(wizard, u"watchOldClient"_s));
        QCOMPARE(wizard->page(), 2);
        auto *usage = find<QLabel>(wizard, u"usageText"_s);
        QTRY_VERIFY_WITH_TIMEOUT(usage->text().contains(u"still had"_s), 15000);
        click(find<QPushButton>(wizard, u"retireOld"_s));
        auto *result = find<QLabel>(wizard, u"retireResult"_s);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(u"--force"_s), 15000);
        QCOMPARE(f.s.sandbox.client(oldId).value(u"state"_s).toString(), u"active"_s);
        tick(find<QCheckBox>(wizard, u"forceRetire"_s));
        tick(find<QCheckBox>(wizard, u"deleteOld"_s));
        // Deleting cannot be undone: the old client's name is typed first.
        auto *retireButton = find<QPushButton>(wizard, u"retireOld"_s);
        QVERIFY(!retireButton->isEnabled());
        auto *guard = wizard->findChild<SelfClientGuard *>(u"retireGuard"_s);
        QVERIFY(guard && guard->nameEdit()->isVisible());
        typeInto(guard->nameEdit(), u"Data actions - CRM"_s);
        QVERIFY(!retireButton->isEnabled());
        typeInto(guard->nameEdit(), u"Data actions - CRM lookup"_s);
        QVERIFY(retireButton->isEnabled());
        click(retireButton);
        QVERIFY(find<QCheckBox>(wizard, u"forceRetire"_s)->isChecked());
        QVERIFY(find<QCheckBox>(wizard, u"deleteOld"_s)->isChecked());
        QTRY_VERIFY2_WITH_TIMEOUT(result->text().contains(u"deleted"_s), qPrintable(result->text()), 15000);
        QVERIFY(f.s.sandbox.client(oldId).isEmpty());
        QVERIFY(f.s.sandbox.credentialAuthenticates(credential));
        wizard->close();
    }

    void inPlace()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        QVERIFY(selectByName(f.page, u"Workday HR sync"_s));
        QPointer<RotationWizard> wizard = f.page->rotation()->openWizard();
        QVERIFY(wizard);
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        tick(find<QRadioButton>(wizard, u"strategyInPlace"_s));
        QVERIFY(!find<QLineEdit>(wizard, u"copyName"_s)->isEnabled());
        // Like Regenerate Secret: the client's name is typed before the old secret is dropped.
        auto *startButton = find<QPushButton>(wizard, u"startRotation"_s);
        QVERIFY(!startButton->isEnabled());
        auto *guard = wizard->findChild<SelfClientGuard *>(u"selfClientGuard"_s);
        QVERIFY(guard && guard->isVisible() && guard->nameEdit()->isVisible());
        QVERIFY(!guard->findChild<MessageBar *>(u"selfClientWarning"_s)->isVisible()); // not this session's
        QTest::keyClick(guard->nameEdit(), Qt::Key_Return);
        QCOMPARE(wizard->page(), 0);
        typeInto(guard->nameEdit(), u"Workday HR"_s);
        QVERIFY(!startButton->isEnabled());
        typeInto(guard->nameEdit(), u"Workday HR sync"_s);
        QVERIFY(startButton->isEnabled());
        click(startButton);
        auto *proof = find<QLabel>(wizard, u"proofResult"_s);
        QTRY_VERIFY_WITH_TIMEOUT(proof->text().contains(u"works"_s), 15000);
        QCOMPARE(find<QLabel>(wizard, u"newClientId"_s)->text(),
                 sandboxClient(f.s.sandbox, u"Workday HR sync"_s).value(u"id"_s).toString());
        QVERIFY(!find<QPushButton>(wizard, u"watchOldClient"_s)->isVisible());
        // The old secret is dead: the first Close with the new one neither copied nor saved warns.
        const auto buttons = wizard->findChildren<QDialogButtonBox *>();
        QPushButton *close = nullptr;
        for (QDialogButtonBox *b : buttons) {
            if (b->isVisible() && b->button(QDialogButtonBox::Close))
                close = b->button(QDialogButtonBox::Close);
        }
        QVERIFY(close);
        click(close);
        QVERIFY(wizard && wizard->isVisible());
        QCOMPARE(close->text(), u"Close Without Copying"_s);
        click(close);
        QTRY_VERIFY(!wizard);
        // An implicit-grant client cannot be rotated.
        QVERIFY(selectByName(f.page, u"Agent desktop (web)"_s));
        QVERIFY(!f.page->rotation()->rotateAction()->isEnabled());
    }

    // In place on the client this session is signed in with: the assistant says what happens to
    // the session and asks for the client's name before it regenerates anything.
    void inPlaceOfTheSignedInClientAsksForItsName()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        const QString adminName = u"OAuth Desk (sandbox admin)"_s;
        QVERIFY(selectByName(f.page, adminName));
        QPointer<RotationWizard> wizard = f.page->rotation()->openWizard();
        QVERIFY(wizard);
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        auto *startButton = find<QPushButton>(wizard, u"startRotation"_s);
        QVERIFY(startButton->isEnabled()); // blue/green leaves this client working
        auto *guard = wizard->findChild<SelfClientGuard *>(u"selfClientGuard"_s);
        QVERIFY(guard && !guard->isVisible());

        tick(find<QRadioButton>(wizard, u"strategyInPlace"_s));
        QVERIFY(guard->isVisible());
        auto *warning = guard->findChild<MessageBar *>(u"selfClientWarning"_s);
        QVERIFY(warning && warning->isVisible());
        QVERIFY2(warning->text().startsWith(u"You are signed in with this client."_s),
                 qPrintable(warning->text()));
        QVERIFY(!startButton->isEnabled());
        typeInto(guard->nameEdit(), adminName.left(8));
        QVERIFY(!startButton->isEnabled());
        QTest::keyClick(guard->nameEdit(), Qt::Key_Return); // not yet the name: nothing starts
        QCOMPARE(wizard->page(), 0);
        typeInto(guard->nameEdit(), adminName);
        QVERIFY(startButton->isEnabled());

        // Back to blue/green: no warning, nothing to type.
        tick(find<QRadioButton>(wizard, u"strategyBlueGreen"_s));
        QVERIFY(!guard->isVisible());
        QVERIFY(startButton->isEnabled());
        for (const SandboxRequest &r : f.s.sandbox.requests())
            QVERIFY(!r.path.endsWith(u"/secret"_s)); // nothing was regenerated
        wizard->close();
    }

    // Signed in with a profile, a rotation is saved with the profile (not per org), the wizard
    // finds it there, and "Rotations in Progress…" lists it with its step and time and resumes it.
    void rotationsInProgressOfAProfile()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        f.s.session.setProfileName(u"Sandbox GUI"_s); // as SignInController does
        const QString profileFile = RotationStore::forSession(u"Sandbox GUI"_s, QString()).filePath();
        const QString orgFile = RotationStore::forSession(QString(), f.s.sandbox.organizationId()).filePath();
        QFile::remove(profileFile);
        QVERIFY(selectByName(f.page, u"Workday HR sync"_s));
        const QString oldId = sandboxClient(f.s.sandbox, u"Workday HR sync"_s).value(u"id"_s).toString();

        // Nothing in progress yet: the list says so.
        auto *corner = find<QToolButton>(f.page, u"rotateSecretButton"_s);
        QVERIFY(corner && corner->menu());
        QAction *list = f.page->rotation()->rotationsAction();
        QVERIFY(corner->menu()->actions().contains(list));
        QVERIFY(list->isEnabled());
        list->trigger();
        QPointer<RotationsDialog> dialog = waitForDialog<RotationsDialog>(f.window.get());
        QVERIFY(dialog);
        QCOMPARE(dialog->tree()->topLevelItemCount(), 0);
        QVERIFY(find<QLabel>(dialog, u"rotationsSummary"_s)->text().contains(u"profile “Sandbox GUI”"_s));
        QVERIFY(!find<QPushButton>(dialog, u"resumeRotation"_s)->isEnabled());
        dialog->close();
        QTRY_VERIFY(!dialog);

        // A blue/green rotation, left at "watching" when the assistant is closed.
        QPointer<RotationWizard> wizard = f.page->rotation()->openWizard();
        QVERIFY(wizard);
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        click(find<QPushButton>(wizard, u"startRotation"_s));
        auto *newId = find<QLabel>(wizard, u"newClientId"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!newId->text().isEmpty(), 15000);
        const QString copyId = newId->text();
        wizard->close(); // warns: the secret was not copied
        QVERIFY(wizard && wizard->isVisible());
        wizard->close();
        QTRY_VERIFY(!wizard);
        QVERIFY(QFile::exists(profileFile));
        QVERIFY(!QFile::exists(orgFile));
        QCOMPARE(RotationStore::forSession(f.s.session).load().size(), 1);

        // Listed with its clients, step and time; Resume opens the assistant where it stopped.
        list->trigger();
        dialog = waitForDialog<RotationsDialog>(f.window.get());
        QVERIFY(dialog);
        QCOMPARE(dialog->tree()->topLevelItemCount(), 1);
        const QTreeWidgetItem *item = dialog->tree()->topLevelItem(0);
        QCOMPARE(item->text(0), u"Workday HR sync"_s);
        QCOMPARE(item->toolTip(0), oldId);
        QCOMPARE(item->toolTip(1), copyId);
        QCOMPARE(item->text(3), rotationStepLabel(RotationStep::Watching));
        QVERIFY(!item->text(4).isEmpty());
        QVERIFY(find<QLabel>(dialog, u"rotationsSummary"_s)->text().startsWith(u"1 rotation in progress"_s));
        click(find<QPushButton>(dialog, u"resumeRotation"_s));
        wizard = waitForDialog<RotationWizard>(f.window.get());
        QVERIFY(wizard);
        QCOMPARE(wizard->page(), 2); // watch and retire
        QVERIFY(wizard->record() && wizard->record()->newClientId == copyId);
        auto *usage = find<QLabel>(wizard, u"usageText"_s);
        QTRY_VERIFY_WITH_TIMEOUT(usage->text().contains(u"24 hours"_s), 15000);

        // Retired (forced, deleted): the list follows.
        tick(find<QCheckBox>(wizard, u"forceRetire"_s));
        tick(find<QCheckBox>(wizard, u"deleteOld"_s));
        typeInto(wizard->findChild<SelfClientGuard *>(u"retireGuard"_s)->nameEdit(), u"Workday HR sync"_s);
        click(find<QPushButton>(wizard, u"retireOld"_s));
        auto *result = find<QLabel>(wizard, u"retireResult"_s);
        QTRY_VERIFY2_WITH_TIMEOUT(result->text().contains(u"deleted"_s), qPrintable(result->text()), 15000);
        QTRY_COMPARE(dialog->tree()->topLevelItemCount(), 0);
        QVERIFY(f.s.sandbox.client(oldId).isEmpty());
        wizard->close();
        dialog->close();
    }

    // --demo: the demo org is new on every start, so the rotations the previous demo saved are
    // dropped, and that is said once.
    void demoSaysItDroppedThePreviousDemosRotations()
    {
        Session session;
        DemoSession demo(&session);
        QVERIFY(demo.startSandbox());
        QVERIFY(demo.takeStartNotice().isEmpty()); // nothing saved: nothing said
        RotationRecord saved;
        saved.id = u"6f1c1a52-0000-4000-8000-000000000002"_s;
        saved.orgId = demo.sandbox()->organizationId();
        saved.step = RotationStep::Watching;
        saved.startedAt = QDateTime::currentDateTimeUtc();
        RotationStore store = RotationStore::forSession(QString(), saved.orgId);
        QVERIFY2(store.save(saved), qPrintable(store.errorString()));

        QVERIFY(demo.startSandbox());
        QCOMPARE(demo.takeStartNotice(),
                 u"The demo org starts fresh each time: 1 saved rotation of the previous "
                 u"demo was removed."_s);
        QVERIFY(demo.takeStartNotice().isEmpty()); // once
        QVERIFY(store.load().isEmpty());
    }

    // Rotate Secret and Rotations in Progress are in the Client menu with their own keys (no other
    // action has them), Ctrl+Shift+R opens the assistant, and after a sign-in with rotations of the
    // org in progress a bar says so once and shows the list.
    void rotationIsInTheClientMenuAndAnnounced()
    {
        const QString org = SandboxServer().organizationId();
        RotationRecord saved;
        saved.id = u"6f1c1a52-0000-4000-8000-000000000001"_s;
        saved.orgId = org;
        saved.strategy = RotationStrategy::BlueGreen;
        saved.step = RotationStep::Watching;
        saved.oldClientId = u"0d5f2a6e-0000-4000-8000-0000000000aa"_s;
        saved.oldClientName = u"Old"_s;
        saved.newClientId = u"0d5f2a6e-0000-4000-8000-0000000000bb"_s;
        saved.newClientName = u"Old (rotated)"_s;
        saved.startedAt = QDateTime::currentDateTimeUtc();
        saved.updatedAt = saved.startedAt;
        RotationStore store = RotationStore::forSession(QString(), org);
        QVERIFY2(store.save(saved), qPrintable(store.errorString()));

        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        ClientsRotationUi *rotation = f.page->rotation();
        QMenu *clientMenu = nullptr;
        for (QMenu *menu : f.window->menuBar()->findChildren<QMenu *>()) {
            if (menu->actions().contains(rotation->rotateAction()))
                clientMenu = menu;
        }
        QVERIFY(clientMenu);
        QCOMPARE(clientMenu->title().remove(u'&'), u"Client"_s);
        QVERIFY(clientMenu->actions().contains(rotation->rotationsAction()));
        const QKeySequence rotateKey = rotation->rotateAction()->shortcut();
        const QKeySequence listKey = rotation->rotationsAction()->shortcut();
        QCOMPARE(rotateKey, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
        QCOMPARE(listKey, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
        for (QAction *a : f.window->findChildren<QAction *>()) {
            if (a == rotation->rotateAction() || a == rotation->rotationsAction())
                continue;
            for (const QKeySequence &key : a->shortcuts())
                QVERIFY2(key != rotateKey && key != listKey, qPrintable(a->text()));
        }

        // Said once after the sign-in; Show opens the list.
        auto *bar = find<MessageBar>(f.page, u"rotationsInProgressBar"_s);
        QVERIFY(bar && bar->isVisible());
        QCOMPARE(bar->text(), u"1 secret rotation in progress."_s);
        QPushButton *show = nullptr;
        for (QPushButton *b : bar->findChildren<QPushButton *>()) {
            if (b->isVisible() && b->text().remove(u'&') == u"Show"_s)
                show = b;
        }
        QVERIFY(show);
        click(show);
        QPointer<RotationsDialog> dialog = waitForDialog<RotationsDialog>(f.window.get());
        QVERIFY(dialog);
        QCOMPARE(dialog->tree()->topLevelItemCount(), 1);
        QVERIFY(!bar->isVisible());
        dialog->close();
        QTRY_VERIFY(!dialog);

        // The keys open the assistant for the selected client and the list.
        QVERIFY(selectByName(f.page, u"Workday HR sync"_s));
        QTRY_VERIFY(rotation->rotateAction()->isEnabled()); // follows the selection (queued)
        QApplication::setActiveWindow(f.window.get());      // back from the dialog
        QTest::keyClick(f.page->view(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QPointer<RotationWizard> wizard = waitForDialog<RotationWizard>(f.window.get());
        QVERIFY(wizard);
        wizard->close();
        QTRY_VERIFY(!wizard);
        QApplication::setActiveWindow(f.window.get());
        QTest::keyClick(f.page->view(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        dialog = waitForDialog<RotationsDialog>(f.window.get());
        QVERIFY(dialog);
        dialog->close();
    }
};

QTEST_MAIN(TstGuiRotation)
#include "tst_gui_rotation.moc"

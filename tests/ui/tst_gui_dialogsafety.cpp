// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15, items 2, 3, 5 (editor) and 6 on a 1024x700 screen (offscreen, configured in main()):
// the New/Edit Client dialog fits and keeps its width; the secret dialog grows to show its warning;
// a filtered-away selection empties the details and disables the actions at every org size; the
// count after a delete; edits are not dropped without asking; the "Fix the fields" banner goes;
// errors do not shift the form; an out-of-range lifetime is an error, never clamped; a picked role
// is added on save; the role picker starts empty; edited clients list their scopes first; the
// editor warns where the Insights checks flag.
#include "app/controllers/clientscontroller.h"
#include "models/itemmodels/clientfilterproxymodel.h"
#include "models/itemmodels/clientlistmodel.h"
#include "tests/ui/guitest.h"
#include "ui/clients/clientdetailsview.h"
#include "ui/clients/clienteditdialog.h"
#include "ui/clients/roledivisionpicker.h"
#include "ui/widgets/dialogfit.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/secretdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;
using namespace guitest;

namespace {
ClientEditDialog *openCreate(Fixture &f)
{
    QTest::keyClick(f.window.get(), Qt::Key_N, Qt::ControlModifier);
    return waitForDialog<ClientEditDialog>(f.window.get());
}

ClientEditDialog *openEdit(Fixture &f, const QString &name)
{
    if (!selectByName(f.page, name))
        return nullptr;
    f.page->editAction()->trigger();
    return waitForDialog<ClientEditDialog>(f.window.get());
}

bool chooseGrant(ClientEditDialog *dlg, const QString &grant)
{
    auto *combo = find<QComboBox>(dlg, u"grantCombo"_s);
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && combo->currentData().toString() != grant; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    return combo->currentData().toString() == grant;
}

// Whether `w` lies inside `dlg` (its whole rectangle).
bool inside(const QWidget *w, const QWidget *dlg)
{
    const QRect r(w->mapTo(dlg, QPoint(0, 0)), w->size());
    return dlg->rect().contains(r);
}

QMessageBox *discardQuestion(QWidget *dlg)
{
    QMessageBox *box = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            for (QMessageBox *b : dlg->findChildren<QMessageBox *>(u"discardQuestion"_s)) {
                if (b->isVisible())
                    box = b;
            }
            return box != nullptr;
        },
        5000);
    return box;
}
} // namespace

class TstGuiDialogSafety : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void screenIs1024x700()
    {
        const QScreen *screen = QGuiApplication::primaryScreen();
        QVERIFY(screen);
        QCOMPARE(screen->geometry().size(), QSize(1024, 700));
    }

    void createDialogFitsAndKeepsItsWidth()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        QPointer<ClientEditDialog> dlg = openCreate(f);
        QVERIFY(dlg);
        QCOMPARE(dlg->windowTitle(), u"New OAuth Client"_s);
        QVERIFY(QTest::qWaitForWindowExposed(dlg));
        const QSize room = QGuiApplication::primaryScreen()->availableGeometry().size() -
                           QSize(DialogFit::FrameWidth, DialogFit::FrameHeight);
        QVERIFY2(dlg->width() <= room.width() && dlg->height() <= room.height(),
                 qPrintable(u"%1x%2"_s.arg(dlg->width()).arg(dlg->height())));
        const int width = dlg->width();
        auto *scroll = find<QScrollArea>(dlg, u"editScrollArea"_s);
        QVERIFY(scroll);
        for (const QString &grant : {u"CLIENT-CREDENTIALS"_s, u"CODE"_s, u"TOKEN"_s, u"SAML2-BEARER"_s,
                                     u"PASSWORD"_s, u"CLIENT-CREDENTIALS"_s}) {
            QVERIFY(chooseGrant(dlg, grant));
            QCoreApplication::processEvents();
            QCOMPARE(dlg->width(), width);
            QVERIFY2(dlg->height() <= room.height(), qPrintable(grant));
            // The buttons are always in view.
            QVERIFY(inside(find<QPushButton>(dlg, u"saveButton"_s), dlg));
            QVERIFY(inside(find<QPushButton>(dlg, u"cancelButton"_s), dlg));
        }
        // Add Role is reachable: Tab to it scrolls it into view.
        auto *add = find<QPushButton>(dlg, u"addRoleButton"_s);
        add->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(scroll->viewport()->rect().contains(
            QRect(add->mapTo(scroll->viewport(), QPoint(0, 0)), add->size())));
        // No horizontal scrolling needed at this width.
        QVERIFY(scroll->widget()->width() <= scroll->viewport()->width());
    }

    void secretDialogGrowsToShowItsWarning()
    {
        ClientWithSecret r;
        r.client.id = u"7f4c1f7e-2d1b-4c1e-9d6a-1a2b3c4d5e6f"_s;
        r.client.name = u"A client whose name is long enough to need a few words on the line"_s;
        r.client.grantType = u"CLIENT-CREDENTIALS"_s;
        r.secret = u"s3cr3t-s3cr3t-s3cr3t-s3cr3t"_s;
        auto *dlg = new SecretDialog(r, u"Example Org"_s);
        dlg->show();
        QVERIFY(QTest::qWaitForWindowExposed(dlg));
        const int before = dlg->height();
        QTest::keyClick(dlg, Qt::Key_Escape); // not copied: the warning, the dialog stays
        auto *warning = dlg->findChild<QLabel *>(u"closeWarning"_s);
        QVERIFY(warning && warning->isVisible());
        QTRY_VERIFY(dlg->height() > before);
        QTRY_VERIFY2(
            warning->height() >= warning->heightForWidth(warning->width()),
            qPrintable(u"%1 < %2"_s.arg(warning->height()).arg(warning->heightForWidth(warning->width()))));
        QVERIFY(inside(warning, dlg));
        QVERIFY(inside(dlg->findChild<QPushButton *>(u"closeButton"_s), dlg));
        delete dlg;
    }

    void filteredAwaySelectionIsNotShown_data()
    {
        QTest::addColumn<int>("extraClients");
        QTest::newRow("demo org") << 0;
        QTest::newRow("10,000 clients") << 10000;
    }
    void filteredAwaySelectionIsNotShown()
    {
        QFETCH(int, extraClients);
        SandboxOptions options = testsupport::SandboxSession::defaultOptions();
        options.extraClients = extraClients;
        Fixture f(options);
        QVERIFY2(f.start(), qPrintable(f.error));
        QTRY_VERIFY_WITH_TIMEOUT(f.page->model()->rowCount() >= 40 + extraClients, 60000);
        // Click a row.
        QTableView *table = f.page->view();
        QTRY_VERIFY(table->isVisible() && table->model()->rowCount() > 3);
        const QRect row = table->visualRect(table->model()->index(2, 1));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, row.center());
        QTRY_VERIFY(f.page->details()->client().has_value());
        QCOMPARE(f.page->details()->client()->id,
                 table->model()->index(2, 0).data(ClientListModel::IdRole).toString());
        QVERIFY(f.page->editAction()->isEnabled());
        QVERIFY(f.page->deleteAction()->isEnabled());

        // A search that matches nothing.
        auto *search = f.page->findChild<QLineEdit *>(u"searchField"_s);
        typeInto(search, u"zz-no-such-client-qq"_s);
        QTRY_COMPARE(f.page->proxy()->rowCount(), 0);
        QTRY_VERIFY(!f.page->details()->client().has_value());
        QVERIFY(!f.page->currentClient().has_value());
        QVERIFY(!f.page->editAction()->isEnabled());
        QVERIFY(!f.page->deleteAction()->isEnabled());
        QVERIFY(!f.page->regenerateAction()->isEnabled());
    }

    void countAfterADelete()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        auto *count = f.page->findChild<QLabel *>(u"countLabel"_s);
        QVERIFY(count);
        const int total = f.page->model()->rowCount();
        QCOMPARE(count->text(), u"%1 clients"_s.arg(total));
        const QString id = f.page->model()->clientAt(0).id;
        QVERIFY(f.page->model()->removeClient(id));
        QCOMPARE(count->text(), u"%1 clients"_s.arg(total - 1));
    }

    void escapeAsksBeforeDiscardingEdits()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        // Untouched: Escape closes at once.
        QPointer<ClientEditDialog> dlg = openCreate(f);
        QVERIFY(dlg);
        QTest::keyClick(find<QLineEdit>(dlg, u"nameEdit"_s), Qt::Key_Escape);
        QTRY_VERIFY(!dlg || !dlg->isVisible());

        dlg = openCreate(f);
        QVERIFY(dlg);
        auto *name = find<QLineEdit>(dlg, u"nameEdit"_s);
        typeInto(name, u"Half-typed client"_s);
        QTest::keyClick(name, Qt::Key_Escape);
        QMessageBox *box = discardQuestion(dlg);
        QVERIFY(box);
        QVERIFY(dlg->isVisible());
        click(box->findChild<QPushButton *>(u"keepEditingButton"_s));
        QTRY_VERIFY(!box->isVisible());
        QVERIFY(dlg->isVisible());
        QCOMPARE(name->text(), u"Half-typed client"_s);

        // Cancel asks too; Discard closes.
        click(find<QPushButton>(dlg, u"cancelButton"_s));
        box = discardQuestion(dlg);
        QVERIFY(box);
        click(box->findChild<QPushButton *>(u"discardButton"_s));
        QTRY_VERIFY(!dlg || !dlg->isVisible());
    }

    void bannerGoesAndErrorsDoNotShiftTheForm()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        QPointer<ClientEditDialog> dlg = openEdit(f, u"Salesforce CTI connector"_s);
        QVERIFY(dlg);
        auto *name = find<QLineEdit>(dlg, u"nameEdit"_s);
        auto *description = find<QPlainTextEdit>(dlg, u"descriptionEdit"_s);
        auto *form = find<QWidget>(dlg, u"editForm"_s);
        const int descriptionY = description->mapTo(form, QPoint(0, 0)).y();

        typeInto(name, QString()); // emptied: an error under the name
        auto *nameError = find<QLabel>(dlg, u"nameError"_s);
        QTRY_VERIFY(nameError->isVisible());
        QCOMPARE(description->mapTo(form, QPoint(0, 0)).y(), descriptionY);

        click(find<QPushButton>(dlg, u"saveButton"_s));
        auto *banner = find<MessageBar>(dlg, u"editMessage"_s);
        QTRY_VERIFY(banner->isVisible());
        typeInto(name, u"Salesforce CTI connector (renamed)"_s);
        QVERIFY(!nameError->isVisible());
        QVERIFY(!banner->isVisible());
        QCOMPARE(description->mapTo(form, QPoint(0, 0)).y(), descriptionY);
    }

    // Create with a field missing whose error shows below it (no scope: the scope list is tall):
    // the error itself scrolls into view, not only the field that gets the focus.
    void errorOfTheFirstBadFieldIsScrolledIntoView()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        QPointer<ClientEditDialog> dlg = openCreate(f);
        QVERIFY(dlg);
        typeInto(find<QLineEdit>(dlg, u"nameEdit"_s), u"No scopes yet"_s);
        QVERIFY(chooseGrant(dlg, u"CODE"_s));
        auto *redirect = find<QLineEdit>(dlg, u"redirectEdit"_s);
        typeInto(redirect, u"https://app.example.com/callback"_s);
        QTest::keyClick(redirect, Qt::Key_Return);
        click(find<QPushButton>(dlg, u"saveButton"_s));
        auto *error = find<QLabel>(dlg, u"scopeError"_s);
        QTRY_VERIFY(error->isVisible() && !error->text().isEmpty());
        auto *scroll = dlg->findChild<QScrollArea *>();
        QVERIFY(scroll);
        QWidget *viewport = scroll->viewport();
        const auto shown = [&] {
            return QRect(QPoint(0, 0), viewport->size())
                .contains(QRect(error->mapTo(viewport, QPoint(0, 0)), error->size()));
        };
        QTRY_VERIFY2(shown(), qPrintable(u"error at %1 in a viewport of %2"_s
                                             .arg(error->mapTo(viewport, QPoint(0, 0)).y())
                                             .arg(viewport->height())));
    }

    void lifetimeOutOfRangeIsAnErrorNotAClamp()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        QPointer<ClientEditDialog> dlg = openCreate(f);
        QVERIFY(dlg);
        auto *spin = find<QSpinBox>(dlg, u"lifetimeSpin"_s);
        typeInto(spin, u"100"_s);
        QTest::keyClick(spin, Qt::Key_Tab);
        QCOMPARE(spin->value(), 100);
        auto *error = find<QLabel>(dlg, u"lifetimeError"_s);
        QTRY_VERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"300"_s) && error->text().contains(u"172"_s),
                 qPrintable(error->text()));
        typeInto(spin, u"3600"_s);
        QTest::keyClick(spin, Qt::Key_Tab);
        QCOMPARE(spin->value(), 3600);
        QVERIFY(!error->isVisible());
    }

    void rolePickerStartsEmptyAndAPickedRoleIsAddedOnSave()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        QPointer<ClientEditDialog> dlg = openCreate(f);
        QVERIFY(dlg);
        typeInto(find<QLineEdit>(dlg, u"nameEdit"_s), u"Picked but not added"_s);
        QVERIFY(chooseGrant(dlg, u"CLIENT-CREDENTIALS"_s));
        auto *picker = dlg->findChild<RoleDivisionPicker *>();
        QTRY_VERIFY_WITH_TIMEOUT(picker->roleBox()->count() > 0, 15000);
        QCOMPARE(picker->roleBox()->currentIndex(), -1);
        QVERIFY(picker->roleBox()->currentText().isEmpty());
        QVERIFY(picker->divisionBox()->currentData().toString() != u"*"_s);
        QVERIFY(!picker->addButton()->isEnabled());

        const QString employee =
            picker->roleBox()->itemData(picker->roleBox()->findText(u"employee"_s)).toString();
        QVERIFY(!employee.isEmpty());
        // Type a role's name, do not press Add Role, press Create.
        typeInto(picker->roleBox()->lineEdit(), u"employee"_s);
        QVERIFY(picker->addButton()->isEnabled());
        QVERIFY(picker->pairs().isEmpty());
        click(find<QPushButton>(dlg, u"saveButton"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!dlg || !dlg->isVisible(), 15000);
        const QJsonObject created = sandboxClient(f.s.sandbox, u"Picked but not added"_s);
        QVERIFY(!created.isEmpty());
        const QJsonArray roles = created.value("roleDivisions"_L1).toArray();
        QCOMPARE(roles.size(), 1);
        QCOMPARE(roles.at(0).toObject().value("roleId"_L1).toString(), employee);
    }

    void editListsSelectedScopesFirst()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        QPointer<ClientEditDialog> dlg = openEdit(f, u"Salesforce CTI connector"_s);
        QVERIFY(dlg);
        auto *list = find<QTreeView>(dlg, u"scopeList"_s);
        QTRY_VERIFY_WITH_TIMEOUT(list->model()->rowCount() > 10, 15000);
        const QStringList expected = {u"analytics:readonly"_s, u"conversations"_s,    u"notifications"_s,
                                      u"presence"_s,           u"routing:readonly"_s, u"users:readonly"_s};
        QStringList top;
        for (int r = 0; r < expected.size(); ++r) {
            const QModelIndex i = list->model()->index(r, 0);
            QCOMPARE(i.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
            top << i.data().toString();
        }
        top.sort();
        QCOMPARE(top, expected);
        QCOMPARE(list->model()->index(int(expected.size()), 0).data(Qt::CheckStateRole).toInt(),
                 int(Qt::Unchecked));
    }

    void editorWarnsWhereInsightsFlags()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        QPointer<ClientEditDialog> dlg = openCreate(f);
        QVERIFY(dlg);
        auto *grantWarning = find<QLabel>(dlg, u"grantWarning"_s);
        auto *redirectWarning = find<QLabel>(dlg, u"redirectWarning"_s);
        auto *lifetimeWarning = find<QLabel>(dlg, u"lifetimeWarning"_s);
        auto *roleWarning = find<QLabel>(dlg, u"roleWarning"_s);

        QVERIFY(chooseGrant(dlg, u"PASSWORD"_s));
        QVERIFY(grantWarning->isVisible());
        QVERIFY(chooseGrant(dlg, u"TOKEN"_s));
        QVERIFY(grantWarning->isVisible());
        QVERIFY(chooseGrant(dlg, u"CODE"_s));
        QVERIFY(!grantWarning->isVisible());

        auto *redirect = find<QLineEdit>(dlg, u"redirectEdit"_s);
        typeInto(redirect, u"http://localhost:8080/callback"_s);
        QTest::keyClick(redirect, Qt::Key_Return);
        QVERIFY(!redirectWarning->isVisible());
        typeInto(redirect, u"http://app.example.com/callback"_s);
        QTest::keyClick(redirect, Qt::Key_Return);
        QVERIFY(redirectWarning->isVisible());
        QVERIFY(redirectWarning->text().contains(u"http://app.example.com/callback"_s));

        auto *spin = find<QSpinBox>(dlg, u"lifetimeSpin"_s);
        typeInto(spin, u"172799"_s);
        QVERIFY(!lifetimeWarning->isVisible());
        typeInto(spin, u"172800"_s);
        QVERIFY(lifetimeWarning->isVisible());

        QVERIFY(chooseGrant(dlg, u"CLIENT-CREDENTIALS"_s));
        auto *picker = dlg->findChild<RoleDivisionPicker *>();
        QTRY_VERIFY_WITH_TIMEOUT(picker->roleBox()->count() > 0 && picker->divisionBox()->count() > 0, 15000);
        typeInto(picker->roleBox()->lineEdit(), u"admin"_s);
        picker->divisionBox()->setFocus();
        QTest::keyClick(picker->divisionBox(), Qt::Key_Home); // "All divisions"
        QCOMPARE(picker->divisionBox()->currentData().toString(), u"*"_s);
        click(picker->addButton());
        QCOMPARE(picker->pairs().size(), 1);
        QTRY_VERIFY(roleWarning->isVisible());
    }
};

int main(int argc, char **argv)
{
    // A 1024x700 screen: the offscreen platform's configuration file.
    QTemporaryDir dir;
    const QString config = dir.filePath(u"screen.json"_s);
    {
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly))
            return 2;
        file.write(R"({"screens": [{"name": "small", "x": 0, "y": 0, "width": 1024, "height": 700,
                       "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
    }
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.toLocal8Bit());
    QApplication app(argc, argv);
    TstGuiDialogSafety test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_gui_dialogsafety.moc"

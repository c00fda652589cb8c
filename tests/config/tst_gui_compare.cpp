// SPDX-License-Identifier: GPL-3.0-or-later
// The Compare dialog and the File menu entries, driven offscreen through QTest: the demo org (signed
// in) against a second org reached through a profile, filters, one client checked with the keyboard
// and promoted after the confirmation, one result row, the secret shown once, and the comparison
// redone; File > Save Snapshot and File > Export as Terraform write their files.

#include "app/auth/profiles.h"
#include "app/auth/secretstore.h"
#include "tests/ui/guitest.h"
#include "ui/compare/comparedialog.h"
#include "ui/compare/difftree.h"
#include "ui/widgets/secretdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;

class TstGuiCompare : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void compareFilterPromote();
    void fileMenuSavesSnapshotAndTerraform();

private:
    guitest::Fixture m_f;
    std::unique_ptr<SandboxServer> m_b;
    QTemporaryDir m_dir;
};

void TstGuiCompare::initTestCase()
{
    qRegisterMetaType<QList<PromoteResult>>();
    QVERIFY2(m_f.start(), qPrintable(m_f.error));
    SandboxOptions second = testsupport::SandboxSession::defaultOptions();
    second.orgSeed = 5;
    m_b = std::make_unique<SandboxServer>(second);
    QVERIFY(m_b->start());
}

void TstGuiCompare::compareFilterPromote()
{
    QSettings settings(m_dir.filePath(u"profiles.conf"_s), QSettings::IniFormat);
    ProfileStore profiles(&settings);
    Profile p;
    p.name = u"test"_s;
    p.apiUrl = m_b->baseUrl();
    p.loginUrl = m_b->baseUrl();
    p.method = SignInMethod::ClientCredentials;
    p.clientId = m_b->adminClientId();
    QVERIFY(profiles.save(p).isEmpty());
    SecretStore secrets(std::make_unique<MemorySecretBackend>());
    bool written = false;
    secrets.write(SecretStore::key(p.keychainScope(), p.name, SecretStore::ClientSecret),
                  m_b->adminClientSecret().toUtf8(), this, [&](const SecretReply &) { written = true; });
    QVERIFY(testsupport::waitFor(written));

    CompareDialog dlg(&m_f.s.session, m_f.window.get());
    dlg.setProfileSources(&profiles, &secrets);
    dlg.setSide(0, u"live"_s);
    dlg.setSide(1, u"profile:test"_s);
    dlg.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dlg));
    QSignalSpy compared(&dlg, &CompareDialog::compared);
    guitest::click(guitest::find<QPushButton>(&dlg, u"compareButton"_s));
    QVERIFY(compared.wait(20000));

    DiffTree *tree = dlg.tree();
    QCOMPARE(tree->topLevelItemCount(), 5);
    QVERIFY2(dlg.statusText().contains(u"2 only in A, 1 only in B, 2 changed"_s),
             qPrintable(dlg.statusText()));
    // The A and B columns share the room left by the name and the kind: A is not cut short.
    dlg.resize(900, 600);
    QCoreApplication::processEvents();
    QVERIFY(qAbs(tree->header()->sectionSize(DiffTree::AColumn) -
                 tree->header()->sectionSize(DiffTree::BColumn)) <= 1);
    QVERIFY(tree->header()->sectionSize(DiffTree::AColumn) >= tree->fontMetrics().averageCharWidth() * 20);
    QTreeWidgetItem *sf = tree->itemForName(u"Salesforce CTI connector"_s);
    QVERIFY(sf);
    QCOMPARE(sf->childCount(), 2);
    QCOMPARE(sf->child(1)->text(DiffTree::ClientColumn), u"description"_s);
    // Only B's client has no check box: promoting never deletes.
    QVERIFY(!(tree->itemForName(u"Staging smoke tests"_s)->flags() & Qt::ItemIsUserCheckable));

    // Filters: hide the changed ones, then search.
    auto *changed = dlg.findChildren<QCheckBox *>().at(2);
    QCOMPARE(changed->text().remove(u'&'), u"Changed"_s);
    guitest::click(changed);
    QCOMPARE(tree->visibleClientCount(), 3);
    guitest::click(changed);
    guitest::typeInto(guitest::find<QLineEdit>(&dlg, u"compareFilter"_s), u"Nightly"_s);
    QCOMPARE(tree->visibleClientCount(), 1);
    guitest::typeInto(guitest::find<QLineEdit>(&dlg, u"compareFilter"_s), QString());
    QCOMPARE(tree->visibleClientCount(), 5);

    // A field filter shows that field only, not the client's other changes.
    guitest::typeInto(guitest::find<QLineEdit>(&dlg, u"compareFilter"_s), u"description"_s);
    QVERIFY(!sf->isHidden());
    QVERIFY(sf->child(0)->isHidden());
    QVERIFY(!sf->child(1)->isHidden());
    guitest::typeInto(guitest::find<QLineEdit>(&dlg, u"compareFilter"_s), u"Salesforce"_s);
    QVERIFY(!sf->child(0)->isHidden() && !sf->child(1)->isHidden()); // the client's name: all of it
    guitest::typeInto(guitest::find<QLineEdit>(&dlg, u"compareFilter"_s), QString());

    // Long values are cut in the middle (a change at the end stays visible) and whole in the tooltip.
    QCOMPARE(tree->textElideMode(), Qt::ElideMiddle);
    const QString description = sf->child(1)->text(DiffTree::BColumn);
    QVERIFY(description.size() > 40);
    QVERIFY2(sf->child(1)->toolTip(DiffTree::BColumn).contains(description.toHtmlEscaped()),
             qPrintable(sf->child(1)->toolTip(DiffTree::BColumn)));

    // Export texts; the CSV names the kinds as the view does.
    QVERIFY(dlg.reportText().contains(u"\"Nightly WFM export\""_s));
    QVERIFY(dlg.reportCsv().startsWith("kind,name,idA,idB,field,before,after\r\n"));
    QCOMPARE(tree->itemForName(u"Nightly WFM export"_s)->text(DiffTree::KindColumn), u"only in A"_s);
    QVERIFY2(dlg.reportCsv().contains("\r\nonly in A,Nightly WFM export,"), dlg.reportCsv().constData());

    // Check one client with the keyboard and promote it.
    auto *promote = guitest::find<QPushButton>(&dlg, u"promoteButton"_s);
    QVERIFY(!promote->isEnabled());
    QTreeWidgetItem *nightly = tree->itemForName(u"Nightly WFM export"_s);
    tree->setFocus();
    tree->setCurrentItem(nightly, DiffTree::ClientColumn);
    QTest::keyClick(tree, Qt::Key_Space);
    QCOMPARE(nightly->checkState(DiffTree::ClientColumn), Qt::Checked);
    QCOMPARE(tree->checkedNames(), QStringList{u"Nightly WFM export"_s});
    QVERIFY(promote->isEnabled());
    const int clientsB = int(m_b->clients().size());
    guitest::click(promote);
    auto *box = guitest::waitForDialog<QMessageBox>(&dlg);
    QVERIFY(box);
    QVERIFY2(box->text().contains(u"Create 1 and update 0"_s), qPrintable(box->text()));
    QSignalSpy promoted(&dlg, &CompareDialog::promoted);
    compared.clear();
    guitest::click(guitest::find<QPushButton>(box, u"promoteConfirmButton"_s));
    QVERIFY(promoted.wait(20000));
    QCOMPARE(dlg.results()->rowCount(), 1);
    QCOMPARE(dlg.results()->item(0, 0)->text(), u"created"_s);
    QCOMPARE(dlg.results()->item(0, 1)->text(), u"Nightly WFM export"_s);
    QCOMPARE(int(m_b->clients().size()), clientsB + 1);
    // The new secret, once.
    auto *secret = guitest::waitForDialog<SecretDialog>(&dlg);
    QVERIFY(secret);
    // The comparison is redone: the client is equal now.
    QVERIFY(compared.wait(20000));
    QCOMPARE(tree->itemForName(u"Nightly WFM export"_s), nullptr);
    QCOMPARE(tree->topLevelItemCount(), 4);
    secret->hide();
}

void TstGuiCompare::fileMenuSavesSnapshotAndTerraform()
{
    QAction *save = m_f.window->menuBar()->findChild<QAction *>(u"saveSnapshotAction"_s);
    QAction *terraform = m_f.window->menuBar()->findChild<QAction *>(u"exportTerraformAction"_s);
    QAction *compare = m_f.window->menuBar()->findChild<QAction *>(u"compareAction"_s);
    if (!save) {
        for (QMenu *menu : m_f.window->menuBar()->findChildren<QMenu *>()) {
            for (QAction *a : menu->actions()) {
                if (a->objectName() == u"saveSnapshotAction"_s)
                    save = a;
                else if (a->objectName() == u"exportTerraformAction"_s)
                    terraform = a;
                else if (a->objectName() == u"compareAction"_s)
                    compare = a;
            }
        }
    }
    QVERIFY(save && terraform && compare);

    const QString path = m_dir.filePath(u"snap.json"_s);
    save->trigger();
    auto *dlg = guitest::waitForDialog<QFileDialog>(m_f.window.get());
    QVERIFY(dlg);
    QCOMPARE(dlg->objectName(), u"snapshotSaveDialog"_s);
    dlg->selectFile(path);
    static_cast<QDialog *>(dlg)->accept();
    QVERIFY(QTest::qWaitFor([&] { return QFile::exists(path); }, 20000));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(Snapshot::fromJson(f.readAll()).ok());

    const QString folder = m_dir.filePath(u"terraform"_s);
    QDir().mkpath(folder);
    terraform->trigger();
    QFileDialog *folderDialog = nullptr;
    QVERIFY(QTest::qWaitFor(
        [&] {
            for (QFileDialog *d : m_f.window->findChildren<QFileDialog *>())
                if (d->isVisible() && d->objectName() == u"terraformFolderDialog"_s)
                    folderDialog = d;
            return folderDialog != nullptr;
        },
        10000));
    folderDialog->setDirectory(folder);
    folderDialog->selectFile(folder);
    static_cast<QDialog *>(folderDialog)->accept();
    QVERIFY(QTest::qWaitFor([&] { return QFile::exists(QDir(folder).filePath(u"imports.tf"_s)); }, 20000));
    QVERIFY(QFile::exists(QDir(folder).filePath(u"oauth_clients.tf"_s)));

    compare->trigger();
    auto *compareDialog = guitest::waitForDialog<CompareDialog>(m_f.window.get());
    QVERIFY(compareDialog);
    // No file chosen: B is not "Snapshot file…" but this org (or another profile).
    auto *sideB = guitest::find<QComboBox>(compareDialog, u"sideB"_s);
    QVERIFY(sideB);
    QVERIFY2(sideB->currentData().toString() != u"file"_s, qPrintable(sideB->currentText()));
    compareDialog->close();
}

QTEST_MAIN(TstGuiCompare)
#include "tst_gui_compare.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// A session that ends while the admin is editing: the token is revoked on the server, a
// pasted token cannot be renewed silently, so the save fails and the sign-in dialog opens over the
// page. After signing in again, the edit dialog still holds what was typed and saves it. Driven
// through key and mouse events on the real widgets against the sandbox.
#include "app/controllers/clientscontroller.h"
#include "models/itemmodels/clientlistmodel.h"
#include "tests/ui/guitest.h"
#include "ui/clients/clienteditdialog.h"
#include "ui/clients/clientspage.h"
#include "ui/signin/signindialog.h"
#include "ui/signin/signinui.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>

using namespace Qt::Literals::StringLiterals;
using namespace guitest;

namespace {
// Chooses a combo box entry by its data with the keyboard.
void chooseByKeyboard(QComboBox *combo, const QString &data)
{
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && combo->currentData().toString() != data; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
}
} // namespace

class TstGuiReauth : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void expiredSessionKeepsTheEdit();

private:
    static void signInAgain(SignInDialog *dialog, const QString &token);
};

void TstGuiReauth::signInAgain(SignInDialog *dialog, const QString &token)
{
    typeInto(find<QLineEdit>(dialog, u"tokenEdit"_s), token);
    click(find<QPushButton>(dialog, u"signInButton"_s));
}

void TstGuiReauth::expiredSessionKeepsTheEdit()
{
    Fixture f;
    QVERIFY2(f.start(false), qPrintable(f.error));
    MainWindow *w = f.window.get();
    SignInUi *ui = SignInUi::install(w, &f.s.session);

    // Sign in with a pasted token, as an admin without a client of their own would.
    ui->showSignIn();
    QPointer<SignInDialog> signIn = waitForDialog<SignInDialog>(w);
    QVERIFY(signIn);
    click(find<QRadioButton>(signIn, u"tokenRadio"_s));
    chooseByKeyboard(find<QComboBox>(signIn, u"regionCombo"_s), QString()); // "Custom…"
    QTRY_VERIFY(find<QLineEdit>(signIn, u"apiUrlEdit"_s)->isVisible());
    typeInto(find<QLineEdit>(signIn, u"apiUrlEdit"_s), f.s.sandbox.baseUrl().toString());
    typeInto(find<QLineEdit>(signIn, u"nameEdit"_s), u"Pasted token"_s);
    signInAgain(signIn, f.s.sandbox.issueToken());
    QTRY_VERIFY_WITH_TIMEOUT(!signIn || !signIn->isVisible(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(f.page->controller()->hasLoaded(), 15000);
    QApplication::setActiveWindow(w); // back from the dialog (offscreen has no window manager)
    QVERIFY(QTest::qWaitForWindowActive(w));
    const QString name = u"Nightly WFM export"_s; // a client-credentials client: roles are loaded
    QVERIFY(selectByName(f.page, name));

    // 1. The session has ended on the server (revoked, or expired) when the edit dialog opens:
    //    its roles are refused, the sign-in dialog opens over it, and once signed in again the
    //    role picker fills in.
    f.s.sandbox.revokeAllTokens();
    QTest::keyClick(w, Qt::Key_E, Qt::ControlModifier);
    QPointer<ClientEditDialog> edit = waitForDialog<ClientEditDialog>(w);
    QVERIFY(edit);
    auto *roleStatus = find<QLabel>(edit, u"roleStatus"_s);
    QTRY_VERIFY(roleStatus->text().contains(u"could not be loaded"_s));
    signIn = waitForDialog<SignInDialog>(w, 15000);
    QVERIFY(signIn);
    signInAgain(signIn, f.s.sandbox.issueToken());
    QTRY_VERIFY_WITH_TIMEOUT(!signIn || !signIn->isVisible(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!roleStatus->isVisible() && find<QComboBox>(edit, u"roleBox"_s)->count() > 0,
                             15000);

    // 2. It ends again while the admin types: the save fails, the sign-in dialog opens on the same
    //    profile saying that the work is kept, and nothing typed is lost.
    const QString typed = u"Typed while the session ran out; must survive the sign-in"_s;
    typeInto(find<QPlainTextEdit>(edit, u"descriptionEdit"_s), typed);
    f.s.sandbox.revokeAllTokens();
    click(find<QPushButton>(edit, u"saveButton"_s));
    signIn = waitForDialog<SignInDialog>(w, 15000);
    QVERIFY(signIn);
    auto *reason = find<QLabel>(signIn, u"reasonLabel"_s);
    QTRY_VERIFY(reason->isVisible());
    QVERIFY2(reason->text().contains(u"kept"_s), qPrintable(reason->text()));
    QCOMPARE(find<QComboBox>(signIn, u"profileCombo"_s)->currentData().toString(), u"Pasted token"_s);
    QVERIFY(edit && edit->isVisible());
    QCOMPARE(find<QPlainTextEdit>(edit, u"descriptionEdit"_s)->toPlainText(), typed);
    QVERIFY(sandboxClient(f.s.sandbox, name).value("description"_L1).toString() != typed);

    // A fresh token; the list comes back with the same client selected, and the edit is saved.
    signInAgain(signIn, f.s.sandbox.issueToken());
    QTRY_VERIFY_WITH_TIMEOUT(!signIn || !signIn->isVisible(), 15000);
    QVERIFY(f.s.session.isSignedIn());
    QTRY_VERIFY_WITH_TIMEOUT(f.page->controller()->hasLoaded(), 15000);
    QVERIFY(f.page->currentClient());
    QCOMPARE(f.page->currentClient()->name, name);
    QVERIFY(edit && edit->isVisible());
    QCOMPARE(find<QPlainTextEdit>(edit, u"descriptionEdit"_s)->toPlainText(), typed);
    QTRY_VERIFY(find<QPushButton>(edit, u"saveButton"_s)->isEnabled());
    click(find<QPushButton>(edit, u"saveButton"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!edit || !edit->isVisible(), 15000);
    const QJsonObject stored = sandboxClient(f.s.sandbox, name);
    QCOMPARE(stored.value("description"_L1).toString(), typed);
    QCOMPARE(f.page->controller()->model()->client(stored.value("id"_L1).toString())->description, typed);
}

QTEST_MAIN(TstGuiReauth)
#include "tst_gui_reauth.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The create dialog against the sandbox, driven through key and mouse events: one client of each
// grant type, the one-time secret (masked, reveal, copy, close warning), inline validation, and a
// failed save that keeps every field.
#include "tests/ui/guitest.h"
#include "ui/clients/clienteditdialog.h"
#include "ui/clients/regeneratesecretdialog.h"
#include "ui/clients/roledivisionpicker.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/secretdialog.h"
#include "ui/widgets/secretview.h"

#include <QClipboard>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;
using namespace guitest;

namespace {
// Opens the create dialog with Ctrl+N.
ClientEditDialog *openCreate(Fixture &f)
{
    QTest::keyClick(f.window.get(), Qt::Key_N, Qt::ControlModifier);
    return waitForDialog<ClientEditDialog>(f.window.get());
}

// Picks the grant type with the keyboard.
bool chooseGrant(ClientEditDialog *dlg, const QString &grant)
{
    auto *combo = find<QComboBox>(dlg, u"grantCombo"_s);
    for (int i = 0; i < combo->count() && combo->currentData().toString() != grant; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    return combo->currentData().toString() == grant;
}

// Filters the scope picker to `scope` and ticks it with Space.
bool tickScope(ClientEditDialog *dlg, const QString &scope)
{
    auto *search = find<QLineEdit>(dlg, u"scopeSearch"_s);
    auto *list = find<QTreeView>(dlg, u"scopeList"_s);
    typeInto(search, scope);
    if (!QTest::qWaitFor([&] { return list->model()->rowCount() >= 1; }, 10000))
        return false;
    QTest::keyClick(search, Qt::Key_Return);
    if (!list->hasFocus() || !list->currentIndex().isValid())
        return false;
    // Down to the exact scope (the filter also matches longer ids and descriptions).
    QTest::keyClick(list, Qt::Key_Home);
    for (int i = 0; i < list->model()->rowCount() && list->currentIndex().data().toString() != scope; ++i)
        QTest::keyClick(list, Qt::Key_Down);
    const QModelIndex current = list->currentIndex().siblingAtColumn(0);
    if (current.data().toString() != scope)
        return false;
    QTest::keyClick(list, Qt::Key_Space);
    return current.data(Qt::CheckStateRole).toInt() == Qt::Checked;
}

void addRedirect(ClientEditDialog *dlg, const QString &uri)
{
    auto *edit = find<QLineEdit>(dlg, u"redirectEdit"_s);
    typeInto(edit, uri);
    QTest::keyClick(edit, Qt::Key_Return);
}

SecretDialog *waitForSecret(Fixture &f)
{
    return waitForDialog<SecretDialog>(f.window.get(), 15000);
}
} // namespace

class TstGuiCreateClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createEachGrantType_data()
    {
        QTest::addColumn<QString>("grant");
        QTest::addColumn<QString>("name");
        QTest::newRow("CODE") << u"CODE"_s << u"GUI code client"_s;
        QTest::newRow("TOKEN") << u"TOKEN"_s << u"GUI implicit client"_s;
        QTest::newRow("SAML2-BEARER") << u"SAML2-BEARER"_s << u"GUI saml client"_s;
        QTest::newRow("PASSWORD") << u"PASSWORD"_s << u"GUI password client"_s;
        QTest::newRow("CLIENT-CREDENTIALS") << u"CLIENT-CREDENTIALS"_s << u"GUI robot client"_s;
    }
    void createEachGrantType()
    {
        QFETCH(QString, grant);
        QFETCH(QString, name);
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        QSignalSpy reset(f.page->model(), &QAbstractItemModel::modelReset);
        QSignalSpy inserted(f.page->model(), &QAbstractItemModel::rowsInserted);
        const int before = f.page->model()->rowCount();

        QPointer<ClientEditDialog> dlg = openCreate(f);
        QVERIFY(dlg);
        QVERIFY(chooseGrant(dlg, grant));
        typeInto(find<QLineEdit>(dlg, u"nameEdit"_s), name);
        typeInto(find<QPlainTextEdit>(dlg, u"descriptionEdit"_s), u"Made by the GUI test"_s);
        // The lifetime, typed: 2 h.
        auto *lifetime = find<QSpinBox>(dlg, u"lifetimeSpin"_s);
        typeInto(lifetime, u"7200"_s);
        QCOMPARE(find<QLabel>(dlg, u"lifetimeReadout"_s)->text(), u"= 2 h"_s);

        // The sections follow the grant type.
        const GrantType g = grantTypeFromString(grant);
        QCOMPARE(find<QWidget>(dlg, u"redirectGroup"_s)->isVisible(), grantUsesRedirectUris(g));
        QCOMPARE(find<QWidget>(dlg, u"scopeGroup"_s)->isVisible(), grantUsesScopes(g));
        QCOMPARE(find<QWidget>(dlg, u"roleGroup"_s)->isVisible(), grantUsesRoles(g));
        // The Insights checks flag the implicit and the password grant; the editor warns of both.
        QCOMPARE(find<QLabel>(dlg, u"grantWarning"_s)->isVisible(),
                 g == GrantType::Token || g == GrantType::Password);

        if (grantUsesRedirectUris(g)) {
            addRedirect(dlg, u"https://gui.example.com/callback"_s);
            QCOMPARE(find<QListWidget>(dlg, u"redirectList"_s)->count(), 1);
        }
        if (grantUsesScopes(g)) {
            QVERIFY(tickScope(dlg, u"users:readonly"_s));
            QVERIFY(tickScope(dlg, u"analytics:readonly"_s));
        }
        if (grantUsesRoles(g)) {
            auto *picker = find<RoleDivisionPicker>(dlg, u"rolePicker"_s);
            QTRY_VERIFY(picker->roleBox()->count() > 0 && picker->divisionBox()->count() > 1);
            typeInto(picker->roleBox()->lineEdit(), u"employee"_s); // the picker starts empty
            click(picker->addButton());
            QCOMPARE(picker->table()->rowCount(), 1);
        }
        QCOMPARE(dlg->validationErrors(), QStringList());
        click(find<QPushButton>(dlg, u"saveButton"_s));

        QPointer<SecretDialog> secret = waitForSecret(f);
        QVERIFY(secret);
        QTRY_VERIFY(!dlg || !dlg->isVisible());

        // The server has the client as entered.
        const QJsonObject stored = sandboxClient(f.s.sandbox, name);
        QVERIFY(!stored.isEmpty());
        QCOMPARE(stored.value("authorizedGrantType"_L1).toString(), grant);
        QCOMPARE(stored.value("accessTokenValiditySeconds"_L1).toInt(), 7200);
        QCOMPARE(stored.value("description"_L1).toString(), u"Made by the GUI test"_s);
        if (grantUsesRedirectUris(g))
            QCOMPARE(stored.value("registeredRedirectUri"_L1).toArray(),
                     QJsonArray{u"https://gui.example.com/callback"_s});
        if (grantUsesScopes(g)) {
            const QJsonArray scopes = stored.value("scope"_L1).toArray();
            QVERIFY(scopes.contains(u"users:readonly"_s) && scopes.contains(u"analytics:readonly"_s));
        }
        if (grantUsesRoles(g))
            QCOMPARE(stored.value("roleDivisions"_L1).toArray().size(), 1);

        // The list got one row, without a reset, and it is selected.
        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(f.page->model()->rowCount(), before + 1);
        QCOMPARE(f.page->currentClient()->name, name);

        if (g == GrantType::Token) {
            // Implicit clients have no secret: said so, nothing to copy.
            QVERIFY(!secret->secretView());
            click(find<QPushButton>(secret, u"closeButton"_s));
            QTRY_VERIFY(!secret || !secret->isVisible());
            return;
        }
        // The secret: masked, revealed on request, copied with the hints.
        SecretView *view = secret->secretView();
        QVERIFY(view);
        QCOMPARE(view->field()->echoMode(), QLineEdit::Password);
        const QString value = view->field()->text();
        QVERIFY(value.size() >= 16);
        click(view->revealButton());
        QCOMPARE(view->field()->echoMode(), QLineEdit::Normal);
        click(view->copyButton());
        QCOMPARE(QGuiApplication::clipboard()->text(), value);
        const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
        QCOMPARE(mime->data(u"x-kde-passwordManagerHint"_s), QByteArray("secret"));
        click(find<QPushButton>(secret, u"closeButton"_s));
        QTRY_VERIFY(!secret || !secret->isVisible());
        if (g == GrantType::ClientCredentials) {
            // And it is the real one: the token endpoint accepts it.
            const auto token = testsupport::await<TokenResponse>([&](QObject *ctx, Handler<TokenResponse> h) {
                f.s.session.tokens()->clientCredentials(stored.value("id"_L1).toString(), value.toUtf8(), ctx,
                                                        h);
            });
            QVERIFY2(token, qPrintable(token.error().summary()));
        }
    }

    // Closing the secret dialog without copying asks once more.
    void closingWithoutCopyingWarns()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        QPointer<ClientEditDialog> dlg = openCreate(f);
        QVERIFY(chooseGrant(dlg, u"PASSWORD"_s));
        typeInto(find<QLineEdit>(dlg, u"nameEdit"_s), u"Uncopied secret"_s);
        QVERIFY(tickScope(dlg, u"users:readonly"_s));
        click(find<QPushButton>(dlg, u"saveButton"_s));
        QPointer<SecretDialog> secret = waitForSecret(f);
        QVERIFY(secret);
        auto *close = find<QPushButton>(secret, u"closeButton"_s);
        click(close);
        QVERIFY(secret->isVisible());
        QVERIFY(find<QLabel>(secret, u"closeWarning"_s)->isVisible());
        QVERIFY(find<QLabel>(secret, u"closeWarning"_s)->text().contains("will not be shown again"_L1));
        QCOMPARE(close->text(), u"Close Without Copying"_s);
        // Escape is a close too: the second one closes.
        QTest::keyClick(secret, Qt::Key_Escape);
        QTRY_VERIFY(!secret || !secret->isVisible());
    }

    // The client was created but the answer with its secret was lost. It was made in the same second
    // as the POST, so it cannot be told apart from one someone else made just before: the dialog
    // names it as a candidate, offers no regeneration, and keeps the input.
    void lostAnswerListsTheCandidateWithoutNamingIt()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        QPointer<ClientEditDialog> dlg = openCreate(f);
        QVERIFY(chooseGrant(dlg, u"CLIENT-CREDENTIALS"_s));
        typeInto(find<QLineEdit>(dlg, u"nameEdit"_s), u"Lost answer robot"_s);
        auto *picker = find<RoleDivisionPicker>(dlg, u"rolePicker"_s);
        QTRY_VERIFY(picker->roleBox()->count() > 0);
        typeInto(picker->roleBox()->lineEdit(), u"employee"_s); // the picker starts empty
        click(picker->addButton());
        FaultRule fault;
        fault.kind = FaultRule::Kind::DropConnection;
        fault.method = "POST";
        fault.pathPattern = u"^/api/v2/oauth/clients$"_s;
        fault.afterEffect = true; // created on the server, answer never arrives
        f.s.sandbox.addFault(fault);
        click(find<QPushButton>(dlg, u"saveButton"_s));
        // Exactly one client was created (the POST was not repeated).
        QString id;
        int count = 0;
        QTRY_VERIFY_WITH_TIMEOUT(find<MessageBar>(dlg, u"editMessage"_s)->isVisible(), 15000);
        for (const QJsonValue &v : f.s.sandbox.clients()) {
            if (v.toObject().value("name"_L1).toString() == "Lost answer robot"_L1) {
                ++count;
                id = v.toObject().value("id"_L1).toString();
            }
        }
        QCOMPARE(count, 1);
        const QString text = find<MessageBar>(dlg, u"editMessage"_s)->text();
        QVERIFY2(text.contains(id) && text.contains("cannot be told for sure"_L1), qPrintable(text));
        QVERIFY(!waitForDialog<SecretDialog>(f.window.get(), 300));
        QVERIFY(dlg && dlg->isVisible());
        QCOMPARE(find<QLineEdit>(dlg, u"nameEdit"_s)->text(), u"Lost answer robot"_s);
    }

    // Validation runs inline, before anything is sent.
    void inlineValidation()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        f.s.sandbox.clearRequests();
        QPointer<ClientEditDialog> dlg = openCreate(f);
        QVERIFY(chooseGrant(dlg, u"CODE"_s));
        auto *nameError = find<QLabel>(dlg, u"nameError"_s);
        auto *redirectError = find<QLabel>(dlg, u"redirectError"_s);
        // Nothing shown before the user has touched a field.
        QVERIFY(!nameError->isVisible());
        // A bad URI is refused where it is typed.
        addRedirect(dlg, u"not a uri"_s);
        QVERIFY(redirectError->isVisible());
        QCOMPARE(find<QListWidget>(dlg, u"redirectList"_s)->count(), 0);
        addRedirect(dlg, u"https://ok.example.com/cb#frag"_s);
        QVERIFY(redirectError->text().contains("fragment"_L1));
        // Save shows every problem and sends nothing.
        typeInto(find<QLineEdit>(dlg, u"redirectEdit"_s), QString());
        click(find<QPushButton>(dlg, u"saveButton"_s));
        QVERIFY(nameError->isVisible());
        QVERIFY(find<QLabel>(dlg, u"scopeError"_s)->isVisible());
        QVERIFY(redirectError->isVisible());
        QCOMPARE(dlg->focusWidget(), find<QLineEdit>(dlg, u"nameEdit"_s));
        QCOMPARE(f.s.sandbox.requestCount(u"/api/v2/oauth/clients"_s, "POST"), 0);
        // Fixing a field clears its message as the user types.
        QTest::keyClicks(find<QLineEdit>(dlg, u"nameEdit"_s), u"x"_s);
        QVERIFY(!nameError->isVisible());
        // A lifetime out of the platform's range is an error naming the range, not clamped.
        auto *lifetime = find<QSpinBox>(dlg, u"lifetimeSpin"_s);
        typeInto(lifetime, u"200000"_s);
        QCOMPARE(lifetime->value(), 200000);
        QVERIFY(find<QLabel>(dlg, u"lifetimeError"_s)->text().contains(u"300"_s));
        // Edited: Cancel asks before discarding.
        click(find<QPushButton>(dlg, u"cancelButton"_s));
        QMessageBox *ask = nullptr;
        QTRY_VERIFY((ask = dlg->findChild<QMessageBox *>(u"discardQuestion"_s)) && ask->isVisible());
        click(ask->findChild<QPushButton *>(u"discardButton"_s));
        QTRY_VERIFY(!dlg || !dlg->isVisible());
    }

    // A failed save (server error) keeps everything typed; fixing the cause and saving again works.
    void failedSaveKeepsTheInput_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("400") << 400;
        QTest::newRow("500") << 500;
    }
    void failedSaveKeepsTheInput()
    {
        QFETCH(int, status);
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        QPointer<ClientEditDialog> dlg = openCreate(f);
        QVERIFY(chooseGrant(dlg, u"CODE"_s));
        typeInto(find<QLineEdit>(dlg, u"nameEdit"_s), u"Survives errors"_s);
        typeInto(find<QPlainTextEdit>(dlg, u"descriptionEdit"_s), u"Typed once"_s);
        addRedirect(dlg, u"https://a.example.com/cb"_s);
        addRedirect(dlg, u"com.example.app:/cb"_s);
        QVERIFY(tickScope(dlg, u"users:readonly"_s));

        FaultRule fault;
        fault.kind = FaultRule::Kind::Status;
        fault.status = status;
        fault.method = "POST";
        fault.pathPattern = u"^/api/v2/oauth/clients$"_s;
        f.s.sandbox.addFault(fault);
        click(find<QPushButton>(dlg, u"saveButton"_s));
        auto *message = find<QLabel>(dlg, u"messageText"_s);
        QTRY_VERIFY2(message->isVisible() && message->text().contains(QString::number(status)),
                     qPrintable(message->text()));
        QVERIFY(dlg->isVisible());
        QVERIFY(sandboxClient(f.s.sandbox, u"Survives errors"_s).isEmpty());
        // Everything is still there.
        QCOMPARE(find<QLineEdit>(dlg, u"nameEdit"_s)->text(), u"Survives errors"_s);
        QCOMPARE(find<QPlainTextEdit>(dlg, u"descriptionEdit"_s)->toPlainText(), u"Typed once"_s);
        QCOMPARE(find<QListWidget>(dlg, u"redirectList"_s)->count(), 2);
        QVERIFY(find<QPushButton>(dlg, u"saveButton"_s)->isEnabled());
        // Again, now that the server is fine.
        click(find<QPushButton>(dlg, u"saveButton"_s));
        QVERIFY(waitForSecret(f));
        const QJsonObject stored = sandboxClient(f.s.sandbox, u"Survives errors"_s);
        QCOMPARE(stored.value("registeredRedirectUri"_L1).toArray().size(), 2);
        QCOMPARE(stored.value("scope"_L1).toArray(), QJsonArray{u"users:readonly"_s});
    }

    // The server refuses a value the form accepted: its message goes to the field it names, the
    // field gets the focus, nothing typed is lost, and fixing that field clears the message.
    void serverFieldErrorMarksTheField()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        QPointer<ClientEditDialog> dlg = openCreate(f);
        QVERIFY(chooseGrant(dlg, u"CODE"_s));
        typeInto(find<QLineEdit>(dlg, u"nameEdit"_s), u"Mobile app"_s);
        addRedirect(dlg, u"https://app.example.com/cb"_s);
        addRedirect(dlg, u"com.example.app:/cb"_s);
        QVERIFY(tickScope(dlg, u"users:readonly"_s));

        const QString refusal =
            u"Field [registeredRedirectUri]: custom schemes are not allowed in this organization"_s;
        FaultRule fault;
        fault.kind = FaultRule::Kind::Status;
        fault.status = 400;
        fault.method = "POST";
        fault.pathPattern = u"^/api/v2/oauth/clients$"_s;
        fault.fieldName = u"registeredRedirectUri"_s;
        fault.message = refusal;
        f.s.sandbox.addFault(fault);
        click(find<QPushButton>(dlg, u"saveButton"_s));

        auto *redirectError = find<QLabel>(dlg, u"redirectError"_s);
        QTRY_VERIFY(redirectError->isVisible());
        QCOMPARE(redirectError->text(), refusal);
        for (const QString &other : {u"nameError"_s, u"scopeError"_s, u"lifetimeError"_s, u"stateError"_s})
            QVERIFY2(!find<QLabel>(dlg, other)->isVisible(), qPrintable(other));
        QVERIFY(find<QLineEdit>(dlg, u"redirectEdit"_s)->hasFocus());
        auto *message = find<QLabel>(dlg, u"messageText"_s);
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(u"Your input is kept"_s), qPrintable(message->text()));
        QVERIFY(sandboxClient(f.s.sandbox, u"Mobile app"_s).isEmpty());
        QCOMPARE(find<QLineEdit>(dlg, u"nameEdit"_s)->text(), u"Mobile app"_s);

        // The admin removes the refused URI: the server's message goes, the save goes through.
        auto *list = find<QListWidget>(dlg, u"redirectList"_s);
        QCOMPARE(list->count(), 2);
        const QList<QListWidgetItem *> custom = list->findItems(u"com.example.app:/cb"_s, Qt::MatchExactly);
        QCOMPARE(custom.size(), 1);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(custom.first()).center());
        click(find<QPushButton>(dlg, u"removeRedirectButton"_s));
        QCOMPARE(list->count(), 1);
        QVERIFY(!redirectError->isVisible());
        click(find<QPushButton>(dlg, u"saveButton"_s));
        QVERIFY(waitForSecret(f));
        const QJsonObject stored = sandboxClient(f.s.sandbox, u"Mobile app"_s);
        QCOMPARE(stored.value("registeredRedirectUri"_L1).toArray(),
                 QJsonArray{u"https://app.example.com/cb"_s});
    }
};

QTEST_MAIN(TstGuiCreateClient)
#include "tst_gui_createclient.moc"

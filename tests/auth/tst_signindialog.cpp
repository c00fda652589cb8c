// SPDX-License-Identifier: GPL-3.0-or-later
// The sign-in dialog and the profile switcher, driven through real widgets offscreen with QTest key
// and mouse events only, against the sandbox over loopback HTTP.
#include "app/auth/signincontroller.h"
#include "app/services/session.h"
#include "tests/auth/authtestutil.h"
#include "tests/support/testsupport.h"
#include "ui/signin/profileswitcher.h"
#include "ui/signin/signindialog.h"
#include "ui/signin/signinui.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
template<class W>
W *child(QWidget *parent, const char *name)
{
    W *w = parent->findChild<W *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

void click(QWidget *w)
{
    QVERIFY2(w->isVisible(), qPrintable(w->objectName()));
    QVERIFY2(w->isEnabled(), qPrintable(w->objectName()));
    QTest::mouseClick(w, Qt::LeftButton, {}, w->rect().center());
}

// Replaces a line edit's text by typing, as a user would (select all, type).
void type(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    QTest::mouseClick(edit, Qt::LeftButton);
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

// Chooses a combo box entry with the keyboard: focus it, go to the first entry, then press Down
// until the wanted data is current.
void chooseByKeyboard(QComboBox *combo, const QString &data)
{
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && combo->currentData().toString() != data; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}
} // namespace

class TestSignInDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void newClientCredentialsProfileSignsIn();
    void regionChoiceBuildsTheEndpoints();
    void pkceWithTheTestAsBrowser();
    void validationKeepsEverythingTyped();
    void refusedSecretKeepsTheForm();
    void portInUseIsExplainedInPlace();
    void escapeCancelsTheBrowserStepThenCloses();
    void savedProfileSignsInWithoutTheSecret();
    void switcherShowsTheBadgeAndSwitches();
    void removeProfileAfterConfirmation();

private:
    struct Rig
    {
        explicit Rig(QSettings *settings)
            : profiles(settings)
            , secrets(std::make_unique<MemorySecretBackend>())
            , controller(&session, &profiles, &secrets)
        {
            session.api()->setRetryPolicy(testsupport::fastRetryPolicy());
        }
        Session session;
        ProfileStore profiles;
        SecretStore secrets;
        SignInController controller;
    };
    void fillCustomClientCredentials(SignInDialog &d, const QString &name, const QString &secret);

    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Rig> m_rig;
};

void TestSignInDialog::init()
{
    m_sandbox = std::make_unique<SandboxServer>(testsupport::SandboxSession::defaultOptions());
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"profiles.conf"_s), QSettings::IniFormat);
    m_rig = std::make_unique<Rig>(m_settings.get());
}

void TestSignInDialog::cleanup()
{
    m_rig.reset();
    m_settings.reset();
    m_dir.reset();
    m_sandbox.reset();
}

void TestSignInDialog::fillCustomClientCredentials(SignInDialog &d, const QString &name,
                                                   const QString &secret)
{
    click(child<QRadioButton>(&d, "clientCredentialsRadio"));
    chooseByKeyboard(child<QComboBox>(&d, "regionCombo"), QString()); // "Custom…"
    QLineEdit *api = child<QLineEdit>(&d, "apiUrlEdit");
    QTRY_VERIFY(api->isVisible());
    type(api, m_sandbox->baseUrl().toString());
    type(child<QLineEdit>(&d, "nameEdit"), name);
    type(child<QLineEdit>(&d, "clientIdEdit"), m_sandbox->adminClientId());
    type(child<QLineEdit>(&d, "secretEdit"), secret);
    type(child<QLineEdit>(&d, "labelEdit"), u"TEST"_s);
    chooseByKeyboard(child<QComboBox>(&d, "colorCombo"), u"#2e7d32"_s);
}

void TestSignInDialog::newClientCredentialsProfileSignsIn()
{
    SignInDialog d(&m_rig->controller);
    QSignalSpy signedIn(&d, &SignInDialog::signedIn);
    d.open();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QCOMPARE(child<QComboBox>(&d, "profileCombo")->currentData().toString(), QString()); // "New profile…"
    QVERIFY(!child<QLineEdit>(&d, "secretEdit")->isVisible()); // PKCE is the default method
    fillCustomClientCredentials(d, u"Sandbox"_s, m_sandbox->adminClientSecret());
    QVERIFY(child<QLineEdit>(&d, "secretEdit")->isVisible());
    QVERIFY(!child<QSpinBox>(&d, "portSpin")->isVisible());
    QCOMPARE(child<QLineEdit>(&d, "secretEdit")->echoMode(), QLineEdit::Password);

    click(child<QPushButton>(&d, "signInButton"));
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 10000);
    QCOMPARE(d.result(), int(QDialog::Accepted));
    QVERIFY(!d.isVisible());
    QVERIFY(m_rig->session.isSignedIn());
    QCOMPARE(m_rig->session.identity().oauthClient.id, m_sandbox->adminClientId());

    const std::optional<Profile> saved = m_rig->profiles.profile(u"Sandbox"_s);
    QVERIFY(saved);
    QCOMPARE(saved->method, SignInMethod::ClientCredentials);
    QCOMPARE(saved->apiUrl, m_sandbox->baseUrl());
    QCOMPARE(saved->clientId, m_sandbox->adminClientId());
    QCOMPARE(saved->label, u"TEST"_s);
    QCOMPARE(saved->color, u"#2e7d32"_s);
    QCOMPARE(m_rig->profiles.lastUsed(), u"Sandbox"_s);
    QVERIFY(child<QLineEdit>(&d, "secretEdit")->text().isEmpty()); // wiped after use
}

void TestSignInDialog::regionChoiceBuildsTheEndpoints()
{
    SignInDialog d(&m_rig->controller);
    QUrl opened;
    m_rig->controller.setBrowserOpener([&](const QUrl &url) {
        opened = url;
        return true;
    });
    d.open();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    chooseByKeyboard(child<QComboBox>(&d, "regionCombo"), u"eu_west_1"_s);
    QVERIFY(!child<QLineEdit>(&d, "apiUrlEdit")->isVisible());
    click(child<QRadioButton>(&d, "pkceRadio"));
    type(child<QLineEdit>(&d, "nameEdit"), u"Dublin"_s);
    type(child<QLineEdit>(&d, "clientIdEdit"), u"0b9a2c4e-1111-4222-8333-944455556666"_s);
    const quint16 port = freePort();
    QSpinBox *spin = child<QSpinBox>(&d, "portSpin");
    spin->setFocus();
    QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(spin, QString::number(port));
    QTest::keyClick(spin, Qt::Key_Tab);
    QCOMPARE(spin->value(), int(port));
    QCOMPARE(child<QLineEdit>(&d, "redirectUriEdit")->text(), u"http://127.0.0.1:%1/"_s.arg(port));

    click(child<QPushButton>(&d, "signInButton"));
    // The browser would go to Dublin's login host; nothing is sent anywhere before it comes back.
    QTRY_VERIFY(opened.isValid());
    QCOMPARE(opened.host(), u"login.mypurecloud.ie"_s);
    QCOMPARE(opened.scheme(), u"https"_s);
    QCOMPARE(opened.path(), u"/oauth/authorize"_s);
    QVERIFY(d.isSigningIn());
    QTRY_VERIFY(child<QPushButton>(&d, "copyLinkButton")->isVisible());
    QVERIFY(!child<QPushButton>(&d, "signInButton")->isEnabled());
    QCOMPARE(m_rig->profiles.profile(u"Dublin"_s)->regionId, u"eu_west_1"_s);
    QTest::keyClick(&d, Qt::Key_Escape);
    QTRY_VERIFY(!d.isSigningIn());
}

void TestSignInDialog::pkceWithTheTestAsBrowser()
{
    QNetworkAccessManager browser;
    std::list<authtest::BrowserVisit> visits;
    m_rig->controller.setBrowserOpener([&](const QUrl &url) {
        QTimer::singleShot(0, &browser, [&, url] {
            visits.emplace_back();
            authtest::visit(&browser, url, &visits.back());
        });
        return true;
    });
    SignInDialog d(&m_rig->controller);
    QSignalSpy signedIn(&d, &SignInDialog::signedIn);
    d.open();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    chooseByKeyboard(child<QComboBox>(&d, "regionCombo"), QString());
    type(child<QLineEdit>(&d, "apiUrlEdit"), m_sandbox->baseUrl().toString());
    click(child<QRadioButton>(&d, "pkceRadio"));
    type(child<QLineEdit>(&d, "nameEdit"), u"Browser"_s);
    type(child<QLineEdit>(&d, "clientIdEdit"), m_sandbox->pkceClientId());
    const quint16 port = freePort();
    QSpinBox *spin = child<QSpinBox>(&d, "portSpin");
    spin->setFocus();
    QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(spin, QString::number(port));
    QTest::keyClick(child<QLineEdit>(&d, "nameEdit"), Qt::Key_Return); // Enter signs in
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 10000);
    QCOMPARE(visits.size(), size_t(1));
    QCOMPARE(visits.front().redirect.port(), int(port));
    QVERIFY(m_rig->session.isSignedIn());
    QCOMPARE(m_rig->session.identity().oauthClient.id, m_sandbox->pkceClientId());
    QCOMPARE(m_rig->profiles.profile(u"Browser"_s)->port, port);
}

void TestSignInDialog::validationKeepsEverythingTyped()
{
    SignInDialog d(&m_rig->controller);
    d.open();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    click(child<QRadioButton>(&d, "clientCredentialsRadio"));
    type(child<QLineEdit>(&d, "clientIdEdit"), u"some-client"_s);
    type(child<QLineEdit>(&d, "secretEdit"), u"typed-secret-123"_s);
    click(child<QPushButton>(&d, "signInButton")); // no name
    QVERIFY(d.isVisible());
    QVERIFY(d.statusText().contains(u"name"_s));
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(&d, "nameEdit"));
    QCOMPARE(child<QLineEdit>(&d, "clientIdEdit")->text(), u"some-client"_s);
    QCOMPARE(child<QLineEdit>(&d, "secretEdit")->text(), u"typed-secret-123"_s);
    QVERIFY(m_rig->profiles.profiles().isEmpty());

    // Plain http to a real host is refused before anything is sent.
    type(child<QLineEdit>(&d, "nameEdit"), u"Insecure"_s);
    chooseByKeyboard(child<QComboBox>(&d, "regionCombo"), QString());
    type(child<QLineEdit>(&d, "apiUrlEdit"), u"http://api.example.com"_s);
    click(child<QPushButton>(&d, "signInButton"));
    QVERIFY(d.isVisible());
    QVERIFY2(d.statusText().contains(u"http"_s), qPrintable(d.statusText()));
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(&d, "apiUrlEdit"));
    QVERIFY(m_rig->profiles.profiles().isEmpty());
    QCOMPARE(m_sandbox->requests().size(), 0);
}

void TestSignInDialog::refusedSecretKeepsTheForm()
{
    SignInDialog d(&m_rig->controller);
    d.open();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    fillCustomClientCredentials(d, u"Sandbox"_s, u"wrong-secret-4567"_s);
    click(child<QPushButton>(&d, "signInButton"));
    QTRY_VERIFY(!d.isSigningIn());
    QVERIFY(d.isVisible());
    QVERIFY2(d.statusText().contains(u"not accepted"_s), qPrintable(d.statusText()));
    QVERIFY(child<QPushButton>(&d, "signInButton")->isEnabled());
    QCOMPARE(child<QLineEdit>(&d, "secretEdit")->text(), u"wrong-secret-4567"_s);
    QCOMPARE(child<QLineEdit>(&d, "clientIdEdit")->text(), m_sandbox->adminClientId());
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(&d, "secretEdit"));
    QVERIFY(!m_rig->session.isSignedIn());

    // Fix the typo and go.
    type(child<QLineEdit>(&d, "secretEdit"), m_sandbox->adminClientSecret());
    click(child<QPushButton>(&d, "signInButton"));
    QTRY_VERIFY(!d.isVisible());
    QCOMPARE(d.result(), int(QDialog::Accepted));
    QVERIFY(m_rig->session.isSignedIn());
}

void TestSignInDialog::portInUseIsExplainedInPlace()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    SignInDialog d(&m_rig->controller);
    d.open();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    chooseByKeyboard(child<QComboBox>(&d, "regionCombo"), QString());
    type(child<QLineEdit>(&d, "apiUrlEdit"), m_sandbox->baseUrl().toString());
    type(child<QLineEdit>(&d, "nameEdit"), u"Busy port"_s);
    type(child<QLineEdit>(&d, "clientIdEdit"), m_sandbox->pkceClientId());
    QSpinBox *spin = child<QSpinBox>(&d, "portSpin");
    spin->setFocus();
    QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(spin, QString::number(squatter.serverPort()));
    click(child<QPushButton>(&d, "signInButton"));
    QTRY_VERIFY(!d.isSigningIn());
    QVERIFY(d.isVisible());
    QVERIFY2(d.statusText().contains(QString::number(squatter.serverPort())), qPrintable(d.statusText()));
    QVERIFY(d.statusText().contains(u"in use"_s));
}

void TestSignInDialog::escapeCancelsTheBrowserStepThenCloses()
{
    bool opened = false;
    m_rig->controller.setBrowserOpener([&](const QUrl &) { return opened = true; });
    SignInDialog d(&m_rig->controller);
    d.open();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    chooseByKeyboard(child<QComboBox>(&d, "regionCombo"), QString());
    type(child<QLineEdit>(&d, "apiUrlEdit"), m_sandbox->baseUrl().toString());
    type(child<QLineEdit>(&d, "nameEdit"), u"Browser"_s);
    type(child<QLineEdit>(&d, "clientIdEdit"), m_sandbox->pkceClientId());
    const quint16 port = freePort();
    QSpinBox *spin = child<QSpinBox>(&d, "portSpin");
    spin->setFocus();
    QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(spin, QString::number(port));
    click(child<QPushButton>(&d, "signInButton"));
    QTRY_VERIFY(opened);
    QTest::keyClick(&d, Qt::Key_Escape);
    QTRY_VERIFY(!d.isSigningIn());
    QVERIFY(d.isVisible()); // the first Escape stops the sign-in only
    QVERIFY(d.statusText().contains(u"cancelled"_s));
    QTcpServer again;
    QVERIFY(again.listen(QHostAddress::LocalHost, port)); // the listener is gone
    again.close();
    QTest::keyClick(&d, Qt::Key_Escape);
    QTRY_VERIFY(!d.isVisible());
    QCOMPARE(d.result(), int(QDialog::Rejected));
}

void TestSignInDialog::savedProfileSignsInWithoutTheSecret()
{
    {
        SignInDialog first(&m_rig->controller);
        first.open();
        QVERIFY(QTest::qWaitForWindowExposed(&first));
        fillCustomClientCredentials(first, u"Sandbox"_s, m_sandbox->adminClientSecret());
        click(child<QPushButton>(&first, "signInButton"));
        QTRY_VERIFY(!first.isVisible()); // closes once signed in
        QCOMPARE(first.result(), int(QDialog::Accepted));
    }
    QTRY_COMPARE(m_rig->secrets.pendingCount(), 0);
    m_rig->session.signOut();

    SignInDialog d(&m_rig->controller); // opens on the last used profile
    QSignalSpy signedIn(&d, &SignInDialog::signedIn);
    d.open();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QCOMPARE(child<QComboBox>(&d, "profileCombo")->currentData().toString(), u"Sandbox"_s);
    QCOMPARE(child<QLineEdit>(&d, "nameEdit")->text(), u"Sandbox"_s);
    QVERIFY(child<QLineEdit>(&d, "secretEdit")->text().isEmpty());
    QVERIFY(child<QLineEdit>(&d, "secretEdit")->placeholderText().contains(u"keychain"_s));
    click(child<QPushButton>(&d, "signInButton"));
    QTRY_COMPARE(signedIn.size(), 1);
    QVERIFY(m_rig->session.isSignedIn());
}

void TestSignInDialog::switcherShowsTheBadgeAndSwitches()
{
    QWidget window;
    SignInUi ui(&m_rig->controller, &window);
    ProfileSwitcher *switcher = ui.createSwitcher(&window);
    QSignalSpy badge(&ui, &SignInUi::profileBadgeChanged);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(switcher->text().startsWith(u"Not signed in"_s));

    // Two profiles, both signed in once (secrets in the keychain).
    Profile a;
    a.name = u"Alpha"_s;
    a.apiUrl = m_sandbox->baseUrl();
    a.method = SignInMethod::ClientCredentials;
    a.clientId = m_sandbox->adminClientId();
    a.label = u"PROD"_s;
    a.color = u"#c62828"_s;
    Profile b = a;
    b.name = u"Beta"_s;
    b.label = u"TEST"_s;
    b.color = u"#2e7d32"_s;
    for (const Profile &p : {a, b}) {
        QVERIFY(m_rig->controller.saveProfile(p).isEmpty());
        QVERIFY(testsupport::await<TokenInfo>([&](QObject *c, Handler<TokenInfo> h) {
                    m_rig->controller.signIn(p, m_sandbox->adminClientSecret().toUtf8(), c, h);
                }).ok());
    }
    QVERIFY(switcher->text().startsWith(u"TEST"_s));
    QVERIFY(switcher->styleSheet().contains(u"#2e7d32"_s));
    QCOMPARE(badge.last().at(0).toString(), u"TEST"_s);
    QCOMPARE(badge.last().at(1).value<QColor>(), QColor(u"#2e7d32"_s));

    // Switch to Alpha from the menu, with the keyboard.
    QTimer::singleShot(0, switcher, [switcher] {
        QMenu *menu = switcher->menu();
        QTRY_VERIFY(menu->isVisible());
        QAction *alpha = menu->findChild<QAction *>(u"switchTo:Alpha"_s);
        QVERIFY(alpha);
        menu->setActiveAction(alpha);
        QTest::keyClick(menu, Qt::Key_Return);
    });
    click(switcher);
    QTRY_VERIFY(switcher->text().startsWith(u"PROD"_s));
    QVERIFY(switcher->styleSheet().contains(u"#c62828"_s));
    QCOMPARE(m_rig->controller.currentProfile()->name, u"Alpha"_s);
    QVERIFY(!ui.dialog()); // no secret asked for
    QCOMPARE(badge.last().at(0).toString(), u"PROD"_s);

    // A 401 that cannot be fixed silently opens the dialog over the window, for that profile.
    m_rig->secrets.remove(SecretStore::key(a.keychainScope(), a.name, SecretStore::ClientSecret), nullptr);
    m_rig->session.signOut();
    QVERIFY(testsupport::await<TokenInfo>([&](QObject *c, Handler<TokenInfo> h) {
                m_rig->controller.signIn(b, m_sandbox->adminClientSecret().toUtf8(), c, h);
            }).ok());
    QTimer::singleShot(0, switcher, [switcher] {
        QMenu *menu = switcher->menu();
        QTRY_VERIFY(menu->isVisible());
        menu->setActiveAction(menu->findChild<QAction *>(u"switchTo:Alpha"_s));
        QTest::keyClick(menu, Qt::Key_Return);
    });
    click(switcher);
    QTRY_VERIFY(ui.dialog() && ui.dialog()->isVisible());
    QCOMPARE(child<QLineEdit>(ui.dialog(), "nameEdit")->text(), u"Alpha"_s);
    QVERIFY(child<QLabel>(ui.dialog(), "reasonLabel")->text().contains(u"secret"_s));
}

void TestSignInDialog::removeProfileAfterConfirmation()
{
    Profile p;
    p.name = u"Doomed"_s;
    p.apiUrl = m_sandbox->baseUrl();
    p.method = SignInMethod::ClientCredentials;
    p.clientId = m_sandbox->adminClientId();
    QVERIFY(m_rig->controller.saveProfile(p).isEmpty());
    QVERIFY(testsupport::await<TokenInfo>([&](QObject *c, Handler<TokenInfo> h) {
                m_rig->controller.signIn(p, m_sandbox->adminClientSecret().toUtf8(), c, h);
            }).ok());
    QTRY_COMPARE(m_rig->secrets.pendingCount(), 0);
    const QString key = SecretStore::key(p.keychainScope(), p.name, SecretStore::ClientSecret);
    const auto stored = [&] {
        bool done = false;
        bool found = false;
        m_rig->secrets.read(key, this, [&](const SecretReply &r) {
            found = r.ok();
            done = true;
        });
        testsupport::waitFor(done);
        return found;
    };
    QVERIFY(stored());

    SignInDialog d(&m_rig->controller);
    d.open();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QCOMPARE(child<QLineEdit>(&d, "nameEdit")->text(), u"Doomed"_s);
    const auto confirmation = [&d]() -> QWidget * {
        for (QWidget *w : d.findChildren<QWidget *>(u"removeProfileConfirmation"_s)) {
            if (w->isVisible())
                return w;
        }
        return nullptr;
    };

    // Cancel keeps everything.
    click(child<QPushButton>(&d, "removeProfileButton"));
    QTRY_VERIFY(confirmation());
    QTest::keyClick(confirmation(), Qt::Key_Escape);
    QTRY_VERIFY(!confirmation());
    QVERIFY(m_rig->profiles.contains(u"Doomed"_s));
    QVERIFY(m_rig->session.isSignedIn());

    click(child<QPushButton>(&d, "removeProfileButton"));
    QTRY_VERIFY(confirmation());
    click(child<QPushButton>(confirmation(), "confirmRemoveButton"));
    QTRY_VERIFY(!m_rig->profiles.contains(u"Doomed"_s));
    QVERIFY(!m_rig->session.isSignedIn()); // it was the current profile
    QTRY_COMPARE(m_rig->secrets.pendingCount(), 0);
    QVERIFY(!stored());
    QVERIFY(child<QLineEdit>(&d, "nameEdit")->text().isEmpty()); // back to a new profile
    QVERIFY(!child<QPushButton>(&d, "removeProfileButton")->isEnabled());
    QVERIFY(d.isVisible());
}

QTEST_MAIN(TestSignInDialog)
#include "tst_signindialog.moc"

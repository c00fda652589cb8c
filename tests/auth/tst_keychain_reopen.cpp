// SPDX-License-Identifier: GPL-3.0-or-later
// The "done when", end to end with the real main window and a real Secret Service
// (gnome-keyring on a private bus, through tests/keychain/with-gnome-keyring.sh): an admin adds two
// profiles in different "regions" (two sandboxes on different hosts), switches between them, quits
// and reopens without typing a secret again, and nothing secret is written outside the keychain.
// Driven through the sign-in dialog, the Sign In action and the profile switcher with QTest events.
#include "app/auth/signincontroller.h"
#include "app/services/session.h"
#include "tests/auth/authtestutil.h"
#include "tests/support/testsupport.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/pages.h"
#include "ui/signin/profileswitcher.h"
#include "ui/signin/signindialog.h"
#include "ui/signin/signinui.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTcpServer>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

namespace {
template<class W>
W *child(QWidget *parent, const QString &name)
{
    W *w = parent->findChild<W *>(name);
    if (!w)
        qFatal("no child %s", qPrintable(name));
    return w;
}

void click(QWidget *w)
{
    QTest::mouseClick(w, Qt::LeftButton, {}, w->rect().center());
}

void type(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

void chooseByKeyboard(QComboBox *combo, const QString &data)
{
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && combo->currentData().toString() != data; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
}

// One run of the app: session, main window with its pages, and sign-in installed as the launcher
// does it.
struct App
{
    App()
    {
        session.api()->setRetryPolicy(testsupport::fastRetryPolicy());
        window = std::make_unique<MainWindow>();
        registerStandardPages(window.get());
        window->setSession(&session);
        signIn = SignInUi::install(window.get(), &session);
        window->show();
    }
    ~App()
    {
        window.reset(); // before the session, as in the launcher
    }
    ProfileSwitcher *switcher() const { return window->statusBar()->findChild<ProfileSwitcher *>(); }
    QLabel *badge() const { return child<QLabel>(window.get(), u"profileBadge"_s); }

    Session session;
    std::unique_ptr<MainWindow> window;
    SignInUi *signIn = nullptr;
};
} // namespace

class TestKeychainReopen : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void twoProfilesSwitchQuitReopen();

private:
    void switchTo(App &app, const QString &name);
    SandboxServer m_east{testsupport::SandboxSession::defaultOptions()};
    SandboxServer m_west{testsupport::SandboxSession::defaultOptions()};
};

void TestKeychainReopen::initTestCase()
{
    QVERIFY2(qgetenv("OAUTHDESK_KEYCHAIN_ENV") == "gnome-keyring",
             "run this test through tests/keychain/with-gnome-keyring.sh (ctest does)");
    QVERIFY2(m_east.start(), qPrintable(m_east.errorString()));
    QVERIFY2(m_west.start(), qPrintable(m_west.errorString()));
}

void TestKeychainReopen::switchTo(App &app, const QString &name)
{
    ProfileSwitcher *switcher = app.switcher();
    QTimer::singleShot(0, switcher, [switcher, name] {
        QMenu *menu = switcher->menu();
        QTRY_VERIFY(menu->isVisible());
        QAction *a = menu->findChild<QAction *>(u"switchTo:"_s + name);
        QVERIFY(a);
        menu->setActiveAction(a);
        QTest::keyClick(menu, Qt::Key_Return);
    });
    click(switcher);
}

void TestKeychainReopen::twoProfilesSwitchQuitReopen()
{
    // "localhost" and "127.0.0.1" are different hosts to the profiles: two regions' worth.
    QUrl eastUrl = m_east.baseUrl();
    QUrl westUrl = m_west.baseUrl();
    westUrl.setHost(u"localhost"_s);
    QNetworkAccessManager browser;
    std::list<authtest::BrowserVisit> visits;
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();

    {
        App app;
        QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
        app.signIn->controller()->setBrowserOpener([&](const QUrl &url) {
            QTimer::singleShot(0, &browser, [&, url] {
                visits.emplace_back();
                authtest::visit(&browser, url, &visits.back());
            });
            return true;
        });

        // Profile 1: client credentials, through the Sign In action and the dialog.
        app.window->signInAction()->trigger();
        QTRY_VERIFY(app.signIn->dialog() && app.signIn->dialog()->isVisible());
        QPointer<SignInDialog> d = app.signIn->dialog(); // deleted when it closes
        click(child<QRadioButton>(d, u"clientCredentialsRadio"_s));
        chooseByKeyboard(child<QComboBox>(d, u"regionCombo"_s), QString());
        type(child<QLineEdit>(d, u"apiUrlEdit"_s), eastUrl.toString());
        type(child<QLineEdit>(d, u"nameEdit"_s), u"East admin"_s);
        type(child<QLineEdit>(d, u"clientIdEdit"_s), m_east.adminClientId());
        type(child<QLineEdit>(d, u"secretEdit"_s), m_east.adminClientSecret());
        type(child<QLineEdit>(d, u"labelEdit"_s), u"PROD"_s);
        chooseByKeyboard(child<QComboBox>(d, u"colorCombo"_s), u"#c62828"_s);
        click(child<QPushButton>(d, u"signInButton"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!d, 15000);
        QVERIFY(app.session.isSignedIn());
        QCOMPARE(app.badge()->text(), u"PROD"_s);

        // Profile 2: browser sign-in against the other "region".
        app.window->signInAction()->trigger();
        QTRY_VERIFY(app.signIn->dialog() && app.signIn->dialog()->isVisible());
        d = app.signIn->dialog();
        QComboBox *profiles = child<QComboBox>(d, u"profileCombo"_s);
        profiles->setFocus();
        QTest::keyClick(profiles, Qt::Key_End); // "New profile…"
        QTRY_VERIFY(child<QLineEdit>(d, u"nameEdit"_s)->text().isEmpty());
        click(child<QRadioButton>(d, u"pkceRadio"_s));
        chooseByKeyboard(child<QComboBox>(d, u"regionCombo"_s), QString());
        type(child<QLineEdit>(d, u"apiUrlEdit"_s), westUrl.toString());
        type(child<QLineEdit>(d, u"nameEdit"_s), u"West browser"_s);
        type(child<QLineEdit>(d, u"clientIdEdit"_s), m_west.pkceClientId());
        QSpinBox *spin = child<QSpinBox>(d, u"portSpin"_s);
        spin->setFocus();
        QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(spin, QString::number(port));
        type(child<QLineEdit>(d, u"labelEdit"_s), u"TEST"_s);
        click(child<QPushButton>(d, u"signInButton"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!d, 15000);
        QCOMPARE(app.session.identity().oauthClient.id, m_west.pkceClientId());
        QCOMPARE(app.badge()->text(), u"TEST"_s);
        QCOMPARE(visits.size(), size_t(1));

        // Switch back and forth: nothing typed, no browser.
        switchTo(app, u"East admin"_s);
        QTRY_COMPARE(app.badge()->text(), u"PROD"_s);
        QCOMPARE(app.session.identity().oauthClient.id, m_east.adminClientId());
        switchTo(app, u"West browser"_s);
        QTRY_COMPARE(app.badge()->text(), u"TEST"_s);
        QCOMPARE(app.session.identity().oauthClient.id, m_west.pkceClientId());
        QCOMPARE(visits.size(), size_t(1));
        QVERIFY(!app.signIn->dialog() || !app.signIn->dialog()->isVisible());
        QTRY_COMPARE(app.signIn->controller()->secrets()->pendingCount(), 0);
        QVERIFY(app.signIn->controller()->secrets()->isAvailable());
        // Quit once the page's list has loaded: destroying the window during a load crashes in the
        // clients page (reported to the GUI side), which is not what this test is about.
        QTRY_COMPARE(app.session.api()->inFlight(), 0);
    } // quit

    // Reopen: the last profile comes back by itself, the other one is a switch away.
    {
        App app;
        bool browserOpened = false;
        app.signIn->controller()->setBrowserOpener([&](const QUrl &) { return browserOpened = true; });
        app.signIn->start();
        QTRY_VERIFY_WITH_TIMEOUT(app.session.isSignedIn() && app.signIn->controller()->currentProfile(),
                                 15000);
        QCOMPARE(app.signIn->controller()->currentProfile()->name, u"West browser"_s);
        QCOMPARE(app.badge()->text(), u"TEST"_s);
        QVERIFY(!app.signIn->dialog());
        switchTo(app, u"East admin"_s);
        QTRY_COMPARE(app.badge()->text(), u"PROD"_s);
        QCOMPARE(app.session.identity().oauthClient.id, m_east.adminClientId());
        QVERIFY(!app.signIn->dialog());
        QVERIFY(!browserOpened);

        // Signing out of one forgets only that one.
        app.window->signOutAction()->trigger();
        QTRY_VERIFY(!app.session.isSignedIn());
        QTRY_COMPARE(app.signIn->controller()->secrets()->pendingCount(), 0);
        QTRY_VERIFY(app.badge()->text().isEmpty());
        QTRY_COMPARE(app.session.api()->inFlight(), 0);
    }

    // Nothing secret outside the keychain: settings, caches, the keyring file (encrypted).
    QList<QByteArray> secrets{m_east.adminClientSecret().toUtf8(), m_west.adminClientSecret().toUtf8()};
    for (const SandboxServer *s : {&m_east, &m_west}) {
        for (const SandboxRequest &r : s->requests()) {
            const QByteArray auth = r.headers.value("authorization");
            if (auth.startsWith("Bearer "))
                secrets << auth.mid(7);
        }
    }
    secrets = authtest::unique(secrets);
    QVERIFY(secrets.size() >= 4);
    const QStringList hits = authtest::scanDirectory(QDir::homePath(), secrets);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u", "_s)));
}

QTEST_MAIN(TestKeychainReopen)
#include "tst_keychain_reopen.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/signin/signinui.h"

#include "app/auth/secretstore.h"
#include "app/auth/signincontroller.h"
#include "app/services/session.h"
#include "ui/shell/mainwindow.h"
#include "ui/signin/profileswitcher.h"
#include "ui/signin/signindialog.h"
#include "ui/widgets/signedoutpanel.h"

#include <QAction>
#include <QDesktopServices>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QWidget>

using namespace std::chrono_literals;

using namespace Qt::Literals::StringLiterals;

SignInUi::SignInUi(SignInController *controller, QWidget *window)
    : QObject(window)
    , m_controller(controller)
    , m_window(window)
{
    connect(m_controller, &SignInController::currentProfileChanged, this, &SignInUi::emitBadge);
    // A session without a profile has a badge while it is signed in.
    connect(m_controller->session(), &Session::signedIn, this, &SignInUi::emitBadge);
    connect(m_controller->session(), &Session::signedOut, this, &SignInUi::emitBadge);
    connect(m_controller, &SignInController::keychainNotice, this,
            [this](const QString &text) { Q_EMIT message(text, true); });
    connect(m_controller, &SignInController::signInRequired, this,
            [this](const QString &name, const QString &why) {
                // Over the current page, which keeps its state: after signing in, the user goes on.
                showSignIn(
                    name,
                    tr("Sign in again to continue; the page and anything you typed are kept. (%1)").arg(why));
            });
}

SignInUi::~SignInUi() = default;

SignInDialog *SignInUi::dialog() const
{
    return m_dialog;
}

SignInUi *SignInUi::install(MainWindow *window, Session *session)
{
    auto *profiles = new ProfileStore(window);
    auto *secrets = new SecretStore(nullptr, window);
    auto *controller = new SignInController(session, profiles, secrets, window);
    controller->setBrowserOpener([](const QUrl &url) { return QDesktopServices::openUrl(url); });
    auto *ui = new SignInUi(controller, window);
    controller->setForgetConfirmer(
        [ui](const Profile &profile, const QString &reason, std::function<void(bool)> answer) {
            ui->askToForget(profile.name, reason, std::move(answer));
        });

    connect(window, &MainWindow::signInRequested, ui, [ui] { ui->showSignIn(); });
    connect(window, &MainWindow::signOutRequested, ui, &SignInUi::signOut);
    connect(ui, &SignInUi::profileBadgeChanged, window, &MainWindow::setProfileLabel);
    // The status bar, not the window: these objects are deleted with the window, after its
    // status bar.
    const QPointer<QStatusBar> bar = window->statusBar();
    connect(ui, &SignInUi::message, bar, [bar](const QString &text, bool warning) {
        if (bar)
            bar->showMessage(text, int(std::chrono::milliseconds(warning ? 20s : 6s).count()));
    });
    // File menu: switch to a saved profile or start a new one, beside Sign In and Sign Out, so that
    // after a session ends the way back is where one looks for it.
    if (QMenu *file = window->menuBar()->findChild<QMenu *>(u"fileMenu"_s)) {
        auto *profilesMenu = new QMenu(tr("Switch &Profile"), file);
        profilesMenu->setObjectName(u"switchProfileMenu"_s);
        connect(profilesMenu, &QMenu::aboutToShow, ui, [ui, profilesMenu] {
            profilesMenu->clear();
            const std::optional<Profile> current = ui->controller()->currentProfile();
            for (const QString &name : ui->controller()->profiles()->names()) {
                QAction *a = profilesMenu->addAction(name);
                a->setCheckable(true);
                a->setChecked(current && current->name == name);
                connect(a, &QAction::triggered, ui, [ui, name] { ui->switchTo(name); });
            }
            if (!profilesMenu->isEmpty())
                profilesMenu->addSeparator();
            connect(profilesMenu->addAction(tr("&New Profile…")), &QAction::triggered, ui,
                    &SignInUi::showNewProfile);
        });
        const QList<QAction *> actions = file->actions();
        QAction *before = nullptr;
        for (int i = 0; i < actions.size(); ++i) {
            if (actions.at(i) == window->signOutAction() && i + 1 < actions.size())
                before = actions.at(i + 1);
        }
        file->insertMenu(before, profilesMenu);
    }
    ProfileSwitcher *switcher = ui->createSwitcher(window->statusBar());
    switcher->setBadgeStyle(ProfileSwitcher::Style::Plain);
    window->statusBar()->addPermanentWidget(switcher);
    return ui;
}

ProfileSwitcher *SignInUi::createSwitcher(QWidget *parent)
{
    auto *s = new ProfileSwitcher(m_controller, parent);
    s->setSessionName(m_sessionName);
    m_switchers.append(s);
    connect(s, &ProfileSwitcher::switchRequested, this, &SignInUi::switchTo);
    connect(s, &ProfileSwitcher::signInRequested, this, [this](const QString &name) {
        if (name.isEmpty())
            showNewProfile();
        else
            showSignIn(name);
    });
    connect(s, &ProfileSwitcher::signOutRequested, this, &SignInUi::signOut);
    return s;
}

void SignInUi::setSessionIdentity(const QString &name, const QString &badge, const QColor &color)
{
    m_sessionName = name;
    m_sessionBadge = badge;
    m_sessionColor = color;
    for (const QPointer<ProfileSwitcher> &s : std::as_const(m_switchers)) {
        if (s)
            s->setSessionName(name);
    }
    emitBadge();
}

void SignInUi::setReopenSession(const QString &text, std::function<void()> reopen)
{
    auto *mainWindow = qobject_cast<MainWindow *>(m_window.data());
    if (!m_reopen) {
        m_reopen = new QAction(this);
        m_reopen->setObjectName(u"reopenSessionAction"_s);
        if (QMenu *file = mainWindow ? mainWindow->menuBar()->findChild<QMenu *>(u"fileMenu"_s) : nullptr) {
            const QList<QAction *> actions = file->actions();
            QAction *before = nullptr;
            for (int i = 0; i < actions.size(); ++i) {
                if (actions.at(i) == mainWindow->signOutAction() && i + 1 < actions.size())
                    before = actions.at(i + 1);
            }
            file->insertAction(before, m_reopen);
        }
    }
    m_reopen->setText(text);
    disconnect(m_reopen, &QAction::triggered, nullptr, nullptr);
    connect(m_reopen, &QAction::triggered, this, [this, reopen = std::move(reopen)] {
        if (m_dialog && !m_dialog->isSigningIn())
            m_dialog->close();
        reopen();
    });
    if (m_dialog)
        m_dialog->setAlternative(m_reopen);
    // The pages' "Not signed in" panels offer it too (not "start it with --demo").
    if (m_window) {
        for (SignedOutPanel *panel : m_window->findChildren<SignedOutPanel *>())
            panel->setAlternative(m_reopen);
    }
}

void SignInUi::emitBadge()
{
    const std::optional<Profile> p = m_controller->currentProfile();
    if (!p) {
        if (m_controller->session()->isSignedIn() && !m_sessionBadge.isEmpty())
            Q_EMIT profileBadgeChanged(m_sessionBadge, m_sessionColor);
        else
            Q_EMIT profileBadgeChanged(QString(), QColor());
        return;
    }
    Q_EMIT profileBadgeChanged(p->badgeText(), p->color.isEmpty() ? QColor() : QColor(p->color));
}

void SignInUi::start()
{
    const QString last = m_controller->profiles()->lastUsed();
    if (last.isEmpty())
        return; // first run: the window shows "Not signed in" with a Sign In action
    m_controller->restoreLast(this, [this, last](const Result<TokenInfo> &r) {
        if (r)
            return;
        onRestoreFailed(last, r.error().userMessage());
    });
}

void SignInUi::switchTo(const QString &profileName)
{
    const std::optional<Profile> p = m_controller->profiles()->profile(profileName);
    if (!p)
        return;
    if (m_controller->currentProfile() && m_controller->currentProfile()->name == p->name &&
        m_controller->session()->isSignedIn())
        return;
    Q_EMIT message(tr("Signing in with %1…").arg(p->name), false);
    m_controller->restore(*p, this, [this, name = p->name](const Result<TokenInfo> &r) {
        if (r) {
            Q_EMIT message(tr("Signed in with %1.").arg(name), false);
            return;
        }
        if (!r.error().isCancelled())
            onRestoreFailed(name, r.error().userMessage());
    });
}

void SignInUi::askToForget(const QString &profileName, const QString &reason,
                           std::function<void(bool)> answer)
{
    // Window-modal, not a nested event loop: the answer comes when the question closes.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Forget the stored sign-in?"),
                                tr("The sign-in server refused the client of profile \"%1\" (%2).\n\nForget "
                                   "the credentials stored for it? Keep them if they are right and something "
                                   "on the way (a proxy, a gateway) answered instead. Either way, sign in "
                                   "again to go on.")
                                    .arg(profileName, reason),
                                QMessageBox::NoButton, m_window);
    box->setObjectName(u"forgetStoredSignIn"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *forget = box->addButton(tr("Forget"), QMessageBox::DestructiveRole);
    QPushButton *keep = box->addButton(tr("Keep"), QMessageBox::RejectRole);
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    connect(box, &QMessageBox::finished, this,
            [box, forget, answer = std::move(answer)] { answer(box->clickedButton() == forget); });
    box->open();
}

void SignInUi::onRestoreFailed(const QString &profileName, const QString &message)
{
    showSignIn(profileName, message);
}

void SignInUi::showSignIn(const QString &profileName, const QString &reason)
{
    openDialog(profileName.isEmpty() ? m_controller->profiles()->lastUsed() : profileName, reason);
}

void SignInUi::showNewProfile()
{
    openDialog(QString(), QString());
}

void SignInUi::openDialog(const QString &profileName, const QString &reason)
{
    if (!m_dialog) {
        m_dialog = new SignInDialog(m_controller, m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        if (m_reopen)
            m_dialog->setAlternative(m_reopen);
    }
    if (!m_dialog->isSigningIn())
        m_dialog->selectProfile(profileName);
    m_dialog->setReason(reason);
    m_dialog->open();
    m_dialog->raise();
    m_dialog->activateWindow();
}

void SignInUi::signOut()
{
    const std::optional<Profile> p = m_controller->currentProfile();
    m_controller->signOut(this, [this, p](const Result<SignOutReport> &r) {
        const QString who = p ? p->name : m_sessionName;
        if (r && !r->revoked && !r->message.isEmpty())
            Q_EMIT message(tr("Signed out of %1. %2").arg(who, r->message), true);
        else if (p)
            Q_EMIT message(tr("Signed out of %1; its credentials were removed from the keychain.").arg(who),
                           false);
        else
            Q_EMIT message(tr("Signed out of %1.").arg(who), false);
    });
}

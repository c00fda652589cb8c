// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QObject>
#include <QPointer>

#include <functional>

QT_FORWARD_DECLARE_CLASS(QAction)
QT_FORWARD_DECLARE_CLASS(QWidget)
class MainWindow;
class ProfileSwitcher;
class Session;
class SignInController;
class SignInDialog;

// Sign-in for the GUI, on top of SignInController: reopens the last profile on start without
// asking for a secret, switches profiles (from the keychain, falling back to the sign-in dialog),
// signs out, and answers a session that needs a new sign-in with the dialog, opened non-modally
// over `window` so the page underneath and anything typed in it stay as they are.
//
//     SignInUi *signIn = SignInUi::install(mainWindow, session);
//     signIn->start();
class SignInUi : public QObject
{
    Q_OBJECT
public:
    SignInUi(SignInController *controller, QWidget *window);
    ~SignInUi() override;

    // Sign-in for the main window, all of it: the profiles file, the OS keychain, a controller
    // (opening the system browser for PKCE) and a SignInUi, children of `window`; the Sign In and
    // Sign Out actions, the toolbar badge, a profile switcher in the status bar, and messages in
    // the status bar. Call start() afterwards to reopen the last profile.
    static SignInUi *install(MainWindow *window, Session *session);

    [[nodiscard]] SignInController *controller() const { return m_controller; }
    // A switcher wired to this object, for a toolbar or status bar.
    [[nodiscard]] ProfileSwitcher *createSwitcher(QWidget *parent);
    // The open sign-in dialog, if any.
    [[nodiscard]] SignInDialog *dialog() const;

    // Reopens the last used profile from the keychain; shows the dialog when that needs the user.
    void start();
    // Shows the sign-in dialog for `profileName` (empty: the last used, or a new profile), with
    // `reason` above the form.
    void showSignIn(const QString &profileName = {}, const QString &reason = {});
    // Shows the sign-in dialog with an empty form for a new profile.
    void showNewProfile();
    void switchTo(const QString &profileName);
    void signOut();
    // A session that is not a saved profile (--demo, credentials from the environment): its name
    // for the profile switchers ("Demo sandbox") and its toolbar badge ("DEMO" on `color`; empty for
    // none), shown while it is signed in and no profile is current.
    void setSessionIdentity(const QString &name, const QString &badge = {}, const QColor &color = {});
    // A way back into that session once it ended (--demo: "Reopen Demo"): an action in the File
    // menu, and a button of the sign-in dialog, so that the dialog that opens after a 401 is not a
    // dead end.
    void setReopenSession(const QString &text, std::function<void()> reopen);
    [[nodiscard]] QAction *reopenAction() const { return m_reopen; }
    // Asks whether to forget the stored credentials of `profileName`, which the sign-in server
    // refused (`reason`); `answer` gets the choice when the question closes (Keep by default).
    void askToForget(const QString &profileName, const QString &reason, std::function<void(bool)> answer);

Q_SIGNALS:
    // For the window's status bar or message bar (keychain notices, sign-out results).
    void message(const QString &text, bool warning);
    // The current profile's badge; an empty text when nobody is signed in.
    void profileBadgeChanged(const QString &text, const QColor &color);

private:
    void onRestoreFailed(const QString &profileName, const QString &message);
    void openDialog(const QString &profileName, const QString &reason);
    void emitBadge();

    SignInController *m_controller;
    QPointer<QWidget> m_window;
    QPointer<SignInDialog> m_dialog;
    QList<QPointer<ProfileSwitcher>> m_switchers;
    QString m_sessionName;
    QString m_sessionBadge;
    QColor m_sessionColor;
    QAction *m_reopen = nullptr;
};

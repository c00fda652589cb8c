// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QToolButton>

QT_FORWARD_DECLARE_CLASS(QMenu)
class SignInController;
struct Profile;

// The current profile's badge for the main window's toolbar: a coloured button ("PROD" on red)
// whose menu switches to another profile, signs in with a new or changed one, or signs out. Shows
// "Not signed in" when nobody is, and the session's name (setSessionName: "Demo sandbox") when
// a session that is not a profile is signed in. It only asks; SignInUi does the work.
class ProfileSwitcher : public QToolButton
{
    Q_OBJECT
public:
    explicit ProfileSwitcher(SignInController *controller, QWidget *parent = nullptr);

    // Badge: the profile's label on its colour ("PROD" on red), for a toolbar. Plain: "Profile:
    // <name>" without colour, for a status bar beside a badge shown elsewhere.
    enum class Style
    {
        Badge,
        Plain
    };
    void setBadgeStyle(Style style);
    // The name of a signed-in session that is not a saved profile (--demo, credentials from the
    // environment), shown while it is signed in and no profile is current.
    void setSessionName(const QString &name);

    // Badge colours: the profile's colour with a readable text colour on it.
    [[nodiscard]] static QColor textColorOn(const QColor &background);

Q_SIGNALS:
    void switchRequested(const QString &profileName);
    void signInRequested(const QString &profileName); // empty: a new profile
    void signOutRequested();

private:
    void refresh();
    void rebuildMenu();

    SignInController *m_controller;
    QMenu *m_menu;
    Style m_style = Style::Badge;
    QString m_sessionName;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/signin/profileswitcher.h"

#include "app/auth/signincontroller.h"
#include "app/services/session.h"

#include <QActionGroup>
#include <QMenu>

using namespace Qt::Literals::StringLiterals;

ProfileSwitcher::ProfileSwitcher(SignInController *controller, QWidget *parent)
    : QToolButton(parent)
    , m_controller(controller)
    , m_menu(new QMenu(this))
{
    setObjectName(u"profileSwitcher"_s);
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setMenu(m_menu);
    connect(m_menu, &QMenu::aboutToShow, this, &ProfileSwitcher::rebuildMenu);
    connect(m_controller, &SignInController::currentProfileChanged, this, &ProfileSwitcher::refresh);
    connect(m_controller->profiles(), &ProfileStore::profilesChanged, this, &ProfileSwitcher::refresh);
    connect(m_controller->session(), &Session::signedIn, this, &ProfileSwitcher::refresh);
    connect(m_controller->session(), &Session::signedOut, this, &ProfileSwitcher::refresh);
    refresh();
    rebuildMenu();
}

void ProfileSwitcher::setSessionName(const QString &name)
{
    m_sessionName = name;
    refresh();
}

void ProfileSwitcher::setBadgeStyle(Style style)
{
    m_style = style;
    setAutoRaise(style == Style::Plain);
    refresh();
}

QColor ProfileSwitcher::textColorOn(const QColor &background)
{
    // Relative luminance (sRGB, roughly): white text on dark colours, black on light ones.
    const double l = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return l > 0.55 ? QColor(Qt::black) : QColor(Qt::white);
}

void ProfileSwitcher::refresh()
{
    const std::optional<Profile> p = m_controller->currentProfile();
    const Session *session = m_controller->session();
    if (!p && session->isSignedIn()) {
        // Signed in without a profile (--demo, the environment): say with what, not "Not signed in".
        const QString name = m_sessionName.isEmpty() ? tr("No profile") : m_sessionName;
        setText(name + u"  ▾"_s);
        setAccessibleName(tr("Session %1").arg(name));
        setToolTip(tr("%1: not a saved profile").arg(name.toHtmlEscaped()) + u"<br>"_s +
                   tr("Signed in as: %1").arg(session->describeIdentity().toHtmlEscaped()));
        setStyleSheet(m_style == Style::Plain ? QString() : u"QToolButton { font-weight: bold; }"_s);
        return;
    }
    if (!p) {
        setText(tr("Not signed in") + u"  ▾"_s);
        setAccessibleName(tr("Not signed in"));
        setToolTip(tr("Sign in or switch profiles"));
        setStyleSheet(QString());
        return;
    }
    setText((m_style == Style::Plain ? tr("Profile: %1").arg(p->name) : p->badgeText()) + u"  ▾"_s);
    setAccessibleName(tr("Profile %1").arg(p->name));
    QString tip = tr("Profile: %1").arg(p->name.toHtmlEscaped());
    if (!p->orgLabel.isEmpty())
        tip += u"<br>"_s + tr("Organization: %1").arg(p->orgLabel.toHtmlEscaped());
    tip +=
        u"<br>"_s + tr("Signed in as: %1").arg(m_controller->session()->describeIdentity().toHtmlEscaped());
    setToolTip(tip);
    if (m_style == Style::Plain) {
        setStyleSheet(QString());
        return;
    }
    if (p->color.isEmpty()) {
        setStyleSheet(u"QToolButton { font-weight: bold; }"_s);
        return;
    }
    const QColor bg(p->color);
    setStyleSheet(u"QToolButton { background: %1; color: %2; font-weight: bold; border-radius: 3px; "
                  "padding: 2px 8px; } QToolButton::menu-indicator { image: none; }"_s.arg(
                      bg.name(), textColorOn(bg).name()));
}

void ProfileSwitcher::rebuildMenu()
{
    m_menu->clear();
    const std::optional<Profile> current = m_controller->currentProfile();
    const QList<Profile> profiles = m_controller->profiles()->profiles();
    if (!profiles.isEmpty())
        m_menu->addSection(tr("Switch to"));
    auto *group = new QActionGroup(m_menu);
    for (const Profile &p : profiles) {
        QString text = p.name;
        if (!p.label.isEmpty() && p.label != p.name)
            text += u"  [%1]"_s.arg(p.label);
        QAction *a = m_menu->addAction(text);
        a->setObjectName(u"switchTo:"_s + p.name);
        a->setCheckable(true);
        a->setChecked(current && current->name == p.name);
        group->addAction(a);
        const QString name = p.name;
        connect(a, &QAction::triggered, this, [this, name] { Q_EMIT switchRequested(name); });
    }
    m_menu->addSeparator();
    QAction *add = m_menu->addAction(tr("Sign In with a New Profile…"));
    add->setObjectName(u"newProfileAction"_s);
    connect(add, &QAction::triggered, this, [this] { Q_EMIT signInRequested(QString()); });
    if (current) {
        QAction *edit = m_menu->addAction(tr("Edit “%1”…").arg(current->name));
        edit->setObjectName(u"editProfileAction"_s);
        const QString name = current->name;
        connect(edit, &QAction::triggered, this, [this, name] { Q_EMIT signInRequested(name); });
        QAction *out = m_menu->addAction(tr("Sign Out"));
        out->setObjectName(u"signOutAction"_s);
        connect(out, &QAction::triggered, this, &ProfileSwitcher::signOutRequested);
    } else if (m_controller->session()->isSignedIn()) {
        QAction *out = m_menu->addAction(tr("Sign Out"));
        out->setObjectName(u"signOutAction"_s);
        connect(out, &QAction::triggered, this, &ProfileSwitcher::signOutRequested);
    }
}

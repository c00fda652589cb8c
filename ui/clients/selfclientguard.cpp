// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/selfclientguard.h"

#include "app/services/session.h"
#include "app/services/signedinclient.h"
#include "ui/widgets/messagebar.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

SelfClientGuard::SelfClientGuard(Session *session, const OAuthClient &client, Action action, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_self(session && isSignedInWith(session, client.id))
    , m_warning(new MessageBar(this))
    , m_why(new QLabel(this))
    , m_prompt(new QLabel(this))
    , m_name(new QLineEdit(this))
{
    setObjectName(u"selfClientGuard"_s);
    m_warning->setObjectName(u"selfClientWarning"_s);
    m_warning->setClosable(false);
    if (m_self)
        m_warning->showMessage(Theme::Tone::Error, warningText(session, client, action));
    m_why->setObjectName(u"confirmReason"_s);
    m_why->setWordWrap(true);
    m_prompt->setObjectName(u"confirmPrompt"_s);
    m_prompt->setWordWrap(true);
    m_prompt->setText(tr("Type the client's name, <b>%1</b>, to confirm:").arg(client.name.toHtmlEscaped()));
    m_prompt->setBuddy(m_name);
    m_name->setObjectName(u"confirmNameEdit"_s);
    m_name->setAccessibleName(tr("Client name, to confirm"));
    connect(m_name, &QLineEdit::textChanged, this, &SelfClientGuard::confirmedChanged);
    // Enter in the name field confirms once the name matches, and does nothing before: it never
    // reaches the dialog, whose default button is Cancel (typing the name and pressing Enter must
    // not throw the confirmation away).
    m_name->installEventFilter(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_warning);
    layout->addWidget(m_why);
    layout->addWidget(m_prompt);
    layout->addWidget(m_name);
    refresh();
}

QString SelfClientGuard::warningText(const Session *session, const OAuthClient &client, Action action)
{
    if (!session || !isSignedInWith(session, client.id))
        return {};
    const QString head = tr("You are signed in with this client.");
    QString what;
    switch (action) {
    case Action::Delete:
        what = tr("Deleting it revokes this session's tokens: OAuth Desk is signed out at once and cannot "
                  "reload anything. To go on, sign in again with another client or profile from the File "
                  "menu.");
        break;
    case Action::Deactivate: {
        const QDateTime expires = session->tokenExpiresAt();
        what = expires.isValid()
                   ? tr("An inactive client gets no new tokens: this session ends when its current token "
                        "expires (%1), and you must then sign in with another client or profile.")
                         .arg(QLocale().toString(expires.toLocalTime(), QLocale::ShortFormat))
                   : tr("An inactive client gets no new tokens: this session ends when its current token "
                        "expires, and you must then sign in with another client or profile.");
        break;
    }
    case Action::Regenerate:
        what = session->method() == Session::Method::ClientCredentials
                   ? tr("This session keeps its current token and uses the new secret from now on. A profile "
                        "saved with the old secret cannot sign in until you enter the new one.")
                   : tr("This session's tokens stay valid; whatever signs in with the old secret fails until "
                        "it is given the new one.");
        break;
    }
    return head + u" "_s + what;
}

bool SelfClientGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_name && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            !(key->modifiers() & ~Qt::KeypadModifier)) {
            if (isConfirmed())
                Q_EMIT accepted();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SelfClientGuard::setNameRequired(bool required, const QString &why)
{
    m_required = required;
    m_why->setText(why);
    refresh();
    Q_EMIT confirmedChanged();
}

bool SelfClientGuard::isConfirmed() const
{
    return !isNameRequired() || m_name->text().trimmed() == m_client.name.trimmed();
}

void SelfClientGuard::setInputEnabled(bool enabled)
{
    m_name->setEnabled(enabled);
}

void SelfClientGuard::refresh()
{
    m_warning->setVisible(m_self);
    m_why->setVisible(!m_why->text().isEmpty() && isNameRequired());
    m_prompt->setVisible(isNameRequired());
    m_name->setVisible(isNameRequired());
    setVisible(m_self || isNameRequired());
}

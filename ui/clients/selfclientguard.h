// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/oauthclient.h"

#include <QWidget>

QT_FORWARD_DECLARE_CLASS(QLabel)
QT_FORWARD_DECLARE_CLASS(QLineEdit)
class MessageBar;
class Session;

// The guard of a destructive dialog (delete, deactivate): when the client is the one this session
// is signed in with, a warning says what the action does to this session and the client's name
// must be typed; setNameRequired() asks for the name for another reason too (recent traffic).
// isConfirmed() is true when nothing needs typing or the name was typed.
//
//     auto *guard = new SelfClientGuard(session, client, SelfClientGuard::Action::Delete, this);
//     connect(guard, &SelfClientGuard::confirmedChanged, this, &Dialog::updateButtons);
class SelfClientGuard : public QWidget
{
    Q_OBJECT
public:
    enum class Action
    {
        Delete,
        Deactivate,
        Regenerate
    };

    SelfClientGuard(Session *session, const OAuthClient &client, Action action, QWidget *parent = nullptr);

    // The warning for `action` on `client` when `session` is signed in with it; empty otherwise.
    [[nodiscard]] static QString warningText(const Session *session, const OAuthClient &client,
                                             Action action);

    [[nodiscard]] bool isSignedInClient() const { return m_self; }
    // Asks for the name also when this is not the signed-in client; `why` is said above the prompt.
    void setNameRequired(bool required, const QString &why = {});
    [[nodiscard]] bool isNameRequired() const { return m_self || m_required; }
    [[nodiscard]] bool isConfirmed() const;
    [[nodiscard]] QLineEdit *nameEdit() const { return m_name; }
    void setInputEnabled(bool enabled);

Q_SIGNALS:
    void confirmedChanged();
    void accepted(); // Enter in the name field once it matches (Enter before that does nothing)

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();

    OAuthClient m_client;
    bool m_self = false;
    bool m_required = false;
    MessageBar *m_warning;
    QLabel *m_why;
    QLabel *m_prompt;
    QLineEdit *m_name;
};

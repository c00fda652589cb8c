// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

QT_FORWARD_DECLARE_CLASS(QPushButton)
class SecretView;

// The last word before a dialog that shows a secret once (SecretDialog, RegenerateSecretDialog)
// closes while the secret is not copied: the first Close or Esc shows this warning and renames the
// close button "Close Without Copying"; the second closes. In the dialog's reject():
//
//     if (!m_closeWarning->allowClose(m_secret))
//         return;
class SecretCloseWarning final : public QLabel
{
    Q_OBJECT
public:
    // `text` says what is lost; `closeButton` is the dialog's Close (or Cancel) button.
    SecretCloseWarning(const QString &text, QPushButton *closeButton, QWidget *parent);

    // Whether the dialog may close now: there is no secret shown (null), it was copied, or the
    // user was warned already. Otherwise shows the warning and returns false.
    [[nodiscard]] bool allowClose(const SecretView *secret);

private:
    QString m_text;
    QPushButton *m_closeButton;
    bool m_warned = false;
};

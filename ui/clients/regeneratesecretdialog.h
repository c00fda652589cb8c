// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/oauthclient.h"

#include <QDialog>
#include <QPointer>

QT_FORWARD_DECLARE_CLASS(QLineEdit)
QT_FORWARD_DECLARE_CLASS(QPushButton)
QT_FORWARD_DECLARE_CLASS(QStackedWidget)
class MessageBar;
class Operation;
class SecretCloseWarning;
class SecretView;
class SessionContext;
class UsageSummaryLabel;

// Regenerates a client's secret: names the client and the org, says that the old secret stops
// working at once, shows the client's requests of the last 7 days, and asks for the client's name
// to be typed. Then shows the new secret once (masked, reveal, copy). When the answer is lost, says
// that the secret may have changed and should be regenerated again.
class RegenerateSecretDialog : public QDialog
{
    Q_OBJECT
public:
    RegenerateSecretDialog(SessionContext *context, const OAuthClient &client, QWidget *parent = nullptr);
    ~RegenerateSecretDialog() override;

    [[nodiscard]] SecretView *secretView() const { return m_secret; }
    [[nodiscard]] bool hasNewSecret() const { return m_done; }

public Q_SLOTS:
    void accept() override; // regenerates (async)
    void reject() override;

private:
    void updateButtons();

    QPointer<SessionContext> m_context;
    OAuthClient m_client;
    QPointer<Operation> m_op;
    QStackedWidget *m_stages;
    MessageBar *m_message;
    UsageSummaryLabel *m_usage;
    QLineEdit *m_confirm;
    QPushButton *m_regenerate;
    QPushButton *m_cancel;
    SecretView *m_secret;
    SecretCloseWarning *m_closeWarning = nullptr;
    bool m_done = false;
};

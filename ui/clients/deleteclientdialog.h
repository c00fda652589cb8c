// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/oauthclient.h"

#include <QDialog>
#include <QPointer>

QT_FORWARD_DECLARE_CLASS(QPushButton)
class MessageBar;
class Operation;
class SessionContext;
class UsageSummaryLabel;

// Confirms and runs the deletion of a client: names the client and the org, shows its requests of
// the last 7 days (what would break), says that an active client is set inactive first, and offers
// to export its configuration first. Then the platform's deactivate-and-delete sequence
// (ClientsService::remove); the list updates through the service's signals.
class DeleteClientDialog : public QDialog
{
    Q_OBJECT
public:
    DeleteClientDialog(SessionContext *context, const OAuthClient &client, QWidget *parent = nullptr);
    ~DeleteClientDialog() override;

    [[nodiscard]] const OAuthClient &client() const { return m_client; }

public Q_SLOTS:
    void accept() override; // deletes (async); closes on success
    void reject() override;

Q_SIGNALS:
    void exportRequested();
    void deleted(const QString &id);

private:
    QPointer<SessionContext> m_context;
    OAuthClient m_client;
    QPointer<Operation> m_op;
    MessageBar *m_message;
    UsageSummaryLabel *m_usage;
    QPushButton *m_delete;
    QPushButton *m_cancel;
    QPushButton *m_export;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/oauthclient.h"

#include <QDialog>
#include <QPointer>

QT_FORWARD_DECLARE_CLASS(QPushButton)
class MessageBar;
class Operation;
class SelfClientGuard;
class SessionContext;
class UsageSummaryLabel;

// Confirms and runs the deletion of a client: names the client and the org, shows its requests of
// the last 7 days (what would break), says that an active client is set inactive first, and offers
// to export its configuration first. A client with requests in the last 7 days (or whose usage
// could not be loaded), and the client this session is signed in with (SelfClientGuard, which also
// says what happens to the session), are deleted only after their name is typed. "Deactivate
// only" sets an active or disabled client inactive instead (restorable until the platform deletes
// it). Then the platform's deactivate-and-delete sequence (ClientsService::remove); the list
// updates through the service's signals.
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
    void deactivateOnly(); // sets the client inactive (async); closes on success

Q_SIGNALS:
    void exportRequested();
    void deleted(const QString &id);
    void deactivated(const OAuthClient &client);

private:
    void onUsageKnown();
    void fitHeight(); // the height the contents need at the dialog's width, no empty band
    void updateButtons();
    void setBusy(bool busy);

    QPointer<SessionContext> m_context;
    OAuthClient m_client;
    QPointer<Operation> m_op;
    MessageBar *m_message;
    UsageSummaryLabel *m_usage;
    SelfClientGuard *m_guard;
    QPushButton *m_delete;
    QPushButton *m_deactivate;
    QPushButton *m_cancel;
    QPushButton *m_export;
};

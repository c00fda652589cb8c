// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/apierror.h"
#include "models/domain/oauthclient.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

#include <optional>

QT_FORWARD_DECLARE_CLASS(QDialogButtonBox)
QT_FORWARD_DECLARE_CLASS(QLabel)
QT_FORWARD_DECLARE_CLASS(QPushButton)
QT_FORWARD_DECLARE_CLASS(QScrollArea)
class ClientEditConflictPanel;
struct ClientTemplate;
class ClientEditForm;
class MessageBar;
class Operation;
class SessionContext;

// Creates a client, or edits one (the same form, ClientEditForm). The fields follow the grant type:
// redirect URIs for CODE and TOKEN, the scope picker for every grant but CLIENT-CREDENTIALS, the
// role x division picker for CLIENT-CREDENTIALS.
//
// Validation (ClientFormValidator) is inline and runs before anything is sent. A failed save keeps
// every field as typed and points at the fields the server named. An edit sends only the fields the
// user changed (ClientsService::update keeps everything else, including fields the app does not
// model), and fetches the client first: if someone else saved it since the form opened, the dialog
// shows what changed (ClientEditConflictPanel) and lets the user save over it, load their version,
// or go back to the form.
//
// Non-blocking: open() it; it closes itself on success.
class ClientEditDialog : public QDialog
{
    Q_OBJECT
public:
    ClientEditDialog(SessionContext *context, const std::optional<OAuthClient> &client,
                     QWidget *parent = nullptr);
    ~ClientEditDialog() override;

    [[nodiscard]] bool isEditing() const { return m_original.has_value(); }
    [[nodiscard]] bool isSaving() const { return !m_operation.isNull(); }
    // Problems that block saving, one per field, in form order (empty: valid).
    [[nodiscard]] QStringList validationErrors() const;
    // A new client's form filled from a template (Duplicate, Import from JSON), with its notes and
    // the roles and divisions the org does not have pointed out above the form. Create mode only.
    void prefill(const ClientTemplate &source);
    [[nodiscard]] QLabel *notesLabel() const { return m_notes; }
    // The org's clients (id -> name): the form warns while the name is another client's.
    void setExistingClients(const QHash<QString, QString> &namesById);

public Q_SLOTS:
    void accept() override; // validates, then creates or saves; closes on success
    void reject() override; // refused while a save is in flight

Q_SIGNALS:
    void created(const ClientWithSecret &result);
    void saved(const OAuthClient &client);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void submitCreate();
    void checkThenSave();
    void save(const OAuthClient &base);
    void showConflict(const OAuthClient &latest);
    void hideConflict();
    void setBusy(bool busy, const QString &status = {});
    void onSaveFailed(const ApiError &error);
    void showError(QWidget *errorLabel); // scrolls a field's error into view

    QPointer<SessionContext> m_context;
    std::optional<OAuthClient> m_original; // as the form was opened (edit mode)
    QPointer<Operation> m_operation;

    MessageBar *m_message = nullptr;
    ClientEditConflictPanel *m_conflict = nullptr;
    ClientEditForm *m_form = nullptr;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_busyLabel = nullptr;
    QLabel *m_notes = nullptr; // what a template's form points out
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_save = nullptr;
    QPointer<QWidget> m_discardQuestion; // "Discard your changes?" while it is open
    bool m_fixFieldsShown = false;       // the message bar shows "Fix the fields marked below"
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/apierror.h"
#include "models/domain/oauthclient.h"

#include <QDialog>
#include <QHash>
#include <QPointer>
#include <QSet>

#include <optional>

QT_FORWARD_DECLARE_CLASS(QComboBox)
QT_FORWARD_DECLARE_CLASS(QDialogButtonBox)
QT_FORWARD_DECLARE_CLASS(QFrame)
QT_FORWARD_DECLARE_CLASS(QGroupBox)
QT_FORWARD_DECLARE_CLASS(QLabel)
QT_FORWARD_DECLARE_CLASS(QLineEdit)
QT_FORWARD_DECLARE_CLASS(QListWidget)
QT_FORWARD_DECLARE_CLASS(QPlainTextEdit)
QT_FORWARD_DECLARE_CLASS(QPushButton)
QT_FORWARD_DECLARE_CLASS(QSpinBox)
class MessageBar;
class Operation;
class RoleDivisionPicker;
class ScopePicker;
class SessionContext;

// Creates a client, or edits one (the same form). The fields follow the grant type: redirect URIs
// for CODE and TOKEN, the scope picker for every grant but CLIENT-CREDENTIALS, the role x division
// picker for CLIENT-CREDENTIALS.
//
// Validation is inline and runs before anything is sent. A failed save keeps every field as typed
// and points at the fields the server named. An edit sends only the fields the user changed
// (ClientsService::update keeps everything else, including fields the app does not model), and
// fetches the client first: if someone else saved it since the form opened, the dialog shows what
// changed and lets the user save over it, load their version, or go back to the form.
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

public Q_SLOTS:
    void accept() override; // validates, then creates or saves; closes on success
    void reject() override; // refused while a save is in flight

Q_SIGNALS:
    void created(const ClientWithSecret &result);
    void saved(const OAuthClient &client);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    // Plain enum: hashes as an int.
    enum Field
    {
        NameField,
        DescriptionField,
        GrantField,
        LifetimeField,
        StateField,
        RedirectField,
        ScopesField,
        RolesField
    };

    void buildForm();
    void populate(const OAuthClient &client);
    void onGrantChanged();
    void touch(Field field);
    void validate(bool all);
    [[nodiscard]] QHash<int, QString> problems() const;
    void showFieldError(Field field, const QString &text);
    [[nodiscard]] QLabel *errorLabel(Field field) const;
    [[nodiscard]] QWidget *fieldWidget(Field field) const;
    void updateLifetimeReadout();
    void addRedirectUri();
    void removeRedirectUri();
    [[nodiscard]] static QString checkRedirectUri(const QString &uri);

    [[nodiscard]] GrantType grant() const;
    [[nodiscard]] QString stateValue() const;
    [[nodiscard]] QStringList redirectUris() const;
    [[nodiscard]] QList<RoleDivision> rolePairs() const;
    [[nodiscard]] QJsonObject createBody() const;
    [[nodiscard]] QJsonObject edits() const;

    void submitCreate();
    void checkThenSave();
    void save(const OAuthClient &base);
    void showConflict(const OAuthClient &latest);
    void hideConflict();
    void setBusy(bool busy, const QString &status = {});
    void onSaveFailed(const ApiError &error);

    QPointer<SessionContext> m_context;
    std::optional<OAuthClient> m_original; // as the form was opened (edit mode)
    std::optional<OAuthClient> m_latest;   // the server's newer version, during a conflict
    QPointer<Operation> m_operation;
    QSet<int> m_touched;
    QHash<int, QString> m_serverErrors;

    MessageBar *m_message = nullptr;
    QFrame *m_conflict = nullptr;
    QLabel *m_conflictText = nullptr;
    QPushButton *m_overwrite = nullptr;
    QPushButton *m_loadTheirs = nullptr;
    QPushButton *m_backToForm = nullptr;
    QWidget *m_form = nullptr;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QComboBox *m_grant = nullptr;
    QLabel *m_implicitWarning = nullptr;
    QSpinBox *m_lifetime = nullptr;
    QLabel *m_lifetimeReadout = nullptr;
    QLabel *m_lifetimeNote = nullptr;
    QComboBox *m_state = nullptr;
    QGroupBox *m_redirectGroup = nullptr;
    QListWidget *m_redirectList = nullptr;
    QLineEdit *m_redirectEdit = nullptr;
    QPushButton *m_addRedirect = nullptr;
    QPushButton *m_removeRedirect = nullptr;
    QGroupBox *m_scopeGroup = nullptr;
    ScopePicker *m_scopes = nullptr;
    QGroupBox *m_roleGroup = nullptr;
    RoleDivisionPicker *m_roles = nullptr;
    QHash<int, QLabel *> m_errors;
    QLabel *m_busyLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_save = nullptr;
};

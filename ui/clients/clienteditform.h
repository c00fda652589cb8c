// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/oauthclient.h"
#include "ui/clients/clientformvalues.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QPointer>
#include <QSet>
#include <QWidget>

#include <optional>

QT_FORWARD_DECLARE_CLASS(QComboBox)
QT_FORWARD_DECLARE_CLASS(QGroupBox)
QT_FORWARD_DECLARE_CLASS(QLabel)
QT_FORWARD_DECLARE_CLASS(QLineEdit)
QT_FORWARD_DECLARE_CLASS(QPlainTextEdit)
QT_FORWARD_DECLARE_CLASS(QSpinBox)
class FieldErrorLabel;
class RedirectUriEditor;
class RoleDivisionPicker;
class ScopePicker;
class SessionContext;

// The fields of the New/Edit Client dialog: name, description, grant type, token lifetime, state,
// and the sections the grant type uses (redirect URIs for CODE and TOKEN, the scope picker for
// every grant but CLIENT-CREDENTIALS, the role x division picker for CLIENT-CREDENTIALS). Each
// field has its error line: a field shows ClientFormValidator's problem once the user touched it
// (or after validate(true)), and the server's message for it after a failed save until the user
// changes it.
class ClientEditForm final : public QWidget
{
    Q_OBJECT
public:
    explicit ClientEditForm(SessionContext *context, QWidget *parent = nullptr);

    // Shows `client` for editing (the grant type can then not change); the errors start over.
    void populate(const OAuthClient &client);
    // Fills a new client's form from `client` (Duplicate, Import from JSON): every field stays
    // editable, the grant type too, and the client is not an original to edit.
    void prefill(const OAuthClient &client);
    [[nodiscard]] ClientFormValues values() const;
    // What blocks saving, per field in form order (empty: valid).
    [[nodiscard]] QMap<ClientFormField, QString> problems() const;

    // Shows the problems of the touched fields, or of all of them.
    void validate(bool all);
    // The server's messages for fields, shown until the user changes the field.
    void setServerErrors(const QMap<ClientFormField, QString> &errors);
    // Focuses the first field of `fields` in form order; returns its error label (to scroll into
    // view: it may lie below a tall field), nullptr when there is none.
    QWidget *focusFirst(const QList<ClientFormField> &fields);
    // Whether Enter in `focus` acts on its field (add the URI, go to the scope list, add the role),
    // so that it must not press the dialog's default button.
    [[nodiscard]] bool handlesEnter(const QWidget *focus) const;

    [[nodiscard]] QLineEdit *nameEdit() const { return m_name; }
    // The org's clients (id -> name), to warn while the name is one of theirs (trimmed, any case);
    // the client being edited does not count. The platform allows two clients with one name.
    void setExistingClients(const QHash<QString, QString> &namesById);
    // The warning under the name field (hidden while the name is not taken).
    [[nodiscard]] QLabel *nameTakenWarning() const { return m_nameTaken; }

    // The input as it is now counts as unchanged (after the dialog opened or loaded a version).
    void markPristine();
    // Whether the user changed anything since markPristine() (typed-but-not-added text included).
    [[nodiscard]] bool isModified() const;
    // The widest the form needs to be, whichever sections the grant type shows.
    [[nodiscard]] int widestMinimumWidth() const;
    // Adds the role and division picked but not added yet (Save does this before validating).
    void commitPendingRole();
    // What the Insights checks (configurationChecks(), the one table of rules) would flag in the
    // client as the form describes it, per field; only High and Medium findings.
    [[nodiscard]] QMap<ClientFormField, QStringList> ruleWarnings() const;
    // The form field a check of the rules table is about, if the form shows it.
    [[nodiscard]] static std::optional<ClientFormField> fieldOfCheck(QLatin1StringView checkId);

    // The largest lifetime the field takes while typing (the validator names the allowed range).
    static constexpr int LifetimeTypingMaximum = 999'999'999;

Q_SIGNALS:
    // The user changed a field.
    void edited();

private:
    void build();
    void onGrantChanged();
    void touch(ClientFormField field);
    void updateLifetimeReadout();
    void updateRuleWarnings();
    void updateNameTaken();
    [[nodiscard]] QJsonObject inputSnapshot() const;
    [[nodiscard]] GrantType grant() const;
    [[nodiscard]] QWidget *fieldWidget(ClientFormField field) const;

    QPointer<SessionContext> m_context;
    std::optional<OAuthClient> m_original; // as populate() showed it
    QSet<ClientFormField> m_touched;
    QMap<ClientFormField, QString> m_serverErrors;
    QMap<ClientFormField, FieldErrorLabel *> m_errors;
    QMap<ClientFormField, QLabel *> m_warnings; // what the rules table flags, under the field
    QJsonObject m_pristine;                     // inputSnapshot() at markPristine()
    QHash<QString, QString> m_existingNames;    // the org's clients: id -> name

    QLineEdit *m_name = nullptr;
    QLabel *m_nameTaken = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QComboBox *m_grant = nullptr;
    QSpinBox *m_lifetime = nullptr;
    QLabel *m_lifetimeReadout = nullptr;
    QLabel *m_lifetimeNote = nullptr;
    QComboBox *m_state = nullptr;
    RedirectUriEditor *m_redirects = nullptr;
    QGroupBox *m_scopeGroup = nullptr;
    ScopePicker *m_scopes = nullptr;
    QGroupBox *m_roleGroup = nullptr;
    RoleDivisionPicker *m_roles = nullptr;
};

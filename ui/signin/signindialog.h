// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/auth/profiles.h"
#include "models/domain/directory.h"

#include <QDialog>
#include <QPointer>

QT_FORWARD_DECLARE_CLASS(QAction)
QT_FORWARD_DECLARE_CLASS(QComboBox)
QT_FORWARD_DECLARE_CLASS(QLocale)
QT_FORWARD_DECLARE_CLASS(QDialogButtonBox)
QT_FORWARD_DECLARE_CLASS(QFormLayout)
QT_FORWARD_DECLARE_CLASS(QLabel)
QT_FORWARD_DECLARE_CLASS(QLineEdit)
QT_FORWARD_DECLARE_CLASS(QPushButton)
QT_FORWARD_DECLARE_CLASS(QRadioButton)
QT_FORWARD_DECLARE_CLASS(QSpinBox)
QT_FORWARD_DECLARE_CLASS(QWidget)
class Operation;
class SignInController;

// The sign-in dialog: picks or edits a profile (name, org, region or custom URLs, method, client id,
// loopback port, badge label and colour) and signs in with it through SignInController.
//
// Open it with open() (it is not meant to block): it stays up while signing in, shows progress and
// errors in place, and keeps everything typed when sign-in fails. For PKCE it shows the exact
// redirect URI to register on the client and, while the browser step runs, a "Copy link" button.
// The first Cancel stops a sign-in in progress; the next one closes the dialog.
//
// A saved profile whose secret is in the keychain signs in with the secret field left empty.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignInDialog(SignInController *controller, QWidget *parent = nullptr);
    ~SignInDialog() override;

    // Fills the form with a saved profile (by name), or with an empty new profile when `name` is
    // empty or unknown.
    void selectProfile(const QString &name);
    // A line above the form saying why sign-in is needed ("The session expired.").
    void setReason(const QString &reason);
    // Another way in, as a button beside Sign In (--demo: "Reopen Demo"); nullptr removes it.
    void setAlternative(QAction *action);

    // The region a new profile starts with: the last one signed in to, else the one nearest to the
    // system locale's country (never "Custom…").
    [[nodiscard]] static QString defaultRegionId();
    [[nodiscard]] static QString nearestRegionId(const QLocale &locale);

    // The profile as currently typed.
    [[nodiscard]] Profile profile() const;
    [[nodiscard]] bool isSigningIn() const { return !m_operation.isNull(); }
    [[nodiscard]] QString statusText() const;

Q_SIGNALS:
    void signedIn(const TokenInfo &identity);

public Q_SLOTS:
    void accept() override; // signs in; closes only on success
    void reject() override; // cancels a sign-in in progress, else closes

private:
    void buildForm();
    void fillFrom(const Profile &profile);
    void onProfileChosen(int index);
    void onRegionChanged();
    void onMethodChanged();
    void updateRedirectUri();
    void setBusy(bool busy);
    void showError(const QString &text, QWidget *focus = nullptr);
    void showStatus(const QString &text);
    void clearSecrets();
    void reloadProfileList(const QString &select);
    void confirmRemove();
    [[nodiscard]] QByteArray typedCredential() const;

    SignInController *m_controller;
    QString m_originalName; // the saved profile being edited; empty for a new one
    QPointer<Operation> m_operation;

    QLabel *m_reason;
    QComboBox *m_profileCombo;
    QPushButton *m_removeProfile;
    QLineEdit *m_name;
    QLineEdit *m_org;
    QComboBox *m_region;
    QWidget *m_customBox;
    QLineEdit *m_apiUrl;
    QLineEdit *m_loginUrl;
    QRadioButton *m_pkceRadio;
    QRadioButton *m_ccRadio;
    QRadioButton *m_tokenRadio;
    QLabel *m_clientIdLabel;
    QLineEdit *m_clientId;
    QLabel *m_portLabel;
    QWidget *m_portBox;
    QSpinBox *m_port;
    QSpinBox *m_rateLimit; // requests per minute; 0: no limit
    QLineEdit *m_redirectUri;
    QPushButton *m_copyRedirect;
    QLabel *m_secretLabel;
    QLineEdit *m_secret;
    QLabel *m_tokenLabel;
    QLineEdit *m_tokenField;
    QLabel *m_keychainNote;
    QLineEdit *m_label;
    QComboBox *m_color;
    QLabel *m_status;
    QPushButton *m_copyLink;
    QDialogButtonBox *m_buttons;
    QPushButton *m_signInButton;
    QPushButton *m_alternative = nullptr;
    QFormLayout *m_form;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/auth/pkceflow.h"
#include "app/auth/profiles.h"
#include "app/auth/resolvedcredentials.h"
#include "app/net/operation.h"
#include "models/domain/directory.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <optional>

class Session;
class SecretStore;

// What sign-out did.
struct SignOutReport
{
    bool revoked = false; // the server revoked the token (DELETE /api/v2/tokens/me)
    QString message;      // why it was not revoked, for people; empty when it was
};

// Runs sign-in for profiles and keeps their credentials in the keychain: the one place that connects
// Session, ProfileStore and SecretStore.
//
//  - signIn(): the interactive way, per the profile's method: PKCE in the browser, client
//    credentials with the typed secret, or a pasted token. On success the credentials go to the
//    keychain and the profile becomes current and last used.
//  - restore(): the same profile again without typing anything, from the keychain (a valid access
//    token, else a refresh, else the client secret; see RestoreSignIn). When nothing usable is
//    stored it fails with code NeedsSignIn, and the caller shows the sign-in dialog. Stored
//    credentials are forgotten only on the token endpoint's invalid_client, after asking through
//    the ForgetConfirmer when there is one (the GUI).
//  - Tokens renewed silently by the Session are written back to the keychain.
//  - A 401 that the Session could not fix silently becomes signInRequired(): the GUI prompts for
//    sign-in over the current page (nothing is torn down).
//  - signOut() revokes the token on the server and deletes the profile's keychain entries.
class SignInController : public QObject
{
    Q_OBJECT
public:
    // The code of the error restore() gives when the user must sign in interactively.
    static inline const QString NeedsSignIn = QStringLiteral("oauthdesk.needs_sign_in");

    SignInController(Session *session, ProfileStore *profiles, SecretStore *secrets,
                     QObject *parent = nullptr);
    ~SignInController() override;

    [[nodiscard]] Session *session() const { return m_session; }
    [[nodiscard]] ProfileStore *profiles() const { return m_profiles; }
    [[nodiscard]] SecretStore *secrets() const { return m_secrets; }

    // How the authorization URL reaches the user: QDesktopServices::openUrl in the GUI.
    void setBrowserOpener(PkceFlow::BrowserOpener opener) { m_opener = std::move(opener); }
    void setPkceTimeout(std::chrono::milliseconds timeout) { m_pkceTimeout = timeout; }
    // Asks whether to forget the stored credentials of `profile`, which the token endpoint refused
    // (`reason`); answer(true) forgets them. Without one (the CLI) they are forgotten.
    using ForgetConfirmer = std::function<void(const Profile &profile, const QString &reason,
                                               std::function<void(bool forget)> answer)>;
    void setForgetConfirmer(ForgetConfirmer confirmer) { m_confirmForget = std::move(confirmer); }
    [[nodiscard]] const ForgetConfirmer &forgetConfirmer() const { return m_confirmForget; }

    // Interactive sign-in. `credential` is the client secret (client credentials) or the pasted
    // access token (token); ignored for PKCE, which opens the browser. A sign-in in progress is
    // cancelled first.
    Operation *signIn(const Profile &profile, const QByteArray &credential, QObject *context,
                      Handler<TokenInfo> done);
    // Sign-in from the keychain; fails with code NeedsSignIn when the user must sign in.
    Operation *restore(const Profile &profile, QObject *context, Handler<TokenInfo> done);
    // Restores the last used profile (NeedsSignIn when there is none).
    Operation *restoreLast(QObject *context, Handler<TokenInfo> done);
    // Revokes the token on the server (best effort), deletes the current profile's keychain entries
    // and signs the session out. Local sign-out always happens.
    Operation *signOut(QObject *context, Handler<SignOutReport> done);

    // Saves a profile (see ProfileStore::save). A rename moves the profile's keychain entries; a
    // change of region, client or method deletes them (they belong to another client).
    QStringList saveProfile(const Profile &profile, const QString &previousName = {});
    // Deletes a profile and its keychain entries; signs out first when it is the current one.
    void removeProfile(const QString &name);
    // Deletes the keychain entries of `profile`.
    void forget(const Profile &profile);

    // Cancels a sign-in in progress (the browser step included).
    void cancel();
    [[nodiscard]] bool isBusy() const { return !m_active.isNull(); }

    [[nodiscard]] std::optional<Profile> currentProfile() const { return m_current; }
    // The browser link of a PKCE sign-in in progress (for "copy link"), else empty.
    [[nodiscard]] QUrl pendingBrowserUrl() const;

Q_SIGNALS:
    void currentProfileChanged();
    // The session needs an interactive sign-in (a 401 that silent re-authentication could not fix).
    void signInRequired(const QString &profileName, const QString &reason);
    // Something about the keychain the user should know (unavailable, refused a write).
    void keychainNotice(const QString &message);
    // Progress of a sign-in for status lines ("Finish the sign-in in your browser…").
    void progress(const QString &status);

private:
    friend class RestoreSignIn;
    Operation *signInWithTokens(const Profile &profile, const TokenResponse &tokens, QObject *context,
                                Handler<TokenInfo> done);
    void persist(const Profile &profile, const QByteArray &accessToken, const QDateTime &expiresAt,
                 const QByteArray &refreshToken, const QByteArray &clientSecret);
    void writeSecret(const QString &key, const QByteArray &value);
    void removeSecret(const QString &key);
    void becomeCurrent(const Profile &profile);
    void track(Operation *op);
    [[nodiscard]] QString keyFor(const Profile &profile, const QString &name) const;

    Session *m_session;
    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    PkceFlow::BrowserOpener m_opener;
    ForgetConfirmer m_confirmForget;
    std::chrono::milliseconds m_pkceTimeout = std::chrono::minutes(5);
    std::optional<Profile> m_current;
    std::optional<Profile> m_pending; // being signed in: renewed tokens go to it
    bool m_renewedWhilePending = false;
    QPointer<Operation> m_active;
    QPointer<PkceFlow> m_pkce;
    bool m_unavailableNoticeShown = false;
};

// For oauthdesk-cli --profile NAME: signs `session` in with the stored credentials of profile
// `name`, using the shared profiles file and the OS keychain. Renewed tokens are written back. The
// helper objects live as children of `session`.
Operation *signInWithProfile(Session *session, const QString &name, QObject *context,
                             Handler<TokenInfo> done);

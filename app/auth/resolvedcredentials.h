// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/auth/profiles.h"
#include "app/net/operation.h"

#include <QByteArray>
#include <QDateTime>

class SecretStore;

// Credential resolution: a profile with the secrets the keychain holds for it, ready to sign in
// with. SignInController restores from it; `oauthdesk-cli --profile` goes through the controller.
struct ResolvedCredentials
{
    Profile profile;
    Endpoints endpoints;
    QByteArray clientSecret; // client credentials
    QByteArray accessToken;  // PKCE and pasted tokens
    QDateTime accessTokenExpiresAt;
    QByteArray refreshToken; // PKCE
    bool keychainAvailable = true;

    [[nodiscard]] bool hasUsableAccessToken(const QDateTime &now) const;
    void wipe();
};

// Reads profile `name` and its keychain entries (asynchronously, through `secrets`). Fails with a
// Validation error for an unknown or invalid profile, and with code KeychainErrorCode when the
// keychain fails; missing secrets are not an error (their fields stay empty).
Operation *resolveProfile(const ProfileStore *profiles, SecretStore *secrets, const QString &name,
                          QObject *context, Handler<ResolvedCredentials> done);

inline const QString KeychainErrorCode = QStringLiteral("oauthdesk.keychain");

// The keychain's access token entry: {"access_token": "...", "expires_at": "2026-03-15T13:00:00Z"}.
[[nodiscard]] QByteArray encodeStoredAccessToken(const QByteArray &token, const QDateTime &expiresAt);
// Reads that entry; a bare token (written by hand or by an older version) is read as it is.
void decodeStoredAccessToken(const QByteArray &value, QByteArray *token, QDateTime *expiresAt);

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/net/operation.h"
#include "models/domain/directory.h"

class ProfileStore;
class SecretStore;
class Session;

// Signs a second Session in with the stored credentials of profile `name`, to compare or promote
// against the live org of another profile while the current session stays as it is. Read-only
// towards the profile: the profile's last-used mark and its keychain entries are left alone.
//
//  - client credentials: the stored client secret (the session renews its token from it);
//  - access token, and browser sign-in (PKCE): the stored access token while it is still valid.
//    An expired PKCE token is not refreshed here, because a refresh replaces the stored refresh
//    token, which only the sign-in controller writes back: the error then asks to sign in with that
//    profile once (in the app, or `oauthdesk-cli --profile NAME whoami`).
// Fails with a Validation error for an unknown profile and an Auth error when nothing usable is
// stored.
Operation *signInProfileSession(Session *session, const ProfileStore *profiles, SecretStore *secrets,
                                const QString &name, QObject *context, Handler<TokenInfo> done);

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/auth/resolvedcredentials.h"
#include "models/domain/directory.h"

class SignInController;

// Restore: a profile signed in again from what the keychain holds, without typing anything: a
// valid access token, else a refresh (PKCE), else the client secret. When nothing usable is stored
// it fails with SignInController::NeedsSignIn.
//
// Stored credentials are forgotten only when the token endpoint definitely refuses the client
// (invalid_client): a 400 or 401 from anything else (a proxy, a gateway, tokens/me) says nothing
// certain about them. With a ForgetConfirmer (the GUI) they are forgotten only if the user agrees.
// Created by SignInController::restore().
class RestoreSignIn final : public Sequence<TokenInfo>
{
public:
    RestoreSignIn(SignInController *controller, const Profile &profile, QObject *context,
                  Handler<TokenInfo> done);

    // Whether the token endpoint refused the client itself (invalid_client), not the request.
    [[nodiscard]] static bool isDefiniteClientRefusal(const ApiError &error);

private:
    void onResolved(const Result<ResolvedCredentials> &resolved);
    void withClientSecret(const ResolvedCredentials &c);
    void withAccessToken(const ResolvedCredentials &c);
    void withRefreshToken(const ResolvedCredentials &c);
    void refused(const Profile &profile, const ApiError &error);

    SignInController *m_controller;
};

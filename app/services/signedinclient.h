// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/services/session.h"

// The OAuth client a session's tokens belong to: the client-credentials client, the PKCE client of
// a browser sign-in, or (for a pasted token) the client tokens/me named. Deleting or disabling it
// ends the session; the GUI marks it and guards the actions that would. Empty when not signed in
// or unknown.
[[nodiscard]] inline QString signedInClientId(const Session *session)
{
    if (!session || session->method() == Session::Method::None)
        return {};
    return session->clientId().isEmpty() ? session->identity().oauthClient.id : session->clientId();
}

[[nodiscard]] inline bool isSignedInWith(const Session *session, const QString &oauthClientId)
{
    // Ids are UUIDs: the platform takes either case, so the comparison must too.
    return !oauthClientId.isEmpty() &&
           signedInClientId(session).compare(oauthClientId, Qt::CaseInsensitive) == 0;
}

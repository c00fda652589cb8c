// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/net/operation.h"
#include "models/domain/oauthclient.h"

#include <QString>

#include <chrono>
#include <optional>

class ApiClient;

// Proves a new secret: gets a client-credentials token with the client's id and the new secret
// from the region's login host, retrying for up to about 30 s while the platform propagates it,
// and then revokes that token at once (it is never kept or shown).
//
// Only a client-credentials client can be proven this way: for the other grant types the token
// endpoint answers unauthorized_client whatever the secret, so the result then says that it
// cannot be proven without a user sign-in (ok unset), without sending anything.
struct SecretProof
{
    std::optional<bool> ok; // unset: not provable without a user sign-in
    QString message;        // for people
    int attempts = 0;
};

namespace secretproof {

struct Policy
{
    std::chrono::milliseconds window{30000}; // give up after this long
    std::chrono::milliseconds firstDelay{1000};
    std::chrono::milliseconds maxDelay{5000};
};

// `api` gives the login host, the network and the retry policy's time scale; the proof runs on an
// ApiClient of its own, so its refused attempts reach neither the session's token nor its error
// signals.
Operation *prove(ApiClient *api, const QString &clientId, const QString &secret, GrantType grant,
                 const Policy &policy, QObject *context, Handler<SecretProof> done);

} // namespace secretproof

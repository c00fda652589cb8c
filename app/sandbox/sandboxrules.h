// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The platform rules the sandbox enforces on OAuth client bodies, redirect URIs and PKCE. The rule
// numbers (R3, R4, ...) are the ones in docs/sandbox.md. Internal to the sandbox.

#include "app/sandbox/demodata.h"
#include "app/sandbox/sandboxcommon.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace sandbox {

inline constexpr qint64 kMinTokenLifetime = 300;    // 5 min
inline constexpr qint64 kMaxTokenLifetime = 172800; // 48 h
inline constexpr qint64 kDefaultTokenLifetime = 86400;

// Fields only the server sets; a POST/PUT body cannot change them (they are dropped from it).
[[nodiscard]] const QStringList &serverOwnedClientFields();

// Checks an OAuthClientRequest body: types (R5), required fields (R3), enums (R4), token lifetime
// (R6; `existing` lets an unchanged larger value stand) and what each grant needs (R7).
// Returns the 400 answer, or nothing when the body is acceptable.
[[nodiscard]] std::optional<Reply> validateClientBody(const QJsonObject &body, const DemoOrg &org,
                                                      const QJsonObject *existing);

// The client to store after a valid POST (existing == nullptr) or PUT: the whole body replaces
// the old client, unknown fields included (R11); server-owned fields come from `existing` or are
// set now; dateToDelete follows the state (R9).
[[nodiscard]] QJsonObject buildStoredClient(const QJsonObject &body, const QJsonObject *existing,
                                            const QString &id, const QDateTime &now,
                                            const QJsonObject &actor);

[[nodiscard]] bool isValidRedirectUri(const QString &uri);
// Whether `candidate` may be used as redirect_uri for a client registered with `registered`:
// exact match, "*" wildcards, and loopback URIs on any port (RFC 8252).
[[nodiscard]] bool redirectAllowed(const QStringList &registered, const QString &candidate);

[[nodiscard]] bool isValidCodeVerifier(const QString &verifier);
[[nodiscard]] bool isValidCodeChallenge(const QString &challenge);
[[nodiscard]] QString pkceChallenge(const QString &verifier); // base64url(SHA-256), no padding

} // namespace sandbox

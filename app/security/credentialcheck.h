// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/apierror.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

// Tokens, client ids and client secrets come from outside: the environment, the keychain, a pasted
// text, a login server's answer. They end up in HTTP headers (Authorization), where a CR or LF
// would end the header and let the value smuggle in a second request. Every entry point checks
// them here, before anything is sent; ApiClient checks every header value again where it sets it.
//
//     Result<QByteArray> token = checkCredential(pasted, CredentialKind::AccessToken);
//     if (!token) return token.error(); // Kind::Auth, code CredentialRefused; never shows the value
namespace credentialcheck {

// The code of the error checkCredential() gives.
inline constexpr QLatin1StringView RefusedCode{"oauthdesk.credential_refused"};

enum class Kind
{
    AccessToken,
    RefreshToken,
    ClientId,
    ClientSecret
};

// RFC 6750 §2.1 b64token: 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"=".
[[nodiscard]] bool isB64Token(QByteArrayView value);
// A value any header may carry: printable ASCII, and spaces or tabs inside. No CR, LF, NUL, other
// control characters or bytes above 0x7E.
[[nodiscard]] bool isSafeHeaderValue(QByteArrayView value);

// `value` without surrounding whitespace when it is a b64token; otherwise an Auth error that names
// what was refused (and `origin`, e.g. "GENESYSCLOUD_ACCESS_TOKEN", when given) but never the value.
// An empty value is refused too.
[[nodiscard]] Result<QByteArray> check(const QByteArray &value, Kind kind, const QString &origin = {});
[[nodiscard]] Result<QByteArray> check(const QString &value, Kind kind, const QString &origin = {});

} // namespace credentialcheck

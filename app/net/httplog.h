// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QLoggingCategory>
#include <QPair>
#include <QUrl>

// Request logging. The category "oauthdesk.http" is off by default; turn it on with
// QT_LOGGING_RULES="oauthdesk.http.debug=true" or --verbose. Everything it prints goes through the
// redaction below, so no token or secret reaches a log.
Q_DECLARE_LOGGING_CATEGORY(lcHttp)
Q_DECLARE_LOGGING_CATEGORY(lcApi)

namespace httplog {

inline constexpr qsizetype MaxLoggedBody = 4096;

// Header value as it may be logged: Authorization, Cookie, Set-Cookie and Proxy-Authorization
// become "[redacted]" (the scheme, "Bearer"/"Basic", is kept for diagnosis).
[[nodiscard]] QByteArray redactHeader(const QByteArray &name, const QByteArray &value);

// Body as it may be logged. Anything sent to or received from an OAuth endpoint (/oauth/...,
// /token...) is replaced whole; JSON bodies have the values of secret-like keys (secret, token,
// password, assertion, code, verifier, ...) replaced at any depth; form bodies likewise; other
// content types are logged by size only. The result is capped at MaxLoggedBody.
[[nodiscard]] QByteArray redactBody(const QUrl &url, const QByteArray &contentType, const QByteArray &body);

// The URL as it may be logged: query values of secret-like keys redacted.
[[nodiscard]] QString redactUrl(const QUrl &url);

// True when a JSON/form key names a secret.
[[nodiscard]] bool isSecretKey(QStringView key);

} // namespace httplog

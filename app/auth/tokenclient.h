// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/net/apiclient.h"

#include <QDateTime>

// The answer of POST /oauth/token. The token endpoint speaks OAuth (RFC 6749 §5), not ErrorBody.
struct TokenResponse
{
    QByteArray accessToken;
    QByteArray refreshToken;
    QString tokenType;
    qint64 expiresIn = 0; // seconds
    QDateTime expiresAt;  // computed from expiresIn and the time of the answer
};

// Maps a token endpoint answer (2xx or error) to a TokenResponse or an Auth/Http error with the
// server's error and error_description. Never puts a token into an error message.
[[nodiscard]] Result<TokenResponse> parseTokenResponse(int httpStatus, const QByteArray &body,
                                                       const QDateTime &receivedAt);

// Calls the login host's token endpoint through the ApiClient (same logging, timeouts and TLS
// rules as every other call). Bodies to and from it are never logged.
class TokenClient : public QObject
{
    Q_OBJECT
public:
    explicit TokenClient(ApiClient *api, QObject *parent = nullptr);

    Operation *clientCredentials(const QString &clientId, const QByteArray &secret, QObject *context,
                                 Handler<TokenResponse> done);
    // Refresh of a code-grant token: Basic auth when a secret is given, else client_id in the body
    // (public PKCE clients).
    Operation *refresh(const QString &clientId, const QByteArray &secret, const QByteArray &refreshToken,
                       QObject *context, Handler<TokenResponse> done);

private:
    Operation *post(const QUrlQuery &form, const QString &clientId, const QByteArray &secret,
                    QObject *context, Handler<TokenResponse> done);
    ApiClient *m_api;
};

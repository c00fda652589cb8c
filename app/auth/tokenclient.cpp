// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/auth/tokenclient.h"

#include "app/security/credentialcheck.h"
#include "app/security/wipe.h"
#include "models/json/json.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TokenClient)
};
} // namespace

Result<TokenResponse> parseTokenResponse(int httpStatus, const QByteArray &body, const QDateTime &receivedAt)
{
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    const QJsonObject o = doc.object();
    const bool isJsonObject = pe.error == QJsonParseError::NoError && doc.isObject();
    if (httpStatus >= 200 && httpStatus < 300 && isJsonObject && !o.contains("error"_L1)) {
        TokenResponse t;
        t.accessToken = json::str(o, "access_token"_L1).toUtf8();
        t.refreshToken = json::str(o, "refresh_token"_L1).toUtf8();
        t.tokenType = json::str(o, "token_type"_L1);
        t.expiresIn = json::int64Or(o, "expires_in"_L1, 0);
        if (t.expiresIn < 0 || t.expiresIn > qint64(10) * 365 * 24 * 3600)
            t.expiresIn = 0;
        if (t.expiresIn > 0)
            t.expiresAt = receivedAt.addSecs(t.expiresIn);
        if (t.accessToken.isEmpty())
            return ApiError::make(ApiError::Kind::BadResponse,
                                  Tr::tr("The sign-in server sent no access token."));
        // Both go into headers later (Authorization; the refresh token into a form body, and the
        // keychain): a server must not be able to smuggle a line break into them.
        const QString origin = Tr::tr("sent by the sign-in server");
        Result<QByteArray> access =
            credentialcheck::check(t.accessToken, credentialcheck::Kind::AccessToken, origin);
        if (!access) {
            wipe(t.accessToken);
            wipe(t.refreshToken);
            return access.error();
        }
        t.accessToken = access.value();
        if (!t.refreshToken.isEmpty()) {
            Result<QByteArray> refresh =
                credentialcheck::check(t.refreshToken, credentialcheck::Kind::RefreshToken, origin);
            if (!refresh) {
                wipe(t.accessToken);
                wipe(t.refreshToken);
                return refresh.error();
            }
            t.refreshToken = refresh.value();
        }
        if (!t.tokenType.isEmpty() && t.tokenType.compare("bearer"_L1, Qt::CaseInsensitive) != 0)
            return ApiError::make(ApiError::Kind::BadResponse,
                                  Tr::tr("The sign-in server sent a token of unsupported type \"%1\".")
                                      .arg(t.tokenType.left(40)));
        return t;
    }
    ApiError e;
    e.kind = ApiError::Kind::Auth;
    e.httpStatus = httpStatus;
    if (isJsonObject) {
        e.code = json::str(o, "error"_L1).left(100);
        const QString description = json::str(o, "error_description"_L1).left(500);
        if (e.code == "invalid_client"_L1 || e.code == "unauthorized_client"_L1)
            e.message = Tr::tr("The client id or secret was not accepted.");
        else if (e.code == "invalid_grant"_L1)
            e.message = Tr::tr("The sign-in grant was refused (expired or already used).");
        else if (!e.code.isEmpty())
            e.message = Tr::tr("Sign-in refused: %1.").arg(e.code);
        else if (httpStatus >= 200 && httpStatus < 300)
            e.message = Tr::tr("The sign-in server sent an unexpected answer.");
        else
            e.message = Tr::tr("Sign-in failed (HTTP %1).").arg(httpStatus);
        if (!description.isEmpty())
            e.message += u' ' + description;
        // A platform ErrorBody (some gateways answer with one) carries a contextId worth keeping.
        e.contextId = json::str(o, "contextId"_L1);
    } else {
        e.message = httpStatus >= 200 && httpStatus < 300
                        ? Tr::tr("The sign-in server sent an answer that is not JSON.")
                        : Tr::tr("Sign-in failed (HTTP %1).").arg(httpStatus);
    }
    return e;
}

TokenClient::TokenClient(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{}

Operation *TokenClient::clientCredentials(const QString &clientId, const QByteArray &secret, QObject *context,
                                          Handler<TokenResponse> done)
{
    QUrlQuery form;
    form.addQueryItem(u"grant_type"_s, u"client_credentials"_s);
    return post(form, clientId, secret, context, std::move(done));
}

Operation *TokenClient::refresh(const QString &clientId, const QByteArray &secret,
                                const QByteArray &refreshToken, QObject *context, Handler<TokenResponse> done)
{
    const Result<QByteArray> checked =
        credentialcheck::check(refreshToken, credentialcheck::Kind::RefreshToken);
    if (!checked)
        return failLater<TokenResponse>(this, context, std::move(done), checked.error());
    QUrlQuery form;
    form.addQueryItem(u"grant_type"_s, u"refresh_token"_s);
    form.addQueryItem(u"refresh_token"_s,
                      QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(refreshToken))));
    if (secret.isEmpty())
        form.addQueryItem(u"client_id"_s, QString::fromLatin1(QUrl::toPercentEncoding(clientId)));
    return post(form, clientId, secret, context, std::move(done));
}

Operation *TokenClient::post(const QUrlQuery &form, const QString &clientId, const QByteArray &secret,
                             QObject *context, Handler<TokenResponse> done)
{
    // The id and secret go into the Basic header (base64, so harmless there), but a value that is
    // not a b64token is damaged or tampered with: refuse it before anything is sent.
    if (!clientId.isEmpty() || !secret.isEmpty()) {
        const Result<QByteArray> id = credentialcheck::check(clientId, credentialcheck::Kind::ClientId);
        if (!id)
            return failLater<TokenResponse>(this, context, std::move(done), id.error());
    }
    if (!secret.isEmpty()) {
        const Result<QByteArray> checked =
            credentialcheck::check(secret, credentialcheck::Kind::ClientSecret);
        if (!checked)
            return failLater<TokenResponse>(this, context, std::move(done), checked.error());
    }
    ApiRequest r;
    r.method = "POST";
    r.base = ApiRequest::Base::Login;
    r.path = u"/oauth/token"_s;
    r.contentType = "application/x-www-form-urlencoded";
    r.body = form.toString(QUrl::FullyEncoded).toLatin1();
    if (!secret.isEmpty()) {
        r.auth = ApiRequest::Auth::Basic;
        // As the platform's SDKs send it: base64("id:secret"), without form-encoding the parts.
        r.basicCredentials = (clientId.toUtf8() + ':' + secret).toBase64();
    } else {
        r.auth = ApiRequest::Auth::None;
    }
    ApiCall *call = m_api->send(std::move(r));
    return call->then(context, [done = std::move(done)](const ApiCall &c) {
        if (c.error().isCancelled() || (c.status() == 0 && c.error().isError())) {
            done(c.error());
            return;
        }
        if (c.status() == 429) {
            done(c.error());
            return;
        }
        Result<TokenResponse> result =
            parseTokenResponse(c.status(), c.body(), QDateTime::currentDateTimeUtc());
        if (!result.ok()) {
            ApiError e = result.error();
            e.correlationId = QString::fromLatin1(c.header("inin-correlation-id"));
            done(e);
            return;
        }
        done(result);
    });
}

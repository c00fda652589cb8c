// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A tiny synchronous HTTP client for the sandbox tests: real loopback HTTP through
// QNetworkAccessManager, waiting with QSignalSpy (the in-process server runs meanwhile).

#include "app/sandbox/sandboxserver.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QString>
#include <QUrlQuery>

#include <utility>

struct HttpResult
{
    int status = 0; // 0: no HTTP answer (connection dropped, ...)
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    qint64 elapsedMs = 0;

    [[nodiscard]] QJsonObject json() const;
    [[nodiscard]] QByteArray header(const char *lowerCaseName) const
    {
        return headers.value(QByteArray(lowerCaseName));
    }
    // The field names an ErrorBody blames (details[].fieldName).
    [[nodiscard]] QStringList fieldNames() const;
    [[nodiscard]] QString code() const { return json().value(QStringLiteral("code")).toString(); }
};

class SandboxTestClient
{
public:
    explicit SandboxTestClient(SandboxServer &server);

    // `target` is a path with an optional query, already percent-encoded ("/api/v2/x?a=b").
    // The bearer token is `token` unless `authorization` gives another header value (empty = none).
    HttpResult request(const QByteArray &method, const QString &target, const QByteArray &body = {},
                       const QByteArray &contentType = "application/json",
                       const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    HttpResult get(const QString &target, const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    HttpResult post(const QString &target, const QJsonObject &body);
    HttpResult put(const QString &target, const QJsonObject &body);
    HttpResult del(const QString &target);
    // POST /oauth/token with a form body (key=value pairs are percent-encoded here).
    HttpResult tokenRequest(const QList<std::pair<QString, QString>> &form, const QByteArray &basicUser = {},
                            const QByteArray &basicSecret = {});

    // Starts requests without waiting: for concurrency tests.
    QNetworkReply *start(const QByteArray &method, const QString &target, const QByteArray &body = {});
    // A sanitized build runs several times slower: the org-wide usage of 50,000 clients took over
    // 10 s under ASan with a second suite beside it.
#ifdef OAUTHDESK_SANITIZED
    static constexpr int DefaultTimeoutMs = 50000;
#else
    static constexpr int DefaultTimeoutMs = 10000;
#endif
    static HttpResult wait(QNetworkReply *reply, int timeoutMs = DefaultTimeoutMs);

    // Signs in with the admin client (client credentials) and uses that token from now on.
    QString signInAsAdmin();

    // The PKCE flow of the built-in public client with a loopback redirect: authorize (the demo admin
    // is signed in at once), then exchange the code. Returns the token answer.
    HttpResult pkceSignIn(const QString &verifier = QString::fromLatin1(kVerifier),
                          QString *refreshToken = nullptr);
    static constexpr const char *kVerifier = "sandbox-test-verifier-0123456789-abcdefghijklmnop";
    static constexpr const char *kLoopbackRedirect = "http://127.0.0.1:43123/";
    // GET /oauth/authorize with these parameters; the 302's Location is in the result headers.
    HttpResult authorize(const QList<std::pair<QString, QString>> &params);

    SandboxServer &server;
    QNetworkAccessManager nam;
    QByteArray authorization; // full header value; empty = no Authorization header
    void setToken(const QString &token)
    {
        authorization = "Bearer " + token.toLatin1();
    }

private:
    [[nodiscard]] QNetworkRequest makeRequest(const QString &target) const;
};

// A valid body for POST /oauth/clients with the given grant type.
QJsonObject validClientBody(const QString &grant, const QString &name = QStringLiteral("Test client"));
QString firstRoleId(SandboxTestClient &client);
// "a=b&c=d", percent-encoded.
QString formEncode(const QList<std::pair<QString, QString>> &items);
QString pkceChallengeFor(const QString &verifier);
// The query (or fragment) parameters of a redirect Location.
QUrlQuery redirectParams(const HttpResult &result, bool fragment = false);

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/auth/tokenclient.h"
#include "app/net/apiclient.h"
#include "models/domain/directory.h"

#include <QTimer>

QT_FORWARD_DECLARE_CLASS(QNetworkAccessManager)
class ClientsService;
class UsageService;
class CatalogService;
class DirectoryService;

// Everything one signed-in connection needs: one QNetworkAccessManager, the ApiClient over it, the
// services, and the current credentials. The GUI and the CLI each make one Session.
class Session : public QObject
{
    Q_OBJECT
public:
    enum class Method
    {
        None,
        ClientCredentials,
        AccessToken,
        AuthorizationCode
    };
    Q_ENUM(Method)

    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    [[nodiscard]] ApiClient *api() const { return m_api; }
    [[nodiscard]] TokenClient *tokens() const { return m_tokens; }
    [[nodiscard]] ClientsService *clients() const { return m_clients; }
    [[nodiscard]] UsageService *usage() const { return m_usage; }
    [[nodiscard]] CatalogService *catalog() const { return m_catalog; }
    [[nodiscard]] DirectoryService *directory() const { return m_directory; }
    [[nodiscard]] QNetworkAccessManager *networkAccessManager() const { return m_nam; }

    void setEndpoints(const Endpoints &endpoints);
    [[nodiscard]] const Endpoints &endpoints() const { return m_api->endpoints(); }

    // Client credentials: fetches a token, then asks tokens/me who we are. The secret stays in
    // memory only, to fetch a new token before this one expires and after a 401.
    Operation *signInWithClientCredentials(const QString &clientId, const QByteArray &secret,
                                           QObject *context, Handler<TokenInfo> done);
    // A token obtained elsewhere (pasted, or from the PKCE flow). `refreshToken` and `clientId`
    // allow refreshing it before `expiresAt`.
    Operation *signInWithToken(const QByteArray &accessToken, QObject *context, Handler<TokenInfo> done,
                               const QDateTime &expiresAt = {}, const QByteArray &refreshToken = {},
                               const QString &clientId = {});
    // Whether sign-in asks GET /api/v2/tokens/me who is signed in (default: yes; the GUI's status bar
    // shows it). Off, sign-in sends only what the credentials need (the token request of client
    // credentials; nothing for a token), identity() stays empty, and an invalid token shows up as
    // the first operation's own 401. The CLI turns it off for every command but whoami.
    void setConfirmIdentity(bool confirm) { m_confirmIdentity = confirm; }
    [[nodiscard]] bool confirmsIdentity() const { return m_confirmIdentity; }
    // The signed-in client-credentials client's secret was regenerated (a rotation in place): the
    // current token stays valid, and renewals use `secret` from now on. Returns false (and changes
    // nothing) when the session is not signed in with that client's credentials.
    bool adoptRegeneratedSecret(const QString &clientId, const QByteArray &secret);
    // Forgets every credential held in memory (wiped). Does not call the server; see
    // DirectoryService::revokeToken for that.
    void signOut();

    [[nodiscard]] bool isSignedIn() const { return m_method != Method::None && m_api->hasAccessToken(); }
    [[nodiscard]] Method method() const { return m_method; }
    [[nodiscard]] const TokenInfo &identity() const { return m_identity; }
    [[nodiscard]] QDateTime tokenExpiresAt() const { return m_expiresAt; }
    [[nodiscard]] QString clientId() const { return m_clientId; }
    // "Northwind Contact Center / OAuth Desk admin (us_east_1)" for status bars and window titles.
    [[nodiscard]] QString describeIdentity() const;

Q_SIGNALS:
    void signedIn(const TokenInfo &identity);
    void signedOut();
    // A new access token was obtained silently (renewal or re-authentication after a 401).
    void tokenRenewed(const QByteArray &accessToken, const QDateTime &expiresAt,
                      const QByteArray &refreshToken);

private:
    void applyToken(const TokenResponse &token);
    void scheduleRenewal();
    void renew(std::function<void(bool)> done);
    Operation *confirmIdentity(QObject *context, Handler<TokenInfo> done);
    Operation *signedInUnconfirmed(QObject *context, Handler<TokenInfo> done);

    QNetworkAccessManager *m_nam;
    ApiClient *m_api;
    TokenClient *m_tokens;
    ClientsService *m_clients;
    UsageService *m_usage;
    CatalogService *m_catalog;
    DirectoryService *m_directory;
    QTimer m_renewTimer;

    Method m_method = Method::None;
    QString m_clientId;
    QByteArray m_secret;       // client credentials, memory only
    QByteArray m_refreshToken; // code grant, memory only
    QDateTime m_expiresAt;
    TokenInfo m_identity;
    bool m_confirmIdentity = true;
};

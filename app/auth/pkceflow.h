// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/auth/tokenclient.h"
#include "app/net/operation.h"
#include "app/net/regions.h"

#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>

QT_FORWARD_DECLARE_CLASS(QNetworkAccessManager)
QT_FORWARD_DECLARE_CLASS(QOAuth2AuthorizationCodeFlow)
class LoopbackReplyHandler;

// PKCE (RFC 7636) helpers.
namespace pkce {
inline constexpr int MinVerifierLength = 43;
inline constexpr int MaxVerifierLength = 128;
// A fresh random verifier of `length` characters from [A-Za-z0-9-_] (a subset of the allowed
// unreserved set), `length` clamped to 43..128.
[[nodiscard]] QByteArray makeVerifier(int length = 64);
// base64url(SHA-256(verifier)) without padding: the S256 challenge.
[[nodiscard]] QByteArray challengeS256(const QByteArray &verifier);
// True for 43..128 characters of [A-Za-z0-9-._~].
[[nodiscard]] bool isValidVerifier(const QByteArray &verifier);
// The loopback redirect URI for `port`: "http://127.0.0.1:8765/", exactly as sent and as it must
// be registered on the client (an IP literal and a trailing slash).
[[nodiscard]] QString redirectUri(quint16 port);
} // namespace pkce

// One browser sign-in: authorization code with PKCE (S256) through QOAuth2AuthorizationCodeFlow,
// with the redirect coming back to a loopback listener on a fixed port (the redirect URI has to be
// registered on the OAuth client, so the port cannot be chosen by the OS).
//
// Qt 6.4 has no native PKCE: the challenge and verifier are added with setModifyParametersFunction.
// The flow's own checks end silently on 6.4 (a state mismatch or a refused token request only log a
// warning), so this class checks the callback itself and parses the token answer with
// parseTokenResponse: every path ends, exactly once, with tokens or a message.
//
//     PkceFlow::start(nam, {.endpoints = e, .clientId = id, .port = 8765},
//                     [](const QUrl &url) { return QDesktopServices::openUrl(url); },
//                     this, [this](const Result<TokenResponse> &r) { ... });
class PkceFlow final : public Sequence<TokenResponse>
{
public:
    struct Options
    {
        Endpoints endpoints;
        QString clientId;
        quint16 port = 8765;
        QString scope; // empty: the client's configured scopes apply
        // How long the user has to finish in the browser.
        std::chrono::milliseconds timeout = std::chrono::minutes(5);
    };
    // Shows the authorization URL to the user (QDesktopServices::openUrl in the GUI; tests play
    // the browser). Returns false when no browser could be opened; the flow then keeps waiting,
    // and authorizationUrl() can be copied by hand.
    using BrowserOpener = std::function<bool(const QUrl &)>;

    // Starts listening on 127.0.0.1:port and hands the authorization URL to `openBrowser`. `done`
    // runs once: tokens, or why not (port in use, refused or cancelled in the browser, a state
    // mismatch, the token exchange refused, timeout, cancel()), never before start() returns.
    static PkceFlow *start(QNetworkAccessManager *nam, const Options &options, BrowserOpener openBrowser,
                           QObject *context, Handler<TokenResponse> done);
    ~PkceFlow() override;

    // The URL the browser was sent to (empty until it is known).
    [[nodiscard]] QUrl authorizationUrl() const { return m_authorizationUrl; }
    [[nodiscard]] QString redirectUri() const { return pkce::redirectUri(m_options.port); }

protected:
    void onCancel() override;

private:
    PkceFlow(QNetworkAccessManager *nam, Options options, BrowserOpener openBrowser, QObject *context,
             Handler<TokenResponse> done);
    void begin();
    void onCallback(const QVariantMap &data);
    void onTokenReply(const Result<TokenResponse> &result);
    void fail(ApiError error);
    void stopListening();

    QNetworkAccessManager *m_nam;
    Options m_options;
    BrowserOpener m_openBrowser;
    QOAuth2AuthorizationCodeFlow *m_flow = nullptr;
    QPointer<LoopbackReplyHandler> m_handler;
    QTimer m_timeout;
    QByteArray m_verifier;
    QString m_state;
    QUrl m_authorizationUrl;
    bool m_codeReceived = false;
};

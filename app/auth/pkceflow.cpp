// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/auth/pkceflow.h"

#include "app/auth/authlog.h"
#include "app/security/wipe.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>
#include <QRandomGenerator>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PkceFlow)
};

// The token endpoint answers a few hundred bytes; refuse to buffer more.
constexpr qint64 MaxTokenAnswer = 64 * 1024;
// Once the browser handed back a code, the token exchange must not take long.
constexpr auto TokenExchangeTimeout = 60s;
// How long the loopback listener outlives the flow, to finish sending its page to the browser.
constexpr auto BrowserPageGrace = 3s;

QString page(const QString &heading, const QString &text)
{
    return u"<h2>%1</h2><p>%2</p>"_s.arg(heading.toHtmlEscaped(), text.toHtmlEscaped());
}
} // namespace

// The loopback listener. It keeps QOAuthHttpServerReplyHandler's HTTP handling but
//  - always names the redirect URI "http://127.0.0.1:PORT/" (later Qt versions say "localhost",
//    which would not match the URI registered on the client), and
//  - parses the token endpoint's answer itself: on 6.4 the base class drops HTTP errors with only a
//    warning (the flow would never finish), and may log a body that holds tokens.
class LoopbackReplyHandler final : public QOAuthHttpServerReplyHandler
{
public:
    LoopbackReplyHandler(quint16 port, QObject *parent)
        : QOAuthHttpServerReplyHandler(QHostAddress(QHostAddress::LocalHost), port, parent)
    {}

    std::function<void(const Result<TokenResponse> &)> onTokenReply;

    QString callback() const override { return pkce::redirectUri(port()); }

    void networkReplyFinished(QNetworkReply *reply) override
    {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 0) {
            ApiError e =
                ApiError::make(ApiError::Kind::Network,
                               Tr::tr("Could not reach the sign-in server: %1").arg(reply->errorString()));
            if (reply->error() == QNetworkReply::ConnectionRefusedError)
                e.kind = ApiError::Kind::ConnectionRefused;
            else if (reply->error() == QNetworkReply::HostNotFoundError)
                e.kind = ApiError::Kind::HostNotFound;
            else if (reply->error() >= QNetworkReply::SslHandshakeFailedError &&
                     reply->error() <= QNetworkReply::TemporaryNetworkFailureError)
                e.kind = ApiError::Kind::Network;
            deliver(e);
            return;
        }
        QByteArray body = reply->read(MaxTokenAnswer);
        Result<TokenResponse> r = parseTokenResponse(status, body, QDateTime::currentDateTimeUtc());
        wipe(body);
        deliver(r);
    }

private:
    void deliver(const Result<TokenResponse> &r)
    {
        // A copy: the receiver clears onTokenReply while it runs.
        const auto callback = onTokenReply;
        if (callback)
            callback(r);
    }
};

namespace pkce {

QByteArray makeVerifier(int length)
{
    length = std::clamp(length, MinVerifierLength, MaxVerifierLength);
    // base64url of random bytes gives [A-Za-z0-9-_]; 3 bytes make 4 characters.
    QByteArray raw((length * 3) / 4 + 3, Qt::Uninitialized);
    QRandomGenerator::system()->generate(raw.begin(), raw.end());
    QByteArray v = raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals).left(length);
    wipe(raw);
    return v;
}

QByteArray challengeS256(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool isValidVerifier(const QByteArray &verifier)
{
    if (verifier.size() < MinVerifierLength || verifier.size() > MaxVerifierLength)
        return false;
    for (char c : verifier) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                        c == '-' || c == '.' || c == '_' || c == '~';
        if (!ok)
            return false;
    }
    return true;
}

QString redirectUri(quint16 port)
{
    return u"http://127.0.0.1:%1/"_s.arg(port);
}

} // namespace pkce

PkceFlow *PkceFlow::start(QNetworkAccessManager *nam, const Options &options, BrowserOpener openBrowser,
                          QObject *context, Handler<TokenResponse> done)
{
    auto *flow = new PkceFlow(nam, options, std::move(openBrowser), context, std::move(done));
    // Begin from the event loop, so that even an immediate failure (port in use) reaches the
    // handler after start() returned.
    QMetaObject::invokeMethod(
        flow, [flow] { flow->begin(); }, Qt::QueuedConnection);
    return flow;
}

PkceFlow::PkceFlow(QNetworkAccessManager *nam, Options options, BrowserOpener openBrowser, QObject *context,
                   Handler<TokenResponse> done)
    : Sequence(nam, context, std::move(done))
    , m_nam(nam)
    , m_options(std::move(options))
    , m_openBrowser(std::move(openBrowser))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        if (m_codeReceived) {
            fail(ApiError::make(ApiError::Kind::Timeout, Tr::tr("The sign-in server did not answer the token "
                                                                "request in time.")));
            return;
        }
        const auto minutes = std::chrono::duration_cast<std::chrono::minutes>(m_options.timeout).count();
        fail(ApiError::make(ApiError::Kind::Timeout,
                            minutes >= 1 ? Tr::tr("The browser sign-in did not finish within %n minute(s).",
                                                  nullptr, int(minutes))
                                         : Tr::tr("The browser sign-in did not finish in time.")));
    });
}

PkceFlow::~PkceFlow()
{
    wipe(m_verifier);
}

void PkceFlow::begin()
{
    if (stopped())
        return;
    if (m_options.clientId.trimmed().isEmpty()) {
        fail(ApiError::make(ApiError::Kind::Validation, Tr::tr("Enter the OAuth client id.")));
        return;
    }
    if (const QString problem = checkBaseUrl(m_options.endpoints.login); !problem.isEmpty()) {
        fail(ApiError::make(ApiError::Kind::Validation, problem));
        return;
    }
    if (m_options.port == 0) {
        fail(ApiError::make(ApiError::Kind::Validation,
                            Tr::tr("Choose a loopback port for the browser sign-in.")));
        return;
    }

    m_handler = new LoopbackReplyHandler(m_options.port, this);
    if (!m_handler->isListening()) {
        const quint16 port = m_options.port;
        ApiError e = ApiError::make(
            ApiError::Kind::Validation,
            Tr::tr("Port %1 on 127.0.0.1 is already in use, so the browser cannot hand the sign-in back to "
                   "OAuth "
                   "Desk. Close the program that uses it, or choose another port in the profile and register "
                   "%2 as a redirect URI of the OAuth client.")
                .arg(port)
                .arg(pkce::redirectUri(port == 65535 ? port - 1 : port + 1)));
        e.code = u"oauthdesk.port_in_use"_s;
        fail(e);
        return;
    }
    m_handler->setCallbackText(page(Tr::tr("OAuth Desk"), Tr::tr("Waiting for the sign-in…")));
    m_handler->onTokenReply = [this](const Result<TokenResponse> &r) { onTokenReply(r); };

    QUrl authorize = m_options.endpoints.login;
    authorize.setPath(authorize.path() + u"/oauth/authorize"_s);
    QUrl token = m_options.endpoints.login;
    token.setPath(token.path() + u"/oauth/token"_s);

    m_verifier = pkce::makeVerifier(64);
    // A longer state than the flow would make on its own (8 characters on 6.4).
    m_state = QString::fromLatin1(pkce::makeVerifier(43));

    m_flow = new QOAuth2AuthorizationCodeFlow(m_nam, this);
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    // Newer Qt adds PKCE on its own; ours is added below, once.
    m_flow->setPkceMethod(QOAuth2AuthorizationCodeFlow::PkceMethod::None);
#endif
    m_flow->setClientIdentifier(m_options.clientId.trimmed());
    m_flow->setAuthorizationUrl(authorize);
    m_flow->setAccessTokenUrl(token);
    m_flow->setScope(m_options.scope);
    m_flow->setState(m_state);
    m_flow->setReplyHandler(m_handler);
    const QByteArray challenge = pkce::challengeS256(m_verifier);
    m_flow->setModifyParametersFunction(
        [this, challenge](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *params) {
            if (stage == QAbstractOAuth::Stage::RequestingAuthorization) {
                params->replace(u"code_challenge"_s, QString::fromLatin1(challenge));
                params->replace(u"code_challenge_method"_s, u"S256"_s);
                if (params->value(u"scope"_s).toString().isEmpty())
                    params->remove(u"scope"_s); // "scope=" would ask for no scope at all
            } else if (stage == QAbstractOAuth::Stage::RequestingAccessToken) {
                params->replace(u"code_verifier"_s, QString::fromLatin1(m_verifier));
            }
        });
    // Connected before grant(): the flow connects its own callback handling during grant(), so this
    // check runs first and can answer the browser with the outcome.
    connect(m_handler, &QAbstractOAuthReplyHandler::callbackReceived, this,
            [this](const QVariantMap &data) { onCallback(data); });
    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this, [this](const QUrl &url) {
        m_authorizationUrl = url;
        qCInfo(lcAuth).noquote() << "browser sign-in: waiting for the redirect to" << redirectUri();
        const bool opened = m_openBrowser && m_openBrowser(url);
        if (!stopped())
            Q_EMIT progress(opened ? Tr::tr("Finish the sign-in in your browser…")
                                   : Tr::tr("No browser could be opened. Open the sign-in link yourself."));
    });
    // Later Qt versions report failures through requestFailed(); on 6.4 our own checks cover them.
    connect(m_flow, &QAbstractOAuth::requestFailed, this, [this](QAbstractOAuth::Error error) {
        if (!stopped())
            fail(ApiError::make(ApiError::Kind::Auth,
                                Tr::tr("The browser sign-in failed (error %1).").arg(int(error))));
    });
    m_timeout.start(m_options.timeout);
    m_flow->grant();
}

void PkceFlow::onCallback(const QVariantMap &data)
{
    if (stopped() || m_codeReceived)
        return;
    const QString error = data.value(u"error"_s).toString();
    const QString code = data.value(u"code"_s).toString();
    const QString state = QUrl::fromPercentEncoding(data.value(u"state"_s).toString().toUtf8());
    if (error.isEmpty() && code.isEmpty() && state.isEmpty())
        return; // not the redirect (a browser asking for /favicon.ico, say)

    if (!error.isEmpty()) {
        const QString description = data.value(u"error_description"_s).toString().left(300);
        QString message = error == "access_denied"_L1
                              ? Tr::tr("The sign-in was cancelled or refused in the browser.")
                              : Tr::tr("The sign-in server refused the sign-in: %1.").arg(error.left(100));
        if (!description.isEmpty())
            message += u' ' + description;
        m_handler->setCallbackText(page(Tr::tr("Sign-in failed"), message));
        ApiError e = ApiError::make(ApiError::Kind::Auth, message);
        e.code = error.left(100);
        fail(e);
        return;
    }
    if (state != m_state) {
        const QString message = Tr::tr("The browser returned an answer that does not belong to this sign-in "
                                       "(state mismatch), so it was refused. Nothing was signed in.");
        m_handler->setCallbackText(page(Tr::tr("Sign-in refused"), message));
        ApiError e = ApiError::make(ApiError::Kind::Auth, message);
        e.code = u"oauthdesk.state_mismatch"_s;
        fail(e);
        return;
    }
    if (code.isEmpty()) {
        const QString message = Tr::tr("The browser returned no authorization code.");
        m_handler->setCallbackText(page(Tr::tr("Sign-in failed"), message));
        fail(ApiError::make(ApiError::Kind::Auth, message));
        return;
    }
    m_codeReceived = true;
    m_handler->setCallbackText(
        page(Tr::tr("Signed in to OAuth Desk"), Tr::tr("You can close this tab and return to OAuth Desk.")));
    m_timeout.start(TokenExchangeTimeout);
    Q_EMIT progress(Tr::tr("Completing the sign-in…"));
    // The flow goes on from here (it is connected after us) and posts the code with our verifier.
}

void PkceFlow::onTokenReply(const Result<TokenResponse> &result)
{
    if (stopped())
        return;
    m_timeout.stop();
    stopListening();
    wipe(m_verifier);
    if (!result) {
        qCInfo(lcAuth).noquote() << "browser sign-in: token exchange failed:" << result.error().summary();
        complete(result.error());
        return;
    }
    qCInfo(lcAuth) << "browser sign-in: token received";
    complete(result);
}

void PkceFlow::fail(ApiError error)
{
    if (stopped())
        return;
    m_timeout.stop();
    stopListening();
    wipe(m_verifier);
    qCInfo(lcAuth).noquote() << "browser sign-in failed:" << error.summary();
    complete(error);
}

void PkceFlow::onCancel()
{
    m_timeout.stop();
    stopListening();
    wipe(m_verifier);
    Sequence::onCancel();
}

void PkceFlow::stopListening()
{
    if (!m_handler)
        return;
    // Stop listening now: the port is free for a retry at once.
    m_handler->close();
    m_handler->onTokenReply = nullptr;
    // The browser connection that brought us here is a child of the handler and may still be
    // sending its page; this operation is deleted at the next turn of the event loop, so let the
    // handler live on a little longer (under the application, which deletes it at the latest when
    // it quits).
    m_handler->setParent(QCoreApplication::instance());
    QTimer::singleShot(BrowserPageGrace, m_handler.data(), &QObject::deleteLater);
}

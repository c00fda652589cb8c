// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/services/session.h"

#include "app/net/httplog.h"
#include "app/net/proxyfactory.h"
#include "app/security/credentialcheck.h"
#include "app/security/wipe.h"
#include "app/services/catalogservice.h"
#include "app/services/clientsservice.h"
#include "app/services/directoryservice.h"
#include "app/services/usageservice.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {
// Renew this long before the token expires.
constexpr auto RenewMargin = 120s;
} // namespace

Session::Session(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
    , m_api(new ApiClient(m_nam, this))
    , m_tokens(new TokenClient(m_api, this))
    , m_clients(new ClientsService(m_api, this))
    , m_usage(new UsageService(m_api, this))
    , m_catalog(new CatalogService(m_api, this))
    , m_directory(new DirectoryService(m_api, this))
{
    // No disk cache and no cookie jar: nothing of a response is written anywhere.
    m_nam->setCookieJar(nullptr);
    m_nam->setProxyFactory(new SystemProxyFactory); // the NAM owns it
    m_nam->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
    m_renewTimer.setSingleShot(true);
    connect(&m_renewTimer, &QTimer::timeout, this, [this] { renew([](bool) {}); });
    m_api->setReauthenticator([this](std::function<void(bool)> done) { renew(std::move(done)); });
}

Session::~Session()
{
    wipe(m_secret);
    wipe(m_refreshToken);
}

void Session::setEndpoints(const Endpoints &endpoints)
{
    m_api->setEndpoints(endpoints);
}

void Session::applyToken(const TokenResponse &token)
{
    m_api->setAccessToken(token.accessToken);
    if (!token.refreshToken.isEmpty())
        m_refreshToken = token.refreshToken;
    m_expiresAt = token.expiresAt;
    scheduleRenewal();
}

void Session::scheduleRenewal()
{
    m_renewTimer.stop();
    const bool canRenew = m_method == Method::ClientCredentials || !m_refreshToken.isEmpty();
    if (!canRenew || !m_expiresAt.isValid())
        return;
    const qint64 msLeft = QDateTime::currentDateTimeUtc().msecsTo(m_expiresAt) -
                          std::chrono::duration_cast<std::chrono::milliseconds>(RenewMargin).count();
    m_renewTimer.start(std::chrono::milliseconds(std::clamp<qint64>(msLeft, 1000, qint64(24) * 3600 * 1000)));
}

void Session::renew(std::function<void(bool)> done)
{
    auto finish = [this, done](const Result<TokenResponse> &r) {
        if (!r) {
            qCInfo(lcApi).noquote() << "token renewal failed:" << r.error().summary();
            done(false);
            return;
        }
        applyToken(r.value());
        Q_EMIT tokenRenewed(r->accessToken, r->expiresAt, m_refreshToken);
        done(true);
    };
    if (m_method == Method::ClientCredentials && !m_secret.isEmpty())
        m_tokens->clientCredentials(m_clientId, m_secret, this, finish);
    else if (!m_refreshToken.isEmpty())
        m_tokens->refresh(m_clientId, m_secret, m_refreshToken, this, finish);
    else
        done(false);
}

Operation *Session::confirmIdentity(QObject *context, Handler<TokenInfo> done)
{
    return m_directory->tokenInfo(context, [this, done = std::move(done)](const Result<TokenInfo> &r) {
        if (!r) {
            ApiError e = r.error();
            if (e.isHttp(401))
                e.kind = ApiError::Kind::Auth;
            signOut();
            done(e);
            return;
        }
        m_identity = r.value();
        Q_EMIT signedIn(m_identity);
        done(r);
    });
}

Operation *Session::signedInUnconfirmed(QObject *context, Handler<TokenInfo> done)
{
    // Answers from the event loop, as an operation does; nothing is sent.
    auto *op = new Sequence<TokenInfo>(this, context, std::move(done));
    QMetaObject::invokeMethod(
        op,
        [this, op] {
            if (op->stopped())
                return;
            Q_EMIT signedIn(m_identity);
            op->complete(m_identity);
        },
        Qt::QueuedConnection);
    return op;
}

Operation *Session::signInWithClientCredentials(const QString &clientId, const QByteArray &secret,
                                                QObject *context, Handler<TokenInfo> done)
{
    signOut();
    // From the environment, a profile's keychain entry or the sign-in dialog: checked before they
    // go into the Basic header.
    const Result<QByteArray> id = credentialcheck::check(clientId, credentialcheck::Kind::ClientId);
    if (!id)
        return failLater<TokenInfo>(this, context, std::move(done), id.error());
    const Result<QByteArray> checkedSecret =
        credentialcheck::check(secret, credentialcheck::Kind::ClientSecret);
    if (!checkedSecret)
        return failLater<TokenInfo>(this, context, std::move(done), checkedSecret.error());
    m_method = Method::ClientCredentials;
    m_clientId = QString::fromUtf8(id.value());
    m_secret = checkedSecret.value();
    auto *op = new Sequence<TokenInfo>(this, context, std::move(done));
    op->track(
        m_tokens->clientCredentials(m_clientId, m_secret, op, [this, op](const Result<TokenResponse> &r) {
            if (op->stopped())
                return;
            if (!r) {
                signOut();
                op->complete(r.error());
                return;
            }
            applyToken(r.value());
            if (!m_confirmIdentity) {
                Q_EMIT signedIn(m_identity);
                op->complete(m_identity);
                return;
            }
            op->track(confirmIdentity(op, [op](const Result<TokenInfo> &info) { op->complete(info); }));
        }));
    return op;
}

Operation *Session::signInWithToken(const QByteArray &accessToken, QObject *context, Handler<TokenInfo> done,
                                    const QDateTime &expiresAt, const QByteArray &refreshToken,
                                    const QString &clientId)
{
    signOut();
    // A token from outside (pasted, the environment, the keychain): checked before it goes into a
    // header. The refresh token is checked where it is used (TokenClient::refresh).
    Result<QByteArray> checked = credentialcheck::check(accessToken, credentialcheck::Kind::AccessToken);
    if (!checked)
        return failLater<TokenInfo>(this, context, std::move(done), checked.error());
    m_method = refreshToken.isEmpty() ? Method::AccessToken : Method::AuthorizationCode;
    m_clientId = clientId;
    TokenResponse t;
    t.accessToken = checked.value();
    t.refreshToken = refreshToken;
    t.expiresAt = expiresAt;
    applyToken(t);
    if (!m_confirmIdentity)
        return signedInUnconfirmed(context, std::move(done));
    return confirmIdentity(context, std::move(done));
}

bool Session::adoptRegeneratedSecret(const QString &clientId, const QByteArray &secret)
{
    if (m_method != Method::ClientCredentials || clientId.isEmpty() || clientId != m_clientId)
        return false;
    wipe(m_secret);
    m_secret = secret;
    return true;
}

void Session::signOut()
{
    const bool was = m_method != Method::None;
    m_renewTimer.stop();
    m_api->clearAccessToken();
    wipe(m_secret);
    wipe(m_refreshToken);
    m_clientId.clear();
    m_expiresAt = {};
    m_identity = {};
    m_method = Method::None;
    if (was)
        Q_EMIT signedOut();
}

QString Session::describeIdentity() const
{
    if (!isSignedIn())
        return QCoreApplication::translate("Session", "Not signed in");
    QString who = m_identity.oauthClient.displayName();
    const QString org = m_identity.organization.displayName();
    const QString region = endpoints().regionId.isEmpty() ? endpoints().api.host() : endpoints().regionId;
    return u"%1 / %2 (%3)"_s.arg(org.isEmpty() ? u"?"_s : org, who.isEmpty() ? u"?"_s : who, region);
}

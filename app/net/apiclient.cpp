// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/net/apiclient.h"

#include "app/net/httplog.h"
#include "app/net/ratebudgetledger.h"
#include "app/security/credentialcheck.h"

#include <QNetworkRequest>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

ApiClient::ApiClient(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_budget(new RateBudget(this))
{}

ApiClient::~ApiClient() = default;

void ApiClient::setEndpoints(const Endpoints &endpoints)
{
    m_endpoints = endpoints;
}

void ApiClient::setAccessToken(const QByteArray &token)
{
    if (token != m_token) {
        m_budget->reset(); // the platform counts per token
        // ... whichever process sends with it: the GUI and CLI runs on this computer share it.
        m_budget->setLedger(RateBudgetLedger::forToken(token));
    }
    m_token = token;
}

void ApiClient::clearAccessToken()
{
    m_token.fill('\0');
    m_token.clear();
    m_budget->reset();
    m_budget->setLedger(nullptr);
}

void ApiClient::setRetryPolicy(const RetryPolicy &policy)
{
    m_policy = policy;
    m_budget->setTimeScale(policy.timeScale);
}

void ApiClient::setReauthenticator(Reauthenticator reauth)
{
    m_reauth = std::move(reauth);
}

QByteArray ApiClient::acceptLanguageFor(const QLocale &locale)
{
    // QLocale::bcp47Name() gives only "de" for de_DE; the API wants language-region.
    const QString name = locale.name(); // "de_DE"
    QString lang = name.section(u'_', 0, 0).toLower();
    QString region = name.section(u'_', 1, 1).toLower();
    if (lang.isEmpty() || lang == "c"_L1) {
        lang = u"en"_s;
        region = u"us"_s;
    }
    if (region.isEmpty())
        region = lang == "en"_L1 ? u"us"_s : lang;
    return (lang + u'-' + region).toLatin1();
}

void ApiClient::setLanguage(const QLocale &locale)
{
    const QByteArray value = acceptLanguageFor(locale);
    if (value == m_acceptLanguage)
        return;
    m_acceptLanguage = value;
    Q_EMIT languageChanged();
}

QByteArray ApiClient::userAgent()
{
    return QByteArrayLiteral("OAuthDesk/" OAUTHDESK_VERSION);
}

ApiCall *ApiClient::send(ApiRequest request)
{
    auto *call = new ApiCall(this, std::move(request), m_nextId++);
    call->start();
    return call;
}

QUrl ApiClient::resolveServerUri(const QString &uri) const
{
    if (uri.isEmpty())
        return {};
    const QUrl given(uri, QUrl::TolerantMode);
    if (!given.isValid())
        return {};
    if (given.isRelative() && given.host().isEmpty()) {
        QUrl out = m_endpoints.api;
        out.setPath(m_endpoints.api.path() + given.path(QUrl::FullyEncoded), QUrl::TolerantMode);
        out.setQuery(given.query(QUrl::FullyEncoded), QUrl::TolerantMode);
        return out;
    }
    if (given.scheme() != m_endpoints.api.scheme() || given.host() != m_endpoints.api.host() ||
        given.port(given.scheme() == "https"_L1 ? 443 : 80) !=
            m_endpoints.api.port(m_endpoints.api.scheme() == "https"_L1 ? 443 : 80))
        return {}; // never follow a server-given URL to another host with our token
    return given;
}

QDateTime ApiClient::serverNow() const
{
    return QDateTime::currentDateTimeUtc().addMSecs(m_serverClockOffsetMs.value_or(0));
}

Result<QNetworkRequest> ApiClient::buildRequest(const ApiRequest &r) const
{
    QUrl url;
    if (r.url.isValid()) {
        url = r.url;
    } else {
        const QUrl &base = r.base == ApiRequest::Base::Api ? m_endpoints.api : m_endpoints.login;
        if (!base.isValid())
            return ApiError::make(ApiError::Kind::Validation,
                                  tr("The request has no valid URL (is the session signed in?)."));
        url = base;
        // The path is already percent-encoded; TolerantMode keeps "%3A" as it is (the default
        // mode would send "%253A", an unencoded setPath a literal ':').
        url.setPath(base.path() + r.path, QUrl::TolerantMode);
    }
    if (!r.query.isEmpty())
        url.setQuery(r.query);
    if (!url.isValid())
        return ApiError::make(ApiError::Kind::Validation,
                              tr("The request has no valid URL (is the session signed in?)."));

    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    req.setRawHeader("Accept", "application/json");
    if (!r.body.isEmpty() || r.method == "POST" || r.method == "PUT")
        req.setHeader(QNetworkRequest::ContentTypeHeader, r.contentType);
    req.setRawHeader("Accept-Language", m_acceptLanguage);
    switch (r.auth) {
    case ApiRequest::Auth::Bearer:
        if (!m_token.isEmpty()) {
            // The entry points check tokens (credentialcheck); this is the last line of defence.
            if (!credentialcheck::isB64Token(m_token))
                return credentialcheck::check(m_token, credentialcheck::Kind::AccessToken).error();
            req.setRawHeader("Authorization", "Bearer " + m_token);
        }
        break;
    case ApiRequest::Auth::Basic:
        if (!credentialcheck::isB64Token(r.basicCredentials))
            return credentialcheck::check(r.basicCredentials, credentialcheck::Kind::ClientSecret).error();
        req.setRawHeader("Authorization", "Basic " + r.basicCredentials);
        break;
    case ApiRequest::Auth::None:
        break;
    }
    // Nothing from outside may end a header line and start a request of its own.
    for (const QByteArray &name : req.rawHeaderList()) {
        if (!credentialcheck::isSafeHeaderValue(req.rawHeader(name)))
            return ApiError::make(ApiError::Kind::Validation,
                                  tr("The header %1 would contain a line break or control character; "
                                     "nothing was sent.")
                                      .arg(QString::fromLatin1(name)));
    }
    req.setTransferTimeout(int(m_policy.transferTimeout.count()));
    // The API does not redirect; if something in between does, never leave the origin.
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    return req;
}

void ApiClient::startTimeLimit(std::chrono::milliseconds limit)
{
    m_timeLimit = std::max(limit, std::chrono::milliseconds(0));
    m_timeLimitEnd =
        m_timeLimit.count() > 0 ? deadlineIn(m_timeLimit).timer : QDeadlineTimer(QDeadlineTimer::Forever);
}

std::optional<CallDeadline> ApiClient::currentDeadline() const
{
    if (m_timeLimit.count() <= 0)
        return std::nullopt;
    return CallDeadline{m_timeLimitEnd, m_timeLimit};
}

CallDeadline ApiClient::deadlineIn(std::chrono::milliseconds limit) const
{
    return CallDeadline{QDeadlineTimer(m_policy.scaled(limit), Qt::PreciseTimer), limit};
}

void ApiClient::callStarted()
{
    if (m_inFlight++ == 0)
        Q_EMIT busyChanged(true);
}

void ApiClient::callEnded(const ApiCall *)
{
    if (m_inFlight > 0 && --m_inFlight == 0)
        Q_EMIT busyChanged(false);
}

void ApiClient::reauthenticate(QObject *context, std::function<void(bool)> done)
{
    if (!m_reauth) {
        done(false);
        return;
    }
    m_reauthWaiters.append({context, std::move(done)});
    if (m_reauthRunning)
        return;
    m_reauthRunning = true;
    m_reauth([this](bool ok) {
        m_reauthRunning = false;
        const auto waiters = std::exchange(m_reauthWaiters, {});
        for (const auto &[ctx, fn] : waiters) {
            if (ctx)
                fn(ok);
        }
    });
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/net/apiclient.h"

#include "app/net/httplog.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>

#include <cstring>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {
bool isTransientStatus(int status)
{
    return status == 502 || status == 503 || status == 504;
}

// An upload body that can be read once and never rewound. QNetworkAccessManager silently sends a
// request again when the server closes the connection before answering, POST included (seen with
// Qt 6.4: the server received the POST twice). With this device and DoNotBufferUploadDataAttribute
// it cannot: the reply ends with ContentReSendError instead, which we report as "outcome unknown".
class OneShotUploadDevice final : public QIODevice
{
public:
    OneShotUploadDevice(QByteArray data, QObject *parent)
        : QIODevice(parent)
        , m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }
    bool reset() override { return false; }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = std::min<qint64>(max, m_data.size() - m_pos);
        if (n > 0)
            std::memcpy(out, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};
} // namespace

// ---------------------------------------------------------------------------------------------
// ApiRequest

QString ApiRequest::segment(const QString &raw)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(raw));
}

ApiRequest ApiRequest::get(const QString &path, const QUrlQuery &query)
{
    ApiRequest r;
    r.path = path;
    r.query = query;
    return r;
}

ApiRequest ApiRequest::post(const QString &path, const QJsonObject &body)
{
    ApiRequest r;
    r.method = "POST";
    r.path = path;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

ApiRequest ApiRequest::postEmpty(const QString &path)
{
    ApiRequest r;
    r.method = "POST";
    r.path = path;
    return r;
}

ApiRequest ApiRequest::put(const QString &path, const QJsonObject &body)
{
    ApiRequest r = post(path, body);
    r.method = "PUT";
    return r;
}

ApiRequest ApiRequest::del(const QString &path)
{
    ApiRequest r;
    r.method = "DELETE";
    r.path = path;
    return r;
}

// ---------------------------------------------------------------------------------------------
// ApiCall

ApiCall::ApiCall(ApiClient *client, ApiRequest request, quint64 id)
    : Operation(client)
    , m_client(client)
    , m_request(std::move(request))
    , m_id(id)
{
    m_retryTimer.setSingleShot(true);
    // Retry-After is a minimum: a coarse timer may fire up to 5% early.
    m_retryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiCall::sendAttempt);
    // The transfer timeout only sees silence; a server that sends a byte now and then would hold
    // the call forever. The abort reads as a Timeout (m_aborting stays false).
    m_attemptTimer.setSingleShot(true);
    connect(&m_attemptTimer, &QTimer::timeout, this, [this] {
        if (m_reply)
            m_reply->abort();
    });
}

ApiCall::~ApiCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QByteArray ApiCall::header(const QByteArray &name) const
{
    for (const auto &[k, v] : m_headers) {
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

QString ApiCall::describe() const
{
    const QString target = m_request.url.isValid() ? m_request.url.path() : m_request.path;
    return u"#%1 %2 %3"_s.arg(m_id).arg(QString::fromLatin1(m_request.method), target);
}

void ApiCall::start()
{
    m_elapsed.start();
    if (m_client)
        m_client->callStarted();
    sendAttempt();
}

void ApiCall::sendAttempt()
{
    if (isFinished() || !m_client)
        return;
    ++m_attempts;
    m_sslErrors.clear();
    const QNetworkRequest req = m_client->buildRequest(m_request);
    if (!req.url().isValid()) {
        fail(ApiError::make(ApiError::Kind::Validation,
                            tr("The request has no valid URL (is the session signed in?).")));
        return;
    }
    if (lcHttp().isDebugEnabled()) {
        QByteArray headers;
        for (const QByteArray &h : req.rawHeaderList())
            headers += "\n    " + h + ": " + httplog::redactHeader(h, req.rawHeader(h));
        qCDebug(lcHttp).noquote() << u"→ #%1 %2 %3 (attempt %4)"_s.arg(m_id)
                                         .arg(QString::fromLatin1(m_request.method),
                                              httplog::redactUrl(req.url()))
                                         .arg(m_attempts)
                                  << headers
                                  << httplog::redactBody(req.url(), m_request.contentType, m_request.body);
    }
    QNetworkAccessManager *nam = m_client->networkAccessManager();
    QNetworkReply *reply = nullptr;
    if (!m_request.idempotent()) {
        QNetworkRequest once = req;
        once.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        once.setHeader(QNetworkRequest::ContentLengthHeader, m_request.body.size());
        auto *device = new OneShotUploadDevice(m_request.body, this);
        reply = nam->sendCustomRequest(once, m_request.method, device);
        device->setParent(reply);
    } else if (m_request.method == "GET")
        reply = nam->get(req);
    else if (m_request.method == "DELETE" && m_request.body.isEmpty())
        reply = nam->deleteResource(req);
    else
        reply = nam->sendCustomRequest(req, m_request.method, m_request.body);
    m_reply = reply;
    m_attemptTimer.start(m_client->retryPolicy().attemptTimeout);
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Recorded for the message only. SSL errors are never ignored.
        for (const QSslError &e : errors)
            m_sslErrors.append(e.errorString());
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        // `total` is the Content-Length the server announced (-1 when none): refuse early.
        if (m_reply && m_client && std::max(received, total) > m_client->maxResponseBytes()) {
            m_tooLarge = true;
            m_reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
}

ApiError ApiCall::transportError(QNetworkReply *reply) const
{
    ApiError e;
    e.message = reply->errorString();
    switch (reply->error()) {
    case QNetworkReply::HostNotFoundError:
        e.kind = ApiError::Kind::HostNotFound;
        break;
    case QNetworkReply::ConnectionRefusedError:
        e.kind = ApiError::Kind::ConnectionRefused;
        break;
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ContentReSendError: // a POST that Qt would have sent again; see OneShotUploadDevice
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::UnknownNetworkError:
        e.kind = ApiError::Kind::ConnectionLost;
        break;
    case QNetworkReply::TimeoutError:
        e.kind = ApiError::Kind::Timeout;
        break;
    case QNetworkReply::OperationCanceledError:
        // Our own abort() is cancel(); otherwise it is the transfer timeout.
        e.kind = m_aborting ? ApiError::Kind::Cancelled : ApiError::Kind::Timeout;
        break;
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::UnknownServerError:
        if (reply->error() == QNetworkReply::SslHandshakeFailedError || !m_sslErrors.isEmpty()) {
            e.kind = ApiError::Kind::Tls;
            if (!m_sslErrors.isEmpty())
                e.message = m_sslErrors.join(u"; "_s);
        } else {
            e.kind = ApiError::Kind::Network;
        }
        break;
    default:
        e.kind = m_sslErrors.isEmpty() ? ApiError::Kind::Network : ApiError::Kind::Tls;
        if (!m_sslErrors.isEmpty())
            e.message = m_sslErrors.join(u"; "_s);
        break;
    }
    return e;
}

void ApiCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || isFinished())
        return;
    m_attemptTimer.stop();
    m_reply = nullptr;
    reply->deleteLater();

    m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_headers = reply->rawHeaderPairs();
    m_body = reply->readAll();
    if (const QDateTime serverDate = parseHttpDate(header("date")); serverDate.isValid() && m_client)
        m_client->m_serverClockOffsetMs = QDateTime::currentDateTimeUtc().msecsTo(serverDate);

    qCDebug(lcHttp).noquote() << u"← #%1 %2 in %3 ms"_s.arg(m_id).arg(m_status).arg(m_elapsed.elapsed())
                              << httplog::redactBody(reply->url(), header("content-type"), m_body);

    if (m_tooLarge) {
        // Not retried: the same server would send the same answer. A POST was answered, so it
        // took effect as far as we know: the caller looks instead of sending it again.
        ApiError e =
            ApiError::make(ApiError::Kind::BadResponse,
                           tr("The server's answer is larger than %1 MB; OAuth Desk stopped reading it.")
                               .arg(m_client ? m_client->maxResponseBytes() >> 20 : 0));
        e.outcomeUnknown = !m_request.idempotent();
        fail(e);
        return;
    }
    // A reply without a status line is a transport failure.
    if (m_status == 0 || (reply->error() != QNetworkReply::NoError && m_status >= 200 && m_status < 300)) {
        ApiError e = transportError(reply);
        if (e.kind == ApiError::Kind::Cancelled) {
            fail(e);
            return;
        }
        const bool mayHaveReached = e.kind == ApiError::Kind::ConnectionLost ||
                                    e.kind == ApiError::Kind::Timeout || e.kind == ApiError::Kind::Network;
        if (m_request.idempotent() && mayHaveReached) {
            if (auto wait = m_client->retryPolicy().afterServerError(++m_transientFailures)) {
                retryIn(*wait, e.userMessage());
                return;
            }
        }
        // A POST is never sent twice once it may have reached the server: a retry could create
        // a second client or rotate a secret twice.
        e.outcomeUnknown = !m_request.idempotent() && mayHaveReached;
        fail(e);
        return;
    }

    if (m_status >= 200 && m_status < 300) {
        succeed();
        return;
    }

    ApiError e = ApiError::fromErrorBody(m_status, m_body);
    e.correlationId = QString::fromLatin1(header("inin-correlation-id"));
    const std::optional<std::chrono::milliseconds> retryAfter =
        parseRetryAfter(header("retry-after"), QDateTime::currentDateTimeUtc());
    if (retryAfter)
        e.retryAfter = *retryAfter;

    if (m_status == 429) {
        // A 429 is a refusal before any effect, so even a POST may be sent again.
        ++m_attempts429;
        if (auto wait = m_client->retryPolicy().after429(m_attempts429, retryAfter)) {
            retryIn(*wait, tr("Rate limited; waiting %1 s as the server asked.")
                               .arg(double(wait->count()) / 1000.0, 0, 'f', 1));
            return;
        }
        const auto asked = retryAfter.value_or(m_client->retryPolicy().defaultRetryAfter);
        if (asked > m_client->retryPolicy().maxRetryAfter)
            e.message =
                tr("The platform asks to wait %1 minutes (Retry-After), longer than OAuth Desk waits. "
                   "Try again later.")
                    .arg(asked.count() / 60000.0, 0, 'f', 0) +
                u' ' + e.message;
        else
            e.message = tr("Still rate limited after %1 attempts.").arg(m_attempts) + u' ' + e.message;
        fail(e);
        return;
    }
    if (isTransientStatus(m_status) && m_request.idempotent()) {
        if (auto wait = m_client->retryPolicy().afterServerError(++m_transientFailures)) {
            if (retryAfter && *retryAfter > *wait && *retryAfter <= m_client->retryPolicy().maxRetryAfter)
                wait = m_client->retryPolicy().scaled(*retryAfter);
            retryIn(*wait, tr("The server is busy (HTTP %1); trying again.").arg(m_status));
            return;
        }
    }
    if (m_status == 401 && m_request.auth == ApiRequest::Auth::Bearer && !m_reauthTried) {
        m_reauthTried = true;
        m_client->reauthenticate(this, [this](bool ok) {
            if (isFinished())
                return;
            if (ok) {
                --m_attempts; // the re-authentication is not the caller's retry
                sendAttempt();
            } else {
                ApiError again = ApiError::fromErrorBody(401, m_body);
                again.correlationId = QString::fromLatin1(header("inin-correlation-id"));
                fail(again);
            }
        });
        return;
    }
    if (m_status >= 500 && !m_request.idempotent())
        e.outcomeUnknown = true;
    fail(e);
}

void ApiCall::retryIn(std::chrono::milliseconds delay, const QString &why)
{
    qCInfo(lcApi).noquote() << describe() << "retry in" << delay.count() << "ms:" << why;
    Q_EMIT progress(why);
    m_retryTimer.start(delay);
}

void ApiCall::succeed()
{
    m_error = {};
    end();
}

void ApiCall::fail(ApiError error)
{
    error.method = QString::fromLatin1(m_request.method);
    error.url = m_request.url.isValid() ? m_request.url.path() : m_request.path;
    if (error.httpStatus == 0 && m_status > 0 && error.kind == ApiError::Kind::Http)
        error.httpStatus = m_status;
    m_error = std::move(error);
    if (m_error.kind != ApiError::Kind::Cancelled) {
        qCInfo(lcApi).noquote() << describe() << "failed:" << m_error.summary();
        if (m_client) {
            Q_EMIT m_client->callFailed(m_error);
            if (m_error.isHttp(401) && m_request.auth == ApiRequest::Auth::Bearer)
                Q_EMIT m_client->authenticationRequired(m_error);
        }
    }
    end();
}

void ApiCall::end()
{
    m_retryTimer.stop();
    m_attemptTimer.stop();
    if (m_client)
        m_client->callEnded(this);
    finish();
}

void ApiCall::onCancel()
{
    m_retryTimer.stop();
    if (m_reply) {
        m_aborting = true;
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    fail(ApiError::make(ApiError::Kind::Cancelled, QString()));
}

QDebug operator<<(QDebug dbg, const ApiCall *call)
{
    QDebugStateSaver saver(dbg);
    if (!call)
        return dbg << "ApiCall(null)";
    return dbg.noquote() << "ApiCall(" << call->describe() << ", status " << call->status() << ")";
}

// ---------------------------------------------------------------------------------------------
// ApiClient

ApiClient::ApiClient(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{}

ApiClient::~ApiClient() = default;

void ApiClient::setEndpoints(const Endpoints &endpoints)
{
    m_endpoints = endpoints;
}

void ApiClient::setAccessToken(const QByteArray &token)
{
    m_token = token;
}

void ApiClient::clearAccessToken()
{
    m_token.fill('\0');
    m_token.clear();
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

QNetworkRequest ApiClient::buildRequest(const ApiRequest &r) const
{
    QUrl url;
    if (r.url.isValid()) {
        url = r.url;
    } else {
        const QUrl &base = r.base == ApiRequest::Base::Api ? m_endpoints.api : m_endpoints.login;
        if (!base.isValid())
            return QNetworkRequest();
        url = base;
        // The path is already percent-encoded; TolerantMode keeps "%3A" as it is (the default
        // mode would send "%253A", an unencoded setPath a literal ':').
        url.setPath(base.path() + r.path, QUrl::TolerantMode);
    }
    if (!r.query.isEmpty())
        url.setQuery(r.query);

    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    req.setRawHeader("Accept", "application/json");
    if (!r.body.isEmpty() || r.method == "POST" || r.method == "PUT")
        req.setHeader(QNetworkRequest::ContentTypeHeader, r.contentType);
    req.setRawHeader("Accept-Language", m_acceptLanguage);
    switch (r.auth) {
    case ApiRequest::Auth::Bearer:
        if (!m_token.isEmpty())
            req.setRawHeader("Authorization", "Bearer " + m_token);
        break;
    case ApiRequest::Auth::Basic:
        req.setRawHeader("Authorization", "Basic " + r.basicCredentials);
        break;
    case ApiRequest::Auth::None:
        break;
    }
    req.setTransferTimeout(int(m_policy.transferTimeout.count()));
    // The API does not redirect; if something in between does, never leave the origin.
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    return req;
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

// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/net/apicall.h"

#include "app/net/apiclient.h"
#include "app/net/httplog.h"
#include "models/json/json.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>

#include <climits>
#include <cstring>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {
// See ApiCall::sendAttempt.
constexpr qint64 ReadAhead = qint64(4) << 20;

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
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        endWait();
        sendAttempt();
    });
    // The transfer timeout only sees silence; a server that sends a byte now and then would hold
    // the call forever. The abort reads as a Timeout (m_aborting stays false).
    m_attemptTimer.setSingleShot(true);
    m_attemptTimer.setTimerType(Qt::PreciseTimer);
    // The deadline runs while an attempt waits for the rate budget.
    m_budgetTimer.setSingleShot(true);
    m_budgetTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_budgetTimer, &QTimer::timeout, this, [this] {
        stopBudgetWait();
        fail(deadlineError());
    });
    connect(&m_attemptTimer, &QTimer::timeout, this, [this] {
        if (!m_reply)
            return;
        m_attemptTimedOut = true;
        m_deadlineHit = m_deadline && m_deadline->timer.hasExpired();
        m_reply->abort();
    });
}

ApiCall::~ApiCall()
{
    stopBudgetWait();
    settleBudget();
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
    if (m_client) {
        m_client->callStarted();
        m_deadline = m_request.deadline ? m_request.deadline : m_client->currentDeadline();
    }
    m_starting = true;
    sendAttempt();
    m_starting = false;
}

void ApiCall::refuse(ApiError error)
{
    if (!m_starting) {
        fail(std::move(error));
        return;
    }
    // Refused before the first attempt, inside send(): the caller connects its handler only after
    // send() returns, so the failure waits for the event loop.
    QMetaObject::invokeMethod(
        this, [this, error = std::move(error)] { fail(error); }, Qt::QueuedConnection);
}

void ApiCall::readBody(QNetworkReply *reply)
{
    // Read as it arrives, straight into the body: the reply's own buffer stays small, so a large
    // answer is held once, not twice (readAll() at the end copied it out of that buffer).
    if (m_body.isEmpty() && m_body.capacity() == 0) {
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (announced > 0 && announced <= responseCap())
            m_body.reserve(qsizetype(announced) + json::BodySlack);
    }
    const qint64 available = reply->bytesAvailable();
    if (available <= 0)
        return;
    // The cap holds here too: downloadProgress may come late while the data keeps arriving.
    if (const qint64 cap = responseCap(); cap > 0 && m_body.size() + available > cap) {
        m_tooLarge = true;
        reply->abort();
        return;
    }
    const qsizetype before = m_body.size();
    m_body.resize(before + qsizetype(available));
    const qint64 read = reply->read(m_body.data() + before, available);
    m_body.resize(before + qsizetype(std::max<qint64>(read, 0)));
}

qint64 ApiCall::responseCap() const
{
    if (!m_client)
        return 0;
    return m_request.largeResponse ? m_client->maxResponseBytes() : m_client->maxSmallResponseBytes();
}

QByteArray ApiCall::withoutOwnSecrets(QByteArray body) const
{
    // A server (or a proxy) that echoes the request in its error text would otherwise put the
    // token or the client secret into a message that is printed, logged or shown.
    QList<QByteArray> secrets;
    if (m_client && m_request.auth == ApiRequest::Auth::Bearer)
        secrets.append(m_client->m_token);
    if (m_request.auth == ApiRequest::Auth::Basic) {
        secrets.append(m_request.basicCredentials);
        const QByteArray pair = QByteArray::fromBase64(m_request.basicCredentials);
        if (const qsizetype colon = pair.indexOf(':'); colon >= 0)
            secrets.append(pair.mid(colon + 1));
    }
    for (const QByteArray &secret : secrets) {
        if (secret.size() >= 8) // shorter ones would redact ordinary words
            body.replace(secret, "[redacted]");
    }
    return body;
}

ApiError ApiCall::deadlineError() const
{
    const qint64 seconds =
        m_deadline ? std::chrono::ceil<std::chrono::seconds>(m_deadline->limit).count() : 0;
    ApiError e = ApiError::make(ApiError::Kind::Timeout,
                                tr("Timed out after %1 s (the time limit of this operation).").arg(seconds));
    e.code = DeadlineCode;
    return e;
}

QString ApiCall::deadlineNote(const Wait &wait) const
{
    const qint64 limit = m_deadline ? std::chrono::ceil<std::chrono::seconds>(m_deadline->limit).count() : 0;
    return tr("OAuth Desk gave up instead of waiting %1 s more: the next attempt could not finish within "
              "the time limit of %2 s.")
        .arg(std::chrono::ceil<std::chrono::seconds>(wait.asked).count())
        .arg(limit);
}

bool ApiCall::paced() const
{
    return m_request.auth == ApiRequest::Auth::Bearer &&
           (m_request.url.isValid() || m_request.base == ApiRequest::Base::Api);
}

bool ApiCall::waitForBudget()
{
    if (std::exchange(m_budgetGranted, false) || !paced())
        return false;
    RateBudget *budget = m_client->rateBudget();
    const qint64 wait = budget->waitEstimate().count();
    qint64 remaining = -1;
    if (wait > 0) {
        if (m_deadline) {
            remaining = m_deadline->timer.remainingTime();
            if (remaining >= 0 && wait >= remaining) {
                qCInfo(lcApi).noquote() << describe() << "not sent: the rate budget frees a slot in" << wait
                                        << "ms, after the deadline";
                refuse(deadlineError());
                return true;
            }
        }
        const int left = budget->left();
        const int capacity = budget->capacity();
        qCInfo(lcApi).noquote() << u"rate budget: waiting %1 s (%2 of %3 left, %4 queued) before %5"_s
                                       .arg(double(wait) / 1000.0, 0, 'f', 1)
                                       .arg(left)
                                       .arg(capacity)
                                       .arg(budget->queued())
                                       .arg(describe());
    }
    m_budgetWaiting = true;
    budget->acquire(
        this,
        [this] {
            m_budgetWaiting = false;
            m_budgetTimer.stop();
            m_budgetGranted = true;
            sendAttempt();
        },
        true); // counted until its answer: settleBudget()
    if (m_budgetWaiting && m_deadline) {
        // The estimate may be off (a 429 lowers the budget meanwhile): the deadline still holds.
        remaining = m_deadline->timer.remainingTime();
        if (remaining >= 0)
            m_budgetTimer.start(int(std::min<qint64>(remaining, INT_MAX)));
    }
    return true;
}

void ApiCall::settleBudget()
{
    if (m_client)
        m_client->rateBudget()->settle(this);
}

void ApiCall::stopBudgetWait()
{
    m_budgetTimer.stop();
    if (!std::exchange(m_budgetWaiting, false))
        return;
    if (m_client)
        m_client->rateBudget()->release(this);
}

void ApiCall::sendAttempt()
{
    if (isFinished() || !m_client)
        return;
    if (m_deadline && m_deadline->timer.hasExpired()) {
        refuse(deadlineError());
        return;
    }
    if (waitForBudget())
        return;
    ++m_attempts;
    m_sslErrors.clear();
    m_answerStarted = false;
    m_attemptTimedOut = false;
    m_deadlineHit = false;
    m_tooLarge = false;
    m_body = QByteArray();
    Result<QNetworkRequest> built = m_client->buildRequest(m_request);
    if (!built) {
        refuse(built.error());
        return;
    }
    const QNetworkRequest &req = built.value();
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
    // The network thread reads no further ahead than this: without a bound it buffers whatever a
    // fast server sends while this thread copies, and a flood costs twice the cap and more.
    reply->setReadBufferSize(ReadAhead);
    std::chrono::milliseconds attemptLimit = m_client->retryPolicy().attemptTimeout;
    if (m_deadline)
        attemptLimit = std::min(
            attemptLimit, std::chrono::milliseconds(std::max<qint64>(0, m_deadline->timer.remainingTime())));
    m_attemptTimer.start(attemptLimit);
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Recorded for the message only. SSL errors are never ignored.
        for (const QSslError &e : errors)
            m_sslErrors.append(e.errorString());
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this] { m_answerStarted = true; });
    connect(reply, &QNetworkReply::readyRead, this, [this] {
        if (m_reply)
            readBody(m_reply);
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        if (received > 0)
            m_answerStarted = true;
        // `total` is the Content-Length the server announced (-1 when none): refuse early.
        if (m_reply && m_client && std::max(received, total) > responseCap()) {
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
    settleBudget(); // the server has counted it by now

    m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_headers = reply->rawHeaderPairs();
    // An aborted reply (attempt limit, deadline, size cap) is closed: reading it would only warn
    // "device not open".
    if (reply->isOpen())
        readBody(reply);
    // The room the JSON parser wants after the end (json::BodySlack), so that large listings are
    // parsed in place instead of copied (realloc usually grows a block this size without moving it).
    m_body.reserve(m_body.size() + json::BodySlack);
    if (const QDateTime serverDate = parseHttpDate(header("date")); serverDate.isValid() && m_client)
        m_client->m_serverClockOffsetMs = QDateTime::currentDateTimeUtc().msecsTo(serverDate);

    qCDebug(lcHttp).noquote() << u"← #%1 %2 in %3 ms"_s.arg(m_id).arg(m_status).arg(m_elapsed.elapsed())
                              << httplog::redactBody(reply->url(), header("content-type"),
                                                     withoutOwnSecrets(m_body));

    const RetryPolicy &policy = m_client->retryPolicy();
    if (paced())
        m_client->rateBudget()->observeHeaders(m_headers);
    if (m_tooLarge) {
        // Not retried: the same server would send the same answer. A POST was answered, so it
        // took effect as far as we know: the caller looks instead of sending it again.
        m_body.clear();
        ApiError e =
            ApiError::make(ApiError::Kind::BadResponse,
                           tr("The server's answer is larger than %1 MB; OAuth Desk stopped reading it.")
                               .arg(responseCap() >> 20));
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
        // A POST is never sent twice once it may have reached the server: a retry could create
        // a second client or rotate a secret twice.
        e.outcomeUnknown = !m_request.idempotent() && mayHaveReached;
        if (m_deadlineHit) {
            ApiError late = deadlineError();
            late.outcomeUnknown = e.outcomeUnknown;
            fail(late);
            return;
        }
        if (e.kind == ApiError::Kind::Timeout && m_answerStarted) {
            // The answer was arriving, only too slowly (a byte now and then): asking again would
            // cost the same wait once more.
            e.message =
                m_attemptTimedOut
                    ? tr("The server's answer was still arriving after %1 s; OAuth Desk stopped waiting.")
                          .arg(std::chrono::ceil<std::chrono::seconds>(policy.attemptTimeout).count())
                    : tr("The server stopped sending its answer halfway; OAuth Desk stopped waiting.");
            fail(e);
            return;
        }
        if (m_request.idempotent() && m_request.retryTransient && mayHaveReached) {
            if (auto wait = policy.afterServerError(++m_transientFailures)) {
                const Wait w{*wait, policy.serverErrorBackoff.at(m_transientFailures - 1),
                             e.kind == ApiError::Kind::Timeout ? tr("no answer in time")
                                                               : tr("connection lost"),
                             m_transientFailures + 1, policy.maxServerErrorAttempts()};
                if (retryAfter(w))
                    return;
                e.message += u' ' + deadlineNote(w);
            }
        }
        fail(e);
        return;
    }

    if (m_status >= 200 && m_status < 300) {
        succeed();
        return;
    }

    ApiError e = ApiError::fromErrorBody(m_status, withoutOwnSecrets(m_body));
    e.correlationId = QString::fromLatin1(header("inin-correlation-id"));
    const std::optional<std::chrono::milliseconds> retryAfterHeader =
        parseRetryAfter(header("retry-after"), QDateTime::currentDateTimeUtc());
    if (retryAfterHeader)
        e.retryAfter = *retryAfterHeader;

    if (m_status == 429) {
        // The budget of the token is lower than we thought: every call waits, not just this one
        // (unless the wait is longer than we wait at all: then each call says so itself).
        if (const auto asked = retryAfterHeader.value_or(policy.defaultRetryAfter);
            paced() && asked <= policy.maxRetryAfter)
            m_client->rateBudget()->onTooManyRequests(asked);
        // A 429 is a refusal before any effect, so even a POST may be sent again.
        ++m_attempts429;
        if (auto wait = policy.after429(m_attempts429, retryAfterHeader)) {
            const Wait w{*wait, retryAfterHeader.value_or(policy.defaultRetryAfter), tr("rate limited (429)"),
                         m_attempts429 + 1, policy.maxAttempts429};
            if (retryAfter(w))
                return;
            e.message = deadlineNote(w) + u' ' + e.message;
            fail(e);
            return;
        }
        const auto asked = retryAfterHeader.value_or(policy.defaultRetryAfter);
        if (asked > policy.maxRetryAfter)
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
    if (isTransientStatus(m_status) && m_request.idempotent() && m_request.retryTransient) {
        if (auto wait = policy.afterServerError(++m_transientFailures)) {
            std::chrono::milliseconds asked = policy.serverErrorBackoff.at(m_transientFailures - 1);
            if (retryAfterHeader && *retryAfterHeader > asked && *retryAfterHeader <= policy.maxRetryAfter) {
                asked = *retryAfterHeader;
                wait = policy.scaled(asked);
            }
            const Wait w{*wait, asked, tr("server unavailable (%1)").arg(m_status), m_transientFailures + 1,
                         policy.maxServerErrorAttempts()};
            if (retryAfter(w))
                return;
            e.message = deadlineNote(w) + u' ' + e.message;
            fail(e);
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
                ApiError again = ApiError::fromErrorBody(401, withoutOwnSecrets(m_body));
                again.correlationId = QString::fromLatin1(header("inin-correlation-id"));
                fail(again);
            }
        });
        return;
    }
    if (!m_request.idempotent()) {
        if (m_status == 503) {
            // The platform answers 503 before it carries a request out (service unavailable):
            // nothing happened, so there is nothing to look for, and the POST is not sent again.
            e.message =
                tr("The service is unavailable (HTTP 503); the request was not carried out and nothing "
                   "was changed. Try again later.") +
                (e.message.isEmpty() ? QString() : u' ' + e.message);
        } else if (m_status == 500 || m_status == 502 || m_status == 504) {
            // The answer of a request that may have been carried out was lost on the way.
            e.outcomeUnknown = true;
        }
    }
    fail(e);
}

bool ApiCall::retryAfter(const Wait &wait)
{
    if (m_deadline) {
        const qint64 left = m_deadline->timer.remainingTime();
        const qint64 needed =
            wait.delay.count() +
            m_client->retryPolicy().scaled(m_client->retryPolicy().retryMinimumTime).count();
        if (left >= 0 && left < needed) {
            qCInfo(lcApi).noquote() << describe()
                                    << "no retry: the next attempt would end after the deadline";
            return false;
        }
    }
    qCInfo(lcApi).noquote() << describe() << "retry in" << wait.delay.count() << "ms:" << wait.reason;
    if (wait.asked > ApiClient::AnnouncedWait && m_client) {
        m_waiting = true;
        Q_EMIT m_client->waiting(this, int(std::chrono::ceil<std::chrono::seconds>(wait.asked).count()),
                                 wait.reason, wait.attempt, wait.maxAttempts);
    } else {
        Q_EMIT progress(tr("Waiting %1 s: %2, attempt %3 of %4")
                            .arg(double(wait.asked.count()) / 1000.0, 0, 'f', 1)
                            .arg(wait.reason)
                            .arg(wait.attempt)
                            .arg(wait.maxAttempts));
    }
    m_retryTimer.start(wait.delay);
    return true;
}

void ApiCall::endWait()
{
    if (!m_waiting)
        return;
    m_waiting = false;
    if (m_client)
        Q_EMIT m_client->waitEnded(this);
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
    stopBudgetWait();
    settleBudget(); // an attempt the budget let go that ended without an answer
    m_retryTimer.stop();
    m_attemptTimer.stop();
    endWait();
    if (m_client)
        m_client->callEnded(this);
    finish();
}

void ApiCall::onCancel()
{
    stopBudgetWait(); // a call cancelled while it waits for the budget never sends
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

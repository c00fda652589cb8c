// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/net/operation.h"
#include "app/net/regions.h"
#include "app/net/retrypolicy.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QLocale>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>

#include <functional>
#include <optional>

QT_FORWARD_DECLARE_CLASS(QNetworkAccessManager)
QT_FORWARD_DECLARE_CLASS(QNetworkReply)
QT_FORWARD_DECLARE_CLASS(QNetworkRequest)

class ApiClient;

// When a call must be over, its retries included: the time limit of a CLI command (--timeout) or
// a usage poll's own limit.
struct CallDeadline
{
    QDeadlineTimer timer;               // already scaled by RetryPolicy::timeScale
    std::chrono::milliseconds limit{0}; // the limit as given (unscaled), for messages
};

// One HTTP request to the platform, described before it is sent.
struct ApiRequest
{
    enum class Base
    {
        Api,
        Login
    };
    enum class Auth
    {
        Bearer,
        Basic,
        None
    };

    QByteArray method = "GET";
    QString path; // percent-encoded, relative to the base ("/api/v2/oauth/scopes/analytics%3Areadonly")
    QUrl url;     // instead of path: a full URL the server gave (nextUri, resultsUri); same host only
    QUrlQuery query;
    QByteArray body;
    QByteArray contentType = "application/json";
    Base base = Base::Api;
    Auth auth = Auth::Bearer;
    QByteArray basicCredentials; // base64("id:secret") for Auth::Basic; never logged
    // false: one attempt even for an idempotent request (a 5xx or a lost connection fails at once; a
    // 429 is still waited out). For a look that must not hold things up (the search after a lost
    // create answer).
    bool retryTransient = true;
    // A listing or usage results: the answer may be large (ApiClient::maxResponseBytes). Any other
    // answer is capped at ApiClient::maxSmallResponseBytes.
    bool largeResponse = false;
    // Its own time limit instead of the ApiClient's (a usage poll keeps the query's limit).
    std::optional<CallDeadline> deadline;

    [[nodiscard]] bool idempotent() const { return method != "POST"; }

    // Percent-encodes one path segment as the official SDK does: everything but unreserved
    // characters, so "analytics:readonly" becomes "analytics%3Areadonly".
    [[nodiscard]] static QString segment(const QString &raw);
    [[nodiscard]] static ApiRequest get(const QString &path, const QUrlQuery &query = {});
    [[nodiscard]] static ApiRequest post(const QString &path, const QJsonObject &body);
    [[nodiscard]] static ApiRequest postEmpty(const QString &path);
    [[nodiscard]] static ApiRequest put(const QString &path, const QJsonObject &body);
    [[nodiscard]] static ApiRequest del(const QString &path);
};

// One request in flight, with its retries. Finishes exactly once (see Operation); read the
// outcome in a then() handler.
class ApiCall final : public Operation
{
    Q_OBJECT
public:
    ~ApiCall() override;

    // The code of the Timeout error a call ends with at its deadline.
    static inline const QString DeadlineCode = QStringLiteral("oauthdesk.deadline");

    [[nodiscard]] const ApiRequest &request() const { return m_request; }
    [[nodiscard]] bool ok() const { return !m_error.isError(); }
    [[nodiscard]] const ApiError &error() const { return m_error; }
    [[nodiscard]] int status() const { return m_status; }
    [[nodiscard]] const QByteArray &body() const { return m_body; }
    [[nodiscard]] QByteArray header(const QByteArray &name) const;
    [[nodiscard]] int attempts() const { return m_attempts; }
    [[nodiscard]] quint64 id() const { return m_id; }
    [[nodiscard]] QString describe() const; // "#12 GET /api/v2/oauth/clients" for logs

    // Runs `fn(const ApiCall &)` once when the call ends (also when cancelled), unless `context`
    // is destroyed first, in which case the call is cancelled. Returns this call.
    template<class F>
    ApiCall *then(QObject *context, F &&fn)
    {
        bindTo(context);
        // contextAlive(): while `context` is being destroyed it is still a receiver, and the cancel
        // its destruction starts finishes this call; the handler must not run then.
        connect(this, &Operation::finished, context, [this, f = std::forward<F>(fn)] {
            if (contextAlive())
                f(*this);
        });
        return this;
    }

protected:
    void onCancel() override;

private:
    friend class ApiClient;
    ApiCall(ApiClient *client, ApiRequest request, quint64 id);
    void start();
    void sendAttempt();
    // fail(), but from the event loop while send() has not returned yet.
    void refuse(ApiError error);
    void onReplyFinished();
    struct Wait
    {
        std::chrono::milliseconds delay; // scaled: what the timer waits
        std::chrono::milliseconds asked; // unscaled: what the server asked or the policy says
        QString reason;                  // "rate limited (429)"
        int attempt = 0;                 // the attempt that follows the wait
        int maxAttempts = 0;
    };
    // Waits, then sends the request again; false (nothing scheduled) when that attempt could not
    // finish before the deadline.
    [[nodiscard]] bool retryAfter(const Wait &wait);
    void endWait();
    [[nodiscard]] ApiError deadlineError() const;
    [[nodiscard]] QString deadlineNote(const Wait &wait) const;
    [[nodiscard]] qint64 responseCap() const;
    void readBody(QNetworkReply *reply);
    void succeed();
    void fail(ApiError error);
    void end();
    [[nodiscard]] ApiError transportError(QNetworkReply *reply) const;

    QPointer<ApiClient> m_client;
    ApiRequest m_request;
    quint64 m_id = 0;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    QTimer m_attemptTimer; // RetryPolicy::attemptTimeout: an answer that trickles in forever
    QElapsedTimer m_elapsed;
    std::optional<CallDeadline> m_deadline;
    QStringList m_sslErrors;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QByteArray m_body;
    ApiError m_error;
    int m_status = 0;
    int m_attempts = 0;
    int m_attempts429 = 0;
    int m_transientFailures = 0;
    bool m_reauthTried = false;
    bool m_aborting = false;
    bool m_tooLarge = false;        // aborted at the response cap (responseCap())
    bool m_answerStarted = false;   // this attempt's answer began to arrive (status line, bytes)
    bool m_attemptTimedOut = false; // this attempt was ended by m_attemptTimer
    bool m_deadlineHit = false;     // ... at the deadline
    bool m_waiting = false;         // a wait announced through ApiClient::waiting() runs
    bool m_starting = false;        // inside start(), that is inside ApiClient::send()
};

// The single entry point to the platform's HTTP API, over one QNetworkAccessManager. It builds
// every request (base URL, bearer token, Accept-Language, User-Agent, timeout), retries by the
// RetryPolicy, maps errors to ApiError, and logs through the redacting logger.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    explicit ApiClient(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~ApiClient() override;

    void setEndpoints(const Endpoints &endpoints);
    [[nodiscard]] const Endpoints &endpoints() const { return m_endpoints; }

    // The one place the bearer token is kept and attached.
    void setAccessToken(const QByteArray &token);
    [[nodiscard]] bool hasAccessToken() const { return !m_token.isEmpty(); }
    void clearAccessToken();

    // Called once per request on a 401 before it fails: re-authenticate silently (fetch a new
    // client-credentials token, refresh), then report whether a new token is set. Concurrent
    // 401s share one re-authentication.
    using Reauthenticator = std::function<void(std::function<void(bool ok)> done)>;
    void setReauthenticator(Reauthenticator reauth);

    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    [[nodiscard]] const RetryPolicy &retryPolicy() const { return m_policy; }

    // The largest answer read (bytes): a server that sends more, or says it will, gets a BadResponse
    // instead of the app's memory. Listings and usage results (ApiRequest::largeResponse) may be
    // large: 50,000 clients are about 15 MB. Every other answer is a few KB, so a few MB is
    // plenty; the smaller cap applies to it (never more than the large one).
    static constexpr qint64 DefaultMaxResponseBytes = qint64(128) << 20;
    static constexpr qint64 DefaultMaxSmallResponseBytes = qint64(4) << 20;
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }
    [[nodiscard]] qint64 maxResponseBytes() const { return m_maxResponseBytes; }
    void setMaxSmallResponseBytes(qint64 bytes) { m_maxSmallResponseBytes = bytes; }
    [[nodiscard]] qint64 maxSmallResponseBytes() const
    {
        return std::min(m_maxSmallResponseBytes, m_maxResponseBytes);
    }

    // An overall time limit for the calls started from now on (scaled by RetryPolicy::timeScale):
    // each call ends by then, its retries included. A retry that could not finish by then is not
    // started; an attempt still running then is aborted. 0 removes the limit. A command that works
    // through many clients starts it again before each client's requests; a usage poll keeps its
    // own limit (ApiRequest::deadline). None by default (the GUI has Cancel).
    void startTimeLimit(std::chrono::milliseconds limit);
    [[nodiscard]] std::chrono::milliseconds timeLimit() const { return m_timeLimit; }
    // The deadline a call started now gets (none without a time limit).
    [[nodiscard]] std::optional<CallDeadline> currentDeadline() const;
    // A deadline `limit` from now, scaled like the retry delays.
    [[nodiscard]] CallDeadline deadlineIn(std::chrono::milliseconds limit) const;

    // Waits shorter than this are not announced through waiting().
    static constexpr std::chrono::milliseconds AnnouncedWait{2000};

    // The Accept-Language value, sent on every request (the scope and authorization calls use it to
    // pick the language of descriptions; without it Qt would send the system locale): "en-us", "de-de".
    void setLanguage(const QLocale &locale);
    [[nodiscard]] QByteArray acceptLanguage() const { return m_acceptLanguage; }
    [[nodiscard]] static QByteArray acceptLanguageFor(const QLocale &locale);

    [[nodiscard]] ApiCall *send(ApiRequest request);

    // A URL the server gave (nextUri, resultsUri): relative paths resolve against the API base;
    // absolute URLs are accepted only on the API host. Returns an invalid QUrl otherwise.
    [[nodiscard]] QUrl resolveServerUri(const QString &uri) const;

    // The server's clock as last seen in a Date header (local clock when none was seen): used to
    // compare our time with the server's dateCreated.
    [[nodiscard]] QDateTime serverNow() const;

    [[nodiscard]] QNetworkAccessManager *networkAccessManager() const { return m_nam; }
    [[nodiscard]] int inFlight() const { return m_inFlight; }

    [[nodiscard]] static QByteArray userAgent();

Q_SIGNALS:
    void busyChanged(bool busy);
    // Every failed call, after its retries (for status displays and 403 handling).
    void callFailed(const ApiError &error);
    // A 401 that re-authentication could not fix: the user must sign in again.
    void authenticationRequired(const ApiError &error);
    // setLanguage() changed the Accept-Language value: descriptions fetched before are in the old
    // language (ScopeCatalog and the authorizations reload on it).
    void languageChanged();
    // `call` waits `seconds` (longer than AnnouncedWait, unscaled) before attempt `attempt` of
    // `maxAttempts`; `reason` is short ("rate limited (429)"). The CLI prints a line for it, the
    // main window shows it with a Cancel (call->cancel()). waitEnded() follows when the attempt
    // starts or the call ends.
    void waiting(ApiCall *call, int seconds, const QString &reason, int attempt, int maxAttempts);
    void waitEnded(ApiCall *call);

private:
    friend class ApiCall;
    // The request to send, or the reason it must not be sent (a header value with a line break).
    [[nodiscard]] Result<QNetworkRequest> buildRequest(const ApiRequest &r) const;
    void callStarted();
    void callEnded(const ApiCall *call);
    void reauthenticate(QObject *context, std::function<void(bool)> done);

    QNetworkAccessManager *m_nam;
    Endpoints m_endpoints;
    QByteArray m_token;
    QByteArray m_acceptLanguage = "en-us";
    RetryPolicy m_policy;
    Reauthenticator m_reauth;
    QList<QPair<QPointer<QObject>, std::function<void(bool)>>> m_reauthWaiters;
    bool m_reauthRunning = false;
    std::optional<qint64> m_serverClockOffsetMs;
    quint64 m_nextId = 1;
    int m_inFlight = 0;
    qint64 m_maxResponseBytes = DefaultMaxResponseBytes;
    qint64 m_maxSmallResponseBytes = DefaultMaxSmallResponseBytes;
    std::chrono::milliseconds m_timeLimit{0};
    QDeadlineTimer m_timeLimitEnd{QDeadlineTimer::Forever};
};

QDebug operator<<(QDebug dbg, const ApiCall *call);

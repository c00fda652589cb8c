// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/net/operation.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <optional>

QT_FORWARD_DECLARE_CLASS(QNetworkReply)

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
    // Requests to the API base with the bearer token count against the token's RateBudget.
    [[nodiscard]] bool paced() const;
    // Asks the budget for this attempt; false when the attempt may be sent now (the budget granted
    // it), true when it waits (sendAttempt() follows) or the call ended.
    [[nodiscard]] bool waitForBudget();
    void stopBudgetWait();
    // The attempt in flight was answered or ended: it counts from now (RateBudget::settle).
    void settleBudget();
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
    // `body` with this request's token or client secret replaced by "[redacted]".
    [[nodiscard]] QByteArray withoutOwnSecrets(QByteArray body) const;
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
    QTimer m_budgetTimer;  // the deadline while the attempt waits for the rate budget
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
    bool m_budgetWaiting = false;   // the attempt waits in the RateBudget's queue
    bool m_budgetGranted = false;   // the RateBudget let this attempt go
};

QDebug operator<<(QDebug dbg, const ApiCall *call);

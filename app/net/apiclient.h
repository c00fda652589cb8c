// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/net/apicall.h"
#include "app/net/ratebudget.h"
#include "app/net/regions.h"
#include "app/net/retrypolicy.h"

#include <QDeadlineTimer>
#include <QLocale>
#include <QPointer>

#include <functional>
#include <optional>

QT_FORWARD_DECLARE_CLASS(QNetworkAccessManager)
QT_FORWARD_DECLARE_CLASS(QNetworkRequest)

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

    // Also scales the rate budget's window by policy.timeScale.
    void setRetryPolicy(const RetryPolicy &policy);
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

    // The request budget of the current token (see RateBudget): every attempt of a request to the
    // API base with the bearer token waits for it; requests to the login host are not counted. A
    // new token (setAccessToken) starts a fresh budget; the limit is the profile's (or
    // --rate-limit), 300 per 60 s by default.
    [[nodiscard]] RateBudget *rateBudget() const { return m_budget; }

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
    RateBudget *m_budget;
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

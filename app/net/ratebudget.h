// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <deque>
#include <functional>

// The request budget of one access token (CONTRACT-EXT.md, rate limits). Genesys Cloud allows each
// token a number of requests per minute (300 by default for client credentials) and answers 429
// beyond it; since 2021 it no longer says how much is left, so the budget is kept here: the
// requests sent in the last `window` are counted (a sliding window), and a request beyond
// `limit - margin` waits until the oldest one leaves the window. Everything sent with the token
// goes through the one RateBudget of its ApiClient (GUI pages, bulk queues, Insights sweeps).
//
// A 429 that comes anyway lowers the budget for the rest of the window (the server knows better);
// inin-ratelimit-* headers, where a server still sends them, may tighten the estimate, never
// loosen it. A new token (setAccessToken) starts a fresh budget.
class RateBudget : public QObject
{
    Q_OBJECT
public:
    using ms = std::chrono::milliseconds;

    struct Limit
    {
        int requests = 300; // per window; 0: no pacing at all
        ms window{60000};
        friend bool operator==(const Limit &, const Limit &) = default;
    };
    static constexpr Limit DefaultLimit{};

    explicit RateBudget(QObject *parent = nullptr);

    void setLimit(Limit limit);
    [[nodiscard]] Limit limit() const { return m_limit; }
    // Scales the window like RetryPolicy::timeScale (tests); 1.0 by default.
    void setTimeScale(double scale);

    // Runs `send` now when the budget allows, else once it does, in the order asked (unless
    // `context` is destroyed first; then it is dropped). Each call of `send` counts as one request.
    void acquire(QObject *context, std::function<void()> send);
    // Forgets what is waiting for `context` (a cancelled call).
    void release(QObject *context);

    // A 429 arrived (or inin-ratelimit-* headers said so): at most `allowed` requests in the
    // current window from now on; never raises the budget.
    void tighten(int allowed);
    // Reads inin-ratelimit-allowed / -count / -reset style headers of an answer, if any, and
    // tightens the estimate by them (never loosens).
    void observeHeaders(const QList<QPair<QByteArray, QByteArray>> &headers);
    void onTooManyRequests(ms retryAfter);

    // Requests still allowed in the current window (about: the window slides).
    [[nodiscard]] int left() const;
    // Requests waiting here for the budget, plus the backlog that bulk work announced.
    [[nodiscard]] int queued() const;
    // A bulk queue announces how many requests it still expects to send (0 when done), so the
    // status bar can say "about 42 requests left this minute; 158 queued". Keyed by the owner;
    // forgotten when the owner is destroyed.
    void setBacklog(QObject *owner, int requests);

    // Starts over: a new token has a budget of its own.
    void reset();

Q_SIGNALS:
    // left() or queued() changed (not more often than a few times a second).
    void changed();
};

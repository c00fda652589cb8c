// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

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
class RateBudgetLedger;

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
    static constexpr Limit DefaultLimit{300, ms(60000)}; // spelled out: GCC needs it before the class ends
    // The limits a profile or --rate-limit may set.
    static constexpr int MaxRequests = 100000;
    static constexpr ms MaxWindow{3600000};

    explicit RateBudget(QObject *parent = nullptr);
    ~RateBudget() override;

    // Keeps what was sent in the current window (a new limit for the same token).
    void setLimit(Limit limit);
    [[nodiscard]] Limit limit() const { return m_limit; }
    // Scales the window like RetryPolicy::timeScale (tests); 1.0 by default.
    void setTimeScale(double scale);

    // Runs `send` now when the budget allows (before acquire() returns), else once it does, in the
    // order asked (unless `context` is destroyed or released first; then it is dropped). Each call
    // of `send` counts as one request sent then; with `untilSettled`, as one in flight until
    // settle(context): the server counted it somewhere between the two, so it leaves the window
    // `window` after its answer. ApiCall does so: the time a request is handed to the network is
    // not when it leaves (QNetworkAccessManager holds all but six per host), and the next window's
    // requests would reach the server before the last window's had left it.
    void acquire(QObject *context, std::function<void()> send, bool untilSettled = false);
    // The answer to the request sent for `context` arrived, or it was aborted (a request whose
    // context is destroyed without it counts as answered then). Nothing when none is in flight.
    void settle(QObject *context);
    // Forgets what is waiting for `context` (a cancelled call).
    void release(QObject *context);
    // How long a request asked now would wait (0: it goes at once); an estimate past the first
    // window, for deadlines and logs.
    [[nodiscard]] ms waitEstimate();

    // A 429 arrived (or inin-ratelimit-* headers said so): at most `allowed` more requests in the
    // current window from now on; never raises the budget. The cap ends with the window.
    void tighten(int allowed);
    // Reads inin-ratelimit-allowed / -count / -reset headers of an answer, if any, and tightens
    // the estimate by them (never loosens): allowed - count more until the reset (seconds), or
    // until the end of our window if that comes first.
    void observeHeaders(const QList<QPair<QByteArray, QByteArray>> &headers);
    // A 429: nothing more in this window, and nothing at all before `retryAfter` (unscaled).
    void onTooManyRequests(ms retryAfter);

    // What the window allows now: the limit less the safety margin (max(1, 2 %)), or less after a
    // 429 or tightening headers. INT_MAX without pacing.
    [[nodiscard]] int capacity() const;
    // Requests still allowed in the current window (about: the window slides). INT_MAX without
    // pacing.
    [[nodiscard]] int left() const;
    // Requests waiting here for the budget, plus the backlog that bulk work announced.
    [[nodiscard]] int queued() const;
    // Requests sent in the current window, those in flight included.
    [[nodiscard]] int sentInWindow() const;
    // A bulk queue announces how many requests it still expects to send (0 when done), so the
    // status bar can say "about 42 requests left this minute; 158 queued". Keyed by the owner;
    // forgotten when the owner is destroyed.
    void setBacklog(QObject *owner, int requests);

    // Starts over: a new token has a budget of its own.
    void reset();
    // Shares the budget with the other processes on this computer that use the same token (see
    // RateBudgetLedger); nullptr: this process alone.
    void setLedger(std::unique_ptr<RateBudgetLedger> ledger);

    // The interval changed() keeps between two emissions.
    static constexpr ms ChangedInterval{250};

Q_SIGNALS:
    // left() or queued() changed (not more often than a few times a second).
    void changed();

private:
    struct Waiter
    {
        QPointer<QObject> context;
        std::function<void()> send;
        bool untilSettled = false;
    };
    struct Flight
    {
        QPointer<QObject> context;
        qint64 sentAt = 0;
        quint64 ledgerRequest = 0; // its number in the ledger (0: none)
    };
    [[nodiscard]] qint64 now() const { return m_clock.elapsed(); }
    [[nodiscard]] qint64 windowMs() const;
    [[nodiscard]] qint64 scaledMs(ms delay) const;
    [[nodiscard]] bool paced() const { return m_limit.requests > 0; }
    // Drops the sends that left the window and a cap or hold that ended.
    void prune() const;
    void record(QObject *context, bool untilSettled);
    // Adds what other processes sent with the token since the window began (the ledger).
    void absorbOthers();
    // At most `cap` requests in the window until `until` (m_clock); never raises the budget.
    void tightenUntil(int cap, qint64 until);
    [[nodiscard]] qint64 waitFor(qsizetype ahead) const;
    void dispatch();
    void schedule();
    void notifyChanged();

    Limit m_limit;
    double m_scale = 1.0;
    QElapsedTimer m_clock;
    mutable std::deque<qint64> m_sent;      // answer times (m_clock) in the window, oldest first
    mutable std::vector<Flight> m_inFlight; // sent, not answered yet: in the window until then
    mutable std::deque<qint64> m_attempts;  // send times (m_clock) in the window, never moved
    mutable std::optional<int> m_cap;       // a lower capacity until m_capUntil
    mutable qint64 m_capUntil = 0;
    qint64 m_holdUntil = 0; // nothing is sent before this (Retry-After of a 429)
    std::deque<Waiter> m_waiters;
    QHash<QObject *, int> m_backlog;
    std::unique_ptr<RateBudgetLedger> m_ledger;
    QHash<QByteArray, qint64> m_others; // other processes' requests in m_sent: key -> time there
    QTimer *m_timer;                    // the next slot
    QTimer *m_changedTimer;             // changed() at most every ChangedInterval
    bool m_changedPending = false;
    bool m_dispatching = false;
};

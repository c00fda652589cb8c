// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The sandbox's per-token request limit (docs/sandbox.md, R26): at most `requests` answered
// requests per token in any sliding `window`; beyond it 429 with Retry-After, as the platform does.
// Internal to the sandbox.

#include "app/sandbox/sandboxcommon.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>

#include <chrono>
#include <deque>

namespace sandbox {

class TokenRateLimit
{
public:
    TokenRateLimit();

    // 0 requests: no limit (the default).
    void setLimit(int requests, std::chrono::milliseconds window);
    [[nodiscard]] int requests() const { return m_requests; }
    [[nodiscard]] std::chrono::milliseconds window() const { return std::chrono::milliseconds(m_windowMs); }
    [[nodiscard]] int refused() const { return m_refused; }

    // Counts a request of `token` and returns 0, or (beyond the limit) counts nothing and returns
    // the whole seconds until the oldest request leaves the window (1 at least).
    [[nodiscard]] int admit(const QByteArray &token);

private:
    int m_requests = 0;
    qint64 m_windowMs = 60000;
    int m_refused = 0;
    QElapsedTimer m_clock;
    QHash<QByteArray, std::deque<qint64>> m_sent; // per token, oldest first
};

// The platform's 429: too.many.requests, the limit in messageParams and `limit`, and Retry-After
// (omitted when retryAfterSeconds < 0).
[[nodiscard]] Reply tooManyRequestsReply(int limit, qint64 windowSeconds, int retryAfterSeconds);

} // namespace sandbox

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>

#include <chrono>
#include <optional>

// How the API client waits and retries (CONTRACT.md §5). One object, so that tests can
// scale every delay down (timeScale) without changing the rules, and one test can keep real time.
struct RetryPolicy
{
    using ms = std::chrono::milliseconds;

    int maxAttempts429 = 5;     // attempts in all, the first one included
    ms defaultRetryAfter{3000}; // when a 429 carries no Retry-After
    ms maxRetryAfter{180000};   // a longer Retry-After (daily limits) gives up at once
    QList<ms> serverErrorBackoff{ms(3000), ms(9000), ms(27000)}; // 502/503/504 and lost connections
    ms transferTimeout{60000};                                   // no byte for this long aborts a request
    ms attemptTimeout{600000}; // a whole attempt, however its bytes trickle in, aborts after this
    // Under a time limit (ApiClient::startTimeLimit) a retry starts only when this much is left
    // after its wait: an attempt that cannot finish is not worth sending.
    ms retryMinimumTime{1000};
    double timeScale = 1.0; // tests: 0.01 makes a 3 s wait 30 ms

    // The wait before attempt `attempt + 1` after a 429 (attempt counts from 1), already scaled.
    // nullopt: give up (too many attempts or Retry-After above the cap).
    [[nodiscard]] std::optional<ms> after429(int attempt, std::optional<ms> retryAfter) const;
    // The wait before retrying a transient failure of an idempotent request; nullopt: give up.
    [[nodiscard]] std::optional<ms> afterServerError(int attempt) const;
    // Attempts in all (the first one included) for transient failures of idempotent requests.
    [[nodiscard]] int maxServerErrorAttempts() const { return int(serverErrorBackoff.size()) + 1; }
    [[nodiscard]] ms scaled(ms delay) const;
};

// Retry-After as seconds ("7") or an HTTP date ("Wed, 21 Oct 2015 07:28:00 GMT"), relative to
// `now`. nullopt for a missing or unreadable value; negative or past values read as 0.
// An HTTP-date ("Sun, 06 Nov 1994 08:49:37 GMT"), as in Date and Retry-After; invalid if unreadable.
[[nodiscard]] QDateTime parseHttpDate(const QByteArray &value);

[[nodiscard]] std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &value,
                                                                       const QDateTime &now);

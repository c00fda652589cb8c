// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sandbox/sandboxserver.h"
#include "app/services/session.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <memory>

// Shared helpers for the tests.
namespace testsupport {

// The fixed "now" of every test that needs one: 2026-03-15 12:00 UTC.
QDateTime fixedNow();

// Reads a file of tests/data (the source tree), failing hard when it is missing.
QByteArray readData(const QString &relativePath);

// Retry delays scaled down (1/100) so fault tests run in milliseconds; the rules stay the same.
RetryPolicy fastRetryPolicy();

// A sandbox on an ephemeral loopback port and a Session signed in to it with the admin client's
// credentials, fast retry delays, usage polling scaled down, and no rate-limit pacing (set a limit
// on session.api()->rateBudget() to test it).
//
//     testsupport::SandboxSession s;
//     QVERIFY2(s.start(), qPrintable(s.error));
//     s.session.clients()->list(...);
struct SandboxSession
{
    explicit SandboxSession(SandboxOptions options = defaultOptions());
    ~SandboxSession();

    // Starts the sandbox and signs in (waits, with a timeout). False on any failure; see `error`.
    bool start(bool signIn = true);
    [[nodiscard]] Endpoints endpoints() const;
    [[nodiscard]] static SandboxOptions defaultOptions();

    SandboxServer sandbox;
    Session session;
    QString error;
};

// Waits for a handler-style result: runs the event loop until `done` is true or the timeout.
bool waitFor(const bool &done, int timeoutMs = 20000);

// Calls `start(handler)` and waits for the handler's Result<T>.
template<class T, class Start>
Result<T> await(Start &&start, int timeoutMs = 20000)
{
    bool done = false;
    Result<T> out = ApiError::make(ApiError::Kind::Timeout, QStringLiteral("test timed out"));
    QObject context;
    start(&context, [&](const Result<T> &r) {
        out = r;
        done = true;
    });
    if (!waitFor(done, timeoutMs))
        return ApiError::make(ApiError::Kind::Timeout, QStringLiteral("test timed out"));
    return out;
}

} // namespace testsupport

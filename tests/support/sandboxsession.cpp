// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/testsupport.h"

#include "app/services/usageservice.h"

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace testsupport {

SandboxOptions SandboxSession::defaultOptions()
{
    SandboxOptions o;
    o.now = fixedNow();
    return o;
}

SandboxSession::SandboxSession(SandboxOptions options)
    : sandbox(std::move(options))
{}

SandboxSession::~SandboxSession() = default;

Endpoints SandboxSession::endpoints() const
{
    return Endpoints{sandbox.baseUrl(), sandbox.baseUrl(), QString()};
}

bool SandboxSession::start(bool signIn)
{
    if (!sandbox.start()) {
        error = u"sandbox did not start: "_s + sandbox.errorString();
        return false;
    }
    session.setEndpoints(endpoints());
    session.api()->setRetryPolicy(fastRetryPolicy());
    // No pacing unless a test asks for it (RateBudget::setLimit): a fault's 429 would otherwise
    // lower the budget for a whole window, and suites with real-time delays (the soak) would crawl.
    session.api()->rateBudget()->setLimit({0, std::chrono::seconds(60)});
    UsageService::PollPolicy poll;
    poll.firstDelay = 1000ms;
    poll.maxDelay = 5000ms;
    session.usage()->setPollPolicy(poll); // scaled by the retry policy's timeScale
    if (!signIn)
        return true;
    const Result<TokenInfo> r = await<TokenInfo>([&](QObject *ctx, Handler<TokenInfo> h) {
        session.signInWithClientCredentials(sandbox.adminClientId(), sandbox.adminClientSecret().toUtf8(),
                                            ctx, h);
    });
    if (!r) {
        error = u"sign-in failed: "_s + r.error().summary();
        return false;
    }
    return true;
}

} // namespace testsupport

// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sandbox/sandboxratelimit.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace sandbox {

TokenRateLimit::TokenRateLimit()
{
    m_clock.start();
}

void TokenRateLimit::setLimit(int requests, std::chrono::milliseconds window)
{
    m_requests = std::max(0, requests);
    m_windowMs = std::max<qint64>(1, window.count());
    m_sent.clear();
}

int TokenRateLimit::admit(const QByteArray &token)
{
    if (m_requests <= 0)
        return 0;
    const qint64 now = m_clock.elapsed();
    std::deque<qint64> &sent = m_sent[token];
    while (!sent.empty() && sent.front() <= now - m_windowMs)
        sent.pop_front();
    if (qsizetype(sent.size()) < m_requests) {
        sent.push_back(now);
        return 0;
    }
    ++m_refused;
    const qint64 untilFree = sent.front() + m_windowMs - now;
    return int(std::max<qint64>(1, (untilFree + 999) / 1000));
}

Reply tooManyRequestsReply(int limit, qint64 windowSeconds, int retryAfterSeconds)
{
    QJsonObject body = errorBody(
        429, u"too.many.requests"_s,
        u"Rate limit exceeded the maximum [%1] requests within [%2] seconds"_s.arg(limit).arg(windowSeconds),
        {},
        QJsonObject{{u"limit"_s, QString::number(limit)}, {u"seconds"_s, QString::number(windowSeconds)}});
    body.insert(u"limit"_s, QJsonObject{{u"key"_s, u"token.rate.per.minute"_s},
                                        {u"namespace"_s, u"platform.api"_s},
                                        {u"value"_s, limit}});
    Reply reply = Reply::json(body, 429);
    if (retryAfterSeconds >= 0)
        reply.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfterSeconds)});
    return reply;
}

} // namespace sandbox

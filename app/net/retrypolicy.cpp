// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/net/retrypolicy.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

RetryPolicy::ms RetryPolicy::scaled(ms delay) const
{
    if (timeScale == 1.0)
        return delay;
    const double v = std::ceil(double(delay.count()) * std::max(0.0, timeScale));
    return ms(qint64(v));
}

std::optional<RetryPolicy::ms> RetryPolicy::after429(int attempt, std::optional<ms> retryAfter) const
{
    if (attempt >= maxAttempts429)
        return std::nullopt;
    const ms wait = retryAfter.value_or(defaultRetryAfter);
    if (wait > maxRetryAfter)
        return std::nullopt;
    return scaled(wait);
}

std::optional<RetryPolicy::ms> RetryPolicy::afterServerError(int attempt) const
{
    if (attempt < 1 || attempt > serverErrorBackoff.size())
        return std::nullopt;
    return scaled(serverErrorBackoff.at(attempt - 1));
}

QDateTime parseHttpDate(const QByteArray &value)
{
    // RFC 9110 IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT".
    if (value.size() > 64)
        return {};
    QDateTime when =
        QLocale::c().toDateTime(QString::fromLatin1(value.trimmed()), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    if (!when.isValid())
        return {};
    when.setTimeZone(QTimeZone::utc());
    return when;
}

std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &raw, const QDateTime &now)
{
    const QByteArray value = raw.trimmed();
    if (value.isEmpty() || value.size() > 64)
        return std::nullopt;
    // Absurd values are clamped to this many seconds (about 31 years) instead of overflowing.
    constexpr qint64 MaxSeconds = 999999999;
    bool isNumber = true;
    for (char c : value) {
        if (c < '0' || c > '9') {
            isNumber = false;
            break;
        }
    }
    if (isNumber) {
        // Digits only: seconds.
        if (value.size() > 9)
            return std::chrono::milliseconds(MaxSeconds * 1000);
        return std::chrono::milliseconds(value.toLongLong() * 1000);
    }
    const QDateTime when = parseHttpDate(value);
    if (!when.isValid())
        return std::nullopt;
    const qint64 diff = now.msecsTo(when);
    return std::chrono::milliseconds(std::clamp<qint64>(diff, 0, MaxSeconds * 1000));
}

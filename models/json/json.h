// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/apierror.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <optional>

// Lenient readers for server JSON: a field of the wrong type reads as absent, never throws or
// asserts. The raw object is kept by the value types, so nothing the server sent is lost.
namespace json {

// Spare capacity a response body should have after its end: the listing parser (simdjson, in
// models/json) reads that far past a document, so a body with the room is parsed in place and one
// without is copied once first. Whoever reads bodies (the network layer) reserves it; how the
// parser uses it stays here.
inline constexpr qsizetype BodySlack = 64;

[[nodiscard]] inline QString str(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    return v.isString() ? v.toString() : QString();
}

[[nodiscard]] inline std::optional<qint64> int64(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    // Only whole numbers in the exactly representable range are accepted.
    if (!(d >= -9007199254740992.0 && d <= 9007199254740992.0) ||
        d != static_cast<double>(static_cast<qint64>(d)))
        return std::nullopt;
    return static_cast<qint64>(d);
}

[[nodiscard]] inline qint64 int64Or(const QJsonObject &o, QLatin1StringView key, qint64 fallback = 0)
{
    return int64(o, key).value_or(fallback);
}

[[nodiscard]] inline bool boolean(const QJsonObject &o, QLatin1StringView key, bool fallback = false)
{
    const QJsonValue v = o.value(key);
    return v.isBool() ? v.toBool() : fallback;
}

// Array of strings; non-string elements are skipped.
[[nodiscard]] inline QStringList strings(const QJsonObject &o, QLatin1StringView key)
{
    QStringList out;
    const QJsonValue v = o.value(key);
    if (!v.isArray())
        return out;
    const QJsonArray a = v.toArray();
    out.reserve(a.size());
    for (const QJsonValue &e : a) {
        if (e.isString())
            out.append(e.toString());
    }
    return out;
}

[[nodiscard]] inline QJsonObject object(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    return v.isObject() ? v.toObject() : QJsonObject();
}

[[nodiscard]] inline QJsonArray array(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    return v.isArray() ? v.toArray() : QJsonArray();
}

// ISO-8601 date-time as the platform writes it ("2024-01-01T00:00:00Z", with or without
// milliseconds). Invalid or missing gives an invalid QDateTime.
[[nodiscard]] QDateTime dateTime(const QJsonObject &o, QLatin1StringView key);
[[nodiscard]] QDateTime parseDateTime(const QString &text);
[[nodiscard]] QString formatDateTime(const QDateTime &dt); // "2024-01-01T00:00:00.000Z", UTC

QJsonArray toArray(const QStringList &list);

// Parses a response body that must be a JSON object. `what` names it for the error message
// ("a client listing"). Invalid JSON, a cut-short body or another top-level type give BadResponse.
[[nodiscard]] Result<QJsonObject> parseObject(const QByteArray &body, QStringView what);
// The "entities" array of a listing; BadResponse when present but not an array.
[[nodiscard]] Result<QJsonArray> entities(const QJsonObject &listing, QStringView what);

} // namespace json

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small shared pieces of the sandbox: the answer type, the ErrorBody builder, dates, ids and the
// deterministic hash the demo data and the usage generator are built on. Internal to the sandbox.

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace sandbox {

// One HTTP answer, before fault injection decides how (or whether) it reaches the wire.
struct Reply
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QList<std::pair<QByteArray, QByteArray>> headers; // extra headers (Location, Retry-After, ...)

    [[nodiscard]] static Reply json(const QJsonObject &object, int status = 200);
    [[nodiscard]] static Reply rawJson(QByteArray bytes, int status = 200);
    [[nodiscard]] static Reply empty(int status = 204);
    [[nodiscard]] static Reply redirect(const QByteArray &location);
};

struct FieldError
{
    QString field;
    QString errorCode; // "required", "invalid.value", "invalid.type", "out.of.range", "not.found", ...
};

// An ErrorBody: message, code, status, a fresh contextId, and details/messageParams if given.
[[nodiscard]] QJsonObject errorBody(int status, const QString &code, const QString &message,
                                    const QList<FieldError> &details = {},
                                    const QJsonObject &messageParams = {});
// The same, as an answer.
[[nodiscard]] Reply errorReply(int status, const QString &code, const QString &message,
                               const QList<FieldError> &details = {}, const QJsonObject &messageParams = {});
// The platform's 400 for one bad field: code bad.request, the field in details and messageParams.
[[nodiscard]] Reply fieldErrorReply(const QString &field, const QString &errorCode, const QString &message);
[[nodiscard]] Reply notFoundReply(const QString &message = {});
// OAuth-style error of the login endpoints: {error, error_description}.
[[nodiscard]] Reply oauthErrorReply(int status, const QString &error, const QString &description);

// "2024-05-01T12:00:00.000Z"
[[nodiscard]] QString isoDate(const QDateTime &dateTime);
[[nodiscard]] QString isoDateMs(qint64 msecsSinceEpoch);
// "Wed, 12 Mar 2025 10:30:00 GMT" (RFC 7231 IMF-fixdate, for the Date header)
[[nodiscard]] QByteArray httpDate(const QDateTime &dateTime);
// Parses ISO-8601 date-times with or without milliseconds and zone (no zone = UTC). Invalid on error.
[[nodiscard]] QDateTime parseIsoDate(const QString &text);

[[nodiscard]] QString randomUuid();
// A fixed id derived from a name (UUID v5 in the sandbox namespace): demo ids never change.
[[nodiscard]] QString nameUuid(const QString &name);
// A uuid built from two 64-bit values (fast; for generated clients and execution ids).
[[nodiscard]] QString uuidFromBits(quint64 high, quint64 low);
// base64url of `bytes` random bytes, no padding (secrets, tokens, codes).
[[nodiscard]] QByteArray randomToken(int bytes = 32);

// Deterministic, platform-independent hashing (qHash is seeded per process).
[[nodiscard]] constexpr quint64 mix64(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}
[[nodiscard]] quint64 stableHash(QStringView text, quint64 seed = 0);

// Permission strings are domain:entity:action; a granted segment "*" matches anything.
[[nodiscard]] bool permissionGranted(const QStringList &granted, const QString &required);

[[nodiscard]] QString userSelfUri(const QString &userId);
[[nodiscard]] QJsonObject userRef(const QString &id, const QString &name);

} // namespace sandbox

// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sandbox/sandboxcommon.h"

#include <QJsonDocument>
#include <QLocale>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace sandbox {

Reply Reply::json(const QJsonObject &object, int status)
{
    return rawJson(QJsonDocument(object).toJson(QJsonDocument::Compact), status);
}

Reply Reply::rawJson(QByteArray bytes, int status)
{
    Reply r;
    r.status = status;
    r.body = std::move(bytes);
    return r;
}

Reply Reply::empty(int status)
{
    Reply r;
    r.status = status;
    r.contentType.clear();
    return r;
}

Reply Reply::redirect(const QByteArray &location)
{
    Reply r = empty(302);
    r.headers.append({QByteArrayLiteral("Location"), location});
    return r;
}

QJsonObject errorBody(int status, const QString &code, const QString &message,
                      const QList<FieldError> &details, const QJsonObject &messageParams)
{
    QJsonObject body{
        {u"message"_s, message}, {u"code"_s, code}, {u"status"_s, status}, {u"contextId"_s, randomUuid()}};
    if (!messageParams.isEmpty()) {
        body.insert(u"messageParams"_s, messageParams);
        QString withParams = message;
        for (auto it = messageParams.begin(); it != messageParams.end(); ++it)
            withParams.replace(u'[' + it.value().toString() + u']', u"[{"_s + it.key() + u"}]"_s);
        body.insert(u"messageWithParams"_s, withParams);
    }
    if (!details.isEmpty()) {
        QJsonArray array;
        for (const FieldError &d : details)
            array.append(QJsonObject{{u"errorCode"_s, d.errorCode}, {u"fieldName"_s, d.field}});
        body.insert(u"details"_s, array);
    }
    return body;
}

Reply errorReply(int status, const QString &code, const QString &message, const QList<FieldError> &details,
                 const QJsonObject &messageParams)
{
    return Reply::json(errorBody(status, code, message, details, messageParams), status);
}

Reply fieldErrorReply(const QString &field, const QString &errorCode, const QString &message)
{
    return errorReply(400, u"bad.request"_s, message, {{field, errorCode}}, QJsonObject{{u"field"_s, field}});
}

Reply notFoundReply(const QString &message)
{
    return errorReply(404, u"not.found"_s,
                      message.isEmpty() ? u"The requested resource was not found."_s : message);
}

Reply oauthErrorReply(int status, const QString &error, const QString &description)
{
    return Reply::json(QJsonObject{{u"error"_s, error}, {u"error_description"_s, description}}, status);
}

QString isoDate(const QDateTime &dateTime)
{
    return dateTime.toUTC().toString(Qt::ISODateWithMs);
}

QString isoDateMs(qint64 msecsSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, QTimeZone::utc()).toString(Qt::ISODateWithMs);
}

QByteArray httpDate(const QDateTime &dateTime)
{
    return QLocale::c().toString(dateTime.toUTC(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1();
}

QDateTime parseIsoDate(const QString &text)
{
    // Qt reads a missing zone as local time; the platform means UTC.
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text, Qt::ISODate);
    if (!dt.isValid())
        return {};
    if (dt.timeSpec() == Qt::LocalTime)
        dt = QDateTime(dt.date(), dt.time(), QTimeZone::utc());
    return dt.toUTC();
}

QString randomUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString nameUuid(const QString &name)
{
    static const QUuid ns(u"6f0c2a4e-5b1d-4f3a-9c07-8e2d4b6a1f90"_s);
    return QUuid::createUuidV5(ns, name).toString(QUuid::WithoutBraces);
}

QString uuidFromBits(quint64 high, quint64 low)
{
    high = (high & ~quint64(0xF000)) | quint64(0x4000);         // version 4
    low = (low & ~(quint64(0xC) << 60)) | (quint64(0x8) << 60); // RFC 4122 variant
    const QUuid u(uint(high >> 32), ushort(high >> 16), ushort(high), uchar(low >> 56), uchar(low >> 48),
                  uchar(low >> 40), uchar(low >> 32), uchar(low >> 24), uchar(low >> 16), uchar(low >> 8),
                  uchar(low));
    return u.toString(QUuid::WithoutBraces);
}

QByteArray randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(raw.begin(), raw.end());
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

quint64 stableHash(QStringView text, quint64 seed)
{
    quint64 h = 0xcbf29ce484222325ULL ^ mix64(seed);
    for (const QChar c : text) {
        h ^= c.unicode();
        h *= 0x100000001b3ULL;
    }
    return mix64(h);
}

bool permissionGranted(const QStringList &granted, const QString &required)
{
    const QList<QStringView> want = QStringView(required).split(u':');
    for (const QString &g : granted) {
        const QList<QStringView> have = QStringView(g).split(u':');
        if (have.size() != want.size())
            continue;
        bool ok = true;
        for (qsizetype i = 0; ok && i < have.size(); ++i)
            ok = have[i] == u"*" || have[i] == want[i];
        if (ok)
            return true;
    }
    return false;
}

QString userSelfUri(const QString &userId)
{
    return u"/api/v2/users/"_s + userId;
}

QJsonObject userRef(const QString &id, const QString &name)
{
    return QJsonObject{{u"id"_s, id}, {u"name"_s, name}, {u"selfUri"_s, userSelfUri(id)}};
}

} // namespace sandbox

// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/net/httplog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcHttp, "oauthdesk.http", QtWarningMsg)
Q_LOGGING_CATEGORY(lcApi, "oauthdesk.api", QtInfoMsg)

namespace httplog {
namespace {
const QByteArray Redacted = QByteArrayLiteral("[redacted]");

QJsonValue redactJson(const QJsonValue &v, int depth)
{
    if (depth > 32)
        return u"[too deep]"_s;
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (isSecretKey(it.key()) && !it.value().isNull())
                it.value() = QString::fromLatin1(Redacted);
            else if (it.value().isObject() || it.value().isArray())
                it.value() = redactJson(it.value(), depth + 1);
        }
        return o;
    }
    if (v.isArray()) {
        QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            a[i] = redactJson(a.at(i), depth + 1);
        return a;
    }
    return v;
}

QByteArray capped(QByteArray b)
{
    if (b.size() > MaxLoggedBody) {
        const qsizetype total = b.size();
        b.truncate(MaxLoggedBody);
        b += "… (" + QByteArray::number(total) + " bytes)";
    }
    return b;
}
} // namespace

bool isSecretKey(QStringView key)
{
    static const QLatin1StringView needles[] = {"secret"_L1,    "token"_L1,    "password"_L1,
                                                "assertion"_L1, "verifier"_L1, "authorization"_L1,
                                                "apikey"_L1,    "api_key"_L1,  "credential"_L1};
    for (const auto &n : needles) {
        if (key.contains(n, Qt::CaseInsensitive))
            return true;
    }
    // OAuth's "code" is a bearer of access too; match it exactly (not "errorCode").
    return key.compare(u"code", Qt::CaseInsensitive) == 0;
}

QByteArray redactHeader(const QByteArray &name, const QByteArray &value)
{
    const QByteArray n = name.toLower();
    if (n == "authorization" || n == "proxy-authorization") {
        const qsizetype space = value.indexOf(' ');
        return (space > 0 ? value.left(space) + ' ' : QByteArray()) + Redacted;
    }
    if (n == "cookie" || n == "set-cookie")
        return Redacted;
    return value;
}

QByteArray redactBody(const QUrl &url, const QByteArray &contentType, const QByteArray &body)
{
    if (body.isEmpty())
        return {};
    const QString path = url.path();
    if (path.contains("/oauth/token"_L1) || path.contains("/oauth/authorize"_L1) ||
        path.startsWith("/token"_L1) || path.contains("/api/v2/tokens"_L1))
        return "[redacted: " + QByteArray::number(body.size()) + " bytes to/from an OAuth endpoint]";
    const QByteArray ct = contentType.toLower();
    if (ct.contains("json") || (ct.isEmpty() && (body.startsWith('{') || body.startsWith('[')))) {
        QJsonParseError pe{};
        const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
        if (pe.error != QJsonParseError::NoError)
            return "[unparsable JSON, " + QByteArray::number(body.size()) + " bytes, not logged]";
        const QJsonValue red =
            redactJson(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()), 0);
        const QJsonDocument out =
            red.isObject() ? QJsonDocument(red.toObject()) : QJsonDocument(red.toArray());
        return capped(out.toJson(QJsonDocument::Compact));
    }
    if (ct.contains("x-www-form-urlencoded")) {
        QUrlQuery q(QString::fromUtf8(body));
        const auto items = q.queryItems(QUrl::FullyEncoded);
        QUrlQuery out;
        for (const auto &[k, v] : items)
            out.addQueryItem(k, isSecretKey(k) ? QString::fromLatin1(Redacted) : v);
        return capped(out.toString(QUrl::FullyEncoded).toUtf8());
    }
    return "[" + QByteArray::number(body.size()) + " bytes of " +
           (ct.isEmpty() ? QByteArray("unknown type") : ct) + "]";
}

QString redactUrl(const QUrl &url)
{
    QUrl u = url;
    u.setUserInfo({});
    if (u.hasQuery()) {
        QUrlQuery q(u);
        const auto items = q.queryItems(QUrl::FullyEncoded);
        QUrlQuery out;
        for (const auto &[k, v] : items)
            out.addQueryItem(k, isSecretKey(k) ? QString::fromLatin1(Redacted) : v);
        u.setQuery(out);
    }
    return u.toString(QUrl::FullyEncoded);
}

} // namespace httplog

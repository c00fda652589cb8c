// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/apierror.h"

#include "models/domain/servertext.h"
#include "models/json/json.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)
};
} // namespace

namespace {
constexpr int MaxNestedErrors = 8;
constexpr int MaxNestedDepth = 4;
constexpr qsizetype MaxMessageLength = 2000;

QString clipped(QString s)
{
    if (s.size() > MaxMessageLength) {
        s.truncate(MaxMessageLength);
        s.append(u'…');
    }
    return s;
}

// Every string taken from an answer: no terminal control or bidi override gets in (see servertext.h).
QString serverText(const QJsonObject &o, QLatin1StringView key)
{
    return servertext::displayable(json::str(o, key));
}
} // namespace

ApiError ApiError::make(Kind kind, const QString &message)
{
    ApiError e;
    e.kind = kind;
    e.message = message;
    return e;
}

ApiError ApiError::fromErrorBody(int httpStatus, const QByteArray &body)
{
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error == QJsonParseError::NoError && doc.isObject())
        return fromErrorBody(httpStatus, doc.object());
    ApiError e;
    e.kind = Kind::Http;
    e.httpStatus = httpStatus;
    // Not an ErrorBody (an HTML error page from a proxy, an empty 502, ...): keep a short,
    // printable excerpt so the user sees something real, never the whole page: its <title> if it
    // has one ("502 Bad Gateway"), else its words without tags, scripts and styles.
    static const QRegularExpression title(u"<title[^>]*>([^<]*)</title"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression code(u"<(script|style)\\b[^>]*>[^<]*(</\\1\\s*>)?"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tag(u"<[^>]*>"_s);
    QString text = QString::fromUtf8(body.left(4096));
    const QRegularExpressionMatch m = title.match(text);
    if (m.hasMatch() && !m.captured(1).trimmed().isEmpty()) {
        text = m.captured(1);
    } else {
        text.remove(code);
        text.replace(tag, u" "_s);
    }
    e.message = clipped(servertext::displayable(text.simplified().left(300)));
    return e;
}

ApiError ApiError::fromErrorBody(int httpStatus, const QJsonObject &o, int depth)
{
    ApiError e;
    e.kind = Kind::Http;
    e.httpStatus = httpStatus;
    if (const auto s = json::int64(o, "status"_L1); httpStatus == 0 && s && *s > 0 && *s < 1000)
        e.httpStatus = int(*s);
    e.code = serverText(o, "code"_L1);
    e.message = clipped(serverText(o, "message"_L1));
    e.messageWithParams = clipped(serverText(o, "messageWithParams"_L1));
    e.messageParams = json::object(o, "messageParams"_L1); // cleaned where shown (userMessage)
    e.contextId = serverText(o, "contextId"_L1);
    e.entityId = serverText(o, "entityId"_L1);
    e.entityName = serverText(o, "entityName"_L1);
    for (const QJsonValue &v : json::array(o, "details"_L1)) {
        if (!v.isObject())
            continue;
        const QJsonObject d = v.toObject();
        e.details.append({serverText(d, "errorCode"_L1), serverText(d, "fieldName"_L1),
                          serverText(d, "entityId"_L1), serverText(d, "entityName"_L1)});
        if (e.details.size() >= 100)
            break;
    }
    if (depth < MaxNestedDepth) {
        for (const QJsonValue &v : json::array(o, "errors"_L1)) {
            if (v.isObject())
                e.errors.append(fromErrorBody(0, v.toObject(), depth + 1));
            if (e.errors.size() >= MaxNestedErrors)
                break;
        }
    }
    const QJsonObject limit = json::object(o, "limit"_L1);
    e.limitKey = serverText(limit, "key"_L1);
    e.limitNamespace = serverText(limit, "namespace"_L1);
    e.limitValue = json::int64Or(limit, "value"_L1, -1);
    return e;
}

QStringList ApiError::missingPermissions() const
{
    QStringList out;
    static const QRegularExpression permission(u"\\b([A-Za-z]+:[A-Za-z*]+:[A-Za-z*]+)\\b"_s);
    auto collect = [&](const QString &text) {
        auto it = permission.globalMatch(text);
        while (it.hasNext()) {
            const QString p = it.next().captured(1);
            if (!out.contains(p))
                out.append(p);
        }
    };
    for (auto it = messageParams.begin(); it != messageParams.end(); ++it) {
        if (it.value().isString())
            collect(it.value().toString());
        else if (it.value().isArray()) {
            for (const QJsonValue &v : it.value().toArray())
                collect(v.toString());
        }
    }
    if (out.isEmpty() && (code.startsWith("missing."_L1) || httpStatus == 403))
        collect(message);
    return out;
}

QStringList ApiError::fieldNames() const
{
    QStringList out;
    for (const Detail &d : details) {
        if (!d.fieldName.isEmpty() && !out.contains(d.fieldName))
            out.append(d.fieldName);
    }
    for (const ApiError &nested : errors) {
        for (const QString &f : nested.fieldNames()) {
            if (!out.contains(f))
                out.append(f);
        }
    }
    return out;
}

QString ApiError::userMessage() const
{
    // Also fields set outside fromErrorBody (a header's correlation id, a status text someone
    // copied into message) come out clean.
    return servertext::displayable(composeUserMessage());
}

QString ApiError::composeUserMessage() const
{
    QString text;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Http: {
        if (httpStatus == 401)
            text = Tr::tr("The sign-in is no longer valid (HTTP 401). Sign in again.");
        else if (httpStatus == 403) {
            const QStringList perms = missingPermissions();
            text =
                perms.isEmpty()
                    ? Tr::tr("Permission denied (HTTP 403).")
                    : Tr::tr("Permission denied: the signed-in account lacks %1.").arg(perms.join(u", "_s));
        } else if (httpStatus == 404)
            text = Tr::tr("Not found (HTTP 404). It may have been deleted.");
        else if (httpStatus == 429)
            text = Tr::tr("The platform's rate limit was reached (HTTP 429).");
        else
            text = Tr::tr("The server answered HTTP %1.").arg(httpStatus);
        if (!message.isEmpty() && httpStatus != 401)
            text += u' ' + message;
        break;
    }
    case Kind::HostNotFound:
        text = Tr::tr("The server name could not be resolved. Check the region and your network.");
        break;
    case Kind::ConnectionRefused:
        text = Tr::tr("The server refused the connection.");
        break;
    case Kind::ConnectionLost:
        text = Tr::tr("The connection was closed before the answer arrived.");
        break;
    case Kind::Tls:
        text = Tr::tr("The secure connection failed (TLS): %1").arg(message);
        return text;
    case Kind::Timeout:
        text = Tr::tr("The server did not answer in time.");
        break;
    case Kind::Cancelled:
        return Tr::tr("Cancelled.");
    default:
        text = message.isEmpty() ? Tr::tr("Unexpected error.") : message;
        return outcomeUnknown ? text + u' ' + Tr::tr("The request may have reached the server.") : text;
    }
    if (kind != Kind::Http && !message.isEmpty())
        text += u" ("_s + message + u')';
    if (outcomeUnknown)
        text += u' ' + Tr::tr("The request may have reached the server; check before trying again.");
    if (!contextId.isEmpty()) {
        if (!text.isEmpty() && !text.endsWith(u'.') && !text.endsWith(u'!') && !text.endsWith(u'?'))
            text += u'.';
        text += u' ' + Tr::tr("Context id: %1").arg(contextId);
    }
    return text;
}

QString ApiError::summary() const
{
    return servertext::displayable(composeSummary());
}

QString ApiError::composeSummary() const
{
    QString s;
    if (!method.isEmpty())
        s += method + u' ' + url + u": "_s;
    if (kind == Kind::Http) {
        s += u"HTTP %1"_s.arg(httpStatus);
        if (!code.isEmpty())
            s += u" ["_s + code + u']';
        if (!message.isEmpty())
            s += u' ' + message;
        if (!contextId.isEmpty())
            s += u" (contextId "_s + contextId + u')';
        if (!correlationId.isEmpty() && correlationId != contextId)
            s += u" (correlation "_s + correlationId + u')';
    } else {
        s += userMessage();
    }
    return s;
}

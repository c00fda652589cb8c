// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/json/json.h"

#include "models/domain/entities.h"

#include <QJsonDocument>

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace {
// Messages about answers the app cannot read, for people (they end up in ApiError::userMessage()).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ServerAnswer)
};

// What the callers call the answer they parse (parseObject(body, u"a scope listing")), so that
// the whole message reads in the UI language. A name not listed here is shown as it came.
const char *const AnswerNames[] = {
    QT_TRANSLATE_NOOP("ServerAnswer", "a client listing"),
    QT_TRANSLATE_NOOP("ServerAnswer", "a client"),
    QT_TRANSLATE_NOOP("ServerAnswer", "a scope listing"),
    QT_TRANSLATE_NOOP("ServerAnswer", "a scope"),
    QT_TRANSLATE_NOOP("ServerAnswer", "an authorization listing"),
    QT_TRANSLATE_NOOP("ServerAnswer", "an authorization"),
    QT_TRANSLATE_NOOP("ServerAnswer", "a role listing"),
    QT_TRANSLATE_NOOP("ServerAnswer", "a division listing"),
    QT_TRANSLATE_NOOP("ServerAnswer", "token information"),
    QT_TRANSLATE_NOOP("ServerAnswer", "a usage query answer"),
    QT_TRANSLATE_NOOP("ServerAnswer", "usage results"),
};

QString answerName(QStringView what)
{
    for (const char *name : AnswerNames) {
        if (what == QLatin1StringView(name))
            return QCoreApplication::translate("ServerAnswer", name);
    }
    return what.toString();
}
} // namespace

namespace json {

QDateTime parseDateTime(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text, Qt::ISODate);
    if (dt.isValid() && dt.timeSpec() == Qt::LocalTime)
        dt.setTimeSpec(Qt::UTC); // the platform writes UTC; a missing zone means UTC, not local
    return dt.isValid() ? dt.toUTC() : QDateTime();
}

QDateTime dateTime(const QJsonObject &o, QLatin1StringView key)
{
    return parseDateTime(str(o, key));
}

QString formatDateTime(const QDateTime &dt)
{
    if (!dt.isValid())
        return {};
    return dt.toUTC().toString(Qt::ISODateWithMs);
}

QJsonArray toArray(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

Result<QJsonObject> parseObject(const QByteArray &body, QStringView what)
{
    if (body.trimmed().isEmpty())
        return ApiError::make(
            ApiError::Kind::BadResponse,
            Tr::tr("The server sent an empty answer where %1 was expected.").arg(answerName(what)));
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError)
        return ApiError::make(ApiError::Kind::BadResponse,
                              Tr::tr("The server sent %1 that is not valid JSON (%2 at byte %3).")
                                  .arg(answerName(what), pe.errorString())
                                  .arg(pe.offset));
    if (!doc.isObject())
        return ApiError::make(ApiError::Kind::BadResponse,
                              Tr::tr("The server sent %1 that is not a JSON object.").arg(answerName(what)));
    return doc.object();
}

Result<QJsonArray> entities(const QJsonObject &listing, QStringView what)
{
    const QJsonValue v = listing.value("entities"_L1);
    if (v.isUndefined() || v.isNull())
        return QJsonArray();
    if (!v.isArray())
        return ApiError::make(
            ApiError::Kind::BadResponse,
            Tr::tr("The server sent %1 whose \"entities\" is not an array.").arg(answerName(what)));
    return v.toArray();
}

} // namespace json

EntityRef EntityRef::fromJson(const QJsonObject &o)
{
    return {json::str(o, "id"_L1), json::str(o, "name"_L1), json::str(o, "selfUri"_L1)};
}

QJsonObject EntityRef::toJson() const
{
    QJsonObject o;
    if (!id.isEmpty())
        o.insert("id"_L1, id);
    if (!name.isEmpty())
        o.insert("name"_L1, name);
    if (!selfUri.isEmpty())
        o.insert("selfUri"_L1, selfUri);
    return o;
}

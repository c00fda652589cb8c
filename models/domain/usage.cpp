// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/usage.h"

#include "models/json/fastjson_p.h"
#include "models/json/json.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

QString granularityToString(Granularity g)
{
    switch (g) {
    case Granularity::Day:
        return u"Day"_s;
    case Granularity::Week:
        return u"Week"_s;
    case Granularity::Month:
        return u"Month"_s;
    }
    return {};
}

std::optional<Granularity> granularityFromString(QStringView s)
{
    if (s == u"Day")
        return Granularity::Day;
    if (s == u"Week")
        return Granularity::Week;
    if (s == u"Month")
        return Granularity::Month;
    return std::nullopt;
}

QString UsageQuery::interval() const
{
    return start.toUTC().toString(Qt::ISODate) + u'/' + end.toUTC().toString(Qt::ISODate);
}

QJsonObject UsageQuery::toJson() const
{
    QJsonObject o{{u"interval"_s, interval()}, {u"granularity"_s, granularityToString(granularity)}};
    if (!metrics.isEmpty())
        o.insert("metrics"_L1, json::toArray(metrics));
    if (!groupBy.isEmpty())
        o.insert("groupBy"_L1, json::toArray(groupBy));
    return o;
}

UsageQuery UsageQuery::lastDays(int days, const QDateTime &now)
{
    const QDate today = now.toUTC().date();
    UsageQuery q;
    q.end = QDateTime(today.addDays(1), QTime(0, 0), Qt::UTC);
    q.start = q.end.addDays(-days);
    return q;
}

Result<UsageExecution> parseUsageExecution(const QByteArray &body)
{
    Result<QJsonObject> root = json::parseObject(body, u"a usage query answer");
    if (!root)
        return root.error();
    UsageExecution e{json::str(root.value(), "executionId"_L1), json::str(root.value(), "resultsUri"_L1)};
    if (e.executionId.isEmpty() && e.resultsUri.isEmpty())
        return ApiError::make(
            ApiError::Kind::BadResponse,
            QCoreApplication::translate(
                "ServerAnswer",
                "The server started a usage query but sent neither an execution id nor a results URI."));
    return e;
}

namespace {
// The QJsonDocument path: for documents simdjson refuses but Qt reads (lone surrogate escapes,
// integers beyond 64 bits), so that both read the same documents.
Result<UsageResult> parseUsageResultWithQt(const QByteArray &body)
{
    Result<QJsonObject> root = json::parseObject(body, u"usage results");
    if (!root)
        return root.error();
    const QJsonObject &o = root.value();
    UsageResult r;
    r.rawStatus = json::str(o, "queryStatus"_L1);
    if (r.rawStatus == "Running"_L1)
        r.status = UsageStatus::Running;
    else if (r.rawStatus == "Complete"_L1)
        r.status = UsageStatus::Complete;
    else if (r.rawStatus == "Failed"_L1)
        r.status = UsageStatus::Failed;
    const QJsonValue results = o.value("results"_L1);
    if (!results.isUndefined() && !results.isNull() && !results.isArray())
        return ApiError::make(ApiError::Kind::BadResponse,
                              QCoreApplication::translate(
                                  "ServerAnswer", "The server sent usage results that are not a list."));
    const QJsonArray rows = results.toArray();
    r.rows.reserve(rows.size());
    for (const QJsonValue &v : rows) {
        if (!v.isObject())
            continue;
        const QJsonObject row = v.toObject();
        UsageRow u;
        u.clientId = json::str(row, "clientId"_L1);
        u.clientName = json::str(row, "clientName"_L1);
        u.organizationId = json::str(row, "organizationId"_L1);
        u.userId = json::str(row, "userId"_L1);
        u.templateUri = json::str(row, "templateUri"_L1);
        u.httpMethod = json::str(row, "httpMethod"_L1);
        u.status200 = std::max<qint64>(0, json::int64Or(row, "status200"_L1));
        u.status300 = std::max<qint64>(0, json::int64Or(row, "status300"_L1));
        u.status400 = std::max<qint64>(0, json::int64Or(row, "status400"_L1));
        u.status500 = std::max<qint64>(0, json::int64Or(row, "status500"_L1));
        u.status429 = std::max<qint64>(0, json::int64Or(row, "status429"_L1));
        u.requests = std::max<qint64>(0, json::int64Or(row, "requests"_L1));
        u.date = json::dateTime(row, "date"_L1);
        r.rows.append(std::move(u));
    }
    return r;
}

UsageStatus statusOf(const QString &raw)
{
    if (raw == "Running"_L1)
        return UsageStatus::Running;
    if (raw == "Complete"_L1)
        return UsageStatus::Complete;
    if (raw == "Failed"_L1)
        return UsageStatus::Failed;
    return UsageStatus::Unknown;
}
} // namespace

// Org-wide results grouped by client and day reach hundreds of thousands of rows (95 MB for 10,000
// clients over 90 days): simdjson, with the repeating strings (client ids and names, endpoints,
// methods) shared, instead of QJsonDocument.
Result<UsageResult> parseUsageResult(const QByteArray &body)
{
    using namespace fastjson;
    if (body.trimmed().isEmpty())
        return json::parseObject(body, QCoreApplication::translate("ServerAnswer", "usage results")).error();
    simdjson::dom::parser parser;
    simdjson::dom::element root;
    simdjson::padded_string copy;
    const simdjson::error_code error = parseBody(parser, body, copy, root);
    simdjson::dom::object o;
    if (error != simdjson::SUCCESS || root.get_object().get(o) != simdjson::SUCCESS)
        return parseUsageResultWithQt(body); // its messages, and the documents only Qt reads
    UsageResult r;
    Interner interner;
    for (auto [key, value] : o) {
        if (key == "queryStatus") {
            r.rawStatus = readString(value);
            r.status = statusOf(r.rawStatus);
        } else if (key == "results") {
            if (value.is_null())
                continue;
            simdjson::dom::array rows;
            if (value.get_array().get(rows) != simdjson::SUCCESS)
                return ApiError::make(
                    ApiError::Kind::BadResponse,
                    QCoreApplication::translate("ServerAnswer",
                                                "The server sent usage results that are not a list."));
            r.rows.reserve(qsizetype(rows.size()));
            for (simdjson::dom::element e : rows) {
                simdjson::dom::object row;
                if (e.get_object().get(row) != simdjson::SUCCESS)
                    continue;
                UsageRow u;
                for (auto [k, v] : row) {
                    if (k == "clientId")
                        u.clientId = readShared(v, interner);
                    else if (k == "clientName")
                        u.clientName = readShared(v, interner);
                    else if (k == "organizationId")
                        u.organizationId = readShared(v, interner);
                    else if (k == "userId")
                        u.userId = readShared(v, interner);
                    else if (k == "templateUri")
                        u.templateUri = readShared(v, interner);
                    else if (k == "httpMethod")
                        u.httpMethod = readShared(v, interner);
                    else if (k == "status200")
                        u.status200 = std::max<qint64>(0, readWholeNumber(v).value_or(0));
                    else if (k == "status300")
                        u.status300 = std::max<qint64>(0, readWholeNumber(v).value_or(0));
                    else if (k == "status400")
                        u.status400 = std::max<qint64>(0, readWholeNumber(v).value_or(0));
                    else if (k == "status500")
                        u.status500 = std::max<qint64>(0, readWholeNumber(v).value_or(0));
                    else if (k == "status429")
                        u.status429 = std::max<qint64>(0, readWholeNumber(v).value_or(0));
                    else if (k == "requests")
                        u.requests = std::max<qint64>(0, readWholeNumber(v).value_or(0));
                    else if (k == "date")
                        u.date = readDate(v);
                }
                r.rows.append(std::move(u));
            }
        }
    }
    return r;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sandbox/usagegen.h"

#include <QDate>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>

using namespace Qt::Literals::StringLiterals;

namespace sandbox {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

struct Endpoint
{
    const char *templateUri;
    const char *method;
};

// The API endpoints clients call, as the usage API reports them (no leading slash).
constexpr std::array<Endpoint, 34> kEndpoints = {{
    {"api/v2/users/{userId}", "GET"},                                               // 0
    {"api/v2/users", "GET"},                                                        // 1
    {"api/v2/users/search", "POST"},                                                // 2
    {"api/v2/analytics/conversations/details/query", "POST"},                       // 3
    {"api/v2/analytics/conversations/aggregates/query", "POST"},                    // 4
    {"api/v2/conversations/{conversationId}", "GET"},                               // 5
    {"api/v2/conversations/calls/{conversationId}", "POST"},                        // 6
    {"api/v2/routing/queues", "GET"},                                               // 7
    {"api/v2/routing/queues/{queueId}/members", "GET"},                             // 8
    {"api/v2/scim/v2/Users", "GET"},                                                // 9
    {"api/v2/scim/v2/Users", "POST"},                                               // 10
    {"api/v2/scim/v2/Users/{userId}", "PUT"},                                       // 11
    {"api/v2/scim/v2/Users/{userId}", "DELETE"},                                    // 12
    {"api/v2/workforcemanagement/adherence/historical", "POST"},                    // 13
    {"api/v2/workforcemanagement/managementunits/{managementUnitId}/users", "GET"}, // 14
    {"api/v2/recording/jobs", "POST"},                                              // 15
    {"api/v2/conversations/{conversationId}/recordings", "GET"},                    // 16
    {"api/v2/outbound/contactlists/{contactListId}/contacts", "POST"},              // 17
    {"api/v2/outbound/campaigns/{campaignId}", "GET"},                              // 18
    {"api/v2/conversations/messages/{conversationId}/communications/{communicationId}/messages",
     "POST"},                                                               // 19
    {"api/v2/knowledge/knowledgebases/{knowledgeBaseId}/documents", "GET"}, // 20
    {"api/v2/users/{userId}/routingstatus", "PUT"},                         // 21
    {"api/v2/presence/definitions", "GET"},                                 // 22
    {"api/v2/notifications/channels", "POST"},                              // 23
    {"api/v2/flows/datatables/{datatableId}/rows", "GET"},                  // 24
    {"api/v2/flows/datatables/{datatableId}/rows/{rowId}", "PUT"},          // 25
    {"api/v2/flows/datatables/{datatableId}/rows/{rowId}", "DELETE"},       // 26
    {"api/v2/externalcontacts/contacts", "POST"},                           // 27
    {"api/v2/externalcontacts/contacts/{contactId}", "PUT"},                // 28
    {"api/v2/authorization/roles", "GET"},                                  // 29
    {"api/v2/oauth/clients", "GET"},                                        // 30
    {"api/v2/groups", "GET"},                                               // 31
    {"api/v2/analytics/users/aggregates/query", "POST"},                    // 32
    {"api/v2/tokens/me", "GET"},                                            // 33
}};

// Endpoints per UsageFamily, most used first.
const QList<QList<int>> &familyEndpoints()
{
    static const QList<QList<int>> families = {
        {0, 1, 5, 7, 31, 33, 30}, // General
        {11, 10, 9, 12, 31},      // Scim
        {13, 14, 1, 32},          // Wfm
        {4, 3, 32, 7, 8},         // Reporting
        {0, 5, 6, 27, 28, 23, 7}, // Crm
        {16, 15, 5},              // Recording
        {17, 18, 24},             // Outbound
        {19, 20, 24, 25, 26},     // Bot
        {21, 22, 0, 23},          // Presence
    };
    return families;
}

const QStringList kMetrics = {u"Status200"_s, u"Status300"_s, u"Status400"_s,
                              u"Status500"_s, u"Status429"_s, u"Requests"_s};
const QStringList kGranularities = {u"Day"_s, u"Week"_s, u"Month"_s};
const QStringList kClientGroupBy = {u"OAuthClientId"_s, u"OrganizationId"_s, u"TemplateUri"_s,
                                    u"HttpMethod"_s};
const QStringList kOrgGroupBy = {u"OAuthClientId"_s, u"OrganizationId"_s, u"UserId"_s, u"TemplateUri"_s,
                                 u"HttpMethod"_s};

std::optional<Reply> parseEnumArray(const QJsonObject &body, const QString &field, const QStringList &allowed,
                                    QStringList *out)
{
    const QJsonValue v = body.value(field);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isArray())
        return fieldErrorReply(field, u"invalid.type"_s,
                               u"Field [%1] must be an array of strings"_s.arg(field));
    for (const QJsonValue &item : v.toArray()) {
        if (!item.isString() || !allowed.contains(item.toString()))
            return fieldErrorReply(
                field, u"invalid.value"_s,
                u"Value [%1] is not valid for field type [%2]. Allowable values are: %3"_s.arg(
                    item.isString() ? item.toString() : u"(not a string)"_s, field, allowed.join(u", ")));
        if (!out->contains(item.toString()))
            out->append(item.toString());
    }
    return std::nullopt;
}

struct Sums
{
    qint64 s200 = 0, s300 = 0, s400 = 0, s500 = 0, s429 = 0;
};

// The start (days since the epoch) of the bucket day `day` falls in.
qint64 bucketStartDay(qint64 day, UsageQuery::Granularity g)
{
    switch (g) {
    case UsageQuery::Granularity::Day:
    case UsageQuery::Granularity::None:
        return day;
    case UsageQuery::Granularity::Week: // ISO weeks start on Monday; 1970-01-01 was a Thursday
        return day - ((day + 3) % 7 + 7) % 7;
    case UsageQuery::Granularity::Month: {
        static const QDate epoch(1970, 1, 1);
        const QDate d = epoch.addDays(day);
        return epoch.daysTo(QDate(d.year(), d.month(), 1));
    }
    }
    return day;
}

} // namespace

int usageFamilyForName(const QString &name)
{
    const QString n = name.toLower();
    const auto has = [&n](const char16_t *word) { return n.contains(QStringView(word)); };
    if (has(u"scim") || has(u"workday") || has(u"provision"))
        return int(UsageFamily::Scim);
    if (has(u"wfm") || has(u"workforce") || has(u"self-service") || has(u"saml"))
        return int(UsageFamily::Wfm);
    if (has(u"report") || has(u"power bi") || has(u"tableau") || has(u"wallboard") || has(u"analytics") ||
        has(u"dashboard") || has(u"audit") || has(u"billing"))
        return int(UsageFamily::Reporting);
    if (has(u"recording") || has(u"archive") || has(u"s3"))
        return int(UsageFamily::Recording);
    if (has(u"outbound") || has(u"dialer") || has(u"collections"))
        return int(UsageFamily::Outbound);
    if (has(u"bot") || has(u"chat") || has(u"knowledge") || has(u"survey") || has(u"data action") ||
        has(u"translation"))
        return int(UsageFamily::Bot);
    if (has(u"presence") || has(u"teams") || has(u"slack") || has(u"kiosk") || has(u"broadcast"))
        return int(UsageFamily::Presence);
    if (has(u"salesforce") || has(u"zendesk") || has(u"servicenow") || has(u"crm") || has(u"cti") ||
        has(u"field service") || has(u"desktop"))
        return int(UsageFamily::Crm);
    return int(UsageFamily::General);
}

std::optional<Reply> parseUsageQuery(const QByteArray &bodyBytes, bool orgWide, UsageQuery *query)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(bodyBytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return errorReply(400, u"bad.request"_s, u"The request body is not a valid JSON object"_s);
    const QJsonObject body = doc.object();

    const QJsonValue interval = body.value(u"interval"_s);
    if (interval.isUndefined() || interval.isNull())
        return fieldErrorReply(u"interval"_s, u"required"_s, u"Field [interval] is required"_s);
    if (!interval.isString())
        return fieldErrorReply(u"interval"_s, u"invalid.type"_s, u"Field [interval] must be a string"_s);
    const QStringList parts = interval.toString().split(u'/');
    const QDateTime start = parts.size() == 2 ? parseIsoDate(parts[0]) : QDateTime();
    const QDateTime end = parts.size() == 2 ? parseIsoDate(parts[1]) : QDateTime();
    if (!start.isValid() || !end.isValid())
        return fieldErrorReply(u"interval"_s, u"invalid.value"_s,
                               u"Field [interval] must be an ISO-8601 interval start/end, e.g. "
                               "2024-01-01T00:00:00.000Z/2024-01-08T00:00:00.000Z"_s);
    if (start >= end)
        return fieldErrorReply(u"interval"_s, u"invalid.value"_s,
                               u"Field [interval]: the start must be before the end"_s);
    query->startMs = start.toMSecsSinceEpoch();
    query->endMs = end.toMSecsSinceEpoch();

    const QJsonValue granularity = body.value(u"granularity"_s);
    query->granularity = UsageQuery::Granularity::None;
    if (!granularity.isUndefined() && !granularity.isNull()) {
        const int index = granularity.isString() ? int(kGranularities.indexOf(granularity.toString())) : -1;
        if (index < 0)
            return fieldErrorReply(
                u"granularity"_s, u"invalid.value"_s,
                u"Value [%1] is not valid for field type [granularity]. Allowable values are: "
                "Day, Week, Month"_s.arg(granularity.toVariant().toString()));
        query->granularity = UsageQuery::Granularity(index + 1);
    }
    query->metrics.clear();
    query->groupBy.clear();
    if (auto r = parseEnumArray(body, u"metrics"_s, kMetrics, &query->metrics))
        return r;
    if (auto r = parseEnumArray(body, u"groupBy"_s, orgWide ? kOrgGroupBy : kClientGroupBy, &query->groupBy))
        return r;
    return std::nullopt;
}

QJsonArray runUsageQuery(const UsageQuery &query, const QList<const ClientRecord *> &clients,
                         const DemoOrg &org, qint64 nowMs)
{
    const qint64 today = nowMs / kDayMs;
    const qint64 firstDay = qMax(today - kUsageDays, query.startMs / kDayMs); // days touching the interval
    const qint64 lastDay = qMin(today - 1, (query.endMs - 1) / kDayMs);       // inclusive
    const bool byClient = query.groupBy.contains(u"OAuthClientId");
    const bool byTemplate = query.groupBy.contains(u"TemplateUri");
    const bool byMethod = query.groupBy.contains(u"HttpMethod");
    const bool byUser = query.groupBy.contains(u"UserId");
    const bool byOrg = query.groupBy.contains(u"OrganizationId");

    // key: bucket day (20 bits) | client index (24) | endpoint index (6) | method-only flag | user (8)
    std::map<quint64, Sums> sums;
    QHash<quint64, Sums> hashed;
    const auto methodIndex = [](int endpoint) {
        const QByteArray m(kEndpoints[endpoint].method);
        return m == "GET" ? 0 : m == "POST" ? 1 : m == "PUT" ? 2 : 3;
    };
    const auto templateIndex = [](int endpoint) {
        // The first endpoint with the same template stands for the template.
        for (int i = 0; i < endpoint; ++i)
            if (qstrcmp(kEndpoints[i].templateUri, kEndpoints[endpoint].templateUri) == 0)
                return i;
        return endpoint;
    };

    QList<qint64> bucketOfDay;
    for (qint64 day = firstDay; day <= lastDay; ++day)
        bucketOfDay.append(
            query.granularity == UsageQuery::Granularity::None ? 0 : bucketStartDay(day, query.granularity));

    for (qsizetype ci = 0; ci < clients.size(); ++ci) {
        const ClientRecord &c = *clients[ci];
        if (c.usageVolume <= 0)
            continue;
        const quint64 ch = stableHash(c.id);
        const QList<int> &family = familyEndpoints()[qBound(0, c.usageFamily, int(UsageFamily::Count) - 1)];
        const bool userGrant = c.grant != u"CLIENT-CREDENTIALS";
        const qint64 createdDay = c.createdMs / kDayMs;
        const qint64 clientLastDay = c.usageEndMs > 0 ? qMin(lastDay, c.usageEndMs / kDayMs - 1) : lastDay;
        for (qint64 day = qMax(firstDay, createdDay); day <= clientLastDay; ++day) {
            const quint64 dh = mix64(ch ^ quint64(day) * 0x9e3779b97f4a7c15ULL);
            if (dh % 100 < 12) // a day without any traffic: the gaps
                continue;
            const bool weekend = ((day + 3) % 7 + 7) % 7 >= 5;
            for (qsizetype k = 0; k < family.size(); ++k) {
                const int ep = family[k];
                if (k >= 2 && (mix64(ch + quint64(ep)) % 4) == 0) // not every client calls everything
                    continue;
                const quint64 eh = mix64(dh ^ (quint64(ep + 1) << 40));
                const double weight = 1.0 / double(k + 1);
                const double jitter = 0.6 + 0.8 * double(eh % 1000) / 1000.0;
                const qint64 requests =
                    qint64(std::llround(c.usageVolume * weight * jitter * (weekend ? 0.35 : 1.0)));
                if (requests <= 0)
                    continue;
                Sums s;
                s.s500 = requests * qint64(eh >> 10 & 3) / 1000;
                s.s400 = requests * qint64((eh >> 12) % 50) / 1000;
                s.s429 = qMin(s.s400, requests * qint64((eh >> 20) % 20) / 1000);
                s.s300 = requests * qint64((eh >> 28) % 8) / 1000;
                s.s200 = requests - s.s500 - s.s400 - s.s300;
                const quint64 user = byUser && userGrant
                                         ? quint64(mix64(ch ^ quint64(ep)) % quint64(org.users.size()) + 1)
                                         : 0;
                const quint64 epKey = byTemplate ? quint64(byMethod ? ep : templateIndex(ep)) + 1
                                      : byMethod ? quint64(methodIndex(ep)) + 1 + 40
                                                 : 0;
                const quint64 key = quint64(bucketOfDay[day - firstDay] + 100000) << 44 |
                                    (byClient ? quint64(ci + 1) : 0) << 20 | epKey << 8 | user;
                Sums &acc = hashed[key];
                acc.s200 += s.s200;
                acc.s300 += s.s300;
                acc.s400 += s.s400;
                acc.s500 += s.s500;
                acc.s429 += s.s429;
            }
        }
    }
    for (auto it = hashed.cbegin(); it != hashed.cend(); ++it)
        sums.emplace(it.key(), it.value());

    const QStringList metrics = query.metrics.isEmpty() ? kMetrics : query.metrics;
    QJsonArray rows;
    for (const auto &[key, s] : sums) {
        QJsonObject row;
        const qint64 bucket = qint64(key >> 44) - 100000;
        row.insert(u"date"_s, query.granularity == UsageQuery::Granularity::None
                                  ? isoDateMs(query.startMs)
                                  : isoDateMs(bucket * kDayMs));
        if (byOrg)
            row.insert(u"organizationId"_s, org.orgId);
        if (byClient) {
            const ClientRecord &c = *clients[qsizetype((key >> 20) & 0xFFFFFF) - 1];
            row.insert(u"clientId"_s, c.id);
            row.insert(u"clientName"_s, c.name);
        }
        const quint64 epKey = (key >> 8) & 0xFFF;
        if (epKey > 40) {
            static const std::array<const char *, 4> methods = {"GET", "POST", "PUT", "DELETE"};
            row.insert(u"httpMethod"_s, QString::fromLatin1(methods[epKey - 41]));
        } else if (epKey > 0) {
            row.insert(u"templateUri"_s, QString::fromLatin1(kEndpoints[epKey - 1].templateUri));
            if (byMethod)
                row.insert(u"httpMethod"_s, QString::fromLatin1(kEndpoints[epKey - 1].method));
        }
        if (const quint64 user = key & 0xFF)
            row.insert(u"userId"_s, org.users[qsizetype(user) - 1].id);
        for (const QString &m : metrics) {
            const qint64 value = m == u"Status200"   ? s.s200
                                 : m == u"Status300" ? s.s300
                                 : m == u"Status400" ? s.s400
                                 : m == u"Status500" ? s.s500
                                 : m == u"Status429" ? s.s429
                                                     : s.s200 + s.s300 + s.s400 + s.s500;
            QString field = m;
            field[0] = field[0].toLower();
            row.insert(field, value);
        }
        rows.append(row);
    }
    return rows;
}

} // namespace sandbox

// SPDX-License-Identifier: GPL-3.0-or-later
// The Audit API: the service mappings, the realtime query, the asynchronous query (start, poll,
// cursor pages), and the recording of every change the sandbox makes to an OAuth client
// (docs/sandbox.md, R19-R23).
#include "app/sandbox/sandboxext_p.h"
#include "app/sandbox/sandboxroute_p.h"

#include <QJsonDocument>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace sandbox {

namespace {

const QStringList kAuditView{u"audits:audit:view"_s};
const QStringList kFilterProperties{
    u"UserId"_s, u"TrusteeOrganizationId"_s, u"ClientId"_s, u"Action"_s, u"EntityType"_s, u"EntityId"_s};
constexpr qint64 kDayMs = 24LL * 3600 * 1000;
// The realtime query reaches back 14 days; a few minutes of clock skew are tolerated.
constexpr qint64 kRealtimeReachMs = 14 * kDayMs;
constexpr qint64 kSkewMs = 5 * 60 * 1000;
constexpr int kMaxPageSize = 500;
constexpr int kDefaultPageSize = 25;

const QStringList &serverOwned()
{
    static const QStringList fields{u"id"_s,         u"dateCreated"_s, u"dateModified"_s, u"createdBy"_s,
                                    u"modifiedBy"_s, u"selfUri"_s,     u"dateToDelete"_s, u"secret"_s};
    return fields;
}

struct AuditQuery
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    QString service;
    QList<std::pair<QString, QString>> filters;
    bool ascending = false;
    int pageNumber = 1;
    int pageSize = kDefaultPageSize;
};

std::optional<Reply> readBody(const Call &call, QJsonObject *out)
{
    if (!call.jsonBody())
        return errorReply(415, u"unsupported.media.type"_s,
                          u"Unsupported Media Type - Unsupported or incorrect media type, such as an "
                          "incorrect Content-Type value in the header."_s);
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(call.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return errorReply(400, u"bad.request"_s,
                          u"The request could not be understood by the server due to malformed syntax."_s);
    *out = doc.object();
    return std::nullopt;
}

const AuditServiceSpec *findService(const ExtensionState &state, const QString &name)
{
    for (const AuditServiceSpec &s : state.auditServices)
        if (s.name == name)
            return &s;
    return nullptr;
}

// R20: the body of the realtime and the asynchronous query.
std::optional<Reply> parseQuery(const ExtensionState &state, const QJsonObject &body, bool realtime,
                                qint64 nowMs, AuditQuery *q)
{
    const QJsonValue interval = body.value(u"interval"_s);
    if (interval.isUndefined() || interval.isNull())
        return fieldErrorReply(u"interval"_s, u"required"_s, u"Field [interval] is required"_s);
    const QStringList parts = interval.toString().split(u'/');
    const QDateTime start = parts.size() == 2 ? parseIsoDate(parts[0]) : QDateTime();
    const QDateTime end = parts.size() == 2 ? parseIsoDate(parts[1]) : QDateTime();
    if (!interval.isString() || !start.isValid() || !end.isValid())
        return fieldErrorReply(u"interval"_s, u"invalid.value"_s,
                               u"Field [interval] must be an ISO-8601 interval start/end, e.g. "
                               "2025-03-01T00:00:00Z/2025-03-08T00:00:00Z"_s);
    if (start >= end)
        return fieldErrorReply(u"interval"_s, u"invalid.value"_s,
                               u"Field [interval]: the start must be before the end"_s);
    q->startMs = start.toMSecsSinceEpoch();
    q->endMs = end.toMSecsSinceEpoch();
    if (realtime && q->startMs < nowMs - kRealtimeReachMs - kSkewMs)
        return fieldErrorReply(u"interval"_s, u"out.of.range"_s,
                               u"The realtime audit query covers the last 14 days. Use "
                               "/api/v2/audits/query for older audits."_s);

    const QJsonValue service = body.value(u"serviceName"_s);
    if (service.isUndefined() || service.isNull())
        return fieldErrorReply(u"serviceName"_s, u"required"_s, u"Field [serviceName] is required"_s);
    const AuditServiceSpec *spec = findService(state, service.toString());
    if (!service.isString() || !spec) {
        QStringList names;
        for (const AuditServiceSpec &s : state.auditServices)
            names.append(s.name);
        return fieldErrorReply(
            u"serviceName"_s, u"invalid.value"_s,
            u"Value [%1] is not valid for field [serviceName]. Allowable values are: %2"_s.arg(
                service.toString(), names.join(u", "_s)));
    }
    q->service = spec->name;

    const QJsonValue filters = body.value(u"filters"_s);
    if (!filters.isUndefined() && !filters.isNull() && !filters.isArray())
        return fieldErrorReply(u"filters"_s, u"invalid.type"_s, u"Field [filters] must be an array"_s);
    QString entityType;
    const QJsonArray filterArray = filters.toArray();
    for (qsizetype i = 0; i < filterArray.size(); ++i) {
        const QJsonObject f = filterArray[i].toObject();
        const QString property = f.value(u"property"_s).toString();
        const QString value = f.value(u"value"_s).toString();
        const QString where = u"filters[%1]"_s.arg(i);
        if (!kFilterProperties.contains(property))
            return fieldErrorReply(
                where + u".property"_s, u"invalid.value"_s,
                u"Value [%1] is not valid for field [property]. Allowable values are: %2"_s.arg(
                    property, kFilterProperties.join(u", "_s)));
        if (value.isEmpty())
            return fieldErrorReply(where + u".value"_s, u"required"_s, u"Field [value] is required"_s);
        if (property == u"EntityType") {
            bool known = false;
            for (const auto &[name, actions] : spec->entities)
                known = known || name == value;
            if (!known)
                return fieldErrorReply(
                    where + u".value"_s, u"invalid.value"_s,
                    u"Entity type [%1] is not valid for service [%2]"_s.arg(value, spec->name));
            entityType = value;
        }
        q->filters.append({property, value});
    }
    for (const auto &[property, value] : std::as_const(q->filters)) {
        if (property != u"Action")
            continue;
        bool known = false;
        for (const auto &[name, actions] : spec->entities)
            known = known || ((entityType.isEmpty() || name == entityType) && actions.contains(value));
        if (!known)
            return fieldErrorReply(u"filters"_s, u"invalid.value"_s,
                                   u"Action [%1] is not valid for service [%2]"_s.arg(value, spec->name));
    }

    const QJsonValue sort = body.value(u"sort"_s);
    if (!sort.isUndefined() && !sort.isNull() && !sort.isArray())
        return fieldErrorReply(u"sort"_s, u"invalid.type"_s, u"Field [sort] must be an array"_s);
    for (const QJsonValue &v : sort.toArray()) {
        const QJsonObject s = v.toObject();
        const QString order = s.value(u"sortOrder"_s).toString();
        if (s.value(u"name"_s).toString() != u"Timestamp")
            return fieldErrorReply(u"sort"_s, u"invalid.value"_s, u"Sort name must be [Timestamp]"_s);
        if (order != u"ascending" && order != u"descending")
            return fieldErrorReply(u"sort"_s, u"invalid.value"_s,
                                   u"Sort order must be [ascending] or [descending]"_s);
        q->ascending = order == u"ascending";
    }

    if (realtime) {
        const auto readInt = [&body](const QString &key, int fallback, int min, int max,
                                     int *out) -> std::optional<Reply> {
            const QJsonValue v = body.value(key);
            if (v.isUndefined() || v.isNull()) {
                *out = fallback;
                return std::nullopt;
            }
            const double d = v.toDouble(-1);
            if (!v.isDouble() || d != double(qint64(d)) || d < min || d > max)
                return fieldErrorReply(
                    key, u"invalid.value"_s,
                    u"Field [%1] must be a whole number from %2 to %3"_s.arg(key).arg(min).arg(max));
            *out = int(d);
            return std::nullopt;
        };
        if (auto e = readInt(u"pageSize"_s, kDefaultPageSize, 1, kMaxPageSize, &q->pageSize))
            return e;
        if (auto e = readInt(u"pageNumber"_s, 1, 1, 1000000, &q->pageNumber))
            return e;
    }
    return std::nullopt;
}

bool matches(const AuditRecord &e, const AuditQuery &q)
{
    if (e.service != q.service || e.ms < q.startMs || e.ms >= q.endMs)
        return false;
    for (const auto &[property, value] : q.filters) {
        if (property == u"UserId" && e.userId != value)
            return false;
        if (property == u"ClientId" && e.clientId != value)
            return false;
        if (property == u"Action" && e.action != value)
            return false;
        if (property == u"EntityType" && e.entityType != value)
            return false;
        if (property == u"EntityId" && e.entityId != value)
            return false;
        if (property == u"TrusteeOrganizationId")
            return false; // the demo org has no trustee organizations
    }
    return true;
}

QList<qsizetype> run(const ExtensionState &state, const AuditQuery &q)
{
    QList<qsizetype> out;
    for (size_t i = 0; i < state.audit.size(); ++i)
        if (matches(state.audit[i], q))
            out.append(qsizetype(i));
    std::sort(out.begin(), out.end(), [&state, &q](qsizetype a, qsizetype b) {
        const AuditRecord &x = state.audit[size_t(a)];
        const AuditRecord &y = state.audit[size_t(b)];
        const bool before = x.ms != y.ms ? x.ms < y.ms : x.seq < y.seq;
        return q.ascending ? before : !before && (x.ms != y.ms || x.seq != y.seq);
    });
    return out;
}

bool expandUser(const Call &call)
{
    for (const QString &v : call.query.allQueryItemValues(u"expand"_s))
        if (v.split(u',').contains(u"user"_s))
            return true;
    return false;
}

// R21: without expand=user, the user is only {id, selfUri}; with it, the name of a user the users
// lookup knows (a person who has left keeps only the id).
QJsonObject eventJson(const ExtensionState &state, const AuditRecord &e, bool withUserName)
{
    QJsonObject o = e.json;
    if (!o.contains(u"user"_s))
        return o;
    const bool known = std::any_of(state.users.cbegin(), state.users.cend(),
                                   [&e](const DirectoryUser &u) { return u.user.id == e.userId; });
    if (!withUserName || !known) {
        QJsonObject user = o.value(u"user"_s).toObject();
        user.remove(u"name"_s);
        o.insert(u"user"_s, user);
    }
    return o;
}

QString executionId(const ExtensionState &state, quint64 n)
{
    return uuidFromBits(mix64(0xA0D17ULL ^ (n << 24) ^ quint64(state.audit.size())), mix64(n ^ 0x5eedULL));
}

Reply mapping(const ExtensionState &state)
{
    QJsonArray services;
    for (const AuditServiceSpec &s : state.auditServices) {
        QJsonArray entities;
        for (const auto &[name, actions] : s.entities)
            entities.append(
                QJsonObject{{u"name"_s, name}, {u"actions"_s, QJsonArray::fromStringList(actions)}});
        services.append(QJsonObject{{u"name"_s, s.name}, {u"entities"_s, entities}});
    }
    return Reply::json(QJsonObject{{u"services"_s, services}});
}

Reply realtimeQuery(SandboxServerPrivate &d, const Call &call)
{
    QJsonObject body;
    if (auto e = readBody(call, &body))
        return *e;
    AuditQuery q;
    if (auto e = parseQuery(*d.ext, body, true, d.currentTime().toMSecsSinceEpoch(), &q))
        return *e;
    const QList<qsizetype> hits = run(*d.ext, q);
    const bool names = expandUser(call);
    QJsonArray page;
    const qsizetype first = qsizetype(q.pageNumber - 1) * q.pageSize;
    for (qsizetype i = first; i < hits.size() && i < first + q.pageSize; ++i)
        page.append(eventJson(*d.ext, d.ext->audit[size_t(hits[i])], names));
    return Reply::json(QJsonObject{{u"entities"_s, page},
                                   {u"pageSize"_s, q.pageSize},
                                   {u"pageNumber"_s, q.pageNumber},
                                   {u"total"_s, hits.size()},
                                   {u"pageCount"_s, int((hits.size() + q.pageSize - 1) / q.pageSize)}});
}

QJsonObject statusJson(const QString &id, const AuditExecution &x)
{
    QJsonObject o{{u"id"_s, id}, {u"state"_s, x.state}, {u"startDate"_s, x.startDate}};
    for (const QString &key : {u"interval"_s, u"serviceName"_s, u"filters"_s, u"sort"_s})
        if (x.request.contains(key))
            o.insert(key, x.request.value(key));
    return o;
}

Reply startQuery(SandboxServerPrivate &d, const Call &call)
{
    QJsonObject body;
    if (auto e = readBody(call, &body))
        return *e;
    AuditQuery q;
    if (auto e = parseQuery(*d.ext, body, false, d.currentTime().toMSecsSinceEpoch(), &q))
        return *e;
    AuditExecution x;
    x.request = body;
    x.state = u"Queued"_s;
    x.pollsLeft = d.ext->auditRunningPolls;
    x.fail = std::exchange(d.ext->failNextAudit, false);
    x.startDate = isoDate(d.currentTime());
    ++d.sequence;
    const QString id = executionId(*d.ext, d.sequence);
    d.ext->auditExecutions.insert(id, x);
    return Reply::json(statusJson(id, x));
}

Reply queryStatus(SandboxServerPrivate &d, const QString &id)
{
    const auto it = d.ext->auditExecutions.find(id);
    if (it == d.ext->auditExecutions.end())
        return notFoundReply(u"Audit query execution [%1] not found"_s.arg(id));
    if (it->state == u"Queued" || it->state == u"Running") {
        if (it->pollsLeft > 0) {
            --it->pollsLeft;
            it->state = u"Running"_s;
        } else if (it->fail) {
            it->state = u"Failed"_s;
        } else {
            // The results are the log as it is now; later events are not added.
            AuditQuery q;
            parseQuery(*d.ext, it->request, false, 0, &q);
            it->results = run(*d.ext, q);
            it->state = u"Succeeded"_s;
        }
    }
    return Reply::json(statusJson(id, *it));
}

Reply queryResults(SandboxServerPrivate &d, const Call &call, const QString &id)
{
    const auto it = d.ext->auditExecutions.constFind(id);
    if (it == d.ext->auditExecutions.cend())
        return notFoundReply(u"Audit query execution [%1] not found"_s.arg(id));
    if (it->state != u"Succeeded")
        return errorReply(
            400, u"bad.request"_s,
            u"The results of audit query [%1] are not available; its state is [%2]"_s.arg(id, it->state));
    int pageSize = kDefaultPageSize;
    if (call.query.hasQueryItem(u"pageSize"_s)) {
        bool ok = false;
        pageSize = call.query.queryItemValue(u"pageSize"_s).toInt(&ok);
        if (!ok || pageSize < 1 || pageSize > kMaxPageSize)
            return fieldErrorReply(
                u"pageSize"_s, u"invalid.value"_s,
                u"Value [%1] is not valid for field [pageSize]. Allowable values are: 1-%2"_s
                    .arg(call.query.queryItemValue(u"pageSize"_s))
                    .arg(kMaxPageSize));
    }
    // The cursor is opaque to clients: base64url of "<execution id>:<offset>".
    qsizetype offset = 0;
    const QString cursor = call.query.queryItemValue(u"cursor"_s, QUrl::FullyDecoded);
    if (!cursor.isEmpty()) {
        const auto decoded = QByteArray::fromBase64Encoding(
            cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        const QList<QByteArray> parts = decoded ? decoded.decoded.split(':') : QList<QByteArray>();
        bool ok = false;
        offset = parts.size() == 2 && parts[0] == id.toLatin1() ? parts[1].toLongLong(&ok) : -1;
        if (!ok || offset < 0 || offset > it->results.size())
            return fieldErrorReply(u"cursor"_s, u"invalid.value"_s,
                                   u"The cursor is not valid for this query"_s);
    }
    const bool names = expandUser(call);
    QJsonArray entities;
    const qsizetype end = std::min(it->results.size(), offset + pageSize);
    for (qsizetype i = offset; i < end; ++i)
        entities.append(eventJson(*d.ext, d.ext->audit[size_t(it->results[i])], names));
    QJsonObject o{{u"id"_s, id}, {u"pageSize"_s, pageSize}, {u"entities"_s, entities}};
    if (end < it->results.size())
        o.insert(u"cursor"_s, QString::fromLatin1((id.toLatin1() + ':' + QByteArray::number(end))
                                                      .toBase64(QByteArray::Base64UrlEncoding |
                                                                QByteArray::OmitTrailingEquals)));
    return Reply::json(o);
}

QString actionFor(const QJsonObject &before, const QJsonObject &after)
{
    const QString was = before.value(u"state"_s).toString();
    const QString now = after.value(u"state"_s).toString();
    if (was == now)
        return u"Update"_s;
    if (now == u"inactive")
        return u"Deactivate"_s;
    if (now == u"disabled")
        return u"Disable"_s;
    return u"Activate"_s;
}

AuditEntity clientEntity(const SandboxServerPrivate &d, const QJsonObject &client)
{
    return {d.ext->clientAuditService, u"OAuthClient"_s, client.value(u"id"_s).toString(),
            client.value(u"name"_s).toString()};
}

} // namespace

QList<AuditServiceSpec> defaultAuditServices(const QString &clientService)
{
    const QList<std::pair<QString, QStringList>> oauth = {
        {u"OAuthClient"_s,
         {u"Create"_s, u"Update"_s, u"Delete"_s, u"Activate"_s, u"Deactivate"_s, u"Disable"_s}},
        {u"OAuthClientAuthorization"_s, {u"Authorize"_s, u"Deauthorize"_s, u"Revoke"_s}},
    };
    QList<AuditServiceSpec> services = {
        {u"PeoplePermissions"_s,
         {{u"AccessToken"_s, {u"Create"_s, u"Delete"_s, u"Revoke"_s}},
          {u"Role"_s, {u"Create"_s, u"Update"_s, u"Delete"_s}},
          {u"AuthOrganization"_s, {u"Update"_s}}}},
        {u"Directory"_s,
         {{u"User"_s, {u"Create"_s, u"Update"_s, u"Delete"_s, u"Activate"_s, u"Deactivate"_s}},
          {u"Group"_s, {u"Create"_s, u"Update"_s, u"Delete"_s, u"MemberAdd"_s, u"MemberRemove"_s}}}},
        {u"Integrations"_s,
         {{u"Integration"_s, {u"Create"_s, u"Update"_s, u"Delete"_s, u"Enable"_s, u"Disable"_s}},
          {u"Credential"_s, {u"Create"_s, u"Update"_s, u"Delete"_s}},
          {u"Action"_s, {u"Create"_s, u"Update"_s, u"Delete"_s, u"Execute"_s}}}},
        {u"Routing"_s,
         {{u"Queue"_s, {u"Create"_s, u"Update"_s, u"Delete"_s}},
          {u"WrapupCode"_s, {u"Create"_s, u"Update"_s, u"Delete"_s}}}},
    };
    for (AuditServiceSpec &s : services) {
        if (s.name == clientService) {
            s.entities = oauth + s.entities;
            return services;
        }
    }
    services.append({clientService, oauth});
    return services;
}

QJsonObject propertyChange(const QString &property, const QStringList &oldValues,
                           const QStringList &newValues)
{
    return QJsonObject{{u"property"_s, property},
                       {u"oldValues"_s, QJsonArray::fromStringList(oldValues)},
                       {u"newValues"_s, QJsonArray::fromStringList(newValues)}};
}

QStringList auditValues(const QJsonObject &client, const QString &field)
{
    const auto one = [](const QJsonValue &v) -> QString {
        if (v.isString())
            return v.toString();
        if (v.isBool())
            return v.toBool() ? u"true"_s : u"false"_s;
        if (v.isDouble())
            return QString::number(qint64(v.toDouble()));
        if (v.isObject())
            return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        if (v.isArray())
            return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
        return {};
    };
    const QJsonValue v = client.value(field);
    QStringList out;
    if (v.isArray()) {
        for (const QJsonValue &e : v.toArray())
            out.append(one(e));
    } else if (!v.isUndefined() && !v.isNull()) {
        out.append(one(v));
    }
    return out;
}

AuditRecord makeAuditRecord(const QString &orgId, qint64 ms, quint64 seq, const AuditEntity &entity,
                            const QString &action, const AuditActor &actor, const QJsonArray &propertyChanges,
                            const QString &message, const QString &application, const QString &remoteIp)
{
    AuditRecord e;
    e.ms = ms;
    e.seq = seq;
    e.service = entity.service;
    e.entityType = entity.type;
    e.entityId = entity.id;
    e.action = action;
    e.userId = actor.userId;
    e.clientId = actor.clientId;
    QJsonObject o{{u"id"_s, uuidFromBits(mix64(0xA0D1700ULL ^ seq), mix64(quint64(ms) ^ seq))},
                  {u"userHomeOrgId"_s, orgId},
                  {u"remoteIp"_s, QJsonArray{remoteIp}},
                  {u"serviceName"_s, entity.service},
                  {u"level"_s, u"USER"_s},
                  {u"eventDate"_s, isoDateMs(ms)},
                  {u"action"_s, action},
                  {u"entity"_s, QJsonObject{{u"id"_s, entity.id}, {u"name"_s, entity.name}}},
                  {u"entityType"_s, entity.type},
                  {u"status"_s, u"SUCCESS"_s},
                  {u"application"_s, application},
                  {u"propertyChanges"_s, propertyChanges},
                  {u"context"_s, QJsonObject()}};
    if (!actor.userId.isEmpty()) {
        QJsonObject user{{u"id"_s, actor.userId}, {u"selfUri"_s, userSelfUri(actor.userId)}};
        if (!actor.userName.isEmpty())
            user.insert(u"name"_s, actor.userName);
        o.insert(u"user"_s, user);
    }
    if (!actor.clientId.isEmpty())
        o.insert(u"client"_s, QJsonObject{{u"id"_s, actor.clientId},
                                          {u"selfUri"_s, u"/api/v2/oauth/clients/"_s + actor.clientId}});
    QString withParams = message;
    if (!entity.name.isEmpty())
        withParams.replace(entity.name, u"{name}"_s);
    o.insert(u"message"_s, QJsonObject{{u"message"_s, message},
                                       {u"messageWithParams"_s, withParams},
                                       {u"messageParams"_s, QJsonObject{{u"name"_s, entity.name}}}});
    e.json = o;
    return e;
}

void recordAudit(SandboxServerPrivate &d, const TokenRecord &actor, const AuditEntity &entity,
                 const QString &action, const QJsonArray &propertyChanges, const QString &message)
{
    ExtensionState &state = *d.ext;
    AuditActor who{actor.userId, QString(), actor.clientId};
    if (const DemoUser *user = d.org.user(actor.userId))
        who.userName = user->name;
    state.audit.push_back(makeAuditRecord(d.org.orgId, d.currentTime().toMSecsSinceEpoch(), ++state.auditSeq,
                                          entity, action, who, propertyChanges, message, u"Public API"_s,
                                          u"127.0.0.1"_s));
}

void auditClientCreated(SandboxServerPrivate &d, const TokenRecord &actor, const QJsonObject &client)
{
    QJsonArray changes;
    for (auto it = client.begin(); it != client.end(); ++it)
        if (!serverOwned().contains(it.key()))
            changes.append(propertyChange(it.key(), {}, auditValues(client, it.key())));
    const QString name = client.value(u"name"_s).toString();
    recordAudit(d, actor, clientEntity(d, client), u"Create"_s, changes,
                u"OAuth client %1 was created"_s.arg(name));
}

void auditClientUpdated(SandboxServerPrivate &d, const TokenRecord &actor, const QJsonObject &before,
                        const QJsonObject &after)
{
    QStringList keys = before.keys();
    for (const QString &k : after.keys())
        if (!keys.contains(k))
            keys.append(k);
    QJsonArray changes;
    for (const QString &k : std::as_const(keys)) {
        if (serverOwned().contains(k) || before.value(k) == after.value(k))
            continue;
        changes.append(propertyChange(k, auditValues(before, k), auditValues(after, k)));
    }
    const QString name = after.value(u"name"_s).toString();
    const QString action = actionFor(before, after);
    recordAudit(d, actor, clientEntity(d, after), action, changes,
                u"OAuth client %1 was updated"_s.arg(name));
}

void auditSecretRegenerated(SandboxServerPrivate &d, const TokenRecord &actor, const QJsonObject &client)
{
    // How the platform records a regeneration is unconfirmed; the sandbox writes an Update whose
    // only property change is the (masked) secret.
    const QString name = client.value(u"name"_s).toString();
    recordAudit(d, actor, clientEntity(d, client), u"Update"_s,
                QJsonArray{propertyChange(u"secret"_s, {u"********"_s}, {u"********"_s})},
                u"The secret of OAuth client %1 was regenerated"_s.arg(name));
}

void auditClientDeleted(SandboxServerPrivate &d, const TokenRecord &actor, const QJsonObject &client)
{
    const QString name = client.value(u"name"_s).toString();
    recordAudit(d, actor, clientEntity(d, client), u"Delete"_s, {},
                u"OAuth client %1 was deleted"_s.arg(name));
}

void addAuditRoutes(std::vector<Route> &r)
{
    using P = SandboxServerPrivate;
    r.push_back(
        {"GET", routePath(u"api/v2/audits/query/realtime/servicemapping"), kAuditView, true,
         [](P &d, const Call &, const QStringList &, const TokenRecord &) { return mapping(*d.ext); }});
    r.push_back(
        {"GET", routePath(u"api/v2/audits/query/servicemapping"), kAuditView, true,
         [](P &d, const Call &, const QStringList &, const TokenRecord &) { return mapping(*d.ext); }});
    r.push_back(
        {"POST", routePath(u"api/v2/audits/query/realtime"), kAuditView, true,
         [](P &d, const Call &c, const QStringList &, const TokenRecord &) { return realtimeQuery(d, c); }});
    r.push_back(
        {"POST", routePath(u"api/v2/audits/query"), kAuditView, true,
         [](P &d, const Call &c, const QStringList &, const TokenRecord &) { return startQuery(d, c); }});
    r.push_back(
        {"GET", routePath(u"api/v2/audits/query/:id"), kAuditView, true,
         [](P &d, const Call &, const QStringList &a, const TokenRecord &) { return queryStatus(d, a[0]); }});
    r.push_back({"GET", routePath(u"api/v2/audits/query/:id/results"), kAuditView, true,
                 [](P &d, const Call &c, const QStringList &a, const TokenRecord &) {
                     return queryResults(d, c, a[0]);
                 }});
}

} // namespace sandbox

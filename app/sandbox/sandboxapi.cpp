// SPDX-License-Identifier: GPL-3.0-or-later
// The /api/v2 operations: OAuth clients, usage queries, authorizations, scopes, roles, divisions.
#include "app/sandbox/sandboxext_p.h"
#include "app/sandbox/sandboxrules.h"
#include "app/sandbox/sandboxserver_p.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

using namespace Qt::Literals::StringLiterals;
using namespace sandbox;

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;
constexpr int kMaxPageSize = 500;
constexpr int kDefaultPageSize = 25;

const QString kClientsPath = u"/api/v2/oauth/clients"_s;

Reply unsupportedMediaType()
{
    return errorReply(415, u"unsupported.media.type"_s,
                      u"Unsupported Media Type - Unsupported or incorrect media type, such as an incorrect "
                      "Content-Type value in the header."_s);
}

// R5: the body of a POST/PUT must be labelled JSON and be a JSON object.
std::optional<Reply> readJsonObject(const Call &call, QJsonObject *out)
{
    if (!call.jsonBody())
        return unsupportedMediaType();
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(call.body, &error);
    if (error.error != QJsonParseError::NoError)
        return errorReply(400, u"bad.request"_s,
                          u"The request could not be understood by the server due to malformed syntax: %1 at "
                          "offset %2"_s.arg(error.errorString())
                              .arg(error.offset));
    if (!doc.isObject())
        return errorReply(400, u"bad.request"_s, u"The request body must be a JSON object"_s);
    *out = doc.object();
    return std::nullopt;
}

Reply clientNotFound(const QString &id)
{
    return notFoundReply(u"OAuth client [%1] not found"_s.arg(id));
}

QJsonObject withSecret(const ClientRecord &c)
{
    QJsonObject o = c.object();
    o.insert(u"secret"_s, QString::fromUtf8(c.secret));
    return o;
}

struct Paging
{
    int size = kDefaultPageSize;
    int number = 1;
};

std::optional<Reply> readPaging(const Call &call, Paging *paging)
{
    const auto read = [&call](const QString &key, int fallback, int min, int max,
                              int *out) -> std::optional<Reply> {
        if (!call.query.hasQueryItem(key)) {
            *out = fallback;
            return std::nullopt;
        }
        bool ok = false;
        const int v = call.query.queryItemValue(key).toInt(&ok);
        if (!ok || v < min || v > max)
            return fieldErrorReply(
                key, u"invalid.value"_s,
                u"Value [%1] is not valid for field type [%2]. Allowable values are: %3-%4"_s.arg(
                    call.query.queryItemValue(key), key, QString::number(min), QString::number(max)));
        *out = v;
        return std::nullopt;
    };
    if (auto e = read(u"pageSize"_s, kDefaultPageSize, 1, kMaxPageSize, &paging->size))
        return e;
    return read(u"pageNumber"_s, 1, 1, 1000000, &paging->number);
}

// The paged envelope of roles and divisions: the one of sandboxext.cpp (URIs relative, filters
// repeated).
QJsonObject pagedEnvelope(const QString &path, const QString &filters, const QJsonArray &all, const Paging &p)
{
    return pageEnvelope(path, filters, all, PageRequest{p.size, p.number});
}

// Repeatable id filter: id=a&id=b (a comma-separated value is accepted too).
QStringList idFilter(const Call &call)
{
    QStringList ids;
    for (const QString &v : call.query.allQueryItemValues(u"id"_s, QUrl::FullyDecoded))
        ids += v.split(u',', Qt::SkipEmptyParts);
    return ids;
}

// The secret a listing shows with --listing-secrets: the client's own, or a stand-in of the same
// shape for a demo client whose secret nobody knows.
QByteArray listingSecret(const ClientRecord &c)
{
    if (!c.secret.isEmpty())
        return c.secret;
    return QCryptographicHash::hash(c.id.toUtf8(), QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString filterQuery(const QList<std::pair<QString, QString>> &items)
{
    QString out;
    for (const auto &[key, value] : items)
        out += u'&' + key + u'=' + QString::fromLatin1(QUrl::toPercentEncoding(value));
    return out;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// OAuth clients

Reply SandboxServerPrivate::listClients()
{
    // 50,000 clients are about 44 MB of JSON: build it once, reuse it until a client changes.
    if (listingCache.isEmpty()) {
        qsizetype size = 256;
        for (const ClientRecord &c : clients)
            size += c.json.size() + 1;
        QByteArray out;
        out.reserve(size);
        out += "{\"entities\":[";
        for (size_t i = 0; i < clients.size(); ++i) {
            if (i)
                out += ',';
            if (options.listingSecrets) // the object with its secret last (a stand-in if unknown)
                out += clients[i].json.chopped(1) + ",\"secret\":\"" + listingSecret(clients[i]) + "\"}";
            else
                out += clients[i].json;
        }
        const QByteArray n = QByteArray::number(qint64(clients.size()));
        const QByteArray uri = kClientsPath.toLatin1() + "?pageSize=" + n + "&pageNumber=1";
        out += "],\"pageSize\":" + n + ",\"pageNumber\":1,\"total\":" + n +
               ",\"pageCount\":1,\"firstUri\":\"" + uri + "\",\"lastUri\":\"" + uri + "\",\"selfUri\":\"" +
               uri + "\"}";
        listingCache = out;
    }
    return Reply::rawJson(listingCache);
}

Reply SandboxServerPrivate::getClient(const QString &id)
{
    // R8: deleted clients are gone at once (no tombstone).
    const ClientRecord *c = findClient(id);
    return c ? Reply::rawJson(c->json) : clientNotFound(id);
}

QJsonObject SandboxServerPrivate::actorRef(const TokenRecord &token) const
{
    if (const DemoUser *user = org.user(token.userId))
        return userRef(user->id, user->name);
    const auto it = clientIndex.constFind(token.clientId);
    const QString name = it == clientIndex.cend() ? QString() : clients[size_t(*it)].name;
    return QJsonObject{
        {u"id"_s, token.clientId}, {u"name"_s, name}, {u"selfUri"_s, kClientsPath + u'/' + token.clientId}};
}

Reply SandboxServerPrivate::createClient(const Call &call, const TokenRecord &token)
{
    QJsonObject body;
    if (auto error = readJsonObject(call, &body))
        return *error;
    if (auto error = validateClientBody(body, org, nullptr))
        return *error;
    ++sequence;
    const QString id = uuidFromBits(mix64(options.seed ^ 0xC11E47ULL ^ (sequence << 20)),
                                    mix64(sequence ^ quint64(clients.size())));
    ClientRecord record;
    record.setObject(buildStoredClient(body, nullptr, id, currentTime(), actorRef(token)));
    record.secret = randomToken(32);
    secretIssued(*this, id);
    record.usageVolume = 0; // a new client has no traffic yet
    record.usageFamily = usageFamilyForName(record.name);
    const QJsonObject answer = withSecret(record);     // R10: the secret is shown once, here
    auditClientCreated(*this, token, record.object()); // R22
    storeClient(std::move(record), true);
    return Reply::json(answer);
}

Reply SandboxServerPrivate::updateClient(const Call &call, const QString &id, const TokenRecord &token)
{
    ClientRecord *existing = findClient(id);
    if (!existing)
        return clientNotFound(id);
    QJsonObject body;
    if (auto error = readJsonObject(call, &body))
        return *error;
    const QJsonObject old = existing->object();
    if (auto error = validateClientBody(body, org, &old))
        return *error;
    ClientRecord updated = *existing;
    updated.setObject(buildStoredClient(body, &old, id, currentTime(), actorRef(token)));
    const QByteArray json = updated.json;
    auditClientUpdated(*this, token, old, updated.object()); // R22
    if (updated.state == u"disabled") // R14: disabling a client kills its tokens for good
        revokeClientTokens(id);
    storeClient(std::move(updated), false);
    return Reply::rawJson(json); // never the secret
}

Reply SandboxServerPrivate::deleteClient(const QString &id, const TokenRecord &token)
{
    const ClientRecord *c = findClient(id);
    if (!c)
        return clientNotFound(id);
    if (c->state != u"inactive")
        return errorReply(
            400, u"cannot.delete.client"_s,
            u"OAuth client [%1] cannot be deleted while its state is [%2]. Set the state to inactive "
            "first."_s.arg(id, c->state),
            {{u"state"_s, u"invalid.value"_s}}, QJsonObject{{u"state"_s, c->state}});
    auditClientDeleted(*this, token, c->object()); // R22
    const qsizetype index = clientIndex.value(id);
    clients.erase(clients.begin() + index);
    clientIndex.remove(id);
    for (size_t i = size_t(index); i < clients.size(); ++i)
        clientIndex[clients[i].id] = qsizetype(i);
    listingCache.clear();
    revokeClientTokens(id); // a deleted client's tokens die with it
    return Reply::empty(204);
}

void SandboxServerPrivate::revokeClientTokens(const QString &clientId)
{
    tokens.removeIf([&clientId](const auto &it) { return it.value().clientId == clientId; });
    refreshTokens.removeIf([&clientId](const auto &it) { return it.value().clientId == clientId; });
}

Reply SandboxServerPrivate::regenerateSecret(const QString &id, const TokenRecord &token)
{
    ClientRecord *c = findClient(id);
    if (!c)
        return clientNotFound(id);
    c->secret = randomToken(32); // R10: the old secret fails at /oauth/token from now on
    secretIssued(*this, id);
    auditSecretRegenerated(*this, token, c->object()); // R22
    return Reply::json(withSecret(*c));
}

// ---------------------------------------------------------------------------------------------
// Usage

QString SandboxServerPrivate::newExecution(UsageExecution execution)
{
    ++sequence;
    const QString id = uuidFromBits(mix64(options.seed ^ (sequence << 32)), mix64(sequence));
    execution.runningPollsLeft = usageRunningPolls;
    execution.fail = std::exchange(failNextUsage, false);
    executions.insert(id, std::move(execution));
    return id;
}

Reply SandboxServerPrivate::startUsageQuery(const Call &call, const QString &clientId)
{
    if (!clientId.isNull() && !findClient(clientId))
        return clientNotFound(clientId);
    if (!call.jsonBody())
        return unsupportedMediaType();
    UsageExecution execution;
    execution.clientId = clientId;
    if (auto error = parseUsageQuery(call.body, clientId.isNull(), &execution.query))
        return *error;
    const QString id = newExecution(std::move(execution));
    const QString results = clientId.isNull()
                                ? u"/api/v2/usage/query/%1/results"_s.arg(id)
                                : kClientsPath + u"/%1/usage/query/results/%2"_s.arg(clientId, id);
    return Reply::json(QJsonObject{{u"executionId"_s, id}, {u"resultsUri"_s, results}});
}

Reply SandboxServerPrivate::usageSummary(const Call &call, const QString &clientId)
{
    if (!findClient(clientId))
        return clientNotFound(clientId);
    const QString daysText =
        call.query.hasQueryItem(u"days"_s) ? call.query.queryItemValue(u"days"_s) : u"7"_s;
    bool ok = false;
    const int days = daysText.toInt(&ok);
    if (!ok || days < 1 || days > kUsageDays)
        return fieldErrorReply(
            u"days"_s, u"invalid.value"_s,
            u"Value [%1] is not valid for field type [days]. Allowable values are: 1-%2"_s.arg(
                daysText, QString::number(kUsageDays)));
    UsageExecution execution;
    execution.clientId = clientId;
    const qint64 today = currentTime().toMSecsSinceEpoch() / kDayMs * kDayMs;
    execution.query.startMs = today - days * kDayMs;
    execution.query.endMs = today;
    execution.query.groupBy = {u"TemplateUri"_s, u"HttpMethod"_s};
    const QString id = newExecution(std::move(execution));
    return Reply::json(
        QJsonObject{{u"executionId"_s, id},
                    {u"resultsUri"_s, kClientsPath + u"/%1/usage/query/results/%2"_s.arg(clientId, id)}});
}

Reply SandboxServerPrivate::usageResults(const QString &clientId, const QString &executionId)
{
    const auto it = executions.find(executionId);
    if (it == executions.end() || it->clientId != clientId)
        return notFoundReply(u"Usage query execution [%1] not found"_s.arg(executionId));
    if (it->runningPollsLeft > 0) {
        --it->runningPollsLeft;
        return Reply::json(QJsonObject{{u"queryStatus"_s, u"Running"_s}});
    }
    if (it->fail)
        return Reply::json(QJsonObject{{u"queryStatus"_s, u"Failed"_s}, {u"results"_s, QJsonArray()}});
    if (!it->computed) {
        QList<const ClientRecord *> scope;
        if (clientId.isNull()) {
            scope.reserve(qsizetype(clients.size()));
            for (const ClientRecord &c : clients)
                scope.append(&c);
        } else if (const ClientRecord *c = findClient(clientId)) {
            scope.append(c);
        }
        it->rows = runUsageQuery(it->query, scope, org, currentTime().toMSecsSinceEpoch());
        it->computed = true;
    }
    return Reply::json(QJsonObject{{u"queryStatus"_s, u"Complete"_s}, {u"results"_s, it->rows}});
}

// ---------------------------------------------------------------------------------------------
// Authorizations, scopes, roles, divisions

QJsonObject SandboxServerPrivate::authorizationJson(const DemoAuthorization &a, bool german) const
{
    const auto it = clientIndex.constFind(a.clientId);
    if (it == clientIndex.cend())
        return {};
    const ClientRecord &record = clients[size_t(*it)];
    QJsonObject client = record.object();
    if (german && !record.descriptionDe.isEmpty())
        client.insert(u"description"_s, record.descriptionDe);
    const DemoUser &owner = org.users.constFirst();
    return QJsonObject{{u"client"_s, client},
                       {u"scope"_s, QJsonArray::fromStringList(a.scope)},
                       {u"roles"_s, QJsonArray::fromStringList(a.roleIds)},
                       {u"resourceOwner"_s, userRef(owner.id, owner.name)},
                       {u"dateCreated"_s, isoDateMs(a.createdMs)},
                       {u"dateModified"_s, isoDateMs(a.modifiedMs)},
                       {u"createdBy"_s, userRef(owner.id, owner.name)},
                       {u"modifiedBy"_s, userRef(owner.id, owner.name)},
                       {u"pending"_s, a.pending},
                       {u"state"_s, a.state},
                       {u"selfUri"_s, u"/api/v2/oauth/authorizations/"_s + a.clientId}};
}

Reply SandboxServerPrivate::listAuthorizations(const Call &call)
{
    QJsonArray entities;
    for (const DemoAuthorization &a : std::as_const(org.authorizations)) {
        const QJsonObject o = authorizationJson(a, call.german());
        if (!o.isEmpty())
            entities.append(o);
    }
    return Reply::json(QJsonObject{{u"total"_s, entities.size()},
                                   {u"entities"_s, entities},
                                   {u"selfUri"_s, u"/api/v2/oauth/authorizations"_s}});
}

Reply SandboxServerPrivate::getAuthorization(const Call &call, const QString &clientId)
{
    for (const DemoAuthorization &a : std::as_const(org.authorizations)) {
        if (a.clientId != clientId)
            continue;
        const QJsonObject o = authorizationJson(a, call.german());
        if (!o.isEmpty())
            return Reply::json(o);
    }
    return notFoundReply(u"No authorization for client [%1]"_s.arg(clientId));
}

namespace {
QJsonObject scopeJson(const DemoScope &s, bool german)
{
    return QJsonObject{
        {u"id"_s, s.id},
        {u"description"_s, german ? s.de : s.en},
        {u"selfUri"_s, u"/api/v2/oauth/scopes/"_s + QString::fromLatin1(QUrl::toPercentEncoding(s.id))}};
}
} // namespace

Reply SandboxServerPrivate::listScopes(const Call &call)
{
    QJsonArray entities;
    for (const DemoScope &s : std::as_const(org.scopes))
        entities.append(scopeJson(s, call.german()));
    return Reply::json(QJsonObject{
        {u"total"_s, entities.size()}, {u"entities"_s, entities}, {u"selfUri"_s, u"/api/v2/oauth/scopes"_s}});
}

Reply SandboxServerPrivate::getScope(const Call &call, const QString &scopeId)
{
    // The path parameter arrives percent-encoded ("analytics%3Areadonly"); dispatch decoded it.
    const DemoScope *s = org.scope(scopeId);
    return s ? Reply::json(scopeJson(*s, call.german()))
             : notFoundReply(u"Scope [%1] not found"_s.arg(scopeId));
}

Reply SandboxServerPrivate::listRoles(const Call &call)
{
    Paging paging;
    if (auto error = readPaging(call, &paging))
        return *error;
    const QString name = call.query.queryItemValue(u"name"_s, QUrl::FullyDecoded);
    const QStringList ids = idFilter(call);
    const bool userCount = call.query.queryItemValue(u"userCount"_s).toLower() != u"false";
    QJsonArray all;
    for (const DemoRole &r : std::as_const(org.roles)) {
        if (!name.isEmpty() && !r.name.contains(name, Qt::CaseInsensitive))
            continue;
        if (!ids.isEmpty() && !ids.contains(r.id))
            continue;
        QJsonObject o{{u"id"_s, r.id},
                      {u"name"_s, r.name},
                      {u"description"_s, r.description},
                      {u"permissions"_s, QJsonArray::fromStringList(r.permissions)},
                      {u"default"_s, r.builtIn},
                      {u"base"_s, false},
                      {u"selfUri"_s, u"/api/v2/authorization/roles/"_s + r.id}};
        if (r.builtIn)
            o.insert(u"defaultRoleId"_s, r.name);
        if (userCount)
            o.insert(u"userCount"_s, r.userCount);
        all.append(o);
    }
    QList<std::pair<QString, QString>> filters;
    if (!name.isEmpty())
        filters.append({u"name"_s, name});
    for (const QString &id : ids)
        filters.append({u"id"_s, id});
    if (!userCount)
        filters.append({u"userCount"_s, u"false"_s});
    return Reply::json(pagedEnvelope(u"/api/v2/authorization/roles"_s, filterQuery(filters), all, paging));
}

Reply SandboxServerPrivate::listDivisions(const Call &call)
{
    Paging paging;
    if (auto error = readPaging(call, &paging))
        return *error;
    const QString name = call.query.queryItemValue(u"name"_s, QUrl::FullyDecoded);
    const QStringList ids = idFilter(call);
    const bool objectCount = call.query.queryItemValue(u"objectCount"_s).toLower() == u"true";
    QJsonArray all;
    for (const DemoDivision &d : std::as_const(org.divisions)) {
        if (!name.isEmpty() && !d.name.contains(name, Qt::CaseInsensitive))
            continue;
        if (!ids.isEmpty() && !ids.contains(d.id))
            continue;
        QJsonObject o{{u"id"_s, d.id},
                      {u"name"_s, d.name},
                      {u"description"_s, d.description},
                      {u"homeDivision"_s, d.home},
                      {u"selfUri"_s, u"/api/v2/authorization/divisions/"_s + d.id}};
        if (objectCount) {
            const quint64 h = stableHash(d.id);
            o.insert(u"objectCounts"_s, QJsonObject{{u"queues"_s, qint64(h % 40)},
                                                    {u"users"_s, qint64((h >> 8) % 400)},
                                                    {u"flows"_s, qint64((h >> 16) % 60)}});
        }
        all.append(o);
    }
    QList<std::pair<QString, QString>> filters;
    if (!name.isEmpty())
        filters.append({u"name"_s, name});
    for (const QString &id : ids)
        filters.append({u"id"_s, id});
    if (objectCount)
        filters.append({u"objectCount"_s, u"true"_s});
    return Reply::json(
        pagedEnvelope(u"/api/v2/authorization/divisions"_s, filterQuery(filters), all, paging));
}

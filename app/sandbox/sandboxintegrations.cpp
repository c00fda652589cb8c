// SPDX-License-Identifier: GPL-3.0-or-later
// Integration credentials: the cursor-paged listing (no fields), one credential by id (sensitive
// fields redacted), create and update, the credential types, and the demo org's credentials, two
// of them Data Actions credentials of type pureCloudOAuthClient (docs/sandbox.md, R24).
#include "app/sandbox/sandboxext_p.h"
#include "app/sandbox/sandboxroute_p.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace sandbox {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;
constexpr int kDefaultListingSize = 25;
constexpr int kMaxListingSize = 100;
const QString kBasePath = u"/api/v2/integrations/credentials"_s;

struct CredentialTypeSpec
{
    QString name;
    QStringList fields;    // in display order
    QStringList required;  // must be present and non-empty on create and update
    QStringList sensitive; // never answered
};

const QList<CredentialTypeSpec> &credentialTypes()
{
    static const QList<CredentialTypeSpec> types = {
        {u"pureCloudOAuthClient"_s,
         {u"clientId"_s, u"clientSecret"_s},
         {u"clientId"_s, u"clientSecret"_s},
         {u"clientSecret"_s}},
        {u"basicAuth"_s, {u"userName"_s, u"password"_s}, {u"userName"_s, u"password"_s}, {u"password"_s}},
        {u"userDefinedOAuth"_s,
         {u"clientId"_s, u"clientSecret"_s, u"loginUrl"_s},
         {u"clientId"_s, u"clientSecret"_s},
         {u"clientSecret"_s}},
        {u"userDefined"_s, {}, {}, {}}, // free-form: every value counts as sensitive
    };
    return types;
}

const CredentialTypeSpec *typeSpec(const QString &name)
{
    for (const CredentialTypeSpec &t : credentialTypes())
        if (t.name == name)
            return &t;
    return nullptr;
}

bool isSensitive(const CredentialTypeSpec *type, const QString &field)
{
    return !type || type->name == u"userDefined" || type->sensitive.contains(field);
}

QJsonObject typeJson(const QString &name)
{
    const CredentialTypeSpec *t = typeSpec(name);
    QJsonObject o{{u"name"_s, name}};
    if (t) {
        o.insert(u"displayOrder"_s, QJsonArray::fromStringList(t->fields));
        o.insert(u"required"_s, QJsonArray::fromStringList(t->required));
    }
    return o;
}

QJsonObject infoJson(const CredentialRecord &c)
{
    return QJsonObject{{u"id"_s, c.id},
                       {u"name"_s, c.name},
                       {u"type"_s, QJsonObject{{u"name"_s, c.type}}},
                       {u"createdDate"_s, isoDateMs(c.createdMs)},
                       {u"modifiedDate"_s, isoDateMs(c.modifiedMs)},
                       {u"selfUri"_s, kBasePath + u'/' + c.id}};
}

// A credential as GET answers it: sensitive fields are left out.
QJsonObject credentialJson(const CredentialRecord &c)
{
    const CredentialTypeSpec *type = typeSpec(c.type);
    QJsonObject fields;
    for (auto it = c.fields.begin(); it != c.fields.end(); ++it)
        if (!isSensitive(type, it.key()))
            fields.insert(it.key(), it.value());
    return QJsonObject{{u"id"_s, c.id},
                       {u"name"_s, c.name},
                       {u"type"_s, typeJson(c.type)},
                       {u"credentialFields"_s, fields},
                       {u"selfUri"_s, kBasePath + u'/' + c.id}};
}

CredentialRecord *findCredential(ExtensionState &state, const QString &id)
{
    for (CredentialRecord &c : state.credentials)
        if (c.id == id)
            return &c;
    return nullptr;
}

Reply credentialNotFound(const QString &id)
{
    return notFoundReply(u"Credential [%1] not found"_s.arg(id));
}

// R24: a Credential body for create and update.
std::optional<Reply> readCredential(const Call &call, const CredentialRecord *existing, CredentialRecord *out)
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
    const QJsonObject body = doc.object();
    const QJsonValue name = body.value(u"name"_s);
    if (!name.isString() || name.toString().trimmed().isEmpty())
        return fieldErrorReply(u"name"_s,
                               name.isUndefined() || name.isNull() ? u"required"_s : u"invalid.value"_s,
                               u"Field [name] is required"_s);
    const QString typeName = body.value(u"type"_s).toObject().value(u"name"_s).toString();
    if (typeName.isEmpty())
        return fieldErrorReply(u"type.name"_s, u"required"_s, u"Field [type.name] is required"_s);
    const CredentialTypeSpec *type = typeSpec(typeName);
    if (!type)
        return fieldErrorReply(u"type.name"_s, u"invalid.value"_s,
                               u"Credential type [%1] does not exist"_s.arg(typeName));
    if (existing && existing->type != typeName)
        return fieldErrorReply(
            u"type.name"_s, u"invalid.value"_s,
            u"The type of credential [%1] cannot be changed from [%2]"_s.arg(existing->id, existing->type));
    const QJsonValue fieldsValue = body.value(u"credentialFields"_s);
    if (!fieldsValue.isUndefined() && !fieldsValue.isNull() && !fieldsValue.isObject())
        return fieldErrorReply(u"credentialFields"_s, u"invalid.type"_s,
                               u"Field [credentialFields] must be an object"_s);
    const QJsonObject fields = fieldsValue.toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        if (!it.value().isString())
            return fieldErrorReply(u"credentialFields."_s + it.key(), u"invalid.type"_s,
                                   u"Field [credentialFields.%1] must be a string"_s.arg(it.key()));
    // A secret is never read back, so an update must send it again: it is required like any field.
    for (const QString &field : type->required)
        if (fields.value(field).toString().isEmpty())
            return fieldErrorReply(
                u"credentialFields."_s + field, u"required"_s,
                u"Field [credentialFields.%1] is required for credentials of type [%2]"_s.arg(field,
                                                                                              typeName));
    out->name = name.toString();
    out->type = typeName;
    out->fields = fields;
    return std::nullopt;
}

QJsonArray credentialChanges(const CredentialRecord &before, const CredentialRecord &after)
{
    const CredentialTypeSpec *type = typeSpec(after.type);
    QJsonArray changes;
    if (before.name != after.name)
        changes.append(propertyChange(u"name"_s, {before.name}, {after.name}));
    QStringList keys = before.fields.keys();
    for (const QString &k : after.fields.keys())
        if (!keys.contains(k))
            keys.append(k);
    for (const QString &k : std::as_const(keys)) {
        const QString was = before.fields.value(k).toString();
        const QString now = after.fields.value(k).toString();
        if (was == now)
            continue;
        const bool hide = isSensitive(type, k);
        changes.append(
            propertyChange(u"credentialFields."_s + k,
                           was.isEmpty() ? QStringList() : QStringList{hide ? u"********"_s : was},
                           now.isEmpty() ? QStringList() : QStringList{hide ? u"********"_s : now}));
    }
    return changes;
}

QString cursorFor(qsizetype offset)
{
    return QString::fromLatin1((QByteArray("credentials:") + QByteArray::number(offset))
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// -1 for a cursor that does not decode.
qsizetype offsetOf(const QString &cursor)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !decoded.decoded.startsWith("credentials:"))
        return -1;
    bool ok = false;
    const qsizetype n = decoded.decoded.mid(12).toLongLong(&ok);
    return ok && n >= 0 ? n : -1;
}

Reply listing(SandboxServerPrivate &d, const Call &call)
{
    const auto &all = d.ext->credentials;
    const QString sizeText = call.query.queryItemValue(u"pageSize"_s);
    int size = kDefaultListingSize;
    if (call.query.hasQueryItem(u"pageSize"_s)) {
        bool ok = false;
        size = sizeText.toInt(&ok);
        if (!ok || size < 1 || size > kMaxListingSize)
            return fieldErrorReply(
                u"pageSize"_s, u"invalid.value"_s,
                u"Value [%1] is not valid for field [pageSize]. Allowable values are: 1-%2"_s.arg(sizeText)
                    .arg(kMaxListingSize));
    }
    qsizetype start = 0;
    const QString after = call.query.queryItemValue(u"after"_s, QUrl::FullyDecoded);
    const QString before = call.query.queryItemValue(u"before"_s, QUrl::FullyDecoded);
    if (!after.isEmpty() || !before.isEmpty()) {
        const qsizetype at = offsetOf(after.isEmpty() ? before : after);
        if (at < 0 || at > qsizetype(all.size()))
            return fieldErrorReply(after.isEmpty() ? u"before"_s : u"after"_s, u"invalid.value"_s,
                                   u"The cursor is not valid"_s);
        start = after.isEmpty() ? qMax<qsizetype>(0, at - size) : at;
    }
    QJsonArray entities;
    const qsizetype end = qMin(qsizetype(all.size()), start + size);
    for (qsizetype i = start; i < end; ++i)
        entities.append(infoJson(all[size_t(i)]));
    const QString base = kBasePath + u"/listing?pageSize=%1"_s.arg(size);
    QJsonObject o{{u"entities"_s, entities},
                  {u"selfUri"_s, start > 0 ? base + u"&after="_s + cursorFor(start) : base}};
    if (end < qsizetype(all.size()))
        o.insert(u"nextUri"_s, base + u"&after="_s + cursorFor(end));
    if (start > 0)
        o.insert(u"previousUri"_s, base + u"&before="_s + cursorFor(start));
    return Reply::json(o);
}

Reply getCredential(SandboxServerPrivate &d, const QString &id)
{
    const CredentialRecord *c = findCredential(*d.ext, id);
    return c ? Reply::json(credentialJson(*c)) : credentialNotFound(id);
}

Reply updateCredential(SandboxServerPrivate &d, const Call &call, const QString &id, const TokenRecord &token)
{
    CredentialRecord *c = findCredential(*d.ext, id);
    if (!c)
        return credentialNotFound(id);
    CredentialRecord updated = *c;
    if (auto e = readCredential(call, c, &updated))
        return *e;
    updated.modifiedMs = d.currentTime().toMSecsSinceEpoch();
    recordAudit(d, token, {u"Integrations"_s, u"Credential"_s, id, updated.name}, u"Update"_s,
                credentialChanges(*c, updated), u"Credential %1 was updated"_s.arg(updated.name));
    *c = updated;
    return Reply::json(infoJson(*c));
}

Reply createCredential(SandboxServerPrivate &d, const Call &call, const TokenRecord &token)
{
    CredentialRecord created;
    if (auto e = readCredential(call, nullptr, &created))
        return *e;
    ++d.ext->credentialSeq;
    created.id =
        uuidFromBits(mix64(0xC4ED00ULL ^ d.ext->credentialSeq), mix64(d.ext->credentialSeq ^ 0x1234ULL));
    created.createdMs = created.modifiedMs = d.currentTime().toMSecsSinceEpoch();
    recordAudit(d, token, {u"Integrations"_s, u"Credential"_s, created.id, created.name}, u"Create"_s,
                credentialChanges(CredentialRecord{}, created),
                u"Credential %1 was created"_s.arg(created.name));
    d.ext->credentials.push_back(created);
    return Reply::json(infoJson(created));
}

Reply types()
{
    QJsonArray out;
    for (const CredentialTypeSpec &t : credentialTypes())
        out.append(typeJson(t.name));
    return Reply::rawJson(QJsonDocument(out).toJson(QJsonDocument::Compact));
}

} // namespace

bool credentialAuthenticates(const CredentialRecord &credential, const ClientRecord *client)
{
    return credential.type == u"pureCloudOAuthClient" && client && client->state == u"active" &&
           client->grant == u"CLIENT-CREDENTIALS" && !client->secret.isEmpty() &&
           client->id == credential.fields.value(u"clientId"_s).toString() &&
           client->secret == credential.fields.value(u"clientSecret"_s).toString().toUtf8();
}

void addDemoCredentials(ExtensionState &state, DemoOrg &org, std::vector<ClientRecord> &clients,
                        const QHash<QString, qsizetype> &clientIndex, qint64 nowMs)
{
    const auto holding = [&](const QString &clientName) {
        for (const ClientRecord &c : org.clients) {
            if (c.name != clientName)
                continue;
            // Data Actions sign in with this client: the sandbox gives it a secret the credential
            // holds (random per instance, like the admin client's).
            ClientRecord &stored = clients[size_t(clientIndex.value(c.id))];
            stored.secret = randomToken(32);
            return QJsonObject{{u"clientId"_s, c.id},
                               {u"clientSecret"_s, QString::fromLatin1(stored.secret)}};
        }
        qFatal("sandbox demo data: unknown client for a credential");
    };
    struct Spec
    {
        QString name;
        QString type;
        QJsonObject fields;
        int createdDaysAgo;
        int modifiedDaysAgo;
    };
    const QList<Spec> specs = {
        {u"Data Actions - CRM lookup"_s, u"pureCloudOAuthClient"_s, holding(u"Data actions - CRM lookup"_s),
         830, 75},
        {u"Data Actions - Zendesk tickets"_s, u"pureCloudOAuthClient"_s, holding(u"Zendesk ticket sync"_s),
         530, 40},
        {u"Zendesk API (service account)"_s,
         u"basicAuth"_s,
         {{u"userName"_s, u"genesys-integration@northwind.example"_s},
          {u"password"_s, QString::fromLatin1(randomToken(18))}},
         520,
         200},
        {u"Salesforce connected app"_s,
         u"userDefinedOAuth"_s,
         {{u"clientId"_s, u"3MVG9northwindSalesforceConnectedApp"_s},
          {u"clientSecret"_s, QString::fromLatin1(randomToken(24))},
          {u"loginUrl"_s, u"https://login.salesforce.com"_s}},
         990,
         310},
    };
    for (const Spec &s : specs) {
        const qint64 jitter = qint64(stableHash(s.name) % 20000) * 1000;
        state.credentials.push_back({nameUuid(u"credential:"_s + s.name), s.name, s.type, s.fields,
                                     nowMs - s.createdDaysAgo * kDayMs - jitter,
                                     nowMs - s.modifiedDaysAgo * kDayMs - jitter});
    }
}

void addIntegrationRoutes(std::vector<Route> &r)
{
    using P = SandboxServerPrivate;
    const QStringList view{u"integrations:integration:view"_s};
    r.push_back(
        {"GET", routePath(u"api/v2/integrations/credentials/listing"), view, true,
         [](P &d, const Call &c, const QStringList &, const TokenRecord &) { return listing(d, c); }});
    r.push_back({"GET", routePath(u"api/v2/integrations/credentials/types"), view, true,
                 [](P &, const Call &, const QStringList &, const TokenRecord &) { return types(); }});
    r.push_back({"POST",
                 routePath(u"api/v2/integrations/credentials"),
                 {u"integrations:integration:add"_s},
                 true,
                 [](P &d, const Call &c, const QStringList &, const TokenRecord &t) {
                     return createCredential(d, c, t);
                 }});
    r.push_back({"GET", routePath(u"api/v2/integrations/credentials/:id"), view, true,
                 [](P &d, const Call &, const QStringList &a, const TokenRecord &) {
                     return getCredential(d, a[0]);
                 }});
    r.push_back({"PUT",
                 routePath(u"api/v2/integrations/credentials/:id"),
                 {u"integrations:integration:edit"_s},
                 true,
                 [](P &d, const Call &c, const QStringList &a, const TokenRecord &t) {
                     return updateCredential(d, c, a[0], t);
                 }});
}

} // namespace sandbox

// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's public API, its request dispatch, fault injection and the wire.
#include "app/sandbox/sandboxserver.h"

#include "app/sandbox/sandboxext_p.h"
#include "app/sandbox/sandboxratelimit.h"
#include "app/sandbox/sandboxroute_p.h"
#include "app/sandbox/sandboxserver_p.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTimer>

#include <functional>

using namespace Qt::Literals::StringLiterals;
using namespace sandbox;

namespace sandbox {

QStringList routePath(QStringView path)
{
    return path.toString().split(u'/', Qt::SkipEmptyParts);
}

bool Call::german() const
{
    // Only the first (preferred) language counts: "de", "de-de", "de-DE,en;q=0.5".
    const QByteArray lang = header("accept-language").trimmed().toLower();
    return lang == "de" || lang.startsWith("de-") || lang.startsWith("de,") || lang.startsWith("de;");
}

bool Call::jsonBody() const
{
    const QByteArray type = header("content-type").split(';').constFirst().trimmed().toLower();
    return type == "application/json";
}

} // namespace sandbox

namespace {

std::vector<Route> buildRoutes()
{
    using P = SandboxServerPrivate;
    const QStringList view{u"oauth:client:view"_s};
    const QStringList clientUsage{u"oauth:client:view"_s, u"usage:client:view"_s};
    const QStringList orgUsage{u"oauth:client:view"_s, u"usage:organization:view"_s};
    const QStringList authorize{u"oauth:client:authorize"_s};
    const auto path = [](const char16_t *p) { return QString::fromUtf16(p).split(u'/', Qt::SkipEmptyParts); };
    std::vector<Route> r;
    r.push_back(
        {"POST",
         path(u"oauth/token"),
         {},
         false,
         [](P &d, const Call &c, const QStringList &, const TokenRecord &) { return d.oauthToken(c); }});
    r.push_back(
        {"GET",
         path(u"oauth/authorize"),
         {},
         false,
         [](P &d, const Call &c, const QStringList &, const TokenRecord &) { return d.oauthAuthorize(c); }});
    r.push_back(
        {"GET", path(u"api/v2/oauth/clients"), view, true,
         [](P &d, const Call &, const QStringList &, const TokenRecord &) { return d.listClients(); }});
    r.push_back({"POST",
                 path(u"api/v2/oauth/clients"),
                 {u"oauth:client:add"_s},
                 true,
                 [](P &d, const Call &c, const QStringList &, const TokenRecord &t) {
                     return d.createClient(c, t);
                 }});
    r.push_back(
        {"GET", path(u"api/v2/oauth/clients/:id"), view, true,
         [](P &d, const Call &, const QStringList &a, const TokenRecord &) { return d.getClient(a[0]); }});
    r.push_back({"PUT",
                 path(u"api/v2/oauth/clients/:id"),
                 {u"oauth:client:edit"_s},
                 true,
                 [](P &d, const Call &c, const QStringList &a, const TokenRecord &t) {
                     return d.updateClient(c, a[0], t);
                 }});
    r.push_back({"DELETE",
                 path(u"api/v2/oauth/clients/:id"),
                 {u"oauth:client:delete"_s},
                 true,
                 [](P &d, const Call &, const QStringList &a, const TokenRecord &t) {
                     return d.deleteClient(a[0], t);
                 }});
    r.push_back({"POST",
                 path(u"api/v2/oauth/clients/:id/secret"),
                 {u"oauth:client:edit"_s},
                 true,
                 [](P &d, const Call &, const QStringList &a, const TokenRecord &t) {
                     return d.regenerateSecret(a[0], t);
                 }});
    r.push_back({"POST", path(u"api/v2/oauth/clients/:id/usage/query"), clientUsage, true,
                 [](P &d, const Call &c, const QStringList &a, const TokenRecord &) {
                     return d.startUsageQuery(c, a[0]);
                 }});
    r.push_back({"GET", path(u"api/v2/oauth/clients/:id/usage/query/results/:exec"), clientUsage, true,
                 [](P &d, const Call &, const QStringList &a, const TokenRecord &) {
                     return d.usageResults(a[0], a[1]);
                 }});
    r.push_back({"GET", path(u"api/v2/oauth/clients/:id/usage/summary"), clientUsage, true,
                 [](P &d, const Call &c, const QStringList &a, const TokenRecord &) {
                     return d.usageSummary(c, a[0]);
                 }});
    r.push_back({"POST", path(u"api/v2/usage/query"), orgUsage, true,
                 [](P &d, const Call &c, const QStringList &, const TokenRecord &) {
                     return d.startUsageQuery(c, QString());
                 }});
    r.push_back({"GET", path(u"api/v2/usage/query/:exec/results"), orgUsage, true,
                 [](P &d, const Call &, const QStringList &a, const TokenRecord &) {
                     return d.usageResults(QString(), a[0]);
                 }});
    r.push_back({"GET", path(u"api/v2/oauth/authorizations"), authorize, true,
                 [](P &d, const Call &c, const QStringList &, const TokenRecord &) {
                     return d.listAuthorizations(c);
                 }});
    r.push_back({"GET", path(u"api/v2/oauth/authorizations/:id"), authorize, true,
                 [](P &d, const Call &c, const QStringList &a, const TokenRecord &) {
                     return d.getAuthorization(c, a[0]);
                 }});
    r.push_back(
        {"GET",
         path(u"api/v2/oauth/scopes"),
         {},
         true,
         [](P &d, const Call &c, const QStringList &, const TokenRecord &) { return d.listScopes(c); }});
    r.push_back(
        {"GET",
         path(u"api/v2/oauth/scopes/:id"),
         {},
         true,
         [](P &d, const Call &c, const QStringList &a, const TokenRecord &) { return d.getScope(c, a[0]); }});
    r.push_back(
        {"GET",
         path(u"api/v2/authorization/roles"),
         {u"authorization:role:view"_s},
         true,
         [](P &d, const Call &c, const QStringList &, const TokenRecord &) { return d.listRoles(c); }});
    r.push_back(
        {"GET",
         path(u"api/v2/authorization/divisions"),
         {},
         true,
         [](P &d, const Call &c, const QStringList &, const TokenRecord &) { return d.listDivisions(c); }});
    r.push_back(
        {"GET",
         path(u"api/v2/tokens/me"),
         {},
         true,
         [](P &d, const Call &c, const QStringList &, const TokenRecord &t) { return d.tokensMe(c, t); }});
    r.push_back({"DELETE",
                 path(u"api/v2/tokens/me"),
                 {},
                 true,
                 [](P &d, const Call &c, const QStringList &, const TokenRecord &t) {
                     return d.deleteTokensMe(c, t);
                 }});
    r.push_back(
        {"GET",
         path(u"api/v2/users/me"),
         {},
         true,
         [](P &d, const Call &c, const QStringList &, const TokenRecord &t) { return d.usersMe(c, t); }});
    addAuditRoutes(r);
    addIntegrationRoutes(r);
    addUserRoutes(r); // after users/me, which matches first
    return r;
}

bool matchRoute(const Route &route, const QStringList &segments, QStringList *args)
{
    if (route.pattern.size() != segments.size())
        return false;
    args->clear();
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (route.pattern[i].startsWith(u':')) {
            if (segments[i].isEmpty())
                return false;
            args->append(segments[i]);
        } else if (route.pattern[i] != segments[i]) {
            return false;
        }
    }
    return true;
}

Reply faultStatusReply(int status)
{
    switch (status) {
    case 500:
        return errorReply(
            500, u"internal.server.error"_s,
            u"The server encountered an unexpected condition which prevented it from fulfilling the "
            "request."_s);
    case 502:
        return errorReply(502, u"bad.gateway"_s, u"Bad gateway: the upstream service did not answer."_s);
    case 503:
        return errorReply(
            503, u"service.unavailable"_s,
            u"Service Unavailable - The server is currently unavailable (because it is overloaded or "
            "down for maintenance)."_s);
    case 504:
        return errorReply(504, u"request.timeout"_s, u"The request timed out."_s);
    case 400:
        return errorReply(400, u"bad.request"_s,
                          u"The request could not be understood by the server due to malformed syntax."_s);
    case 404:
        return notFoundReply();
    case 409:
        return errorReply(409, u"conflict"_s, u"The resource was changed by another request."_s);
    default:
        return errorReply(status, u"error"_s, u"Injected failure (HTTP %1)"_s.arg(status));
    }
}

} // namespace

// ---------------------------------------------------------------------------------------------

struct SandboxServerPrivate::PendingReply
{
    explicit PendingReply(QHttpServerResponder &&r)
        : responder(std::move(r))
    {}
    QHttpServerResponder responder;
    QTimer timer;
};

SandboxServerPrivate::SandboxServerPrivate(SandboxServer *qq, SandboxOptions opts)
    : q(qq)
    , options(std::move(opts))
    , random(options.seed)
{
    if (options.now.isValid())
        options.now = options.now.toUTC();
    const QDateTime now = currentTime();
    org = buildDemoOrg(now);
    if (options.orgSeed != 0)
        org = deriveOrg(org, options.orgSeed, now);
    QList<ClientRecord> all = org.clients;
    if (options.extraClients > 0)
        all += generateClients(org, options.extraClients, options.seed, now);
    clients.reserve(size_t(all.size()));
    for (ClientRecord &c : all) {
        clientIndex.insert(c.id, qsizetype(clients.size()));
        clients.push_back(std::move(c));
    }
    adminSecret = QString::fromLatin1(randomToken(30));
    clients[size_t(clientIndex.value(org.adminClientId))].secret = adminSecret.toLatin1();
    initExtensionState(*this);
    routes = buildRoutes();
    httpcompat::setCatchAllHandler(server, q,
                                   [this](const QHttpServerRequest &request, QHttpServerResponder &&r) {
                                       handle(request, std::move(r));
                                   });
}

SandboxServerPrivate::~SandboxServerPrivate()
{
    pending.clear(); // before the server and its sockets go
}

QDateTime SandboxServerPrivate::currentTime() const
{
    return options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc();
}

void SandboxServerPrivate::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    Call call;
    call.method = httpcompat::methodName(request);
    call.rawPath = httpcompat::rawPath(request);
    call.rawQuery = httpcompat::rawQuery(request);
    call.query = QUrlQuery(QString::fromLatin1(call.rawQuery));
    call.headers = httpcompat::lowerCaseHeaders(request);
    call.body = request.body();
    const QStringList raw = call.rawPath.split(u'/');
    for (qsizetype i = 1; i < raw.size(); ++i) // raw[0] is the empty string before the leading '/'
        call.segments.append(QUrl::fromPercentEncoding(raw[i].toLatin1()));

    requests.append({call.method, call.rawPath, call.rawQuery, call.headers, call.body, 0});
    const qsizetype recordIndex = requests.size() - 1;

    const FaultRule *fault = pickFault(call);
    using Kind = FaultRule::Kind;
    const Kind kind = fault ? fault->kind : Kind::Status;
    const bool applyFirst = !fault || fault->afterEffect ||
                            (kind != Kind::Status && kind != Kind::RateLimit && kind != Kind::DropConnection);
    Reply reply;
    if (applyFirst) {
        reply = dispatch(call);
    }
    if (fault) {
        switch (kind) {
        case Kind::Status:
            reply = fault->fieldName.isEmpty() ? faultStatusReply(fault->status)
                                               : errorReply(fault->status, u"invalid.value"_s, fault->message,
                                                            {{fault->fieldName, u"invalid.value"_s}},
                                                            QJsonObject{{u"field"_s, fault->fieldName}});
            break;
        case Kind::RateLimit:
            reply = tooManyRequestsReply(300, 60, fault->retryAfterSeconds);
            break;
        case Kind::MalformedJson:
            reply.status = 200;
            reply.contentType = QByteArrayLiteral("application/json");
            reply.body = QByteArrayLiteral("{\"entities\": [{\"id\": \"3f2a, <html>upstream reset</html>");
            break;
        case Kind::WrongContentType:
            reply.contentType = QByteArrayLiteral("text/html; charset=utf-8");
            break;
        case Kind::Latency:
        case Kind::DropConnection:
        case Kind::TruncatedBody:
            break;
        }
    }

    httpcompat::HeaderList headers;
    if (!reply.contentType.isEmpty())
        headers.append({QByteArrayLiteral("Content-Type"), reply.contentType});
    headers.append({QByteArrayLiteral("inin-correlation-id"), randomUuid().toLatin1()});
    // On the sandbox's clock, so a client can compare its own time with server dates.
    headers.append({QByteArrayLiteral("Date"), httpDate(currentTime())});
    headers += reply.headers;

    if (fault && kind == Kind::DropConnection) {
        requests[recordIndex].status = 0;
        httpcompat::drop(responder);
        return;
    }
    requests[recordIndex].status = reply.status;
    if (fault && kind == Kind::TruncatedBody) {
        httpcompat::writeTruncated(responder, reply.status, headers, reply.body);
        return;
    }
    if (fault && kind == Kind::Latency && fault->latencyMs > 0) {
        // Hold the responder; the event loop keeps serving other connections meanwhile.
        auto held = std::make_unique<PendingReply>(std::move(responder));
        PendingReply *p = held.get();
        const auto alive = httpcompat::connectionProbe(p->responder);
        p->timer.setSingleShot(true);
        QObject::connect(&p->timer, &QTimer::timeout, q,
                         [this, p, alive, status = reply.status, headers, body = reply.body] {
                             if (alive())
                                 httpcompat::write(p->responder, status, headers, body);
                             QMetaObject::invokeMethod(
                                 q,
                                 [this, p] {
                                     std::erase_if(pending, [p](const std::unique_ptr<PendingReply> &e) {
                                         return e.get() == p;
                                     });
                                 },
                                 Qt::QueuedConnection);
                         });
        p->timer.start(fault->latencyMs);
        pending.push_back(std::move(held));
        return;
    }
    httpcompat::write(responder, reply.status, headers, reply.body);
}

Reply SandboxServerPrivate::dispatch(const Call &call)
{
    QStringList args;
    const Route *match = nullptr;
    for (const Route &route : routes) {
        if (route.method == call.method && matchRoute(route, call.segments, &args)) {
            match = &route;
            break;
        }
    }
    if (!match)
        return notFoundReply(
            u"No resource found for %1 %2"_s.arg(QString::fromLatin1(call.method), call.rawPath));
    static const TokenRecord anonymous;
    if (!match->authenticated)
        return match->handler(*this, call, args, anonymous);
    Reply error;
    const TokenRecord *token = authenticate(call, &error);
    if (!token)
        return error;
    // R26: the per-token limit counts what it answers; a refused request does not count.
    if (const int retryAfter = rateLimit.admit(call.header("authorization")); retryAfter > 0)
        return tooManyRequestsReply(rateLimit.requests(),
                                    std::max<qint64>(1, rateLimit.window().count() / 1000), retryAfter);
    if (auto denied = checkPermissions(*token, match->anyOf))
        return *denied;
    // Copy: a handler may revoke the token (DELETE /tokens/me).
    const TokenRecord copy = *token;
    return match->handler(*this, call, args, copy);
}

const FaultRule *SandboxServerPrivate::pickFault(const Call &call)
{
    for (ActiveFault &f : faults) {
        if (f.rule.count >= 0 && f.fired >= f.rule.count)
            continue;
        if (!f.rule.method.isEmpty() && f.rule.method.toUpper() != call.method)
            continue;
        if (f.rule.pathPattern.isEmpty()) {
            if (!call.rawPath.startsWith(u"/api/v2/"))
                continue;
        } else if (!QRegularExpression(f.rule.pathPattern).match(call.rawPath).hasMatch()) {
            continue;
        }
        if (f.rule.probability < 1.0 && random.generateDouble() >= f.rule.probability)
            continue;
        ++f.fired;
        ++faultsInjected;
        return &f.rule;
    }
    return nullptr;
}

ClientRecord *SandboxServerPrivate::findClient(const QString &id)
{
    const auto it = clientIndex.constFind(id);
    return it == clientIndex.cend() ? nullptr : &clients[size_t(*it)];
}

void SandboxServerPrivate::storeClient(ClientRecord record, bool isNew)
{
    listingCache.clear();
    if (isNew) {
        clientIndex.insert(record.id, qsizetype(clients.size()));
        clients.push_back(std::move(record));
    } else if (ClientRecord *existing = findClient(record.id)) {
        *existing = std::move(record);
    }
}

// ---------------------------------------------------------------------------------------------

SandboxServer::SandboxServer(SandboxOptions options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<SandboxServerPrivate>(this, std::move(options)))
{}

SandboxServer::~SandboxServer() = default;

namespace {
QLoggingCategory::CategoryFilter previousLogFilter = nullptr;

// QtHttpServer's own categories (qt.httpserver, qt.httpserver.request, ...) print whole requests at
// debug level, Authorization headers included. QT_LOGGING_RULES='*.debug=true' turns them on and
// takes precedence over QLoggingCategory::setFilterRules(); a filter runs after the rules, so it
// keeps them off whatever the environment says.
void quietHttpServerLog(QLoggingCategory *category)
{
    if (previousLogFilter)
        previousLogFilter(category);
    if (qstrncmp(category->categoryName(), "qt.httpserver", 13) == 0) {
        category->setEnabled(QtDebugMsg, false);
        category->setEnabled(QtInfoMsg, false);
    }
}
} // namespace

bool SandboxServer::start(quint16 port)
{
    static const bool filtered = [] {
        previousLogFilter = QLoggingCategory::installFilter(quietHttpServerLog);
        return true;
    }();
    Q_UNUSED(filtered)
    d->errorString.clear();
    d->port = httpcompat::listenLoopback(d->server, port, &d->errorString);
    return d->port != 0;
}

QString SandboxServer::errorString() const
{
    return d->errorString;
}

quint16 SandboxServer::port() const
{
    return d->port;
}

QUrl SandboxServer::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(d->port));
}

void SandboxServer::setNow(const QDateTime &now)
{
    d->options.now = now.isValid() ? now.toUTC() : QDateTime();
}

QDateTime SandboxServer::now() const
{
    return d->currentTime();
}

QString SandboxServer::adminClientId() const
{
    return d->org.adminClientId;
}

QString SandboxServer::adminClientSecret() const
{
    return d->adminSecret;
}

QString SandboxServer::pkceClientId() const
{
    return d->org.pkceClientId;
}

QString SandboxServer::demoUserId() const
{
    return d->org.users.constFirst().id;
}

QString SandboxServer::organizationId() const
{
    return d->org.orgId;
}

QString SandboxServer::issueToken(const QStringList &permissions, std::chrono::seconds lifetime)
{
    return d->issue(d->org.adminClientId, QString(),
                    permissions.isEmpty() ? QStringList{u"*:*:*"_s} : permissions, {},
                    qint64(lifetime.count()));
}

void SandboxServer::revokeAllTokens()
{
    d->tokens.clear();
    d->refreshTokens.clear();
}

void SandboxServer::addFault(const FaultRule &rule)
{
    d->faults.push_back({rule, 0});
}

void SandboxServer::clearFaults()
{
    d->faults.clear();
}

int SandboxServer::faultsInjected() const
{
    return d->faultsInjected;
}

void SandboxServer::setRateLimit(int requests, std::chrono::milliseconds window)
{
    d->rateLimit.setLimit(requests, window);
}

int SandboxServer::rateLimitRequests() const
{
    return d->rateLimit.requests();
}

int SandboxServer::rateLimited() const
{
    return d->rateLimit.refused();
}

void SandboxServer::setUsageRunningPolls(int polls)
{
    d->usageRunningPolls = qMax(0, polls);
}

void SandboxServer::failNextUsageQuery()
{
    d->failNextUsage = true;
}

QJsonArray SandboxServer::clients() const
{
    QJsonArray out;
    for (const ClientRecord &c : d->clients)
        out.append(c.object());
    return out;
}

QJsonObject SandboxServer::client(const QString &id) const
{
    const ClientRecord *c = d->findClient(id);
    return c ? c->object() : QJsonObject();
}

QList<SandboxRequest> SandboxServer::requests() const
{
    return d->requests;
}

void SandboxServer::clearRequests()
{
    d->requests.clear();
}

int SandboxServer::requestCount(const QString &pathPrefix, const QByteArray &method) const
{
    int n = 0;
    for (const SandboxRequest &r : d->requests)
        if (r.path.startsWith(pathPrefix) && (method.isEmpty() || r.method == method.toUpper()))
            ++n;
    return n;
}

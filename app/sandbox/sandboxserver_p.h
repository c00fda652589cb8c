// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The sandbox server's state and request handlers. The handlers are split over
// sandboxapi.cpp (clients, directory, usage), sandboxauth.cpp (login endpoints and identity) and
// sandboxserver.cpp (dispatch, faults, wire). Internal to the sandbox.

#include "app/sandbox/demodata.h"
#include "app/sandbox/httpcompat.h"
#include "app/sandbox/sandboxcommon.h"
#include "app/sandbox/sandboxratelimit.h"
#include "app/sandbox/sandboxserver.h"
#include "app/sandbox/usagegen.h"

#include <QHash>
#include <QHttpServer>
#include <QRandomGenerator>
#include <QUrlQuery>

#include <memory>
#include <optional>
#include <vector>

class QTimer;

namespace sandbox {

// One request as the handlers see it.
struct Call
{
    QByteArray method;
    QString rawPath;      // percent-encoded, as received
    QStringList segments; // decoded path segments
    QByteArray rawQuery;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;

    [[nodiscard]] QByteArray header(const char *lowerCaseName) const
    {
        return headers.value(QByteArray(lowerCaseName));
    }
    [[nodiscard]] bool german() const;   // Accept-Language asks for de / de-de
    [[nodiscard]] bool jsonBody() const; // Content-Type is application/json
};

struct TokenRecord
{
    QString clientId;
    QString userId;          // empty for client-credentials tokens
    QStringList permissions; // what the token may do ("*:*:*" = everything)
    QStringList scopes;
    QDateTime expires;
};

struct CodeRecord
{
    QString clientId;
    QString redirectUri;
    QString challenge; // empty without PKCE
    QStringList scopes;
    QDateTime expires;
};

struct RefreshRecord
{
    QString clientId;
    QString userId;
};

struct UsageExecution
{
    QString clientId; // empty for org-wide queries
    UsageQuery query;
    int runningPollsLeft = 1;
    bool fail = false;
    bool computed = false;
    QJsonArray rows;
};

struct Route;
struct ExtensionState; // audits, integration credentials, users (sandboxext_p.h)

} // namespace sandbox

class SandboxServerPrivate
{
public:
    using Call = sandbox::Call;
    using Reply = sandbox::Reply;

    SandboxServerPrivate(SandboxServer *q, SandboxOptions options);
    ~SandboxServerPrivate();

    // --- wire, dispatch and faults (sandboxserver.cpp)
    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    Reply dispatch(const Call &call);
    const FaultRule *pickFault(const Call &call);
    [[nodiscard]] QDateTime currentTime() const;

    // --- authentication and the login endpoints (sandboxauth.cpp)
    const sandbox::TokenRecord *authenticate(const Call &call, Reply *error);
    std::optional<Reply> checkPermissions(const sandbox::TokenRecord &token, const QStringList &anyOf) const;
    QString issue(const QString &clientId, const QString &userId, const QStringList &permissions,
                  const QStringList &scopes, qint64 lifetimeSeconds);
    QStringList clientPermissions(const QJsonObject &client) const;
    Reply oauthToken(const Call &call);
    Reply oauthAuthorize(const Call &call);
    Reply tokensMe(const Call &call, const sandbox::TokenRecord &token);
    Reply deleteTokensMe(const Call &call, const sandbox::TokenRecord &token);
    Reply usersMe(const Call &call, const sandbox::TokenRecord &token);

    // --- the API (sandboxapi.cpp)
    Reply listClients();
    Reply getClient(const QString &id);
    Reply createClient(const Call &call, const sandbox::TokenRecord &token);
    Reply updateClient(const Call &call, const QString &id, const sandbox::TokenRecord &token);
    Reply deleteClient(const QString &id, const sandbox::TokenRecord &token);
    Reply regenerateSecret(const QString &id, const sandbox::TokenRecord &token);
    Reply startUsageQuery(const Call &call, const QString &clientId);
    Reply usageSummary(const Call &call, const QString &clientId);
    Reply usageResults(const QString &clientId, const QString &executionId);
    Reply listAuthorizations(const Call &call);
    Reply getAuthorization(const Call &call, const QString &clientId);
    Reply listScopes(const Call &call);
    Reply getScope(const Call &call, const QString &scopeId);
    Reply listRoles(const Call &call);
    Reply listDivisions(const Call &call);

    // --- client store helpers
    sandbox::ClientRecord *findClient(const QString &id);
    void storeClient(sandbox::ClientRecord record, bool isNew);
    void revokeClientTokens(const QString &clientId);
    QJsonObject actorRef(const sandbox::TokenRecord &token) const;
    QJsonObject authorizationJson(const sandbox::DemoAuthorization &a, bool german) const;
    QString newExecution(sandbox::UsageExecution execution);

    SandboxServer *q;
    SandboxOptions options;
    QHttpServer server; // declared first among the network parts: destroyed after the pending replies
    quint16 port = 0;
    QString errorString;

    sandbox::DemoOrg org;
    std::vector<sandbox::ClientRecord> clients; // listing order
    QHash<QString, qsizetype> clientIndex;      // id -> index in `clients`
    QByteArray listingCache;                    // the GET /oauth/clients body, until the next change
    QString adminSecret;

    QHash<QString, sandbox::TokenRecord> tokens;
    QHash<QString, sandbox::CodeRecord> codes;
    QHash<QString, sandbox::RefreshRecord> refreshTokens;
    QHash<QString, sandbox::UsageExecution> executions;
    quint64 sequence = 0; // numbers new client ids and execution ids
    int usageRunningPolls = 1;
    bool failNextUsage = false;

    struct ActiveFault
    {
        FaultRule rule;
        int fired = 0;
    };
    std::vector<ActiveFault> faults;
    int faultsInjected = 0;
    sandbox::TokenRateLimit rateLimit; // R26
    QRandomGenerator random;

    QList<SandboxRequest> requests;

    // Replies held back by a Latency fault.
    struct PendingReply;
    std::vector<std::unique_ptr<PendingReply>> pending;

    std::vector<sandbox::Route> routes;
    std::unique_ptr<sandbox::ExtensionState> ext;
};

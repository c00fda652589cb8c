// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <memory>

// The sandbox: a loopback HTTP server (QtHttpServer) that behaves like Genesys Cloud's OAuth API
// for a realistic demo org. `oauthdesk --demo`, `oauthdesk-cli --demo`, the tests and the
// benchmarks all talk to it over real HTTP through the same network code as production.
//
// It serves the API and the login endpoints on one host (baseUrl()), enforces the platform's
// rules (see docs/sandbox.md, each rule numbered and tested), and can inject faults.
//
// Usage:
//     SandboxServer sandbox({.now = fixedNow});
//     if (!sandbox.start()) qFatal("%s", qPrintable(sandbox.errorString()));
//     // sign in with sandbox.adminClientId() / adminClientSecret() at baseUrl() + "/oauth/token"
struct SandboxOptions
{
    QDateTime now;        // fixed "now" (UTC) for the demo data and dates; invalid = the real clock
    int extraClients = 0; // generated clients on top of the demo org (benchmarks: 10000, 50000)
    quint32 seed = 1;     // seeds fault probabilities and generated data
    // Listings carry each client's "secret", as older API versions did (benchmarks of the clients'
    // secret removal).
    bool listingSecrets = false;
    // 0: the demo org "Northwind Contact Center". Another value: a second org derived from it, with
    // ids of its own and a few differences, for comparing orgs (see deriveOrg() in demodata.h).
    quint32 orgSeed = 0;
};

// One rule of fault injection. A request matches when method and path match; the rule then fires
// with `probability` until it has fired `count` times.
struct FaultRule
{
    enum class Kind
    {
        Status,           // answer `status` with an ErrorBody (e.g. 500, 502, 503, 504)
        RateLimit,        // 429 too.many.requests, with Retry-After: retryAfterSeconds (omitted if < 0)
        Latency,          // delay the normal answer by latencyMs (the server keeps serving others)
        MalformedJson,    // 200 with a body that is not JSON
        DropConnection,   // close the socket without an answer
        TruncatedBody,    // send a Content-Length larger than the body, then close
        WrongContentType, // normal body labelled text/html
    };
    Kind kind = Kind::Status;
    QByteArray method;   // "GET", "POST", ...; empty matches any
    QString pathPattern; // regular expression matched against the path; empty matches any /api/v2 path
    int status = 503;
    // For Status: blame this field (ErrorBody details[].fieldName, messageParams.field) with this
    // message, as the platform does for a value it refuses.
    QString fieldName;
    QString message;
    int retryAfterSeconds = -1;
    int latencyMs = 0;
    int count = 1;            // how many times it fires; -1 = unlimited
    double probability = 1.0; // chance per matching request, drawn from the seeded generator
    // For Status and DropConnection: apply the operation first, then fail the answer. This is the
    // "reply lost" case: the client was created, but the caller never heard.
    bool afterEffect = false;
};

struct SandboxRequest
{
    QByteArray method;
    QString path; // as received, still percent-encoded
    QByteArray query;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    int status = 0; // what the sandbox answered (0 = dropped)
};

class SandboxServerPrivate;

class SandboxServer : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(SandboxOptions options = {}, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Listens on 127.0.0.1 (port 0 = ephemeral). Returns false and sets errorString() on failure.
    bool start(quint16 port = 0);
    [[nodiscard]] QString errorString() const;
    [[nodiscard]] quint16 port() const;
    [[nodiscard]] QUrl baseUrl() const; // "http://127.0.0.1:<port>": API and login host

    void setNow(const QDateTime &now);
    [[nodiscard]] QDateTime now() const;

    // The built-in CLIENT-CREDENTIALS client that --demo signs in with: every permission the app
    // uses. Its secret is generated per instance and never written anywhere.
    [[nodiscard]] QString adminClientId() const;
    [[nodiscard]] QString adminClientSecret() const;
    // The built-in public CODE client for PKCE sign-in (redirect http://127.0.0.1:<any port>/).
    [[nodiscard]] QString pkceClientId() const;
    // A user that the authorize endpoint signs in without asking (the demo org's admin).
    [[nodiscard]] QString demoUserId() const;
    [[nodiscard]] QString organizationId() const; // the demo org "Northwind Contact Center"
    // Issues an access token directly, for tests. An empty permission list means all. The token
    // belongs to the admin client (a client-credentials token: /users/me refuses it).
    QString issueToken(const QStringList &permissions = {},
                       std::chrono::seconds lifetime = std::chrono::hours(24));
    void revokeAllTokens();

    // Fault injection.
    void addFault(const FaultRule &rule);
    void clearFaults();
    [[nodiscard]] int faultsInjected() const;
    // R26: at most `requests` answered requests per access token in any sliding `window`; beyond
    // it 429 with Retry-After (whole seconds until a slot frees, 1 at least). 0: no limit (the
    // default, so that tests and benchmarks run at full speed); `--demo` uses 300 per 60 s.
    void setRateLimit(int requests, std::chrono::milliseconds window = std::chrono::seconds(60));
    [[nodiscard]] int rateLimitRequests() const;
    // The requests R26 refused with 429 so far.
    [[nodiscard]] int rateLimited() const;
    // Usage queries report Running for this many polls before Complete (default 1).
    void setUsageRunningPolls(int polls);
    // The next usage query started ends with queryStatus Failed.
    void failNextUsageQuery();

    // R10: new secrets (create, regenerate) are refused at /oauth/token for this long (real time),
    // as while the platform propagates them. 0 (the default): they work at once.
    void setSecretPropagationDelay(std::chrono::milliseconds delay);
    // Audits (docs/sandbox.md, R19-R23). The service that holds OAuthClient events in the
    // service mapping ("PeoplePermissions" by default): the app must look it up, never assume it.
    void setAuditServiceForClients(const QString &serviceName);
    // Asynchronous audit queries report Running for this many status polls (default 1).
    void setAuditQueryRunningPolls(int polls);
    // The next asynchronous audit query started ends with state Failed.
    void failNextAuditQuery();
    // Every audit event recorded so far (the demo history first), with user names.
    [[nodiscard]] QJsonArray auditEvents() const;
    // Integration credentials (R24), for tests: their ids, the client id a pureCloudOAuthClient
    // credential holds, and whether it would get a token now (the client exists, is active and
    // the stored secret is the client's current one), as a Data Action would.
    [[nodiscard]] QStringList integrationCredentialIds() const;
    [[nodiscard]] QString credentialClientId(const QString &credentialId) const;
    [[nodiscard]] bool credentialAuthenticates(const QString &credentialId) const;

    // Inspection, for tests: the server's state as it would list it (no secrets), and the requests
    // it received.
    [[nodiscard]] QJsonArray clients() const;
    [[nodiscard]] QJsonObject client(const QString &id) const;
    [[nodiscard]] QList<SandboxRequest> requests() const;
    void clearRequests();
    // Requests whose path starts with `pathPrefix` (and whose method matches, if given).
    [[nodiscard]] int requestCount(const QString &pathPrefix = {}, const QByteArray &method = {}) const;

private:
    std::unique_ptr<SandboxServerPrivate> d;
};

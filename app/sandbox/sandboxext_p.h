// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The sandbox's state for the APIs beyond the OAuth clients: the audit log and its asynchronous
// queries (sandboxaudit.cpp, demo history in demoaudit.cpp), integration credentials
// (sandboxintegrations.cpp) and the users lookup (sandboxusers.cpp). Internal to the sandbox.

#include "app/sandbox/demodata.h"
#include "app/sandbox/sandboxcommon.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <optional>
#include <vector>

class SandboxServerPrivate;

namespace sandbox {

struct TokenRecord;

// One audit event (AuditLogMessage). `json` is the full event with the user's name; the realtime
// query leaves the name out unless asked for (expand=user).
struct AuditRecord
{
    qint64 ms = 0;   // eventDate
    quint64 seq = 0; // order of events with the same eventDate
    QString service; // serviceName
    QString entityType;
    QString entityId;
    QString action;
    QString userId; // empty for events of a client-credentials client
    QString clientId;
    QJsonObject json;
};

// One service of the audit service mapping: entity types and their actions.
struct AuditServiceSpec
{
    QString name;
    QList<std::pair<QString, QStringList>> entities;
};

// An asynchronous audit query (POST /audits/query): its request, its state and, once Succeeded,
// its results (indices into the audit log, in the requested order).
struct AuditExecution
{
    QJsonObject request; // interval, serviceName, filters, sort as sent
    QString state;       // Queued, Running, Succeeded, Failed
    int pollsLeft = 1;
    bool fail = false;
    QString startDate;
    QList<qsizetype> results;
};

// One integration credential. `fields` hold every value, secrets included; only the fields the
// type does not mark sensitive are ever answered.
struct CredentialRecord
{
    QString id;
    QString name;
    QString type; // pureCloudOAuthClient, basicAuth, userDefinedOAuth, userDefined
    QJsonObject fields;
    qint64 createdMs = 0;
    qint64 modifiedMs = 0;
};

// A user the users lookup knows (the demo org's people and service accounts).
struct DirectoryUser
{
    DemoUser user;
    QString title;
    QString department;
};

struct ExtensionState
{
    std::vector<AuditRecord> audit; // in the order they were recorded (not sorted)
    quint64 auditSeq = 0;
    QList<AuditServiceSpec> auditServices;
    QString clientAuditService; // the service that holds OAuthClient events
    QHash<QString, AuditExecution> auditExecutions;
    int auditRunningPolls = 1;
    bool failNextAudit = false;
    std::vector<CredentialRecord> credentials;
    quint64 credentialSeq = 0;
    QList<DirectoryUser> users;
    // R10 test hook: a new secret is refused at /oauth/token for this long (real time), as if
    // the platform were still propagating it.
    qint64 propagationMs = 0;
    QHash<QString, qint64> secretActiveFrom; // client id -> steady clock ms
};

// R10 test hook: a secret was just issued to `clientId` / is it still refused?
void secretIssued(SandboxServerPrivate &d, const QString &clientId);
[[nodiscard]] bool secretStillPropagating(SandboxServerPrivate &d, const QString &clientId);

// --- sandboxaudit.cpp
// The default service mapping; OAuthClient events are in `clientService`.
[[nodiscard]] QList<AuditServiceSpec> defaultAuditServices(const QString &clientService);
// Where an event happened and who did it.
struct AuditEntity
{
    QString service;
    QString type; // entityType
    QString id;
    QString name;
};
struct AuditActor
{
    QString userId; // empty for a client-credentials client
    QString userName;
    QString clientId;
};
[[nodiscard]] AuditRecord makeAuditRecord(const QString &orgId, qint64 ms, quint64 seq,
                                          const AuditEntity &entity, const QString &action,
                                          const AuditActor &actor, const QJsonArray &propertyChanges,
                                          const QString &message, const QString &application,
                                          const QString &remoteIp);
// Appends one event to the log, now, by the token's user and client.
void recordAudit(SandboxServerPrivate &d, const TokenRecord &actor, const AuditEntity &entity,
                 const QString &action, const QJsonArray &propertyChanges, const QString &message);
// The events of changes to OAuth clients (R22): create, update (with property changes; a change of
// state is Activate/Deactivate/Disable), secret regeneration and delete.
void auditClientCreated(SandboxServerPrivate &d, const TokenRecord &actor, const QJsonObject &client);
void auditClientUpdated(SandboxServerPrivate &d, const TokenRecord &actor, const QJsonObject &before,
                        const QJsonObject &after);
void auditSecretRegenerated(SandboxServerPrivate &d, const TokenRecord &actor, const QJsonObject &client);
void auditClientDeleted(SandboxServerPrivate &d, const TokenRecord &actor, const QJsonObject &client);
// A propertyChanges entry; values are strings, as the platform writes them.
[[nodiscard]] QJsonObject propertyChange(const QString &property, const QStringList &oldValues,
                                         const QStringList &newValues);
// The values of a client field for a property change (arrays element by element, roleDivisions
// as compact JSON objects).
[[nodiscard]] QStringList auditValues(const QJsonObject &client, const QString &field);

// --- demoaudit.cpp: months of history of the demo org, deterministic per `now`.
void addDemoAuditHistory(ExtensionState &state, const DemoOrg &org, qint64 nowMs);

// --- sandboxintegrations.cpp: the demo credentials; sets the secrets of the clients they hold.
void addDemoCredentials(ExtensionState &state, DemoOrg &org, std::vector<ClientRecord> &clients,
                        const QHash<QString, qsizetype> &clientIndex, qint64 nowMs);
[[nodiscard]] bool credentialAuthenticates(const CredentialRecord &credential, const ClientRecord *client);

// --- sandboxusers.cpp: the people of the users lookup.
[[nodiscard]] QList<DirectoryUser> directoryUsers(const DemoOrg &org);
[[nodiscard]] QJsonObject userJson(const DirectoryUser &user, const DemoOrg &org);

// --- builds everything above for a new sandbox.
void initExtensionState(SandboxServerPrivate &d);

// The paged envelope of listings (roles, divisions, users, ...), shared with sandboxapi.cpp's.
struct PageRequest
{
    int size = 25;
    int number = 1;
};
// Reads pageSize (1..maxSize) and pageNumber (>= 1); the 400 answer on a bad value.
[[nodiscard]] std::optional<Reply> readPageRequest(const QUrlQuery &query, PageRequest *page,
                                                   int maxSize = 500);
[[nodiscard]] QJsonObject pageEnvelope(const QString &path, const QString &filters, const QJsonArray &all,
                                       const PageRequest &page);

} // namespace sandbox

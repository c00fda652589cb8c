// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/entities.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

// The Audit API (CONTRACT-EXT.md, audits): events, the service mapping and the query bodies.
// Service names, entity types and actions are open strings: nothing here assumes which service
// holds OAuth clients or how a secret regeneration is recorded; both come from the server.

struct AuditPropertyChange
{
    QString property;
    QStringList oldValues;
    QStringList newValues;
};

// One AuditLogMessage. `json` is the event as the server sent it (unknown fields kept).
struct AuditEvent
{
    QString id;
    QDateTime eventDate;
    EntityRef user;   // empty when a client acted on its own (client credentials)
    EntityRef client; // the OAuth client the request came through; name only if someone added it
    QString serviceName;
    QString level;
    QString action;
    EntityRef entity;
    QString entityType;
    QString status;
    QString application;
    QString message;     // message.message
    QString messageCode; // message.localizableMessageCode
    QList<AuditPropertyChange> propertyChanges;
    QJsonObject json;

    // Whether the event records a reset of the client's secret. How the platform writes that is
    // unconfirmed, so several signs count: a changed property whose name mentions the secret, an
    // action that does (RegenerateSecret, ResetSecret), Reset or Rotate on an OAuth client, or a
    // message about the secret.
    [[nodiscard]] bool isSecretReset() const;
};

// GET /audits/query/realtime/servicemapping (and /audits/query/servicemapping).
struct AuditServiceMapping
{
    struct Entity
    {
        QString name;
        QStringList actions;
    };
    struct Service
    {
        QString name;
        QList<Entity> entities;
    };
    QList<Service> services;

    // The first service that lists `entityType` ("OAuthClient"); empty when none does.
    [[nodiscard]] QString serviceFor(QStringView entityType) const;
    [[nodiscard]] bool isEmpty() const { return services.isEmpty(); }
};

// The body of POST /audits/query/realtime and POST /audits/query.
struct AuditQuery
{
    QDateTime start; // UTC
    QDateTime end;   // UTC, exclusive
    QString serviceName;
    QList<std::pair<QString, QString>> filters; // property (EntityId, EntityType, ...), value
    bool newestFirst = true;
    int pageNumber = 0; // realtime only; 0 = not sent
    int pageSize = 0;

    [[nodiscard]] QString interval() const; // "2026-03-01T00:00:00.000Z/2026-03-15T00:00:00.000Z"
    [[nodiscard]] QJsonObject toJson() const;
};

// One page of the realtime query.
struct AuditPage
{
    QList<AuditEvent> entities;
    int pageNumber = 0;
    int pageCount = 0;
    int pageSize = 0;
    qint64 total = -1;
};

enum class AuditQueryState
{
    Queued,
    Running,
    Succeeded,
    Failed,
    Cancelled,
    Unknown
};

// The answer of starting or polling an asynchronous audit query.
struct AuditQueryExecution
{
    QString id;
    QString rawState;
    AuditQueryState state = AuditQueryState::Unknown;
};

// One cursor page of an asynchronous query's results.
struct AuditResultsPage
{
    QList<AuditEvent> entities;
    QString cursor; // empty on the last page
};

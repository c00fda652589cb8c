// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/net/operation.h"
#include "models/domain/audit.h"
#include "models/domain/clienthistory.h"

#include <QObject>
#include <QSet>

#include <optional>

class Session;
class AuditService;
class UsersService;

// What the change history keeps between questions for one session: the audit service mapping and
// the names of people, clients, roles and divisions. Names are looked up only when an event lacks
// them: people in batches through the users lookup, clients one by one, roles and divisions as
// whole listings, each at most once. A name that cannot be read (a person who has left, a deleted
// client, no authorization:role:view) leaves the id in place; it is never an error.
class HistoryCache : public QObject
{
    Q_OBJECT
public:
    HistoryCache(Session *session, AuditService *audits, UsersService *users, QObject *parent = nullptr);

    [[nodiscard]] Session *session() const { return m_session; }
    [[nodiscard]] AuditService *audits() const { return m_audits; }
    [[nodiscard]] const HistoryNames &names() const { return m_names; }
    [[nodiscard]] const std::optional<AuditServiceMapping> &mapping() const { return m_mapping; }

    // The realtime service mapping, fetched once.
    Operation *serviceMapping(QObject *context, Handler<AuditServiceMapping> done);
    // Looks up the names `events` need and are not known yet; finishes with every name known.
    Operation *resolveNames(const QList<AuditEvent> &events, QObject *context, Handler<HistoryNames> done);

    // For the resolver (history internals).
    void remember(const AuditEvent &event);
    QHash<QString, QString> &users() { return m_names.users; }
    QHash<QString, QString> &clients() { return m_names.clients; }
    QHash<QString, QString> &roles() { return m_names.roles; }
    QHash<QString, QString> &divisions() { return m_names.divisions; }
    QSet<QString> &tried() { return m_tried; }
    bool rolesLoaded = false;
    bool divisionsLoaded = false;

    void clear();

private:
    Session *m_session;
    AuditService *m_audits;
    UsersService *m_users;
    HistoryNames m_names;
    QSet<QString> m_tried; // ids looked up already, found or not
    std::optional<AuditServiceMapping> m_mapping;
};

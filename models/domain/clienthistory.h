// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/audit.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

// A client's change history, built from its audit events: newest first, who by name, each
// property change as old -> new with role and division ids shown by name, and secret resets
// recognised (AuditEvent::isSecretReset). Pure functions over the models, so the GUI's History
// tab and `clients history` show the same thing.

// Names for the ids that appear in events: people, clients, roles and divisions.
struct HistoryNames
{
    QHash<QString, QString> users;
    QHash<QString, QString> clients;
    QHash<QString, QString> roles;
    QHash<QString, QString> divisions;
};

struct HistoryChange
{
    QString property;
    QString oldText; // empty: the property was not set
    QString newText;
};

struct HistoryEntry
{
    AuditEvent event;
    QString who; // a person's name, "client NAME", or an id when no name is known
    QString whoId;
    bool byClient = false; // a client acted on its own (client credentials)
    bool secretReset = false;
    QList<HistoryChange> changes;
};

struct ClientHistory
{
    QString clientId;
    int days = 0;                // how far back the history reaches
    QDateTime from;              // UTC
    QDateTime to;                // UTC
    QList<HistoryEntry> entries; // newest first

    // The newest secret reset, or nullptr when the history holds none.
    [[nodiscard]] const HistoryEntry *lastSecretReset() const;
};

// Entries from events: duplicates (the same id from the realtime and the asynchronous query)
// dropped, newest first (events of the same instant keep the server's order), names resolved.
[[nodiscard]] ClientHistory buildClientHistory(const QString &clientId, int days, const QDateTime &from,
                                               const QDateTime &to, const QList<AuditEvent> &events,
                                               const HistoryNames &names);

// One property's values for people: role/division pairs as "ROLE in DIVISION", other ids that
// name a role, division, client or person replaced by the name; several values joined with ", ".
[[nodiscard]] QString describeValues(const QStringList &values, const HistoryNames &names);

// "Secret last reset 12 days ago by Helga Brandt." or
// "Secret last reset: unknown (no audit event in the last 14 days)."
[[nodiscard]] QString secretResetSummary(const ClientHistory &history, const QDateTime &now);
// "today", "1 day ago", "12 days ago"
[[nodiscard]] QString daysAgo(const QDateTime &when, const QDateTime &now);

// The event as the API sent it with the names added: user.name and client.name where they were
// missing, and "secretReset": true on the events recognised as a secret reset.
[[nodiscard]] QJsonObject historyEntryJson(const HistoryEntry &entry, const HistoryNames &names);

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/oauthclient.h"
#include "models/domain/usage.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

// Org insights, part one: which clients are unused. The platform keeps no "last used" date on a
// client, so the answer is a join of the client listing with one org-wide usage query (grouped by
// OAuthClientId, Day granularity) over a window of whole UTC days:
//
//     const ActivityWindow w = ActivityWindow::lastDays(30, now);
//     const ActivityReport r = buildActivityReport(clients, usageRows, w);
//     for (const ClientActivity &a : r.rows) ... // no traffic first
//
// A client created inside the window is "new", whatever its traffic: it is too young to call
// unused. Otherwise it is "unused" without a request in the window and "active" with one. The
// client's state (active, disabled, inactive) is a separate fact shown beside the status.
//
// Plain values, QtCore only: the GUI, the CLI and the tests share this one implementation.

enum class ActivityStatus
{
    Unused,
    New,
    Active
};

// "unused", "new", "active": the stable ids of CSV and --json output.
[[nodiscard]] QString activityStatusId(ActivityStatus status);
// "Unused", "New", "In use", translated (not "Active", which reads like the client's state).
[[nodiscard]] QString activityStatusLabel(ActivityStatus status);

// The whole UTC days a report covers: [firstDay, endDay), ending before today, because today is
// still filling up (the Usage page counts the same days, so their numbers agree).
struct ActivityWindow
{
    int days = 0;
    QDate firstDay;
    QDate endDay;  // exclusive: today (UTC) when built by lastDays()
    QDateTime now; // UTC; ages are counted to it
    [[nodiscard]] static ActivityWindow lastDays(int days, const QDateTime &now);
    [[nodiscard]] QDateTime start() const; // firstDay 00:00 UTC
    [[nodiscard]] QDateTime end() const;   // endDay 00:00 UTC
    [[nodiscard]] bool contains(QDate day) const { return day >= firstDay && day < endDay; }
    [[nodiscard]] bool isValid() const { return days > 0 && firstDay.isValid() && endDay.isValid(); }
    // The org-wide query that answers it: Day granularity, Requests only, grouped by client.
    [[nodiscard]] UsageQuery usageQuery() const;
    friend bool operator==(const ActivityWindow &, const ActivityWindow &) = default;
};

struct DailyRequests
{
    QDate day;
    qint64 requests = 0;
    friend bool operator==(const DailyRequests &, const DailyRequests &) = default;
};

// One client of the report.
struct ClientActivity
{
    OAuthClient client;
    ActivityStatus status = ActivityStatus::Unused;
    qint64 requests = 0;        // in the window
    QDate lastDay;              // last UTC day with a request in the window; invalid without one
    int ageDays = -1;           // whole days since dateCreated; -1 when the date is unknown
    QList<DailyRequests> daily; // days with requests, oldest first (for the confirmation's chart)

    [[nodiscard]] bool hasTraffic() const { return requests > 0; }
};

struct ActivityReport
{
    ActivityWindow window;
    QList<ClientActivity> rows; // in activityLess() order
    // Traffic the usage query reports for clients the listing does not have (deleted since).
    qint64 otherRequests = 0;
    int otherClients = 0;
    int rowsOutsideWindow = 0; // usage rows dated outside the window, ignored

    [[nodiscard]] int count(ActivityStatus status) const;
    [[nodiscard]] int indexOf(const QString &clientId) const;
    [[nodiscard]] const ClientActivity *find(const QString &clientId) const;

    // Keeps the report current without a new query when a client changes (its state, name, ...),
    // is created (new, no traffic) or is removed. Return the row touched, -1 when none. A changed
    // client keeps its row: its status and order depend on the traffic and the creation date only.
    int updateClient(const OAuthClient &client);
    int removeClient(const QString &clientId);
    // For item models that announce a change before making it: the row a client not in the report
    // would get, and where it would go.
    [[nodiscard]] ClientActivity activityFor(const OAuthClient &client) const;
    [[nodiscard]] int positionFor(const ClientActivity &activity) const;
};

// The join. Clients in state "deleted" are left out; usage rows without a client id, or dated
// outside the window, are ignored. Requests are the rows' `requests`, or the sum of the status
// metrics when a row carries no `requests`.
[[nodiscard]] ActivityReport buildActivityReport(const QList<OAuthClient> &clients,
                                                 const QList<UsageRow> &rows, const ActivityWindow &window);

// The status of one client with `requests` in `window`.
[[nodiscard]] ActivityStatus activityStatus(const OAuthClient &client, qint64 requests,
                                            const ActivityWindow &window);

// The report's order: clients without traffic first (unused before new), then the longest quiet
// (earliest last day with traffic), then fewest requests; ties by name (case-insensitive), then id.
// Locale-independent, so that exports are byte-for-byte the same everywhere.
[[nodiscard]] bool activityLess(const ClientActivity &a, const ClientActivity &b);

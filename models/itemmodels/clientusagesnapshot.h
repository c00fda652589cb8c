// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/insights.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

// What the Clients list shows of each client's traffic: a copy of one org-wide usage report
// (ActivityReport, the Insights sweep's join), reduced to the figures the columns and the filters
// need, with the time it was fetched.
//
// The report covers whole UTC days before today (today is still filling up): `coveredDays` of them,
// the last being `endDay - 1`. "Requests (30 d)" counts the last 30 of them; "Last request" is the
// last day with a request among all of them, so it can only say "none in the N days covered" for a
// client without one. Clients the report does not have (deleted ones, or created after the fetch)
// are unknown.
struct ClientUsageFigures
{
    qint64 requests30 = 0;  // in the last 30 covered days
    qint64 requestsAll = 0; // in all covered days
    QDate lastDay;          // last UTC day with a request; invalid without one in the covered days
};

struct ClientUsageSnapshot
{
    static constexpr int RecentDays = 30; // the "Requests (30 d)" column

    QHash<QString, ClientUsageFigures> clients;
    int coveredDays = 0; // 0: no usage known
    QDate endDay;        // exclusive
    QDateTime fetchedAt; // when the platform answered

    [[nodiscard]] bool isValid() const { return coveredDays > 0; }
    // A report that answers the columns: at least RecentDays days. Anything else gives an invalid
    // snapshot.
    [[nodiscard]] static ClientUsageSnapshot fromReport(const ActivityReport &report,
                                                        const QDateTime &fetchedAt);
    // Whether the client had no request in the last `days` covered days; nullopt when that is not
    // known (the client is not in the snapshot, or fewer days are covered).
    [[nodiscard]] std::optional<bool> quietFor(const QString &clientId, int days) const;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/itemmodels/clientusagesnapshot.h"

ClientUsageSnapshot ClientUsageSnapshot::fromReport(const ActivityReport &report, const QDateTime &fetchedAt)
{
    ClientUsageSnapshot s;
    if (!report.window.isValid() || report.window.days < RecentDays)
        return s;
    s.coveredDays = report.window.days;
    s.endDay = report.window.endDay;
    s.fetchedAt = fetchedAt;
    const QDate recentStart = s.endDay.addDays(-RecentDays);
    s.clients.reserve(report.rows.size());
    for (const ClientActivity &a : report.rows) {
        ClientUsageFigures f;
        f.requestsAll = a.requests;
        f.lastDay = a.lastDay;
        for (const DailyRequests &d : a.daily) {
            if (d.day >= recentStart && d.day < s.endDay)
                f.requests30 += d.requests;
        }
        s.clients.insert(a.client.id, f);
    }
    return s;
}

std::optional<bool> ClientUsageSnapshot::quietFor(const QString &clientId, int days) const
{
    if (!isValid() || days > coveredDays)
        return std::nullopt;
    const auto it = clients.constFind(clientId);
    if (it == clients.cend())
        return std::nullopt;
    if (!it->lastDay.isValid())
        return it->requestsAll == 0;
    return it->lastDay < endDay.addDays(-days);
}

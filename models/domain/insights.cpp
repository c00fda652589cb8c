// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/insights.h"

#include <QCoreApplication>
#include <QHash>
#include <QTimeZone>

#include <algorithm>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Insights)
};

constexpr qint64 DayMs = 24LL * 3600 * 1000;

QDateTime utcMidnight(QDate day)
{
    return QDateTime(day, QTime(0, 0), QTimeZone::utc());
}

qint64 rowRequests(const UsageRow &r)
{
    if (r.requests > 0)
        return r.requests;
    // Requests not asked: the status metrics add up to it (429 is inside 400).
    return r.status200 + r.status300 + r.status400 + r.status500;
}

int ageInDays(const OAuthClient &c, const QDateTime &now)
{
    if (!c.dateCreated.isValid() || !now.isValid())
        return -1;
    return int(std::max<qint64>(0, c.dateCreated.secsTo(now) / (24 * 3600)));
}

ClientActivity makeActivity(const OAuthClient &client, const ActivityWindow &w, QList<DailyRequests> daily)
{
    ClientActivity a;
    a.client = client;
    std::sort(daily.begin(), daily.end(),
              [](const DailyRequests &x, const DailyRequests &y) { return x.day < y.day; });
    for (const DailyRequests &d : std::as_const(daily)) {
        a.requests += d.requests;
        if (d.requests > 0)
            a.lastDay = d.day;
    }
    a.daily = std::move(daily);
    a.ageDays = ageInDays(client, w.now);
    a.status = activityStatus(client, a.requests, w);
    return a;
}
} // namespace

QString activityStatusId(ActivityStatus status)
{
    switch (status) {
    case ActivityStatus::Unused:
        return u"unused"_s;
    case ActivityStatus::New:
        return u"new"_s;
    case ActivityStatus::Active:
        return u"active"_s;
    }
    return {};
}

QString activityStatusLabel(ActivityStatus status)
{
    switch (status) {
    case ActivityStatus::Unused:
        return Tr::tr("Unused");
    case ActivityStatus::New:
        return Tr::tr("New");
    case ActivityStatus::Active:
        // Not "Active": that is a client state, shown in the next column.
        return Tr::tr("In use");
    }
    return {};
}

ActivityWindow ActivityWindow::lastDays(int days, const QDateTime &now)
{
    ActivityWindow w;
    w.days = days;
    w.now = now.toUTC();
    w.endDay = w.now.date();
    w.firstDay = w.endDay.addDays(-days);
    return w;
}

QDateTime ActivityWindow::start() const
{
    return utcMidnight(firstDay);
}

QDateTime ActivityWindow::end() const
{
    return utcMidnight(endDay);
}

UsageQuery ActivityWindow::usageQuery() const
{
    UsageQuery q;
    q.start = start();
    q.end = end();
    q.granularity = Granularity::Day;
    q.metrics = {u"Requests"_s};
    q.groupBy = {u"OAuthClientId"_s};
    return q;
}

ActivityStatus activityStatus(const OAuthClient &client, qint64 requests, const ActivityWindow &window)
{
    // A client without a creation date is not assumed to be new: that would hide it from the
    // unused list forever.
    if (client.dateCreated.isValid() && client.dateCreated >= window.start())
        return ActivityStatus::New;
    return requests > 0 ? ActivityStatus::Active : ActivityStatus::Unused;
}

bool activityLess(const ClientActivity &a, const ClientActivity &b)
{
    if (a.hasTraffic() != b.hasTraffic())
        return !a.hasTraffic();
    if (!a.hasTraffic() && a.status != b.status)
        return a.status == ActivityStatus::Unused;
    if (a.lastDay != b.lastDay)
        return a.lastDay < b.lastDay;
    if (a.requests != b.requests)
        return a.requests < b.requests;
    if (const int c = a.client.name.compare(b.client.name, Qt::CaseInsensitive); c != 0)
        return c < 0;
    if (const int c = a.client.name.compare(b.client.name, Qt::CaseSensitive); c != 0)
        return c < 0;
    return a.client.id < b.client.id;
}

ActivityReport buildActivityReport(const QList<OAuthClient> &clients, const QList<UsageRow> &rows,
                                   const ActivityWindow &window)
{
    ActivityReport report;
    report.window = window;
    const qint64 firstDay = window.start().toMSecsSinceEpoch() / DayMs;
    const qint64 days = std::max(0, window.days);

    // Per listed client, one counter per day of the window: a 10,000-client org over 90 days is
    // 7 MB of counters and one hash lookup per row (rows come sorted by date, clients interleaved).
    QHash<QString, qsizetype> slot;
    slot.reserve(clients.size());
    for (qsizetype i = 0; i < clients.size(); ++i)
        slot.insert(clients.at(i).id, i);
    std::vector<qint64> counts(size_t(clients.size() * days), 0);
    QHash<QString, qint64> others; // traffic of clients the listing does not have

    for (const UsageRow &r : rows) {
        if (r.clientId.isEmpty())
            continue;
        // Day buckets start at 00:00 UTC; the day index comes from the epoch ms, with no calendar
        // arithmetic per row.
        const qint64 ms = r.date.isValid() ? r.date.toMSecsSinceEpoch() : -1;
        const qint64 day = ms >= 0 ? ms / DayMs - firstDay : -1;
        if (ms < 0 || day < 0 || day >= days) {
            ++report.rowsOutsideWindow;
            continue;
        }
        const qint64 n = rowRequests(r);
        if (n <= 0)
            continue;
        if (const auto it = slot.constFind(r.clientId); it != slot.cend())
            counts[size_t(*it * days + day)] += n;
        else
            others[r.clientId] += n;
    }

    report.rows.reserve(clients.size());
    for (qsizetype i = 0; i < clients.size(); ++i) {
        const OAuthClient &c = clients.at(i);
        if (c.clientState() == ClientState::Deleted) {
            // Its traffic counts as a client the list no longer has.
            qint64 sum = 0;
            for (qint64 d = 0; d < days; ++d)
                sum += counts[size_t(i * days + d)];
            if (sum > 0)
                others[c.id] += sum;
            continue;
        }
        QList<DailyRequests> daily;
        for (qint64 d = 0; d < days; ++d) {
            if (const qint64 n = counts[size_t(i * days + d)]; n > 0)
                daily.append({window.firstDay.addDays(d), n});
        }
        report.rows.append(makeActivity(c, window, std::move(daily)));
    }
    report.otherClients = int(others.size());
    for (qint64 n : std::as_const(others))
        report.otherRequests += n;
    std::stable_sort(report.rows.begin(), report.rows.end(), activityLess);
    return report;
}

int ActivityReport::count(ActivityStatus status) const
{
    return int(std::count_if(rows.cbegin(), rows.cend(),
                             [status](const ClientActivity &a) { return a.status == status; }));
}

int ActivityReport::indexOf(const QString &clientId) const
{
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows.at(i).client.id == clientId)
            return int(i);
    }
    return -1;
}

const ClientActivity *ActivityReport::find(const QString &clientId) const
{
    const int i = indexOf(clientId);
    return i < 0 ? nullptr : &rows.at(i);
}

int ActivityReport::updateClient(const OAuthClient &client)
{
    if (client.clientState() == ClientState::Deleted)
        return removeClient(client.id);
    const int i = indexOf(client.id);
    if (i >= 0) {
        // The traffic is the query's; only the client's own fields changed. The position stays
        // (the status does not depend on them), so a view keeps its selection.
        ClientActivity &a = rows[i];
        a.client = client;
        a.ageDays = ageInDays(client, window.now);
        a.status = activityStatus(client, a.requests, window);
        return i;
    }
    ClientActivity a = activityFor(client);
    const int at = positionFor(a);
    rows.insert(at, std::move(a));
    return at;
}

ClientActivity ActivityReport::activityFor(const OAuthClient &client) const
{
    return makeActivity(client, window, {});
}

int ActivityReport::positionFor(const ClientActivity &activity) const
{
    return int(std::lower_bound(rows.cbegin(), rows.cend(), activity, activityLess) - rows.cbegin());
}

int ActivityReport::removeClient(const QString &clientId)
{
    const int i = indexOf(clientId);
    if (i >= 0)
        rows.removeAt(i);
    return i;
}

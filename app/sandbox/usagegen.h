// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// API usage for the sandbox: generated on demand from a hash of (client, day, templateUri,
// httpMethod), so nothing is stored and the same question always gets the same answer. Also
// parses and validates the usage query bodies. Internal to the sandbox.

#include "app/sandbox/demodata.h"
#include "app/sandbox/sandboxcommon.h"

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sandbox {

// What kind of endpoints a client calls. Chosen from the client's name when it is created.
enum class UsageFamily
{
    General,
    Scim,
    Wfm,
    Reporting,
    Crm,
    Recording,
    Outbound,
    Bot,
    Presence,
    Count
};

// Days of usage before "now" (whole UTC days; today has no data yet).
inline constexpr int kUsageDays = 90;

struct UsageQuery
{
    enum class Granularity
    {
        None,
        Day,
        Week,
        Month
    };
    qint64 startMs = 0;
    qint64 endMs = 0;
    Granularity granularity = Granularity::None; // None: one bucket for the whole interval
    QStringList metrics;                         // empty = all
    QStringList groupBy;
};

// Validates an ApiUsageClientQuery / ApiUsageOrganizationQuery body (the caller checked the
// Content-Type). Returns the 400 answer on error.
[[nodiscard]] std::optional<Reply> parseUsageQuery(const QByteArray &body, bool orgWide, UsageQuery *query);

// Runs a query over `clients` (one client for the per-client endpoint) and returns ApiUsageRow
// objects, sorted by date and group keys.
[[nodiscard]] QJsonArray runUsageQuery(const UsageQuery &query, const QList<const ClientRecord *> &clients,
                                       const DemoOrg &org, qint64 nowMs);

[[nodiscard]] int usageFamilyForName(const QString &name);

} // namespace sandbox

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/apierror.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

enum class Granularity
{
    Day,
    Week,
    Month
};
[[nodiscard]] QString granularityToString(Granularity g); // "Day", "Week", "Month"
[[nodiscard]] std::optional<Granularity> granularityFromString(QStringView s);

// Body of POST /oauth/clients/{id}/usage/query and POST /usage/query.
struct UsageQuery
{
    QDateTime start; // UTC
    QDateTime end;   // UTC, exclusive
    Granularity granularity = Granularity::Day;
    QStringList metrics; // empty = all (Status200, Status300, Status400, Status500, Status429, Requests)
    QStringList groupBy; // OAuthClientId, OrganizationId, TemplateUri, HttpMethod (+ UserId org-wide)

    [[nodiscard]] QString interval() const; // "2024-01-01T00:00:00Z/2024-01-08T00:00:00Z"
    [[nodiscard]] QJsonObject toJson() const;
    // Last `days` days ending at the start of the next UTC day after `now`.
    [[nodiscard]] static UsageQuery lastDays(int days, const QDateTime &now);
    friend bool operator==(const UsageQuery &, const UsageQuery &) = default;
};

// UsageExecutionResult: the answer of starting a query (or of the summary call).
struct UsageExecution
{
    QString executionId;
    QString resultsUri;
};
[[nodiscard]] Result<UsageExecution> parseUsageExecution(const QByteArray &body);

struct UsageRow
{
    QString clientId;
    QString clientName;
    QString organizationId;
    QString userId;
    QString templateUri;
    QString httpMethod;
    qint64 status200 = 0;
    qint64 status300 = 0;
    qint64 status400 = 0; // includes status429
    qint64 status500 = 0;
    qint64 status429 = 0;
    qint64 requests = 0;
    QDateTime date; // start of the UTC bucket
};

enum class UsageStatus
{
    Running,
    Complete,
    Failed,
    Unknown
};

struct UsageResult
{
    UsageStatus status = UsageStatus::Unknown;
    QString rawStatus;
    QList<UsageRow> rows;
};
[[nodiscard]] Result<UsageResult> parseUsageResult(const QByteArray &body);

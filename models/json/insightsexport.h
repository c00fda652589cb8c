// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/insights.h"
#include "models/domain/insightschecks.h"

#include <QByteArray>
#include <QJsonObject>

// Exports of the insights views: CSV for spreadsheets, JSON rows for scripts (oauthdesk-cli
// insights ... --json), and a client's configuration as JSON. The formats are fixed, byte for byte,
// whatever the locale or the view's sort: RFC 4180 with CRLF line ends, UTF-8 without BOM, ids
// instead of translated labels, ISO 8601 dates in UTC, plain digits. Fields are written like the
// Usage page's CSV (UsageTableModel::appendCsvField): quoted when needed, a leading ' before = + - @.
namespace insightsexport {

// The unused-clients view in report order:
//   status,name,clientId,state,grantType,requests,lastRequestDay,dateCreated,ageDays,dateToDelete,
//   windowFirstDay,windowLastDay
// status is unused, new or active; lastRequestDay and the window days are UTC dates (yyyy-MM-dd,
// the window's last day included); dateCreated and dateToDelete are UTC date-times; a missing
// value is an empty field.
[[nodiscard]] QByteArray activityCsv(const ActivityReport &report);

// The configuration checks' findings in their order:
//   check,severity,title,clientId,name,state,reason
// check and severity are ids (see configurationChecks()); the title and reason are in the language
// of the running app.
[[nodiscard]] QByteArray findingsCsv(const QList<CheckFinding> &findings);

// One row of `insights unused --json`: status, clientId, name, state, grantType, requests,
// lastRequestDay (null without traffic), dateCreated, ageDays, dateToDelete (inactive clients),
// windowDays.
[[nodiscard]] QJsonObject activityJson(const ClientActivity &activity, const ActivityWindow &window);
// One row of `insights checks --json`: check, severity, title, clientId, clientName, state, reason.
[[nodiscard]] QJsonObject findingJson(const CheckFinding &finding);

// The client's configuration in the shape `oauthdesk-cli clients create --file` accepts:
// OAuthClient::toRequestJson() (no secret, no server-set field), indented, keys sorted.
[[nodiscard]] QByteArray clientConfigurationJson(const OAuthClient &client);

// File names to offer: "unused-clients-30d-2026-03-15.csv", "configuration-checks-2026-03-15.csv".
[[nodiscard]] QString activityFileName(const ActivityWindow &window);
[[nodiscard]] QString findingsFileName(const QDateTime &now);

} // namespace insightsexport

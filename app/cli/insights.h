// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/present.h"
#include "models/domain/insights.h"
#include "models/domain/insightschecks.h"

#include <QByteArray>

// `oauthdesk-cli insights unused [--days N]` and `oauthdesk-cli insights checks`: the Insights
// page's two views for scripts and terminals. The commands themselves are CommandRunner members
// (defined in insights.cpp) running an InsightsController; these are their outputs.
namespace cli::present {

// The unused-clients report: a table (no traffic first) with a summary line, or with --json the
// array of insightsexport::activityJson() rows, each with "status" (unused, new or active).
void insightsUnused(QByteArray &out, const ActivityReport &report, const Style &style);
// The findings: a table by severity, or with --json the array of insightsexport::findingJson()
// rows, each with "check", "clientId" and "reason".
void insightsChecks(QByteArray &out, const CheckRun &run, const Style &style);

} // namespace cli::present

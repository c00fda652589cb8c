// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/net/regions.h"
#include "models/domain/authorization.h"
#include "models/domain/directory.h"
#include "models/domain/oauthclient.h"
#include "models/domain/scope.h"
#include "models/domain/usage.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

// How oauthdesk-cli shows each value type: readable tables and detail blocks for people, JSON for
// scripts. Pure functions over the models, so they are tested without a server.
namespace cli::present {

struct Style
{
    bool json = false;
    bool pretty = false;
    int terminalWidth = 0; // 0 = not a terminal (no width limit beyond the column caps)
    bool progress = false; // report polling progress on stderr (a terminal, or --verbose)
};

// Clients. The JSON is OAuthClient::json, which never holds a secret; `secret` is added only by
// the two commands that show it once (create, secret).
void clients(QByteArray &out, const QList<OAuthClient> &list, const Style &style);
void client(QByteArray &out, const OAuthClient &c, const Style &style, const QString &secret = {});
[[nodiscard]] QJsonObject clientJson(const OAuthClient &c, const QString &secret = {});

void authorizations(QByteArray &out, const QList<OAuthAuthorization> &list, const Style &style);
void authorization(QByteArray &out, const OAuthAuthorization &a, const Style &style);

void scopes(QByteArray &out, const QList<OAuthScope> &list, const Style &style);
void scope(QByteArray &out, const OAuthScope &s, const Style &style);

void roles(QByteArray &out, const QList<Role> &list, const Style &style);
void divisions(QByteArray &out, const QList<Division> &list, const Style &style);

// A started usage query (execution id and where its results are).
void usageExecution(QByteArray &out, const UsageExecution &e, const QString &resultsPath, const Style &style);
// Usage rows: a table with a totals line, or the JSON array of rows.
void usageRows(QByteArray &out, const QList<UsageRow> &rows, const Style &style);
// `usage results`: the status and the rows; JSON {"queryStatus", "results"}.
void usageResult(QByteArray &out, const UsageResult &r, const Style &style);
// A row in the API's field names (ApiUsageRow); empty strings are left out.
[[nodiscard]] QJsonObject usageRowJson(const UsageRow &row);

struct Identity
{
    TokenInfo info;
    Endpoints endpoints;
    QDateTime tokenExpiresAt;
    bool clientCredentials = false; // app-only token (no user)
};
void whoami(QByteArray &out, const Identity &who, const Style &style);

} // namespace cli::present

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/usage.h"

#include <QDate>

// A client's API usage summed up for a confirmation dialog: "1,234 requests in the last 7 days,
// 12 failed". Built from the rows of a usage query (per day: lastActive is then the last day with requests).
struct UsageTotals
{
    qint64 requests = 0;
    qint64 ok = 0;           // 2xx
    qint64 clientErrors = 0; // 4xx, rate limiting included
    qint64 serverErrors = 0; // 5xx
    qint64 rateLimited = 0;  // 429
    QDate lastActive;        // the last bucket with requests (UTC), invalid when none

    [[nodiscard]] bool isEmpty() const { return requests == 0; }
    [[nodiscard]] static UsageTotals fromRows(const QList<UsageRow> &rows);
};

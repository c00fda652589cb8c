// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/controllers/usagetotals.h"

UsageTotals UsageTotals::fromRows(const QList<UsageRow> &rows)
{
    UsageTotals t;
    for (const UsageRow &r : rows) {
        t.requests += r.requests;
        t.ok += r.status200;
        t.clientErrors += r.status400;
        t.serverErrors += r.status500;
        t.rateLimited += r.status429;
        if (r.requests > 0 && r.date.isValid()) {
            const QDate d = r.date.toUTC().date();
            if (!t.lastActive.isValid() || d > t.lastActive)
                t.lastActive = d;
        }
    }
    return t;
}

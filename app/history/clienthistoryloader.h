// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/net/operation.h"
#include "models/domain/clienthistory.h"

class HistoryCache;

// Loads one client's change history: looks up which audit service holds OAuth clients
// in the realtime service mapping, asks the realtime query for the client's events (EntityId = the
// client's id, expand=user) over the last `days` days (at most the 14 the realtime query covers),
// and, when `days` reaches further back, the asynchronous query for the rest (start, poll, cursor
// pages). Then it names who did what and builds the entries, newest first.
//
// A 403 says which permission is missing (audits:audit:view); nothing else in the app depends on
// the history.
namespace clienthistory {

inline constexpr int DefaultDays = 14;
inline constexpr int RealtimeDays = 14; // what the realtime query reaches back
inline constexpr int MaxDays = 3650;

// `now` is the server's clock (ApiClient::serverNow()); the window is [now - days, now + a margin).
Operation *load(HistoryCache *cache, const QString &clientId, int days, const QDateTime &now,
                QObject *context, Handler<ClientHistory> done);

} // namespace clienthistory

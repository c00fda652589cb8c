// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/net/operation.h"
#include "models/config/snapshot.h"

#include <QDateTime>

class Session;

// Takes a snapshot of the org that `session` is signed in to, through its services: who is signed
// in (tokens/me, unless the session already knows its org), the client listing, then the roles and
// the divisions to name what the clients point at. One request after another, each under the
// ApiClient's retry rules. When the roles or divisions cannot be read (e.g. no
// authorization:role:view), the snapshot is still taken, without those names, and says so in
// Snapshot::warnings. `takenAt` defaults to the current time.
//
//     takeSnapshot(session, this, [](const Result<Snapshot> &r) { if (r) save(r->toJson()); });
Operation *takeSnapshot(Session *session, QObject *context, Handler<Snapshot> done,
                        const QDateTime &takenAt = {});

// The region a session's snapshot records: the SDK region id, or the API host[:port] for custom URLs.
[[nodiscard]] QString snapshotRegion(const Session *session);

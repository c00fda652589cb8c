// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/apierror.h"
#include "models/domain/directory.h"
#include "models/domain/entities.h"
#include "models/domain/oauthclient.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

// The configuration of every client of one org at one time, as one JSON file (docs/snapshots.md):
//
//     {"format": "oauthdesk-snapshot", "version": 1,
//      "org": {"id": ..., "name": ...}, "region": "eu_central_1", "takenAt": "2026-03-15T12:00:00.000Z",
//      "clients": [ <the API's client object without "secret", with role and division names> ]}
//
// Each entry of a client's roleDivisions gains "roleName" and (except for "*") "divisionName";
// a client with the deprecated roleIds gains "roleNames" beside it. Names that the org's role or
// division listing does not know are left out, and the id stands for itself. A snapshot never holds
// a secret: building and reading both remove any "secret".
struct Snapshot
{
    static constexpr QLatin1StringView Format{"oauthdesk-snapshot"};
    static constexpr int Version = 1;

    EntityRef org;
    QString region; // the SDK region id, or the API host for custom URLs
    QDateTime takenAt;
    QList<QJsonObject> clients; // sorted by name, then id

    // Not part of the file: what could not be resolved while taking it ("role names unknown: ...").
    QStringList warnings;

    // Builds a snapshot from a live listing. `roles` and `divisions` may be empty (not readable):
    // the names are then missing and the ids stand for themselves.
    [[nodiscard]] static Snapshot build(const EntityRef &org, const QString &region, const QDateTime &takenAt,
                                        const QList<OAuthClient> &clients, const QList<Role> &roles,
                                        const QList<Division> &divisions);

    // The file: indented JSON, top-level fields in the documented order, clients sorted.
    [[nodiscard]] QByteArray toJson() const;
    // Reads a file's bytes. Fails with a Validation error naming the problem (not JSON, another
    // format, a newer version, a client that is not an object or has no name, a list field of a
    // client (roleDivisions, scope, ...) of the wrong JSON type, named with the client).
    [[nodiscard]] static Result<Snapshot> fromJson(const QByteArray &bytes);
    // Snapshot files larger than this are refused (the same order as the CLI's other file inputs;
    // about 10 000 clients).
    static constexpr qint64 MaxFileBytes = 16 * 1024 * 1024;
    // Reads the file at `path` (at most MaxFileBytes) with fromJson(); every error names the file.
    [[nodiscard]] static Result<Snapshot> fromFile(const QString &path);
};

// Snapshot annotation keys that the API does not know (removed again before anything is sent).
namespace snapshotkeys {
inline constexpr QLatin1StringView RoleName{"roleName"};
inline constexpr QLatin1StringView DivisionName{"divisionName"};
inline constexpr QLatin1StringView RoleNames{"roleNames"};
} // namespace snapshotkeys

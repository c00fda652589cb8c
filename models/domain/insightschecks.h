// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/directory.h"
#include "models/domain/oauthclient.h"

#include <QDateTime>
#include <QHash>
#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QStringList>

// Org insights, part two: configuration checks over all clients. Each check is one entry of a
// table (configurationChecks()): a stable id, a title, a severity, a predicate and the reason text
// for a client it flags. Adding a check is adding an entry; views, exports and the CLI list
// whatever the table holds.
//
//     CheckContext ctx;
//     ctx.now = now;
//     ctx.setRoles(roles);
//     const CheckRun run = runChecks(clients, ctx);
//     for (const CheckFinding &f : run.findings) ... // f.check->id, f.client, f.reason
//
// Inactive clients issue no new tokens and are on their way out: only the deletion check looks at
// them (restoring one brings it back under every check). Deleted clients are never checked.

enum class CheckSeverity
{
    High,
    Medium,
    Low
};

// "high", "medium", "low": the ids of CSV and --json output.
[[nodiscard]] QString checkSeverityId(CheckSeverity severity);
[[nodiscard]] QString checkSeverityLabel(CheckSeverity severity); // translated

// What the checks know besides the client.
struct CheckContext
{
    static constexpr int DefaultDeletionNoticeDays = 7;

    QDateTime now;              // UTC
    QHash<QString, Role> roles; // by id, from the roles listing
    bool rolesKnown = false;    // false: the listing failed (no permission); role checks are skipped
    int deletionNoticeDays = DefaultDeletionNoticeDays;

    void setRoles(const QList<Role> &list);
};

struct CheckDescriptor
{
    QLatin1StringView id; // stable, for scripts and exports: "implicit-grant"
    const char *title;    // untranslated; checkTitle() translates it (context "InsightChecks")
    const char *advice;   // what to do about it, untranslated
    CheckSeverity severity;
    bool needsRoles;      // cannot be evaluated without the roles listing
    bool inactiveClients; // also looks at inactive clients
    // Null when the client passes; otherwise the reason, naming what was found.
    QString (*evaluate)(const OAuthClient &client, const CheckContext &context);
};

[[nodiscard]] QString checkTitle(const CheckDescriptor &check);
[[nodiscard]] QString checkAdvice(const CheckDescriptor &check);

// The table, in the order views list the checks.
[[nodiscard]] const QList<CheckDescriptor> &configurationChecks();
[[nodiscard]] const CheckDescriptor *findCheck(QStringView id);

struct CheckFinding
{
    const CheckDescriptor *check = nullptr; // points into the table, which lives forever
    OAuthClient client;
    QString reason;
};

struct CheckRun
{
    QList<CheckFinding> findings;           // in findingLess() order
    QList<const CheckDescriptor *> skipped; // checks that could not run (roles unknown)
    int clientsChecked = 0;

    [[nodiscard]] int count(QLatin1StringView checkId) const;
};

[[nodiscard]] CheckRun runChecks(const QList<OAuthClient> &clients, const CheckContext &context,
                                 const QList<CheckDescriptor> &checks = configurationChecks());
// The findings of one client (after it changed), in findingLess() order.
[[nodiscard]] QList<CheckFinding> checkClient(const OAuthClient &client, const CheckContext &context,
                                              const QList<CheckDescriptor> &checks = configurationChecks());

// Severity first (high first), then the check's place in the table, then the client's name
// (case-insensitive), then id: stable and locale-independent.
[[nodiscard]] bool findingLess(const CheckFinding &a, const CheckFinding &b);

// Helpers the checks use, public for their tests.
namespace insightchecks {
// Loopback hosts an http redirect may use (RFC 8252): localhost, 127.0.0.0/8, ::1.
[[nodiscard]] bool isLoopbackHost(const QString &host);
// A plain http redirect to a host other than loopback.
[[nodiscard]] bool isInsecureRedirect(const QString &uri);
// A redirect with a wildcard anywhere in it.
[[nodiscard]] bool isWildcardRedirect(const QString &uri);
// A role with administrator reach: named "admin" or "Master Admin" (any case), or holding a
// permission on every domain ("*" or "*:...").
[[nodiscard]] bool isAdminLikeRole(const Role &role);
} // namespace insightchecks

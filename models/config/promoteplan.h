// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/config/snapshotdiff.h"
#include "models/domain/directory.h"

#include <QHash>
#include <QSet>

// What promoting means for each client of a difference A -> B: make the target B match the source
// A, never deleting anything.
//  - removed (only in A): create it in B;
//  - changed: update B's client with A's values of exactly the fields that differ (the PUT keeps
//    every other field of B's client, also unknown ones);
//  - added (only in B): kept, listed, never removed;
//  - ambiguous: skipped (the name does not say which client is meant).
// Roles and divisions are mapped by name to the target's ids ("*" stays "*"; an id without a name
// is kept only when the target has that very id, as within one org). A role or division the target
// lacks is named and the client skipped. Read-only and server-set fields and the snapshot's name
// annotations are never sent.
struct TargetDirectory
{
    QHash<QString, QString> roleIdByName;
    QHash<QString, QString> divisionIdByName;
    QSet<QString> roleIds;
    QSet<QString> divisionIds;

    [[nodiscard]] static TargetDirectory from(const QList<Role> &roles, const QList<Division> &divisions);
};

struct PromoteStep
{
    enum class Action
    {
        Create,
        Update,
        Keep, // only in the target: left alone
        Skip
    };
    Action action = Action::Skip;
    QString name;
    QString sourceId;
    QString targetId;
    QJsonObject body;   // Create: the OAuthClientRequest; Update: the edits put on B's current client
    QStringList fields; // Update: the fields that change
    QString reason;     // Skip: why, for people; Update: fields of B that stay (not in A)
};

// `onlyNames` limits the plan to these clients (empty: every client of the difference).
[[nodiscard]] QList<PromoteStep> planPromotion(const SnapshotDiff &diff, const TargetDirectory &target,
                                               const QStringList &onlyNames = {});

// A's client as a request body for the target: read-only fields and annotations removed, roles and
// divisions mapped. `missing` receives the role and division names the target lacks.
[[nodiscard]] QJsonObject targetRequestBody(const QJsonObject &source, const TargetDirectory &target,
                                            QStringList *missing);

// The result of one client of a promotion (GUI and CLI show the same rows).
struct PromoteResult
{
    enum class Outcome
    {
        Created,
        Updated,
        Kept,
        Skipped,
        Failed,
        Planned // --dry-run: nothing was sent
    };
    Outcome outcome = Outcome::Skipped;
    PromoteStep::Action action = PromoteStep::Action::Skip;
    QString name;
    QString sourceId;
    QString targetId;
    QString message;
    QString secret; // Created: the new client's secret, shown once; never stored

    [[nodiscard]] bool failed() const { return outcome == Outcome::Failed; }
};

// "created", "updated", "kept", "skipped", "failed", "create", "update" (planned): for JSON.
[[nodiscard]] QString promoteOutcomeId(const PromoteResult &result);
// The same for people.
[[nodiscard]] QString promoteOutcomeLabel(const PromoteResult &result);
// The row of a step that is not run (dry run, keep, skip).
[[nodiscard]] PromoteResult plannedResult(const PromoteStep &step);

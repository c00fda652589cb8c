// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/config/snapshot.h"

#include <QJsonValue>

// The difference between two snapshots A and B, read as "from A to B": clients only in B are
// added, clients only in A are removed, matched clients whose configuration differs are changed,
// each change as field: A's value -> B's value.
//
// Matching: by id when both snapshots are of the same org (a renamed client is a change of its
// name); by name across orgs, where ids never match. A name that two or more clients share on
// either side is ambiguous: reported, never guessed.
//
// Comparing: every field of both objects, also the ones OAuth Desk does not model (nested objects
// field by field: "customProperties.owner"). Roles and divisions are compared by name (the ids differ
// across orgs; an id without a known name stands for itself). Scopes, redirect URIs and role
// divisions are sets (order does not matter). A missing description equals an empty one, a missing
// token lifetime the platform's default. Server-set fields (id, selfUri, dates, createdBy,
// modifiedBy, dateToDelete) are left out unless DiffOptions::includeServerFields; the deprecated
// roleIds is left out when roleDivisions says the same.
struct DiffOptions
{
    bool includeServerFields = false;
};

struct FieldChange
{
    QString field;     // "description", "roleDivisions", "customProperties.owner"
    QJsonValue before; // A's value (normalised); Undefined when A does not have the field
    QJsonValue after;  // B's value
};

struct ClientDifference
{
    enum class Kind
    {
        Added,    // only in B
        Removed,  // only in A
        Changed,  // in both, configured differently
        Ambiguous // the name is not unique in A or B: not matched
    };
    Kind kind = Kind::Changed;
    QString name;
    QStringList idsA; // one id, none (added) or several (ambiguous)
    QStringList idsB;
    QList<FieldChange> changes; // Changed only
    QJsonObject a;              // A's object (Removed, Changed)
    QJsonObject b;              // B's object (Added, Changed)

    [[nodiscard]] QString idA() const { return idsA.value(0); }
    [[nodiscard]] QString idB() const { return idsB.value(0); }
};

struct SnapshotDiff
{
    bool matchedById = false;        // same org: by id; else by name
    QList<ClientDifference> entries; // sorted by name, then kind
    int unchanged = 0;               // matched clients without a difference
    int clientsA = 0;
    int clientsB = 0;

    [[nodiscard]] bool isEqual() const { return entries.isEmpty(); }
    [[nodiscard]] int count(ClientDifference::Kind kind) const;
};

[[nodiscard]] SnapshotDiff diffSnapshots(const Snapshot &a, const Snapshot &b,
                                         const DiffOptions &options = {});

// The fields a server sets (never compared unless asked).
[[nodiscard]] const QStringList &serverSetClientFields();

// A value for people: strings quoted, lists as [a, b], role divisions as "role in division",
// Undefined as "(none)".
[[nodiscard]] QString diffValueText(const QJsonValue &value);
// "added", "removed", "changed", "ambiguous" (for JSON and CSV, never translated).
[[nodiscard]] QString diffKindId(ClientDifference::Kind kind);
// The same for people (translated).
[[nodiscard]] QString diffKindLabel(ClientDifference::Kind kind);

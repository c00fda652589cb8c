// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// A secret rotation of one OAuth client, as it is saved between steps so that it can be resumed
// after a restart and listed ("rotations in progress"). It holds which clients, which step and
// when; never a secret.
enum class RotationStrategy
{
    InPlace,   // regenerate the client's secret: the old one stops working at once
    BlueGreen, // a copy of the client with its own secret; the old one is retired when quiet
};

// The steps, in order. A saved rotation is always at the last step it completed (or, for the
// two steps that send a POST, at the step about to be sent, so that a restart can look for what
// it may have done).
enum class RotationStep
{
    Planned,
    Regenerating,      // in place: POST .../secret about to be sent
    Regenerated,       // in place: the new secret was issued (and shown once)
    Creating,          // blue/green: POST of the copy about to be sent
    Created,           // blue/green: the copy exists (its secret was shown once)
    Proven,            // a client-credentials token was obtained with the new secret
    CredentialUpdated, // an integration credential now holds the new id and secret
    Watching,          // blue/green: handed over; waiting for the old client to go quiet
    Deactivated,       // blue/green: the old client is inactive
    Done,
};

[[nodiscard]] QString rotationStrategyId(RotationStrategy s); // "in-place", "blue-green"
[[nodiscard]] std::optional<RotationStrategy> rotationStrategyFromId(QStringView id);
[[nodiscard]] QString rotationStepId(RotationStep s); // "created", "watching", ...
[[nodiscard]] std::optional<RotationStep> rotationStepFromId(QStringView id);
[[nodiscard]] QString rotationStepLabel(RotationStep s);         // for people, translated
[[nodiscard]] QString rotationStrategyLabel(RotationStrategy s); // for people, translated

struct RotationEvent
{
    RotationStep step = RotationStep::Planned;
    QDateTime at;
};

struct RotationRecord
{
    QString id; // of the rotation itself (a UUID)
    QString orgId;
    RotationStrategy strategy = RotationStrategy::BlueGreen;
    RotationStep step = RotationStep::Planned;
    QString oldClientId;
    QString oldClientName;
    QString newClientId; // blue/green: the copy; in place: the same client
    QString newClientName;
    QString grantType;
    QDateTime startedAt;
    QDateTime updatedAt;
    QList<RotationEvent> history;
    std::optional<bool> proofOk; // unset: not tried, or not provable (no client credentials)
    QString proofMessage;
    QStringList updatedCredentials; // ids of integration credentials now holding the new client
    QString note;                   // the last thing worth telling (an error, a skipped step)

    [[nodiscard]] bool isFinished() const { return step == RotationStep::Done; }
    // Moves to `step` at `at` and remembers it in the history.
    void advance(RotationStep next, const QDateTime &at);
};

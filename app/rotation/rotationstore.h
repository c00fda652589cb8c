// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/rotation.h"

#include <QList>
#include <QString>

#include <optional>

class Session;

// Where rotations in progress are kept between runs, so that a rotation survives a restart and can
// be listed and resumed: one JSON file per profile beside the profiles file
// (~/.config/oauthdesk/rotations/profile-NAME.json), or, for a session without a profile (a token
// from the environment, the demo), one per org in the application data folder
// (~/.local/share/oauthdesk/rotations/org-ORGID.json). Shared by the GUI and the CLI.
//
// The file holds RotationRecords only: which clients, which step, when. It is written atomically
// and readable only by the user. A record is removed when its rotation is done.
class RotationStore
{
public:
    // `orgId` set: only that org's records are listed and found (a profile's or org's file may hold
    // records of another org: copied, restored or planted); save() and remove() keep them as they are.
    explicit RotationStore(QString filePath, QString orgId = QString());

    // The store of a profile (when `profileName` is set) or of an org; only `orgId`'s records (when
    // set) are listed.
    [[nodiscard]] static RotationStore forSession(const QString &profileName, const QString &orgId);
    // The store of a signed-in session: its profile's, else its org's (GUI and CLI alike).
    [[nodiscard]] static RotationStore forSession(const Session &session);
    // A profile was renamed: its rotations follow it (unless the new name has some already).
    static bool renameProfile(const QString &oldName, const QString &newName);
    [[nodiscard]] const QString &filePath() const { return m_path; }

    // Every saved rotation of the store's org, oldest first. Unreadable records are skipped.
    [[nodiscard]] QList<RotationRecord> load() const;
    [[nodiscard]] std::optional<RotationRecord> find(const QString &rotationId) const;
    // The unfinished rotation of a client (as the old or the new client), if any.
    [[nodiscard]] std::optional<RotationRecord> forClient(const QString &clientId) const;

    // Adds or replaces the record with that id. False (and errorString()) when the file cannot be
    // written.
    bool save(const RotationRecord &record);
    bool remove(const QString &rotationId);
    [[nodiscard]] QString errorString() const { return m_error; }

private:
    [[nodiscard]] QList<RotationRecord> loadAll() const;
    bool write(const QList<RotationRecord> &records);
    QString m_path;
    QString m_orgId;
    QString m_error;
};

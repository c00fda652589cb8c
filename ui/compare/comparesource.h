// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/net/operation.h"
#include "models/config/snapshot.h"

#include <QObject>
#include <QPointer>

#include <memory>

class ProfileStore;
class SecretStore;
class Session;

// One side of a comparison in the GUI: the signed-in org, a snapshot file, or the org of another
// profile (signed in with that profile's stored credentials in a Session of its own, which this
// object owns and keeps for promoting).
class CompareSource : public QObject
{
    Q_OBJECT
public:
    enum class Kind
    {
        Live,
        File,
        Profile
    };

    CompareSource(Kind kind, QString value, QObject *parent = nullptr);
    ~CompareSource() override;

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] QString value() const { return m_value; }
    // "This org", "file.json", "profile:test" (for headings).
    [[nodiscard]] QString label() const;

    // Loads the snapshot. `live` serves Kind::Live; `profiles` and `secrets` serve Kind::Profile.
    Operation *load(Session *live, const ProfileStore *profiles, SecretStore *secrets, QObject *context,
                    Handler<Snapshot> done);
    // The session of the org (Live: `live` as passed to load(); Profile: its own), for promoting;
    // nullptr for a file.
    [[nodiscard]] Session *session() const;

private:
    Kind m_kind;
    QString m_value;
    QPointer<Session> m_session;
    std::unique_ptr<Session> m_ownSession;
};

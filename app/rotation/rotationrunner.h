// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/net/operation.h"
#include "app/rotation/rotationstore.h"
#include "app/rotation/secretproof.h"
#include "models/domain/integrationcredential.h"
#include "models/domain/oauthclient.h"
#include "models/domain/rotation.h"

#include <QDate>
#include <QObject>

class Session;
class IntegrationsService;

// What the admin chose before anything changes.
struct RotationOptions
{
    RotationStrategy strategy = RotationStrategy::BlueGreen;
    QString newName{}; // blue/green: the copy's name; empty = "NAME (rotated YYYY-MM-DD)"
    // Integration credentials to point at the new id and secret in the same step: one given by id
    // (checked before anything changes: a pureCloudOAuthClient credential holding the old client),
    // and/or every one found holding the old client.
    QString credentialId{};
    bool updateFoundCredentials = false;
};

// The result of starting (or resuming) a rotation. `secret` is the new secret, in memory only, to
// be shown once; it is in no other field and never saved.
struct RotationOutcome
{
    RotationRecord record;
    QString secret;
    SecretProof proof;
    // Integration credentials holding the old client (read by id), found before the change.
    QList<IntegrationCredential> credentialsFound;
    QStringList credentialsUpdated;
    QStringList notes;           // skipped steps, what the session must do, ...
    bool signedInClient = false; // the session signs in with the rotated (old) client
    // In place, signed in with that client: its new secret is in the keychain entry of the profile
    // signed in with (false without a profile, or when the keychain refused it; see `notes`).
    bool signedInSecretKept = false;
};

// Whether an old client is still busy: its requests per UTC day, and over the last 24 hours.
struct RotationUsage
{
    QList<QDate> days;
    QList<qint64> oldRequests; // per day, aligned with `days`
    QList<qint64> newRequests;
    qint64 oldLast24h = 0; // the days the last 24 hours touch
    qint64 newLast24h = 0;
};

// Runs secret rotations on a signed-in session:
//
// * in place: regenerate the secret (shown once), prove it with a client-credentials token from
//   the region's login host (retrying while the platform propagates it), and update integration
//   credentials that held the client;
// * blue/green (no downtime): copy the client (grant type, roleDivisions, scopes, redirect URIs,
//   token lifetime, every other field; a description noting the rotation; the confirmed name),
//   prove the copy's secret, point integration credentials at it, hand it over, watch the old
//   client's requests fall (usage()), and retire the old client when it is quiet (finish():
//   deactivate, then delete if asked).
//
// Each step is saved in the RotationStore before the next one starts (never a secret), so that a
// rotation can be listed and resumed after a crash or quit (resume()).
class RotationRunner : public QObject
{
    Q_OBJECT
public:
    RotationRunner(Session *session, IntegrationsService *integrations, RotationStore store,
                   QObject *parent = nullptr);

    void setProofPolicy(const secretproof::Policy &policy) { m_proofPolicy = policy; }
    [[nodiscard]] const secretproof::Policy &proofPolicy() const { return m_proofPolicy; }
    [[nodiscard]] RotationStore &store() { return m_store; }
    [[nodiscard]] Session *session() const { return m_session; }
    [[nodiscard]] IntegrationsService *integrations() const { return m_integrations; }

    // Checks everything first (the client exists, is active and has a secret; no rotation of it is
    // in progress; a given credential holds it), then rotates. Blue/green stops at Watching (or at
    // Created when the proof fails); in place ends Done.
    Operation *start(const QString &clientId, const RotationOptions &options, QObject *context,
                     Handler<RotationOutcome> done);
    // Continues a saved rotation that stopped before Watching. A secret that was shown before is
    // lost by then: the copy's secret is issued again while the copy is not handed over yet; an in
    // place rotation whose secret was regenerated ends Done with a note instead of regenerating
    // again.
    Operation *resume(const RotationRecord &record, const RotationOptions &options, QObject *context,
                      Handler<RotationOutcome> done);
    // Retires the old client of a blue/green rotation: refused while the session signs in with it,
    // and, unless `force`, while it had requests in the last 24 h; then deactivated (step
    // Deactivated), and deleted when `deleteOld` (step Done, removed from the store).
    Operation *finish(const RotationRecord &record, bool deleteOld, bool force, QObject *context,
                      Handler<RotationRecord> done);
    // The old and the new client's requests per day over the last `days` whole days and today.
    Operation *usage(const RotationRecord &record, int days, QObject *context, Handler<RotationUsage> done);

    // Saves `record` (every step goes through here) and tells recordSaved().
    bool save(const RotationRecord &record);
    void forget(const RotationRecord &record);
    [[nodiscard]] QDateTime now() const;
    // "Nightly export (rotated 2026-03-15)"
    [[nodiscard]] QString defaultCopyName(const OAuthClient &old) const;

    // Error codes of refusals (ApiError::code).
    static constexpr QLatin1StringView Refused{"rotation.refused"};
    static constexpr QLatin1StringView OldClientBusy{"rotation.old.client.busy"};
    static constexpr QLatin1StringView StaleRecord{"rotation.stale"};

Q_SIGNALS:
    // A step was saved (also before a POST goes out): for progress displays and tests.
    void recordSaved(const RotationRecord &record);
    // A new secret was issued for `clientId` (the old client's in place, the copy's for blue/green),
    // before it is proven: a front end that stops now must still hand it over.
    void secretIssued(const QString &clientId, const QString &secret);

private:
    Session *m_session;
    IntegrationsService *m_integrations;
    RotationStore m_store;
    secretproof::Policy m_proofPolicy;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/oauthclient.h"

#include <QObject>
#include <QPointer>

#include <chrono>

class ClientsService;
class Operation;

// One action on many clients (GUI selection, CLI ids), one client at a time, through the same
// ClientsService calls a single action uses, so the same rules hold: PUT keeps unknown fields, a
// POST is never sent twice, 429 and 5xx are handled by ApiClient (which also paces every request
// by the token's RateBudget). The plan is made before anything is sent (plan()), so a confirmation
// and a --dry-run show exactly what start() will do.
class BulkQueue : public QObject
{
    Q_OBJECT
public:
    enum class Action
    {
        Deactivate, // active/disabled -> inactive (PUT state)
        Activate,   // inactive, before its dateToDelete -> active (PUT state)
        Delete      // set inactive first where needed, then DELETE (ClientsService::remove)
    };
    enum class Outcome
    {
        Pending,  // planned, not yet run
        Running,  // its requests are under way
        Done,     // the client is now in the intended state
        Skipped,  // nothing to do or not allowed; `message` says why (already inactive, the
                  // signed-in client, past its dateToDelete, listed twice, ...)
        Failed,   // the request failed; `message` is the error (planned so for an unknown id)
        Cancelled // the queue was cancelled before this client's turn
    };
    struct Row
    {
        QString id;
        QString name; // the client's name, or empty for an id that was not found
        // The client's state as the queue found it ("active", "inactive", "disabled", or what the
        // server sent), before the action: what to set again to undo it. Empty when not found.
        QString previousState;
        Action action = Action::Deactivate;
        Outcome outcome = Outcome::Pending;
        QString message;
    };

    // `clients` in the order to act on; `signedInClientId` (may be empty) is skipped with the
    // reason. Ids not found (for the CLI) are passed as clients with only `id` set and are planned
    // as Failed "no client with this id". An id listed twice is acted on once.
    BulkQueue(ClientsService *clients, Action action, const QList<OAuthClient> &targets,
              const QString &signedInClientId, QObject *parent = nullptr);
    ~BulkQueue() override;

    // The rows as planned: Skipped rows carry their reason already, the others are Pending.
    [[nodiscard]] const QList<Row> &rows() const { return m_rows; }
    [[nodiscard]] int count(Outcome outcome) const;
    // Requests the pending rows are expected to take (a delete of an active client takes two).
    [[nodiscard]] int expectedRequests() const;

    void start();
    // Pause: the client under way finishes, no next one starts until resume().
    void pause();
    void resume();
    [[nodiscard]] bool isPaused() const { return m_paused; }
    // Cancel: the client under way finishes (a request already sent is not taken back), every
    // pending row becomes Cancelled, then finished() is emitted.
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] bool isFinished() const { return m_finished; }
    // True when a 401 that re-authentication could not fix stopped the queue: that client's row is
    // Failed with the error, every row after it Cancelled (the sign-in must be renewed first).
    [[nodiscard]] bool stoppedByAuthentication() const { return m_stoppedByAuthentication; }
    // ApiClient::startTimeLimit(limit) before each client's requests (the CLI's --timeout applies
    // per client); 0, the default, leaves the ApiClient's time limit alone.
    void setTimeLimitPerClient(std::chrono::milliseconds limit) { m_timeLimitPerClient = limit; }

    [[nodiscard]] static QString actionName(Action action);    // "deactivate", "activate", "delete"
    [[nodiscard]] static QString outcomeName(Outcome outcome); // "done", "skipped", "failed", ...

Q_SIGNALS:
    void rowChanged(int row);
    // Emitted once, when every row has an end outcome (after start(), or after cancel()).
    void finished();

private:
    void planRows(const QList<OAuthClient> &targets, const QString &signedInClientId);
    void runNext();
    void announceBacklog();
    void scheduleNext();
    void clientEnded(int row, const ApiError &error);
    void cancelPending(const QString &reason);
    void finishQueue();

    ClientsService *m_clients;
    Action m_action;
    QList<OAuthClient> m_targets; // parallel to m_rows
    QList<Row> m_rows;
    int m_next = 0;
    QPointer<Operation> m_current;
    bool m_running = false;
    bool m_paused = false;
    bool m_cancelled = false;
    bool m_finished = false;
    bool m_stoppedByAuthentication = false;
    bool m_nextScheduled = false;
    std::chrono::milliseconds m_timeLimitPerClient{0};
};

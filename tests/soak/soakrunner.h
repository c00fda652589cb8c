// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/services/session.h"
#include "models/domain/oauthclient.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QRandomGenerator>
#include <QSet>
#include <QStringList>

#include <functional>

class SandboxServer;

// The fault soak: a seeded random sequence of create, edit, delete and
// secret-regeneration operations through ClientsService, several in flight at once, while the
// sandbox injects faults. It keeps the state the user intended, as far as the answers allow: an
// answer that says the outcome is unknown widens the set of states the server may be in, it never
// makes the runner guess. verify() then compares the sandbox's final state with it.
//
//     SoakRunner soak(&session, &sandbox, {.operations = 1200, .seed = 7});
//     QVERIFY(soak.run(std::chrono::minutes(10)));
//     const QStringList problems = soak.verify();
class SoakRunner : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int operations = 1000;
        quint32 seed = 1;
        int concurrency = 4; // operations in flight at once (each on its own client)
        QString roleId;      // for CLIENT-CREDENTIALS clients
        QString namePrefix = QStringLiteral("Soak");
    };

    enum class Kind
    {
        Create,
        Edit,
        Delete,
        Regenerate
    };
    enum class Outcome
    {
        Ok,
        Failed,  // reported failure, nothing happened (as far as the answer says)
        Unknown, // reported failure whose effect may have happened
    };

    SoakRunner(Session *session, SandboxServer *sandbox, Options options, QObject *parent = nullptr);

    // Runs every operation; false when they did not all finish within `limit`.
    bool run(std::chrono::milliseconds limit);
    // Compares the sandbox with the intended state and the request log with the rules (a POST is
    // never sent twice except after a 429). One message per problem; empty means all is well.
    [[nodiscard]] QStringList verify();
    // The secrets the runner holds must work at the token endpoint, and the ones a successful
    // regeneration replaced must not. Call after the faults are cleared.
    [[nodiscard]] QStringList verifySecrets();

    // Figures for the report.
    [[nodiscard]] QString summary() const;
    [[nodiscard]] int count(Kind kind, Outcome outcome) const
    {
        return m_outcomes.value({int(kind), int(outcome)});
    }
    [[nodiscard]] int finished() const { return m_finished; }
    [[nodiscard]] qint64 elapsedMs() const { return m_elapsedMs; }
    [[nodiscard]] int secretsChecked() const { return m_secretsChecked; }
    [[nodiscard]] int handlerRunsBeyondOne() const { return m_extraHandlerRuns; }
    // Edits answered with a failure that the server had applied (seen by looking afterwards).
    [[nodiscard]] int failedButApplied() const { return m_failedButApplied; }

private:
    // What the user meant a soak client to be, and what the answers allow it to be.
    struct Intended
    {
        QString id;
        QString name;
        bool clientCredentials = false;
        OAuthClient last;                   // as the server last sent it (the base of the next PUT)
        QSet<QString> possibleDescriptions; // one after a success; more after failed edits
        QSet<qint64> possibleLifetimes;
        QString secret; // the secret we hold, if we know it works
        bool secretKnown = false;
        QStringList replacedSecrets; // secrets a successful regeneration replaced
        bool busy = false;
    };
    struct CreateRecord
    {
        QString name;
        Outcome outcome = Outcome::Ok;
    };

    void startNext();
    void begin(int op);
    void create(int op);
    void edit(int op, Intended *client);
    void remove(int op, Intended *client);
    void regenerate(int op, Intended *client);
    void lookAfterFailedEdit(const QString &id, const QString &wanted);
    // Records the single answer of operation `op` (a second one is counted as a bug).
    bool answered(int op, Kind kind, Outcome outcome, const ApiError *error);
    void done();
    [[nodiscard]] Intended *pickIdle();
    [[nodiscard]] QJsonObject newClientBody(const QString &name, bool clientCredentials);

    Session *m_session;
    SandboxServer *m_sandbox;
    Options m_options;
    QRandomGenerator m_random;
    QMap<QString, Intended> m_live; // by id: clients that exist, as far as we know
    QSet<QString> m_deleted;        // deleted, confirmed
    QSet<QString> m_maybeDeleted;   // a delete whose outcome is unknown
    QList<CreateRecord> m_creates;
    QHash<QString, int> m_regenerations; // by id: regenerate operations sent
    QSet<int> m_answered;
    QMap<QPair<int, int>, int> m_outcomes;
    QStringList m_problems; // found while running (an empty error message, ...)
    int m_started = 0;
    int m_finished = 0;
    int m_inFlight = 0;
    int m_extraHandlerRuns = 0;
    int m_secretsChecked = 0;
    int m_failedButApplied = 0;
    QElapsedTimer m_clock;
    qint64 m_elapsedMs = 0;
    bool m_allDone = false;
};

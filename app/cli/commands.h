// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/arguments.h"
#include "app/cli/present.h"
#include "app/net/operation.h"
#include "models/domain/apierror.h"
#include "models/domain/usage.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

class Operation;
class Session;

// Runs one oauthdesk-cli command on a signed-in Session, through the services only. Output for
// stdout collects in output() (written once by the caller: one buffered write, however big the
// listing); messages for stderr go to the error sink as they happen.
//
//     cli::CommandRunner runner(&session, style, [](const QByteArray &text) { write(2, ...); });
//     QObject::connect(&runner, &cli::CommandRunner::finished, &app, [&](int code) { ... });
//     runner.run(invocation, preparedInput);
namespace cli {

// Input files read and checked before anything is sent (see inputs.h).
struct PreparedInput
{
    QJsonObject clientBody; // clients create: the body; clients update: the edits
    UsageQuery usageQuery;  // usage query
    QStringList ids;        // clients deactivate/activate/delete: the ids (from "-": standard input)
};

struct BulkRun; // bulkcommands.cpp

// Ctrl-C as a flag, for what the event loop cannot see in time: the signal handler sets it
// (async-signal-safe), and a command that reaches its end, or is about to commit a file or write
// stdout, checks it first. A read then prints nothing, writes no file and exits with 130; a command
// that has made its changes still prints them (a new secret is never thrown away) and exits with 130.
void noteInterrupt() noexcept;
[[nodiscard]] bool interruptPending() noexcept;
void clearInterrupt() noexcept; // tests

// Exit code for an error: 3 for authentication, 2 for local validation, 130 for cancellation,
// 1 for everything else.
[[nodiscard]] int exitCodeFor(const ApiError &error);
// The stderr text for an error: the sentence for people, then the HTTP details (status, code,
// contextId) on a second line when the server answered.
[[nodiscard]] QString describeError(const ApiError &error);

class CommandRunner : public QObject
{
    Q_OBJECT
public:
    using ErrorSink = std::function<void(const QByteArray &)>;

    CommandRunner(Session *session, present::Style style, ErrorSink errors, QObject *parent = nullptr);
    ~CommandRunner() override;

    // Starts the command; finished() follows exactly once (possibly before run() returns for
    // commands that need no request).
    void run(const Invocation &invocation, const PreparedInput &input);
    // Stops the request in flight (Ctrl-C, --timeout); finished() follows with `code`.
    void cancel(int code, const QString &reason);

    [[nodiscard]] const QByteArray &output() const { return m_out; }
    [[nodiscard]] QByteArray takeOutput() { return std::exchange(m_out, {}); }
    // The --profile the session signed in with (rotations are kept per profile, else per org).
    void setProfile(const QString &profile) { m_profile = profile; }

Q_SIGNALS:
    void finished(int exitCode);

private:
    void clientsList();
    void clientsGet(const QString &id);
    void clientsCreate(const QJsonObject &body);
    void clientsUpdate(const QString &id, const QJsonObject &edits);
    // clients deactivate/activate/delete ID... (bulkcommands.cpp): the signed-in client, the
    // clients (one GET each, or one listing for many ids), then a BulkQueue.
    void clientsBulk(CommandId command, const QStringList &ids, bool dryRun);
    void bulkFetch(const std::shared_ptr<BulkRun> &run);
    void bulkGetNext(const std::shared_ptr<BulkRun> &run);
    void bulkStart(const std::shared_ptr<BulkRun> &run);
    void bulkFinished(const std::shared_ptr<BulkRun> &run);
    void clientsSecret(const QString &id);
    void authorizationsList();
    void authorizationsGet(const QString &clientId);
    void scopesList();
    void scopesGet(const QString &scopeId);
    void usageSummary(const QString &clientId, int days, bool wait);
    void usageQuery(const QString &clientId, const UsageQuery &query, bool wait);
    // Both of the above: with --wait, `run` polls to the end and the rows are printed; without it,
    // `start` only starts the query and where to fetch the rows is printed.
    void usageStart(const QString &clientId, bool wait,
                    const std::function<Operation *(Handler<UsageResult>)> &run,
                    const std::function<Operation *(Handler<UsageExecution>)> &start);
    void usageResults(const QString &clientId, const QString &executionId);
    void rolesList();
    void divisionsList();
    void whoami();
    // insights unused / insights checks (defined in insights.cpp).
    void insightsSweep(std::optional<int> days, bool checksOnly);
    // snapshot, diff, export terraform (defined in snapshotcommands.cpp).
    void snapshotCommand(const Invocation &invocation);
    // clients rotate (rotatecommands.cpp) and clients history (historycommands.cpp).
    void clientsRotate(const Invocation &invocation);
    void clientsHistory(const QString &id, int days);

    void track(Operation *op);
    // The handler of a plain read: prints the answer with `print(m_out, value, m_style)` and
    // finishes, or reports the error.
    template<class T>
    Handler<T> printed(void (*print)(QByteArray &, const T &, const present::Style &))
    {
        return [this, print](const Result<T> &r) {
            if (!r) {
                fail(r.error());
                return;
            }
            print(m_out, r.value(), m_style);
            done();
        };
    }
    void fail(const ApiError &error, const QString &context = {});
    void note(const QString &text);
    void done(int code = ExitOk);

    Session *m_session;
    present::Style m_style;
    ErrorSink m_errors;
    QByteArray m_out;
    QPointer<Operation> m_current;
    std::optional<int> m_cancelCode;
    QString m_cancelReason;
    QString m_pendingWarning; // what a cancellation leaves behind (a POST in flight)
    bool m_finished = false;
    // The command changes the org (create, update, delete, secret, rotate, diff --apply): its
    // output is kept when an interrupt comes after the changes were made.
    bool m_changesOrg = false;
    QPointer<QObject> m_promoter; // diff --apply: stopped after its request in flight by cancel()
    QPointer<QObject> m_bulk;     // the BulkQueue of a bulk command: cancel() lets its client finish
    QString m_profile;
};

} // namespace cli

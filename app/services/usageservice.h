// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/net/apiclient.h"
#include "models/domain/usage.h"

// API usage: the platform answers asynchronously. Start a query (or the summary), get an execution
// id, then poll the results until Complete or Failed, with growing delays.
class UsageService : public QObject
{
    Q_OBJECT
public:
    // Poll timing: the first poll after `firstDelay`, each next one `factor` times longer, capped at
    // `maxDelay`; the whole wait ends with a Timeout error after `overallLimit`. Scaled with the
    // ApiClient's RetryPolicy::timeScale, like every other delay.
    struct PollPolicy
    {
        std::chrono::milliseconds firstDelay{1000};
        double factor = 1.5;
        std::chrono::milliseconds maxDelay{5000};
        std::chrono::milliseconds overallLimit{180000};
    };

    explicit UsageService(ApiClient *api, QObject *parent = nullptr);

    void setPollPolicy(const PollPolicy &policy) { m_pollPolicy = policy; }
    [[nodiscard]] const PollPolicy &pollPolicy() const { return m_pollPolicy; }

    // Single calls.
    Operation *summary(const QString &clientId, int days, QObject *context, Handler<UsageExecution> done);
    Operation *startClientQuery(const QString &clientId, const UsageQuery &query, QObject *context,
                                Handler<UsageExecution> done);
    Operation *startOrgQuery(const UsageQuery &query, QObject *context, Handler<UsageExecution> done);
    Operation *clientResults(const QString &clientId, const QString &executionId, QObject *context,
                             Handler<UsageResult> done);
    Operation *orgResults(const QString &executionId, QObject *context, Handler<UsageResult> done);

    // Start and poll to the end. The operation's progress() signal reports each Running poll.
    Operation *runClientQuery(const QString &clientId, const UsageQuery &query, QObject *context,
                              Handler<UsageResult> done);
    Operation *runSummary(const QString &clientId, int days, QObject *context, Handler<UsageResult> done);
    Operation *runOrgQuery(const UsageQuery &query, QObject *context, Handler<UsageResult> done);
    // Polls an execution already started. `fallbackPath` is used when the server gave no resultsUri.
    Operation *poll(const UsageExecution &execution, const QString &fallbackPath, QObject *context,
                    Handler<UsageResult> done);

    [[nodiscard]] ApiClient *api() const { return m_api; }
    [[nodiscard]] static QString clientResultsPath(const QString &clientId, const QString &executionId);
    [[nodiscard]] static QString orgResultsPath(const QString &executionId);

private:
    Operation *run(std::function<Operation *(QObject *, Handler<UsageExecution>)> start,
                   std::function<QString(const UsageExecution &)> fallbackPath, QObject *context,
                   Handler<UsageResult> done);

    ApiClient *m_api;
    PollPolicy m_pollPolicy;
};

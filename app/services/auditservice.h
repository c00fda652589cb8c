// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/net/apiclient.h"
#include "models/domain/audit.h"

#include <chrono>

// The Audit API (CONTRACT-EXT.md; every call needs audits:audit:view): the service mappings, the
// realtime query (the last 14 days, paged by number) and the asynchronous query for older events
// (start, poll until Succeeded, then cursor pages). Which service holds a given entity type is read
// from the mapping, never assumed.
class AuditService : public QObject
{
    Q_OBJECT
public:
    static constexpr int RealtimePageSize = 100;
    static constexpr int ResultsPageSize = 500; // the documented maximum of the results pages
    static constexpr int MaxPages = 200;        // a bound on pages of one query, realtime or cursor

    // Polling of an asynchronous query: like UsageService's, scaled by the RetryPolicy's timeScale.
    struct PollPolicy
    {
        std::chrono::milliseconds firstDelay{1000};
        double factor = 1.5;
        std::chrono::milliseconds maxDelay{5000};
        std::chrono::milliseconds overallLimit{300000};
    };

    explicit AuditService(ApiClient *api, QObject *parent = nullptr);

    void setPollPolicy(const PollPolicy &policy) { m_pollPolicy = policy; }
    [[nodiscard]] const PollPolicy &pollPolicy() const { return m_pollPolicy; }

    // GET /audits/query/realtime/servicemapping, or the asynchronous query's /audits/query/servicemapping.
    Operation *serviceMapping(bool realtime, QObject *context, Handler<AuditServiceMapping> done);

    // One page of POST /audits/query/realtime (`expandUser`: ?expand=user).
    Operation *realtimePage(const AuditQuery &query, bool expandUser, QObject *context,
                            Handler<AuditPage> done);
    // Every page of the realtime query, in the server's order.
    Operation *realtimeAll(const AuditQuery &query, bool expandUser, QObject *context,
                           Handler<QList<AuditEvent>> done);

    // The asynchronous query, step by step.
    Operation *startQuery(const AuditQuery &query, QObject *context, Handler<AuditQueryExecution> done);
    Operation *queryStatus(const QString &transactionId, QObject *context, Handler<AuditQueryExecution> done);
    Operation *queryResults(const QString &transactionId, const QString &cursor, bool expandUser,
                            QObject *context, Handler<AuditResultsPage> done);
    // Start, poll until Succeeded (progress() reports the polls), then read every cursor page.
    Operation *runQuery(const AuditQuery &query, bool expandUser, QObject *context,
                        Handler<QList<AuditEvent>> done);

    [[nodiscard]] ApiClient *api() const { return m_api; }
    [[nodiscard]] static QString queryPath(const QString &transactionId);

private:
    ApiClient *m_api;
    PollPolicy m_pollPolicy;
};

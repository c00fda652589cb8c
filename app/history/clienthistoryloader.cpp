// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/history/clienthistoryloader.h"

#include "app/history/historycache.h"
#include "app/services/auditservice.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ClientHistory)
};

constexpr qint64 DaySeconds = 24 * 3600;
// The end of the window lies a little ahead, so that an event of this very second is included.
constexpr qint64 EndMarginSeconds = 300;
const QString OAuthClientType = u"OAuthClient"_s;

class LoadHistory final : public Sequence<ClientHistory>
{
public:
    LoadHistory(HistoryCache *cache, QString clientId, int days, const QDateTime &now, QObject *context,
                Handler<ClientHistory> done)
        : Sequence(cache, context, std::move(done))
        , m_cache(cache)
        , m_clientId(std::move(clientId))
        , m_days(std::clamp(days, 1, clienthistory::MaxDays))
    {
        m_to = now.toUTC().addSecs(EndMarginSeconds);
        m_from = now.toUTC().addSecs(-qint64(m_days) * DaySeconds);
        m_realtimeFrom =
            std::max(m_from, now.toUTC().addSecs(-qint64(clienthistory::RealtimeDays) * DaySeconds));
        track(m_cache->serviceMapping(this, [this](const Result<AuditServiceMapping> &r) {
            if (stopped())
                return;
            if (!r) {
                fail(r.error());
                return;
            }
            m_service = r->serviceFor(OAuthClientType);
            if (m_service.isEmpty()) {
                complete(ApiError::make(ApiError::Kind::BadResponse,
                                        Tr::tr("The audit service mapping names no service for OAuth clients "
                                               "(entity type %1), so their history cannot be asked for.")
                                            .arg(OAuthClientType)));
                return;
            }
            realtime();
        }));
    }

private:
    [[nodiscard]] AuditQuery query(const QDateTime &from, const QDateTime &to) const
    {
        AuditQuery q;
        q.start = from;
        q.end = to;
        q.serviceName = m_service;
        q.filters = {{u"EntityId"_s, m_clientId}};
        q.newestFirst = true;
        return q;
    }

    void realtime()
    {
        Q_EMIT progress(Tr::tr("Reading the audit events of the last %1 days…")
                            .arg(std::min(m_days, clienthistory::RealtimeDays)));
        track(m_cache->audits()->realtimeAll(query(m_realtimeFrom, m_to), true, this,
                                             [this](Result<QList<AuditEvent>> r) {
                                                 if (stopped())
                                                     return;
                                                 if (!r) {
                                                     fail(r.error());
                                                     return;
                                                 }
                                                 m_events = std::move(r.value());
                                                 older();
                                             }));
    }

    // Older than the realtime query reaches: the asynchronous query.
    void older()
    {
        if (m_from >= m_realtimeFrom) {
            names();
            return;
        }
        Operation *op = m_cache->audits()->runQuery(query(m_from, m_realtimeFrom), true, this,
                                                    [this](Result<QList<AuditEvent>> r) {
                                                        if (stopped())
                                                            return;
                                                        if (!r) {
                                                            fail(r.error());
                                                            return;
                                                        }
                                                        m_events.append(std::move(r.value()));
                                                        names();
                                                    });
        connect(op, &Operation::progress, this, &Operation::progress);
        track(op);
    }

    void names()
    {
        track(m_cache->resolveNames(m_events, this, [this](const Result<HistoryNames> &r) {
            if (stopped())
                return;
            const HistoryNames names = r ? r.value() : m_cache->names();
            complete(buildClientHistory(m_clientId, m_days, m_from, m_to, m_events, names));
        }));
    }

    void fail(ApiError e)
    {
        if (e.isHttp(403))
            e.message = Tr::tr("The change history needs the permission audits:audit:view; the rest of "
                               "OAuth Desk works without it.");
        complete(e);
    }

    HistoryCache *m_cache;
    QString m_clientId;
    int m_days;
    QDateTime m_from;
    QDateTime m_to;
    QDateTime m_realtimeFrom;
    QString m_service;
    QList<AuditEvent> m_events;
};
} // namespace

namespace clienthistory {

Operation *load(HistoryCache *cache, const QString &clientId, int days, const QDateTime &now,
                QObject *context, Handler<ClientHistory> done)
{
    return new LoadHistory(cache, clientId, days, now, context, std::move(done));
}

} // namespace clienthistory

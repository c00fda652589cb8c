// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/services/auditservice.h"
#include "app/services/paging.h"

#include "models/json/auditjson.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

namespace {
// The audit service kept naming further pages past the cap: an error, never a part shown as all.
ApiError tooManyPages(int pages, qsizetype events)
{
    ApiError e =
        ApiError::make(ApiError::Kind::BadResponse,
                       QCoreApplication::translate(
                           "AuditService", "The change history is incomplete: the audit service still "
                                           "named more pages after %1 pages (%2 events). OAuth Desk "
                                           "stopped there; ask for fewer days.")
                           .arg(pages)
                           .arg(events));
    e.code = IncompleteListingCode;
    return e;
}
} // namespace

using namespace Qt::Literals::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AuditService)
};

QUrlQuery expandQuery(bool expandUser)
{
    QUrlQuery q;
    if (expandUser)
        q.addQueryItem(u"expand"_s, u"user"_s);
    return q;
}

template<class T>
Operation *sendParsed(ApiClient *api, ApiRequest request, Result<T> (*parse)(const QByteArray &),
                      QObject *context, Handler<T> done)
{
    return api->send(std::move(request))->then(context, [parse, done = std::move(done)](const ApiCall &c) {
        if (!c.ok()) {
            done(c.error());
            return;
        }
        done(parse(c.body()));
    });
}

// Realtime pages by number until the last one.
class RealtimeAll final : public Sequence<QList<AuditEvent>>
{
public:
    RealtimeAll(AuditService *service, AuditQuery query, bool expandUser, QObject *context,
                Handler<QList<AuditEvent>> done)
        : Sequence(service, context, std::move(done))
        , m_service(service)
        , m_query(std::move(query))
        , m_expandUser(expandUser)
    {
        m_query.pageNumber = 1;
        if (m_query.pageSize <= 0)
            m_query.pageSize = AuditService::RealtimePageSize;
        fetch();
    }

private:
    void fetch()
    {
        track(m_service->realtimePage(m_query, m_expandUser, this, [this](Result<AuditPage> r) {
            if (stopped())
                return;
            if (!r) {
                complete(r.error());
                return;
            }
            m_events.append(r.value().entities);
            const bool more = r->pageCount > m_query.pageNumber && !r->entities.isEmpty();
            if (!more) {
                complete(std::move(m_events));
                return;
            }
            if (m_query.pageNumber >= AuditService::MaxPages) {
                complete(tooManyPages(AuditService::MaxPages, m_events.size()));
                return;
            }
            ++m_query.pageNumber;
            fetch();
        }));
    }

    AuditService *m_service;
    AuditQuery m_query;
    bool m_expandUser;
    QList<AuditEvent> m_events;
};

// Start, poll with growing delays, then every cursor page.
class RunQuery final : public Sequence<QList<AuditEvent>>
{
public:
    RunQuery(AuditService *service, const AuditQuery &query, bool expandUser, QObject *context,
             Handler<QList<AuditEvent>> done)
        : Sequence(service, context, std::move(done))
        , m_service(service)
        , m_expandUser(expandUser)
    {
        m_timer.setSingleShot(true);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { poll(); });
        m_clock.start();
        m_delay = m_service->pollPolicy().firstDelay;
        track(m_service->startQuery(query, this, [this](const Result<AuditQueryExecution> &r) {
            if (stopped())
                return;
            if (!r) {
                complete(r.error());
                return;
            }
            m_id = r->id;
            Q_EMIT progress(Tr::tr("Audit query started; waiting for the platform…"));
            onState(r.value());
        }));
    }

private:
    void onState(const AuditQueryExecution &x)
    {
        switch (x.state) {
        case AuditQueryState::Succeeded:
            results();
            return;
        case AuditQueryState::Failed:
        case AuditQueryState::Cancelled: {
            ApiError e = ApiError::make(
                ApiError::Kind::BadResponse,
                Tr::tr("The platform reports that the audit query ended with state %1.").arg(x.rawState));
            e.code = u"audit.query.failed"_s;
            complete(e);
            return;
        }
        case AuditQueryState::Queued:
        case AuditQueryState::Running:
            schedule();
            return;
        case AuditQueryState::Unknown:
            complete(ApiError::make(
                ApiError::Kind::BadResponse,
                Tr::tr("The audit query reports an unknown state \"%1\".").arg(x.rawState.left(40))));
            return;
        }
    }

    void schedule()
    {
        const auto &p = m_service->pollPolicy();
        const auto scaled = [this](std::chrono::milliseconds d) {
            return m_service->api()->retryPolicy().scaled(d);
        };
        if (m_clock.elapsed() + scaled(m_delay).count() > scaled(p.overallLimit).count()) {
            complete(ApiError::make(ApiError::Kind::Timeout,
                                    Tr::tr("The audit query did not complete within %1 seconds.")
                                        .arg(p.overallLimit.count() / 1000)));
            return;
        }
        m_timer.start(scaled(m_delay));
        m_delay = std::min(std::chrono::milliseconds(qint64(double(m_delay.count()) * p.factor)), p.maxDelay);
    }

    void poll()
    {
        if (stopped())
            return;
        ++m_polls;
        track(m_service->queryStatus(m_id, this, [this](const Result<AuditQueryExecution> &r) {
            if (stopped())
                return;
            if (!r) {
                complete(r.error());
                return;
            }
            if (r->state == AuditQueryState::Running || r->state == AuditQueryState::Queued)
                Q_EMIT progress(Tr::tr("Audit query running… (poll %1)").arg(m_polls));
            onState(r.value());
        }));
    }

    void results()
    {
        track(m_service->queryResults(m_id, m_cursor, m_expandUser, this, [this](Result<AuditResultsPage> r) {
            if (stopped())
                return;
            if (!r) {
                complete(r.error());
                return;
            }
            m_events.append(r.value().entities);
            ++m_pages;
            const QString next = r->cursor;
            if (next.isEmpty() || next == m_cursor || r->entities.isEmpty()) {
                complete(std::move(m_events));
                return;
            }
            if (m_pages >= AuditService::MaxPages) {
                // The server still names more: a history cut short must not pass for the whole one.
                complete(tooManyPages(m_pages, m_events.size()));
                return;
            }
            m_cursor = next;
            results();
        }));
    }

    void onCancel() override
    {
        m_timer.stop();
        Sequence::onCancel();
    }

    AuditService *m_service;
    bool m_expandUser;
    QTimer m_timer;
    QElapsedTimer m_clock;
    std::chrono::milliseconds m_delay{1000};
    QString m_id;
    QString m_cursor;
    QList<AuditEvent> m_events;
    int m_polls = 0;
    int m_pages = 0;
};
} // namespace

AuditService::AuditService(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{}

QString AuditService::queryPath(const QString &transactionId)
{
    return u"/api/v2/audits/query/"_s + ApiRequest::segment(transactionId);
}

Operation *AuditService::serviceMapping(bool realtime, QObject *context, Handler<AuditServiceMapping> done)
{
    const QString path = realtime ? u"/api/v2/audits/query/realtime/servicemapping"_s
                                  : u"/api/v2/audits/query/servicemapping"_s;
    return sendParsed<AuditServiceMapping>(m_api, ApiRequest::get(path), &auditjson::parseServiceMapping,
                                           context, std::move(done));
}

Operation *AuditService::realtimePage(const AuditQuery &query, bool expandUser, QObject *context,
                                      Handler<AuditPage> done)
{
    ApiRequest r = ApiRequest::post(u"/api/v2/audits/query/realtime"_s, query.toJson());
    r.query = expandQuery(expandUser);
    return sendParsed<AuditPage>(m_api, std::move(r), &auditjson::parsePage, context, std::move(done));
}

Operation *AuditService::realtimeAll(const AuditQuery &query, bool expandUser, QObject *context,
                                     Handler<QList<AuditEvent>> done)
{
    return new RealtimeAll(this, query, expandUser, context, std::move(done));
}

Operation *AuditService::startQuery(const AuditQuery &query, QObject *context,
                                    Handler<AuditQueryExecution> done)
{
    AuditQuery q = query;
    q.pageNumber = 0; // the asynchronous query pages its results by cursor
    q.pageSize = 0;
    return sendParsed<AuditQueryExecution>(m_api, ApiRequest::post(u"/api/v2/audits/query"_s, q.toJson()),
                                           &auditjson::parseExecution, context, std::move(done));
}

Operation *AuditService::queryStatus(const QString &transactionId, QObject *context,
                                     Handler<AuditQueryExecution> done)
{
    return sendParsed<AuditQueryExecution>(m_api, ApiRequest::get(queryPath(transactionId)),
                                           &auditjson::parseExecution, context, std::move(done));
}

Operation *AuditService::queryResults(const QString &transactionId, const QString &cursor, bool expandUser,
                                      QObject *context, Handler<AuditResultsPage> done)
{
    QUrlQuery q = expandQuery(expandUser);
    q.addQueryItem(u"pageSize"_s, QString::number(ResultsPageSize));
    if (!cursor.isEmpty())
        q.addQueryItem(u"cursor"_s, QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
    return sendParsed<AuditResultsPage>(m_api, ApiRequest::get(queryPath(transactionId) + u"/results"_s, q),
                                        &auditjson::parseResults, context, std::move(done));
}

Operation *AuditService::runQuery(const AuditQuery &query, bool expandUser, QObject *context,
                                  Handler<QList<AuditEvent>> done)
{
    return new RunQuery(this, query, expandUser, context, std::move(done));
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/services/usageservice.h"

#include "app/services/clientsservice.h"
#include "app/services/resourceid.h"
#include "app/services/servicecall.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(UsageService)
};
} // namespace

namespace {

class PollUsage final : public Sequence<UsageResult>
{
public:
    PollUsage(UsageService *service, QObject *context, Handler<UsageResult> done)
        : Sequence(service, context, std::move(done))
        , m_service(service)
    {
        m_timer.setSingleShot(true);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { pollOnce(); });
        m_clock.start();
        const auto &p = m_service->pollPolicy();
        m_delay = p.firstDelay;
        // The polls keep the query's own limit, whatever time limit the ApiClient has (a CLI
        // command's --timeout): waiting for a query to complete is what was asked for.
        m_deadline = m_service->api()->deadlineIn(p.overallLimit);
    }

    void begin(const UsageExecution &execution, const QString &fallbackPath)
    {
        if (stopped())
            return;
        m_url = execution.resultsUri.isEmpty() ? QUrl()
                                               : m_service->api()->resolveServerUri(execution.resultsUri);
        if (!m_url.isValid())
            m_url = m_service->api()->resolveServerUri(fallbackPath);
        if (!m_url.isValid()) {
            complete(ApiError::make(ApiError::Kind::BadResponse,
                                    Tr::tr("The server gave no usable address for the usage results.")));
            return;
        }
        Q_EMIT progress(Tr::tr("Query started; waiting for results…"));
        schedule();
    }

    // A start that failed ends the whole run.
    void startFailed(const ApiError &e) { complete(e); }

private:
    [[nodiscard]] std::chrono::milliseconds scaled(std::chrono::milliseconds d) const
    {
        return m_service->api()->retryPolicy().scaled(d);
    }

    void schedule()
    {
        const auto &p = m_service->pollPolicy();
        if (m_clock.elapsed() + scaled(m_delay).count() > scaled(p.overallLimit).count()) {
            ApiError e = ApiError::make(ApiError::Kind::Timeout,
                                        Tr::tr("The usage query did not complete within %1 seconds.")
                                            .arg(p.overallLimit.count() / 1000));
            complete(e);
            return;
        }
        m_timer.start(scaled(m_delay));
        const auto next = std::chrono::milliseconds(qint64(double(m_delay.count()) * p.factor));
        m_delay = std::min(next, p.maxDelay);
    }

    void pollOnce()
    {
        if (stopped())
            return;
        ++m_polls;
        ApiRequest r;
        r.url = m_url;
        r.largeResponse = true; // usage rows: one per client, day and template
        r.deadline = m_deadline;
        ApiCall *call = m_service->api()->send(std::move(r));
        track(call);
        call->then(this, [this](const ApiCall &c) {
            if (stopped())
                return;
            if (!c.ok()) {
                complete(c.error());
                return;
            }
            Result<UsageResult> result = parseUsageResult(c.body());
            if (!result) {
                complete(result.error());
                return;
            }
            switch (result->status) {
            case UsageStatus::Complete:
                complete(result);
                return;
            case UsageStatus::Failed: {
                ApiError e = ApiError::make(ApiError::Kind::BadResponse,
                                            Tr::tr("The platform reports that the usage query failed."));
                e.code = u"usage.query.failed"_s;
                complete(e);
                return;
            }
            case UsageStatus::Running:
                Q_EMIT progress(Tr::tr("Running… (poll %1)").arg(m_polls));
                schedule();
                return;
            case UsageStatus::Unknown:
                complete(ApiError::make(ApiError::Kind::BadResponse,
                                        Tr::tr("The usage query reports an unknown status \"%1\".")
                                            .arg(result->rawStatus.left(40))));
                return;
            }
        });
    }

    void onCancel() override
    {
        m_timer.stop();
        Sequence::onCancel();
    }

    UsageService *m_service;
    QTimer m_timer;
    QElapsedTimer m_clock;
    CallDeadline m_deadline;
    QUrl m_url;
    std::chrono::milliseconds m_delay{1000};
    int m_polls = 0;
};
} // namespace

UsageService::UsageService(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{}

QString UsageService::clientResultsPath(const QString &clientId, const QString &executionId)
{
    return ClientsService::clientPath(clientId) + u"/usage/query/results/"_s +
           ApiRequest::segment(executionId);
}

QString UsageService::orgResultsPath(const QString &executionId)
{
    return u"/api/v2/usage/query/"_s + ApiRequest::segment(executionId) + u"/results"_s;
}

Operation *UsageService::summary(const QString &clientId, int days, QObject *context,
                                 Handler<UsageExecution> done)
{
    if (auto e = ResourceId::check(clientId, ResourceId::tr("client id")))
        return ResourceId::refuse<UsageExecution>(this, context, std::move(done), *e);
    QUrlQuery q;
    q.addQueryItem(u"days"_s, QString::number(days));
    return sendParsed<UsageExecution>(
        m_api, ApiRequest::get(ClientsService::clientPath(clientId) + u"/usage/summary"_s, q),
        &parseUsageExecution, context, std::move(done));
}

Operation *UsageService::startClientQuery(const QString &clientId, const UsageQuery &query, QObject *context,
                                          Handler<UsageExecution> done)
{
    if (auto e = ResourceId::check(clientId, ResourceId::tr("client id")))
        return ResourceId::refuse<UsageExecution>(this, context, std::move(done), *e);
    return sendParsed<UsageExecution>(
        m_api, ApiRequest::post(ClientsService::clientPath(clientId) + u"/usage/query"_s, query.toJson()),
        &parseUsageExecution, context, std::move(done));
}

Operation *UsageService::startOrgQuery(const UsageQuery &query, QObject *context,
                                       Handler<UsageExecution> done)
{
    return sendParsed<UsageExecution>(m_api, ApiRequest::post(u"/api/v2/usage/query"_s, query.toJson()),
                                      &parseUsageExecution, context, std::move(done));
}

Operation *UsageService::clientResults(const QString &clientId, const QString &executionId, QObject *context,
                                       Handler<UsageResult> done)
{
    if (auto e = ResourceId::check(clientId, ResourceId::tr("client id")))
        return ResourceId::refuse<UsageResult>(this, context, std::move(done), *e);
    if (auto e = ResourceId::check(executionId, ResourceId::tr("execution id")))
        return ResourceId::refuse<UsageResult>(this, context, std::move(done), *e);
    return sendParsedLarge<UsageResult>(m_api, ApiRequest::get(clientResultsPath(clientId, executionId)),
                                        &parseUsageResult, context, std::move(done));
}

Operation *UsageService::orgResults(const QString &executionId, QObject *context, Handler<UsageResult> done)
{
    if (auto e = ResourceId::check(executionId, ResourceId::tr("execution id")))
        return ResourceId::refuse<UsageResult>(this, context, std::move(done), *e);
    return sendParsedLarge<UsageResult>(m_api, ApiRequest::get(orgResultsPath(executionId)),
                                        &parseUsageResult, context, std::move(done));
}

Operation *UsageService::poll(const UsageExecution &execution, const QString &fallbackPath, QObject *context,
                              Handler<UsageResult> done)
{
    auto *op = new PollUsage(this, context, std::move(done));
    op->begin(execution, fallbackPath);
    return op;
}

Operation *UsageService::run(std::function<Operation *(QObject *, Handler<UsageExecution>)> start,
                             std::function<QString(const UsageExecution &)> fallbackPath, QObject *context,
                             Handler<UsageResult> done)
{
    auto *op = new PollUsage(this, context, std::move(done));
    op->track(start(op, [op, fallbackPath = std::move(fallbackPath)](const Result<UsageExecution> &r) {
        if (op->stopped())
            return;
        if (!r)
            op->startFailed(r.error());
        else
            op->begin(r.value(), fallbackPath(r.value()));
    }));
    return op;
}

Operation *UsageService::runClientQuery(const QString &clientId, const UsageQuery &query, QObject *context,
                                        Handler<UsageResult> done)
{
    return run(
        [this, clientId, query](QObject *ctx, Handler<UsageExecution> h) {
            return startClientQuery(clientId, query, ctx, h);
        },
        [clientId](const UsageExecution &e) { return clientResultsPath(clientId, e.executionId); }, context,
        std::move(done));
}

Operation *UsageService::runSummary(const QString &clientId, int days, QObject *context,
                                    Handler<UsageResult> done)
{
    return run([this, clientId, days](QObject *ctx,
                                      Handler<UsageExecution> h) { return summary(clientId, days, ctx, h); },
               [clientId](const UsageExecution &e) { return clientResultsPath(clientId, e.executionId); },
               context, std::move(done));
}

Operation *UsageService::runOrgQuery(const UsageQuery &query, QObject *context, Handler<UsageResult> done)
{
    return run(
        [this, query](QObject *ctx, Handler<UsageExecution> h) { return startOrgQuery(query, ctx, h); },
        [](const UsageExecution &e) { return orgResultsPath(e.executionId); }, context, std::move(done));
}

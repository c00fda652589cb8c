// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/services/integrationsservice.h"

#include "app/services/paging.h"
#include "models/json/integrationjson.h"
#include "models/json/json.h"

using namespace Qt::Literals::StringLiterals;

namespace {
// Reads candidates one by one and keeps those that hold the client.
class FindHolders final : public Sequence<QList<IntegrationCredential>>
{
public:
    FindHolders(IntegrationsService *service, QString clientId, QObject *context,
                Handler<QList<IntegrationCredential>> done)
        : Sequence(service, context, std::move(done))
        , m_service(service)
        , m_clientId(std::move(clientId))
    {
        track(m_service->listCredentials(this, [this](Result<QList<CredentialInfo>> r) {
            if (stopped())
                return;
            if (!r) {
                complete(r.error());
                return;
            }
            for (const CredentialInfo &c : r.value())
                if (c.typeName.isEmpty() || c.typeName == GenesysOAuthCredentialType)
                    m_candidates.append(c.id);
            next();
        }));
    }

private:
    void next()
    {
        if (m_candidates.isEmpty()) {
            complete(std::move(m_found));
            return;
        }
        track(m_service->credential(m_candidates.takeFirst(), this, [this](Result<IntegrationCredential> r) {
            if (stopped())
                return;
            if (!r) {
                if (!r.error().isNotFound()) { // one deleted meanwhile is no reason to stop
                    complete(r.error());
                    return;
                }
            } else if (r->holdsGenesysClient() && r->clientId() == m_clientId) {
                m_found.append(r.value());
            }
            next();
        }));
    }

    IntegrationsService *m_service;
    QString m_clientId;
    QStringList m_candidates;
    QList<IntegrationCredential> m_found;
};

// The update is done whatever the shape of its answer: an unreadable one gives an empty info.
CredentialInfo credentialInfoAnswer(const QByteArray &body)
{
    Result<QJsonObject> root = json::parseObject(body, u"a credential");
    return root ? integrationjson::credentialInfoFromJson(root.value()) : CredentialInfo{};
}
} // namespace

IntegrationsService::IntegrationsService(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{}

QString IntegrationsService::credentialPath(const QString &id)
{
    return u"/api/v2/integrations/credentials/"_s + ApiRequest::segment(id);
}

Operation *IntegrationsService::listCredentials(QObject *context, Handler<QList<CredentialInfo>> done)
{
    QUrlQuery q;
    q.addQueryItem(u"pageSize"_s, QString::number(ListingPageSize));
    return PagedFetch<CredentialInfo>::start(
        m_api, ApiRequest::get(u"/api/v2/integrations/credentials/listing"_s, q),
        &integrationjson::parseCredentialListing, context, std::move(done));
}

Operation *IntegrationsService::credential(const QString &id, QObject *context,
                                           Handler<IntegrationCredential> done)
{
    return m_api->send(ApiRequest::get(credentialPath(id)))
        ->then(context, [done = std::move(done)](const ApiCall &c) {
            if (!c.ok()) {
                done(c.error());
                return;
            }
            done(integrationjson::parseCredential(c.body()));
        });
}

Operation *IntegrationsService::pointCredentialAt(const IntegrationCredential &current,
                                                  const QString &clientId, const QString &clientSecret,
                                                  QObject *context, Handler<CredentialInfo> done)
{
    const QJsonObject body = buildCredentialUpdateBody(current.json, clientId, clientSecret);
    return m_api->send(ApiRequest::put(credentialPath(current.id), body))
        ->then(context, [done = std::move(done)](const ApiCall &c) {
            if (!c.ok()) {
                done(c.error());
                return;
            }
            done(credentialInfoAnswer(c.body()));
        });
}

Operation *IntegrationsService::credentialsHoldingClient(const QString &clientId, QObject *context,
                                                         Handler<QList<IntegrationCredential>> done)
{
    return new FindHolders(this, clientId, context, std::move(done));
}

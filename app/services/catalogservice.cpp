// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/services/catalogservice.h"

#include "app/services/resourceid.h"
#include "app/services/servicecall.h"

using namespace Qt::Literals::StringLiterals;

CatalogService::CatalogService(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{}

Operation *CatalogService::scopes(QObject *context, Handler<QList<OAuthScope>> done)
{
    return sendParsedLarge<QList<OAuthScope>>(m_api, ApiRequest::get(u"/api/v2/oauth/scopes"_s),
                                              &parseScopeListing, context, std::move(done));
}

Operation *CatalogService::scope(const QString &scopeId, QObject *context, Handler<OAuthScope> done)
{
    if (auto e = ResourceId::check(scopeId, ResourceId::tr("scope id")))
        return ResourceId::refuse<OAuthScope>(this, context, std::move(done), *e);
    return sendParsed<OAuthScope>(m_api,
                                  ApiRequest::get(u"/api/v2/oauth/scopes/"_s + ApiRequest::segment(scopeId)),
                                  &parseScope, context, std::move(done));
}

Operation *CatalogService::authorizations(QObject *context, Handler<QList<OAuthAuthorization>> done)
{
    return sendParsedLarge<QList<OAuthAuthorization>>(m_api,
                                                      ApiRequest::get(u"/api/v2/oauth/authorizations"_s),
                                                      &parseAuthorizationListing, context, std::move(done));
}

Operation *CatalogService::authorization(const QString &clientId, QObject *context,
                                         Handler<OAuthAuthorization> done)
{
    if (auto e = ResourceId::check(clientId, ResourceId::tr("client id")))
        return ResourceId::refuse<OAuthAuthorization>(this, context, std::move(done), *e);
    return sendParsed<OAuthAuthorization>(
        m_api, ApiRequest::get(u"/api/v2/oauth/authorizations/"_s + ApiRequest::segment(clientId)),
        &parseAuthorization, context, std::move(done));
}

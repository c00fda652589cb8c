// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/services/catalogservice.h"

#include "app/services/resourceid.h"

using namespace Qt::Literals::StringLiterals;

namespace {
template<class T, class Parser>
Operation *fetch(ApiClient *api, const QString &path, Parser parse, QObject *context, Handler<T> done)
{
    return api->send(ApiRequest::get(path))->then(context, [done = std::move(done), parse](const ApiCall &c) {
        if (!c.ok()) {
            done(c.error());
            return;
        }
        done(parse(c.body()));
    });
}
} // namespace

CatalogService::CatalogService(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{}

Operation *CatalogService::scopes(QObject *context, Handler<QList<OAuthScope>> done)
{
    return fetch<QList<OAuthScope>>(m_api, u"/api/v2/oauth/scopes"_s, &parseScopeListing, context,
                                    std::move(done));
}

Operation *CatalogService::scope(const QString &scopeId, QObject *context, Handler<OAuthScope> done)
{
    if (auto e = ResourceId::check(scopeId, ResourceId::tr("scope id")))
        return ResourceId::refuse<OAuthScope>(this, context, std::move(done), *e);
    return fetch<OAuthScope>(m_api, u"/api/v2/oauth/scopes/"_s + ApiRequest::segment(scopeId), &parseScope,
                             context, std::move(done));
}

Operation *CatalogService::authorizations(QObject *context, Handler<QList<OAuthAuthorization>> done)
{
    return fetch<QList<OAuthAuthorization>>(m_api, u"/api/v2/oauth/authorizations"_s,
                                            &parseAuthorizationListing, context, std::move(done));
}

Operation *CatalogService::authorization(const QString &clientId, QObject *context,
                                         Handler<OAuthAuthorization> done)
{
    if (auto e = ResourceId::check(clientId, ResourceId::tr("client id")))
        return ResourceId::refuse<OAuthAuthorization>(this, context, std::move(done), *e);
    return fetch<OAuthAuthorization>(m_api,
                                     u"/api/v2/oauth/authorizations/"_s + ApiRequest::segment(clientId),
                                     &parseAuthorization, context, std::move(done));
}

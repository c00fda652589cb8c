// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/services/directoryservice.h"

#include "app/services/paging.h"
#include "app/services/servicecall.h"

using namespace Qt::Literals::StringLiterals;

DirectoryService::DirectoryService(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{}

Operation *DirectoryService::roles(QObject *context, Handler<QList<Role>> done)
{
    QUrlQuery q;
    q.addQueryItem(u"pageSize"_s, QString::number(PageSize));
    q.addQueryItem(u"pageNumber"_s, u"1"_s);
    q.addQueryItem(u"userCount"_s, u"false"_s); // counting users makes the call expensive
    return PagedFetch<Role>::start(m_api, ApiRequest::get(u"/api/v2/authorization/roles"_s, q),
                                   &parseRolePage, context, std::move(done));
}

Operation *DirectoryService::divisions(QObject *context, Handler<QList<Division>> done)
{
    QUrlQuery q;
    q.addQueryItem(u"pageSize"_s, QString::number(PageSize));
    q.addQueryItem(u"pageNumber"_s, u"1"_s);
    return PagedFetch<Division>::start(m_api, ApiRequest::get(u"/api/v2/authorization/divisions"_s, q),
                                       &parseDivisionPage, context, std::move(done));
}

Operation *DirectoryService::tokenInfo(QObject *context, Handler<TokenInfo> done)
{
    return sendParsed<TokenInfo>(m_api, ApiRequest::get(u"/api/v2/tokens/me"_s), &parseTokenInfo, context,
                                 std::move(done));
}

Operation *DirectoryService::revokeToken(QObject *context, Handler<Done> done)
{
    return m_api->send(ApiRequest::del(u"/api/v2/tokens/me"_s))
        ->then(context, [done = std::move(done)](const ApiCall &c) {
            if (!c.ok())
                done(c.error());
            else
                done(Done{});
        });
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/services/usersservice.h"

#include "models/json/integrationjson.h"

using namespace Qt::Literals::StringLiterals;

namespace {
class BatchedUsers final : public Sequence<QList<OrgUser>>
{
public:
    BatchedUsers(UsersService *service, ApiClient *api, QStringList ids, QObject *context,
                 Handler<QList<OrgUser>> done)
        : Sequence(service, context, std::move(done))
        , m_api(api)
        , m_ids(std::move(ids))
    {
        m_ids.removeDuplicates();
        m_ids.removeAll(QString());
        // Never complete inside the constructor: the caller has not seen the operation yet.
        QMetaObject::invokeMethod(
            this, [this] { next(); }, Qt::QueuedConnection);
    }

private:
    void next()
    {
        if (m_ids.isEmpty()) {
            complete(std::move(m_users));
            return;
        }
        const QStringList batch = m_ids.mid(0, UsersService::BatchSize);
        m_ids = m_ids.mid(batch.size());
        QUrlQuery q;
        for (const QString &id : batch)
            q.addQueryItem(u"id"_s, QString::fromLatin1(QUrl::toPercentEncoding(id)));
        q.addQueryItem(u"pageSize"_s, QString::number(batch.size()));
        q.addQueryItem(u"pageNumber"_s, u"1"_s);
        ApiCall *call = m_api->send(ApiRequest::get(u"/api/v2/users"_s, q));
        track(call);
        call->then(this, [this](const ApiCall &c) {
            if (stopped())
                return;
            if (!c.ok()) {
                complete(c.error());
                return;
            }
            Result<Page<OrgUser>> page = integrationjson::parseUserListing(c.body());
            if (!page) {
                complete(page.error());
                return;
            }
            m_users.append(page.value().entities);
            next();
        });
    }

    ApiClient *m_api;
    QStringList m_ids;
    QList<OrgUser> m_users;
};
} // namespace

UsersService::UsersService(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{}

Operation *UsersService::user(const QString &id, QObject *context, Handler<OrgUser> done)
{
    return m_api->send(ApiRequest::get(u"/api/v2/users/"_s + ApiRequest::segment(id)))
        ->then(context, [done = std::move(done)](const ApiCall &c) {
            if (!c.ok()) {
                done(c.error());
                return;
            }
            done(integrationjson::parseUser(c.body()));
        });
}

Operation *UsersService::users(const QStringList &ids, QObject *context, Handler<QList<OrgUser>> done)
{
    return new BatchedUsers(this, m_api, ids, context, std::move(done));
}

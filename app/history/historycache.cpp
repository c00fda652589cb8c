// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/history/historycache.h"

#include "app/services/auditservice.h"
#include "app/services/clientsservice.h"
#include "app/services/directoryservice.h"
#include "app/services/session.h"
#include "app/services/usersservice.h"

using namespace Qt::Literals::StringLiterals;

namespace {
// People in batches, then clients one by one, then roles and divisions when a change names them.
class ResolveNames final : public Sequence<HistoryNames>
{
public:
    ResolveNames(HistoryCache *cache, UsersService *usersService, const QList<AuditEvent> &events,
                 QObject *context, Handler<HistoryNames> done)
        : Sequence(cache, context, std::move(done))
        , m_cache(cache)
        , m_usersService(usersService)
    {
        for (const AuditEvent &e : events) {
            m_cache->remember(e);
            if (!e.user.id.isEmpty() && e.user.name.isEmpty() && !m_cache->users().contains(e.user.id) &&
                !m_cache->tried().contains(e.user.id))
                m_userIds.append(e.user.id);
            if (e.user.id.isEmpty() && !e.client.id.isEmpty() && !m_cache->clients().contains(e.client.id) &&
                !m_cache->tried().contains(e.client.id))
                m_clientIds.append(e.client.id);
            for (const AuditPropertyChange &c : e.propertyChanges) {
                const bool roles = c.property.contains("role"_L1, Qt::CaseInsensitive);
                m_needRoles = m_needRoles || roles;
                m_needDivisions =
                    m_needDivisions || roles || c.property.contains("division"_L1, Qt::CaseInsensitive);
            }
        }
        m_userIds.removeDuplicates();
        m_clientIds.removeDuplicates();
        QMetaObject::invokeMethod(
            this, [this] { lookUpUsers(); }, Qt::QueuedConnection);
    }

private:
    void lookUpUsers()
    {
        if (stopped())
            return;
        if (m_userIds.isEmpty()) {
            clients();
            return;
        }
        track(m_usersService->users(m_userIds, this, [this](const Result<QList<OrgUser>> &r) {
            if (stopped())
                return;
            for (const QString &id : std::as_const(m_userIds))
                m_cache->tried().insert(id);
            if (r)
                for (const OrgUser &u : r.value())
                    m_cache->users().insert(u.id, u.name);
            clients();
        }));
    }

    void clients()
    {
        if (stopped())
            return;
        if (m_clientIds.isEmpty()) {
            roles();
            return;
        }
        const QString id = m_clientIds.takeFirst();
        m_cache->tried().insert(id);
        track(m_cache->session()->clients()->get(id, this, [this, id](const Result<OAuthClient> &r) {
            if (stopped())
                return;
            if (r)
                m_cache->clients().insert(id, r->name);
            clients();
        }));
    }

    void roles()
    {
        if (stopped())
            return;
        if (!m_needRoles || m_cache->rolesLoaded) {
            divisions();
            return;
        }
        m_cache->rolesLoaded = true; // tried once per session, found or refused (403)
        track(m_cache->session()->directory()->roles(this, [this](const Result<QList<Role>> &r) {
            if (stopped())
                return;
            if (r)
                for (const Role &role : r.value())
                    m_cache->roles().insert(role.id, role.name);
            divisions();
        }));
    }

    void divisions()
    {
        if (stopped())
            return;
        if (!m_needDivisions || m_cache->divisionsLoaded) {
            complete(m_cache->names());
            return;
        }
        m_cache->divisionsLoaded = true;
        track(m_cache->session()->directory()->divisions(this, [this](const Result<QList<Division>> &r) {
            if (stopped())
                return;
            if (r)
                for (const Division &d : r.value())
                    m_cache->divisions().insert(d.id, d.name);
            complete(m_cache->names());
        }));
    }

    HistoryCache *m_cache;
    UsersService *m_usersService;
    QStringList m_userIds;
    QStringList m_clientIds;
    bool m_needRoles = false;
    bool m_needDivisions = false;
};
} // namespace

HistoryCache::HistoryCache(Session *session, AuditService *audits, UsersService *users, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_audits(audits)
    , m_users(users)
{}

void HistoryCache::clear()
{
    m_names = {};
    m_tried.clear();
    m_mapping.reset();
    rolesLoaded = false;
    divisionsLoaded = false;
}

void HistoryCache::remember(const AuditEvent &event)
{
    if (!event.user.id.isEmpty() && !event.user.name.isEmpty())
        m_names.users.insert(event.user.id, event.user.name);
    if (!event.client.id.isEmpty() && !event.client.name.isEmpty())
        m_names.clients.insert(event.client.id, event.client.name);
    if (event.entityType == u"OAuthClient" && !event.entity.id.isEmpty() && !event.entity.name.isEmpty() &&
        !m_names.clients.contains(event.entity.id))
        m_names.clients.insert(event.entity.id, event.entity.name);
}

Operation *HistoryCache::serviceMapping(QObject *context, Handler<AuditServiceMapping> done)
{
    auto *op = new Sequence<AuditServiceMapping>(this, context, std::move(done));
    if (m_mapping) {
        QMetaObject::invokeMethod(
            op, [op, m = *m_mapping] { op->complete(m); }, Qt::QueuedConnection);
        return op;
    }
    op->track(m_audits->serviceMapping(true, op, [this, op](const Result<AuditServiceMapping> &r) {
        if (op->stopped())
            return;
        if (r)
            m_mapping = r.value();
        op->complete(r);
    }));
    return op;
}

Operation *HistoryCache::resolveNames(const QList<AuditEvent> &events, QObject *context,
                                      Handler<HistoryNames> done)
{
    return new ResolveNames(this, m_users, events, context, std::move(done));
}

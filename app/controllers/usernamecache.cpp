// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/controllers/usernamecache.h"

#include "app/net/operation.h"
#include "app/services/session.h"
#include "app/services/usersservice.h"

#include <QCoreApplication>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(UserNameCache)
};
} // namespace

UserNameCache::UserNameCache(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_users(session ? new UsersService(session->api(), this) : nullptr)
{}

UserNameCache::~UserNameCache()
{
    for (const QPointer<Operation> &op : std::as_const(m_ops)) {
        if (op)
            op->cancel();
    }
}

void UserNameCache::lookUp(const QStringList &ids)
{
    QStringList wanted;
    for (const QString &id : ids) {
        if (id.isEmpty() || m_names.contains(id) || m_failures.contains(id) || m_pending.contains(id) ||
            wanted.contains(id))
            continue;
        wanted << id;
    }
    if (wanted.isEmpty() || !m_users || !m_session || !m_session->isSignedIn())
        return;
    for (const QString &id : std::as_const(wanted))
        m_pending.insert(id);
    m_ops << m_users->users(wanted, this, [this, wanted](const Result<QList<OrgUser>> &r) {
        for (const QString &id : wanted)
            m_pending.remove(id);
        if (!r) {
            if (r.error().isCancelled())
                return;
            const QString why = Tr::tr("The user could not be looked up: %1").arg(r.error().userMessage());
            for (const QString &id : wanted)
                m_failures.insert(id, why);
        } else {
            for (const OrgUser &u : r.value()) {
                if (!u.name.isEmpty())
                    m_names.insert(u.id, u.name);
            }
            for (const QString &id : wanted) {
                if (!m_names.contains(id))
                    m_failures.insert(id, Tr::tr("No user of the organization has this id (a person who "
                                                 "has left, or an integration)."));
            }
        }
        Q_EMIT changed();
    });
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/controllers/sessioncontext.h"

#include "app/controllers/directorycache.h"
#include "app/controllers/scopecatalog.h"
#include "app/services/session.h"

SessionContext::SessionContext(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_scopes(new ScopeCatalog(this))
    , m_directory(new DirectoryCache(this))
{
    m_scopes->setSession(session);
    m_directory->setSession(session);
}

SessionContext::~SessionContext() = default;

QString SessionContext::organizationName() const
{
    if (!m_session || !m_session->isSignedIn())
        return {};
    return m_session->identity().organization.displayName();
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/controllers/sessionbinding.h"

#include "app/services/session.h"

SessionBinding::~SessionBinding()
{
    release();
}

void SessionBinding::release()
{
    for (const auto &c : std::as_const(m_connections))
        QObject::disconnect(c);
    m_connections.clear();
}

bool SessionBinding::follow(Session *session, QObject *receiver, const std::function<void()> &forget,
                            std::function<void()> onSignedIn)
{
    if (session == m_session)
        return false;
    release();
    m_session = session;
    forget();
    if (!session)
        return false;
    m_connections << QObject::connect(session, &Session::signedIn, receiver,
                                      onSignedIn ? std::move(onSignedIn) : forget);
    m_connections << QObject::connect(session, &Session::signedOut, receiver, forget);
    return true;
}

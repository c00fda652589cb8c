// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaObject>
#include <QPointer>

#include <functional>

QT_FORWARD_DECLARE_CLASS(QObject)
class Session;

// The session that a per-session cache follows (DirectoryCache, ScopeCatalog): following another
// one drops the connections to the old one and forgets what was fetched under it; the new one's
// sign-in changes reach the cache's handlers.
//
//     void Cache::setSession(Session *session)
//     {
//         if (m_binding.follow(session, this, [this] { forget(); }, [this] { forget(); load(); }))
//             m_binding.add(connect(session->api(), &ApiClient::languageChanged, ...));
//     }
class SessionBinding
{
public:
    SessionBinding() = default;
    SessionBinding(const SessionBinding &) = delete;
    SessionBinding &operator=(const SessionBinding &) = delete;
    ~SessionBinding();

    // Follows `session` (nullptr: none). Nothing happens when it is the one followed already.
    // Otherwise the old connections go, `forget` runs, and the session's signedOut (and signedIn,
    // unless `onSignedIn` is given) run `forget` on `receiver`; signedIn runs `onSignedIn`. True
    // when a new session is followed (the caller may add connections of its own).
    bool follow(Session *session, QObject *receiver, const std::function<void()> &forget,
                std::function<void()> onSignedIn = {});
    // A connection to drop with the others when the session changes.
    void add(QMetaObject::Connection connection) { m_connections.append(connection); }
    [[nodiscard]] Session *session() const { return m_session; }

private:
    void release();

    QPointer<Session> m_session;
    QList<QMetaObject::Connection> m_connections;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/services/session.h"

#include <QObject>
#include <QPointer>

class DirectoryCache;
class ScopeCatalog;

// What the pages of the main window share for one Session: the session itself and the caches that
// should be fetched once per sign-in (the scope catalogue, roles and divisions). The main window
// owns one and hands it to every page; a page that needs scopes calls scopes()->load() and
// listens to ScopeCatalog::changed.
class SessionContext : public QObject
{
    Q_OBJECT
public:
    explicit SessionContext(Session *session, QObject *parent = nullptr);
    ~SessionContext() override;

    [[nodiscard]] Session *session() const { return m_session; }
    [[nodiscard]] ScopeCatalog *scopes() const { return m_scopes; }
    [[nodiscard]] DirectoryCache *directory() const { return m_directory; }
    // The signed-in organization's name (or id), empty when not signed in.
    [[nodiscard]] QString organizationName() const;

private:
    QPointer<Session> m_session;
    ScopeCatalog *m_scopes;
    DirectoryCache *m_directory;
};

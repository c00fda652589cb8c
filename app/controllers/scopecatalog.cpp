// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/controllers/scopecatalog.h"

#include "app/services/catalogservice.h"
#include "app/session.h"

#include <QCollator>

ScopeCatalog::ScopeCatalog(QObject *parent)
    : QObject(parent)
{}

ScopeCatalog::~ScopeCatalog()
{
    if (m_loading)
        m_loading->cancel();
}

void ScopeCatalog::setSession(Session *session)
{
    if (session == m_session)
        return;
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_session = session;
    forget();
    if (!session)
        return;
    m_connections << connect(session, &Session::signedIn, this, &ScopeCatalog::forget);
    m_connections << connect(session, &Session::signedOut, this, &ScopeCatalog::forget);
}

void ScopeCatalog::forget()
{
    if (m_loading)
        m_loading->cancel();
    const bool had = m_loaded || !m_scopes.isEmpty();
    m_loaded = false;
    m_scopes.clear();
    m_byId.clear();
    m_error = {};
    if (had)
        Q_EMIT changed();
}

void ScopeCatalog::load()
{
    if (m_loaded || m_loading || !m_session || !m_session->isSignedIn())
        return;
    m_loading = m_session->catalog()->scopes(this, [this](const Result<QList<OAuthScope>> &r) {
        m_loading = nullptr;
        Q_EMIT loadingChanged(false);
        if (!r) {
            if (r.error().isCancelled())
                return;
            m_error = r.error();
            Q_EMIT failed(r.error());
            return;
        }
        m_error = {};
        m_scopes = r.value();
        QCollator collator;
        collator.setNumericMode(true);
        std::sort(m_scopes.begin(), m_scopes.end(), [&collator](const OAuthScope &a, const OAuthScope &b) {
            return collator.compare(a.id, b.id) < 0;
        });
        m_byId.clear();
        for (qsizetype i = 0; i < m_scopes.size(); ++i)
            m_byId.insert(m_scopes.at(i).id, i);
        m_loaded = true;
        Q_EMIT changed();
    });
    if (m_loading)
        Q_EMIT loadingChanged(true);
}

void ScopeCatalog::reload()
{
    forget();
    load();
}

QString ScopeCatalog::description(const QString &scopeId) const
{
    const auto it = m_byId.constFind(scopeId);
    return it == m_byId.cend() ? QString() : m_scopes.at(*it).description;
}

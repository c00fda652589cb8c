// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/controllers/scopecatalog.h"

#include "app/services/catalogservice.h"
#include "app/services/session.h"
#include "models/itemmodels/scopelistmodel.h"

#include <QCollator>

ScopeCatalog::ScopeCatalog(QObject *parent)
    : QObject(parent)
    , m_model(new ScopeListModel(this))
{}

ScopeCatalog::~ScopeCatalog()
{
    if (m_loading)
        m_loading->cancel();
}

void ScopeCatalog::setSession(Session *session)
{
    if (m_binding.follow(session, this, [this] { forget(); }))
        m_binding.add(
            connect(session->api(), &ApiClient::languageChanged, this, &ScopeCatalog::onLanguageChanged));
}

void ScopeCatalog::onLanguageChanged()
{
    // Only what was fetched (or is being fetched) in the old language; an unused catalogue stays
    // unloaded until someone needs it. The old descriptions stay until the new ones arrive, so
    // the views keep their rows, selections and ticks.
    if (!m_loaded && !m_loading)
        return;
    if (m_loading)
        m_loading->cancel();
    if (m_binding.session() && m_binding.session()->isSignedIn())
        fetch();
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
    m_model->clear();
    if (had)
        Q_EMIT changed();
}

void ScopeCatalog::load()
{
    if (m_loaded || m_loading || !m_binding.session() || !m_binding.session()->isSignedIn())
        return;
    fetch();
}

void ScopeCatalog::fetch()
{
    m_loading = m_binding.session()->catalog()->scopes(this, [this](const Result<QList<OAuthScope>> &r) {
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
        m_model->setScopes(m_scopes);
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

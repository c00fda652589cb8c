// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/controllers/directorycache.h"

#include "app/services/directoryservice.h"
#include "app/services/session.h"

#include <QCollator>
#include <QCoreApplication>

DirectoryCache::DirectoryCache(QObject *parent)
    : QObject(parent)
{}

DirectoryCache::~DirectoryCache()
{
    if (m_rolesOp)
        m_rolesOp->cancel();
    if (m_divisionsOp)
        m_divisionsOp->cancel();
}

void DirectoryCache::setSession(Session *session)
{
    m_binding.follow(
        session, this, [this] { forget(); },
        [this] {
            // What was loaded, loading or refused is wanted again under the new sign-in: a session
            // that ran out and came back fills in an open dialog's pickers instead of leaving the
            // 401 shown there.
            const bool wanted = m_rolesLoaded || m_divisionsLoaded || isLoading() || m_rolesError.isError() ||
                                m_divisionsError.isError();
            forget();
            if (wanted)
                load();
        });
}

void DirectoryCache::forget()
{
    if (m_rolesOp)
        m_rolesOp->cancel();
    if (m_divisionsOp)
        m_divisionsOp->cancel();
    const bool had = m_rolesLoaded || m_divisionsLoaded;
    m_roles.clear();
    m_divisions.clear();
    m_roleNames.clear();
    m_divisionNames.clear();
    m_rolesError = {};
    m_divisionsError = {};
    m_rolesLoaded = m_divisionsLoaded = false;
    if (had)
        Q_EMIT changed();
}

void DirectoryCache::load()
{
    if (!m_binding.session() || !m_binding.session()->isSignedIn())
        return;
    const bool wasLoading = isLoading();
    auto settle = [this, wasLoading] {
        if (wasLoading != isLoading())
            Q_EMIT loadingChanged(isLoading());
    };
    if (!m_rolesLoaded && !m_rolesOp) {
        m_rolesOp = m_binding.session()->directory()->roles(this, [this](const Result<QList<Role>> &r) {
            m_rolesOp = nullptr;
            if (!isLoading())
                Q_EMIT loadingChanged(false);
            if (!r) {
                if (r.error().isCancelled())
                    return;
                m_rolesError = r.error();
                Q_EMIT failed(r.error());
                return;
            }
            m_rolesError = {};
            m_roles = r.value();
            QCollator collator;
            collator.setNumericMode(true);
            collator.setCaseSensitivity(Qt::CaseInsensitive);
            std::sort(m_roles.begin(), m_roles.end(), [&collator](const Role &a, const Role &b) {
                return collator.compare(a.name, b.name) < 0;
            });
            m_roleNames.clear();
            for (const Role &role : std::as_const(m_roles))
                m_roleNames.insert(role.id, role.name);
            m_rolesLoaded = true;
            Q_EMIT changed();
        });
    }
    if (!m_divisionsLoaded && !m_divisionsOp) {
        m_divisionsOp =
            m_binding.session()->directory()->divisions(this, [this](const Result<QList<Division>> &r) {
                m_divisionsOp = nullptr;
                if (!isLoading())
                    Q_EMIT loadingChanged(false);
                if (!r) {
                    if (r.error().isCancelled())
                        return;
                    m_divisionsError = r.error();
                    Q_EMIT failed(r.error());
                    return;
                }
                m_divisionsError = {};
                m_divisions = r.value();
                QCollator collator;
                collator.setNumericMode(true);
                collator.setCaseSensitivity(Qt::CaseInsensitive);
                std::sort(m_divisions.begin(), m_divisions.end(),
                          [&collator](const Division &a, const Division &b) {
                              if (a.homeDivision != b.homeDivision)
                                  return a.homeDivision;
                              return collator.compare(a.name, b.name) < 0;
                          });
                m_divisionNames.clear();
                for (const Division &d : std::as_const(m_divisions))
                    m_divisionNames.insert(d.id, d.name);
                m_divisionsLoaded = true;
                Q_EMIT changed();
            });
    }
    settle();
}

void DirectoryCache::reload()
{
    forget();
    load();
}

QString DirectoryCache::roleName(const QString &id) const
{
    return m_roleNames.value(id);
}

QString DirectoryCache::divisionName(const QString &id) const
{
    if (id == AllDivisions)
        return QCoreApplication::translate("DirectoryCache", "All divisions");
    return m_divisionNames.value(id);
}

QString DirectoryCache::homeDivisionId() const
{
    for (const Division &d : m_divisions) {
        if (d.homeDivision)
            return d.id;
    }
    return {};
}

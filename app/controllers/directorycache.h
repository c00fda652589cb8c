// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/controllers/sessionbinding.h"
#include "app/net/operation.h"
#include "app/services/session.h"
#include "models/domain/apierror.h"
#include "models/domain/directory.h"

#include <QHash>
#include <QObject>
#include <QPointer>

// The org's roles and divisions (paged to the end by DirectoryService), fetched once per signed-in
// session and shared by the details pane (names instead of ids) and the client editor's role x
// division picker. "*" is the platform's "all divisions".
class DirectoryCache : public QObject
{
    Q_OBJECT
public:
    static inline const QString AllDivisions = QStringLiteral("*");

    explicit DirectoryCache(QObject *parent = nullptr);
    ~DirectoryCache() override;

    void setSession(Session *session);
    [[nodiscard]] Session *session() const { return m_binding.session(); }

    // Fetches roles and divisions unless loaded or loading.
    void load();
    void reload();

    [[nodiscard]] bool rolesLoaded() const { return m_rolesLoaded; }
    [[nodiscard]] bool divisionsLoaded() const { return m_divisionsLoaded; }
    [[nodiscard]] bool isLoading() const { return m_rolesOp || m_divisionsOp; }
    [[nodiscard]] const ApiError &rolesError() const { return m_rolesError; }
    [[nodiscard]] const ApiError &divisionsError() const { return m_divisionsError; }
    [[nodiscard]] const QList<Role> &roles() const { return m_roles; }             // sorted by name
    [[nodiscard]] const QList<Division> &divisions() const { return m_divisions; } // home division first
    // Names for ids; empty when unknown (the caller shows the id). "*" gives "All divisions".
    [[nodiscard]] QString roleName(const QString &id) const;
    [[nodiscard]] QString divisionName(const QString &id) const;
    [[nodiscard]] QString homeDivisionId() const;

Q_SIGNALS:
    void loadingChanged(bool loading);
    // Roles or divisions were loaded or forgotten.
    void changed();
    void failed(const ApiError &error);

private:
    void forget();

    SessionBinding m_binding;
    QPointer<Operation> m_rolesOp;
    QPointer<Operation> m_divisionsOp;
    QList<Role> m_roles;
    QList<Division> m_divisions;
    QHash<QString, QString> m_roleNames;
    QHash<QString, QString> m_divisionNames;
    ApiError m_rolesError;
    ApiError m_divisionsError;
    bool m_rolesLoaded = false;
    bool m_divisionsLoaded = false;
};

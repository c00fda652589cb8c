// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/apierror.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

class Operation;
class Session;
class UsersService;

// Names of the org's users by id, for "Created by"/"Modified by" where the API gives only an id.
// lookUp() asks the Users API once for every id not known yet (one batched request per call, as
// UsersService batches them), and remembers the answers for the session; changed() tells when
// names arrived. An id the org does not know, or a failed lookup, is remembered with the reason.
class UserNameCache : public QObject
{
    Q_OBJECT
public:
    explicit UserNameCache(Session *session, QObject *parent = nullptr);
    ~UserNameCache() override;

    void lookUp(const QStringList &ids);
    // The user's name; empty while unknown.
    [[nodiscard]] QString name(const QString &id) const { return m_names.value(id); }
    [[nodiscard]] bool isPending(const QString &id) const { return m_pending.contains(id); }
    // Why there is no name for `id` (not found, or the lookup failed); empty when there is one or
    // it was not asked yet.
    [[nodiscard]] QString failure(const QString &id) const { return m_failures.value(id); }

Q_SIGNALS:
    void changed();

private:
    QPointer<Session> m_session;
    UsersService *m_users;
    QHash<QString, QString> m_names;
    QHash<QString, QString> m_failures;
    QSet<QString> m_pending;
    QList<QPointer<Operation>> m_ops;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/net/operation.h"
#include "app/services/session.h"
#include "models/domain/apierror.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

class ClientListModel;

// Feeds a ClientListModel from the session's ClientsService: the list on the first load and on
// reload(), and each clientCreated / clientChanged / clientRemoved as one incremental change,
// whoever caused it (a dialog, another page, the CLI code in tests). Owns no widgets.
//
// The model is reset only when the signed-in identity changes (or the session goes away); a
// reload merges, so selections and scroll positions survive F5.
class ClientsController : public QObject
{
    Q_OBJECT
public:
    explicit ClientsController(ClientListModel *model, QObject *parent = nullptr);
    ~ClientsController() override;

    [[nodiscard]] ClientListModel *model() const { return m_model; }
    [[nodiscard]] Session *session() const { return m_session; }
    // Follows `session` (nullptr: none). Clears the model; loads when the session is signed in.
    void setSession(Session *session);

    // Lists the clients again. A reload while one runs is ignored. A listing that was on its way
    // while a create, edit or delete was applied may predate it: it is asked for again instead of
    // putting the older state back.
    void reload();
    [[nodiscard]] bool isLoading() const { return !m_loading.isNull(); }
    [[nodiscard]] bool hasLoaded() const { return m_lastLoaded.isValid(); }
    [[nodiscard]] QDateTime lastLoaded() const { return m_lastLoaded; }
    [[nodiscard]] const ApiError &lastError() const { return m_lastError; }

Q_SIGNALS:
    void loadingChanged(bool loading);
    // The list arrived: `count` clients, `elapsedMs` after the request was sent.
    void loaded(int count, qint64 elapsedMs);
    void loadFailed(const ApiError &error);

private:
    void onSignedIn();
    void onSignedOut();

    ClientListModel *m_model;
    QPointer<Session> m_session;
    QPointer<Operation> m_loading;
    QList<QMetaObject::Connection> m_connections;
    QDateTime m_lastLoaded;
    ApiError m_lastError;
    quint64 m_localChanges = 0; // creates, edits and deletes applied to the model
};

// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/controllers/clientscontroller.h"

#include "app/services/clientsservice.h"
#include "app/services/session.h"
#include "models/itemmodels/clientlistmodel.h"

#include <QElapsedTimer>

ClientsController::ClientsController(ClientListModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{}

ClientsController::~ClientsController()
{
    // Cancelling runs the handler, which reports "not loading": nobody may hear that from an
    // object being destroyed (its page is usually being torn down around it).
    blockSignals(true);
    if (m_loading)
        m_loading->cancel();
}

void ClientsController::setSession(Session *session)
{
    if (session == m_session)
        return;
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    if (m_loading)
        m_loading->cancel();
    m_session = session;
    m_lastLoaded = {};
    m_lastError = {};
    m_model->clear();
    if (!session)
        return;
    ClientsService *clients = session->clients();
    m_connections << connect(clients, &ClientsService::clientCreated, this, [this](const OAuthClient &c) {
        ++m_localChanges;
        m_model->upsertClient(c);
    });
    m_connections << connect(clients, &ClientsService::clientChanged, this, [this](const OAuthClient &c) {
        ++m_localChanges;
        // A client that left the list ("deleted" state after a delete) is removed, not shown.
        if (c.clientState() == ClientState::Deleted)
            m_model->removeClient(c.id);
        else
            m_model->upsertClient(c);
    });
    m_connections << connect(clients, &ClientsService::clientRemoved, this, [this](const QString &id) {
        ++m_localChanges;
        m_model->removeClient(id);
    });
    m_connections << connect(session, &Session::signedIn, this, &ClientsController::onSignedIn);
    m_connections << connect(session, &Session::signedOut, this, &ClientsController::onSignedOut);
    if (session->isSignedIn())
        reload();
}

void ClientsController::onSignedIn()
{
    // Another identity may see another org: start over.
    if (m_loading)
        m_loading->cancel();
    m_lastLoaded = {};
    m_model->clear();
    reload();
}

void ClientsController::onSignedOut()
{
    if (m_loading)
        m_loading->cancel();
    m_lastLoaded = {};
    m_model->clear();
}

void ClientsController::reload()
{
    if (!m_session || !m_session->isSignedIn() || m_loading)
        return;
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    const quint64 changesAtStart = m_localChanges;
    // A listing that never ends fails, but what came first is shown: the page's message says the
    // list is incomplete (the error's text) above it.
    auto showPartial = [this](QList<OAuthClient> partial) {
        if (m_lastLoaded.isValid())
            m_model->mergeClients(partial);
        else
            m_model->setClients(std::move(partial));
        m_lastLoaded = QDateTime::currentDateTimeUtc();
    };
    auto onListed = [this, timer, changesAtStart](Result<QList<OAuthClient>> r) {
        m_loading = nullptr;
        if (r && m_localChanges != changesAtStart) {
            // The server may have answered before those changes: it would undo them on screen
            // (an edit shown as before, a new client removed). Ask again.
            reload();
            if (!m_loading)
                Q_EMIT loadingChanged(false);
            return;
        }
        Q_EMIT loadingChanged(false);
        if (!r) {
            if (r.error().isCancelled())
                return;
            m_lastError = r.error();
            Q_EMIT loadFailed(r.error());
            return;
        }
        m_lastError = {};
        const int count = int(r->size());
        if (m_lastLoaded.isValid())
            m_model->mergeClients(r.value());
        else
            m_model->setClients(std::move(r).value()); // the model takes the clients over
        m_lastLoaded = QDateTime::currentDateTimeUtc();
        Q_EMIT loaded(count, timer->elapsed());
    };
    m_loading = m_session->clients()->list(this, std::move(onListed), std::move(showPartial));
    // The handler may already have run (a refused request finishes at once).
    if (m_loading)
        Q_EMIT loadingChanged(true);
}

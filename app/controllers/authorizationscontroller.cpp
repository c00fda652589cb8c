// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/controllers/authorizationscontroller.h"

#include "app/controllers/directorycache.h"
#include "app/controllers/sessioncontext.h"
#include "app/services/catalogservice.h"
#include "app/services/session.h"
#include "models/itemmodels/authorizationlistmodel.h"

AuthorizationsController::AuthorizationsController(AuthorizationListModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{}

AuthorizationsController::~AuthorizationsController()
{
    // Nobody listens any more: end the requests without telling anyone.
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    blockSignals(true);
    if (m_loading)
        m_loading->cancel();
    if (m_details)
        m_details->cancel();
}

void AuthorizationsController::setContext(SessionContext *context)
{
    if (context == m_context && context)
        return;
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    if (m_loading)
        m_loading->cancel();
    if (m_details)
        m_details->cancel();
    m_context = context;
    m_lastLoaded = {};
    m_lastError = {};
    m_detailsError = {};
    m_detailsId.clear();
    m_model->clear();
    m_model->setRoleNames({});
    Session *session = context ? context->session() : nullptr;
    if (!session)
        return;
    m_connections << connect(session, &Session::signedIn, this, &AuthorizationsController::onSignedIn);
    m_connections << connect(session, &Session::signedOut, this, &AuthorizationsController::onSignedOut);
    m_connections << connect(session->api(), &ApiClient::languageChanged, this,
                             &AuthorizationsController::onLanguageChanged);
    m_connections << connect(context->directory(), &DirectoryCache::changed, this,
                             &AuthorizationsController::applyRoleNames);
    applyRoleNames();
    if (session->isSignedIn() && m_active)
        reload();
}

void AuthorizationsController::setActive(bool active)
{
    m_active = active;
    if (active && !hasLoaded() && !isLoading() && !m_lastError.isError())
        reload();
}

void AuthorizationsController::onSignedIn()
{
    // Another identity authorizes other clients: start over.
    if (m_loading)
        m_loading->cancel();
    if (m_details)
        m_details->cancel();
    m_lastLoaded = {};
    m_lastError = {};
    m_detailsId.clear();
    m_model->clear();
    if (m_active)
        reload();
}

void AuthorizationsController::onSignedOut()
{
    if (m_loading)
        m_loading->cancel();
    if (m_details)
        m_details->cancel();
    m_lastLoaded = {};
    m_lastError = {};
    m_detailsId.clear();
    m_model->clear();
}

void AuthorizationsController::onLanguageChanged()
{
    // The server translates descriptions: fetch what is shown again, merged into the rows.
    if (hasLoaded() && !isLoading())
        reload();
    if (!m_detailsId.isEmpty())
        loadDetails(m_detailsId);
}

void AuthorizationsController::reload()
{
    Session *session = m_context ? m_context->session() : nullptr;
    if (!session || !session->isSignedIn() || m_loading)
        return;
    m_loading = session->catalog()->authorizations(this, [this](const Result<QList<OAuthAuthorization>> &r) {
        m_loading = nullptr;
        Q_EMIT loadingChanged(false);
        if (!r) {
            if (r.error().isCancelled())
                return;
            m_lastError = r.error();
            Q_EMIT loadFailed(r.error());
            return;
        }
        m_lastError = {};
        if (m_lastLoaded.isValid())
            m_model->mergeAuthorizations(r.value());
        else
            m_model->setAuthorizations(r.value());
        m_lastLoaded = QDateTime::currentDateTimeUtc();
        loadRoleNamesIfNeeded();
        Q_EMIT loaded(int(r->size()));
    });
    // The handler may already have run (a refused request finishes at once).
    if (m_loading)
        Q_EMIT loadingChanged(true);
}

void AuthorizationsController::loadDetails(const QString &clientId)
{
    Session *session = m_context ? m_context->session() : nullptr;
    if (!session || !session->isSignedIn() || clientId.isEmpty())
        return;
    if (m_details)
        m_details->cancel();
    m_detailsId = clientId;
    m_detailsError = {};
    m_details = session->catalog()->authorization(
        clientId, this, [this, clientId](const Result<OAuthAuthorization> &r) {
            m_details = nullptr;
            Q_EMIT detailsLoadingChanged(false);
            if (!r) {
                if (r.error().isCancelled())
                    return;
                m_detailsError = r.error();
                Q_EMIT detailsFailed(clientId, r.error());
                return;
            }
            // Only an answer about the row asked for goes into the model (a server that answers
            // with another client is not trusted with that row).
            if (r->client.id == clientId && m_model->rowOf(clientId) >= 0)
                m_model->upsertAuthorization(r.value());
            loadRoleNamesIfNeeded();
            Q_EMIT detailsLoaded(r.value());
        });
    if (m_details)
        Q_EMIT detailsLoadingChanged(true);
}

void AuthorizationsController::loadRoleNamesIfNeeded()
{
    if (!m_context)
        return;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (!m_model->authorizationAt(r).roles.isEmpty()) {
            m_context->directory()->load(); // no-op when loaded or loading
            return;
        }
    }
}

void AuthorizationsController::applyRoleNames()
{
    QHash<QString, QString> names;
    if (m_context) {
        for (const Role &role : m_context->directory()->roles())
            names.insert(role.id, role.name);
    }
    m_model->setRoleNames(names);
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/net/operation.h"
#include "models/domain/apierror.h"
#include "models/domain/authorization.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

class AuthorizationListModel;
class SessionContext;

// Feeds an AuthorizationListModel from the session's CatalogService: the list of the signed-in
// resource owner's authorizations (GET /oauth/authorizations) on the first load and on reload(),
// and the details of one (GET /oauth/authorizations/{clientId}) on request, which refresh its row.
// Role ids become names through the session's DirectoryCache. Owns no widgets.
//
// The model is reset only when the signed-in identity changes; a reload merges, so selections
// survive F5. When the UI language changes (ApiClient::languageChanged) the list and the details
// shown are fetched again, since the server translates the clients' descriptions.
class AuthorizationsController : public QObject
{
    Q_OBJECT
public:
    explicit AuthorizationsController(AuthorizationListModel *model, QObject *parent = nullptr);
    ~AuthorizationsController() override;

    [[nodiscard]] AuthorizationListModel *model() const { return m_model; }
    // Follows the context's session (nullptr: none). Clears the model; loads when signed in and
    // setActive(true) was called (the page is shown), so an unused page costs no request.
    void setContext(SessionContext *context);
    // Whether someone looks at the list: the first load waits for it.
    void setActive(bool active);

    // Lists the authorizations again. A reload while one runs is ignored.
    void reload();
    [[nodiscard]] bool isLoading() const { return !m_loading.isNull(); }
    [[nodiscard]] bool hasLoaded() const { return m_lastLoaded.isValid(); }
    [[nodiscard]] QDateTime lastLoaded() const { return m_lastLoaded; }
    [[nodiscard]] const ApiError &lastError() const { return m_lastError; }

    // Fetches the details of one authorization; the answer replaces its row. A request for another
    // client cancels the one in flight.
    void loadDetails(const QString &clientId);
    [[nodiscard]] bool isLoadingDetails() const { return !m_details.isNull(); }
    [[nodiscard]] QString detailsClientId() const { return m_detailsId; }
    [[nodiscard]] const ApiError &detailsError() const { return m_detailsError; }

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loaded(int count);
    void loadFailed(const ApiError &error);
    void detailsLoadingChanged(bool loading);
    void detailsLoaded(const OAuthAuthorization &authorization);
    void detailsFailed(const QString &clientId, const ApiError &error);

private:
    void onSignedIn();
    void onSignedOut();
    void onLanguageChanged();
    void applyRoleNames();
    void loadRoleNamesIfNeeded();

    AuthorizationListModel *m_model;
    QPointer<SessionContext> m_context;
    QPointer<Operation> m_loading;
    QPointer<Operation> m_details;
    QList<QMetaObject::Connection> m_connections;
    QDateTime m_lastLoaded;
    ApiError m_lastError;
    ApiError m_detailsError;
    QString m_detailsId;
    bool m_active = false;
};

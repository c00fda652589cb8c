// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/controllers/sessionbinding.h"
#include "app/net/operation.h"
#include "app/services/session.h"
#include "models/domain/apierror.h"
#include "models/domain/scope.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class ScopeListModel;

// The org's scope catalogue (GET /oauth/scopes), fetched once per signed-in session and shared:
// the client editor's scope picker, the details pane's scope descriptions and the Scopes page all
// read it from here. Descriptions are in the UI language (the API client sends Accept-Language);
// when that changes (ApiClient::languageChanged) a loaded catalogue is fetched again. model() is the
// catalogue as an item model, one per session, which the Scopes page and the scope picker show.
//
//     catalog->load();                       // no-op when loaded or loading
//     connect(catalog, &ScopeCatalog::changed, this, [..] { catalog->description(id); });
class ScopeCatalog : public QObject
{
    Q_OBJECT
public:
    explicit ScopeCatalog(QObject *parent = nullptr);
    ~ScopeCatalog() override;

    // Follows `session`; forgets the catalogue when the identity changes or signs out.
    void setSession(Session *session);
    [[nodiscard]] Session *session() const { return m_binding.session(); }

    // Fetches the catalogue unless it is loaded or loading.
    void load();
    // Fetches it again (e.g. after the UI language changed).
    void reload();

    [[nodiscard]] bool isLoaded() const { return m_loaded; }
    [[nodiscard]] bool isLoading() const { return !m_loading.isNull(); }
    [[nodiscard]] const ApiError &error() const { return m_error; }
    [[nodiscard]] const QList<OAuthScope> &scopes() const { return m_scopes; }
    [[nodiscard]] bool contains(const QString &scopeId) const { return m_byId.contains(scopeId); }
    // The description, or an empty string for a scope the catalogue does not have.
    [[nodiscard]] QString description(const QString &scopeId) const;
    // The catalogue as a table (id, description, clients using it), kept in step with scopes().
    [[nodiscard]] ScopeListModel *model() const { return m_model; }

Q_SIGNALS:
    void loadingChanged(bool loading);
    // The catalogue was loaded, reloaded or forgotten.
    void changed();
    void failed(const ApiError &error);

private:
    void forget();
    void fetch();
    void onLanguageChanged();

    SessionBinding m_binding;
    QPointer<Operation> m_loading;
    QList<OAuthScope> m_scopes;
    QHash<QString, qsizetype> m_byId;
    ApiError m_error;
    ScopeListModel *m_model;
    bool m_loaded = false;
};

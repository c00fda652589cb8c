// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/oauthclient.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

QT_FORWARD_DECLARE_CLASS(QAbstractItemView)
QT_FORWARD_DECLARE_CLASS(QAction)
QT_FORWARD_DECLARE_CLASS(QTabWidget)
QT_FORWARD_DECLARE_CLASS(QWidget)
class AuditService;
class ClientDetailsView;
class ClientHistoryView;
class HistoryCache;
class RotationWizard;
class SessionContext;
class UsersService;

// What the Clients page gains for history and rotation, kept apart from the page: the details pane becomes
// two tabs (Details, History), and a "Rotate Secret…" action opens the rotation assistant for the
// selected client. The page puts detailsPane() where the details view was, adds rotateAction() to
// its actions, forwards setSessionContext(), and enables the action with setUsable().
class ClientsRotationUi : public QObject
{
    Q_OBJECT
public:
    using CurrentClient = std::function<std::optional<OAuthClient>()>;

    ClientsRotationUi(ClientDetailsView *details, QAbstractItemView *view, CurrentClient currentClient,
                      QWidget *parent);
    ~ClientsRotationUi() override;

    [[nodiscard]] QTabWidget *detailsPane() const { return m_tabs; }
    [[nodiscard]] QAction *rotateAction() const { return m_rotate; }
    [[nodiscard]] ClientHistoryView *historyView() const { return m_history; }
    void setSessionContext(SessionContext *context);
    // Whether the page may act now (signed in, the page current): the action also needs a selected
    // active client with a secret.
    void setUsable(bool usable);
    // Opens the assistant for the selected client; returns it (for tests), or nullptr.
    RotationWizard *openWizard();

private:
    void onSelectionChanged();

    ClientDetailsView *m_details;
    CurrentClient m_currentClient;
    QTabWidget *m_tabs;
    ClientHistoryView *m_history;
    QAction *m_rotate;
    QPointer<SessionContext> m_context;
    HistoryCache *m_cache = nullptr;
    AuditService *m_audits = nullptr;
    UsersService *m_users = nullptr;
    bool m_usable = false;
};

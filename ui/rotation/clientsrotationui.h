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
class MessageBar;
class RotationWizard;
class RotationsDialog;
class SessionContext;
class UsersService;

// What the Clients page gains for history and rotation, kept apart from the page: the details pane becomes
// two tabs (Details, History), and a "Rotate Secret…" action opens the rotation assistant for the
// selected client; its button's menu lists the rotations in progress. The page puts detailsPane()
// where the details view was, adds rotateAction() and rotationsAction() to its menu and rotateAction()
// to its context menu, forwards setSessionContext(), and enables the actions with setUsable(). Both
// actions have shortcuts (Ctrl+Shift+R, Ctrl+Shift+P). After each sign-in with rotations of the org
// in progress, a bar above the tabs says so once and offers to show them.
class ClientsRotationUi : public QObject
{
    Q_OBJECT
public:
    using CurrentClient = std::function<std::optional<OAuthClient>()>;

    ClientsRotationUi(ClientDetailsView *details, QAbstractItemView *view, CurrentClient currentClient,
                      QWidget *parent);
    ~ClientsRotationUi() override;

    // The tabs, below the bar that names the rotations in progress after a sign-in.
    [[nodiscard]] QWidget *detailsPane() const { return m_pane; }
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    [[nodiscard]] MessageBar *inProgressBar() const { return m_inProgressBar; }
    [[nodiscard]] QAction *rotateAction() const { return m_rotate; }
    // "Rotations in Progress…": the saved rotations of this profile (or org), to resume; in the menu
    // of the button beside the tabs.
    [[nodiscard]] QAction *rotationsAction() const { return m_rotations; }
    [[nodiscard]] ClientHistoryView *historyView() const { return m_history; }
    void setSessionContext(SessionContext *context);
    // Whether the page may act now (signed in, the page current): the action also needs a selected
    // active client with a secret.
    void setUsable(bool usable);
    // Opens the assistant for the selected client; returns it (for tests), or nullptr.
    RotationWizard *openWizard();
    // Opens the list of rotations in progress; returns it (for tests), or nullptr.
    RotationsDialog *openRotations();

private:
    void onSelectionChanged();
    void announceRotationsInProgress();

    ClientDetailsView *m_details;
    CurrentClient m_currentClient;
    QWidget *m_pane;
    MessageBar *m_inProgressBar;
    QTabWidget *m_tabs;
    ClientHistoryView *m_history;
    QAction *m_rotate;
    QAction *m_rotations;
    QPointer<SessionContext> m_context;
    QList<QMetaObject::Connection> m_sessionConnections;
    HistoryCache *m_cache = nullptr;
    AuditService *m_audits = nullptr;
    UsersService *m_users = nullptr;
    bool m_usable = false;
};

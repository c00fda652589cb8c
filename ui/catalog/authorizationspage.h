// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/apierror.h"
#include "ui/shell/pagewidget.h"

#include <QPointer>
#include <QTimer>

QT_FORWARD_DECLARE_CLASS(QComboBox)
QT_FORWARD_DECLARE_CLASS(QLabel)
QT_FORWARD_DECLARE_CLASS(QLineEdit)
QT_FORWARD_DECLARE_CLASS(QPushButton)
QT_FORWARD_DECLARE_CLASS(QSplitter)
QT_FORWARD_DECLARE_CLASS(QStackedWidget)
QT_FORWARD_DECLARE_CLASS(QTableView)
class AuthorizationDetailsView;
class AuthorizationFilterProxyModel;
class AuthorizationListModel;
class AuthorizationsController;
class ClientsController;
class MessageBar;

// The Authorizations page: the clients the signed-in resource owner has authorized, requested or
// revoked, searchable and filtered by state, with the details of the selected one (fetched on
// selection). Enter on a row, or "Show in Clients", selects the client on the Clients page when it
// belongs to this org (showClientRequested; the window does the switch).
//
// The list is fetched the first time the page is shown, not at sign-in: it needs the
// oauth:client:authorize permission, which many admin clients lack, and a 403 then names it on
// this page instead of anywhere else.
class SearchNavigation;
class SignedOutPanel;

class AuthorizationsPage final : public PageWidget
{
    Q_OBJECT
public:
    // `clients` tells which clients belong to this org (not owned; may be nullptr).
    explicit AuthorizationsPage(ClientsController *clients, QWidget *parent = nullptr);
    ~AuthorizationsPage() override;

    void setSessionContext(SessionContext *context) override;
    void reload() override;
    void focusSearch() override;
    [[nodiscard]] QList<QAction *> toolBarActions() const override;
    void setCurrent(bool current) override;
    [[nodiscard]] QString statusText() const override;
    [[nodiscard]] QString menuTitle() const override { return tr("&Authorization"); }

    [[nodiscard]] AuthorizationListModel *model() const { return m_model; }
    [[nodiscard]] AuthorizationFilterProxyModel *proxy() const { return m_proxy; }
    [[nodiscard]] AuthorizationsController *controller() const { return m_controller; }
    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] AuthorizationDetailsView *details() const { return m_details; }
    [[nodiscard]] QString currentClientId() const { return m_currentId; }
    // Selects the authorization of that client (clearing filters that hide it). False if unknown.
    bool selectAuthorization(const QString &clientId);

    [[nodiscard]] QAction *showClientAction() const { return m_showClient; }
    [[nodiscard]] QAction *copyIdAction() const { return m_copyId; }

    // Splitter sizes and columns (QSettings).
    void saveLayout() const;
    void restoreLayout();

Q_SIGNALS:
    // Show this client on the Clients page.
    void showClientRequested(const QString &clientId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildActions();
    void retranslate();
    void updateState();
    void updateActions();
    void updateCount();
    void onCurrentChanged();
    void updateJump();
    void applyFilter();
    void copyId(const QString &clientId);
    [[nodiscard]] bool signedIn() const;

    QPointer<SessionContext> m_context;
    QList<QMetaObject::Connection> m_sessionConnections;
    QPointer<ClientsController> m_clients;
    AuthorizationListModel *m_model;
    AuthorizationFilterProxyModel *m_proxy;
    AuthorizationsController *m_controller;

    MessageBar *m_message;
    QStackedWidget *m_stack;
    SignedOutPanel *m_signedOutPanel;
    QLabel *m_loadingLabel;
    QWidget *m_content;
    QLineEdit *m_search;
    QLabel *m_stateLabel;
    QComboBox *m_stateFilter;
    QLabel *m_count;
    QLabel *m_emptyLabel;
    QSplitter *m_splitter;
    QTableView *m_view;
    AuthorizationDetailsView *m_details;
    SearchNavigation *m_searchNavigation = nullptr;
    QTimer m_detailsDebounce;

    QAction *m_showClient = nullptr;
    QAction *m_copyId = nullptr;
    QString m_currentId;
    bool m_current = false;
};

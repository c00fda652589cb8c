// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/widgets/listpage.h"

#include <QPointer>
#include <QTimer>

QT_FORWARD_DECLARE_CLASS(QComboBox)
QT_FORWARD_DECLARE_CLASS(QLabel)
class AuthorizationDetailsView;
class AuthorizationFilterProxyModel;
class AuthorizationListModel;
class AuthorizationsController;
class ClientsController;

// The Authorizations page: the clients the signed-in resource owner has authorized, requested or
// revoked, searchable and filtered by state, with the details of the selected one (fetched on
// selection). Enter on a row, or "Show in Clients", selects the client on the Clients page when it
// belongs to this org (showClientRequested; the window does the switch).
//
// The list is fetched the first time the page is shown, not at sign-in: it needs the
// oauth:client:authorize permission, which many admin clients lack, and a 403 then names it on
// this page instead of anywhere else.
class AuthorizationsPage final : public ListPage
{
    Q_OBJECT
public:
    // `clients` tells which clients belong to this org (not owned; may be nullptr).
    explicit AuthorizationsPage(ClientsController *clients, QWidget *parent = nullptr);

    void setSessionContext(SessionContext *context) override;
    void reload() override;
    void setCurrent(bool current) override;
    [[nodiscard]] QString menuTitle() const override { return tr("&Authorization"); }

    [[nodiscard]] AuthorizationListModel *model() const { return m_model; }
    [[nodiscard]] AuthorizationFilterProxyModel *proxy() const { return m_proxy; }
    [[nodiscard]] AuthorizationsController *controller() const { return m_controller; }
    [[nodiscard]] AuthorizationDetailsView *details() const { return m_details; }
    [[nodiscard]] QString currentClientId() const { return m_currentId; }
    // Selects the authorization of that client (clearing filters that hide it). False if unknown.
    bool selectAuthorization(const QString &clientId);

    [[nodiscard]] QAction *showClientAction() const { return m_showClient; }
    [[nodiscard]] QAction *copyIdAction() const { return m_copyId; }

protected:
    [[nodiscard]] LoadState loadState() const override;
    void retranslate() override;
    void updateCount() override;
    void updateActions() override;

private:
    void buildActions();
    void onCurrentChanged();
    void updateJump();
    void copyId(const QString &clientId);

    QPointer<ClientsController> m_clients;
    AuthorizationListModel *m_model;
    AuthorizationFilterProxyModel *m_proxy;
    AuthorizationsController *m_controller;

    SearchableTable *m_list;
    QLabel *m_stateLabel;
    QComboBox *m_stateFilter;
    QLabel *m_emptyLabel;
    AuthorizationDetailsView *m_details;
    QTimer m_detailsDebounce;

    QAction *m_showClient = nullptr;
    QAction *m_copyId = nullptr;
    QString m_currentId;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/apierror.h"
#include "models/domain/oauthclient.h"
#include "models/domain/scope.h"

#include <QWidget>

#include <optional>

QT_FORWARD_DECLARE_CLASS(QLabel)
QT_FORWARD_DECLARE_CLASS(QListWidget)
QT_FORWARD_DECLARE_CLASS(QPushButton)

// The details of one scope on the Scopes page: its id and description (from GET /oauth/scopes/{id}
// once that answered, the catalogue's until then), and the org's clients that have it, in a list
// where Enter or "Show Client" selects the client on the Clients page.
class ScopeDetailsView : public QWidget
{
    Q_OBJECT
public:
    explicit ScopeDetailsView(QWidget *parent = nullptr);

    void setScope(const std::optional<OAuthScope> &scope);
    [[nodiscard]] const std::optional<OAuthScope> &scope() const { return m_scope; }
    // The single-scope call: running, failed (error), or done (loading false, no error).
    void setDetailsState(bool loading, const ApiError &error = {});
    // The org's clients that have the scope; nullopt while the client list is not loaded.
    void setClients(const std::optional<QList<OAuthClient>> &clients);

    [[nodiscard]] QListWidget *clientList() const { return m_clients; }
    [[nodiscard]] QPushButton *showClientButton() const { return m_showClient; }
    [[nodiscard]] QString descriptionText() const;

Q_SIGNALS:
    void showClientRequested(const QString &clientId);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void refresh();
    void requestShow();

    std::optional<OAuthScope> m_scope;
    std::optional<QList<OAuthClient>> m_clientData;
    ApiError m_error;
    bool m_loading = false;
    QLabel *m_title;
    QLabel *m_description;
    QLabel *m_status;
    QLabel *m_clientsLabel;
    QListWidget *m_clients;
    QPushButton *m_showClient;
};

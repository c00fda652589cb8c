// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/apierror.h"
#include "models/domain/authorization.h"

#include <QPointer>
#include <QWidget>

#include <optional>

QT_FORWARD_DECLARE_CLASS(QLabel)
QT_FORWARD_DECLARE_CLASS(QPushButton)
QT_FORWARD_DECLARE_CLASS(QTextBrowser)
class SessionContext;

// The details of one authorization on the Authorizations page: the client (name, id, grant type,
// description), the state and whether it is pending, the resource owner, when it was created and
// changed and by whom, each scope with its description from the shared scope catalogue, and the
// roles by name. Under the text, "Show in Clients" jumps to the client on the Clients page when
// it belongs to this org, and "Copy Client ID" copies the id. Read-only; the text is selectable.
class AuthorizationDetailsView : public QWidget
{
    Q_OBJECT
public:
    explicit AuthorizationDetailsView(QWidget *parent = nullptr);

    void setSessionContext(SessionContext *context);
    void setAuthorization(const std::optional<OAuthAuthorization> &authorization);
    [[nodiscard]] const std::optional<OAuthAuthorization> &authorization() const { return m_auth; }
    // Whether the details call for the shown authorization is running, or how it failed.
    void setDetailsState(bool loading, const ApiError &error = {});
    // Whether the client is one of this org's (the jump is offered) and why not, for people.
    void setClientInOrg(bool inOrg, const QString &whyNot = {});

    [[nodiscard]] QPushButton *showClientButton() const { return m_showClient; }
    [[nodiscard]] QPushButton *copyIdButton() const { return m_copyId; }
    [[nodiscard]] QTextBrowser *browser() const { return m_browser; }
    // The rendered text (for tests and accessibility).
    [[nodiscard]] QString plainText() const;

Q_SIGNALS:
    void showClientRequested(const QString &clientId);
    void copyIdRequested(const QString &clientId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void retranslate();
    [[nodiscard]] QString html() const;

    QPointer<SessionContext> m_context;
    QList<QMetaObject::Connection> m_connections;
    std::optional<OAuthAuthorization> m_auth;
    ApiError m_detailsError;
    bool m_detailsLoading = false;
    bool m_inOrg = false;
    QString m_whyNotInOrg;
    QTextBrowser *m_browser;
    QLabel *m_jumpNote;
    QPushButton *m_showClient;
    QPushButton *m_copyId;
};

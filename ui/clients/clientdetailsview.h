// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/entities.h"
#include "models/domain/oauthclient.h"

#include <QPointer>
#include <QWidget>

#include <optional>

QT_FORWARD_DECLARE_CLASS(QTextBrowser)
class SessionContext;
class UserNameCache;

// The details of one client: every field, with role and division names and scope descriptions
// resolved through the session's caches (fetched on first need), created/modified when and by
// whom (user ids the API gives without a name are looked up through the Users API, in one batch
// for the list: lookUpUsers()), for an inactive client when the platform deletes it, and the fields the app
// does not model as JSON. Read-only and selectable; "Copy" and "Export" links act on the client.
class ClientDetailsView : public QWidget
{
    Q_OBJECT
public:
    explicit ClientDetailsView(QWidget *parent = nullptr);

    void setSessionContext(SessionContext *context);
    void setClient(const std::optional<OAuthClient> &client);
    [[nodiscard]] const std::optional<OAuthClient> &client() const { return m_client; }
    // The rendered text (for tests and accessibility).
    [[nodiscard]] QString plainText() const;
    // Looks up the names of these users (created by / modified by) in one request.
    void lookUpUsers(const QStringList &ids);
    [[nodiscard]] UserNameCache *userNames() const { return m_users; }
    // The tooltip at `pos` of the browser's viewport (an id shown instead of a name says why).
    [[nodiscard]] QString toolTipAt(const QPoint &pos) const;

Q_SIGNALS:
    void copyIdRequested();
    void exportRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void render();
    [[nodiscard]] QString html() const;

    QPointer<SessionContext> m_context;
    QList<QMetaObject::Connection> m_connections;
    std::optional<OAuthClient> m_client;
    [[nodiscard]] QString auditHtml(const QDateTime &when, const EntityRef &by, const QString &muted) const;

    QTextBrowser *m_browser;
    UserNameCache *m_users = nullptr;
};

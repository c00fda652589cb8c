// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/oauthclient.h"

#include <QPointer>
#include <QWidget>

#include <optional>

QT_FORWARD_DECLARE_CLASS(QTextBrowser)
class SessionContext;

// The details of one client: every field, with role and division names and scope descriptions
// resolved through the session's caches (fetched on first need), created/modified when and by
// whom, for an inactive client when the platform deletes it, and the fields the app does not
// model as JSON. Read-only and selectable; "Copy" and "Export" links act on the client.
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

Q_SIGNALS:
    void copyIdRequested();
    void exportRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    [[nodiscard]] QString html() const;

    QPointer<SessionContext> m_context;
    QList<QMetaObject::Connection> m_connections;
    std::optional<OAuthClient> m_client;
    QTextBrowser *m_browser;
};

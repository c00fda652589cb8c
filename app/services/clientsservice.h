// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/net/apiclient.h"
#include "models/domain/oauthclient.h"

// The OAuth client operations (CONTRACT.md §2). Each method sends only the requests its
// operation needs, and reports changes through the signals so that models update incrementally,
// whoever started the change.
class ClientsService : public QObject
{
    Q_OBJECT
public:
    explicit ClientsService(ApiClient *api, QObject *parent = nullptr);

    // GET /oauth/clients (documented as unpaged; nextUri is followed defensively). A listing that
    // never ends is an error (IncompleteListingCode, paging.h); `partial` receives what came first.
    Operation *list(QObject *context, Handler<QList<OAuthClient>> done,
                    std::function<void(QList<OAuthClient>)> partial = {});
    Operation *get(const QString &id, QObject *context, Handler<OAuthClient> done);

    // POST after checking only the body's shape. When the answer is lost (the outcome is unknown),
    // the service lists the clients to find out instead of sending it again: a found client comes
    // back with secretLost set; otherwise the error says it was not created.
    Operation *create(const QJsonObject &body, QObject *context, Handler<ClientWithSecret> done);

    // PUT: the server's last JSON of `current` without read-only fields, every other field kept,
    // `edits` on top (see buildClientUpdateBody).
    Operation *update(const OAuthClient &current, const QJsonObject &edits, QObject *context,
                      Handler<OAuthClient> done);

    // The platform's rule: an active or disabled client is first set inactive, then deleted. A 404
    // (or state "deleted") counts as done. If the delete fails after the client was set inactive,
    // the error says so and when the platform removes it (dateToDelete).
    Operation *remove(const OAuthClient &client, QObject *context, Handler<Done> done);

    // POST .../secret: never sent twice. A lost answer means the secret may have changed.
    Operation *regenerateSecret(const QString &id, QObject *context, Handler<ClientWithSecret> done);

    [[nodiscard]] ApiClient *api() const { return m_api; }
    [[nodiscard]] static QString clientPath(const QString &id);

Q_SIGNALS:
    void clientCreated(const OAuthClient &client);
    void clientChanged(const OAuthClient &client);
    void clientRemoved(const QString &id);

private:
    ApiClient *m_api;
};

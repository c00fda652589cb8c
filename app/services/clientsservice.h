// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/net/apiclient.h"
#include "models/domain/oauthclient.h"

#include <chrono>

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
    // the service lists the clients once to find out instead of sending it again. A client that
    // could have existed before the POST is never taken for the new one (its secret would be
    // rotated by whoever believed it): only one that is certainly newer comes back, with
    // secretLost set. Otherwise the error says that none was created (no client of that name since
    // the POST), or, with outcomeUnknown still set, names the candidates and says it cannot tell.
    Operation *create(const QJsonObject &body, QObject *context, Handler<ClientWithSecret> done);

    // The search after a lost create answer, as pure functions (tested alone). Times are on the
    // server's clock. A listed client created before `notBefore` existed before the POST; one
    // created at or after `surelyAfter` cannot have (invalid when nothing is sure, e.g. without a
    // Date header). The window comes from the listing's Date header (whole seconds) and the local
    // milliseconds from sending the POST to sending and to receiving the listing; `fallbackSentAt`
    // (the server clock as last seen, at the POST) serves when the listing has no Date.
    struct CreatedWindow
    {
        QDateTime notBefore;
        QDateTime surelyAfter;
    };
    struct CreatedMatch
    {
        QList<OAuthClient> candidates; // the same name, and not certainly older than the POST
        bool sure = false;             // exactly one, certainly newer, in a complete listing
    };
    // How much the clocks of the platform's own servers (Date header, dateCreated) may differ, and
    // more: a client created this long before the estimated start still counts as a candidate.
    static constexpr std::chrono::seconds SkewAllowance{30};
    // ... and after the latest possible start, only a client created this much later is sure.
    static constexpr std::chrono::seconds SureMargin{5};
    // Without a Date header, only the local clock: a wide window, and nothing is sure.
    static constexpr std::chrono::seconds UnknownClockSkew{300};
    [[nodiscard]] static CreatedWindow createdWindow(const QDateTime &listingDate, qint64 listingSentMs,
                                                     qint64 listingAnsweredMs,
                                                     const QDateTime &fallbackSentAt);
    [[nodiscard]] static CreatedMatch matchCreated(const QList<OAuthClient> &listed, const QString &name,
                                                   const CreatedWindow &window, bool completeListing);

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

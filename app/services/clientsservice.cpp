// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/services/clientsservice.h"

#include "app/security/credentialcheck.h"
#include "app/services/paging.h"
#include "app/services/resourceid.h"
#include "app/services/servicecall.h"
#include "models/json/json.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ClientsService)
};
} // namespace

namespace {
// A secret the server sent is used as it is (in a Basic header, by whoever stores it): one with a
// control character or anything outside an RFC 6750 b64token cannot be a secret, and cleaning it
// would show a different one. It is refused and dropped, never shown.
constexpr QLatin1StringView UnusableSecretCode{"oauthdesk.secret_unusable"};

bool isUsableSecret(const QString &secret)
{
    return credentialcheck::isB64Token(secret.toUtf8());
}

void wipe(QString &secret)
{
    secret.fill(u'\0');
    secret.clear();
}

QString unusableSecretMessage()
{
    return Tr::tr("The server answered an unusable secret (with characters a secret cannot have), so it "
                  "is not shown. The secret was changed: the old one may no longer work. Regenerate it "
                  "again.");
}

Result<Page<OAuthClient>> parseClientPage(const QByteArray &body)
{
    Result<ClientListing> listing = parseClientListing(body);
    if (!listing)
        return listing.error();
    return std::move(listing).value().page;
}

// After a POST whose answer was lost: one listing, not retried (a failed look is reported, not
// repeated), then ClientsService::matchCreated decides what may be said (see create()).
class FindCreated final : public Sequence<ClientWithSecret>
{
public:
    // `resent`: the POST went out more than once (after a 429), so the attempt that may have
    // created the client started later than `sinceSent` says, by an unknown wait: nothing is sure.
    FindCreated(ClientsService *service, QObject *context, Handler<ClientWithSecret> done, QString name,
                QElapsedTimer sinceSent, QDateTime sentAt, bool resent, ApiError original)
        : Sequence(service, context, std::move(done))
        , m_name(std::move(name))
        , m_sinceSent(sinceSent)
        , m_sentAt(std::move(sentAt))
        , m_resent(resent)
        , m_original(std::move(original))
    {
        ApiRequest request = ApiRequest::get(u"/api/v2/oauth/clients"_s);
        request.retryTransient = false;
        const qint64 listingSent = m_sinceSent.elapsed();
        ApiCall *call = service->api()->send(std::move(request));
        track(call);
        call->then(this, [this, service, listingSent](const ApiCall &c) {
            if (stopped())
                return;
            const qint64 listingAnswered = m_sinceSent.elapsed();
            Result<ClientListing> listing =
                c.ok() ? parseClientListing(c.body()) : Result<ClientListing>(c.error());
            if (!listing) {
                ApiError e = m_original;
                e.message =
                    Tr::tr("The answer was lost, and the list of clients to look for the new one could "
                           "not be read (%1). Check the list before trying again.")
                        .arg(listing.error().userMessage());
                complete(e);
                return;
            }
            const Page<OAuthClient> &page = listing->page;
            ClientsService::CreatedWindow window = ClientsService::createdWindow(
                parseHttpDate(c.header("date")), listingSent, listingAnswered, m_sentAt);
            if (m_resent)
                window.surelyAfter = {};
            const ClientsService::CreatedMatch match =
                ClientsService::matchCreated(page.entities, m_name, window, page.nextUri.isEmpty());
            if (match.sure) {
                Q_EMIT service->clientCreated(match.candidates.first());
                complete(ClientWithSecret{match.candidates.first(), QString(), true});
                return;
            }
            ApiError e = m_original;
            if (match.candidates.isEmpty() && page.nextUri.isEmpty()) {
                e.outcomeUnknown = false;
                e.message = Tr::tr("The answer was lost, and no client named \"%1\" was created since the "
                                   "request was sent: it was not created. You can try again.")
                                .arg(m_name);
            } else if (match.candidates.isEmpty()) {
                e.message =
                    Tr::tr("The answer was lost, and the platform listed the clients in pages, so "
                           "OAuth Desk could not check them all. Check the list before trying again.");
            } else {
                // Never named as the new client: each of them could have existed before the request.
                QStringList listed;
                for (const OAuthClient &candidate : match.candidates) {
                    const QDateTime created = candidate.dateCreated.toUTC();
                    listed.append(created.isValid()
                                      ? Tr::tr("%1 (created %2 UTC)")
                                            .arg(candidate.id, created.toString(u"yyyy-MM-dd HH:mm:ss"_s))
                                      : Tr::tr("%1 (no creation date)").arg(candidate.id));
                }
                const QString which =
                    match.candidates.size() == 1
                        ? Tr::tr("a client named \"%1\" may be the new one or may have existed before: %2")
                              .arg(m_name, listed.first())
                        : Tr::tr("%1 clients named \"%2\" may be the new one or may have existed before: %3")
                              .arg(match.candidates.size())
                              .arg(m_name, listed.join(u"; "_s));
                e.message =
                    Tr::tr("The answer was lost, and it cannot be told for sure whether the request "
                           "created a client: %1. Check before changing any of them; the new client's "
                           "secret, if one was created, was not received.")
                        .arg(which);
            }
            complete(e);
        });
    }

private:
    QString m_name;
    QElapsedTimer m_sinceSent;
    QDateTime m_sentAt;
    bool m_resent = false;
    ApiError m_original;
};

class RemoveClient final : public Sequence<Done>
{
public:
    RemoveClient(ClientsService *service, QObject *context, Handler<Done> done, OAuthClient client)
        : Sequence(service, context, std::move(done))
        , m_service(service)
        , m_client(std::move(client))
    {
        const ClientState state = m_client.clientState();
        if (state == ClientState::Deleted) {
            complete(Done{});
            return;
        }
        if (state == ClientState::Active || state == ClientState::Disabled)
            deactivate();
        else
            deleteIt();
    }

private:
    void deactivate()
    {
        const QJsonObject edits{{u"state"_s, u"inactive"_s}};
        track(m_service->update(m_client, edits, this, [this](const Result<OAuthClient> &r) {
            if (stopped())
                return;
            if (!r) {
                if (r.error().isNotFound())
                    finishRemoved();
                else
                    complete(r.error());
                return;
            }
            m_client = r.value();
            m_deactivated = true;
            deleteIt();
        }));
    }

    void deleteIt()
    {
        ApiCall *call = m_service->api()->send(ApiRequest::del(ClientsService::clientPath(m_client.id)));
        track(call);
        call->then(this, [this](const ApiCall &c) {
            if (stopped())
                return;
            if (c.ok() || c.error().isNotFound()) {
                finishRemoved();
                return;
            }
            m_deleteError = c.error();
            if (c.error().isCancelled()) {
                complete(c.error());
                return;
            }
            verify();
        });
    }

    // The delete failed: look whether the client is gone anyway.
    void verify()
    {
        track(m_service->get(m_client.id, this, [this](const Result<OAuthClient> &r) {
            if (stopped())
                return;
            if ((!r && r.error().isNotFound()) || (r && r->clientState() == ClientState::Deleted)) {
                finishRemoved();
                return;
            }
            if (r)
                m_client = r.value();
            ApiError e = m_deleteError;
            if (m_deactivated || m_client.clientState() == ClientState::Inactive) {
                const QString when =
                    m_client.dateToDelete.isValid()
                        ? QLocale().toString(m_client.dateToDelete.toLocalTime(), QLocale::LongFormat)
                        : Tr::tr("its deletion date");
                e.message =
                    Tr::tr("The client was set inactive but could not be deleted (%1). It stays inactive "
                           "and the platform removes it on %2.")
                        .arg(m_deleteError.message.isEmpty() ? m_deleteError.userMessage()
                                                             : m_deleteError.message,
                             when);
            }
            complete(e);
        }));
    }

    void finishRemoved()
    {
        Q_EMIT m_service->clientRemoved(m_client.id);
        complete(Done{});
    }

    ClientsService *m_service;
    OAuthClient m_client;
    ApiError m_deleteError;
    bool m_deactivated = false;
};
} // namespace

ClientsService::ClientsService(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{}

QString ClientsService::clientPath(const QString &id)
{
    return u"/api/v2/oauth/clients/"_s + ApiRequest::segment(id);
}

ClientsService::CreatedWindow ClientsService::createdWindow(const QDateTime &listingDate,
                                                            qint64 listingSentMs, qint64 listingAnsweredMs,
                                                            const QDateTime &fallbackSentAt)
{
    CreatedWindow w;
    if (!listingDate.isValid()) {
        // Only the local clock (or a Date seen long before) to go by: nothing is sure, and the
        // window is wide.
        w.notBefore = fallbackSentAt.addSecs(-UnknownClockSkew.count());
        return w;
    }
    // The Date header (whole seconds, server clock) was made while the listing was in flight:
    // server time then lay in [date, date + 1 s). Counting back the local milliseconds since the
    // POST was sent puts the POST's start in [date - answered, date + 1 s - sent].
    w.notBefore = listingDate.addMSecs(-listingAnsweredMs).addSecs(-SkewAllowance.count());
    w.surelyAfter = listingDate.addMSecs(1000 - listingSentMs).addSecs(SureMargin.count());
    return w;
}

ClientsService::CreatedMatch ClientsService::matchCreated(const QList<OAuthClient> &listed,
                                                          const QString &name, const CreatedWindow &window,
                                                          bool complete)
{
    CreatedMatch m;
    const QString wanted = name.trimmed();
    for (const OAuthClient &c : listed) {
        if (c.name.trimmed() != wanted)
            continue;
        if (c.dateCreated.isValid() && window.notBefore.isValid() && c.dateCreated < window.notBefore)
            continue; // certainly older than the request
        m.candidates.append(c);
    }
    m.sure = complete && m.candidates.size() == 1 && window.surelyAfter.isValid() &&
             m.candidates.first().dateCreated.isValid() &&
             m.candidates.first().dateCreated >= window.surelyAfter;
    return m;
}

Operation *ClientsService::list(QObject *context, Handler<QList<OAuthClient>> done,
                                std::function<void(QList<OAuthClient>)> partial)
{
    return PagedFetch<OAuthClient>::start(m_api, ApiRequest::get(u"/api/v2/oauth/clients"_s), parseClientPage,
                                          context, std::move(done), std::move(partial));
}

Operation *ClientsService::get(const QString &id, QObject *context, Handler<OAuthClient> done)
{
    if (auto e = ResourceId::check(id, ResourceId::tr("client id")))
        return ResourceId::refuse<OAuthClient>(this, context, std::move(done), *e);
    // The answer must be the client asked for: a delete or an edit acts on the id it carries, so a
    // server (or a proxy) that answers with another client must not redirect them.
    return sendParsed<OAuthClient>(
        m_api, ApiRequest::get(clientPath(id)),
        [id](const QByteArray &body) -> Result<OAuthClient> {
            Result<OAuthClient> client = parseClient(body);
            if (client && client.value().id != id)
                return ApiError::make(ApiError::Kind::BadResponse,
                                      Tr::tr("The server answered with another client (%1) for %2; nothing "
                                             "was changed.")
                                          .arg(client.value().id, id));
            return client;
        },
        context, std::move(done));
}

Operation *ClientsService::create(const QJsonObject &body, QObject *context, Handler<ClientWithSecret> done)
{
    const QStringList problems = validateClientRequestShape(body);
    if (!problems.isEmpty()) {
        auto *op = new Sequence<ClientWithSecret>(this, context, std::move(done));
        ApiError e = ApiError::make(ApiError::Kind::Validation, problems.join(u' '));
        QMetaObject::invokeMethod(
            op, [op, e] { op->complete(e); }, Qt::QueuedConnection);
        return op;
    }
    const QDateTime sentAt = m_api->serverNow(); // used only when the server sends no Date header
    QElapsedTimer sinceSent;
    sinceSent.start();
    const QString name = body.value("name"_L1).toString();
    auto *op = new Sequence<ClientWithSecret>(this, context, std::move(done));
    ApiCall *call = m_api->send(ApiRequest::post(u"/api/v2/oauth/clients"_s, body));
    op->track(call);
    call->then(op, [this, op, sentAt, sinceSent, name](const ApiCall &c) {
        if (op->stopped())
            return;
        if (!c.ok()) {
            if (c.error().outcomeUnknown) {
                op->track(new FindCreated(
                    this, op, [op](const Result<ClientWithSecret> &r) { op->complete(r); }, name, sinceSent,
                    sentAt, c.attempts() > 1, c.error()));
                return;
            }
            op->complete(c.error());
            return;
        }
        QString secret;
        Result<OAuthClient> client = parseClient(c.body(), &secret);
        if (!client) {
            ApiError e = client.error();
            e.outcomeUnknown = true; // created, but we cannot read what came back
            op->complete(e);
            return;
        }
        Q_EMIT clientCreated(client.value());
        if (!secret.isEmpty() && !isUsableSecret(secret)) {
            wipe(secret);
            op->complete(ClientWithSecret{client.value(), {}, true, true});
            return;
        }
        op->complete(ClientWithSecret{client.value(), secret, secret.isEmpty()});
    });
    return op;
}

Operation *ClientsService::update(const OAuthClient &current, const QJsonObject &edits, QObject *context,
                                  Handler<OAuthClient> done)
{
    if (auto e = ResourceId::check(current.id, ResourceId::tr("client id")))
        return ResourceId::refuse<OAuthClient>(this, context, std::move(done), *e);
    const QJsonObject body = buildClientUpdateBody(current.json.object(), edits);
    return sendParsed<OAuthClient>(
        m_api, ApiRequest::put(clientPath(current.id), body),
        [this](const QByteArray &answer) {
            Result<OAuthClient> client = parseClient(answer);
            if (client)
                Q_EMIT clientChanged(client.value());
            return client;
        },
        context, std::move(done));
}

Operation *ClientsService::remove(const OAuthClient &client, QObject *context, Handler<Done> done)
{
    if (auto e = ResourceId::check(client.id, ResourceId::tr("client id")))
        return ResourceId::refuse<Done>(this, context, std::move(done), *e);
    return new RemoveClient(this, context, std::move(done), client);
}

Operation *ClientsService::regenerateSecret(const QString &id, QObject *context,
                                            Handler<ClientWithSecret> done)
{
    if (auto e = ResourceId::check(id, ResourceId::tr("client id")))
        return ResourceId::refuse<ClientWithSecret>(this, context, std::move(done), *e);
    return m_api->send(ApiRequest::postEmpty(clientPath(id) + u"/secret"_s))
        ->then(context, [this, done = std::move(done)](const ApiCall &c) {
            if (!c.ok()) {
                ApiError e = c.error();
                if (e.outcomeUnknown)
                    e.message =
                        Tr::tr("The answer was lost: the secret may have been changed, and the old one may "
                               "no longer work. Regenerate it again to get a secret you can see.");
                done(e);
                return;
            }
            QString secret;
            Result<OAuthClient> client = parseClient(c.body(), &secret);
            if (!client) {
                ApiError e = client.error();
                e.outcomeUnknown = true;
                e.message += u' ' + Tr::tr("The secret may have been changed; regenerate it again.");
                done(e);
                return;
            }
            if (secret.isEmpty()) {
                done(ApiError::make(
                    ApiError::Kind::BadResponse,
                    Tr::tr("The server regenerated the secret but did not send it. Regenerate it again.")));
                return;
            }
            Q_EMIT clientChanged(client.value());
            if (!isUsableSecret(secret)) {
                wipe(secret);
                ApiError e = ApiError::make(ApiError::Kind::BadResponse, unusableSecretMessage());
                e.code = UnusableSecretCode;
                done(e);
                return;
            }
            done(ClientWithSecret{client.value(), secret, false});
        });
}

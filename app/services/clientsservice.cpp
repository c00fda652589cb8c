// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/services/clientsservice.h"

#include "app/services/paging.h"
#include "models/json/json.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ClientsService)
};
} // namespace

namespace {
Result<Page<OAuthClient>> parseClientPage(const QByteArray &body)
{
    Result<ClientListing> listing = parseClientListing(body);
    if (!listing)
        return listing.error();
    return std::move(listing).value().page;
}

// Lists, then looks for a client created by a POST whose answer was lost.
class FindCreated final : public Sequence<ClientWithSecret>
{
public:
    FindCreated(ClientsService *service, QObject *context, Handler<ClientWithSecret> done, QString name,
                QDateTime sentAt, ApiError original)
        : Sequence(service, context, std::move(done))
        , m_name(std::move(name))
        , m_sentAt(std::move(sentAt))
        , m_original(std::move(original))
    {
        track(service->list(this, [this, service](const Result<QList<OAuthClient>> &r) {
            if (stopped())
                return;
            if (!r) {
                complete(m_original); // still unknown: say so, do not guess
                return;
            }
            QList<OAuthClient> matches;
            for (const OAuthClient &c : r.value()) {
                // sentAt is on the server's clock (from its Date header); allow some skew anyway.
                if (c.name == m_name && (!c.dateCreated.isValid() || c.dateCreated >= m_sentAt.addSecs(-300)))
                    matches.append(c);
            }
            if (matches.size() == 1) {
                Q_EMIT service->clientCreated(matches.first());
                complete(ClientWithSecret{matches.first(), QString(), true});
                return;
            }
            ApiError e = m_original;
            if (matches.isEmpty()) {
                e.outcomeUnknown = false;
                e.message =
                    Tr::tr("The answer was lost, and no client named \"%1\" exists: it was not created. "
                           "You can try again.")
                        .arg(m_name);
            } else {
                e.message = Tr::tr("The answer was lost, and %1 clients named \"%2\" were created recently. "
                                   "Check the list before trying again.")
                                .arg(matches.size())
                                .arg(m_name);
            }
            complete(e);
        }));
    }

private:
    QString m_name;
    QDateTime m_sentAt;
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

Operation *ClientsService::list(QObject *context, Handler<QList<OAuthClient>> done)
{
    return PagedFetch<OAuthClient>::start(m_api, ApiRequest::get(u"/api/v2/oauth/clients"_s), parseClientPage,
                                          context, std::move(done));
}

Operation *ClientsService::get(const QString &id, QObject *context, Handler<OAuthClient> done)
{
    return m_api->send(ApiRequest::get(clientPath(id)))
        ->then(context, [done = std::move(done)](const ApiCall &c) {
            if (!c.ok()) {
                done(c.error());
                return;
            }
            done(parseClient(c.body()));
        });
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
    const QDateTime sentAt = m_api->serverNow(); // compared with the server's dateCreated
    const QString name = body.value("name"_L1).toString();
    auto *op = new Sequence<ClientWithSecret>(this, context, std::move(done));
    ApiCall *call = m_api->send(ApiRequest::post(u"/api/v2/oauth/clients"_s, body));
    op->track(call);
    call->then(op, [this, op, sentAt, name](const ApiCall &c) {
        if (op->stopped())
            return;
        if (!c.ok()) {
            if (c.error().outcomeUnknown) {
                op->track(new FindCreated(
                    this, op, [op](const Result<ClientWithSecret> &r) { op->complete(r); }, name, sentAt,
                    c.error()));
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
        op->complete(ClientWithSecret{client.value(), secret, secret.isEmpty()});
    });
    return op;
}

Operation *ClientsService::update(const OAuthClient &current, const QJsonObject &edits, QObject *context,
                                  Handler<OAuthClient> done)
{
    const QJsonObject body = buildClientUpdateBody(current.json.object(), edits);
    return m_api->send(ApiRequest::put(clientPath(current.id), body))
        ->then(context, [this, done = std::move(done)](const ApiCall &c) {
            if (!c.ok()) {
                done(c.error());
                return;
            }
            Result<OAuthClient> client = parseClient(c.body());
            if (client)
                Q_EMIT clientChanged(client.value());
            done(client);
        });
}

Operation *ClientsService::remove(const OAuthClient &client, QObject *context, Handler<Done> done)
{
    return new RemoveClient(this, context, std::move(done), client);
}

Operation *ClientsService::regenerateSecret(const QString &id, QObject *context,
                                            Handler<ClientWithSecret> done)
{
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
            done(ClientWithSecret{client.value(), secret, false});
        });
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/rotation/secretproof.h"

#include "app/auth/tokenclient.h"
#include "app/net/apiclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SecretProof)
};

class Prove final : public Sequence<SecretProof>
{
public:
    Prove(ApiClient *api, QString clientId, const QString &secret, const secretproof::Policy &policy,
          QObject *context, Handler<SecretProof> done)
        : Sequence(api, context, std::move(done))
        , m_api(new ApiClient(api->networkAccessManager(), this))
        , m_tokens(new TokenClient(m_api, this))
        , m_clientId(std::move(clientId))
        , m_secret(secret.toUtf8())
        , m_policy(policy)
    {
        m_api->setEndpoints(api->endpoints());
        m_api->setRetryPolicy(api->retryPolicy());
        m_delay = m_policy.firstDelay;
        m_timer.setSingleShot(true);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { attempt(); });
        m_clock.start();
        attempt();
    }
    ~Prove() override { m_secret.fill('\0'); }

private:
    [[nodiscard]] std::chrono::milliseconds scaled(std::chrono::milliseconds d) const
    {
        return m_api->retryPolicy().scaled(d);
    }

    void attempt()
    {
        if (stopped())
            return;
        ++m_attempts;
        if (m_attempts > 1)
            Q_EMIT progress(
                Tr::tr("Waiting for the platform to accept the new secret (attempt %1)…").arg(m_attempts));
        track(m_tokens->clientCredentials(m_clientId, m_secret, this, [this](const Result<TokenResponse> &r) {
            if (stopped())
                return;
            if (r) {
                revoke(r->accessToken);
                return;
            }
            m_lastError = r.error();
            // unauthorized_client: the client may not use client credentials (or is not active);
            // no wait changes that.
            const bool final = r.error().code == u"unauthorized_client" || r.error().isCancelled();
            const qint64 next = scaled(m_delay).count();
            if (final || m_clock.elapsed() + next > scaled(m_policy.window).count()) {
                fail();
                return;
            }
            m_timer.start(std::chrono::milliseconds(next));
            m_delay = std::min(m_delay * 2, m_policy.maxDelay);
        }));
    }

    // The proof's token is of no further use: revoke it at once (best effort).
    void revoke(const QByteArray &token)
    {
        const double seconds = double(m_clock.elapsed()) / 1000.0;
        SecretProof proof{
            true,
            Tr::tr("The new secret works: the login host issued a client-credentials token with it "
                   "(attempt %1, after %2 s).")
                .arg(m_attempts)
                .arg(seconds, 0, 'f', 1),
            m_attempts};
        m_api->setAccessToken(token);
        ApiCall *call = m_api->send(ApiRequest::del(u"/api/v2/tokens/me"_s));
        track(call);
        call->then(this, [this, proof](const ApiCall &) {
            m_api->clearAccessToken();
            if (!stopped())
                complete(proof);
        });
    }

    void fail()
    {
        if (m_lastError.isCancelled()) {
            complete(m_lastError);
            return;
        }
        QString why = m_lastError.code.isEmpty() ? m_lastError.userMessage() : m_lastError.code;
        SecretProof proof{
            false,
            m_lastError.code == u"unauthorized_client"
                ? Tr::tr("The login host refused a client-credentials token (%1): the client is "
                         "not active or may not use client credentials.")
                      .arg(why)
                : Tr::tr("The new secret does not work: the login host refused it for %1 s "
                         "(%2 attempts; last answer: %3).")
                      .arg(m_clock.elapsed() / 1000)
                      .arg(m_attempts)
                      .arg(why),
            m_attempts};
        complete(proof);
    }

    void onCancel() override
    {
        m_timer.stop();
        Sequence::onCancel();
    }

    ApiClient *m_api;
    TokenClient *m_tokens;
    QString m_clientId;
    QByteArray m_secret;
    secretproof::Policy m_policy;
    QTimer m_timer;
    QElapsedTimer m_clock;
    std::chrono::milliseconds m_delay{1000};
    ApiError m_lastError;
    int m_attempts = 0;
};
} // namespace

namespace secretproof {

Operation *prove(ApiClient *api, const QString &clientId, const QString &secret, GrantType grant,
                 const Policy &policy, QObject *context, Handler<SecretProof> done)
{
    if (grant != GrantType::ClientCredentials) {
        auto *op = new Sequence<SecretProof>(api, context, std::move(done));
        const SecretProof unprovable{
            std::nullopt,
            Tr::tr("A %1 client's secret cannot be proven without a user sign-in: the token endpoint answers "
                   "unauthorized_client to a client-credentials request whatever the secret.")
                .arg(grantTypeToString(grant)),
            0};
        QMetaObject::invokeMethod(
            op, [op, unprovable] { op->complete(unprovable); }, Qt::QueuedConnection);
        return op;
    }
    return new Prove(api, clientId, secret, policy, context, std::move(done));
}

} // namespace secretproof

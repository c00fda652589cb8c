// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/auth/resolvedcredentials.h"

#include "app/auth/secretstore.h"
#include "app/security/wipe.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {
// The texts were SignInController's before it was split; they keep its translation context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SignInController)
};

// An access token this close to its expiry is not worth restoring: refresh instead.
constexpr auto ExpiryMargin = 60s;

// Reads the keychain entries a profile's method needs, one after another.
class Resolve final : public Sequence<ResolvedCredentials>
{
public:
    Resolve(SecretStore *secrets, ResolvedCredentials creds, QObject *context,
            Handler<ResolvedCredentials> done)
        : Sequence(secrets, context, std::move(done))
        , m_secrets(secrets)
        , m_creds(std::move(creds))
    {
        switch (m_creds.profile.method) {
        case SignInMethod::ClientCredentials:
            m_names = {SecretStore::ClientSecret};
            break;
        case SignInMethod::Pkce:
            m_names = {SecretStore::AccessToken, SecretStore::RefreshToken};
            break;
        case SignInMethod::Token:
            m_names = {SecretStore::AccessToken};
            break;
        }
        next();
    }
    ~Resolve() override { m_creds.wipe(); }

private:
    void next()
    {
        if (m_names.isEmpty()) {
            m_creds.keychainAvailable = m_secrets->isAvailable();
            ResolvedCredentials out = m_creds;
            complete(out);
            out.wipe();
            return;
        }
        const QString name = m_names.takeFirst();
        const QString key = SecretStore::key(m_creds.profile.keychainScope(), m_creds.profile.name, name);
        m_secrets->read(key, this, [this, name](const SecretReply &r) {
            if (stopped())
                return;
            if (!r.ok() && !r.notFound()) {
                ApiError e = ApiError::make(ApiError::Kind::Auth, r.message);
                e.code = KeychainErrorCode;
                complete(e);
                return;
            }
            if (r.ok()) {
                if (name == SecretStore::ClientSecret)
                    m_creds.clientSecret = r.value;
                else if (name == SecretStore::RefreshToken)
                    m_creds.refreshToken = r.value;
                else
                    decodeStoredAccessToken(r.value, &m_creds.accessToken, &m_creds.accessTokenExpiresAt);
            }
            next();
        });
    }

    SecretStore *m_secrets;
    ResolvedCredentials m_creds;
    QStringList m_names;
};
} // namespace

QByteArray encodeStoredAccessToken(const QByteArray &token, const QDateTime &expiresAt)
{
    QJsonObject o{{u"access_token"_s, QString::fromLatin1(token)}};
    if (expiresAt.isValid())
        o.insert(u"expires_at"_s, expiresAt.toUTC().toString(Qt::ISODate));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void decodeStoredAccessToken(const QByteArray &value, QByteArray *token, QDateTime *expiresAt)
{
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(value, &pe);
    if (pe.error == QJsonParseError::NoError && doc.isObject()) {
        *token = doc.object().value("access_token"_L1).toString().toLatin1();
        *expiresAt = QDateTime::fromString(doc.object().value("expires_at"_L1).toString(), Qt::ISODate);
        return;
    }
    // Written by hand or by an older version: the bare token.
    *token = value.trimmed();
    *expiresAt = {};
}

bool ResolvedCredentials::hasUsableAccessToken(const QDateTime &now) const
{
    if (accessToken.isEmpty())
        return false;
    return !accessTokenExpiresAt.isValid() || now.secsTo(accessTokenExpiresAt) > qint64(ExpiryMargin.count());
}

void ResolvedCredentials::wipe()
{
    ::wipe(clientSecret);
    ::wipe(accessToken);
    ::wipe(refreshToken);
}

Operation *resolveProfile(const ProfileStore *profiles, SecretStore *secrets, const QString &name,
                          QObject *context, Handler<ResolvedCredentials> done)
{
    const std::optional<Profile> p = profiles->profile(name);
    if (!p) {
        const QStringList names = profiles->names();
        return failLater<ResolvedCredentials>(
            secrets, context, std::move(done),
            ApiError::make(
                ApiError::Kind::Validation,
                names.isEmpty()
                    ? Tr::tr("There is no profile named \"%1\" (no profiles are set up yet).").arg(name)
                    : Tr::tr("There is no profile named \"%1\". Profiles: %2.")
                          .arg(name, names.join(u", "_s))));
    }
    const Result<Endpoints> endpoints = p->endpoints();
    if (!endpoints)
        return failLater<ResolvedCredentials>(secrets, context, std::move(done), endpoints.error());
    ResolvedCredentials creds;
    creds.profile = *p;
    creds.endpoints = endpoints.value();
    return new Resolve(secrets, std::move(creds), context, std::move(done));
}

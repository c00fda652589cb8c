// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/auth/signincontroller.h"

#include "app/auth/authlog.h"
#include "app/auth/restoresignin.h"
#include "app/auth/secretstore.h"
#include "app/rotation/rotationstore.h"
#include "app/services/directoryservice.h"
#include "app/services/session.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SignInController)
};

ApiError needsSignIn(const QString &message)
{
    ApiError e = ApiError::make(ApiError::Kind::Auth, message);
    e.code = SignInController::NeedsSignIn;
    return e;
}

const QStringList &allSecretNames()
{
    static const QStringList names{SecretStore::AccessToken, SecretStore::RefreshToken,
                                   SecretStore::ClientSecret};
    return names;
}
} // namespace

// --- SignInController --------------------------------------------------------------------------

SignInController::SignInController(Session *session, ProfileStore *profiles, SecretStore *secrets,
                                   QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_profiles(profiles)
    , m_secrets(secrets)
{
    connect(
        m_session, &Session::tokenRenewed, this,
        [this](const QByteArray &accessToken, const QDateTime &expiresAt, const QByteArray &refreshToken) {
            // Only tokens that a restart can use again are kept: a refreshed PKCE token. A new
            // client-credentials token is fetched from the stored secret anyway. A renewal can
            // also happen while a sign-in checks its token (a 401 on tokens/me): it then belongs
            // to the profile being signed in.
            const std::optional<Profile> &target = m_pending ? m_pending : m_current;
            if (!target || target->method != SignInMethod::Pkce)
                return;
            if (m_pending)
                m_renewedWhilePending = true;
            qCInfo(lcAuth).noquote() << "storing the renewed token of profile" << target->name;
            writeSecret(keyFor(*target, SecretStore::AccessToken),
                        encodeStoredAccessToken(accessToken, expiresAt));
            if (!refreshToken.isEmpty())
                writeSecret(keyFor(*target, SecretStore::RefreshToken), refreshToken);
        });
    connect(m_session, &Session::signedOut, this, [this] {
        if (m_current) {
            m_current.reset();
            Q_EMIT currentProfileChanged();
        }
    });
    connect(m_session->api(), &ApiClient::authenticationRequired, this, [this](const ApiError &error) {
        const QString name = m_current ? m_current->name : QString();
        Q_EMIT signInRequired(name, error.userMessage());
    });
    connect(m_secrets, &SecretStore::unavailable, this, [this](const QString &message) {
        if (m_unavailableNoticeShown)
            return;
        m_unavailableNoticeShown = true;
        Q_EMIT keychainNotice(message);
    });
    // A rotation in place of the signed-in client: its new secret replaces the profile's keychain
    // entry, or the next start would sign in with the dead one. The session may outlive this
    // controller (or the other way round in the CLI, where it is the session's child).
    m_session->setSecretKeeper(
        [self = QPointer<SignInController>(this)](const QString &clientId, const QByteArray &secret,
                                                  QObject *context, Session::SecretKept done) {
            if (!self) {
                QMetaObject::invokeMethod(
                    context, [done = std::move(done)] { done(false, QString()); }, Qt::QueuedConnection);
                return;
            }
            self->keepClientSecret(clientId, secret, context, std::move(done));
        });
}

void SignInController::keepClientSecret(const QString &clientId, const QByteArray &secret, QObject *context,
                                        Session::SecretKept done)
{
    const std::optional<Profile> profile = m_current;
    if (!profile || profile->method != SignInMethod::ClientCredentials || profile->clientId != clientId ||
        secret.isEmpty()) {
        // Not signed in with a profile of that client (the environment, the demo): nothing to keep.
        QMetaObject::invokeMethod(
            context, [done = std::move(done)] { done(false, QString()); }, Qt::QueuedConnection);
        return;
    }
    qCInfo(lcAuth).noquote() << "storing the regenerated client secret of profile" << profile->name;
    const QString name = profile->name;
    m_secrets->write(
        keyFor(*profile, SecretStore::ClientSecret), secret, context,
        [this, name, done = std::move(done)](const SecretReply &r) {
            if (r.ok() && !r.memoryOnly) {
                done(true, Tr::tr("the keychain entry of profile \"%1\"").arg(name));
                return;
            }
            const QString why = r.ok() ? m_secrets->unavailableMessage() : r.message;
            if (!r.ok() && r.error != SecretError::Cancelled)
                Q_EMIT keychainNotice(r.message);
            done(false,
                 Tr::tr("The keychain entry of profile \"%1\" could not be updated: %2").arg(name, why));
        });
}

SignInController::~SignInController() = default;

QString SignInController::keyFor(const Profile &profile, const QString &name) const
{
    return SecretStore::key(profile.keychainScope(), profile.name, name);
}

QUrl SignInController::pendingBrowserUrl() const
{
    return m_pkce ? m_pkce->authorizationUrl() : QUrl();
}

void SignInController::cancel()
{
    if (m_active)
        m_active->cancel();
}

void SignInController::track(Operation *op)
{
    if (m_active && m_active != op)
        m_active->cancel();
    m_active = op;
    m_pending.reset();
    m_renewedWhilePending = false;
}

void SignInController::becomeCurrent(const Profile &profile)
{
    m_current = profile;
    m_session->setProfileName(profile.name);
    m_profiles->setLastUsed(profile.name);
    qCInfo(lcAuth).noquote() << "signed in with profile" << profile.name;
    Q_EMIT currentProfileChanged();
}

void SignInController::writeSecret(const QString &key, const QByteArray &value)
{
    m_secrets->write(key, value, this, [this](const SecretReply &r) {
        // The unavailable case is announced once through SecretStore::unavailable; a cancelled
        // call means the app is going away.
        if (!r.ok() && r.error != SecretError::Cancelled)
            Q_EMIT keychainNotice(r.message);
    });
}

void SignInController::removeSecret(const QString &key)
{
    m_secrets->remove(key, this, [this](const SecretReply &r) {
        if (!r.ok() && r.error != SecretError::Cancelled)
            Q_EMIT keychainNotice(r.message);
    });
}

void SignInController::persist(const Profile &profile, const QByteArray &accessToken,
                               const QDateTime &expiresAt, const QByteArray &refreshToken,
                               const QByteArray &clientSecret)
{
    // Write what this method uses and delete what it does not (left over from another method).
    const QString access = keyFor(profile, SecretStore::AccessToken);
    const QString refresh = keyFor(profile, SecretStore::RefreshToken);
    const QString secret = keyFor(profile, SecretStore::ClientSecret);
    switch (profile.method) {
    case SignInMethod::Pkce:
        writeSecret(access, encodeStoredAccessToken(accessToken, expiresAt));
        if (refreshToken.isEmpty())
            removeSecret(refresh);
        else
            writeSecret(refresh, refreshToken);
        removeSecret(secret);
        break;
    case SignInMethod::ClientCredentials:
        writeSecret(secret, clientSecret);
        removeSecret(access);
        removeSecret(refresh);
        break;
    case SignInMethod::Token:
        writeSecret(access, encodeStoredAccessToken(accessToken, expiresAt));
        removeSecret(refresh);
        removeSecret(secret);
        break;
    }
}

void SignInController::forget(const Profile &profile)
{
    for (const QString &name : allSecretNames())
        removeSecret(keyFor(profile, name));
}

Operation *SignInController::signIn(const Profile &profileIn, const QByteArray &credentialIn,
                                    QObject *context, Handler<TokenInfo> done)
{
    const Profile profile = profileIn;
    const Result<Endpoints> endpoints = profile.endpoints();
    if (!endpoints)
        return failLater<TokenInfo>(this, context, std::move(done), endpoints.error());
    m_session->api()->rateBudget()->setLimit(profile.rateLimit);
    const QByteArray credential = credentialIn.trimmed();

    auto *op = new Sequence<TokenInfo>(this, context, std::move(done));
    track(op);
    switch (profile.method) {
    case SignInMethod::Pkce: {
        PkceFlow::Options o;
        o.endpoints = endpoints.value();
        o.clientId = profile.clientId;
        o.port = profile.port;
        o.timeout = m_pkceTimeout;
        m_pkce = PkceFlow::start(
            m_session->networkAccessManager(), o, m_opener, op,
            [this, op, profile](const Result<TokenResponse> &r) {
                if (op->stopped())
                    return;
                if (!r) {
                    op->complete(r.error());
                    return;
                }
                op->track(signInWithTokens(profile, r.value(), op,
                                           [op](const Result<TokenInfo> &info) { op->complete(info); }));
            });
        connect(m_pkce, &Operation::progress, this, &SignInController::progress);
        op->track(m_pkce);
        break;
    }
    case SignInMethod::ClientCredentials:
        if (credential.isEmpty()) {
            QMetaObject::invokeMethod(
                op, [op] { op->complete(needsSignIn(Tr::tr("Enter the client secret."))); },
                Qt::QueuedConnection);
            break;
        }
        m_session->setEndpoints(endpoints.value());
        op->track(m_session->signInWithClientCredentials(
            profile.clientId, credential, op, [this, op, profile, credential](const Result<TokenInfo> &r) {
                if (r) {
                    persist(profile, {}, {}, {}, credential);
                    becomeCurrent(profile);
                }
                op->complete(r);
            }));
        break;
    case SignInMethod::Token:
        if (credential.isEmpty()) {
            QMetaObject::invokeMethod(
                op, [op] { op->complete(needsSignIn(Tr::tr("Paste an access token."))); },
                Qt::QueuedConnection);
            break;
        }
        m_session->setEndpoints(endpoints.value());
        op->track(m_session->signInWithToken(credential, op,
                                             [this, op, profile, credential](const Result<TokenInfo> &r) {
                                                 if (r) {
                                                     persist(profile, credential, {}, {}, {});
                                                     becomeCurrent(profile);
                                                 }
                                                 op->complete(r);
                                             }));
        break;
    }
    return op;
}

Operation *SignInController::signInWithTokens(const Profile &profile, const TokenResponse &tokens,
                                              QObject *context, Handler<TokenInfo> done)
{
    const Result<Endpoints> endpoints = profile.endpoints();
    if (!endpoints)
        return failLater<TokenInfo>(this, context, std::move(done), endpoints.error());
    m_session->setEndpoints(endpoints.value());
    m_session->api()->rateBudget()->setLimit(profile.rateLimit);
    // A renewal while the token is checked (a 401 on tokens/me, fixed by a refresh) belongs to
    // this profile, which is not current yet.
    m_pending = profile;
    m_renewedWhilePending = false;
    return m_session->signInWithToken(
        tokens.accessToken, context,
        [this, profile, tokens, done = std::move(done)](const Result<TokenInfo> &r) {
            const bool renewed = std::exchange(m_renewedWhilePending, false);
            m_pending.reset();
            if (r) {
                // A renewal during the check has already stored newer tokens than these.
                if (!renewed)
                    persist(profile, tokens.accessToken, tokens.expiresAt, tokens.refreshToken, {});
                becomeCurrent(profile);
            }
            done(r);
        },
        tokens.expiresAt, tokens.refreshToken, profile.clientId);
}

Operation *SignInController::restoreLast(QObject *context, Handler<TokenInfo> done)
{
    const QString last = m_profiles->lastUsed();
    const std::optional<Profile> p = last.isEmpty() ? std::nullopt : m_profiles->profile(last);
    if (!p)
        return failLater<TokenInfo>(this, context, std::move(done),
                                    needsSignIn(Tr::tr("Sign in to get started.")));
    return restore(*p, context, std::move(done));
}

Operation *SignInController::restore(const Profile &profile, QObject *context, Handler<TokenInfo> done)
{
    m_session->api()->rateBudget()->setLimit(profile.rateLimit);
    auto *op = new RestoreSignIn(this, profile, context, std::move(done));
    track(op);
    return op;
}

Operation *SignInController::signOut(QObject *context, Handler<SignOutReport> done)
{
    auto *op = new Sequence<SignOutReport>(this, context, std::move(done));
    if (m_active)
        m_active->cancel();
    const std::optional<Profile> profile = m_current;
    auto finishLocally = [this, op, profile](SignOutReport report) {
        if (profile)
            forget(*profile);
        m_session->signOut();
        if (m_current) {
            m_current.reset();
            Q_EMIT currentProfileChanged();
        }
        qCInfo(lcAuth).noquote() << "signed out" << (profile ? profile->name : QString())
                                 << (report.revoked ? "(token revoked)" : "(token not revoked)");
        op->complete(report);
    };
    if (!m_session->isSignedIn()) {
        QMetaObject::invokeMethod(
            op,
            [finishLocally] {
                SignOutReport r;
                r.message = Tr::tr("Not signed in.");
                finishLocally(r);
            },
            Qt::QueuedConnection);
        return op;
    }
    op->track(m_session->directory()->revokeToken(op, [op, finishLocally](const Result<Done> &r) {
        if (op->stopped())
            return;
        SignOutReport report;
        report.revoked = r.ok();
        if (!r)
            report.message = Tr::tr("The server could not revoke the token: %1").arg(r.error().userMessage());
        finishLocally(report);
    }));
    return op;
}

QStringList SignInController::saveProfile(const Profile &profile, const QString &previousName)
{
    const std::optional<Profile> old =
        previousName.isEmpty() ? std::nullopt : m_profiles->profile(previousName);
    const QStringList problems = m_profiles->save(profile, previousName);
    if (!problems.isEmpty())
        return problems;
    const std::optional<Profile> saved = m_profiles->profile(profile.name);
    if (old && saved) {
        const bool sameClient = old->keychainScope() == saved->keychainScope() &&
                                old->clientId == saved->clientId && old->method == saved->method;
        if (!sameClient) {
            forget(*old);
        } else if (old->name != saved->name) {
            // Move the entries to the new name.
            for (const QString &name : allSecretNames()) {
                const QString from = keyFor(*old, name);
                const QString to = keyFor(*saved, name);
                m_secrets->read(from, this, [this, from, to](const SecretReply &r) {
                    if (!r.ok())
                        return;
                    writeSecret(to, r.value);
                    removeSecret(from);
                });
            }
        }
        if (old->name != saved->name)
            RotationStore::renameProfile(old->name, saved->name);
        if (m_current && m_current->name.compare(old->name, Qt::CaseInsensitive) == 0) {
            m_current = *saved;
            m_session->setProfileName(saved->name);
            m_session->api()->rateBudget()->setLimit(saved->rateLimit);
            Q_EMIT currentProfileChanged();
        }
    }
    return {};
}

void SignInController::removeProfile(const QString &name)
{
    const std::optional<Profile> p = m_profiles->profile(name);
    if (!p)
        return;
    if (m_current && m_current->name.compare(p->name, Qt::CaseInsensitive) == 0)
        m_session->signOut(); // resets m_current through signedOut()
    forget(*p);
    m_profiles->remove(p->name);
}

Operation *signInWithProfile(Session *session, const QString &name, QObject *context, Handler<TokenInfo> done)
{
    auto *profiles = new ProfileStore(session);
    auto *secrets = new SecretStore(nullptr, session);
    auto *controller = new SignInController(session, profiles, secrets, session);
    const std::optional<Profile> p = profiles->profile(name);
    if (!p) {
        const QStringList names = profiles->names();
        return failLater<TokenInfo>(
            controller, context, std::move(done),
            ApiError::make(
                ApiError::Kind::Validation,
                names.isEmpty()
                    ? Tr::tr("There is no profile named \"%1\" (no profiles are set up yet: add one in "
                             "OAuth Desk).")
                          .arg(name)
                    : Tr::tr("There is no profile named \"%1\". Profiles: %2.")
                          .arg(name, names.join(u", "_s))));
    }
    return controller->restore(*p, context, std::move(done));
}

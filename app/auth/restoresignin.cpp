// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/auth/restoresignin.h"

#include "app/auth/secretstore.h"
#include "app/auth/signincontroller.h"
#include "app/services/session.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace {
// The texts were SignInController's before it was split; they keep its translation context.
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

// The stored credentials did not get the session signed in (refused, malformed, or the token they
// gave was refused): the user signs in again. Network trouble and server errors are not this.
bool isCredentialRefusal(const ApiError &e)
{
    return e.kind == ApiError::Kind::Auth || e.isHttp(401) || e.isHttp(400);
}
} // namespace

RestoreSignIn::RestoreSignIn(SignInController *controller, const Profile &profile, QObject *context,
                             Handler<TokenInfo> done)
    : Sequence(controller, context, std::move(done))
    , m_controller(controller)
{
    track(resolveProfile(controller->profiles(), controller->secrets(), profile.name, this,
                         [this](const Result<ResolvedCredentials> &rc) { onResolved(rc); }));
}

bool RestoreSignIn::isDefiniteClientRefusal(const ApiError &error)
{
    // TokenClient maps the token endpoint's OAuth error to Kind::Auth with its `error` as code.
    return error.kind == ApiError::Kind::Auth && error.code == "invalid_client"_L1 &&
           (error.httpStatus == 400 || error.httpStatus == 401);
}

void RestoreSignIn::onResolved(const Result<ResolvedCredentials> &rc)
{
    if (stopped())
        return;
    if (!rc) {
        ApiError e = rc.error();
        if (e.code == KeychainErrorCode)
            e.code = SignInController::NeedsSignIn;
        complete(e);
        return;
    }
    ResolvedCredentials c = rc.value();
    const Profile &p = c.profile;
    const QString keychainHint = c.keychainAvailable ? QString() : u' ' + SecretStore::noKeychainMessage();
    switch (p.method) {
    case SignInMethod::ClientCredentials:
        if (c.clientSecret.isEmpty())
            complete(needsSignIn(
                Tr::tr("No client secret is stored for profile \"%1\". Enter it to sign in.").arg(p.name) +
                keychainHint));
        else
            withClientSecret(c);
        break;
    case SignInMethod::Token:
    case SignInMethod::Pkce:
        if (c.hasUsableAccessToken(QDateTime::currentDateTimeUtc()))
            withAccessToken(c);
        else if (p.method == SignInMethod::Pkce && !c.refreshToken.isEmpty())
            withRefreshToken(c);
        else
            complete(needsSignIn(
                (c.accessToken.isEmpty()
                     ? Tr::tr("Nothing is stored for profile \"%1\": sign in.").arg(p.name)
                     : Tr::tr("The stored token of profile \"%1\" has expired: sign in again.").arg(p.name)) +
                keychainHint));
        break;
    }
    c.wipe();
}

void RestoreSignIn::withClientSecret(const ResolvedCredentials &c)
{
    Session *session = m_controller->session();
    session->setEndpoints(c.endpoints);
    const Profile p = c.profile;
    track(session->signInWithClientCredentials(p.clientId, c.clientSecret, this,
                                               [this, p](const Result<TokenInfo> &r) {
                                                   if (!r) {
                                                       refused(p, r.error());
                                                       return;
                                                   }
                                                   m_controller->becomeCurrent(p);
                                                   complete(r);
                                               }));
}

void RestoreSignIn::withAccessToken(const ResolvedCredentials &c)
{
    Session *session = m_controller->session();
    session->setEndpoints(c.endpoints);
    const Profile p = c.profile;
    m_controller->m_pending = p; // see SignInController::signInWithTokens()
    m_controller->m_renewedWhilePending = false;
    track(session->signInWithToken(
        c.accessToken, this,
        [this, p](const Result<TokenInfo> &r) {
            m_controller->m_pending.reset();
            m_controller->m_renewedWhilePending = false;
            if (!r) {
                refused(p, r.error());
                return;
            }
            m_controller->becomeCurrent(p);
            complete(r);
        },
        c.accessTokenExpiresAt, c.refreshToken, p.clientId));
}

void RestoreSignIn::withRefreshToken(const ResolvedCredentials &c)
{
    Session *session = m_controller->session();
    session->signOut();
    session->setEndpoints(c.endpoints);
    const Profile p = c.profile;
    const QByteArray oldRefresh = c.refreshToken;
    track(session->tokens()->refresh(
        p.clientId, {}, c.refreshToken, this, [this, p, oldRefresh](const Result<TokenResponse> &r) {
            if (stopped())
                return;
            if (!r) {
                refused(p, r.error());
                return;
            }
            TokenResponse t = r.value();
            if (t.refreshToken.isEmpty())
                t.refreshToken = oldRefresh; // the server kept the old one valid
            track(m_controller->signInWithTokens(p, t, this,
                                                 [this](const Result<TokenInfo> &info) { complete(info); }));
        }));
}

void RestoreSignIn::refused(const Profile &p, const ApiError &e)
{
    if (stopped())
        return;
    if (!isCredentialRefusal(e)) {
        complete(e);
        return;
    }
    const ApiError again =
        needsSignIn(Tr::tr("The stored sign-in of profile \"%1\" is no longer accepted (%2). Sign in again.")
                        .arg(p.name, e.userMessage()));
    if (!isDefiniteClientRefusal(e)) {
        // Kept: a proxy or gateway may have answered, or the token alone ran out.
        complete(again);
        return;
    }
    const SignInController::ForgetConfirmer &confirm = m_controller->forgetConfirmer();
    if (!confirm) {
        m_controller->forget(p);
        complete(again);
        return;
    }
    const QPointer<RestoreSignIn> self(this);
    const QPointer<SignInController> controller(m_controller);
    confirm(p, e.userMessage(), [self, controller, p, again](bool forget) {
        if (forget && controller)
            controller->forget(p);
        if (self && !self->stopped())
            self->complete(again);
    });
}

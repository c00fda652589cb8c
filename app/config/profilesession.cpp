// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/config/profilesession.h"

#include "app/auth/profiles.h"
#include "app/auth/secretstore.h"
#include "app/auth/signincontroller.h"
#include "app/services/session.h"

#include <QCoreApplication>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProfileSession)
};
} // namespace

Operation *signInProfileSession(Session *session, const ProfileStore *profiles, SecretStore *secrets,
                                const QString &name, QObject *context, Handler<TokenInfo> done)
{
    auto *op = new Sequence<TokenInfo>(session, context, std::move(done));
    op->track(
        resolveProfile(profiles, secrets, name, op, [session, op](const Result<ResolvedCredentials> &rc) {
            if (op->stopped())
                return;
            if (!rc) {
                op->complete(rc.error());
                return;
            }
            ResolvedCredentials c = rc.value();
            const Profile &p = c.profile;
            const auto finish = [op](const Result<TokenInfo> &r) { op->complete(r); };
            session->setEndpoints(c.endpoints);
            session->api()->rateBudget()->setLimit(p.rateLimit);
            if (p.method == SignInMethod::ClientCredentials && !c.clientSecret.isEmpty()) {
                op->track(session->signInWithClientCredentials(p.clientId, c.clientSecret, op, finish));
            } else if (p.method != SignInMethod::ClientCredentials &&
                       c.hasUsableAccessToken(QDateTime::currentDateTimeUtc())) {
                // No refresh token handed over: the session must not rotate it behind the controller's back.
                op->track(session->signInWithToken(c.accessToken, op, finish, c.accessTokenExpiresAt));
            } else {
                ApiError e = ApiError::make(
                    ApiError::Kind::Auth,
                    p.method == SignInMethod::ClientCredentials
                        ? Tr::tr("No client secret is stored for profile \"%1\". Sign in with it once in "
                                 "OAuth Desk.")
                              .arg(p.name)
                        : Tr::tr("No valid access token is stored for profile \"%1\". Sign in with it once "
                                 "(in OAuth "
                                 "Desk, or oauthdesk-cli --profile \"%1\" whoami), then compare again.")
                              .arg(p.name));
                e.code = SignInController::NeedsSignIn;
                op->complete(e);
            }
            c.wipe();
        }));
    return op;
}

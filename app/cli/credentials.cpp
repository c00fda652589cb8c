// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/credentials.h"

#include "app/security/credentialcheck.h"
#include "app/security/wipe.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli::Credentials)
};

CredentialError authError(const QString &message)
{
    return {ApiError::make(ApiError::Kind::Auth, message), ExitAuth};
}
} // namespace

Credentials::~Credentials()
{
    wipe(secret);
    wipe(accessToken);
}

std::variant<Credentials, CredentialError>
resolveCredentials(const GlobalOptions &options, const QProcessEnvironment &env, const DemoServerInfo *demo)
{
    Credentials c;
    if (options.demo) {
        if (!demo || !demo->baseUrl.isValid())
            return CredentialError{
                ApiError::make(ApiError::Kind::Unknown, Tr::tr("The demo sandbox is not running.")),
                ExitApiError};
        c.source = Credentials::Source::Demo;
        c.method = Credentials::Method::ClientCredentials;
        c.clientId = demo->clientId;
        c.secret = demo->secret;
        c.endpoints = Endpoints{demo->baseUrl, demo->baseUrl, QString()};
        c.origin = Tr::tr("the built-in demo sandbox");
        return c;
    }

    if (!options.profile.isEmpty()) {
        // A profile knows its region or URLs; overriding them would send its secret elsewhere.
        if (!options.region.isEmpty() || !options.apiUrl.isEmpty() || !options.loginUrl.isEmpty())
            return CredentialError{
                ApiError::make(ApiError::Kind::Validation,
                               Tr::tr("--profile brings its own region and URLs; it cannot be combined with "
                                      "--region, --api-url or --login-url.")),
                ExitUsage};
        c.source = Credentials::Source::Profile;
        c.profile = options.profile;
        c.origin = Tr::tr("profile \"%1\"").arg(options.profile);
        return c;
    }

    auto pick = [&env](const QString &option, QLatin1StringView variable) {
        return option.isEmpty() ? env.value(variable).trimmed() : option;
    };
    const QString region = pick(options.region, EnvRegion);
    const QString apiUrl = pick(options.apiUrl, EnvApiUrl);
    const QString loginUrl = pick(options.loginUrl, EnvLoginUrl);
    // Refused as profiles refuse them: a password in a URL shows in the process list and the shell
    // history, and is no way to sign in here.
    for (const QString &url : {apiUrl, loginUrl}) {
        if (!url.isEmpty() && !QUrl(url).userInfo().isEmpty())
            return CredentialError{
                ApiError::make(ApiError::Kind::Validation,
                               Tr::tr("The URLs must not contain a user name or password (%1). Put "
                                      "credentials in %2 and %3, or %4.")
                                   .arg(QUrl(url).toDisplayString(QUrl::RemoveUserInfo), EnvClientId,
                                        EnvClientSecret, EnvAccessToken)),
                ExitUsage};
    }
    Result<Endpoints> endpoints = resolveEndpoints(region, apiUrl, loginUrl);
    if (!endpoints)
        return CredentialError{endpoints.error(), ExitUsage};
    c.endpoints = endpoints.value();
    c.source = Credentials::Source::Environment;

    const QByteArray token = env.value(EnvAccessToken).trimmed().toUtf8();
    const QString clientId = env.value(EnvClientId).trimmed();
    QByteArray secret = env.value(EnvClientSecret).trimmed().toUtf8();
    // A value with a line break or control character would end the Authorization header early:
    // refused here, naming the variable, before anything is sent.
    const auto refused = [](const QByteArray &value, credentialcheck::Kind kind, QLatin1StringView variable) {
        const Result<QByteArray> checked = credentialcheck::check(value, kind, variable);
        return checked ? std::nullopt
                       : std::optional<CredentialError>(CredentialError{checked.error(), ExitAuth});
    };
    if (!token.isEmpty()) {
        if (auto e = refused(token, credentialcheck::Kind::AccessToken, EnvAccessToken)) {
            wipe(secret);
            return *e;
        }
        c.method = Credentials::Method::AccessToken;
        c.accessToken = token;
        c.origin = Tr::tr("the environment (%1)").arg(EnvAccessToken);
        wipe(secret);
        return c;
    }
    if (!clientId.isEmpty() && !secret.isEmpty()) {
        std::optional<CredentialError> e =
            refused(clientId.toUtf8(), credentialcheck::Kind::ClientId, EnvClientId);
        if (!e)
            e = refused(secret, credentialcheck::Kind::ClientSecret, EnvClientSecret);
        if (e) {
            wipe(secret);
            return *e;
        }
        c.method = Credentials::Method::ClientCredentials;
        c.clientId = clientId;
        c.secret = secret;
        c.origin = Tr::tr("the environment (%1)").arg(EnvClientId);
        wipe(secret);
        return c;
    }
    if (!clientId.isEmpty())
        return authError(Tr::tr("%1 is set but %2 is not.").arg(EnvClientId, EnvClientSecret));
    if (!secret.isEmpty()) {
        wipe(secret);
        return authError(Tr::tr("%1 is set but %2 is not.").arg(EnvClientSecret, EnvClientId));
    }
    return authError(Tr::tr("No credentials. Set %1 and %2 (a client-credentials client), or %3, in the "
                            "environment; or try --demo.")
                         .arg(EnvClientId, EnvClientSecret, EnvAccessToken));
}

} // namespace cli

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/arguments.h"
#include "app/net/regions.h"
#include "models/domain/apierror.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>

#include <variant>

// Where oauthdesk-cli gets its credentials and endpoints from. One function decides, so that a new
// source (saved profiles in the keychain, --profile NAME) slots in without touching the commands.
namespace cli {

// The environment variables, as the Genesys Cloud CLI and Terraform provider name them.
inline constexpr QLatin1StringView EnvClientId{"GENESYSCLOUD_OAUTHCLIENT_ID"};
inline constexpr QLatin1StringView EnvClientSecret{"GENESYSCLOUD_OAUTHCLIENT_SECRET"};
inline constexpr QLatin1StringView EnvAccessToken{"GENESYSCLOUD_ACCESS_TOKEN"};
inline constexpr QLatin1StringView EnvRegion{"GENESYSCLOUD_REGION"};
inline constexpr QLatin1StringView EnvApiUrl{"GENESYSCLOUD_API_URL"};
inline constexpr QLatin1StringView EnvLoginUrl{"GENESYSCLOUD_LOGIN_URL"};

struct Credentials
{
    enum class Source
    {
        Demo,
        Environment,
        Profile
    };
    enum class Method
    {
        ClientCredentials,
        AccessToken
    };

    Source source = Source::Environment;
    Method method = Method::ClientCredentials;
    QString clientId;
    QByteArray secret; // client credentials; memory only
    QByteArray accessToken;
    QString profile;     // Source::Profile: the profile's name; its endpoints and secrets come from
                         // the profiles file and the keychain at sign-in (signInWithProfile)
    Endpoints endpoints; // empty for Source::Profile
    QString origin;      // for --verbose: "environment (GENESYSCLOUD_OAUTHCLIENT_ID)"; never a secret

    Credentials() = default;
    Credentials(const Credentials &) = default;
    Credentials &operator=(const Credentials &) = default;
    ~Credentials(); // wipes the secret and the token
};

// The built-in sandbox of --demo, once it listens.
struct DemoServerInfo
{
    QUrl baseUrl;
    QString clientId;
    QByteArray secret;
};

struct CredentialError
{
    ApiError error;
    int exitCode = ExitAuth; // ExitUsage for bad regions or URLs, ExitAuth for missing credentials
};

// Picks the credentials and endpoints by precedence: --demo, then --profile NAME (a profile saved
// by OAuth Desk; its secrets stay in the keychain until sign-in), then the environment, where
// GENESYSCLOUD_ACCESS_TOKEN wins over a client id and secret. Endpoints come from
// --api-url/--login-url/--region, else GENESYSCLOUD_API_URL/GENESYSCLOUD_LOGIN_URL/
// GENESYSCLOUD_REGION, else us_east_1.
[[nodiscard]] std::variant<Credentials, CredentialError>
resolveCredentials(const GlobalOptions &options, const QProcessEnvironment &env, const DemoServerInfo *demo);

} // namespace cli

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/apierror.h"
#include "models/domain/entities.h"
#include "models/json/rawjson.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QStringList>

#include <optional>

enum class GrantType
{
    Code,
    Token,
    Saml2Bearer,
    Password,
    ClientCredentials,
    Unknown
};
enum class ClientState
{
    Active,
    Disabled,
    Inactive,
    Deleted,
    Unknown
};

[[nodiscard]] GrantType grantTypeFromString(QStringView s);
[[nodiscard]] QString grantTypeToString(GrantType g); // the API's spelling, e.g. "CLIENT-CREDENTIALS"
[[nodiscard]] ClientState clientStateFromString(QStringView s);
[[nodiscard]] QString clientStateToString(ClientState s); // "active", "disabled", "inactive", "deleted"
// Whether a grant type uses redirect URIs / scopes / role divisions (CONTRACT.md §4).
[[nodiscard]] bool grantUsesRedirectUris(GrantType g);
[[nodiscard]] bool grantUsesScopes(GrantType g);
[[nodiscard]] bool grantUsesRoles(GrantType g);

struct RoleDivision
{
    QString roleId;
    QString divisionId; // "*" means all divisions
    friend bool operator==(const RoleDivision &, const RoleDivision &) = default;
};

// The platform's token lifetime bounds (seconds) and default, CONTRACT.md §4.
namespace TokenLifetime {
inline constexpr qint64 Minimum = 300;
inline constexpr qint64 Maximum = 172800;
inline constexpr qint64 Default = 86400;
} // namespace TokenLifetime

// An OAuth client as the server last sent it. The typed fields are for display and logic; `json`
// is the server's object as received (compact) except for `secret`, which is never kept here (it is
// returned separately, only by create and regenerate). Unknown fields and unknown enum values stay
// in `json` and in the raw strings, so a PUT built from it loses nothing.
struct OAuthClient
{
    QString id;
    QString name;
    QString description;
    QString grantType; // raw server value; grant() maps it
    QString state;     // raw server value; clientState() maps it
    std::optional<qint64> accessTokenValiditySeconds;
    QStringList registeredRedirectUri;
    QStringList scope;
    QStringList roleIds; // deprecated by the platform, still read for old clients
    QList<RoleDivision> roleDivisions;
    QDateTime dateCreated;
    QDateTime dateModified;
    QDateTime dateToDelete;
    EntityRef createdBy;
    EntityRef modifiedBy;
    QString selfUri;
    RawJson json; // the server's object minus "secret", parsed on demand

    [[nodiscard]] GrantType grant() const { return grantTypeFromString(grantType); }
    [[nodiscard]] ClientState clientState() const { return clientStateFromString(state); }
    [[nodiscard]] qint64 tokenLifetime() const
    {
        return accessTokenValiditySeconds.value_or(TokenLifetime::Default);
    }
    // Fields the server sent that this app does not model (shown as-is in the details pane).
    [[nodiscard]] QStringList unknownFields() const;

    // Maps one client object. Never fails: a field of the wrong type reads as absent. Any
    // "secret" is removed before the object is kept.
    [[nodiscard]] static OAuthClient fromJson(QJsonObject object);
    // The same from the object's compact UTF-8 text (the fast path of listings).
    [[nodiscard]] static OAuthClient fromJsonText(const QByteArray &objectText);
    // The configuration without secret and server-set fields: the shape `clients create` accepts.
    [[nodiscard]] QJsonObject toRequestJson() const;
};
Q_DECLARE_METATYPE(OAuthClient)

// The answer of create and regenerate-secret: the client plus the secret, which the platform shows
// only this once. Kept apart from OAuthClient so that the secret can never ride along into models.
struct ClientWithSecret
{
    OAuthClient client;
    QString secret;
    // The client exists but the answer carrying its secret was lost (found by looking after a
    // failed create). The secret must be regenerated to be seen.
    bool secretLost = false;
};

// Server-set and read-only fields: never sent back in a PUT (CONTRACT.md §3).
[[nodiscard]] const QStringList &clientReadOnlyFields();

// Builds the PUT body: the server's last JSON minus read-only fields, every other field kept (also
// ones we do not model), with `edits` on top. When the result carries roleDivisions, the deprecated
// roleIds is dropped so the two cannot disagree.
[[nodiscard]] QJsonObject buildClientUpdateBody(const QJsonObject &serverJson, const QJsonObject &edits);

// Checks only the shape of an OAuthClientRequest body: required fields, JSON types, enum values.
// Returns one message per problem; empty means the body may be sent. Business rules (lifetime
// bounds, grant-specific fields) are the server's to enforce.
[[nodiscard]] QStringList validateClientRequestShape(const QJsonObject &body);

// GET /oauth/clients and any other listing of clients. Fails only when the document is not a
// listing at all; a single malformed entity is skipped and counted in `skipped`.
struct ClientListing
{
    Page<OAuthClient> page;
    int skipped = 0;
};
[[nodiscard]] Result<ClientListing> parseClientListing(const QByteArray &body);
// A single client (GET, PUT answer). `secret` receives the secret when the caller is create or
// regenerate; pass nullptr everywhere else and any secret is dropped unseen.
[[nodiscard]] Result<OAuthClient> parseClient(const QByteArray &body, QString *secret = nullptr);

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/oauthclient.h"

#include <QHashFunctions>
#include <QJsonObject>
#include <QStringList>

// The fields of the New/Edit Client form, in form order: errors are listed, and the focus goes to
// the first one, in this order.
enum class ClientFormField
{
    Name,
    Description,
    Grant,
    Lifetime,
    State,
    Redirect,
    Scopes,
    Roles
};

inline constexpr ClientFormField ClientFormFields[] = {
    ClientFormField::Name,  ClientFormField::Description, ClientFormField::Grant,  ClientFormField::Lifetime,
    ClientFormField::State, ClientFormField::Redirect,    ClientFormField::Scopes, ClientFormField::Roles,
};

// For QSet (Qt 6.4 has no qHash for enumerations).
inline size_t qHash(ClientFormField field, size_t seed = 0) noexcept
{
    return qHash(int(field), seed);
}

// What the New/Edit Client form holds, as plain values (ClientEditForm::values()):
// ClientFormValidator checks them, and they become the body of a create or the edits of an update.
struct ClientFormValues
{
    QString name;        // trimmed
    QString description; // trimmed
    GrantType grant = GrantType::Unknown;
    qint64 lifetime = 0; // seconds
    QString state;       // "active", "disabled", "inactive", or what the server sent
    QStringList redirectUris;
    QString typedRedirectUri; // typed into the field but not added yet (trimmed)
    QStringList scopes;
    // As shown: an empty division is the home division (a client with the deprecated roleIds).
    QList<RoleDivision> roles;
    QString pendingRole;    // a role picked or typed but not added (RoleDivisionPicker::pendingText)
    QString homeDivisionId; // the org's, when known
    // Whether the form shows each section; a hidden one is left as the client has it.
    bool redirectsShown = false;
    bool scopesShown = false;
    bool rolesShown = false;

    // `roles` with every empty division filled in: the home division, else all divisions.
    [[nodiscard]] QList<RoleDivision> resolvedRoles() const;
    // The body of a create (POST /api/v2/oauth/clients).
    [[nodiscard]] QJsonObject createBody() const;
    // Only the fields that differ from `original`, as ClientsService::update takes them (which keeps
    // everything else, including fields the app does not model). Empty: nothing changed.
    [[nodiscard]] QJsonObject editsOf(const OAuthClient &original) const;
};

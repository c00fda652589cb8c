// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/oauthclient.h"

#include <QStringList>

#include <variant>

class DirectoryCache;

// A new client's form filled from something: Duplicate (an existing client) or Import from JSON (a
// file in the shape `oauthdesk-cli clients get --json` or Export Configuration writes). The client
// has no id, no secret and none of the fields the platform sets; `notes` say what was left out or
// changed, for the form to point out.
struct ClientTemplate
{
    OAuthClient client;
    QStringList notes;
};

namespace clienttemplate {

inline constexpr qint64 MaxFileBytes = 1024 * 1024;

// The form of a copy of `client`: its configuration, the name suffixed " (copy)".
[[nodiscard]] ClientTemplate duplicateOf(const OAuthClient &client);

// The form of a file's client. A file that is not one client's JSON object in that shape gives a
// message saying what is wrong (and nothing is opened).
[[nodiscard]] std::variant<ClientTemplate, QString> fromJson(const QByteArray &data,
                                                             const QString &shownName);
[[nodiscard]] std::variant<ClientTemplate, QString> readFile(const QString &path);

// What the form must point out about roles and divisions the org does not have (once the directory
// has loaded them): one line each, empty when all are known.
[[nodiscard]] QStringList unknownRolesAndDivisions(const OAuthClient &client,
                                                   const DirectoryCache *directory);

} // namespace clienttemplate

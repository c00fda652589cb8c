// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One route of the sandbox's routing table, and the functions that add the routes of the APIs
// beyond the OAuth clients (audits, integration credentials, users). Internal to the sandbox.

#include "app/sandbox/sandboxserver_p.h"

#include <functional>
#include <vector>

namespace sandbox {

// One operation: method, path pattern (":x" segments are parameters), the permissions of which
// any one is needed (empty = none), and the handler with the decoded parameters.
struct Route
{
    using Handler =
        std::function<Reply(SandboxServerPrivate &, const Call &, const QStringList &, const TokenRecord &)>;
    QByteArray method;
    QStringList pattern;
    QStringList anyOf;
    bool authenticated = true;
    Handler handler;
};

// "api/v2/users/:id" -> {"api", "v2", "users", ":id"}
[[nodiscard]] QStringList routePath(QStringView path);

void addAuditRoutes(std::vector<Route> &routes);       // sandboxaudit.cpp
void addIntegrationRoutes(std::vector<Route> &routes); // sandboxintegrations.cpp
void addUserRoutes(std::vector<Route> &routes);        // sandboxusers.cpp

} // namespace sandbox

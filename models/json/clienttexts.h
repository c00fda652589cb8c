// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/apierror.h"
#include "models/domain/entities.h"

#include <QByteArray>

// One page of a client listing as text: each client object as the server wrote it (its order, its
// escapes), minified, without a "secret" member (a listing should never carry one; older API
// versions did). For passing big listings on without building an OAuthClient per client
// (`oauthdesk-cli --json clients list`). It reads the page as parseClientListing() does, with the
// same checks: entries that are not objects or have no id are left out and counted in `skipped`,
// and every object passed on is valid JSON.
struct ClientTexts
{
    Page<QByteArray> page;
    int skipped = 0;
};
[[nodiscard]] Result<ClientTexts> parseClientTexts(const QByteArray &body);

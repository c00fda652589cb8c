// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/net/operation.h"
#include "models/domain/entities.h"

#include <QByteArray>
#include <QList>

class ApiClient;

// `oauthdesk-cli --json clients list` for big orgs: the client objects of GET /oauth/clients passed
// through as the server wrote them (field order and all), minified, without building an
// OAuthClient per entry. Each page is read by parseClientTexts (models/json/clienttexts.h), the
// same simdjson path as the GUI's listing: a "secret" key, which a listing should never carry, is
// removed, and entries that are not objects or have no id are skipped.
//
// It follows the listing exactly as ClientsService::list does (the same PagedFetch: nextUri on the
// API host only, no repeats, a page cap) through the session's ApiClient, so authentication,
// retries and the redacting log are the same.
namespace cli {

struct RawClients
{
    QList<QByteArray> objects; // one minified JSON object per client
    int skipped = 0;           // malformed entries left out
};

// Parses one page of a client listing. Exposed for tests.
[[nodiscard]] Result<Page<QByteArray>> parseRawClientPage(const QByteArray &body, int *skipped);

// Lists every client; the handler runs once.
Operation *fetchRawClients(ApiClient *api, QObject *context, Handler<RawClients> done);

// "[obj,obj,...]\n" in one allocation.
void appendRawArray(QByteArray &out, const QList<QByteArray> &objects);

} // namespace cli

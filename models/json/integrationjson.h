// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/apierror.h"
#include "models/domain/entities.h"
#include "models/domain/integrationcredential.h"
#include "models/domain/orguser.h"

#include <QByteArray>

// JSON of integration credentials and users. Lenient: a field of the wrong type reads as absent;
// entities without an id are skipped.
namespace integrationjson {

[[nodiscard]] CredentialInfo credentialInfoFromJson(const QJsonObject &o);
// GET /integrations/credentials/listing: the entities and nextUri (cursor paging).
[[nodiscard]] Result<Page<CredentialInfo>> parseCredentialListing(const QByteArray &body);
// GET /integrations/credentials/{id}
[[nodiscard]] Result<IntegrationCredential> parseCredential(const QByteArray &body);

[[nodiscard]] OrgUser userFromJson(const QJsonObject &o);
[[nodiscard]] Result<OrgUser> parseUser(const QByteArray &body);
[[nodiscard]] Result<Page<OrgUser>> parseUserListing(const QByteArray &body);

} // namespace integrationjson

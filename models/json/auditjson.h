// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/apierror.h"
#include "models/domain/audit.h"

#include <QByteArray>
#include <QJsonObject>

// JSON of the Audit API. Lenient like every reader here: a field of the wrong type reads as absent,
// an entity that is not an object is skipped; the event's own JSON is kept whole.
namespace auditjson {

[[nodiscard]] AuditEvent eventFromJson(const QJsonObject &o);
[[nodiscard]] Result<AuditServiceMapping> parseServiceMapping(const QByteArray &body);
[[nodiscard]] Result<AuditPage> parsePage(const QByteArray &body);
[[nodiscard]] Result<AuditQueryExecution> parseExecution(const QByteArray &body);
[[nodiscard]] Result<AuditResultsPage> parseResults(const QByteArray &body);
[[nodiscard]] AuditQueryState stateFromString(QStringView s);

} // namespace auditjson

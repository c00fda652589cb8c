// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/usage.h"

#include <QDeadlineTimer>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <variant>

QT_FORWARD_DECLARE_CLASS(QIODevice)

// The JSON files oauthdesk-cli sends (clients create/update, usage query), read and checked before
// any request goes out, so that a typo costs an error message and never a half-made change.
namespace cli::inputs {

// What went wrong with an input file: one line per problem, for stderr, exit code 2.
struct Problems
{
    QStringList lines;
    // Standard input did not end by the deadline (--timeout): not a usage error but a time limit
    // (exit code 1); `lines` says so.
    bool timedOut = false;
    // Ctrl-C or SIGTERM came while standard input was read: exit code 130; `lines` says so.
    bool interrupted = false;
};

// Files larger than this are refused: a client or a usage query is a few kilobytes.
inline constexpr qint64 MaxInputBytes = 4 * 1024 * 1024;

// Reads `path` ("-" = `stdinDevice`, or the process's standard input when that is null) and parses
// it as one JSON object. Standard input is read to its end, at most MaxInputBytes, and only until
// `deadline`: an endless or stalled pipe ends with a clear problem instead of blocking for ever.
[[nodiscard]] std::variant<QJsonObject, Problems>
readJsonObject(const QString &path, QIODevice *stdinDevice,
               QDeadlineTimer deadline = QDeadlineTimer(QDeadlineTimer::Forever));

// The ids of clients deactivate/activate/delete "-": standard input (`stdinDevice`, or the
// process's when null) read as readJsonObject reads it (MaxInputBytes, `deadline`), one id per line,
// blank lines and surrounding spaces ignored. Each id is checked like an ID argument (ResourceId);
// a problem names the line. An input without any id is a problem too.
[[nodiscard]] std::variant<QStringList, Problems>
readIdLines(QIODevice *stdinDevice, QDeadlineTimer deadline = QDeadlineTimer(QDeadlineTimer::Forever));

// A body for clients create: shape-checked with validateClientRequestShape. Read-only fields (id,
// secret, dates, ...) are removed and named in `ignored`, so that `clients get --json` output can
// be used as a template.
struct ClientBody
{
    QJsonObject body;
    QStringList ignored;
};
[[nodiscard]] std::variant<ClientBody, Problems> prepareCreateBody(const QJsonObject &file);

// The edits of clients update ID: every field present must have the right shape; fields that are
// not present are kept from the server's copy. Read-only fields (and dateToDelete, which the
// platform sets when a client goes inactive) are removed and named in `ignored`. A file whose "id"
// (or "selfUri") names another client than `targetId` is refused: it is another client's copy, and
// sending it would copy that client onto this one.
[[nodiscard]] std::variant<ClientBody, Problems> prepareUpdateEdits(const QJsonObject &file,
                                                                    const QString &targetId);

// An ApiUsageClientQuery body: interval "start/end" (ISO-8601; a time without zone is UTC),
// granularity Day|Week|Month, metrics[], groupBy[]. Unknown fields are refused (a misspelt
// "metric" would otherwise silently query everything).
[[nodiscard]] std::variant<UsageQuery, Problems> parseUsageQuery(const QJsonObject &file);

} // namespace cli::inputs

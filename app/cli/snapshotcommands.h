// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/arguments.h"
#include "app/cli/present.h"
#include "models/config/diffreport.h"
#include "models/config/promoteplan.h"

#include <QByteArray>
#include <QString>

#include <optional>

// `oauthdesk-cli snapshot`, `diff A B [--apply [--dry-run]]` and `export terraform`. The commands
// are CommandRunner members (snapshotcommands.cpp); these are their pieces that need no server.
namespace cli {

// One side of a diff: a snapshot file, the signed-in org ("live") or a profile's org
// ("profile:NAME").
struct DiffSide
{
    enum class Kind
    {
        File,
        Live,
        Profile
    };
    Kind kind = Kind::File;
    QString value; // the path or the profile name
    QString arg;   // as given on the command line, for headings
};
[[nodiscard]] DiffSide parseDiffSide(const QString &argument);

// Whether the command needs the session of the global credentials: every command except a diff
// whose sides are all files or profiles.
[[nodiscard]] bool needsSignIn(const Invocation &invocation);

namespace present {
// The difference: diffreport::text() cleaned for a terminal, or with --json diffreport::json().
void diff(QByteArray &out, const SnapshotDiff &diff, const diffreport::Side &a, const diffreport::Side &b,
          const Style &style);
// One row per client of a promotion (planned or done), then the new secrets, each once. With --json
// an array of {"result", "name", "sourceId", "targetId", "message", "secret"?}.
void promoteResults(QByteArray &out, const QList<PromoteResult> &results, const Style &style);
} // namespace present

} // namespace cli

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/config/snapshotdiff.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// A difference for people (text), spreadsheets (CSV) and scripts (JSON). The CLI prints them; the
// Compare page exports the text and the CSV.
namespace diffreport {

// What a side of the comparison is, for the headings: "file a.json", "live", "profile:prod", with the
// org of its snapshot.
struct Side
{
    QString source;
    EntityRef org;
    int clients = 0;
};

// Lines such as
//   - removed    "Nightly WFM export" (only in A)
//   ~ changed    "Salesforce CTI connector"
//       description: "Old" -> "New"
// then a count line. Every value is one line (servertext::oneLine: controls escaped, bidi controls
// removed), so a name or value cannot fake a line; the CLI also cleans it before a terminal sees it.
[[nodiscard]] QString text(const SnapshotDiff &diff, const Side &a, const Side &b);

// RFC 4180, CRLF, UTF-8: kind,name,idA,idB,field,before,after; one row per changed field, one per
// added, removed or ambiguous client. Values are the JSON text of the compared values, each one line
// (as in text()).
[[nodiscard]] QByteArray csv(const SnapshotDiff &diff);

// {"equal", "matchedBy": "id"|"name", "a": {source, org, clients}, "b": {...}, "unchanged",
//  "differences": [{"kind", "name", "idA", "idB", "idsA", "idsB", "changes": [{"field", "before",
//  "after"}]}]}. A value absent on one side is left out of its change.
[[nodiscard]] QJsonObject json(const SnapshotDiff &diff, const Side &a, const Side &b);

} // namespace diffreport

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/bulk/bulkqueue.h"

#include <QByteArray>
#include <QString>

// What a bulk action did, as text: the one-line summary ("27 deactivated, 2 skipped, 1 failed"),
// the lines Copy puts on the clipboard, and the CSV Save writes (columns id, name, action, result,
// message: the same rows `oauthdesk-cli clients deactivate --json` gives; then previousState, the
// client's state before the action, to undo it from the file). Never a secret (a row holds none).
namespace bulkresults {

// "27 deactivated, 2 skipped, 1 failed" (the counts that are not zero; translated).
[[nodiscard]] QString summary(BulkQueue::Action action, const QList<BulkQueue::Row> &rows);
// The summary, then one line per client: "name (id): result: message".
[[nodiscard]] QString text(BulkQueue::Action action, const QList<BulkQueue::Row> &rows);
// The result of one row, translated ("Deactivated", "Skipped", "Failed", ...).
[[nodiscard]] QString outcomeLabel(BulkQueue::Action action, BulkQueue::Outcome outcome);
// RFC 4180 CSV, UTF-8, header row first; the ids of action and result are the untranslated ones.
[[nodiscard]] QByteArray csv(const QList<BulkQueue::Row> &rows);
// A file name for the CSV: "deactivate-results-2026-12-07-2014.csv".
[[nodiscard]] QString csvFileName(BulkQueue::Action action, const QDateTime &when);

} // namespace bulkresults

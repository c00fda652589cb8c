// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

struct EntityRef;
class ScopeCatalog;

// The parts of rich text that the details panes (ClientDetailsView, AuthorizationDetailsView) have
// in common: escaping, dates, a label/value row, "when, by whom", and the scopes with their
// descriptions from the session's scope catalogue. Text is escaped here; colours are passed in as
// names (the pane's palette decides them).
namespace detailshtml {
// `text` escaped for rich text.
[[nodiscard]] QString esc(const QString &text);
// A date and time in the local zone, in the locale's short format; empty when invalid.
[[nodiscard]] QString when(const QDateTime &dt);
// A paragraph of `text` in `color`.
[[nodiscard]] QString paragraph(const QString &color, const QString &text);
// A row of a two-column table: the label in bold, then `valueHtml`.
[[nodiscard]] QString row(const QString &label, const QString &valueHtml);
// "3/1/26 10:00 AM by Jane Admin", "unknown" for an unknown date; the name (else the id) of `by`.
[[nodiscard]] QString audit(const QDateTime &dt, const EntityRef &by);
// The heading "Scopes (n)" and a table of `scopes` with their descriptions from `catalog` (marked
// when the catalogue lacks one), or "None."; a note in `muted` while the descriptions load or when
// they could not be loaded. `catalog` may be null (no descriptions).
[[nodiscard]] QString scopesSection(const QStringList &scopes, const ScopeCatalog *catalog,
                                    const QString &muted);
} // namespace detailshtml

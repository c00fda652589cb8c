// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// How a client's values read for people, wherever they are shown (the client list, the details
// pane, dialogs, insights, change summaries). Known values get a translated label; unknown ones are
// returned as they came.
namespace ClientLabels {

// "Client credentials" for "CLIENT-CREDENTIALS".
[[nodiscard]] QString grantTypeLabel(const QString &raw);
// "Inactive" for "inactive".
[[nodiscard]] QString stateLabel(const QString &raw);
// "24 h", "450 d", "5 min", "1 h 30 min": token lifetimes.
[[nodiscard]] QString formatLifetime(qint64 seconds);

} // namespace ClientLabels

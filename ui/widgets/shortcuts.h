// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QKeySequence>

// Key sequences one kind of action has on every page, so that the same command (and the menus
// that show it) has the same key wherever it appears.
namespace Shortcuts {

// "Export Configuration…": a client's configuration as JSON (Clients, Insights).
inline QKeySequence exportConfiguration()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E);
}

// "Export … as CSV": the list or table the page shows (Insights, Usage).
inline QKeySequence exportCsv()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S);
}

} // namespace Shortcuts

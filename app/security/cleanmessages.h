// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Log lines are output too: with QT_LOGGING_RULES or --verbose they carry what a server answered
// (messages, bodies), so a hostile server could put terminal escapes or bidi overrides into them.
// This installs a Qt message handler that passes every message through servertext::displayable()
// and then on to the handler that was installed before (Qt's own, which writes to stderr).
// Both executables call it first thing in main(), before any request.
//
//     int main(int argc, char **argv) { cleanmessages::install(); ... }
namespace cleanmessages {

void install();

} // namespace cleanmessages

// SPDX-License-Identifier: GPL-3.0-or-later
// oauthdesk: the desktop app. Everything lives in the oauthdesk_ui library (see ui/shell/launcher.h).
#include "app/security/cleanmessages.h"
#include "app/security/processhardening.h"
#include "ui/shell/launcher.h"

int main(int argc, char **argv)
{
    processhardening::disableCoreDumps(); // before any secret is in memory
    cleanmessages::install();             // debug logs carry server text: no terminal control gets through
    return runOAuthDesk(argc, argv);
}

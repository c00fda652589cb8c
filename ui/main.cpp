// SPDX-License-Identifier: GPL-3.0-or-later
// oauthdesk: the desktop app. Everything lives in the oauthdesk_ui library (see ui/launcher.h).
#include "ui/launcher.h"

int main(int argc, char **argv)
{
    return runOAuthDesk(argc, argv);
}

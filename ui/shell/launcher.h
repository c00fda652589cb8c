// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

class MainWindow;

// The oauthdesk executable: options, --version and --help (answered without a display), the
// application, the main window, and sign-in from --demo or the environment:
//
//   --demo                 start the built-in sandbox (ephemeral loopback port) and sign in to it
//   --smoke                sign in, load and paint the client list, print one line, exit (0 = ok)
//   --region, --api-url, --login-url   where to connect (as in oauthdesk-cli)
//   GENESYSCLOUD_OAUTHCLIENT_ID + GENESYSCLOUD_OAUTHCLIENT_SECRET, or GENESYSCLOUD_ACCESS_TOKEN,
//   with GENESYSCLOUD_REGION: credentials from the environment
//
// Returns the process exit code.
//
// A tool built on the app (the screenshot driver in ui/tools/) hooks in through LauncherHooks; the
// oauthdesk executable passes none.
struct LauncherHooks
{
    // Ends the run: the event loop returns and runOAuthDesk() returns this code.
    using Quit = std::function<void(int exitCode)>;
    // Called once, when the main window has painted its first client list after signing in. The
    // window outlives everything the hook parents to it.
    std::function<void(MainWindow *window, const Quit &quit)> mainWindowReady;
};

int runOAuthDesk(int argc, char **argv, const LauncherHooks &hooks = {});

// SPDX-License-Identifier: GPL-3.0-or-later
// oauthdesk-screenshots: the app on the demo org, driven through its pages and dialogs by
// ScreenshotDriver, which saves a PNG of each into DIR and exits (0 when every step got ready).
// A tool for scripts/screenshots.sh, not installed:
//
//   oauthdesk-screenshots DIR [oauthdesk options, e.g. --theme light --lang de]
#include "app/security/processhardening.h"
#include "ui/shell/launcher.h"
#include "ui/shell/mainwindow.h"
#include "ui/tools/screenshotdriver.h"

#include <cstdio>
#include <cstring>
#include <vector>

int main(int argc, char **argv)
{
    processhardening::disableCoreDumps();
    if (argc < 2 || argv[1][0] == '-') {
        std::fputs("usage: oauthdesk-screenshots DIR [oauthdesk options]\n", stderr);
        return 2;
    }
    const QString directory = QString::fromLocal8Bit(argv[1]);
    // Always the demo org: the driver picks its clients by name.
    static char demo[] = "--demo";
    std::vector<char *> args{argv[0], demo};
    for (int i = 2; i < argc; ++i)
        args.push_back(argv[i]);
    args.push_back(nullptr);

    LauncherHooks hooks;
    hooks.mainWindowReady = [directory](MainWindow *window, const LauncherHooks::Quit &quit) {
        auto *driver = new ScreenshotDriver(window, directory, window);
        QObject::connect(driver, &ScreenshotDriver::finished, window, [quit](bool ok) { quit(ok ? 0 : 1); });
        driver->start();
    };
    return runOAuthDesk(int(args.size()) - 1, args.data(), hooks);
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class MainWindow;

// Puts the app's pages into the main window: Clients (Ctrl+1), Authorizations (Ctrl+2), Scopes
// (Ctrl+3), Usage (Ctrl+4). Pages still being built are placeholders: their engineers replace the
// placeholder line here with their page (or call MainWindow::replacePage()).
void registerStandardPages(MainWindow *window);

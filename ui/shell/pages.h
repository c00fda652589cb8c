// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class MainWindow;

// Puts the app's pages into the main window: Clients (Ctrl+1), Authorizations (Ctrl+2), Scopes
// (Ctrl+3), Usage (Ctrl+4) and Insights (Ctrl+5), and wires the jumps between them (Show Client
// from Authorizations, Scopes and Insights; Usage starting from the Clients page's selection). A
// new page is one MainWindow::addPage() call here.
void registerStandardPages(MainWindow *window);

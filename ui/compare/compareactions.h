// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

QT_FORWARD_DECLARE_CLASS(QMenu)
QT_FORWARD_DECLARE_CLASS(QWidget)
class Session;
struct Snapshot;
struct TerraformOptions;

// File > Save Snapshot…, File > Export as Terraform… and File > Compare…: added to the main
// window's File menu. Each works on the session the window has when the action runs.
void addCompareActions(QMenu *fileMenu, QWidget *window, std::function<Session *()> session);

// The two writes behind the actions; false and `error` set when they fail.
bool writeSnapshotFile(const Snapshot &snapshot, const QString &path, QString *error);
// Writes oauth_clients.tf and imports.tf into `folder` (created if missing).
bool writeTerraformFolder(const Snapshot &snapshot, const TerraformOptions &options, const QString &folder,
                          QString *error);

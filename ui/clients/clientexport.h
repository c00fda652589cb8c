// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/oauthclient.h"

#include <QString>

QT_FORWARD_DECLARE_CLASS(QWidget)

// Export of a client's configuration as JSON: OAuthClient::toRequestJson(), the shape that
// `oauthdesk-cli clients create --file` accepts. Never the secret (OAuthClient holds none), never
// the server-set fields.

// Writes the file; false and `error` set when it fails.
bool writeClientConfiguration(const OAuthClient &client, const QString &path, QString *error);
// A file name for the client: "billing-export.json".
[[nodiscard]] QString suggestedExportFileName(const OAuthClient &client);
// Asks for a file (non-blocking save dialog over `parent`) and writes it; reports failures in a
// message box.
void exportClientConfiguration(const OAuthClient &client, QWidget *parent);

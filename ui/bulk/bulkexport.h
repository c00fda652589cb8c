// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/oauthclient.h"

#include <QList>
#include <QString>

QT_FORWARD_DECLARE_CLASS(QWidget)

// Export Configuration of several clients: one JSON file holding an array of what the single
// Export Configuration writes for each (OAuthClient::toRequestJson(), never a secret, never the
// server-set fields), in the order given.

// Writes the file; false and `error` set when it fails.
bool writeClientsConfiguration(const QList<OAuthClient> &clients, const QString &path, QString *error);
// Asks for a file (non-blocking save dialog over `parent`, starting in LastFolder), writes it and
// tells in the status bar; reports failures in a message box. Returns the file dialog.
QWidget *exportClientsConfiguration(const QList<OAuthClient> &clients, QWidget *parent);

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// Sign-in, profiles and keychain logging ("oauthdesk.auth"). Never logs a token or a secret: only
// keys, profile names, error codes and the keychain's own error strings.
Q_DECLARE_LOGGING_CATEGORY(lcAuth)

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

// Overwrites a secret held in memory (a token, a client secret, a PKCE verifier) with zeros and
// empties it, so that it does not linger in freed memory. QByteArray shares its data implicitly:
// a shared copy is detached first and only this copy is overwritten, so call it on every variable
// that held the secret.
inline void wipe(QByteArray &bytes)
{
    bytes.fill('\0');
    bytes.clear();
}

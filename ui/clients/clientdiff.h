// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/oauthclient.h"

#include <QStringList>

// What changed between two versions of a client, for people: one line per field ("Name: “A” →
// “B”", "Scopes: added users:readonly; removed analytics"). Used by the client editor when someone
// else saved the client while the form was open.
[[nodiscard]] QStringList describeClientChanges(const OAuthClient &before, const OAuthClient &after);

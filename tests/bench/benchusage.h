// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

// Usage rows of `days` x `endpoints` -> chart series and table model, and the chart painted
// offscreen, through the Usage page's own classes.
QJsonObject benchUsage(int days, int endpoints, int runs);

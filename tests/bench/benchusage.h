// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

// Usage rows of `days` x `endpoints` -> chart series and table model, and the chart painted
// offscreen. Filled in by the usage page's code.
QJsonObject benchUsage(int days, int endpoints, int runs);

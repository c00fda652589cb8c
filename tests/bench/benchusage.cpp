// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/benchusage.h"

using namespace Qt::Literals::StringLiterals;

QJsonObject benchUsage(int days, int endpoints, int runs)
{
    Q_UNUSED(runs)
    return QJsonObject{{u"days"_s, days}, {u"endpoints"_s, endpoints}, {u"status"_s, u"not measured yet"_s}};
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

// A person of the organization as GET /api/v2/users answers (User): enough to name who did what.
struct OrgUser
{
    QString id;
    QString name;
    QString email;
    QString state;
    QJsonObject json;
};

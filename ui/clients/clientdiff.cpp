// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/clientdiff.h"

#include "models/domain/clientlabels.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ClientDiff)
};

QString quoted(const QString &s)
{
    return s.isEmpty() ? Tr::tr("(empty)") : u"“"_s + s + u"”"_s;
}

QString setChange(const QStringList &before, const QStringList &after)
{
    const QSet<QString> a(before.begin(), before.end());
    const QSet<QString> b(after.begin(), after.end());
    QStringList added;
    QStringList removed;
    for (const QString &s : after) {
        if (!a.contains(s))
            added << s;
    }
    for (const QString &s : before) {
        if (!b.contains(s))
            removed << s;
    }
    QStringList parts;
    if (!added.isEmpty())
        parts << Tr::tr("added %1").arg(added.join(u", "_s));
    if (!removed.isEmpty())
        parts << Tr::tr("removed %1").arg(removed.join(u", "_s));
    if (parts.isEmpty() && before != after)
        parts << Tr::tr("reordered");
    return parts.join(u"; "_s);
}

QStringList pairs(const QList<RoleDivision> &rds)
{
    QStringList out;
    for (const RoleDivision &rd : rds)
        out << rd.roleId + u" @ "_s + (rd.divisionId.isEmpty() ? u"-"_s : rd.divisionId);
    return out;
}
} // namespace

QStringList describeClientChanges(const OAuthClient &before, const OAuthClient &after)
{
    QStringList lines;
    if (before.name != after.name)
        lines << Tr::tr("Name: %1 → %2").arg(quoted(before.name), quoted(after.name));
    if (before.description != after.description)
        lines << Tr::tr("Description: %1 → %2").arg(quoted(before.description), quoted(after.description));
    if (before.grantType != after.grantType)
        lines << Tr::tr("Grant type: %1 → %2")
                     .arg(ClientLabels::grantTypeLabel(before.grantType),
                          ClientLabels::grantTypeLabel(after.grantType));
    if (before.state != after.state)
        lines << Tr::tr("State: %1 → %2")
                     .arg(ClientLabels::stateLabel(before.state), ClientLabels::stateLabel(after.state));
    if (before.tokenLifetime() != after.tokenLifetime())
        lines << Tr::tr("Token lifetime: %1 → %2")
                     .arg(ClientLabels::formatLifetime(before.tokenLifetime()),
                          ClientLabels::formatLifetime(after.tokenLifetime()));
    if (before.registeredRedirectUri != after.registeredRedirectUri)
        lines << Tr::tr("Redirect URIs: %1")
                     .arg(setChange(before.registeredRedirectUri, after.registeredRedirectUri));
    if (before.scope != after.scope)
        lines << Tr::tr("Scopes: %1").arg(setChange(before.scope, after.scope));
    if (before.roleDivisions != after.roleDivisions)
        lines << Tr::tr("Roles: %1").arg(setChange(pairs(before.roleDivisions), pairs(after.roleDivisions)));
    if (before.roleIds != after.roleIds)
        lines << Tr::tr("Role ids (deprecated): %1").arg(setChange(before.roleIds, after.roleIds));

    // Fields the app does not model: name them. Each side's text is parsed once, not per field.
    QStringList other;
    const QJsonObject beforeJson = before.json.object();
    const QJsonObject afterJson = after.json.object();
    const QStringList keys = before.unknownFields() + after.unknownFields();
    for (const QString &k : keys) {
        if (!other.contains(k) && beforeJson.value(k) != afterJson.value(k))
            other << k;
    }
    if (!other.isEmpty())
        lines << Tr::tr("Other fields: %1").arg(other.join(u", "_s));
    return lines;
}

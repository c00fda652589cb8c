// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/clientformvalues.h"

#include "app/controllers/directorycache.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace {
QJsonArray toArray(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

QJsonArray toArray(const QList<RoleDivision> &pairs)
{
    QJsonArray a;
    for (const RoleDivision &rd : pairs)
        a.append(QJsonObject{{u"roleId"_s, rd.roleId}, {u"divisionId"_s, rd.divisionId}});
    return a;
}

bool sameSet(const QStringList &a, const QStringList &b)
{
    return QSet<QString>(a.begin(), a.end()) == QSet<QString>(b.begin(), b.end());
}

bool samePairs(const QList<RoleDivision> &a, const QList<RoleDivision> &b)
{
    if (a.size() != b.size())
        return false;
    for (const RoleDivision &rd : a) {
        if (!b.contains(rd))
            return false;
    }
    return true;
}
} // namespace

QList<RoleDivision> ClientFormValues::resolvedRoles() const
{
    QList<RoleDivision> pairs = roles;
    // Pairs shown from deprecated roleIds have no division: the home division is what they mean.
    for (RoleDivision &rd : pairs) {
        if (rd.divisionId.isEmpty())
            rd.divisionId = homeDivisionId.isEmpty() ? DirectoryCache::AllDivisions : homeDivisionId;
    }
    return pairs;
}

QJsonObject ClientFormValues::createBody() const
{
    QJsonObject body{{u"name"_s, name},
                     {u"authorizedGrantType"_s, grantTypeToString(grant)},
                     {u"accessTokenValiditySeconds"_s, lifetime},
                     {u"state"_s, state}};
    if (!description.isEmpty())
        body.insert(u"description"_s, description);
    if (grantUsesRedirectUris(grant))
        body.insert(u"registeredRedirectUri"_s, toArray(redirectUris));
    if (grantUsesScopes(grant))
        body.insert(u"scope"_s, toArray(scopes));
    if (grantUsesRoles(grant))
        body.insert(u"roleDivisions"_s, toArray(resolvedRoles()));
    return body;
}

QJsonObject ClientFormValues::editsOf(const OAuthClient &o) const
{
    QJsonObject e;
    if (name != o.name)
        e.insert(u"name"_s, name);
    if (description != o.description.trimmed())
        e.insert(u"description"_s, description);
    if (lifetime != o.tokenLifetime())
        e.insert(u"accessTokenValiditySeconds"_s, lifetime);
    if (state != o.state && !(o.state.isEmpty() && state == "active"_L1))
        e.insert(u"state"_s, state);
    if (redirectUris != o.registeredRedirectUri && redirectsShown)
        e.insert(u"registeredRedirectUri"_s, toArray(redirectUris));
    if (!sameSet(scopes, o.scope) && scopesShown)
        e.insert(u"scope"_s, toArray(scopes));
    QList<RoleDivision> shown = o.roleDivisions;
    if (shown.isEmpty()) {
        for (const QString &r : o.roleIds)
            shown.append({r, QString()});
    }
    if (!samePairs(roles, shown) && rolesShown)
        e.insert(u"roleDivisions"_s, toArray(resolvedRoles()));
    return e;
}

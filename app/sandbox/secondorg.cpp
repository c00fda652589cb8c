// SPDX-License-Identifier: GPL-3.0-or-later
// A second org for comparisons (SandboxOptions::orgSeed): the demo org under other ids, with a few
// deliberate differences (see deriveOrg() in demodata.h and docs/sandbox.md).
#include "app/sandbox/demodata.h"

#include "app/sandbox/sandboxcommon.h"
#include "app/sandbox/usagegen.h"

#include <QHash>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace sandbox {

namespace {
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

const QString kRemovedClient = u"Nightly WFM export"_s;
const QString kRemovedRole = u"Integration - Quality Bot"_s;
const QString kRemovedRoleClient = u"Quality evaluation bot"_s;
const QString kRenamedDivision = u"Partner BPO"_s;
const QString kChangedClient = u"Salesforce CTI connector"_s;
const QString kAddedClient = u"Staging smoke tests"_s;
} // namespace

DemoOrg deriveOrg(const DemoOrg &base, quint32 orgSeed, const QDateTime &now)
{
    DemoOrg org = base;
    QHash<QString, QString> ids; // old id -> new id
    const QString prefix = u"org%1:"_s.arg(orgSeed);
    const auto remap = [&](QString &id) {
        const QString fresh = nameUuid(prefix + id);
        ids.insert(id, fresh);
        id = fresh;
    };
    remap(org.orgId);
    org.orgName = u"Northwind Contact Center (test org %1)"_s.arg(orgSeed);
    for (DemoUser &u : org.users)
        remap(u.id);
    org.roles.removeIf([](const DemoRole &r) { return r.name == kRemovedRole; });
    for (DemoRole &r : org.roles)
        remap(r.id);
    for (DemoDivision &d : org.divisions) {
        remap(d.id);
        if (d.name == kRenamedDivision)
            d.name += u" (Contoso)"_s;
    }
    org.clients.removeIf(
        [](const ClientRecord &c) { return c.name == kRemovedClient || c.name == kRemovedRoleClient; });
    for (ClientRecord &c : org.clients) {
        remap(c.id);
    }
    for (ClientRecord &c : org.clients) {
        // Ids are UUIDs: replacing them in the text cannot hit anything else.
        QByteArray text = c.json;
        for (auto it = ids.cbegin(); it != ids.cend(); ++it)
            text.replace(it.key().toLatin1(), it.value().toLatin1());
        const int usage = c.usageVolume;
        const int family = c.usageFamily;
        const qint64 usageEnd = c.usageEndMs;
        const QString de = c.descriptionDe;
        ClientRecord fresh;
        fresh.json = text;
        QJsonObject o = fresh.object();
        if (c.name == kChangedClient) {
            o.insert(u"description"_s, u"Salesforce screen pops for the test org only"_s);
            o.insert(u"accessTokenValiditySeconds"_s, 43200);
        }
        c.setObject(o);
        c.usageVolume = usage;
        c.usageFamily = family;
        c.usageEndMs = usageEnd;
        c.descriptionDe = de;
    }
    org.adminClientId = ids.value(base.adminClientId);
    org.pkceClientId = ids.value(base.pkceClientId);

    // A client only this org has.
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const QString id = nameUuid(prefix + u"client:"_s + kAddedClient);
    QString developer;
    for (const DemoRole &r : org.roles)
        if (r.name == u"Developer"_s)
            developer = r.id;
    const QJsonObject added{
        {u"id"_s, id},
        {u"name"_s, kAddedClient},
        {u"description"_s, u"Runs the smoke tests after each deployment to the test org"_s},
        {u"accessTokenValiditySeconds"_s, 3600},
        {u"authorizedGrantType"_s, u"CLIENT-CREDENTIALS"_s},
        {u"state"_s, u"active"_s},
        {u"roleDivisions"_s,
         QJsonArray{QJsonObject{{u"roleId"_s, developer}, {u"divisionId"_s, org.divisions.first().id}}}},
        {u"dateCreated"_s, isoDateMs(nowMs - 20 * kDayMs)},
        {u"dateModified"_s, isoDateMs(nowMs - 20 * kDayMs)},
        {u"createdBy"_s, userRef(org.users[1].id, org.users[1].name)},
        {u"modifiedBy"_s, userRef(org.users[1].id, org.users[1].name)},
        {u"selfUri"_s, u"/api/v2/oauth/clients/"_s + id}};
    ClientRecord r;
    r.setObject(added);
    r.usageVolume = 40;
    r.usageFamily = usageFamilyForName(kAddedClient);
    org.clients.append(r);

    QList<DemoAuthorization> auths;
    for (DemoAuthorization a : org.authorizations) {
        if (!ids.contains(a.clientId))
            continue;
        a.clientId = ids.value(a.clientId);
        for (QString &role : a.roleIds)
            role = ids.value(role, role);
        auths.append(a);
    }
    org.authorizations = auths;
    return org;
}

} // namespace sandbox

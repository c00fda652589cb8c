// SPDX-License-Identifier: GPL-3.0-or-later
// The users lookup: GET /api/v2/users/{userId} and GET /api/v2/users?id=A&id=B (docs/sandbox.md,
// R25). No permission is needed.
#include "app/sandbox/sandboxext_p.h"
#include "app/sandbox/sandboxroute_p.h"

using namespace Qt::Literals::StringLiterals;

namespace sandbox {

namespace {

constexpr int kMaxIds = 100;

Reply getUser(SandboxServerPrivate &d, const QString &id)
{
    for (const DirectoryUser &u : std::as_const(d.ext->users))
        if (u.user.id == id)
            return Reply::json(userJson(u, d.org));
    return notFoundReply(u"User [%1] not found"_s.arg(id));
}

Reply listUsers(SandboxServerPrivate &d, const Call &call)
{
    PageRequest page;
    if (auto e = readPageRequest(call.query, &page))
        return *e;
    QStringList ids;
    for (const QString &v : call.query.allQueryItemValues(u"id"_s, QUrl::FullyDecoded))
        ids += v.split(u',', Qt::SkipEmptyParts);
    if (ids.size() > kMaxIds)
        return fieldErrorReply(u"id"_s, u"invalid.value"_s,
                               u"At most %1 ids may be given; %2 were"_s.arg(kMaxIds).arg(ids.size()));
    QJsonArray all;
    for (const DirectoryUser &u : std::as_const(d.ext->users))
        if (ids.isEmpty() || ids.contains(u.user.id))
            all.append(userJson(u, d.org));
    QString filters;
    for (const QString &id : std::as_const(ids))
        filters += u"&id="_s + QString::fromLatin1(QUrl::toPercentEncoding(id));
    return Reply::json(pageEnvelope(u"/api/v2/users"_s, filters, all, page));
}

} // namespace

QList<DirectoryUser> directoryUsers(const DemoOrg &org)
{
    const QList<std::pair<QString, QString>> roles = {
        {u"Contact Center Administrator"_s, u"IT Operations"_s},
        {u"Telephony Engineer"_s, u"IT Operations"_s},
        {u"CRM Integration Lead"_s, u"Business Applications"_s},
        {u"Workforce Analyst"_s, u"Workforce Management"_s},
        {u"Platform Engineer"_s, u"IT Operations"_s},
        {u"BI Developer"_s, u"Analytics"_s},
        {u"Security Engineer"_s, u"Information Security"_s},
    };
    QList<DirectoryUser> users;
    for (qsizetype i = 0; i < org.users.size(); ++i)
        users.append({org.users[i], roles.value(i).first, roles.value(i).second});
    return users;
}

QJsonObject userJson(const DirectoryUser &u, const DemoOrg &org)
{
    const DemoDivision &home = org.divisions.constFirst();
    return QJsonObject{
        {u"id"_s, u.user.id},
        {u"name"_s, u.user.name},
        {u"email"_s, u.user.email},
        {u"username"_s, u.user.email},
        {u"state"_s, u"active"_s},
        {u"title"_s, u.title},
        {u"department"_s, u.department},
        {u"version"_s, 3},
        {u"division"_s, QJsonObject{{u"id"_s, home.id},
                                    {u"name"_s, home.name},
                                    {u"selfUri"_s, u"/api/v2/authorization/divisions/"_s + home.id}}},
        {u"selfUri"_s, userSelfUri(u.user.id)}};
}

void addUserRoutes(std::vector<Route> &r)
{
    using P = SandboxServerPrivate;
    r.push_back(
        {"GET",
         routePath(u"api/v2/users"),
         {},
         true,
         [](P &d, const Call &c, const QStringList &, const TokenRecord &) { return listUsers(d, c); }});
    r.push_back(
        {"GET",
         routePath(u"api/v2/users/:id"),
         {},
         true,
         [](P &d, const Call &, const QStringList &a, const TokenRecord &) { return getUser(d, a[0]); }});
}

} // namespace sandbox

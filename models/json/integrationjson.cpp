// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/json/integrationjson.h"

#include "models/json/json.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ServerAnswer)
};

template<class T, class Map>
Result<Page<T>> parseListing(const QByteArray &body, const QString &what, Map map)
{
    Result<QJsonObject> root = json::parseObject(body, what);
    if (!root)
        return root.error();
    Result<QJsonArray> entities = json::entities(root.value(), what);
    if (!entities)
        return entities.error();
    const QJsonObject &o = root.value();
    Page<T> page;
    for (const QJsonValue &v : entities.value()) {
        T item = map(v.toObject());
        if (!item.id.isEmpty())
            page.entities.append(std::move(item));
    }
    page.total = json::int64Or(o, "total"_L1, -1);
    page.pageNumber = int(json::int64Or(o, "pageNumber"_L1, 0));
    page.pageCount = int(json::int64Or(o, "pageCount"_L1, 0));
    page.pageSize = int(json::int64Or(o, "pageSize"_L1, 0));
    page.nextUri = json::str(o, "nextUri"_L1);
    return page;
}
} // namespace

namespace integrationjson {

CredentialInfo credentialInfoFromJson(const QJsonObject &o)
{
    return {json::str(o, "id"_L1),
            json::str(o, "name"_L1),
            json::str(json::object(o, "type"_L1), "name"_L1),
            json::dateTime(o, "createdDate"_L1),
            json::dateTime(o, "modifiedDate"_L1),
            o};
}

Result<Page<CredentialInfo>> parseCredentialListing(const QByteArray &body)
{
    return parseListing<CredentialInfo>(body, Tr::tr("a credential listing"), &credentialInfoFromJson);
}

Result<IntegrationCredential> parseCredential(const QByteArray &body)
{
    Result<QJsonObject> root = json::parseObject(body, Tr::tr("an integration credential"));
    if (!root)
        return root.error();
    const QJsonObject &o = root.value();
    IntegrationCredential c;
    c.id = json::str(o, "id"_L1);
    c.name = json::str(o, "name"_L1);
    c.typeName = json::str(json::object(o, "type"_L1), "name"_L1);
    c.fields = json::object(o, "credentialFields"_L1);
    c.json = o;
    return c;
}

OrgUser userFromJson(const QJsonObject &o)
{
    return {json::str(o, "id"_L1), json::str(o, "name"_L1), json::str(o, "email"_L1),
            json::str(o, "state"_L1), o};
}

Result<OrgUser> parseUser(const QByteArray &body)
{
    Result<QJsonObject> root = json::parseObject(body, Tr::tr("a user"));
    if (!root)
        return root.error();
    return userFromJson(root.value());
}

Result<Page<OrgUser>> parseUserListing(const QByteArray &body)
{
    return parseListing<OrgUser>(body, Tr::tr("a user listing"), &userFromJson);
}

} // namespace integrationjson

// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/directory.h"

#include "models/json/json.h"

using namespace Qt::Literals::StringLiterals;

Role Role::fromJson(const QJsonObject &o)
{
    return {json::str(o, "id"_L1), json::str(o, "name"_L1), json::str(o, "description"_L1),
            json::strings(o, "permissions"_L1), o};
}

Division Division::fromJson(const QJsonObject &o)
{
    return {json::str(o, "id"_L1), json::str(o, "name"_L1), json::str(o, "description"_L1),
            json::boolean(o, "homeDivision"_L1), o};
}

namespace {
template<class T>
Result<Page<T>> parsePage(const QByteArray &body, QStringView what)
{
    Result<QJsonObject> root = json::parseObject(body, what);
    if (!root)
        return root.error();
    const QJsonObject &o = root.value();
    Result<QJsonArray> entities = json::entities(o, what);
    if (!entities)
        return entities.error();
    Page<T> page;
    page.entities.reserve(entities->size());
    for (const QJsonValue &v : entities.value()) {
        T item = T::fromJson(v.toObject());
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

Result<Page<Role>> parseRolePage(const QByteArray &body)
{
    return parsePage<Role>(body, u"a role listing");
}

Result<Page<Division>> parseDivisionPage(const QByteArray &body)
{
    return parsePage<Division>(body, u"a division listing");
}

TokenInfo TokenInfo::fromJson(const QJsonObject &o)
{
    TokenInfo t;
    t.organization = EntityRef::fromJson(json::object(o, "organization"_L1));
    t.homeOrganization = EntityRef::fromJson(json::object(o, "homeOrganization"_L1));
    t.authorizedScope = json::strings(o, "authorizedScope"_L1);
    t.clonedUser = EntityRef::fromJson(json::object(o, "clonedUser"_L1));
    t.dateTokenIdles = json::dateTime(o, "dateTokenIdles"_L1);
    const QJsonObject client = json::object(o, "OAuthClient"_L1);
    t.oauthClient = EntityRef::fromJson(client);
    t.oauthClientGrantType = json::str(client, "authorizedGrantType"_L1);
    t.json = o;
    return t;
}

Result<TokenInfo> parseTokenInfo(const QByteArray &body)
{
    Result<QJsonObject> root = json::parseObject(body, u"token information");
    if (!root)
        return root.error();
    return TokenInfo::fromJson(root.value());
}

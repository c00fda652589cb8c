// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/json/auditjson.h"

#include "models/json/json.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ServerAnswer)
};

QList<AuditEvent> events(const QJsonArray &array)
{
    QList<AuditEvent> out;
    out.reserve(array.size());
    for (const QJsonValue &v : array)
        if (v.isObject())
            out.append(auditjson::eventFromJson(v.toObject()));
    return out;
}
} // namespace

namespace auditjson {

AuditEvent eventFromJson(const QJsonObject &o)
{
    AuditEvent e;
    e.id = json::str(o, "id"_L1);
    e.eventDate = json::dateTime(o, "eventDate"_L1);
    e.user = EntityRef::fromJson(json::object(o, "user"_L1));
    e.client = EntityRef::fromJson(json::object(o, "client"_L1));
    e.serviceName = json::str(o, "serviceName"_L1);
    e.level = json::str(o, "level"_L1);
    e.action = json::str(o, "action"_L1);
    e.entity = EntityRef::fromJson(json::object(o, "entity"_L1));
    e.entityType = json::str(o, "entityType"_L1);
    e.status = json::str(o, "status"_L1);
    e.application = json::str(o, "application"_L1);
    const QJsonObject message = json::object(o, "message"_L1);
    e.message = json::str(message, "message"_L1);
    e.messageCode = json::str(message, "localizableMessageCode"_L1);
    for (const QJsonValue &v : json::array(o, "propertyChanges"_L1)) {
        const QJsonObject c = v.toObject();
        if (!v.isObject())
            continue;
        e.propertyChanges.append({json::str(c, "property"_L1), json::strings(c, "oldValues"_L1),
                                  json::strings(c, "newValues"_L1)});
    }
    e.json = o;
    return e;
}

Result<AuditServiceMapping> parseServiceMapping(const QByteArray &body)
{
    Result<QJsonObject> root = json::parseObject(body, Tr::tr("the audit service mapping"));
    if (!root)
        return root.error();
    AuditServiceMapping m;
    for (const QJsonValue &sv : json::array(root.value(), "services"_L1)) {
        const QJsonObject s = sv.toObject();
        AuditServiceMapping::Service service{json::str(s, "name"_L1), {}};
        for (const QJsonValue &ev : json::array(s, "entities"_L1)) {
            const QJsonObject e = ev.toObject();
            service.entities.append({json::str(e, "name"_L1), json::strings(e, "actions"_L1)});
        }
        if (!service.name.isEmpty())
            m.services.append(service);
    }
    return m;
}

Result<AuditPage> parsePage(const QByteArray &body)
{
    const QString what = Tr::tr("an audit query answer");
    Result<QJsonObject> root = json::parseObject(body, what);
    if (!root)
        return root.error();
    Result<QJsonArray> entities = json::entities(root.value(), what);
    if (!entities)
        return entities.error();
    const QJsonObject &o = root.value();
    AuditPage page;
    page.entities = events(entities.value());
    page.pageNumber = int(json::int64Or(o, "pageNumber"_L1, 0));
    page.pageCount = int(json::int64Or(o, "pageCount"_L1, 0));
    page.pageSize = int(json::int64Or(o, "pageSize"_L1, 0));
    page.total = json::int64Or(o, "total"_L1, -1);
    return page;
}

AuditQueryState stateFromString(QStringView s)
{
    if (s == u"Queued")
        return AuditQueryState::Queued;
    if (s == u"Running")
        return AuditQueryState::Running;
    if (s == u"Succeeded")
        return AuditQueryState::Succeeded;
    if (s == u"Failed")
        return AuditQueryState::Failed;
    if (s == u"Cancelled")
        return AuditQueryState::Cancelled;
    return AuditQueryState::Unknown;
}

Result<AuditQueryExecution> parseExecution(const QByteArray &body)
{
    Result<QJsonObject> root = json::parseObject(body, Tr::tr("an audit query status"));
    if (!root)
        return root.error();
    AuditQueryExecution x;
    x.id = json::str(root.value(), "id"_L1);
    x.rawState = json::str(root.value(), "state"_L1);
    x.state = stateFromString(x.rawState);
    if (x.id.isEmpty())
        return ApiError::make(ApiError::Kind::BadResponse,
                              Tr::tr("The server started an audit query but sent no id for it."));
    return x;
}

Result<AuditResultsPage> parseResults(const QByteArray &body)
{
    const QString what = Tr::tr("audit query results");
    Result<QJsonObject> root = json::parseObject(body, what);
    if (!root)
        return root.error();
    Result<QJsonArray> entities = json::entities(root.value(), what);
    if (!entities)
        return entities.error();
    return AuditResultsPage{events(entities.value()), json::str(root.value(), "cursor"_L1)};
}

} // namespace auditjson

// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/audit.h"

#include "models/json/json.h"

using namespace Qt::Literals::StringLiterals;

bool AuditEvent::isSecretReset() const
{
    const auto mentionsSecret = [](QStringView s) { return s.contains(u"secret"_s, Qt::CaseInsensitive); };
    for (const AuditPropertyChange &c : propertyChanges)
        if (mentionsSecret(c.property))
            return true;
    if (mentionsSecret(action))
        return true;
    const bool clientEntity =
        entityType.isEmpty() || entityType.compare("OAuthClient"_L1, Qt::CaseInsensitive) == 0;
    if (clientEntity && (action.compare("Reset"_L1, Qt::CaseInsensitive) == 0 ||
                         action.compare("Rotate"_L1, Qt::CaseInsensitive) == 0))
        return true;
    // The message names the entity; a client called "Secret Santa bot" must not count.
    QString text = message + u' ' + messageCode;
    if (!entity.name.isEmpty())
        text.remove(entity.name, Qt::CaseInsensitive);
    return mentionsSecret(text);
}

QString AuditServiceMapping::serviceFor(QStringView entityType) const
{
    for (const Service &s : services)
        for (const Entity &e : s.entities)
            if (e.name == entityType)
                return s.name;
    return {};
}

QString AuditQuery::interval() const
{
    return json::formatDateTime(start) + u'/' + json::formatDateTime(end);
}

QJsonObject AuditQuery::toJson() const
{
    QJsonObject o{{u"interval"_s, interval()}};
    if (!serviceName.isEmpty())
        o.insert(u"serviceName"_s, serviceName);
    QJsonArray f;
    for (const auto &[property, value] : filters)
        f.append(QJsonObject{{u"property"_s, property}, {u"value"_s, value}});
    if (!f.isEmpty())
        o.insert(u"filters"_s, f);
    o.insert(u"sort"_s,
             QJsonArray{QJsonObject{{u"name"_s, u"Timestamp"_s},
                                    {u"sortOrder"_s, newestFirst ? u"descending"_s : u"ascending"_s}}});
    if (pageNumber > 0)
        o.insert(u"pageNumber"_s, pageNumber);
    if (pageSize > 0)
        o.insert(u"pageSize"_s, pageSize);
    return o;
}

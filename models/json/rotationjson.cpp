// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/json/rotationjson.h"

#include "models/json/json.h"

using namespace Qt::Literals::StringLiterals;

namespace rotationjson {

QJsonObject toJson(const RotationRecord &r)
{
    QJsonArray history;
    for (const RotationEvent &e : r.history)
        history.append(
            QJsonObject{{u"step"_s, rotationStepId(e.step)}, {u"at"_s, json::formatDateTime(e.at)}});
    QJsonObject o{{u"id"_s, r.id},
                  {u"orgId"_s, r.orgId},
                  {u"strategy"_s, rotationStrategyId(r.strategy)},
                  {u"step"_s, rotationStepId(r.step)},
                  {u"oldClientId"_s, r.oldClientId},
                  {u"oldClientName"_s, r.oldClientName},
                  {u"newClientId"_s, r.newClientId},
                  {u"newClientName"_s, r.newClientName},
                  {u"grantType"_s, r.grantType},
                  {u"startedAt"_s, json::formatDateTime(r.startedAt)},
                  {u"updatedAt"_s, json::formatDateTime(r.updatedAt)},
                  {u"history"_s, history},
                  {u"proofMessage"_s, r.proofMessage},
                  {u"updatedCredentials"_s, json::toArray(r.updatedCredentials)},
                  {u"note"_s, r.note}};
    o.insert(u"proofOk"_s, r.proofOk ? QJsonValue(*r.proofOk) : QJsonValue(QJsonValue::Null));
    return o;
}

std::optional<RotationRecord> fromJson(const QJsonObject &o)
{
    RotationRecord r;
    r.id = json::str(o, "id"_L1);
    const auto strategy = rotationStrategyFromId(json::str(o, "strategy"_L1));
    const auto step = rotationStepFromId(json::str(o, "step"_L1));
    if (r.id.isEmpty() || !strategy || !step)
        return std::nullopt;
    r.strategy = *strategy;
    r.step = *step;
    r.orgId = json::str(o, "orgId"_L1);
    r.oldClientId = json::str(o, "oldClientId"_L1);
    r.oldClientName = json::str(o, "oldClientName"_L1);
    r.newClientId = json::str(o, "newClientId"_L1);
    r.newClientName = json::str(o, "newClientName"_L1);
    r.grantType = json::str(o, "grantType"_L1);
    r.startedAt = json::dateTime(o, "startedAt"_L1);
    r.updatedAt = json::dateTime(o, "updatedAt"_L1);
    for (const QJsonValue &v : json::array(o, "history"_L1)) {
        const QJsonObject e = v.toObject();
        if (const auto s = rotationStepFromId(json::str(e, "step"_L1)))
            r.history.append({*s, json::dateTime(e, "at"_L1)});
    }
    const QJsonValue proof = o.value("proofOk"_L1);
    if (proof.isBool())
        r.proofOk = proof.toBool();
    r.proofMessage = json::str(o, "proofMessage"_L1);
    r.updatedCredentials = json::strings(o, "updatedCredentials"_L1);
    r.note = json::str(o, "note"_L1);
    return r;
}

} // namespace rotationjson

// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/config/snapshotdiff.h"

#include "models/json/json.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotDiff)
};

// Fields compared as sets of strings.
const QStringList SetFields = {u"scope"_s, u"registeredRedirectUri"_s};

QJsonArray sortedStrings(const QJsonValue &v)
{
    QStringList list;
    for (const QJsonValue &e : v.toArray())
        list.append(e.isString() ? e.toString() : QString::fromUtf8(QJsonDocument(QJsonArray{e}).toJson()));
    list.sort();
    list.removeDuplicates();
    return QJsonArray::fromStringList(list);
}

// roleDivisions as a sorted set of {role, division}, by name where known.
QJsonArray normalRoleDivisions(const QJsonValue &v)
{
    QList<std::pair<QString, QString>> pairs;
    for (const QJsonValue &e : v.toArray()) {
        const QJsonObject rd = e.toObject();
        const QString roleName = json::str(rd, snapshotkeys::RoleName);
        const QString divisionName = json::str(rd, snapshotkeys::DivisionName);
        const QString divisionId = json::str(rd, "divisionId"_L1);
        const QString role = roleName.isEmpty() ? json::str(rd, "roleId"_L1) : roleName;
        const QString division = divisionId == "*"_L1 || divisionName.isEmpty() ? divisionId : divisionName;
        if (!pairs.contains(std::pair{role, division}))
            pairs.append({role, division});
    }
    std::sort(pairs.begin(), pairs.end());
    QJsonArray out;
    for (const auto &[role, division] : pairs)
        out.append(QJsonObject{{u"role"_s, role}, {u"division"_s, division}});
    return out;
}

// The deprecated roleIds as a sorted set of names where known.
QJsonArray normalRoleIds(const QJsonObject &client)
{
    const QJsonArray ids = json::array(client, "roleIds"_L1);
    const QJsonArray names = json::array(client, snapshotkeys::RoleNames);
    QStringList out;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const QString name = names.at(i).toString();
        out.append(name.isEmpty() ? ids.at(i).toString() : name);
    }
    out.sort();
    out.removeDuplicates();
    return QJsonArray::fromStringList(out);
}

bool hasRoleDivisions(const QJsonObject &o)
{
    return !json::array(o, "roleDivisions"_L1).isEmpty();
}

// The value of top-level `field` as it is compared; Undefined when absent (and not defaulted).
QJsonValue normalValue(const QJsonObject &client, const QString &field)
{
    const QJsonValue v = client.value(field);
    if (field == "roleDivisions"_L1)
        return v.isUndefined() || v.isNull() ? QJsonValue(QJsonArray()) : QJsonValue(normalRoleDivisions(v));
    if (field == "roleIds"_L1)
        return normalRoleIds(client);
    if (SetFields.contains(field))
        return v.isUndefined() || v.isNull() ? QJsonValue(QJsonArray()) : QJsonValue(sortedStrings(v));
    if (field == "description"_L1 && (v.isUndefined() || v.isNull()))
        return QString();
    if (field == "accessTokenValiditySeconds"_L1 && (v.isUndefined() || v.isNull()))
        return double(TokenLifetime::Default);
    return v;
}

void compareValues(const QString &path, const QJsonValue &a, const QJsonValue &b, QList<FieldChange> *out)
{
    if (a == b)
        return;
    if (a.isObject() && b.isObject()) {
        const QJsonObject oa = a.toObject();
        const QJsonObject ob = b.toObject();
        QStringList keys = oa.keys() + ob.keys();
        keys.sort();
        keys.removeDuplicates();
        for (const QString &k : keys)
            compareValues(path + u'.' + k, oa.value(k), ob.value(k), out);
        return;
    }
    out->append({path, a, b});
}

QList<FieldChange> compareClients(const QJsonObject &a, const QJsonObject &b, bool byId,
                                  const DiffOptions &options)
{
    QStringList keys = a.keys() + b.keys();
    // Fields that are always compared, also when both sides leave them out (they have defaults).
    keys << u"description"_s << u"accessTokenValiditySeconds"_s;
    keys.sort();
    keys.removeDuplicates();
    const bool roleIdsDerived = hasRoleDivisions(a) || hasRoleDivisions(b);
    QList<FieldChange> changes;
    for (const QString &key : keys) {
        if (key == "secret"_L1 || key == snapshotkeys::RoleNames)
            continue;
        if (!options.includeServerFields && serverSetClientFields().contains(key))
            continue;
        if (key == "name"_L1 && !byId)
            continue; // the match key
        if (key == "roleIds"_L1 && roleIdsDerived)
            continue;
        compareValues(key, normalValue(a, key), normalValue(b, key), &changes);
    }
    return changes;
}

QString clientName(const QJsonObject &o)
{
    return o.value("name"_L1).toString();
}

QString clientId(const QJsonObject &o)
{
    return o.value("id"_L1).toString();
}
} // namespace

const QStringList &serverSetClientFields()
{
    static const QStringList fields = {u"id"_s,        u"selfUri"_s,    u"dateCreated"_s, u"dateModified"_s,
                                       u"createdBy"_s, u"modifiedBy"_s, u"dateToDelete"_s};
    return fields;
}

int SnapshotDiff::count(ClientDifference::Kind kind) const
{
    return int(std::count_if(entries.begin(), entries.end(),
                             [kind](const ClientDifference &d) { return d.kind == kind; }));
}

SnapshotDiff diffSnapshots(const Snapshot &a, const Snapshot &b, const DiffOptions &options)
{
    SnapshotDiff diff;
    diff.clientsA = int(a.clients.size());
    diff.clientsB = int(b.clients.size());
    diff.matchedById = !a.org.id.isEmpty() && a.org.id == b.org.id;
    // Within one org by id; a client without an id there (a file written by hand) by its name, so
    // such clients are not all grouped under one empty id.
    const auto keyOf = [&](const QJsonObject &o) {
        const QString id = diff.matchedById ? clientId(o) : QString();
        return id.isEmpty() ? u"name:"_s + clientName(o) : u"id:"_s + id;
    };

    // Group both sides by the match key; QMap keeps the keys sorted.
    QMap<QString, QList<QJsonObject>> sideA;
    QMap<QString, QList<QJsonObject>> sideB;
    for (const QJsonObject &o : a.clients)
        sideA[keyOf(o)].append(o);
    for (const QJsonObject &o : b.clients)
        sideB[keyOf(o)].append(o);
    QStringList keys = sideA.keys() + sideB.keys();
    keys.sort();
    keys.removeDuplicates();

    for (const QString &key : keys) {
        const QList<QJsonObject> inA = sideA.value(key);
        const QList<QJsonObject> inB = sideB.value(key);
        ClientDifference d;
        for (const QJsonObject &o : inA)
            d.idsA.append(clientId(o));
        for (const QJsonObject &o : inB)
            d.idsB.append(clientId(o));
        d.name = clientName(inA.isEmpty() ? inB.first() : inA.first());
        if (inA.size() > 1 || inB.size() > 1) {
            d.kind = ClientDifference::Kind::Ambiguous;
        } else if (inA.isEmpty()) {
            d.kind = ClientDifference::Kind::Added;
            d.b = inB.first();
        } else if (inB.isEmpty()) {
            d.kind = ClientDifference::Kind::Removed;
            d.a = inA.first();
        } else {
            d.changes = compareClients(inA.first(), inB.first(), diff.matchedById, options);
            if (d.changes.isEmpty()) {
                ++diff.unchanged;
                continue;
            }
            d.kind = ClientDifference::Kind::Changed;
            d.a = inA.first();
            d.b = inB.first();
        }
        diff.entries.append(d);
    }
    std::stable_sort(diff.entries.begin(), diff.entries.end(),
                     [](const ClientDifference &x, const ClientDifference &y) {
                         const int c = x.name.compare(y.name, Qt::CaseInsensitive);
                         if (c != 0)
                             return c < 0;
                         if (x.name != y.name)
                             return x.name < y.name;
                         return int(x.kind) < int(y.kind);
                     });
    return diff;
}

QString diffValueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
        return Tr::tr("(none)");
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: {
        if (const std::optional<qint64> n = json::int64(QJsonObject{{u"v"_s, value}}, "v"_L1))
            return QString::number(*n);
        return QString::number(value.toDouble());
    }
    case QJsonValue::String:
        return u'"' + value.toString() + u'"';
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &e : value.toArray()) {
            const QJsonObject o = e.toObject();
            if (e.isObject() && o.size() == 2 && o.contains("role"_L1) && o.contains("division"_L1)) {
                const QString division = o.value("division"_L1).toString();
                parts.append(division == "*"_L1
                                 ? Tr::tr("%1 in all divisions").arg(o.value("role"_L1).toString())
                                 : Tr::tr("%1 in %2").arg(o.value("role"_L1).toString(), division));
            } else if (e.isString()) {
                parts.append(e.toString());
            } else {
                parts.append(diffValueText(e));
            }
        }
        return u'[' + parts.join(u", "_s) + u']';
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QString diffKindId(ClientDifference::Kind kind)
{
    switch (kind) {
    case ClientDifference::Kind::Added:
        return u"added"_s;
    case ClientDifference::Kind::Removed:
        return u"removed"_s;
    case ClientDifference::Kind::Changed:
        return u"changed"_s;
    case ClientDifference::Kind::Ambiguous:
        return u"ambiguous"_s;
    }
    return {};
}

QString diffKindLabel(ClientDifference::Kind kind)
{
    switch (kind) {
    case ClientDifference::Kind::Added:
        return Tr::tr("only in B");
    case ClientDifference::Kind::Removed:
        return Tr::tr("only in A");
    case ClientDifference::Kind::Changed:
        return Tr::tr("changed");
    case ClientDifference::Kind::Ambiguous:
        return Tr::tr("ambiguous");
    }
    return {};
}

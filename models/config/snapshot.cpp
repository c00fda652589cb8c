// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/config/snapshot.h"

#include "models/domain/servertext.h"
#include "models/json/json.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Snapshot)
};

bool clientLess(const QJsonObject &a, const QJsonObject &b)
{
    const QString na = a.value("name"_L1).toString();
    const QString nb = b.value("name"_L1).toString();
    if (const int c = na.compare(nb, Qt::CaseInsensitive); c != 0)
        return c < 0;
    if (na != nb)
        return na < nb;
    return a.value("id"_L1).toString() < b.value("id"_L1).toString();
}

// A compact JSON value re-indented by `indent` spaces after the first line.
QByteArray indented(const QJsonDocument &doc, int indent)
{
    QByteArray text = doc.toJson(QJsonDocument::Indented).trimmed();
    text.replace("\n", "\n" + QByteArray(indent, ' '));
    return text;
}

QByteArray jsonString(const QString &s)
{
    // A one-element array gives Qt's own string escaping.
    const QByteArray a = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return a.mid(1, a.size() - 2);
}

ApiError invalid(const QString &message)
{
    return ApiError::make(ApiError::Kind::Validation, message);
}

// The first field of a client whose JSON type is not the API's: the lists must be arrays (of
// objects for roleDivisions, with string ids and names; of strings for the others), or absent or
// null. A wrong type would otherwise be read as an empty list and compared or promoted as one.
QString wrongTypeField(const QJsonObject &c)
{
    const auto badArray = [&c](QLatin1StringView key, const auto &elementOk) {
        const QJsonValue v = c.value(key);
        if (v.isUndefined() || v.isNull())
            return false;
        if (!v.isArray())
            return true;
        const QJsonArray a = v.toArray();
        return !std::all_of(a.begin(), a.end(), elementOk);
    };
    const auto isString = [](const QJsonValue &e) { return e.isString(); };
    const auto isRoleDivision = [](const QJsonValue &e) {
        if (!e.isObject())
            return false;
        const QJsonObject o = e.toObject();
        for (const QLatin1StringView k : {"roleId"_L1, "divisionId"_L1, "roleName"_L1, "divisionName"_L1})
            if (o.contains(k) && !o.value(k).isString())
                return false;
        return o.value("roleId"_L1).isString();
    };
    if (badArray("roleDivisions"_L1, isRoleDivision))
        return u"roleDivisions"_s;
    for (const QLatin1StringView key : {"scope"_L1, "registeredRedirectUri"_L1, "roleIds"_L1, "roleNames"_L1})
        if (badArray(key, isString))
            return key;
    return {};
}

QString expectedType(const QString &field)
{
    return field == "roleDivisions"_L1 ? Tr::tr("it must be a list of objects with a \"roleId\" string")
                                       : Tr::tr("it must be a list of strings");
}
} // namespace

Snapshot Snapshot::build(const EntityRef &org, const QString &region, const QDateTime &takenAt,
                         const QList<OAuthClient> &clients, const QList<Role> &roles,
                         const QList<Division> &divisions)
{
    QHash<QString, QString> roleNames;
    for (const Role &r : roles)
        roleNames.insert(r.id, r.name);
    QHash<QString, QString> divisionNames;
    for (const Division &d : divisions)
        divisionNames.insert(d.id, d.name);

    Snapshot s;
    s.org = {org.id, org.name, {}};
    s.region = region;
    s.takenAt = takenAt.toUTC();
    QStringList unknownRoles;
    QStringList unknownDivisions;
    s.clients.reserve(clients.size());
    for (const OAuthClient &c : clients) {
        QJsonObject o = c.json.object();
        o.remove("secret"_L1);
        const QJsonArray rds = json::array(o, "roleDivisions"_L1);
        if (!rds.isEmpty()) {
            QJsonArray named;
            for (const QJsonValue &v : rds) {
                QJsonObject rd = v.toObject();
                const QString roleId = json::str(rd, "roleId"_L1);
                const QString divisionId = json::str(rd, "divisionId"_L1);
                if (roleNames.contains(roleId))
                    rd.insert(snapshotkeys::RoleName, roleNames.value(roleId));
                else if (!roleId.isEmpty() && !unknownRoles.contains(roleId))
                    unknownRoles.append(roleId);
                if (divisionNames.contains(divisionId))
                    rd.insert(snapshotkeys::DivisionName, divisionNames.value(divisionId));
                else if (!divisionId.isEmpty() && divisionId != "*"_L1 &&
                         !unknownDivisions.contains(divisionId))
                    unknownDivisions.append(divisionId);
                named.append(rd);
            }
            o.insert("roleDivisions"_L1, named);
        }
        const QStringList roleIds = json::strings(o, "roleIds"_L1);
        if (!roleIds.isEmpty()) {
            QJsonArray names;
            for (const QString &id : roleIds)
                names.append(roleNames.contains(id) ? QJsonValue(roleNames.value(id)) : QJsonValue());
            o.insert(snapshotkeys::RoleNames, names);
        }
        s.clients.append(o);
    }
    std::sort(s.clients.begin(), s.clients.end(), clientLess);
    if (!unknownRoles.isEmpty())
        s.warnings.append(
            Tr::tr("%n role(s) could not be named (not in the org's role list, or it could not be read): %1",
                   nullptr, int(unknownRoles.size()))
                .arg(unknownRoles.join(u", "_s)));
    if (!unknownDivisions.isEmpty())
        s.warnings.append(
            Tr::tr("%n division(s) could not be named: %1", nullptr, int(unknownDivisions.size()))
                .arg(unknownDivisions.join(u", "_s)));
    return s;
}

QByteArray Snapshot::toJson() const
{
    // Written by hand at the top level so the fields keep the documented order; the client objects
    // go through QJsonDocument (keys sorted), so the same org gives the same bytes.
    QByteArray out = "{\n";
    out += "    \"format\": " + jsonString(Format) + ",\n";
    out += "    \"version\": " + QByteArray::number(Version) + ",\n";
    out +=
        "    \"org\": " + indented(QJsonDocument(QJsonObject{{u"id"_s, org.id}, {u"name"_s, org.name}}), 4) +
        ",\n";
    out += "    \"region\": " + jsonString(region) + ",\n";
    out += "    \"takenAt\": " + jsonString(json::formatDateTime(takenAt)) + ",\n";
    QJsonArray array;
    for (QJsonObject c : clients) {
        c.remove("secret"_L1);
        array.append(c);
    }
    out +=
        "    \"clients\": " + (array.isEmpty() ? QByteArray("[]") : indented(QJsonDocument(array), 4)) + "\n";
    out += "}\n";
    return out;
}

Result<Snapshot> Snapshot::fromFile(const QString &path)
{
    QFile f(path);
    if (QFileInfo(path).isDir())
        return invalid(Tr::tr("%1 is a folder, not a snapshot file.").arg(path));
    if (!f.open(QIODevice::ReadOnly))
        return invalid(Tr::tr("Cannot read %1: %2").arg(path, f.errorString()));
    // At most one byte more than the cap is read: a larger file, or a device or pipe that never
    // ends, is refused without being read whole.
    const bool tooLarge = (!f.isSequential() && f.size() > MaxFileBytes);
    const QByteArray bytes = tooLarge ? QByteArray() : f.read(MaxFileBytes + 1);
    if (tooLarge || bytes.size() > MaxFileBytes)
        return invalid(Tr::tr("%1 is larger than %2 MB; that is not an OAuth Desk snapshot.")
                           .arg(path)
                           .arg(MaxFileBytes / (1024 * 1024)));
    if (f.error() != QFileDevice::NoError)
        return invalid(Tr::tr("Cannot read %1: %2").arg(path, f.errorString()));
    Result<Snapshot> r = fromJson(bytes);
    if (!r)
        return invalid(Tr::tr("%1: %2").arg(path, r.error().message));
    return r;
}

Result<Snapshot> Snapshot::fromJson(const QByteArray &bytes)
{
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError)
        return invalid(
            Tr::tr("The snapshot is not valid JSON (%1 at byte %2).").arg(pe.errorString()).arg(pe.offset));
    if (!doc.isObject())
        return invalid(Tr::tr("The snapshot is not a JSON object."));
    const QJsonObject root = doc.object();
    if (root.value("format"_L1).toString() != Format)
        return invalid(Tr::tr("This is not an OAuth Desk snapshot (\"format\" is not \"%1\").").arg(Format));
    const std::optional<qint64> version = json::int64(root, "version"_L1);
    if (!version || *version < 1)
        return invalid(Tr::tr("The snapshot has no valid \"version\"."));
    if (*version > Version)
        return invalid(
            Tr::tr("The snapshot has version %1; this OAuth Desk reads up to version %2. Update OAuth "
                   "Desk to read it.")
                .arg(*version)
                .arg(Version));
    const QJsonValue clients = root.value("clients"_L1);
    if (!clients.isArray())
        return invalid(Tr::tr("The snapshot has no \"clients\" array."));

    Snapshot s;
    const QJsonObject org = json::object(root, "org"_L1);
    s.org = {json::str(org, "id"_L1), json::str(org, "name"_L1), {}};
    s.region = json::str(root, "region"_L1);
    s.takenAt = json::dateTime(root, "takenAt"_L1);
    const QJsonArray array = clients.toArray();
    s.clients.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue v = array.at(i);
        if (!v.isObject())
            return invalid(Tr::tr("Client %1 of the snapshot is not an object.").arg(i + 1));
        QJsonObject c = v.toObject();
        if (json::str(c, "name"_L1).isEmpty())
            return invalid(Tr::tr("Client %1 of the snapshot has no name.").arg(i + 1));
        if (const QString field = wrongTypeField(c); !field.isEmpty())
            return invalid(
                Tr::tr("Client %1 (\"%2\", %3) of the snapshot has a \"%4\" of the wrong type: %5.")
                    .arg(QString::number(i + 1), servertext::oneLine(json::str(c, "name"_L1)),
                         servertext::oneLine(json::str(c, "id"_L1)), servertext::oneLine(field),
                         expectedType(field)));
        c.remove("secret"_L1);
        s.clients.append(c);
    }
    std::sort(s.clients.begin(), s.clients.end(), clientLess);
    return s;
}

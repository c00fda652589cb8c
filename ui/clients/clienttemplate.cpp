// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/clienttemplate.h"

#include "app/controllers/directorycache.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ClientTemplate)
};

// The fields the New Client form has (everything else in a file is pointed out, not sent).
const QStringList &formFields()
{
    static const QStringList fields = {u"name"_s,
                                       u"description"_s,
                                       u"authorizedGrantType"_s,
                                       u"accessTokenValiditySeconds"_s,
                                       u"state"_s,
                                       u"registeredRedirectUri"_s,
                                       u"scope"_s,
                                       u"roleIds"_s,
                                       u"roleDivisions"_s};
    return fields;
}

// A new client starts active or disabled: an inactive one would be deleted by the platform.
void resetState(QJsonObject &body, QStringList &notes, const QString &was)
{
    if (was == "inactive"_L1 || was == "deleted"_L1) {
        body.insert("state"_L1, u"active"_s);
        notes.append(Tr::tr("The state was “%1”; the new client starts active.").arg(was));
    }
}

// "line 3, column 14" for an offset into `data`.
QString position(const QByteArray &data, qsizetype offset)
{
    const QByteArray before = data.left(offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return Tr::tr("line %1, column %2").arg(line).arg(column);
}
} // namespace

namespace clienttemplate {

ClientTemplate duplicateOf(const OAuthClient &client)
{
    ClientTemplate t;
    QJsonObject body = client.toRequestJson(); // no id, secret, dates, authors or deletion date
    body.insert("name"_L1, client.name + Tr::tr(" (copy)"));
    resetState(body, t.notes, client.state);
    t.client = OAuthClient::fromJson(body);
    return t;
}

std::variant<ClientTemplate, QString> fromJson(const QByteArray &input, const QString &shownName)
{
    QByteArray data = input;
    if (data.size() > MaxFileBytes)
        return Tr::tr("%1 is larger than %2 MB: that is not a client's configuration.")
            .arg(shownName)
            .arg(MaxFileBytes / (1024 * 1024));
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3); // a byte-order mark from Windows editors
    if (data.trimmed().isEmpty())
        return Tr::tr("%1 is empty; it must hold a client's JSON object.").arg(shownName);
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(data, &pe);
    if (pe.error != QJsonParseError::NoError)
        return Tr::tr("%1 is not valid JSON (%2): %3.")
            .arg(shownName, position(data, pe.offset), pe.errorString());
    if (doc.isArray())
        return Tr::tr("%1 holds a list of %2 entries; import one client at a time (the output of "
                      "“clients get ID --json” or of Export Configuration).")
            .arg(shownName)
            .arg(doc.array().size());
    if (!doc.isObject())
        return Tr::tr("%1 must hold a client's JSON object ({…}).").arg(shownName);

    ClientTemplate t;
    QJsonObject body = doc.object();
    QStringList dropped;
    for (const QString &f : clientReadOnlyFields()) {
        if (body.contains(f) && f != "secret"_L1)
            dropped.append(f);
        body.remove(f);
    }
    if (body.contains("dateToDelete"_L1)) {
        body.remove("dateToDelete"_L1);
        dropped.append(u"dateToDelete"_s);
    }
    const QStringList problems = validateClientRequestShape(body);
    if (!problems.isEmpty())
        return Tr::tr("%1 is not a client's configuration:\n%2").arg(shownName, problems.join(u'\n'));

    if (!dropped.isEmpty())
        t.notes.append(Tr::tr("Left out, the platform sets them: %1.").arg(dropped.join(u", "_s)));
    QStringList other;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!formFields().contains(it.key()))
            other.append(it.key());
    }
    if (!other.isEmpty())
        t.notes.append(
            Tr::tr("Not carried over, the form has no field for them: %1.").arg(other.join(u", "_s)));
    resetState(body, t.notes, body.value("state"_L1).toString());
    t.client = OAuthClient::fromJson(body);
    return t;
}

std::variant<ClientTemplate, QString> readFile(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (info.isDir())
        return Tr::tr("%1 is a folder, not a JSON file.").arg(shown);
    if (info.exists() && info.size() > MaxFileBytes)
        return Tr::tr("%1 is larger than %2 MB: that is not a client's configuration.")
            .arg(shown)
            .arg(MaxFileBytes / (1024 * 1024));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Tr::tr("%1 cannot be read: %2").arg(shown, file.errorString());
    return fromJson(file.read(MaxFileBytes + 1), info.fileName());
}

QStringList unknownRolesAndDivisions(const OAuthClient &client, const DirectoryCache *directory)
{
    QStringList roles;
    QStringList divisions;
    QList<RoleDivision> pairs = client.roleDivisions;
    for (const QString &r : client.roleIds)
        pairs.append({r, QString()});
    for (const RoleDivision &p : std::as_const(pairs)) {
        if (directory && directory->rolesLoaded() && !p.roleId.isEmpty() &&
            directory->roleName(p.roleId).isEmpty() && !roles.contains(p.roleId))
            roles.append(p.roleId);
        if (directory && directory->divisionsLoaded() && !p.divisionId.isEmpty() &&
            p.divisionId != DirectoryCache::AllDivisions && directory->divisionName(p.divisionId).isEmpty() &&
            !divisions.contains(p.divisionId))
            divisions.append(p.divisionId);
    }
    QStringList out;
    if (!roles.isEmpty())
        out.append(
            Tr::tr("Roles this org does not have: %1. Remove them under Roles, or the platform refuses "
                   "the client.")
                .arg(roles.join(u", "_s)));
    if (!divisions.isEmpty())
        out.append(Tr::tr("Divisions this org does not have: %1. Remove their rows under Roles, or the "
                          "platform refuses the client.")
                       .arg(divisions.join(u", "_s)));
    return out;
}

} // namespace clienttemplate

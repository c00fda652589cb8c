// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/config/promoteplan.h"

#include "models/json/json.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PromotePlan)
};

// What an absent field of A means when B has it: the empty value of a known field.
QJsonValue emptyValue(const QString &field)
{
    if (field == "description"_L1)
        return QString();
    if (field == "registeredRedirectUri"_L1 || field == "scope"_L1 || field == "roleDivisions"_L1)
        return QJsonArray();
    if (field == "accessTokenValiditySeconds"_L1)
        return double(TokenLifetime::Default);
    return QJsonValue(QJsonValue::Undefined);
}

// Names compare as people read them: "Archive purge job " and "archive purge job" are one name.
QString nameKey(const QString &name)
{
    return name.trimmed().toCaseFolded();
}

// The ids of B's clients that a create could duplicate, by nameKey(). The difference holds every
// client of B except the unchanged ones, which are matched to a client of A of the same name (so no
// client only in A can share their name): the added ones, the changed ones (B's current name) and
// the ambiguous ones.
QHash<QString, QString> targetClientIdsByName(const SnapshotDiff &diff)
{
    QHash<QString, QString> ids;
    const auto add = [&ids](const QString &name, const QStringList &idsB) {
        if (name.trimmed().isEmpty() || idsB.isEmpty())
            return;
        QString &entry = ids[nameKey(name)];
        for (const QString &id : idsB) {
            if (!entry.split(u", "_s, Qt::SkipEmptyParts).contains(id))
                entry += (entry.isEmpty() ? QString() : u", "_s) + id;
        }
    };
    for (const ClientDifference &d : diff.entries) {
        switch (d.kind) {
        case ClientDifference::Kind::Added:
        case ClientDifference::Kind::Ambiguous:
            add(d.name, d.idsB);
            break;
        case ClientDifference::Kind::Changed:
            add(json::str(d.b, "name"_L1), d.idsB);
            break;
        case ClientDifference::Kind::Removed:
            break;
        }
    }
    return ids;
}

void appendMissing(QStringList *missing, const QString &text)
{
    if (missing && !missing->contains(text))
        missing->append(text);
}
} // namespace

TargetDirectory TargetDirectory::from(const QList<Role> &roles, const QList<Division> &divisions)
{
    TargetDirectory t;
    for (const Role &r : roles) {
        t.roleIdByName.insert(r.name, r.id);
        t.roleIds.insert(r.id);
    }
    for (const Division &d : divisions) {
        t.divisionIdByName.insert(d.name, d.id);
        t.divisionIds.insert(d.id);
    }
    return t;
}

QJsonObject targetRequestBody(const QJsonObject &source, const TargetDirectory &target, QStringList *missing)
{
    QJsonObject body = source;
    for (const QString &f : clientReadOnlyFields())
        body.remove(f);
    body.remove("dateToDelete"_L1);
    body.remove(snapshotkeys::RoleNames);

    const auto mapRole = [&](const QString &id, const QString &name) -> QString {
        if (!name.isEmpty() && target.roleIdByName.contains(name))
            return target.roleIdByName.value(name);
        if (name.isEmpty() && target.roleIds.contains(id))
            return id;
        appendMissing(missing, name.isEmpty() ? Tr::tr("role %1 (no name known)").arg(id)
                                              : Tr::tr("role \"%1\"").arg(name));
        return {};
    };

    const QJsonArray rds = json::array(source, "roleDivisions"_L1);
    if (!rds.isEmpty()) {
        QJsonArray mapped;
        for (const QJsonValue &v : rds) {
            const QJsonObject rd = v.toObject();
            const QString roleId = mapRole(json::str(rd, "roleId"_L1), json::str(rd, snapshotkeys::RoleName));
            const QString divisionId = json::str(rd, "divisionId"_L1);
            const QString divisionName = json::str(rd, snapshotkeys::DivisionName);
            QString mappedDivision;
            if (divisionId == "*"_L1 || divisionId.isEmpty()) {
                mappedDivision = divisionId;
            } else if (!divisionName.isEmpty() && target.divisionIdByName.contains(divisionName)) {
                mappedDivision = target.divisionIdByName.value(divisionName);
            } else if (divisionName.isEmpty() && target.divisionIds.contains(divisionId)) {
                mappedDivision = divisionId;
            } else {
                appendMissing(missing, divisionName.isEmpty()
                                           ? Tr::tr("division %1 (no name known)").arg(divisionId)
                                           : Tr::tr("division \"%1\"").arg(divisionName));
            }
            QJsonObject out{{u"roleId"_s, roleId}};
            if (!divisionId.isEmpty())
                out.insert(u"divisionId"_s, mappedDivision);
            mapped.append(out);
        }
        body.insert("roleDivisions"_L1, mapped);
        body.remove("roleIds"_L1); // derived from roleDivisions; the two must not disagree
    } else if (source.contains("roleIds"_L1)) {
        const QStringList ids = json::strings(source, "roleIds"_L1);
        const QJsonArray names = json::array(source, snapshotkeys::RoleNames);
        QJsonArray mapped;
        for (qsizetype i = 0; i < ids.size(); ++i)
            mapped.append(mapRole(ids.at(i), names.at(i).toString()));
        body.insert("roleIds"_L1, mapped);
    }
    return body;
}

QList<PromoteStep> planPromotion(const SnapshotDiff &diff, const TargetDirectory &target,
                                 const QStringList &onlyNames)
{
    const QHash<QString, QString> targetIdsByName = targetClientIdsByName(diff);
    QList<PromoteStep> steps;
    for (const ClientDifference &d : diff.entries) {
        if (!onlyNames.isEmpty() && !onlyNames.contains(d.name))
            continue;
        PromoteStep s;
        s.name = d.name;
        s.sourceId = d.idA();
        s.targetId = d.idB();
        switch (d.kind) {
        case ClientDifference::Kind::Ambiguous:
            s.action = PromoteStep::Action::Skip;
            s.reason =
                Tr::tr("The name is not unique (%1 in A, %2 in B); rename the clients to promote them.")
                    .arg(d.idsA.size())
                    .arg(d.idsB.size());
            break;
        case ClientDifference::Kind::Added:
            s.action = PromoteStep::Action::Keep;
            s.reason = Tr::tr("Only in the target; promoting never deletes.");
            break;
        case ClientDifference::Kind::Removed: {
            QStringList missing;
            s.body = targetRequestBody(d.a, target, &missing);
            const QStringList problems = validateClientRequestShape(s.body);
            if (const QString existing = targetIdsByName.value(nameKey(d.name)); !existing.isEmpty()) {
                s.action = PromoteStep::Action::Skip;
                s.reason = Tr::tr("A client named '%1' already exists in B (id %2).").arg(d.name, existing);
            } else if (!missing.isEmpty()) {
                s.action = PromoteStep::Action::Skip;
                s.reason = Tr::tr("The target has no %1.").arg(missing.join(u", "_s));
            } else if (!problems.isEmpty()) {
                s.action = PromoteStep::Action::Skip;
                s.reason = problems.join(u' ');
            } else {
                s.action = PromoteStep::Action::Create;
            }
            break;
        }
        case ClientDifference::Kind::Changed: {
            QStringList missing;
            const QJsonObject body = targetRequestBody(d.a, target, &missing);
            QStringList keptInB;
            for (const FieldChange &c : d.changes) {
                const QString field = c.field.section(u'.', 0, 0);
                if (s.fields.contains(field) || keptInB.contains(field))
                    continue;
                if (serverSetClientFields().contains(field) || clientReadOnlyFields().contains(field))
                    continue; // compared on request, never sent
                if (body.contains(field)) {
                    s.body.insert(field, body.value(field));
                    s.fields.append(field);
                } else if (const QJsonValue empty = emptyValue(field); !empty.isUndefined()) {
                    s.body.insert(field, empty);
                    s.fields.append(field);
                } else {
                    keptInB.append(field);
                }
            }
            if (!missing.isEmpty() && s.fields.contains("roleDivisions"_L1)) {
                s.action = PromoteStep::Action::Skip;
                s.reason = Tr::tr("The target has no %1.").arg(missing.join(u", "_s));
            } else if (s.fields.isEmpty()) {
                s.action = PromoteStep::Action::Skip;
                s.reason = Tr::tr("Only fields that cannot be sent differ (%1).").arg(keptInB.join(u", "_s));
            } else {
                s.action = PromoteStep::Action::Update;
                if (!keptInB.isEmpty())
                    s.reason =
                        Tr::tr("Fields only the target has stay as they are: %1.").arg(keptInB.join(u", "_s));
            }
            break;
        }
        }
        steps.append(s);
    }
    return steps;
}

QString promoteOutcomeId(const PromoteResult &r)
{
    switch (r.outcome) {
    case PromoteResult::Outcome::Created:
        return u"created"_s;
    case PromoteResult::Outcome::Updated:
        return u"updated"_s;
    case PromoteResult::Outcome::Kept:
        return u"kept"_s;
    case PromoteResult::Outcome::Skipped:
        return u"skipped"_s;
    case PromoteResult::Outcome::Failed:
        return u"failed"_s;
    case PromoteResult::Outcome::Planned:
        return r.action == PromoteStep::Action::Create ? u"create"_s : u"update"_s;
    }
    return {};
}

QString promoteOutcomeLabel(const PromoteResult &r)
{
    switch (r.outcome) {
    case PromoteResult::Outcome::Created:
        return Tr::tr("created");
    case PromoteResult::Outcome::Updated:
        return Tr::tr("updated");
    case PromoteResult::Outcome::Kept:
        return Tr::tr("kept");
    case PromoteResult::Outcome::Skipped:
        return Tr::tr("skipped");
    case PromoteResult::Outcome::Failed:
        return Tr::tr("failed");
    case PromoteResult::Outcome::Planned:
        return r.action == PromoteStep::Action::Create ? Tr::tr("would create") : Tr::tr("would update");
    }
    return {};
}

PromoteResult plannedResult(const PromoteStep &step)
{
    PromoteResult r;
    r.action = step.action;
    r.name = step.name;
    r.sourceId = step.sourceId;
    r.targetId = step.targetId;
    switch (step.action) {
    case PromoteStep::Action::Create:
        r.outcome = PromoteResult::Outcome::Planned;
        r.message = Tr::tr("Would be created in the target.");
        break;
    case PromoteStep::Action::Update:
        r.outcome = PromoteResult::Outcome::Planned;
        r.message = Tr::tr("Would change: %1.").arg(step.fields.join(u", "_s));
        if (!step.reason.isEmpty())
            r.message += u' ' + step.reason;
        break;
    case PromoteStep::Action::Keep:
        r.outcome = PromoteResult::Outcome::Kept;
        r.message = step.reason;
        break;
    case PromoteStep::Action::Skip:
        r.outcome = PromoteResult::Outcome::Skipped;
        r.message = step.reason;
        break;
    }
    return r;
}

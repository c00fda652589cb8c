// SPDX-License-Identifier: GPL-3.0-or-later
// The comments of the generated files are English on purpose: the same org gives the same bytes,
// whatever the language of the app that wrote them.
#include "models/config/terraformexport.h"

#include "models/config/hclwriter.h"
#include "models/config/terraformlabels.h"
#include "models/json/json.h"

#include <QHash>
#include <QJsonArray>
#include <QMap>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr QLatin1StringView ClientType{"genesyscloud_oauth_client"};
constexpr QLatin1StringView RoleType{"genesyscloud_auth_role"};
constexpr QLatin1StringView DivisionType{"genesyscloud_auth_division"};

// The grant types the provider accepts (its validation list).
const QStringList ProviderGrants = {u"CODE"_s, u"TOKEN"_s, u"SAML2-BEARER"_s, u"PASSWORD"_s,
                                    u"CLIENT-CREDENTIALS"_s};

struct RoleRef
{
    QString roleId;
    QString roleName;
    QString divisionId;
    QString divisionName;
};

QList<RoleRef> roleRefs(const QJsonObject &client)
{
    QList<RoleRef> out;
    for (const QJsonValue &v : json::array(client, "roleDivisions"_L1)) {
        const QJsonObject rd = v.toObject();
        out.append({json::str(rd, "roleId"_L1), json::str(rd, snapshotkeys::RoleName),
                    json::str(rd, "divisionId"_L1), json::str(rd, snapshotkeys::DivisionName)});
    }
    if (!out.isEmpty())
        return out;
    // Only the deprecated roleIds: the provider puts such a role in the home division.
    const QStringList ids = json::strings(client, "roleIds"_L1);
    const QJsonArray names = json::array(client, snapshotkeys::RoleNames);
    for (qsizetype i = 0; i < ids.size(); ++i)
        out.append({ids.at(i), names.at(i).toString(), {}, {}});
    return out;
}

QString clientLine(const QJsonObject &c)
{
    return u"\"%1\" (%2)"_s.arg(json::str(c, "name"_L1), json::str(c, "id"_L1));
}

// Why a client is not exported; empty when it is.
QString skipReason(const QJsonObject &c)
{
    const QString state = json::str(c, "state"_L1);
    if (state == "disabled"_L1)
        return u"disabled"_s;
    if (!state.isEmpty() && state != "active"_L1 && state != "inactive"_L1)
        return u"state \"%1\""_s.arg(state);
    const QString grant = json::str(c, "authorizedGrantType"_L1);
    if (!ProviderGrants.contains(grant))
        return u"grant type \"%1\""_s.arg(grant);
    return {};
}

QStringList stringExpressions(const QStringList &values)
{
    QStringList sorted = values;
    sorted.sort();
    sorted.removeDuplicates();
    QStringList out;
    for (const QString &v : sorted)
        out.append(HclWriter::string(v));
    return out;
}

} // namespace

QList<TerraformFile> exportTerraform(const Snapshot &snapshot, const TerraformOptions &options)
{
    QList<QJsonObject> exported;
    QList<std::pair<QJsonObject, QString>> skipped;
    for (const QJsonObject &c : snapshot.clients) {
        const QString reason = skipReason(c);
        if (reason.isEmpty())
            exported.append(c);
        else
            skipped.append({c, reason});
    }

    QStringList names;
    for (const QJsonObject &c : exported)
        names.append(json::str(c, "name"_L1));
    const QStringList labels = terraform::uniqueLabels(names);

    // Data sources: one per role and division name in use, labelled like resources.
    QMap<QString, QString> roleLabel;     // name -> label
    QMap<QString, QString> divisionLabel; // name -> label
    if (!options.literalIds) {
        for (const QJsonObject &c : exported) {
            for (const RoleRef &r : roleRefs(c)) {
                if (!r.roleName.isEmpty())
                    roleLabel.insert(r.roleName, {});
                if (!r.divisionName.isEmpty() && r.divisionId != "*"_L1)
                    divisionLabel.insert(r.divisionName, {});
            }
        }
        for (QMap<QString, QString> *map : {&roleLabel, &divisionLabel}) {
            const QStringList keys = map->keys();
            const QStringList l = terraform::uniqueLabels(keys);
            for (qsizetype i = 0; i < keys.size(); ++i)
                map->insert(keys.at(i), l.at(i));
        }
    }

    HclWriter w;
    const QString org = snapshot.org.name.isEmpty() ? snapshot.org.id : snapshot.org.name;
    w.comment(
        u"OAuth clients of \"%1\" (%2), region %3, exported by OAuth Desk from a snapshot taken %4."_s.arg(
            org, snapshot.org.id, snapshot.region.isEmpty() ? u"unknown"_s : snapshot.region,
            json::formatDateTime(snapshot.takenAt)));
    w.comment(
        u"\nSecrets are never exported. A client marked \"uses a secret\" keeps its current secret when\n"
        "it is imported (imports.tf); a client that Terraform creates gets a new one, which the\n"
        "provider keeps in the state only with expose_client_secret = true."_s);
    w.blankLine();
    w.openBlock(u"terraform"_s);
    w.openBlock(u"required_providers"_s);
    w.openObject(u"genesyscloud"_s);
    w.attribute(u"source"_s, HclWriter::string(u"mypurecloud/genesyscloud"_s));
    w.closeBlock();
    w.closeBlock();
    w.closeBlock();

    HclWriter &body = w;
    if (!options.literalIds) {
        for (auto it = roleLabel.cbegin(); it != roleLabel.cend(); ++it) {
            body.blankLine();
            body.openBlock(u"data"_s, {RoleType, it.value()});
            body.attribute(u"name"_s, HclWriter::string(it.key()));
            body.closeBlock();
        }
        for (auto it = divisionLabel.cbegin(); it != divisionLabel.cend(); ++it) {
            body.blankLine();
            body.openBlock(u"data"_s, {DivisionType, it.value()});
            body.attribute(u"name"_s, HclWriter::string(it.key()));
            body.closeBlock();
        }
    }

    for (qsizetype i = 0; i < exported.size(); ++i) {
        const QJsonObject &c = exported.at(i);
        const QString grant = json::str(c, "authorizedGrantType"_L1);
        body.blankLine();
        if (grant != "TOKEN"_L1)
            body.comment(u"Uses a secret (%1 grant): not exported.%2"_s.arg(
                grant, grant == "CODE"_L1 ? u" A PKCE sign-in does not send it."_s : QString()));
        body.openBlock(u"resource"_s, {ClientType, labels.at(i)});
        body.attribute(u"name"_s, HclWriter::string(json::str(c, "name"_L1)));
        const QString description = json::str(c, "description"_L1);
        if (!description.isEmpty())
            body.attribute(u"description"_s, HclWriter::string(description));
        if (const std::optional<qint64> lifetime = json::int64(c, "accessTokenValiditySeconds"_L1))
            body.attribute(u"access_token_validity_seconds"_s, QString::number(*lifetime));
        body.attribute(u"authorized_grant_type"_s, HclWriter::string(grant));
        const QStringList redirects = json::strings(c, "registeredRedirectUri"_L1);
        if (!redirects.isEmpty())
            body.attribute(u"registered_redirect_uris"_s, HclWriter::list(stringExpressions(redirects)));
        const QStringList scopes = json::strings(c, "scope"_L1);
        if (!scopes.isEmpty())
            body.attribute(u"scopes"_s, HclWriter::list(stringExpressions(scopes)));
        const QString state = json::str(c, "state"_L1);
        body.attribute(u"state"_s, HclWriter::string(state.isEmpty() ? u"active"_s : state));

        QList<RoleRef> refs = roleRefs(c);
        std::sort(refs.begin(), refs.end(), [](const RoleRef &x, const RoleRef &y) {
            const QString kx = (x.roleName.isEmpty() ? x.roleId : x.roleName) + u'\n' +
                               (x.divisionName.isEmpty() ? x.divisionId : x.divisionName);
            const QString ky = (y.roleName.isEmpty() ? y.roleId : y.roleName) + u'\n' +
                               (y.divisionName.isEmpty() ? y.divisionId : y.divisionName);
            return kx < ky;
        });
        for (const RoleRef &r : refs) {
            QStringList notes;
            QString roleExpr = HclWriter::string(r.roleId);
            if (!options.literalIds) {
                if (r.roleName.isEmpty())
                    notes.append(u"Role %1 has no known name: its id is written as it is."_s.arg(r.roleId));
                else
                    roleExpr = u"data.%1.%2.id"_s.arg(RoleType, roleLabel.value(r.roleName));
            }
            QString divisionExpr;
            if (r.divisionId == "*"_L1) {
                divisionExpr = HclWriter::string(u"*"_s);
            } else if (!r.divisionId.isEmpty()) {
                divisionExpr = HclWriter::string(r.divisionId);
                if (!options.literalIds) {
                    if (r.divisionName.isEmpty())
                        notes.append(u"Division %1 has no known name: its id is written as it is."_s.arg(
                            r.divisionId));
                    else
                        divisionExpr =
                            u"data.%1.%2.id"_s.arg(DivisionType, divisionLabel.value(r.divisionName));
                }
            }
            for (const QString &n : notes)
                body.comment(n);
            body.openBlock(u"roles"_s);
            body.attribute(u"role_id"_s, roleExpr);
            if (!divisionExpr.isEmpty())
                body.attribute(u"division_id"_s, divisionExpr);
            body.closeBlock();
        }
        body.closeBlock();
    }

    if (!skipped.isEmpty()) {
        body.blankLine();
        QStringList disabled;
        QStringList other;
        for (const auto &[c, reason] : skipped) {
            if (reason == "disabled"_L1)
                disabled.append(u"  "_s + clientLine(c));
            else
                other.append(u"  %1: %2"_s.arg(clientLine(c), reason));
        }
        if (!disabled.isEmpty()) {
            const QString count = disabled.size() == 1
                                      ? u"Not exported: 1 disabled client."_s
                                      : u"Not exported: %1 disabled clients."_s.arg(disabled.size());
            body.comment(
                count +
                u" The provider's state takes only active and inactive,\n"
                "and it leaves out clients disabled by Genesys support, as its own exporter does:\n"_s +
                disabled.join(u'\n'));
        }
        if (!other.isEmpty())
            body.comment(u"Not exported, because the provider cannot describe them:\n"_s + other.join(u'\n'));
    }

    HclWriter imports;
    imports.comment(
        u"Import blocks (Terraform 1.5 or later): `terraform plan` adopts the existing clients of\n"
        "\"%1\" instead of creating them again. Delete this file once they are in the state."_s.arg(org));
    for (qsizetype i = 0; i < exported.size(); ++i) {
        imports.blankLine();
        imports.openBlock(u"import"_s);
        imports.attribute(u"to"_s, u"%1.%2"_s.arg(ClientType, labels.at(i)));
        imports.attribute(u"id"_s, HclWriter::string(json::str(exported.at(i), "id"_L1)));
        imports.closeBlock();
    }

    return {{u"oauth_clients.tf"_s, w.text()}, {u"imports.tf"_s, imports.text()}};
}

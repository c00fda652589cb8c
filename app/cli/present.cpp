// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/present.h"

#include "app/cli/textformat.h"
#include "models/json/json.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace cli::present {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli::Present)
};

constexpr int NameWidth = 40;
constexpr int DescriptionWidth = 60;

void line(QByteArray &out, const QString &text)
{
    out += text.toUtf8();
    out += '\n';
}

// "1 client" / "42 clients": spelled out per count rather than "%n client(s)", which needs an
// English translation file to read well.
QString count(qsizetype n, const char *one, const char *many)
{
    return n == 1 ? QCoreApplication::translate("cli::Present", one)
                  : QCoreApplication::translate("cli::Present", many).arg(n);
}

QString byWhom(const QDateTime &when, const EntityRef &who)
{
    const QString date = text::localDateTime(when);
    if (date.isEmpty() || who.isNull())
        return date;
    return Tr::tr("%1 by %2").arg(date, who.displayName());
}

QString lifetime(const OAuthClient &c)
{
    const qint64 s = c.tokenLifetime();
    QString text = Tr::tr("%1 s").arg(s);
    if (s % 3600 == 0)
        text += u" ("_s + Tr::tr("%1 h").arg(s / 3600) + u')';
    else if (s % 60 == 0)
        text += u" ("_s + Tr::tr("%1 min").arg(s / 60) + u')';
    if (!c.accessTokenValiditySeconds)
        text += u' ' + Tr::tr("(platform default)");
    return text;
}

QString compactJson(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    if (v.isNull())
        return u"null"_s;
    const QJsonDocument doc = v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}
} // namespace

// ---------------------------------------------------------------------------------------------
// Clients

QJsonObject clientJson(const OAuthClient &c, const QString &secret)
{
    QJsonObject o = c.json.object();
    if (!secret.isEmpty())
        o.insert("secret"_L1, secret);
    return o;
}

void clients(QByteArray &out, const QList<OAuthClient> &list, const Style &style)
{
    if (style.json) {
        text::appendJsonArray(
            out, list.size(), [&list](qsizetype i) { return list.at(i).json.object(); }, style.pretty);
        return;
    }
    text::Table t({Tr::tr("ID"), Tr::tr("NAME"), Tr::tr("GRANT TYPE"), Tr::tr("STATE"), Tr::tr("MODIFIED"),
                   Tr::tr("DESCRIPTION")});
    t.setMaxWidth(1, NameWidth);
    t.setMaxWidth(5, DescriptionWidth);
    t.setAvailableWidth(style.terminalWidth);
    t.addFlexColumn(5);
    t.addFlexColumn(1, 16);
    for (const OAuthClient &c : list)
        t.addRow({c.id, c.name, c.grantType, c.state, text::localDateTime(c.dateModified), c.description});
    t.render(out);
    line(out, count(list.size(), QT_TRANSLATE_NOOP("cli::Present", "1 client"),
                    QT_TRANSLATE_NOOP("cli::Present", "%1 clients")));
}

void client(QByteArray &out, const OAuthClient &c, const Style &style, const QString &secret)
{
    if (style.json) {
        text::appendJson(out, clientJson(c, secret), style.pretty);
        return;
    }
    text::Details d;
    d.add(Tr::tr("ID"), text::oneLine(c.id));
    d.add(Tr::tr("Name"), text::oneLine(c.name));
    d.add(Tr::tr("Description"), c.description);
    d.add(Tr::tr("Grant type"), c.grantType);
    d.add(Tr::tr("State"), c.state);
    d.add(Tr::tr("Token lifetime"), lifetime(c));
    d.addList(Tr::tr("Redirect URIs"), c.registeredRedirectUri);
    d.addList(Tr::tr("Scopes"), c.scope);
    QStringList roleDivisions;
    for (const RoleDivision &rd : c.roleDivisions) {
        roleDivisions.append(rd.divisionId == "*"_L1
                                 ? Tr::tr("%1 in all divisions").arg(rd.roleId)
                                 : Tr::tr("%1 in division %2").arg(rd.roleId, rd.divisionId));
    }
    d.addList(Tr::tr("Role divisions"), roleDivisions);
    if (c.roleDivisions.isEmpty())
        d.addList(Tr::tr("Roles (deprecated roleIds)"), c.roleIds);
    d.add(Tr::tr("Created"), byWhom(c.dateCreated, c.createdBy));
    d.add(Tr::tr("Modified"), byWhom(c.dateModified, c.modifiedBy));
    d.add(Tr::tr("Deleted on"), text::localDateTime(c.dateToDelete));
    QStringList other;
    const QJsonObject all = c.json.object();
    for (const QString &key : c.unknownFields())
        other.append(key + u": "_s + text::elide(compactJson(all.value(key)), 200));
    d.addList(Tr::tr("Other fields"), other);
    d.add(Tr::tr("Secret"), secret);
    d.render(out);
}

// ---------------------------------------------------------------------------------------------
// Authorizations

void authorizations(QByteArray &out, const QList<OAuthAuthorization> &list, const Style &style)
{
    if (style.json) {
        text::appendJsonArray(
            out, list.size(), [&list](qsizetype i) { return list.at(i).json; }, style.pretty);
        return;
    }
    text::Table t(
        {Tr::tr("CLIENT ID"), Tr::tr("CLIENT"), Tr::tr("STATE"), Tr::tr("MODIFIED"), Tr::tr("SCOPES")});
    t.setMaxWidth(1, NameWidth);
    t.setMaxWidth(4, DescriptionWidth);
    t.setAvailableWidth(style.terminalWidth);
    t.addFlexColumn(4);
    t.addFlexColumn(1, 16);
    for (const OAuthAuthorization &a : list) {
        const QString state = a.pending ? Tr::tr("%1 (pending)").arg(a.state) : a.state;
        t.addRow(
            {a.client.id, a.client.name, state, text::localDateTime(a.dateModified), a.scope.join(u", "_s)});
    }
    t.render(out);
    line(out, count(list.size(), QT_TRANSLATE_NOOP("cli::Present", "1 authorization"),
                    QT_TRANSLATE_NOOP("cli::Present", "%1 authorizations")));
}

void authorization(QByteArray &out, const OAuthAuthorization &a, const Style &style)
{
    if (style.json) {
        text::appendJson(out, a.json, style.pretty);
        return;
    }
    text::Details d;
    d.add(Tr::tr("Client"), text::oneLine(a.client.name));
    d.add(Tr::tr("Client ID"), text::oneLine(a.client.id));
    d.add(Tr::tr("Description"), a.client.description);
    d.add(Tr::tr("State"), a.pending ? Tr::tr("%1 (pending)").arg(a.state) : a.state);
    d.add(Tr::tr("Resource owner"), a.resourceOwner.displayName());
    d.addList(Tr::tr("Scopes"), a.scope);
    d.addList(Tr::tr("Roles"), a.roles);
    d.add(Tr::tr("Created"), byWhom(a.dateCreated, a.createdBy));
    d.add(Tr::tr("Modified"), byWhom(a.dateModified, a.modifiedBy));
    d.render(out);
}

// ---------------------------------------------------------------------------------------------
// Scopes, roles, divisions

void scopes(QByteArray &out, const QList<OAuthScope> &list, const Style &style)
{
    if (style.json) {
        text::appendJsonArray(
            out, list.size(), [&list](qsizetype i) { return list.at(i).json; }, style.pretty);
        return;
    }
    text::Table t({Tr::tr("SCOPE"), Tr::tr("DESCRIPTION")});
    t.setMaxWidth(1, 80);
    t.setAvailableWidth(style.terminalWidth);
    t.addFlexColumn(1);
    for (const OAuthScope &s : list)
        t.addRow({s.id, s.description});
    t.render(out);
    line(out, count(list.size(), QT_TRANSLATE_NOOP("cli::Present", "1 scope"),
                    QT_TRANSLATE_NOOP("cli::Present", "%1 scopes")));
}

void scope(QByteArray &out, const OAuthScope &s, const Style &style)
{
    if (style.json) {
        text::appendJson(out, s.json, style.pretty);
        return;
    }
    text::Details d;
    d.add(Tr::tr("Scope"), s.id);
    d.add(Tr::tr("Description"), s.description);
    d.render(out);
}

void roles(QByteArray &out, const QList<Role> &list, const Style &style)
{
    if (style.json) {
        text::appendJsonArray(
            out, list.size(), [&list](qsizetype i) { return list.at(i).json; }, style.pretty);
        return;
    }
    text::Table t({Tr::tr("ID"), Tr::tr("NAME"), Tr::tr("PERMISSIONS"), Tr::tr("DESCRIPTION")});
    t.setMaxWidth(1, NameWidth);
    t.setRightAligned(2);
    t.setMaxWidth(3, DescriptionWidth);
    t.setAvailableWidth(style.terminalWidth);
    t.addFlexColumn(3);
    t.addFlexColumn(1, 16);
    for (const Role &r : list)
        t.addRow({r.id, r.name, QString::number(r.permissions.size()), r.description});
    t.render(out);
    line(out, count(list.size(), QT_TRANSLATE_NOOP("cli::Present", "1 role"),
                    QT_TRANSLATE_NOOP("cli::Present", "%1 roles")));
}

void divisions(QByteArray &out, const QList<Division> &list, const Style &style)
{
    if (style.json) {
        text::appendJsonArray(
            out, list.size(), [&list](qsizetype i) { return list.at(i).json; }, style.pretty);
        return;
    }
    text::Table t({Tr::tr("ID"), Tr::tr("NAME"), Tr::tr("HOME"), Tr::tr("DESCRIPTION")});
    t.setMaxWidth(1, NameWidth);
    t.setMaxWidth(3, DescriptionWidth);
    t.setAvailableWidth(style.terminalWidth);
    t.addFlexColumn(3);
    t.addFlexColumn(1, 16);
    for (const Division &d : list)
        t.addRow({d.id, d.name, d.homeDivision ? Tr::tr("yes") : QString(), d.description});
    t.render(out);
    line(out, count(list.size(), QT_TRANSLATE_NOOP("cli::Present", "1 division"),
                    QT_TRANSLATE_NOOP("cli::Present", "%1 divisions")));
}

// ---------------------------------------------------------------------------------------------
// Usage

void usageExecution(QByteArray &out, const UsageExecution &e, const QString &resultsPath, const Style &style)
{
    if (style.json) {
        QJsonObject o{{u"executionId"_s, e.executionId}};
        o.insert("resultsUri"_L1, e.resultsUri.isEmpty() ? resultsPath : e.resultsUri);
        text::appendJson(out, o, style.pretty);
        return;
    }
    text::Details d;
    d.add(Tr::tr("Execution ID"), text::oneLine(e.executionId));
    d.add(Tr::tr("Results"), text::oneLine(e.resultsUri.isEmpty() ? resultsPath : e.resultsUri));
    d.render(out);
}

QJsonObject usageRowJson(const UsageRow &row)
{
    QJsonObject o;
    auto text = [&o](QLatin1StringView key, const QString &value) {
        if (!value.isEmpty())
            o.insert(key, value);
    };
    text("clientId"_L1, row.clientId);
    text("clientName"_L1, row.clientName);
    text("organizationId"_L1, row.organizationId);
    text("userId"_L1, row.userId);
    text("templateUri"_L1, row.templateUri);
    text("httpMethod"_L1, row.httpMethod);
    o.insert("status200"_L1, row.status200);
    o.insert("status300"_L1, row.status300);
    o.insert("status400"_L1, row.status400);
    o.insert("status500"_L1, row.status500);
    o.insert("status429"_L1, row.status429);
    o.insert("requests"_L1, row.requests);
    text("date"_L1, json::formatDateTime(row.date));
    return o;
}

void usageRows(QByteArray &out, const QList<UsageRow> &rows, const Style &style)
{
    if (style.json) {
        text::appendJsonArray(
            out, rows.size(), [&rows](qsizetype i) { return usageRowJson(rows.at(i)); }, style.pretty);
        return;
    }
    // Buckets are UTC days (weeks, months): shown as the UTC date they start, not converted to a
    // local time that would put them on the previous evening.
    text::Table t({Tr::tr("DATE"), Tr::tr("CLIENT"), Tr::tr("ORGANIZATION"), Tr::tr("METHOD"),
                   Tr::tr("TEMPLATE"), Tr::tr("REQUESTS"), u"200"_s, u"300"_s, u"400"_s, u"429"_s, u"500"_s});
    t.setMaxWidth(1, 30);
    t.setMaxWidth(4, 60);
    t.setAvailableWidth(style.terminalWidth);
    t.addFlexColumn(4, 20);
    t.addFlexColumn(1, 12);
    for (int c : {1, 2, 3, 4})
        t.setHideWhenEmpty(c);
    for (int c = 5; c <= 10; ++c)
        t.setRightAligned(c);
    qint64 total = 0;
    for (const UsageRow &r : rows) {
        total += r.requests;
        t.addRow({r.date.isValid() ? r.date.toUTC().toString(u"yyyy-MM-dd"_s) : QString(),
                  r.clientName.isEmpty() ? r.clientId : r.clientName, r.organizationId, r.httpMethod,
                  r.templateUri, QString::number(r.requests), QString::number(r.status200),
                  QString::number(r.status300), QString::number(r.status400), QString::number(r.status429),
                  QString::number(r.status500)});
    }
    t.render(out);
    line(out, count(rows.size(), QT_TRANSLATE_NOOP("cli::Present", "1 row"),
                    QT_TRANSLATE_NOOP("cli::Present", "%1 rows")) +
                  u", "_s +
                  count(total, QT_TRANSLATE_NOOP("cli::Present", "1 request"),
                        QT_TRANSLATE_NOOP("cli::Present", "%1 requests")));
}

void usageResult(QByteArray &out, const UsageResult &r, const Style &style)
{
    if (style.json) {
        QJsonObject o{{u"queryStatus"_s, r.rawStatus}};
        QJsonArray rows;
        for (const UsageRow &row : r.rows)
            rows.append(usageRowJson(row));
        o.insert("results"_L1, rows);
        text::appendJson(out, o, style.pretty);
        return;
    }
    line(out, Tr::tr("Status: %1").arg(text::clean(r.rawStatus)));
    if (r.status == UsageStatus::Complete)
        usageRows(out, r.rows, style);
}

// ---------------------------------------------------------------------------------------------
// Identity

void whoami(QByteArray &out, const Identity &who, const Style &style)
{
    if (style.json) {
        text::appendJson(out, who.info.json, style.pretty);
        return;
    }
    auto named = [](const EntityRef &e) {
        if (e.name.isEmpty())
            return text::oneLine(e.id);
        return e.id.isEmpty() ? text::oneLine(e.name)
                              : Tr::tr("%1 (%2)").arg(text::oneLine(e.name), text::oneLine(e.id));
    };
    text::Details d;
    d.add(Tr::tr("Organization"), named(who.info.organization));
    if (!who.info.homeOrganization.isNull() && who.info.homeOrganization.id != who.info.organization.id)
        d.add(Tr::tr("Home organization"), named(who.info.homeOrganization));
    d.add(Tr::tr("Client"), named(who.info.oauthClient));
    d.add(Tr::tr("Grant type"), who.info.oauthClientGrantType);
    if (who.clientCredentials || who.info.oauthClientGrantType == "CLIENT-CREDENTIALS"_L1)
        d.add(Tr::tr("Signed in as"), Tr::tr("the client itself (client credentials, no user)"));
    else
        d.add(Tr::tr("Signed in as"), Tr::tr("a user, through this client"));
    if (!who.info.clonedUser.isNull())
        d.add(Tr::tr("Cloned user"), named(who.info.clonedUser));
    const QString region = who.endpoints.regionId;
    d.add(Tr::tr("Region"), region.isEmpty() ? Tr::tr("custom") : region);
    d.add(Tr::tr("API"), who.endpoints.api.toDisplayString());
    d.add(Tr::tr("Token expires"), text::localDateTime(who.tokenExpiresAt));
    if (!who.info.authorizedScope.isEmpty())
        d.add(Tr::tr("Authorized scopes"), QString::number(who.info.authorizedScope.size()));
    d.render(out);
}

} // namespace cli::present

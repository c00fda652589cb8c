// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/insightschecks.h"

#include <QCoreApplication>
#include <QUrl>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(InsightChecks)
};

// “name”, for a list inside a sentence.
QString quotedList(const QStringList &items)
{
    QStringList q;
    q.reserve(items.size());
    for (const QString &i : items)
        q.append(u"“"_s + i + u"”"_s);
    return q.join(u", "_s);
}

// "48 hours", "450 days": the unit people think of a token's life in.
QString lifetimeText(qint64 seconds)
{
    const qint64 hours = seconds / 3600;
    if (seconds % 3600 == 0 && hours <= 72)
        return hours == 1 ? Tr::tr("1 hour") : Tr::tr("%1 hours").arg(hours);
    const qint64 days = seconds / 86400;
    return days == 1 ? Tr::tr("1 day") : Tr::tr("%1 days").arg(days);
}

QString daysFromNow(qint64 days)
{
    if (days < 0)
        return days == -1 ? Tr::tr("1 day ago") : Tr::tr("%1 days ago").arg(-days);
    if (days == 0)
        return Tr::tr("today");
    if (days == 1)
        return Tr::tr("tomorrow");
    return Tr::tr("in %1 days").arg(days);
}

// ---------------------------------------------------------------------------------------------
// The checks. Each returns the reason for a client it flags and a null string otherwise.

QString implicitGrant(const OAuthClient &c, const CheckContext &)
{
    if (c.grant() != GrantType::Token)
        return {};
    return Tr::tr("Implicit grant (TOKEN): the access token comes back in the browser's address bar, where "
                  "history and extensions can read it. Genesys Cloud is retiring this grant type.");
}

QString passwordGrant(const OAuthClient &c, const CheckContext &)
{
    if (c.grant() != GrantType::Password)
        return {};
    return Tr::tr("Password grant: the app handles the user's password itself, and the sign-in skips the "
                  "platform's own page (and its single sign-on and multi-factor checks).");
}

QString adminOnAllDivisions(const OAuthClient &c, const CheckContext &ctx)
{
    if (c.grant() != GrantType::ClientCredentials)
        return {};
    QStringList admin;
    for (const RoleDivision &rd : c.roleDivisions) {
        if (rd.divisionId != u"*")
            continue;
        const auto role = ctx.roles.constFind(rd.roleId);
        if (role != ctx.roles.cend() && insightchecks::isAdminLikeRole(*role) && !admin.contains(role->name))
            admin.append(role->name.isEmpty() ? rd.roleId : role->name);
    }
    if (admin.isEmpty())
        return {};
    return admin.size() == 1
               ? Tr::tr("Role %1 on all divisions: with no user signed in, anyone holding the secret can do "
                        "what an administrator can.")
                     .arg(quotedList(admin))
               : Tr::tr("Roles %1 on all divisions: with no user signed in, anyone holding the secret can do "
                        "what an administrator can.")
                     .arg(quotedList(admin));
}

QString longTokenLifetime(const OAuthClient &c, const CheckContext &)
{
    const qint64 seconds = c.tokenLifetime();
    if (seconds < TokenLifetime::Maximum)
        return {};
    if (seconds == TokenLifetime::Maximum)
        return Tr::tr("Tokens live %1 (%2 s), the platform's maximum: a leaked token stays usable that long.")
            .arg(lifetimeText(seconds))
            .arg(seconds);
    return Tr::tr("Tokens live %1 (%2 s), beyond the usual maximum of 48 hours (only SCIM clients may): a "
                  "leaked token stays usable that long.")
        .arg(lifetimeText(seconds))
        .arg(seconds);
}

QString insecureRedirect(const OAuthClient &c, const CheckContext &)
{
    QStringList found;
    for (const QString &uri : c.registeredRedirectUri) {
        if (insightchecks::isInsecureRedirect(uri))
            found.append(uri);
    }
    if (found.isEmpty())
        return {};
    return found.size() == 1 ? Tr::tr("Redirect URI over plain HTTP: %1. Authorization codes and tokens "
                                      "cross the network unencrypted.")
                                   .arg(found.join(u", "_s))
                             : Tr::tr("Redirect URIs over plain HTTP: %1. Authorization codes and tokens "
                                      "cross the network unencrypted.")
                                   .arg(found.join(u", "_s));
}

QString wildcardRedirect(const OAuthClient &c, const CheckContext &)
{
    QStringList found;
    for (const QString &uri : c.registeredRedirectUri) {
        if (insightchecks::isWildcardRedirect(uri))
            found.append(uri);
    }
    if (found.isEmpty())
        return {};
    return found.size() == 1 ? Tr::tr("Redirect URI with a wildcard: %1. Any host that matches can receive "
                                      "authorization codes and tokens.")
                                   .arg(found.join(u", "_s))
                             : Tr::tr("Redirect URIs with wildcards: %1. Any host that matches can receive "
                                      "authorization codes and tokens.")
                                   .arg(found.join(u", "_s));
}

QString noDescription(const OAuthClient &c, const CheckContext &)
{
    if (!c.description.trimmed().isEmpty())
        return {};
    return Tr::tr("No description: nobody can tell what the client is for or who owns it.");
}

QString deletionSoon(const OAuthClient &c, const CheckContext &ctx)
{
    if (c.clientState() != ClientState::Inactive || !c.dateToDelete.isValid() || !ctx.now.isValid())
        return {};
    const QDate today = ctx.now.toUTC().date();
    const QDate deletion = c.dateToDelete.toUTC().date();
    const qint64 days = today.daysTo(deletion);
    if (days > ctx.deletionNoticeDays)
        return {};
    if (days < 0) // the date has passed: past tense
        return Tr::tr("Inactive; the platform was due to delete it on %1 (UTC, %2). Set it active again if "
                      "it is still needed.")
            .arg(deletion.toString(Qt::ISODate), daysFromNow(days));
    return Tr::tr("Inactive; the platform deletes it on %1 (UTC, %2). Set it active again if it is still "
                  "needed.")
        .arg(deletion.toString(Qt::ISODate), daysFromNow(days));
}

// clang-format off
const QList<CheckDescriptor> Checks = {
    {"admin-all-divisions"_L1,
     QT_TRANSLATE_NOOP("InsightChecks", "Admin role on all divisions"),
     QT_TRANSLATE_NOOP("InsightChecks", "Give the client a role with only the permissions its integration "
                                        "uses, on the divisions it works in."),
     CheckSeverity::High, true, false, adminOnAllDivisions},
    {"implicit-grant"_L1,
     QT_TRANSLATE_NOOP("InsightChecks", "Implicit grant"),
     QT_TRANSLATE_NOOP("InsightChecks", "Move the app to the authorization code grant with PKCE and retire "
                                        "this client."),
     CheckSeverity::High, false, false, implicitGrant},
    {"password-grant"_L1,
     QT_TRANSLATE_NOOP("InsightChecks", "Password grant"),
     QT_TRANSLATE_NOOP("InsightChecks", "Move the app to the authorization code grant with PKCE, or to client "
                                        "credentials if no user signs in, and retire this client."),
     CheckSeverity::High, false, false, passwordGrant},
    {"http-redirect"_L1,
     QT_TRANSLATE_NOOP("InsightChecks", "Redirect over plain HTTP"),
     QT_TRANSLATE_NOOP("InsightChecks", "Serve the callback over HTTPS. Plain HTTP is fine only for loopback "
                                        "addresses (127.0.0.1, localhost) of desktop apps."),
     CheckSeverity::High, false, false, insecureRedirect},
    {"wildcard-redirect"_L1,
     QT_TRANSLATE_NOOP("InsightChecks", "Wildcard redirect"),
     QT_TRANSLATE_NOOP("InsightChecks", "List each callback URL on its own."),
     CheckSeverity::Medium, false, false, wildcardRedirect},
    {"max-token-lifetime"_L1,
     QT_TRANSLATE_NOOP("InsightChecks", "Token lifetime at the maximum"),
     QT_TRANSLATE_NOOP("InsightChecks", "Shorten the token lifetime to what the integration needs; clients "
                                        "can fetch a new token when one expires."),
     CheckSeverity::Medium, false, false, longTokenLifetime},
    {"deletion-soon"_L1,
     QT_TRANSLATE_NOOP("InsightChecks", "Deleted soon"),
     QT_TRANSLATE_NOOP("InsightChecks", "Nothing to do if the client is no longer needed. Otherwise set it "
                                        "active again before the date: a deleted client cannot be restored."),
     CheckSeverity::Medium, false, true, deletionSoon},
    {"no-description"_L1,
     QT_TRANSLATE_NOOP("InsightChecks", "No description"),
     QT_TRANSLATE_NOOP("InsightChecks", "Describe what the client is for and who owns it."),
     CheckSeverity::Low, false, false, noDescription},
};
// clang-format on

int checkIndex(const CheckDescriptor *check)
{
    for (qsizetype i = 0; i < Checks.size(); ++i) {
        if (&Checks.at(i) == check)
            return int(i);
    }
    return int(Checks.size()); // a check from another table sorts after ours
}

bool applies(const CheckDescriptor &check, const OAuthClient &c, const CheckContext &ctx)
{
    const ClientState state = c.clientState();
    if (state == ClientState::Deleted)
        return false;
    if (state == ClientState::Inactive && !check.inactiveClients)
        return false;
    return !check.needsRoles || ctx.rolesKnown;
}
} // namespace

QString checkSeverityId(CheckSeverity severity)
{
    switch (severity) {
    case CheckSeverity::High:
        return u"high"_s;
    case CheckSeverity::Medium:
        return u"medium"_s;
    case CheckSeverity::Low:
        return u"low"_s;
    }
    return {};
}

QString checkSeverityLabel(CheckSeverity severity)
{
    switch (severity) {
    case CheckSeverity::High:
        return Tr::tr("High");
    case CheckSeverity::Medium:
        return Tr::tr("Medium");
    case CheckSeverity::Low:
        return Tr::tr("Low");
    }
    return {};
}

void CheckContext::setRoles(const QList<Role> &list)
{
    roles.clear();
    roles.reserve(list.size());
    for (const Role &r : list)
        roles.insert(r.id, r);
    rolesKnown = true;
}

QString checkTitle(const CheckDescriptor &check)
{
    return QCoreApplication::translate("InsightChecks", check.title);
}

QString checkAdvice(const CheckDescriptor &check)
{
    return QCoreApplication::translate("InsightChecks", check.advice);
}

const QList<CheckDescriptor> &configurationChecks()
{
    return Checks;
}

const CheckDescriptor *findCheck(QStringView id)
{
    for (const CheckDescriptor &c : Checks) {
        if (id == c.id)
            return &c;
    }
    return nullptr;
}

int CheckRun::count(QLatin1StringView checkId) const
{
    return int(std::count_if(findings.cbegin(), findings.cend(),
                             [checkId](const CheckFinding &f) { return f.check && f.check->id == checkId; }));
}

bool findingLess(const CheckFinding &a, const CheckFinding &b)
{
    if (a.check != b.check) {
        if (a.check->severity != b.check->severity)
            return a.check->severity < b.check->severity;
        return checkIndex(a.check) < checkIndex(b.check);
    }
    if (const int c = a.client.name.compare(b.client.name, Qt::CaseInsensitive); c != 0)
        return c < 0;
    if (const int c = a.client.name.compare(b.client.name, Qt::CaseSensitive); c != 0)
        return c < 0;
    return a.client.id < b.client.id;
}

QList<CheckFinding> checkClient(const OAuthClient &client, const CheckContext &context,
                                const QList<CheckDescriptor> &checks)
{
    QList<CheckFinding> out;
    for (const CheckDescriptor &check : checks) {
        if (!applies(check, client, context))
            continue;
        QString reason = check.evaluate(client, context);
        if (!reason.isNull())
            out.append({&check, client, std::move(reason)});
    }
    std::stable_sort(out.begin(), out.end(), findingLess);
    return out;
}

CheckRun runChecks(const QList<OAuthClient> &clients, const CheckContext &context,
                   const QList<CheckDescriptor> &checks)
{
    CheckRun run;
    for (const CheckDescriptor &check : checks) {
        if (check.needsRoles && !context.rolesKnown)
            run.skipped.append(&check);
    }
    for (const OAuthClient &c : clients) {
        if (c.clientState() == ClientState::Deleted)
            continue;
        ++run.clientsChecked;
        for (const CheckDescriptor &check : checks) {
            if (!applies(check, c, context))
                continue;
            QString reason = check.evaluate(c, context);
            if (!reason.isNull())
                run.findings.append({&check, c, std::move(reason)});
        }
    }
    std::stable_sort(run.findings.begin(), run.findings.end(), findingLess);
    return run;
}

namespace insightchecks {

bool isLoopbackHost(const QString &host)
{
    QString h = host.toLower();
    if (h.startsWith(u'[') && h.endsWith(u']'))
        h = h.mid(1, h.size() - 2);
    if (h == u"localhost" || h.endsWith(u".localhost"))
        return true;
    // IPv6: ::1 however it is written (QtNetwork's QHostAddress is not a models dependency).
    if (h.contains(u':')) {
        const QStringList groups = h.split(u':');
        bool ok = true;
        int ones = 0;
        for (const QString &g : groups) {
            if (g.isEmpty())
                continue;
            const uint v = g.toUInt(&ok, 16);
            if (!ok || g.size() > 4)
                return false;
            if (v == 1)
                ++ones;
            else if (v != 0)
                return false;
        }
        return ones == 1 && groups.last().toUInt(nullptr, 16) == 1;
    }
    // IPv4: 127.0.0.0/8.
    const QStringList parts = h.split(u'.');
    if (parts.size() != 4)
        return false;
    for (const QString &p : parts) {
        bool ok = false;
        const uint v = p.toUInt(&ok);
        if (!ok || v > 255 || p.isEmpty())
            return false;
    }
    return parts.first() == u"127";
}

bool isInsecureRedirect(const QString &uri)
{
    const QString trimmed = uri.trimmed();
    if (!trimmed.startsWith(u"http:", Qt::CaseInsensitive))
        return false;
    // A wildcard is not a valid host character: read it as a letter to find the host.
    QString probe = trimmed;
    probe.replace(u'*', u'x');
    const QUrl url(probe);
    return !isLoopbackHost(url.host());
}

bool isWildcardRedirect(const QString &uri)
{
    return uri.contains(u'*');
}

bool isAdminLikeRole(const Role &role)
{
    const QString name = role.name.trimmed();
    if (name.compare(u"admin"_s, Qt::CaseInsensitive) == 0 ||
        name.compare(u"Master Admin"_s, Qt::CaseInsensitive) == 0)
        return true;
    for (const QString &p : role.permissions) {
        if (p == u"*" || p.startsWith(u"*:"))
            return true;
    }
    return false;
}

} // namespace insightchecks

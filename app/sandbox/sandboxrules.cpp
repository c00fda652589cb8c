// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sandbox/sandboxrules.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace sandbox {

namespace {

const QStringList kGrants = {u"CODE"_s, u"TOKEN"_s, u"SAML2-BEARER"_s, u"PASSWORD"_s,
                             u"CLIENT-CREDENTIALS"_s};
const QStringList kStates = {u"active"_s, u"disabled"_s, u"inactive"_s};
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

class Checker
{
public:
    void add(const QString &field, const QString &code, const QString &message)
    {
        for (const FieldError &e : std::as_const(errors))
            if (e.field == field)
                return; // one complaint per field is enough
        errors.append({field, code});
        messages.append(message);
    }

    bool stringField(const QJsonObject &body, const QString &field)
    {
        const QJsonValue v = body.value(field);
        if (v.isUndefined() || v.isNull() || v.isString())
            return true;
        add(field, u"invalid.type"_s, u"Field [%1] must be a string"_s.arg(field));
        return false;
    }

    bool stringArray(const QJsonObject &body, const QString &field)
    {
        const QJsonValue v = body.value(field);
        if (v.isUndefined() || v.isNull())
            return true;
        bool ok = v.isArray();
        for (const QJsonValue &item : v.toArray())
            ok = ok && item.isString();
        if (!ok)
            add(field, u"invalid.type"_s, u"Field [%1] must be an array of strings"_s.arg(field));
        return ok;
    }

    QList<FieldError> errors;
    QStringList messages;
};

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &item : v.toArray())
        out.append(item.toString());
    return out;
}

} // namespace

const QStringList &serverOwnedClientFields()
{
    static const QStringList fields = {u"id"_s,        u"secret"_s,     u"dateCreated"_s, u"dateModified"_s,
                                       u"createdBy"_s, u"modifiedBy"_s, u"selfUri"_s,     u"dateToDelete"_s};
    return fields;
}

std::optional<Reply> validateClientBody(const QJsonObject &body, const DemoOrg &org,
                                        const QJsonObject *existing)
{
    Checker c;
    // R5: types.
    for (const QString &f : {u"name"_s, u"description"_s, u"authorizedGrantType"_s, u"state"_s})
        c.stringField(body, f);
    const bool redirectsOk = c.stringArray(body, u"registeredRedirectUri"_s);
    const bool scopesOk = c.stringArray(body, u"scope"_s);
    const bool roleIdsOk = c.stringArray(body, u"roleIds"_s);
    const QJsonValue lifetime = body.value(u"accessTokenValiditySeconds"_s);
    const bool lifetimeGiven = !lifetime.isUndefined() && !lifetime.isNull();
    if (lifetimeGiven && (!lifetime.isDouble() || std::floor(lifetime.toDouble()) != lifetime.toDouble()))
        c.add(u"accessTokenValiditySeconds"_s, u"invalid.type"_s,
              u"Field [accessTokenValiditySeconds] must be an integer"_s);
    const QJsonValue roleDivisions = body.value(u"roleDivisions"_s);
    bool roleDivisionsOk = true;
    if (!roleDivisions.isUndefined() && !roleDivisions.isNull()) {
        roleDivisionsOk = roleDivisions.isArray();
        if (!roleDivisionsOk)
            c.add(u"roleDivisions"_s, u"invalid.type"_s, u"Field [roleDivisions] must be an array"_s);
        const QJsonArray array = roleDivisions.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonObject rd = array[i].toObject();
            for (const QString &key : {u"roleId"_s, u"divisionId"_s}) {
                const QString field = u"roleDivisions[%1].%2"_s.arg(i).arg(key);
                if (!array[i].isObject() || rd.value(key).isUndefined() || rd.value(key).isNull()) {
                    c.add(field, u"required"_s, u"Field [%1] is required"_s.arg(field));
                    roleDivisionsOk = false;
                } else if (!rd.value(key).isString()) {
                    c.add(field, u"invalid.type"_s, u"Field [%1] must be a string"_s.arg(field));
                    roleDivisionsOk = false;
                }
            }
        }
    }
    const QJsonValue dateToDelete = body.value(u"dateToDelete"_s);
    if (!dateToDelete.isUndefined() && !dateToDelete.isNull() &&
        (!dateToDelete.isString() || !parseIsoDate(dateToDelete.toString()).isValid()))
        c.add(u"dateToDelete"_s, u"invalid.date"_s,
              u"Dates must be specified as ISO-8601 strings. For example: yyyy-MM-ddTHH:mm:ss.SSSZ"_s);

    // R3: required fields.
    const QJsonValue name = body.value(u"name"_s);
    if (name.isUndefined() || name.isNull() || (name.isString() && name.toString().trimmed().isEmpty()))
        c.add(u"name"_s, u"required"_s, u"Field [name] is required"_s);
    const QJsonValue grantValue = body.value(u"authorizedGrantType"_s);
    if (grantValue.isUndefined() || grantValue.isNull())
        c.add(u"authorizedGrantType"_s, u"required"_s, u"Field [authorizedGrantType] is required"_s);

    // R4: enums.
    const QString grant = grantValue.toString();
    if (grantValue.isString() && !kGrants.contains(grant))
        c.add(u"authorizedGrantType"_s, u"invalid.value"_s,
              u"Value [%1] is not valid for field type [authorizedGrantType]. Allowable values are: %2"_s.arg(
                  grant, kGrants.join(u", ")));
    const QJsonValue state = body.value(u"state"_s);
    if (state.isString() && !kStates.contains(state.toString()))
        c.add(u"state"_s, u"invalid.value"_s,
              u"Value [%1] is not valid for field type [state]. Allowable values are: %2"_s.arg(
                  state.toString(), kStates.join(u", ")));

    // R6: token lifetime; an unchanged value on an existing client stands (long-lived SCIM clients).
    if (lifetimeGiven && lifetime.isDouble()) {
        const qint64 seconds = qint64(lifetime.toDouble());
        const bool unchanged =
            existing && existing->value(u"accessTokenValiditySeconds"_s).toInteger(-1) == seconds;
        if (!unchanged && (seconds < kMinTokenLifetime || seconds > kMaxTokenLifetime))
            c.add(u"accessTokenValiditySeconds"_s, u"out.of.range"_s,
                  u"Field [accessTokenValiditySeconds] must be between %1 and %2 seconds"_s
                      .arg(kMinTokenLifetime)
                      .arg(kMaxTokenLifetime));
    }

    // R7: what the grant needs.
    if (kGrants.contains(grant)) {
        const QStringList redirects = strings(body.value(u"registeredRedirectUri"_s));
        if (redirectsOk) {
            if ((grant == u"CODE" || grant == u"TOKEN") && redirects.isEmpty())
                c.add(u"registeredRedirectUri"_s, u"required"_s,
                      u"Field [registeredRedirectUri] needs at least one URI for grant type %1"_s.arg(grant));
            for (const QString &uri : redirects)
                if (!isValidRedirectUri(uri))
                    c.add(u"registeredRedirectUri"_s, u"invalid.value"_s,
                          u"Field [registeredRedirectUri]: [%1] is not a valid absolute URI"_s.arg(uri));
        }
        const QStringList scopes = strings(body.value(u"scope"_s));
        if (scopesOk && grant != u"CLIENT-CREDENTIALS") {
            if (scopes.isEmpty())
                c.add(u"scope"_s, u"required"_s,
                      u"Field [scope] needs at least one scope for grant type %1"_s.arg(grant));
            for (const QString &s : scopes)
                if (!org.scope(s))
                    c.add(u"scope"_s, u"not.found"_s, u"Field [scope]: unknown scope [%1]"_s.arg(s));
        }
        const QJsonArray rds = roleDivisions.toArray();
        if (roleDivisionsOk && grant == u"CLIENT-CREDENTIALS") {
            if (rds.isEmpty())
                c.add(u"roleDivisions"_s, u"required"_s,
                      u"Field [roleDivisions] needs at least one role for grant type CLIENT-CREDENTIALS"_s);
            for (qsizetype i = 0; i < rds.size(); ++i) {
                const QJsonObject rd = rds[i].toObject();
                const QString role = rd.value(u"roleId"_s).toString();
                const QString division = rd.value(u"divisionId"_s).toString();
                if (!org.role(role))
                    c.add(u"roleDivisions[%1].roleId"_s.arg(i), u"not.found"_s,
                          u"Field [roleDivisions[%1].roleId]: unknown role [%2]"_s.arg(i).arg(role));
                if (division != u"*" && !org.division(division))
                    c.add(u"roleDivisions[%1].divisionId"_s.arg(i), u"not.found"_s,
                          u"Field [roleDivisions[%1].divisionId]: unknown division [%2]"_s.arg(i).arg(
                              division));
            }
        }
        if (roleIdsOk)
            for (const QString &role : strings(body.value(u"roleIds"_s)))
                if (!org.role(role))
                    c.add(u"roleIds"_s, u"not.found"_s, u"Field [roleIds]: unknown role [%1]"_s.arg(role));
    }

    if (c.errors.isEmpty())
        return std::nullopt;
    QStringList fields;
    for (const FieldError &e : std::as_const(c.errors))
        fields.append(e.field);
    return errorReply(400, u"bad.request"_s, c.messages.join(u"; "), c.errors,
                      QJsonObject{{u"field"_s, fields.join(u", ")}});
}

QJsonObject buildStoredClient(const QJsonObject &body, const QJsonObject *existing, const QString &id,
                              const QDateTime &now, const QJsonObject &actor)
{
    QJsonObject o = body;
    for (const QString &f : serverOwnedClientFields())
        o.remove(f);
    // JSON null means "not set".
    for (const QString &key : o.keys())
        if (o.value(key).isNull())
            o.remove(key);
    o.insert(u"id"_s, id);
    o.insert(u"selfUri"_s, u"/api/v2/oauth/clients/"_s + id);
    o.insert(u"dateCreated"_s, existing ? existing->value(u"dateCreated"_s) : QJsonValue(isoDate(now)));
    o.insert(u"createdBy"_s, existing ? existing->value(u"createdBy"_s) : QJsonValue(actor));
    o.insert(u"dateModified"_s, isoDate(now));
    o.insert(u"modifiedBy"_s, actor);
    if (!o.contains(u"accessTokenValiditySeconds"_s))
        o.insert(u"accessTokenValiditySeconds"_s, kDefaultTokenLifetime);
    else
        o.insert(u"accessTokenValiditySeconds"_s, o.value(u"accessTokenValiditySeconds"_s).toInteger());
    if (!o.contains(u"state"_s))
        o.insert(u"state"_s, u"active"_s);
    if (o.value(u"state"_s).toString() == u"inactive") {
        // R9: deletion is scheduled when a client becomes inactive, and not moved by later edits.
        const bool wasInactive = existing && existing->value(u"state"_s).toString() == u"inactive" &&
                                 existing->contains(u"dateToDelete"_s);
        o.insert(u"dateToDelete"_s, wasInactive
                                        ? existing->value(u"dateToDelete"_s)
                                        : QJsonValue(isoDate(now.addMSecs(kDaysUntilDelete * kDayMs))));
    }
    return o;
}

bool isValidRedirectUri(const QString &uri)
{
    QString probe = uri;
    probe.replace(u'*', u'x'); // wildcard redirects are allowed
    const QUrl url(probe, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative() || url.hasFragment() || uri.contains(u' '))
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == u"http" || scheme == u"https")
        return !url.host().isEmpty();
    return !url.path().isEmpty() || !url.host().isEmpty(); // custom schemes (mobile, desktop)
}

bool redirectAllowed(const QStringList &registered, const QString &candidate)
{
    const QUrl c(candidate, QUrl::StrictMode);
    if (!c.isValid() || c.isRelative())
        return false;
    static const QStringList loopback = {u"127.0.0.1"_s, u"localhost"_s, u"::1"_s};
    for (const QString &r : registered) {
        if (r == candidate)
            return true;
        if (r.contains(u'*')) {
            const QRegularExpression re(QRegularExpression::anchoredPattern(
                QRegularExpression::escape(r).replace(u"\\*"_s, u".*"_s)));
            if (re.match(candidate).hasMatch())
                return true;
            continue;
        }
        const QUrl u(r, QUrl::StrictMode);
        // RFC 8252 7.3: a loopback redirect may use any port.
        if (u.scheme() == u"http" && c.scheme() == u"http" && loopback.contains(u.host()) &&
            u.host() == c.host() && u.path() == c.path() && u.query() == c.query())
            return true;
    }
    return false;
}

bool isValidCodeVerifier(const QString &verifier)
{
    static const QRegularExpression re(u"^[A-Za-z0-9\\-._~]{43,128}$"_s);
    return re.match(verifier).hasMatch();
}

bool isValidCodeChallenge(const QString &challenge)
{
    static const QRegularExpression re(u"^[A-Za-z0-9\\-_]{43}$"_s);
    return re.match(challenge).hasMatch();
}

QString pkceChallenge(const QString &verifier)
{
    return QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace sandbox

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The sandbox's demo org "Northwind Contact Center": users, scopes (English and German), roles,
// divisions, OAuth clients and the demo admin's authorizations. Everything is deterministic: the
// same `now` gives the same data, byte for byte. Internal to the sandbox.

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace sandbox {

struct DemoUser
{
    QString id;
    QString name;
    QString email;
};

struct DemoScope
{
    QString id;
    QString en;
    QString de;
};

struct DemoRole
{
    QString id;
    QString name;
    QString description;
    QStringList permissions; // "domain:entity:action", "*" segments allowed
    int userCount = 0;
    bool builtIn = false; // a platform default role ("default": true, defaultRoleId set)
};

struct DemoDivision
{
    QString id;
    QString name;
    QString description;
    bool home = false;
};

// One stored client. `json` is what GET answers (compact, never the secret); the summary fields are
// kept beside it so listings, usage and the token endpoint need not parse it.
struct ClientRecord
{
    QString id;
    QString name;
    QString grant;
    QString state;
    qint64 createdMs = 0;
    int usageVolume = 0; // typical requests per active day; 0 = no traffic at all
    int usageFamily = 0; // which kind of endpoints it calls (see usagegen)
    // Traffic stops before this UTC day (a client that went quiet); 0: it still calls.
    qint64 usageEndMs = 0;
    QByteArray json;
    QByteArray secret;     // empty = nobody knows it (demo clients until regenerated)
    QString descriptionDe; // German description shown in the authorizations, if any

    [[nodiscard]] QJsonObject object() const;
    void setObject(const QJsonObject &object); // updates json and the summary fields
};

struct DemoAuthorization
{
    QString clientId;
    QString state; // Unauthorized, Requested, Authorized, Revoked
    bool pending = false;
    QStringList scope;
    QStringList roleIds;
    qint64 createdMs = 0;
    qint64 modifiedMs = 0;
};

struct DemoOrg
{
    QString orgId;
    QString orgName;
    QList<DemoUser> users; // users[0] is the demo admin the authorize endpoint signs in
    QList<DemoScope> scopes;
    QList<DemoRole> roles;
    QList<DemoDivision> divisions; // divisions[0] is Home
    QList<ClientRecord> clients;   // clients[0] is the admin client, clients[1] the PKCE client
    QList<DemoAuthorization> authorizations;
    QString adminClientId;
    QString pkceClientId;

    [[nodiscard]] const DemoRole *role(const QString &id) const;
    [[nodiscard]] const DemoDivision *division(const QString &id) const;
    [[nodiscard]] const DemoUser *user(const QString &id) const;
    [[nodiscard]] const DemoScope *scope(const QString &id) const;
};

// Days an inactive client waits before the platform deletes it (dateToDelete = inactive since + this).
inline constexpr int kDaysUntilDelete = 30;

[[nodiscard]] DemoOrg buildDemoOrg(const QDateTime &now);
// A second org for comparisons (SandboxOptions::orgSeed != 0): the demo org with its own org id and
// name and new ids for every user, role, division and client, and these differences: no client
// "Nightly WFM export"; no role "Integration - Quality Bot" and no client "Quality evaluation bot";
// the division "Partner BPO" named "Partner BPO (Contoso)"; "Salesforce CTI connector" with another
// description and a 12-hour token lifetime; one more client, "Staging smoke tests".
[[nodiscard]] DemoOrg deriveOrg(const DemoOrg &base, quint32 orgSeed, const QDateTime &now);
// `count` plausible clients (about 880 bytes of JSON each), fast and deterministic per (seed, now).
[[nodiscard]] QList<ClientRecord> generateClients(const DemoOrg &org, int count, quint32 seed,
                                                  const QDateTime &now);

} // namespace sandbox

// SPDX-License-Identifier: GPL-3.0-or-later
// The demo org's audit history: every demo client's creation, a few edits over the months by
// several people (and by two automation clients), secret resets, deactivations, authorizations,
// and two clients that were deleted long ago. Deterministic per "now" (docs/sandbox.md, R22).
#include "app/sandbox/sandboxext_p.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace sandbox {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;
const QString kWebClient = nameUuid(u"client:Genesys Cloud web app"_s);

struct HistoryWriter
{
    ExtensionState &state;
    const DemoOrg &org;
    qint64 nowMs;

    [[nodiscard]] AuditActor person(int index) const
    {
        if (index < 0) // a former employee: no longer in the users lookup
            return {nameUuid(u"user:rolf.jansen"_s), u"Rolf Jansen"_s, kWebClient};
        const DemoUser &u = org.users[index % org.users.size()];
        return {u.id, u.name, kWebClient};
    }
    [[nodiscard]] AuditActor personById(const QString &id) const
    {
        for (qsizetype i = 0; i < org.users.size(); ++i)
            if (org.users[i].id == id)
                return person(int(i));
        return person(0);
    }
    [[nodiscard]] static AuditActor client(const ClientRecord &c) { return {QString(), QString(), c.id}; }

    void add(qint64 ms, const AuditEntity &entity, const QString &action, const AuditActor &actor,
             const QJsonArray &changes, const QString &message)
    {
        if (ms >= nowMs)
            ms = nowMs - 60 * 1000;
        const quint64 h = stableHash(entity.id + action, quint64(ms));
        const QString ip = actor.userId.isEmpty() ? u"52.14.%1.%2"_s.arg(h % 200).arg((h >> 8) % 250 + 1)
                                                  : u"10.20.%1.%2"_s.arg(h % 30).arg((h >> 8) % 250 + 1);
        const QString application = actor.userId.isEmpty() ? u"Public API"_s : u"Genesys Cloud"_s;
        state.audit.push_back(makeAuditRecord(org.orgId, ms, ++state.auditSeq, entity, action, actor, changes,
                                              message, application, ip));
    }
};

const ClientRecord *clientNamed(const DemoOrg &org, const QString &name)
{
    for (const ClientRecord &c : org.clients)
        if (c.name == name)
            return &c;
    return nullptr;
}

// One plausible edit of `o` (its current state) as a property change, chosen by `variant`.
QJsonObject edit(const QJsonObject &o, int variant)
{
    const QString grant = o.value(u"authorizedGrantType"_s).toString();
    switch (variant % 5) {
    case 0:
        if (o.contains(u"description"_s))
            return propertyChange(u"description"_s, {o.value(u"description"_s).toString() + u" (draft)"_s},
                                  auditValues(o, u"description"_s));
        [[fallthrough]];
    case 1: {
        const QStringList now = auditValues(o, u"accessTokenValiditySeconds"_s);
        const QString before = now.value(0) == u"86400" ? u"43200"_s : u"86400"_s;
        return propertyChange(u"accessTokenValiditySeconds"_s, {before}, now);
    }
    case 2:
        if (grant == u"CLIENT-CREDENTIALS" && !o.value(u"roleDivisions"_s).toArray().isEmpty()) {
            // The roles were first granted on the home division only.
            QJsonArray first;
            for (const QJsonValue &v : o.value(u"roleDivisions"_s).toArray()) {
                QJsonObject rd = v.toObject();
                rd.insert(u"divisionId"_s, nameUuid(u"division:Home"_s));
                first.append(rd);
            }
            QJsonObject earlier = o;
            earlier.insert(u"roleDivisions"_s, first);
            return propertyChange(u"roleDivisions"_s, auditValues(earlier, u"roleDivisions"_s),
                                  auditValues(o, u"roleDivisions"_s));
        }
        [[fallthrough]];
    case 3:
        if (o.value(u"scope"_s).toArray().size() > 1) {
            QStringList now = auditValues(o, u"scope"_s);
            QStringList before = now;
            before.removeLast();
            return propertyChange(u"scope"_s, before, now);
        }
        if (o.value(u"registeredRedirectUri"_s).toArray().size() > 0) {
            QStringList now = auditValues(o, u"registeredRedirectUri"_s);
            QString old = now.constFirst();
            old.replace(u"https://"_s, u"https://staging-"_s);
            return propertyChange(u"registeredRedirectUri"_s, {old}, now);
        }
        [[fallthrough]];
    default:
        return propertyChange(u"name"_s, {o.value(u"name"_s).toString() + u" (test)"_s},
                              auditValues(o, u"name"_s));
    }
}

} // namespace

void addDemoAuditHistory(ExtensionState &state, const DemoOrg &org, qint64 nowMs)
{
    HistoryWriter w{state, org, nowMs};
    const ClientRecord *ops = clientNamed(org, u"Ops automation (full access)"_s);
    const ClientRecord *cli = clientNamed(org, u"Genesys Cloud CLI (ops laptop)"_s);
    // Secret resets the demo shows on purpose (details pane: "secret last reset 12 days ago by ...").
    const QList<std::tuple<QString, int, int>> knownResets = {
        {u"Nightly WFM export"_s, 12, 4},  {u"Power BI reporting"_s, 3, 5},
        {u"Zendesk ticket sync"_s, 40, 2}, {u"Data actions - CRM lookup"_s, 75, 3},
        {u"Workday HR sync"_s, 130, 6},
    };

    for (const ClientRecord &c : org.clients) {
        const QJsonObject o = c.object();
        const AuditEntity entity{state.clientAuditService, u"OAuthClient"_s, c.id, c.name};
        const quint64 h = stableHash(c.name, 0xA0D1ULL);
        const qint64 created = c.createdMs;
        const QDateTime modifiedAt = parseIsoDate(o.value(u"dateModified"_s).toString());
        const qint64 modified = modifiedAt.isValid() ? modifiedAt.toMSecsSinceEpoch() : created;
        const AuditActor creator = w.personById(o.value(u"createdBy"_s).toObject().value(u"id"_s).toString());
        const AuditActor modifier =
            w.personById(o.value(u"modifiedBy"_s).toObject().value(u"id"_s).toString());

        QJsonArray createChanges;
        for (const QString &field :
             {u"name"_s, u"authorizedGrantType"_s, u"description"_s, u"accessTokenValiditySeconds"_s,
              u"registeredRedirectUri"_s, u"scope"_s, u"roleDivisions"_s})
            if (o.contains(field))
                createChanges.append(propertyChange(field, {}, auditValues(o, field)));
        w.add(created, entity, u"Create"_s, creator, createChanges,
              u"OAuth client %1 was created"_s.arg(c.name));

        // A few edits between creation and the last modification.
        const int edits = int(h % 4);
        const qint64 span = modified - created;
        for (int i = 0; span > 3 * kDayMs && i < edits; ++i) {
            const qint64 at = created + span * (i + 1) / (edits + 1) + qint64((h >> (8 + i)) % 36000) * 1000;
            AuditActor actor = w.person(int((h >> (12 + 3 * i)) % 7));
            if (at < nowMs - 300 * kDayMs && ((h >> (20 + i)) & 1))
                actor = w.person(-1); // Rolf Jansen, who has left the company
            else if (ops && at > ops->createdMs && ((h >> (24 + i)) % 5 == 0))
                actor = HistoryWriter::client(*ops); // Terraform run by the ops automation client
            w.add(at, entity, u"Update"_s, actor, QJsonArray{edit(o, int((h >> (4 * i)) % 5))},
                  u"OAuth client %1 was updated"_s.arg(c.name));
        }

        // The last modification: a state change for inactive and disabled clients.
        if (modified > created + kDayMs) {
            const QString state_ = o.value(u"state"_s).toString();
            if (state_ == u"inactive" || state_ == u"disabled") {
                w.add(modified, entity, state_ == u"inactive" ? u"Deactivate"_s : u"Disable"_s, modifier,
                      QJsonArray{propertyChange(u"state"_s, {u"active"_s}, {state_})},
                      u"OAuth client %1 was updated"_s.arg(c.name));
            } else {
                w.add(modified, entity, u"Update"_s, modifier, QJsonArray{edit(o, int(h >> 40))},
                      u"OAuth client %1 was updated"_s.arg(c.name));
            }
        }

        // Secret resets of clients that have a secret.
        if (c.grant == u"TOKEN" || c.id == org.adminClientId || c.id == org.pkceClientId)
            continue;
        const QJsonArray secret{propertyChange(u"secret"_s, {u"********"_s}, {u"********"_s})};
        const QString resetMessage = u"The secret of OAuth client %1 was regenerated"_s.arg(c.name);
        bool known = false;
        for (const auto &[name, daysAgo, user] : knownResets) {
            if (name != c.name)
                continue;
            known = true;
            w.add(nowMs - daysAgo * kDayMs - qint64(h % 20000) * 1000, entity, u"Update"_s, w.person(user),
                  secret, resetMessage);
        }
        const int resets = known ? 0 : int((h >> 30) % 3);
        for (int i = 0; i < resets; ++i) {
            const qint64 at = created + (nowMs - created) * (i + 1) / (resets + 2);
            const AuditActor actor = cli && at > cli->createdMs && (h >> (33 + i)) % 3 == 0
                                         ? HistoryWriter::client(*cli)
                                         : w.person(int((h >> (36 + i)) % 7));
            w.add(at, entity, u"Update"_s, actor, secret, resetMessage);
        }
    }

    // The demo admin's authorizations.
    for (const DemoAuthorization &a : org.authorizations) {
        const ClientRecord *c = nullptr;
        for (const ClientRecord &r : org.clients)
            if (r.id == a.clientId)
                c = &r;
        if (!c)
            continue;
        const AuditEntity entity{state.clientAuditService, u"OAuthClientAuthorization"_s, c->id, c->name};
        if (a.state == u"Authorized" || a.state == u"Revoked")
            w.add(a.createdMs, entity, u"Authorize"_s, w.person(0), {},
                  u"OAuth client %1 was authorized"_s.arg(c->name));
        if (a.state == u"Revoked")
            w.add(a.modifiedMs, entity, u"Revoke"_s, w.person(0), {},
                  u"The authorization of OAuth client %1 was revoked"_s.arg(c->name));
    }

    // Two clients deleted long ago: their history outlives them.
    struct Gone
    {
        QString name;
        QString grant;
        int createdDaysAgo;
        int deactivatedDaysAgo;
        int deletedDaysAgo;
        int person;
    };
    for (const Gone &g : {Gone{u"Legacy FTP exporter"_s, u"CLIENT-CREDENTIALS"_s, 400, 220, 190, -1},
                          Gone{u"Chat widget beta"_s, u"TOKEN"_s, 300, 95, 64, 1}}) {
        const AuditEntity entity{state.clientAuditService, u"OAuthClient"_s, nameUuid(u"client:"_s + g.name),
                                 g.name};
        w.add(nowMs - g.createdDaysAgo * kDayMs, entity, u"Create"_s, w.person(g.person),
              QJsonArray{propertyChange(u"name"_s, {}, {g.name}),
                         propertyChange(u"authorizedGrantType"_s, {}, {g.grant})},
              u"OAuth client %1 was created"_s.arg(g.name));
        w.add(nowMs - g.deactivatedDaysAgo * kDayMs, entity, u"Deactivate"_s, w.person(g.person),
              QJsonArray{propertyChange(u"state"_s, {u"active"_s}, {u"inactive"_s})},
              u"OAuth client %1 was updated"_s.arg(g.name));
        w.add(nowMs - g.deletedDaysAgo * kDayMs, entity, u"Delete"_s, w.person(1), {},
              u"OAuth client %1 was deleted"_s.arg(g.name));
    }

    // Some events of other services, so that the service and entity filters have work to do.
    for (int i = 0; i < 12; ++i) {
        const DemoUser &u = org.users[(i * 3) % org.users.size()];
        w.add(nowMs - (i * 9 + 2) * kDayMs, {u"Directory"_s, u"User"_s, u.id, u.name}, u"Update"_s,
              w.person(0), QJsonArray{propertyChange(u"title"_s, {u"Agent"_s}, {u"Senior agent"_s})},
              u"User %1 was updated"_s.arg(u.name));
        w.add(nowMs - (i * 7 + 1) * kDayMs, {u"PeoplePermissions"_s, u"AccessToken"_s, u.id, u.name},
              u"Revoke"_s, w.person(0), {}, u"The access tokens of %1 were revoked"_s.arg(u.name));
    }
}

} // namespace sandbox

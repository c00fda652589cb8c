// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/clienthistory.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ClientHistory)
};

QString nameOf(const QString &id, const HistoryNames &names)
{
    for (const QHash<QString, QString> *map :
         {&names.roles, &names.divisions, &names.clients, &names.users}) {
        const auto it = map->constFind(id);
        if (it != map->cend() && !it->isEmpty())
            return *it;
    }
    return {};
}

QString describeValue(const QString &value, const HistoryNames &names)
{
    // A role division as the audit writes it: a JSON object with roleId and divisionId.
    if (value.startsWith(u'{')) {
        const QJsonObject o = QJsonDocument::fromJson(value.toUtf8()).object();
        if (o.contains("roleId"_L1)) {
            const QString roleId = o.value("roleId"_L1).toString();
            const QString divisionId = o.value("divisionId"_L1).toString();
            const QString role = names.roles.value(roleId, roleId);
            const QString division =
                divisionId == u"*" ? Tr::tr("all divisions") : names.divisions.value(divisionId, divisionId);
            return divisionId.isEmpty() ? role : Tr::tr("%1 in %2").arg(role, division);
        }
    }
    static const QRegularExpression uuid(
        u"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"_s);
    QString out;
    qsizetype last = 0;
    for (auto it = uuid.globalMatch(value); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString name = nameOf(m.captured(), names);
        out += QStringView(value).mid(last, m.capturedStart() - last);
        out += name.isEmpty() ? m.captured() : name;
        last = m.capturedEnd();
    }
    out += QStringView(value).mid(last);
    return out;
}
} // namespace

const HistoryEntry *ClientHistory::lastSecretReset() const
{
    for (const HistoryEntry &e : entries) // newest first
        if (e.secretReset)
            return &e;
    return nullptr;
}

QString describeValues(const QStringList &values, const HistoryNames &names)
{
    QStringList out;
    for (const QString &v : values)
        out.append(describeValue(v, names));
    return out.join(u", "_s);
}

ClientHistory buildClientHistory(const QString &clientId, int days, const QDateTime &from,
                                 const QDateTime &to, const QList<AuditEvent> &events,
                                 const HistoryNames &names)
{
    ClientHistory h;
    h.clientId = clientId;
    h.days = days;
    h.from = from;
    h.to = to;
    QSet<QString> seen;
    for (const AuditEvent &e : events) {
        if (!e.id.isEmpty() && seen.contains(e.id))
            continue;
        seen.insert(e.id);
        HistoryEntry entry;
        entry.event = e;
        entry.secretReset = e.isSecretReset();
        if (!e.user.id.isEmpty() || !e.user.name.isEmpty()) {
            entry.whoId = e.user.id;
            entry.who = !e.user.name.isEmpty() ? e.user.name : names.users.value(e.user.id);
            if (entry.who.isEmpty())
                entry.who = Tr::tr("unknown user %1").arg(e.user.id);
        } else if (!e.client.id.isEmpty()) {
            entry.byClient = true;
            entry.whoId = e.client.id;
            const QString name = !e.client.name.isEmpty() ? e.client.name : names.clients.value(e.client.id);
            entry.who = Tr::tr("client %1").arg(name.isEmpty() ? e.client.id : name);
        } else {
            entry.who = Tr::tr("unknown");
        }
        for (const AuditPropertyChange &c : e.propertyChanges)
            entry.changes.append(
                {c.property, describeValues(c.oldValues, names), describeValues(c.newValues, names)});
        h.entries.append(std::move(entry));
    }
    // Newest first; events of the same instant keep the order the server gave them in.
    std::stable_sort(h.entries.begin(), h.entries.end(), [](const HistoryEntry &a, const HistoryEntry &b) {
        return a.event.eventDate > b.event.eventDate;
    });
    return h;
}

QString daysAgo(const QDateTime &when, const QDateTime &now)
{
    const qint64 days = std::max<qint64>(0, when.secsTo(now) / (24 * 3600));
    if (days == 0)
        return Tr::tr("today");
    if (days == 1)
        return Tr::tr("1 day ago");
    return Tr::tr("%1 days ago").arg(days);
}

QString secretResetSummary(const ClientHistory &history, const QDateTime &now)
{
    if (const HistoryEntry *e = history.lastSecretReset())
        return Tr::tr("Secret last reset %1 by %2.").arg(daysAgo(e->event.eventDate, now), e->who);
    return Tr::tr("Secret last reset: unknown (no audit event in the last %1 days).").arg(history.days);
}

QJsonObject historyEntryJson(const HistoryEntry &entry, const HistoryNames &names)
{
    QJsonObject o = entry.event.json;
    const auto addName = [&o](const QString &key, const QString &name) {
        QJsonObject ref = o.value(key).toObject();
        if (o.contains(key) && !name.isEmpty() && ref.value("name"_L1).toString().isEmpty()) {
            ref.insert("name"_L1, name);
            o.insert(key, ref);
        }
    };
    addName(u"user"_s, names.users.value(entry.event.user.id));
    addName(u"client"_s, names.clients.value(entry.event.client.id));
    if (entry.secretReset)
        o.insert("secretReset"_L1, true);
    return o;
}

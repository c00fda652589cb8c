// SPDX-License-Identifier: GPL-3.0-or-later
// The state of the audits, integration credentials and users (built for each new sandbox), the
// test hooks of SandboxServer for them, and the paged envelope of listings.
#include "app/sandbox/sandboxext_p.h"
#include "app/sandbox/sandboxserver_p.h"

#include <chrono>

using namespace Qt::Literals::StringLiterals;

namespace sandbox {

void initExtensionState(SandboxServerPrivate &d)
{
    d.ext = std::make_unique<ExtensionState>();
    ExtensionState &s = *d.ext;
    s.clientAuditService = u"PeoplePermissions"_s;
    s.auditServices = defaultAuditServices(s.clientAuditService);
    s.users = directoryUsers(d.org);
    const qint64 nowMs = d.currentTime().toMSecsSinceEpoch();
    addDemoAuditHistory(s, d.org, nowMs);
    addDemoCredentials(s, d.org, d.clients, d.clientIndex, nowMs);
}

namespace {
qint64 steadyMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}
} // namespace

void secretIssued(SandboxServerPrivate &d, const QString &clientId)
{
    if (d.ext->propagationMs > 0)
        d.ext->secretActiveFrom.insert(clientId, steadyMs() + d.ext->propagationMs);
    else
        d.ext->secretActiveFrom.remove(clientId);
}

bool secretStillPropagating(SandboxServerPrivate &d, const QString &clientId)
{
    const auto it = d.ext->secretActiveFrom.constFind(clientId);
    return it != d.ext->secretActiveFrom.cend() && steadyMs() < *it;
}

std::optional<Reply> readPageRequest(const QUrlQuery &query, PageRequest *page, int maxSize)
{
    const auto read = [&query](const QString &key, int fallback, int min, int max,
                               int *out) -> std::optional<Reply> {
        if (!query.hasQueryItem(key)) {
            *out = fallback;
            return std::nullopt;
        }
        bool ok = false;
        const int v = query.queryItemValue(key).toInt(&ok);
        if (!ok || v < min || v > max)
            return fieldErrorReply(
                key, u"invalid.value"_s,
                u"Value [%1] is not valid for field type [%2]. Allowable values are: %3-%4"_s.arg(
                    query.queryItemValue(key), key, QString::number(min), QString::number(max)));
        *out = v;
        return std::nullopt;
    };
    if (auto e = read(u"pageSize"_s, 25, 1, maxSize, &page->size))
        return e;
    return read(u"pageNumber"_s, 1, 1, 1000000, &page->number);
}

QJsonObject pageEnvelope(const QString &path, const QString &filters, const QJsonArray &all,
                         const PageRequest &p)
{
    const qsizetype total = all.size();
    const int pageCount = int((total + p.size - 1) / p.size);
    QJsonArray page;
    for (qsizetype i = qsizetype(p.number - 1) * p.size; i < total && i < qsizetype(p.number) * p.size; ++i)
        page.append(all[i]);
    const auto uri = [&](int number) {
        return path + u"?pageSize=%1&pageNumber=%2"_s.arg(p.size).arg(number) + filters;
    };
    QJsonObject o{{u"entities"_s, page},
                  {u"pageSize"_s, p.size},
                  {u"pageNumber"_s, p.number},
                  {u"total"_s, total},
                  {u"pageCount"_s, pageCount},
                  {u"firstUri"_s, uri(1)},
                  {u"lastUri"_s, uri(qMax(1, pageCount))},
                  {u"selfUri"_s, uri(p.number)}};
    if (p.number < pageCount)
        o.insert(u"nextUri"_s, uri(p.number + 1));
    if (p.number > 1)
        o.insert(u"previousUri"_s, uri(qMin(p.number - 1, qMax(1, pageCount))));
    return o;
}

} // namespace sandbox

using namespace sandbox;

void SandboxServer::setAuditServiceForClients(const QString &serviceName)
{
    ExtensionState &s = *d->ext;
    for (AuditRecord &e : s.audit) {
        if (e.entityType != u"OAuthClient" && e.entityType != u"OAuthClientAuthorization")
            continue;
        e.service = serviceName;
        e.json.insert(u"serviceName"_s, serviceName);
    }
    s.clientAuditService = serviceName;
    s.auditServices = defaultAuditServices(serviceName);
}

void SandboxServer::setSecretPropagationDelay(std::chrono::milliseconds delay)
{
    d->ext->propagationMs = qMax<qint64>(0, delay.count());
}

void SandboxServer::setAuditQueryRunningPolls(int polls)
{
    d->ext->auditRunningPolls = qMax(0, polls);
}

void SandboxServer::failNextAuditQuery()
{
    d->ext->failNextAudit = true;
}

QJsonArray SandboxServer::auditEvents() const
{
    QJsonArray out;
    for (const AuditRecord &e : d->ext->audit)
        out.append(e.json);
    return out;
}

QStringList SandboxServer::integrationCredentialIds() const
{
    QStringList out;
    for (const CredentialRecord &c : d->ext->credentials)
        out.append(c.id);
    return out;
}

bool SandboxServer::credentialAuthenticates(const QString &credentialId) const
{
    for (const CredentialRecord &c : d->ext->credentials)
        if (c.id == credentialId)
            return sandbox::credentialAuthenticates(c,
                                                    d->findClient(c.fields.value(u"clientId"_s).toString()));
    return false;
}

QString SandboxServer::credentialClientId(const QString &credentialId) const
{
    for (const CredentialRecord &c : d->ext->credentials)
        if (c.id == credentialId)
            return c.fields.value(u"clientId"_s).toString();
    return {};
}

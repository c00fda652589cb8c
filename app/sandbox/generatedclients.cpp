// SPDX-License-Identifier: GPL-3.0-or-later
// Generated clients for the benchmarks: plausible, valid, deterministic per (seed, now), and
// written straight to JSON bytes (no QJsonObject), so 50,000 take a fraction of a second.
#include "app/sandbox/demodata.h"

#include "app/sandbox/sandboxcommon.h"
#include "app/sandbox/usagegen.h"

#include <array>
#include <cstdio>

namespace sandbox {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

// days since 1970-01-01 -> civil date (H. Hinnant's algorithm)
void appendIso(QByteArray &out, qint64 ms)
{
    const qint64 days = ms >= 0 ? ms / kDayMs : (ms - kDayMs + 1) / kDayMs;
    qint64 rest = ms - days * kDayMs;
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 d = doy - (153 * mp + 2) / 5 + 1;
    const qint64 m = mp < 10 ? mp + 3 : mp - 9;
    const qint64 y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    const int hh = int(rest / 3600000);
    rest %= 3600000;
    const int mi = int(rest / 60000);
    rest %= 60000;
    char buf[32];
    const int n = std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", int(y), int(m),
                                int(d), hh, mi, int(rest / 1000), int(rest % 1000));
    out.append(buf, n);
}

void appendJsonString(QByteArray &out, const QByteArray &utf8)
{
    out.append('"');
    out.append(utf8); // the generator only uses text without quotes or backslashes
    out.append('"');
}

} // namespace

QList<ClientRecord> generateClients(const DemoOrg &org, int count, quint32 seed, const QDateTime &now)
{
    static const std::array<const char *, 20> vendors = {
        "Salesforce",   "Zendesk", "ServiceNow", "Workday", "Okta",      "Tableau",  "Power BI",
        "Snowflake",    "HubSpot", "Teams",      "Slack",   "Jira",      "SAP",      "Oracle",
        "Dynamics 365", "Twilio",  "Calabrio",   "Verint",  "Freshdesk", "Qualtrics"};
    static const std::array<const char *, 12> purposes = {
        "connector", "sync",    "export",      "reporting", "SCIM provisioning", "bridge",
        "dashboard", "webhook", "list loader", "bot",       "recording archive", "WFM import"};
    // The kind of endpoints each purpose calls, in the order of `purposes`.
    static const std::array<UsageFamily, 12> purposeFamilies = {
        UsageFamily::Crm,      UsageFamily::General, UsageFamily::Reporting, UsageFamily::Reporting,
        UsageFamily::Scim,     UsageFamily::General, UsageFamily::Reporting, UsageFamily::Bot,
        UsageFamily::Outbound, UsageFamily::Bot,     UsageFamily::Recording, UsageFamily::Wfm};
    static const std::array<const char *, 5> grants = {"CLIENT-CREDENTIALS", "CODE", "TOKEN", "SAML2-BEARER",
                                                       "PASSWORD"};
    static const std::array<int, 6> lifetimes = {3600, 7200, 43200, 86400, 86400, 172800};

    const qint64 nowMs = now.toMSecsSinceEpoch();
    QList<QByteArray> userJson;
    for (const DemoUser &u : org.users)
        userJson.append("{\"id\":\"" + u.id.toLatin1() + "\",\"name\":\"" + u.name.toUtf8() +
                        "\",\"selfUri\":\"/api/v2/users/" + u.id.toLatin1() + "\"}");
    QList<QByteArray> roleIds;
    for (const DemoRole &r : org.roles)
        if (!r.builtIn)
            roleIds.append(r.id.toLatin1());
    QList<QByteArray> divisionIds{QByteArrayLiteral("*")};
    for (const DemoDivision &d : org.divisions)
        divisionIds.append(d.id.toLatin1());
    QList<QByteArray> scopeIds;
    for (const DemoScope &s : org.scopes)
        scopeIds.append(s.id.toLatin1());

    QList<ClientRecord> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        const quint64 h = mix64((quint64(seed) << 32) ^ quint64(i) ^ 0x5eedULL);
        const quint64 h2 = mix64(h);
        const quint64 h3 = mix64(h2);
        ClientRecord r;
        r.id = uuidFromBits(h, h2);
        const QByteArray id = r.id.toLatin1();
        const int number = 10000 + i;
        const QByteArray name = QByteArray(vendors[h % vendors.size()]) + ' ' +
                                purposes[(h >> 8) % purposes.size()] + ' ' + QByteArray::number(number);
        const int g = int((h >> 16) % 100);
        const char *grant = grants[g < 55 ? 0 : g < 80 ? 1 : g < 87 ? 2 : g < 92 ? 3 : 4];
        const int s = int((h >> 24) % 100);
        const char *state = s < 85 ? "active" : s < 92 ? "disabled" : "inactive";
        const qint64 created = nowMs - qint64((h2 % 1095) + 1) * kDayMs - qint64(h3 % 86400000);
        const qint64 modified = created + qint64(h3 % quint64(nowMs - created));
        const int creator = int((h2 >> 20) % quint64(userJson.size()));
        const int modifier = int((h2 >> 28) % quint64(userJson.size()));

        QByteArray j;
        j.reserve(1100);
        j.append("{\"accessTokenValiditySeconds\":")
            .append(QByteArray::number(lifetimes[(h3 >> 8) % lifetimes.size()]));
        j.append(",\"authorizedGrantType\":\"").append(grant).append('"');
        j.append(",\"createdBy\":").append(userJson[creator]);
        j.append(",\"dateCreated\":\"");
        appendIso(j, created);
        j.append("\",\"dateModified\":\"");
        appendIso(j, modified);
        j.append('"');
        if (state[0] == 'i') {
            j.append(",\"dateToDelete\":\"");
            appendIso(j, nowMs + qint64((h3 >> 16) % 30 + 1) * kDayMs);
            j.append('"');
        }
        j.append(",\"description\":\"Integration ").append(QByteArray::number(number));
        j.append(": ").append(purposes[(h3 >> 24) % purposes.size()]);
        j.append(" between Genesys Cloud and ").append(vendors[(h3 >> 32) % vendors.size()]);
        j.append(" for ").append(
            org.divisions[int((h3 >> 40) % quint64(org.divisions.size()))].name.toUtf8());
        j.append('"');
        j.append(",\"id\":\"").append(id).append('"');
        j.append(",\"modifiedBy\":").append(userJson[modifier]);
        j.append(",\"name\":");
        appendJsonString(j, name);
        const bool cc = grant[0] == 'C' && grant[1] == 'L';
        if (grant[0] == 'C' || grant[0] == 'T') {
            if (!cc) {
                j.append(",\"registeredRedirectUri\":[\"https://app").append(QByteArray::number(number));
                j.append(".integrations.northwind.example/oauth/callback\"]");
            }
        }
        if (cc) {
            j.append(",\"roleDivisions\":[");
            const int n = int(h3 % 3) + 1;
            for (int k = 0; k < n; ++k) {
                if (k)
                    j.append(',');
                j.append("{\"divisionId\":\"")
                    .append(divisionIds[int((h3 >> (8 * k)) % quint64(divisionIds.size()))]);
                j.append("\",\"roleId\":\"")
                    .append(roleIds[int((h2 >> (8 * k)) % quint64(roleIds.size()))])
                    .append("\"}");
            }
            j.append(']');
        } else {
            j.append(",\"scope\":[");
            const int n = int(h3 % 5) + 2;
            for (int k = 0; k < n; ++k) {
                if (k)
                    j.append(',');
                appendJsonString(j, scopeIds[int(mix64(h3 + quint64(k)) % quint64(scopeIds.size()))]);
            }
            j.append(']');
        }
        j.append(",\"selfUri\":\"/api/v2/oauth/clients/").append(id).append('"');
        j.append(",\"state\":\"").append(state).append("\"}");

        r.name = QString::fromUtf8(name);
        r.grant = QString::fromLatin1(grant);
        r.state = QString::fromLatin1(state);
        r.createdMs = created;
        r.json = std::move(j);
        r.usageVolume = (h2 >> 40) % 10 == 0 ? 0 : int((h2 >> 44) % 3000) + 20;
        r.usageFamily = int(purposeFamilies[(h >> 8) % purposes.size()]);
        out.append(std::move(r));
    }
    return out;
}

} // namespace sandbox

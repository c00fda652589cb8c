// SPDX-License-Identifier: GPL-3.0-or-later
// The demo org's OAuth clients and the demo admin's authorizations. Generated extra clients are
// in generatedclients.cpp.
#include "app/sandbox/demodata.h"

#include "app/sandbox/sandboxcommon.h"
#include "app/sandbox/usagegen.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace sandbox {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

struct ClientSpec
{
    QString name{};
    QString grant{};
    QString state = u"active"_s;
    QString description{}; // empty: the client has no description at all
    QStringList redirects{};
    QStringList scopes{};
    QList<std::pair<QString, QString>> roles{}; // role name, division name or "*"
    qint64 lifetime = 86400;
    int createdDaysAgo = 400;
    int modifiedDaysAgo = 30;
    int createdBy = 1;
    int modifiedBy = 1;
    int usage = 600;      // requests per active day; 0 = no traffic
    int deleteInDays = 0; // inactive clients: days until dateToDelete
    int quietForDays = 0; // the client stopped calling this many days ago (0: it still calls)
    QJsonObject extra{};  // fields the app does not model; they must survive a PUT
    QString de{};         // German description (clients the demo admin authorized)
    bool legacyRoleIds = false;
};

const QString kCode = u"CODE"_s;
const QString kToken = u"TOKEN"_s;
const QString kSaml = u"SAML2-BEARER"_s;
const QString kPassword = u"PASSWORD"_s;
const QString kCc = u"CLIENT-CREDENTIALS"_s;

QList<ClientSpec> clientSpecs()
{
    const QString customer = u"Customer Service"_s;
    return {
        {.name = u"OAuth Desk (sandbox admin)"_s,
         .grant = kCc,
         .description = u"Built-in client the sandbox signs in with (all permissions)"_s,
         .roles = {{u"Master Admin"_s, u"*"_s}},
         .createdDaysAgo = 720,
         .modifiedDaysAgo = 720,
         .createdBy = 0,
         .modifiedBy = 0,
         .usage = 900},
        {.name = u"OAuth Desk (PKCE sign-in)"_s,
         .grant = kCode,
         .description = u"Public client for desktop sign-in with PKCE; any loopback port is accepted"_s,
         .redirects = {u"http://127.0.0.1/"_s},
         .scopes = {u"oauth"_s, u"authorization:readonly"_s, u"analytics:readonly"_s, u"users:readonly"_s,
                    u"organization:readonly"_s, u"user-basic-info"_s},
         .lifetime = 3600,
         .createdDaysAgo = 720,
         .modifiedDaysAgo = 360,
         .createdBy = 0,
         .modifiedBy = 0,
         .usage = 150,
         .de = u"Öffentlicher Client für die Desktop-Anmeldung mit PKCE"_s},
        {.name = u"Salesforce CTI connector"_s,
         .grant = kCode,
         .description = u"Genesys Cloud for Salesforce: screen pops, click-to-dial and call logging"_s,
         .redirects = {u"https://northwind.lightning.force.com/services/authcallback/genesys"_s},
         .scopes = {u"conversations"_s, u"users:readonly"_s, u"presence"_s, u"routing:readonly"_s,
                    u"analytics:readonly"_s, u"notifications"_s},
         .createdDaysAgo = 1020,
         .modifiedDaysAgo = 64,
         .createdBy = 2,
         .modifiedBy = 0,
         .usage = 4200,
         .extra = {{u"orgSharingEnabled"_s, false},
                   {u"customProperties"_s,
                    QJsonObject{{u"owner"_s, u"crm-team"_s}, {u"ticket"_s, u"CRM-311"_s}}}},
         .de = u"Genesys Cloud für Salesforce: Screen-Pops, Click-to-Dial und Anrufprotokoll"_s},
        {.name = u"Nightly WFM export"_s,
         .grant = kCc,
         .description = u"Exports schedules and adherence to the data warehouse at 02:00 UTC"_s,
         .roles = {{u"Integration - WFM Export"_s, u"Home"_s}},
         .lifetime = 7200,
         .createdDaysAgo = 610,
         .modifiedDaysAgo = 200,
         .createdBy = 4,
         .modifiedBy = 4,
         .usage = 260},
        {.name = u"Okta SCIM provisioning"_s,
         .grant = kCc,
         .description = u"Okta provisions, updates and deactivates agents through SCIM 2.0"_s,
         .roles = {{u"Integration - SCIM Provisioning"_s, u"*"_s}},
         .lifetime = 38880000,
         .createdDaysAgo = 880,
         .modifiedDaysAgo = 880,
         .createdBy = 0,
         .modifiedBy = 0,
         .usage = 800,
         .extra = {{u"orgSharingEnabled"_s, false}, {u"integrationType"_s, u"scim"_s}}},
        {.name = u"Zendesk ticket sync"_s,
         .grant = kCc,
         .description = u"Creates Zendesk tickets from wrap-up codes and attaches recordings"_s,
         .roles = {{u"Integration - CRM Connector"_s, customer}},
         .createdDaysAgo = 540,
         .modifiedDaysAgo = 90,
         .createdBy = 2,
         .modifiedBy = 2,
         .usage = 1900},
        {.name = u"Power BI reporting"_s,
         .grant = kCc,
         .description = u"Service-level and handle-time dashboards refreshed every 15 minutes"_s,
         .roles = {{u"Integration - Reporting Readonly"_s, u"*"_s}},
         .lifetime = 172800,
         .createdDaysAgo = 450,
         .modifiedDaysAgo = 120,
         .createdBy = 5,
         .modifiedBy = 5,
         .usage = 2400,
         .extra = {{u"customProperties"_s, QJsonObject{{u"costCenter"_s, u"BI-4410"_s}}}}},
        {.name = u"Agent desktop (web)"_s,
         .grant = kToken,
         .description = u"Single-page agent desktop hosted on the intranet (implicit grant)"_s,
         .redirects = {u"https://agent.northwind.example/callback"_s},
         .scopes = {u"conversations"_s, u"presence"_s, u"users:readonly"_s, u"routing"_s, u"notifications"_s},
         .lifetime = 43200,
         .createdDaysAgo = 990,
         .modifiedDaysAgo = 400,
         .createdBy = 1,
         .modifiedBy = 1,
         .usage = 3600,
         .de = u"Einseitige Agenten-Oberfläche im Intranet (impliziter Grant)"_s},
        {.name = u"Legacy IVR password login"_s,
         .grant = kPassword,
         .state = u"disabled"_s,
         .description = u"Old IVR admin tool; disabled after the move to Architect"_s,
         .scopes = {u"architect:readonly"_s, u"telephony:readonly"_s},
         .createdDaysAgo = 1400,
         .modifiedDaysAgo = 300,
         .createdBy = 3,
         .modifiedBy = 0,
         .usage = 40},
        {.name = u"ADFS SAML bridge"_s,
         .grant = kSaml,
         .description = u"Exchanges ADFS assertions for tokens for the workforce portal"_s,
         .scopes = {u"users:readonly"_s, u"workforce-management"_s, u"presence:readonly"_s},
         .createdDaysAgo = 800,
         .modifiedDaysAgo = 160,
         .createdBy = 3,
         .modifiedBy = 3,
         .usage = 700},
        {.name = u"Workday HR sync"_s,
         .grant = kCc,
         .description = u"Keeps departments, managers and titles in sync with Workday"_s,
         .roles = {{u"Directory Admin"_s, u"Home"_s}},
         .createdDaysAgo = 700,
         .modifiedDaysAgo = 45,
         .createdBy = 6,
         .modifiedBy = 6,
         .usage = 520},
        {.name = u"ServiceNow incident bridge"_s,
         .grant = kCode,
         .description = u"Opens incidents from supervisor alerts; users sign in with their Genesys account"_s,
         .redirects = {u"https://northwind.service-now.com/oauth_redirect.do"_s},
         .scopes = {u"alerting"_s, u"analytics:readonly"_s, u"users:readonly"_s},
         .createdDaysAgo = 380,
         .modifiedDaysAgo = 12,
         .createdBy = 2,
         .modifiedBy = 1,
         .usage = 610,
         .de = u"Erstellt Incidents aus Supervisor-Warnungen; Anmeldung mit dem Genesys-Konto"_s},
        {.name = u"Intranet wallboard"_s,
         .grant = kCode,
         .description = u"Queue wallboard on the floor screens (internal HTTP host)"_s,
         .redirects = {u"http://wallboard.northwind.local/auth/callback"_s},
         .scopes = {u"analytics:readonly"_s, u"routing:readonly"_s},
         .createdDaysAgo = 930,
         .modifiedDaysAgo = 500,
         .createdBy = 1,
         .modifiedBy = 1,
         .usage = 1500,
         .de = u"Warteschlangen-Wallboard auf den Bildschirmen im Großraumbüro"_s},
        {.name = u"Partner portal (multi-tenant)"_s,
         .grant = kCode,
         .description = u"Partner sub-sites share one client through a wildcard redirect"_s,
         .redirects = {u"https://*.partners.northwind.example/oauth/callback"_s},
         .scopes = {u"analytics:readonly"_s, u"conversations:readonly"_s, u"users:readonly"_s},
         .createdDaysAgo = 260,
         .modifiedDaysAgo = 30,
         .createdBy = 6,
         .modifiedBy = 6,
         .usage = 330,
         .de = u"Partner-Unterseiten teilen sich einen Client über eine Wildcard-Weiterleitung"_s},
        {.name = u"Recording export to S3"_s,
         .grant = kCc,
         .description = u"Moves recordings older than 30 days to the archive bucket"_s,
         .roles = {{u"Integration - Recording Export"_s, u"*"_s}},
         .createdDaysAgo = 600,
         .modifiedDaysAgo = 210,
         .createdBy = 5,
         .modifiedBy = 5,
         .usage = 950,
         .legacyRoleIds = true},
        {.name = u"Speech analytics pilot"_s,
         .grant = kCc,
         .state = u"inactive"_s,
         .description = u"Pilot ended in March; scheduled for deletion"_s,
         .roles = {{u"Integration - Reporting Readonly"_s, customer}},
         .createdDaysAgo = 200,
         .createdBy = 5,
         .modifiedBy = 0,
         .usage = 60,
         .deleteInDays = 3},
        {.name = u"Old chat widget"_s,
         .grant = kToken,
         .state = u"inactive"_s,
         .description = u"Widget v1 deployment, replaced by Messenger"_s,
         .redirects = {u"https://www.northwind.example/support/chat"_s},
         .scopes = {u"web-chat"_s, u"widgets"_s},
         .createdDaysAgo = 1300,
         .createdBy = 1,
         .modifiedBy = 0,
         .usage = 25,
         .deleteInDays = 14},
        {.name = u"Quality evaluation bot"_s,
         .grant = kCc,
         .state = u"disabled"_s,
         .description = u"Auto-scores calls; disabled while the vendor contract is renewed"_s,
         .roles = {{u"Integration - Quality Bot"_s, customer}},
         .createdDaysAgo = 330,
         .modifiedDaysAgo = 21,
         .createdBy = 2,
         .modifiedBy = 0,
         .usage = 80},
        {.name = u"Data actions - CRM lookup"_s,
         .grant = kCc,
         .description = u"Used by Architect data actions to look up callers in the CRM"_s,
         .roles = {{u"Integration - Data Actions"_s, u"Home"_s}},
         .lifetime = 3600,
         .createdDaysAgo = 840,
         .modifiedDaysAgo = 77,
         .createdBy = 3,
         .modifiedBy = 3,
         .usage = 5200},
        {.name = u"Ops automation (full access)"_s,
         .grant = kCc,
         .description = u"Terraform and the ops scripts; admin on all divisions. Review quarterly"_s,
         .roles = {{u"admin"_s, u"*"_s}},
         .createdDaysAgo = 760,
         .modifiedDaysAgo = 8,
         .createdBy = 0,
         .modifiedBy = 0,
         .usage = 1100,
         .extra = {{u"customProperties"_s,
                    QJsonObject{{u"owner"_s, u"platform-team"_s}, {u"ticket"_s, u"OPS-1142"_s}}}}},
        {.name = u"Outbound dialer list loader"_s,
         .grant = kCc,
         .description = u"Uploads the morning contact lists for the collections campaigns"_s,
         .roles = {{u"Integration - Outbound Loader"_s, u"Collections"_s}},
         .createdDaysAgo = 500,
         .modifiedDaysAgo = 150,
         .createdBy = 4,
         .modifiedBy = 4,
         .usage = 420},
        {.name = u"Teams presence sync"_s,
         .grant = kCc,
         .description = u"Mirrors Microsoft Teams presence into Genesys Cloud and back"_s,
         .roles = {{u"Integration - Directory Sync"_s, u"*"_s}},
         .createdDaysAgo = 410,
         .modifiedDaysAgo = 60,
         .createdBy = 6,
         .modifiedBy = 6,
         .usage = 3100},
        {.name = u"Marketing journey analytics"_s,
         .grant = kCode,
         .description = u"Journey dashboards for the marketing team"_s,
         .redirects = {u"https://journeys.northwind.example/auth/genesys"_s},
         .scopes = {u"journey:readonly"_s, u"analytics:readonly"_s},
         .createdDaysAgo = 300,
         .modifiedDaysAgo = 100,
         .createdBy = 2,
         .modifiedBy = 2,
         .usage = 210,
         .de = u"Journey-Dashboards für das Marketing-Team"_s},
        {.name = u"Mobile supervisor app"_s,
         .grant = kCode,
         .description = u"iOS and Android supervisor app (custom-scheme redirect)"_s,
         .redirects = {u"com.northwind.supervisor:/oauth2redirect"_s},
         .scopes = {u"analytics:readonly"_s, u"routing:readonly"_s, u"users:readonly"_s,
                    u"presence:readonly"_s},
         .createdDaysAgo = 240,
         .modifiedDaysAgo = 40,
         .createdBy = 1,
         .modifiedBy = 1,
         .usage = 450,
         .de = u"Supervisor-App für iOS und Android (Weiterleitung über eigenes Schema)"_s},
        {.name = u"Knowledge base sync"_s,
         .grant = kCc,
         .description = u"Publishes Confluence articles to the knowledge base"_s,
         .roles = {{u"Integration - Chat Bot"_s, u"Home"_s}},
         .createdDaysAgo = 150,
         .modifiedDaysAgo = 15,
         .createdBy = 2,
         .modifiedBy = 2,
         .usage = 140},
        {.name = u"Quarterly audit export"_s,
         .grant = kCc,
         .state = u"inactive"_s,
         .description = u"Replaced by the audit feed of the SIEM"_s,
         .roles = {{u"Read-only Auditor"_s, u"Home"_s}},
         .createdDaysAgo = 700,
         .createdBy = 4,
         .modifiedBy = 4,
         .usage = 15,
         .deleteInDays = 20},
        {.name = u"Sandbox test harness"_s,
         .grant = kCode,
         .redirects = {u"https://qa.northwind.example/callback"_s},
         .scopes = {u"users:readonly"_s},
         .lifetime = 600,
         .createdDaysAgo = 90,
         .modifiedDaysAgo = 90,
         .createdBy = 5,
         .modifiedBy = 5,
         .usage = 35},
        {.name = u"Billing usage collector"_s,
         .grant = kCc,
         .description = u"Collects licence usage for the monthly chargeback"_s,
         .roles = {{u"Integration - Billing Collector"_s, u"Billing"_s}},
         .createdDaysAgo = 520,
         .modifiedDaysAgo = 250,
         .createdBy = 4,
         .modifiedBy = 4,
         .usage = 70},
        {.name = u"Collections dialer (BPO)"_s,
         .grant = kCc,
         .state = u"disabled"_s,
         .description = u"Contoso BPO dialer integration; suspended pending security review"_s,
         .roles = {{u"Integration - Outbound Loader"_s, u"Partner BPO"_s}},
         .createdDaysAgo = 350,
         .modifiedDaysAgo = 33,
         .createdBy = 3,
         .modifiedBy = 0,
         .usage = 90},
        {.name = u"SSO bridge for contractors"_s,
         .grant = kSaml,
         .state = u"disabled"_s,
         .description = u"Contractor IdP bridge, disabled when the contract ended"_s,
         .scopes = {u"users:readonly"_s, u"presence"_s},
         .createdDaysAgo = 640,
         .modifiedDaysAgo = 180,
         .createdBy = 3,
         .modifiedBy = 3,
         .usage = 20},
        {.name = u"Field service scheduler"_s,
         .grant = kCode,
         .description = u"Books technician callbacks from the field service app"_s,
         .redirects = {u"https://fieldservice.northwind.example/oauth/callback"_s},
         .scopes = {u"conversations"_s, u"routing:readonly"_s, u"external-contacts"_s},
         .createdDaysAgo = 275,
         .modifiedDaysAgo = 70,
         .createdBy = 6,
         .modifiedBy = 6,
         .usage = 380},
        {.name = u"Chatbot (Dialogflow) fulfilment"_s,
         .grant = kCc,
         .description = u"Fulfilment webhook for the Dialogflow CX bot"_s,
         .roles = {{u"Integration - Chat Bot"_s, customer}},
         .createdDaysAgo = 190,
         .modifiedDaysAgo = 19,
         .createdBy = 2,
         .modifiedBy = 2,
         .usage = 2700},
        {.name = u"Legacy reporting (password grant)"_s,
         .grant = kPassword,
         .state = u"inactive"_s,
         .description = u"Old Crystal Reports extract; uses a service account's password"_s,
         .scopes = {u"analytics:readonly"_s},
         .createdDaysAgo = 1500,
         .createdBy = 1,
         .modifiedBy = 0,
         .usage = 30,
         .deleteInDays = 25},
        {.name = u"Customer satisfaction survey sender"_s,
         .grant = kCc,
         .description = u"Sends post-call surveys through the messaging API"_s,
         .roles = {{u"Integration - Chat Bot"_s, customer}},
         .createdDaysAgo = 230,
         .modifiedDaysAgo = 50,
         .createdBy = 2,
         .modifiedBy = 2,
         .usage = 640},
        {.name = u"Translation service webhook"_s,
         .grant = kCc,
         .description = u"Machine translation for chats; never went live"_s,
         .roles = {{u"Integration - Chat Bot"_s, customer}},
         .createdDaysAgo = 160,
         .modifiedDaysAgo = 160,
         .createdBy = 5,
         .modifiedBy = 5,
         .usage = 0},
        {.name = u"Slack notifier"_s,
         .grant = kCc,
         .description = u"Posts queue alerts to the #contact-center Slack channel"_s,
         .roles = {{u"Integration - Reporting Readonly"_s, u"Home"_s}},
         .createdDaysAgo = 2,
         .modifiedDaysAgo = 2,
         .createdBy = 0,
         .modifiedBy = 0,
         .usage = 180},
        {.name = u"Gamification leaderboard"_s,
         .grant = kCode,
         .description = u"Leaderboard on the agent portal"_s,
         .redirects = {u"https://portal.northwind.example/leaderboard/auth"_s},
         .scopes = {u"gamification:readonly"_s, u"users:readonly"_s},
         .createdDaysAgo = 5,
         .modifiedDaysAgo = 1,
         .createdBy = 6,
         .modifiedBy = 0,
         .usage = 90,
         .de = u"Bestenliste im Agentenportal"_s},
        {.name = u"Emergency broadcast"_s,
         .grant = kCc,
         .description = u"Plays the emergency closure announcement; only used in emergencies"_s,
         .roles = {{u"Contact Center Manager"_s, u"*"_s}},
         .createdDaysAgo = 400,
         .modifiedDaysAgo = 400,
         .createdBy = 1,
         .modifiedBy = 1,
         .usage = 0},
        {.name = u"Screen recording uploader"_s,
         .grant = kCc,
         .description = u"Uploads screen recordings from the desktop recorder"_s,
         .roles = {{u"Integration - Recording Export"_s, customer}},
         .createdDaysAgo = 310,
         .modifiedDaysAgo = 110,
         .createdBy = 5,
         .modifiedBy = 5,
         .usage = 1300},
        {.name = u"Tableau extract"_s,
         .grant = kCc,
         .description = u"Hourly extract of conversation aggregates for Tableau"_s,
         .roles = {{u"Integration - Reporting Readonly"_s, u"*"_s}},
         .lifetime = 86400,
         .createdDaysAgo = 580,
         .modifiedDaysAgo = 280,
         .createdBy = 5,
         .modifiedBy = 5,
         .usage = 880},
        {.name = u"Migration helper 2022"_s,
         .grant = kCc,
         .state = u"inactive"_s,
         .description = u"One-off migration from the old PBX"_s,
         .roles = {{u"Telephony Admin"_s, u"*"_s}},
         .createdDaysAgo = 1100,
         .createdBy = 3,
         .modifiedBy = 0,
         .usage = 10,
         .deleteInDays = 11,
         .legacyRoleIds = true},
        {.name = u"Employee self-service portal"_s,
         .grant = kCode,
         .description = u"Agents swap shifts and request time off"_s,
         .redirects = {u"https://ess.northwind.example/signin-genesys"_s,
                       u"https://ess-staging.northwind.example/signin-genesys"_s},
         .scopes = {u"workforce-management"_s, u"users:readonly"_s, u"user-basic-info"_s},
         .createdDaysAgo = 470,
         .modifiedDaysAgo = 26,
         .createdBy = 4,
         .modifiedBy = 4,
         .usage = 1700},
        {.name = u"Kiosk password login"_s,
         .grant = kPassword,
         .description = u"Lobby kiosk that signs in with a shared service account"_s,
         .scopes = {u"presence:readonly"_s, u"routing:readonly"_s},
         .lifetime = 1800,
         .createdDaysAgo = 1200,
         .modifiedDaysAgo = 600,
         .createdBy = 1,
         .modifiedBy = 1,
         .usage = 120},
        {.name = u"SAML partner access (Contoso BPO)"_s,
         .grant = kSaml,
         .description = u"Contoso agents sign in through their own IdP"_s,
         .scopes = {u"conversations"_s, u"presence"_s, u"users:readonly"_s},
         .createdDaysAgo = 360,
         .modifiedDaysAgo = 85,
         .createdBy = 3,
         .modifiedBy = 3,
         .usage = 2100},
        {.name = u"Archive purge job"_s,
         .grant = kCc,
         .state = u"disabled"_s,
         .description = u"Deletes archived recordings past retention; disabled during legal hold"_s,
         .roles = {{u"Integration - Recording Export"_s, u"Archive"_s}},
         .createdDaysAgo = 900,
         .modifiedDaysAgo = 14,
         .createdBy = 4,
         .modifiedBy = 0,
         .usage = 5},
        {.name = u"Genesys Cloud CLI (ops laptop)"_s,
         .grant = kCc,
         .description = u"gc CLI on the on-call laptop; read-mostly"_s,
         .roles = {{u"Read-only Auditor"_s, u"*"_s}, {u"Developer"_s, u"Home"_s}},
         .lifetime = 3600,
         .createdDaysAgo = 130,
         .modifiedDaysAgo = 10,
         .createdBy = 0,
         .modifiedBy = 0,
         .usage = 75},
        // For the Insights page: a client that went quiet 45 days ago (unused over the
        // last 7 or 30 days, not over 90), and one created 4 days ago that has not called yet (new,
        // not unused). Its http redirect is on a loopback host, which the checks must not flag.
        {.name = u"Holiday campaign uploader"_s,
         .grant = kCc,
         .description = u"Loads the seasonal outbound lists; the winter campaign ended in January"_s,
         .roles = {{u"Integration - Outbound Loader"_s, u"Sales"_s}},
         .createdDaysAgo = 420,
         .modifiedDaysAgo = 100,
         .createdBy = 4,
         .modifiedBy = 4,
         .usage = 300,
         .quietForDays = 45},
        {.name = u"Voice bot pilot (staging)"_s,
         .grant = kCode,
         .description = u"Staging build of the voice bot; developers sign in from their machines"_s,
         .redirects = {u"http://localhost:8080/callback"_s},
         .scopes = {u"conversations"_s, u"users:readonly"_s},
         .lifetime = 3600,
         .createdDaysAgo = 4,
         .modifiedDaysAgo = 4,
         .createdBy = 6,
         .modifiedBy = 6,
         .usage = 0},
    };
}

QString divisionId(const DemoOrg &org, const QString &name)
{
    if (name == u"*")
        return name;
    for (const DemoDivision &d : org.divisions)
        if (d.name == name)
            return d.id;
    qFatal("sandbox demo data: unknown division");
}

QString roleId(const DemoOrg &org, const QString &name)
{
    for (const DemoRole &r : org.roles)
        if (r.name == name)
            return r.id;
    qFatal("sandbox demo data: unknown role");
}

QString clientIdFor(const DemoOrg &org, const QString &name)
{
    for (const ClientRecord &c : org.clients)
        if (c.name == name)
            return c.id;
    qFatal("sandbox demo data: unknown client");
}

} // namespace

void addDemoClients(DemoOrg &org, const QDateTime &now)
{
    const qint64 nowMs = now.toMSecsSinceEpoch();
    for (const ClientSpec &s : clientSpecs()) {
        const QString id = nameUuid(u"client:"_s + s.name);
        // Spread the times of day so the dates look like people made them.
        const qint64 jitter = qint64(stableHash(s.name) % (8 * 3600)) * 1000;
        const qint64 created = nowMs - s.createdDaysAgo * kDayMs - jitter;
        qint64 modified = qMax(created, nowMs - s.modifiedDaysAgo * kDayMs - jitter / 2);
        QJsonObject o{{u"id"_s, id},
                      {u"name"_s, s.name},
                      {u"accessTokenValiditySeconds"_s, s.lifetime},
                      {u"authorizedGrantType"_s, s.grant},
                      {u"state"_s, s.state},
                      {u"dateCreated"_s, isoDateMs(created)},
                      {u"createdBy"_s, userRef(org.users[s.createdBy].id, org.users[s.createdBy].name)},
                      {u"modifiedBy"_s, userRef(org.users[s.modifiedBy].id, org.users[s.modifiedBy].name)},
                      {u"selfUri"_s, u"/api/v2/oauth/clients/"_s + id}};
        if (!s.description.isEmpty())
            o.insert(u"description"_s, s.description);
        if (!s.redirects.isEmpty())
            o.insert(u"registeredRedirectUri"_s, QJsonArray::fromStringList(s.redirects));
        if (!s.scopes.isEmpty())
            o.insert(u"scope"_s, QJsonArray::fromStringList(s.scopes));
        if (!s.roles.isEmpty()) {
            QJsonArray rd;
            QJsonArray roleIds;
            for (const auto &[role, division] : s.roles) {
                rd.append(QJsonObject{{u"roleId"_s, roleId(org, role)},
                                      {u"divisionId"_s, divisionId(org, division)}});
                roleIds.append(roleId(org, role));
            }
            o.insert(u"roleDivisions"_s, rd);
            if (s.legacyRoleIds)
                o.insert(u"roleIds"_s, roleIds);
        }
        if (s.state == u"inactive") {
            const qint64 toDelete = nowMs + s.deleteInDays * kDayMs - jitter / 4;
            modified = toDelete - kDaysUntilDelete * kDayMs;
            o.insert(u"dateToDelete"_s, isoDateMs(toDelete));
        }
        o.insert(u"dateModified"_s, isoDateMs(modified));
        for (auto it = s.extra.begin(); it != s.extra.end(); ++it)
            o.insert(it.key(), it.value());

        ClientRecord r;
        r.setObject(o);
        r.usageVolume = s.usage;
        r.usageFamily = usageFamilyForName(s.name);
        if (s.quietForDays > 0)
            r.usageEndMs = (nowMs / kDayMs - s.quietForDays) * kDayMs;
        r.descriptionDe = s.de;
        org.clients.append(r);
    }
    org.adminClientId = org.clients[0].id;
    org.pkceClientId = org.clients[1].id;

    struct AuthSpec
    {
        QString client;
        QString state;
        bool pending;
        QStringList roles;
        int createdDaysAgo;
        int modifiedDaysAgo;
    };
    const QList<AuthSpec> auths = {
        {u"OAuth Desk (PKCE sign-in)"_s, u"Authorized"_s, false, {u"Master Admin"_s}, 300, 20},
        {u"Salesforce CTI connector"_s, u"Authorized"_s, false, {u"employee"_s, u"Supervisor"_s}, 900, 64},
        {u"Agent desktop (web)"_s, u"Authorized"_s, false, {u"employee"_s}, 950, 400},
        {u"Intranet wallboard"_s, u"Authorized"_s, false, {u"Supervisor"_s}, 800, 500},
        {u"ServiceNow incident bridge"_s, u"Requested"_s, true, {u"employee"_s}, 12, 12},
        {u"Partner portal (multi-tenant)"_s, u"Requested"_s, true, {u"employee"_s}, 4, 4},
        {u"Mobile supervisor app"_s, u"Unauthorized"_s, false, {}, 60, 60},
        {u"Gamification leaderboard"_s, u"Unauthorized"_s, true, {}, 1, 1},
        {u"Marketing journey analytics"_s, u"Revoked"_s, false, {u"employee"_s}, 280, 35},
    };
    for (const AuthSpec &a : auths) {
        DemoAuthorization auth;
        auth.clientId = clientIdFor(org, a.client);
        auth.state = a.state;
        auth.pending = a.pending;
        for (const ClientRecord &c : org.clients)
            if (c.id == auth.clientId)
                for (const QJsonValue &v : c.object().value(u"scope"_s).toArray())
                    auth.scope.append(v.toString());
        for (const QString &role : a.roles)
            auth.roleIds.append(roleId(org, role));
        auth.createdMs = nowMs - a.createdDaysAgo * kDayMs;
        auth.modifiedMs = nowMs - a.modifiedDaysAgo * kDayMs;
        org.authorizations.append(auth);
    }
}

} // namespace sandbox

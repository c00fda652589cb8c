// SPDX-License-Identifier: GPL-3.0-or-later
// The demo org's reference data: users, the scope catalogue (English and German), roles and
// divisions. The clients and authorizations are in democlients.cpp.
#include "app/sandbox/demodata.h"

#include "app/sandbox/sandboxcommon.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace sandbox {

QJsonObject ClientRecord::object() const
{
    return QJsonDocument::fromJson(json).object();
}

void ClientRecord::setObject(const QJsonObject &object)
{
    json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    id = object.value(u"id"_s).toString();
    name = object.value(u"name"_s).toString();
    grant = object.value(u"authorizedGrantType"_s).toString();
    state = object.value(u"state"_s).toString();
    const QDateTime created = parseIsoDate(object.value(u"dateCreated"_s).toString());
    createdMs = created.isValid() ? created.toMSecsSinceEpoch() : 0;
}

const DemoRole *DemoOrg::role(const QString &id) const
{
    for (const DemoRole &r : roles)
        if (r.id == id)
            return &r;
    return nullptr;
}

const DemoDivision *DemoOrg::division(const QString &id) const
{
    for (const DemoDivision &d : divisions)
        if (d.id == id)
            return &d;
    return nullptr;
}

const DemoUser *DemoOrg::user(const QString &id) const
{
    for (const DemoUser &u : users)
        if (u.id == id)
            return &u;
    return nullptr;
}

const DemoScope *DemoOrg::scope(const QString &id) const
{
    for (const DemoScope &s : scopes)
        if (s.id == id)
            return &s;
    return nullptr;
}

namespace {

QList<DemoUser> demoUsers()
{
    const QList<std::pair<QString, QString>> people = {
        {u"Dana Whitfield"_s, u"dana.whitfield"_s}, {u"Marcus Lindqvist"_s, u"marcus.lindqvist"_s},
        {u"Priya Raman"_s, u"priya.raman"_s},       {u"Tomás Ortega"_s, u"tomas.ortega"_s},
        {u"Helga Brandt"_s, u"helga.brandt"_s},     {u"Kenji Watanabe"_s, u"kenji.watanabe"_s},
        {u"Aisha Okafor"_s, u"aisha.okafor"_s},
    };
    QList<DemoUser> users;
    for (const auto &[name, login] : people)
        users.append({nameUuid(u"user:"_s + login), name, login + u"@northwind.example"_s});
    return users;
}

QList<DemoScope> demoScopes()
{
    struct Base
    {
        QString id;
        QString en;
        QString de;
    };
    // Scopes with a full and a ":readonly" variant.
    const QList<Base> bases = {
        {u"alerting"_s, u"alerting rules and alerts"_s, u"Warnungsregeln und Warnungen"_s},
        {u"analytics"_s, u"analytics data"_s, u"Analysedaten"_s},
        {u"architect"_s, u"Architect flows, prompts and schedules"_s,
         u"Architect-Flows, Ansagen und Zeitpläne"_s},
        {u"assistants"_s, u"agent assistants"_s, u"Agentenassistenten"_s},
        {u"authorization"_s, u"roles, divisions and grants"_s, u"Rollen, Divisionen und Zuweisungen"_s},
        {u"bots"_s, u"bot integrations"_s, u"Bot-Integrationen"_s},
        {u"coaching"_s, u"coaching appointments"_s, u"Coaching-Termine"_s},
        {u"content-management"_s, u"documents and workspaces"_s, u"Dokumente und Arbeitsbereiche"_s},
        {u"conversations"_s, u"conversations"_s, u"Unterhaltungen"_s},
        {u"dependency-tracking"_s, u"dependency tracking data"_s, u"Abhängigkeitsdaten"_s},
        {u"devices"_s, u"devices"_s, u"Geräte"_s},
        {u"employee-performance"_s, u"employee performance data"_s, u"Mitarbeiterleistungsdaten"_s},
        {u"external-contacts"_s, u"external contacts and organizations"_s,
         u"externe Kontakte und Organisationen"_s},
        {u"fax"_s, u"fax documents"_s, u"Faxdokumente"_s},
        {u"gamification"_s, u"gamification profiles and metrics"_s, u"Gamification-Profile und Kennzahlen"_s},
        {u"geolocation"_s, u"geolocation settings"_s, u"Standorteinstellungen"_s},
        {u"greetings"_s, u"voicemail greetings"_s, u"Voicemail-Ansagen"_s},
        {u"groups"_s, u"groups"_s, u"Gruppen"_s},
        {u"identity-providers"_s, u"identity providers"_s, u"Identitätsanbieter"_s},
        {u"infrastructure-as-code"_s, u"infrastructure-as-code jobs"_s, u"Infrastructure-as-Code-Aufträge"_s},
        {u"integrations"_s, u"integrations"_s, u"Integrationen"_s},
        {u"journey"_s, u"customer journey data"_s, u"Customer-Journey-Daten"_s},
        {u"knowledge"_s, u"knowledge bases"_s, u"Wissensdatenbanken"_s},
        {u"language-understanding"_s, u"natural language understanding domains"_s, u"NLU-Domänen"_s},
        {u"learning"_s, u"learning modules"_s, u"Lernmodule"_s},
        {u"license"_s, u"licenses"_s, u"Lizenzen"_s},
        {u"locations"_s, u"locations"_s, u"Standorte"_s},
        {u"messaging"_s, u"messaging integrations"_s, u"Messaging-Integrationen"_s},
        {u"notifications"_s, u"notification channels"_s, u"Benachrichtigungskanäle"_s},
        {u"oauth"_s, u"OAuth clients and authorizations"_s, u"OAuth-Clients und Autorisierungen"_s},
        {u"organization"_s, u"organization settings"_s, u"Organisationseinstellungen"_s},
        {u"organization-authorization"_s, u"organization trusts"_s, u"Organisationsvertrauensstellungen"_s},
        {u"outbound"_s, u"outbound campaigns and contact lists"_s, u"Outbound-Kampagnen und Kontaktlisten"_s},
        {u"presence"_s, u"presence"_s, u"Präsenzstatus"_s},
        {u"quality"_s, u"quality evaluations and surveys"_s, u"Qualitätsbewertungen und Umfragen"_s},
        {u"recordings"_s, u"recordings"_s, u"Aufzeichnungen"_s},
        {u"response-management"_s, u"canned responses"_s, u"Antwortvorlagen"_s},
        {u"routing"_s, u"queues, skills and routing"_s, u"Warteschlangen, Skills und Routing"_s},
        {u"scim"_s, u"SCIM users and groups"_s, u"SCIM-Benutzer und -Gruppen"_s},
        {u"screen-recording"_s, u"screen recordings"_s, u"Bildschirmaufzeichnungen"_s},
        {u"scripts"_s, u"agent scripts"_s, u"Agentenskripte"_s},
        {u"speech-and-text-analytics"_s, u"speech and text analytics"_s, u"Sprach- und Textanalyse"_s},
        {u"stations"_s, u"stations"_s, u"Stationen"_s},
        {u"task-management"_s, u"work items and workbins"_s, u"Arbeitselemente und Arbeitsablagen"_s},
        {u"telephony"_s, u"telephony configuration"_s, u"Telefoniekonfiguration"_s},
        {u"textbots"_s, u"text bots"_s, u"Textbots"_s},
        {u"user-recordings"_s, u"personal recordings"_s, u"persönliche Aufzeichnungen"_s},
        {u"users"_s, u"users"_s, u"Benutzer"_s},
        {u"web-chat"_s, u"web chat deployments"_s, u"Web-Chat-Bereitstellungen"_s},
        {u"web-deployments"_s, u"Messenger deployments"_s, u"Messenger-Bereitstellungen"_s},
        {u"widgets"_s, u"widget deployments"_s, u"Widget-Bereitstellungen"_s},
        {u"workforce-management"_s, u"workforce management data"_s, u"Personaleinsatzplanungsdaten"_s},
    };
    QList<DemoScope> scopes;
    for (const Base &b : bases) {
        scopes.append(
            {b.id, u"Perform all operations on "_s + b.en, u"Alle Vorgänge für "_s + b.de + u" ausführen"_s});
        scopes.append({b.id + u":readonly"_s, u"View "_s + b.en, b.de + u" anzeigen"_s});
    }
    scopes.append({u"audits:readonly"_s, u"View audit records"_s, u"Audit-Einträge anzeigen"_s});
    scopes.append({u"billing:readonly"_s, u"View billing and subscription data"_s,
                   u"Abrechnungs- und Abonnementdaten anzeigen"_s});
    scopes.append({u"search:readonly"_s, u"Search users, groups and locations"_s,
                   u"Benutzer, Gruppen und Standorte durchsuchen"_s});
    scopes.append({u"upload"_s, u"Upload files"_s, u"Dateien hochladen"_s});
    scopes.append({u"user-basic-info"_s, u"View your own name, email and organization"_s,
                   u"Eigenen Namen, E-Mail-Adresse und Organisation anzeigen"_s});
    return scopes;
}

QList<DemoRole> demoRoles()
{
    struct Spec
    {
        QString name;
        QString description;
        QStringList permissions;
        bool builtIn;
    };
    const QList<Spec> specs = {
        {u"Master Admin"_s, u"Grants all permissions in the organization"_s, {u"*:*:*"_s}, true},
        {u"admin"_s,
         u"Organization administrator"_s,
         {u"oauth:*:*"_s, u"authorization:*:*"_s, u"directory:*:*"_s, u"routing:*:*"_s, u"usage:*:*"_s,
          u"analytics:*:*"_s, u"telephony:*:*"_s, u"architect:*:*"_s, u"admin:*:*"_s},
         true},
        {u"employee"_s,
         u"Basic access for every employee"_s,
         {u"directory:user:view"_s, u"directory:group:view"_s, u"authorization:grant:view"_s},
         true},
        {u"User"_s, u"Default user role"_s, {u"directory:user:view"_s, u"conversation:call:add"_s}, true},
        {u"Supervisor"_s,
         u"Monitors queues and agents"_s,
         {u"analytics:conversationDetail:view"_s, u"routing:queue:view"_s, u"directory:user:view"_s},
         true},
        {u"Quality Administrator"_s,
         u"Manages evaluation forms and policies"_s,
         {u"quality:evaluationForm:*"_s, u"quality:evaluation:*"_s},
         true},
        {u"Quality Evaluator"_s, u"Evaluates interactions"_s, {u"quality:evaluation:edit"_s}, true},
        {u"Contact Center Manager"_s,
         u"Manages queues, flows and schedules"_s,
         {u"routing:*:*"_s, u"architect:*:*"_s, u"analytics:*:view"_s},
         true},
        {u"Outbound Admin"_s, u"Manages campaigns and contact lists"_s, {u"outbound:*:*"_s}, true},
        {u"Outbound Agent"_s, u"Handles outbound calls"_s, {u"outbound:campaign:view"_s}, true},
        {u"Communicate - Admin"_s, u"Administers Communicate"_s, {u"telephony:plugin:all"_s}, true},
        {u"Communicate - User"_s, u"Uses Communicate"_s, {u"directory:user:view"_s}, true},
        {u"Telephony Admin"_s, u"Manages trunks, sites and phones"_s, {u"telephony:*:*"_s}, true},
        {u"Trusted External User"_s, u"Access granted through an organization trust"_s, {}, true},
        {u"Developer"_s,
         u"Builds integrations; can view OAuth clients and usage"_s,
         {u"oauth:client:view"_s, u"usage:client:view"_s, u"integrations:integration:view"_s},
         true},
        {u"People Manager"_s, u"Manages direct reports"_s, {u"directory:user:edit"_s}, true},
        {u"Integration - OAuth Manager"_s,
         u"Manages OAuth clients and reads API usage (OAuth Desk)"_s,
         {u"oauth:client:view"_s, u"oauth:client:add"_s, u"oauth:client:edit"_s, u"oauth:client:delete"_s,
          u"oauth:client:authorize"_s, u"authorization:role:view"_s, u"usage:client:view"_s,
          u"usage:organization:view"_s},
         false},
        {u"Integration - SCIM Provisioning"_s,
         u"Creates, updates and deactivates users from Okta"_s,
         {u"directory:user:*"_s, u"directory:group:*"_s, u"authorization:grant:*"_s,
          u"routing:skill:assign"_s},
         false},
        {u"Integration - WFM Export"_s,
         u"Reads schedules and adherence for the nightly export"_s,
         {u"wfm:schedule:view"_s, u"wfm:historicalAdherence:view"_s,
          u"analytics:conversationAggregate:view"_s},
         false},
        {u"Integration - CRM Connector"_s,
         u"Screen pops and call control for the CRM"_s,
         {u"conversation:call:*"_s, u"directory:user:view"_s, u"routing:queue:view"_s},
         false},
        {u"Integration - Reporting Readonly"_s,
         u"Read-only access to analytics for BI tools"_s,
         {u"analytics:*:view"_s, u"routing:queue:view"_s, u"directory:user:view"_s},
         false},
        {u"Integration - Recording Export"_s,
         u"Exports recordings to the archive bucket"_s,
         {u"recording:recording:view"_s, u"recording:recording:export"_s},
         false},
        {u"Integration - Data Actions"_s,
         u"Runs data actions against the CRM"_s,
         {u"integrations:action:execute"_s},
         false},
        {u"Integration - Directory Sync"_s,
         u"Keeps presence and users in sync with Microsoft Teams"_s,
         {u"directory:user:view"_s, u"presence:userPresence:edit"_s},
         false},
        {u"Integration - Outbound Loader"_s,
         u"Loads contact lists for the dialer"_s,
         {u"outbound:contact:*"_s, u"outbound:contactList:view"_s},
         false},
        {u"Integration - Chat Bot"_s,
         u"Fulfils bot intents"_s,
         {u"conversation:message:create"_s, u"conversation:webmessaging:view"_s},
         false},
        {u"Integration - Quality Bot"_s,
         u"Scores interactions automatically"_s,
         {u"quality:evaluation:*"_s},
         false},
        {u"Integration - Billing Collector"_s,
         u"Reads licence and usage data for chargeback"_s,
         {u"billing:subscription:view"_s, u"usage:organization:view"_s},
         false},
        {u"Workforce Management Admin"_s, u"Administers WFM"_s, {u"wfm:*:*"_s}, false},
        {u"Routing Admin"_s, u"Administers queues and skills"_s, {u"routing:*:*"_s}, false},
        {u"Directory Admin"_s, u"Administers users and groups"_s, {u"directory:*:*"_s}, false},
        {u"Read-only Auditor"_s,
         u"Views audits and configuration"_s,
         {u"audits:audit:view"_s, u"oauth:client:view"_s, u"authorization:role:view"_s},
         false},
    };
    QList<DemoRole> roles;
    int i = 0;
    for (const Spec &s : specs) {
        const int users = s.name == u"Master Admin" ? 3 : int(mix64(quint64(++i)) % 180);
        roles.append({nameUuid(u"role:"_s + s.name), s.name, s.description, s.permissions, users, s.builtIn});
    }
    return roles;
}

QList<DemoDivision> demoDivisions()
{
    const QList<std::pair<QString, QString>> specs = {
        {u"Home"_s, u"The home division: everything not assigned elsewhere"_s},
        {u"Sales"_s, u"Inbound and outbound sales teams"_s},
        {u"Customer Service"_s, u"Tier 1 and tier 2 support"_s},
        {u"Billing"_s, u"Billing enquiries and disputes"_s},
        {u"Collections"_s, u"Collections and payment plans"_s},
        {u"Field Operations"_s, u"Dispatch and field technicians"_s},
        {u"Partner BPO"_s, u"Outsourced overflow handled by Contoso BPO"_s},
        {u"Archive"_s, u"Retired queues and flows kept for reporting"_s},
    };
    QList<DemoDivision> divisions;
    for (const auto &[name, description] : specs)
        divisions.append({nameUuid(u"division:"_s + name), name, description, name == u"Home"});
    return divisions;
}

} // namespace

// Defined in democlients.cpp.
void addDemoClients(DemoOrg &org, const QDateTime &now);

DemoOrg buildDemoOrg(const QDateTime &now)
{
    DemoOrg org;
    org.orgId = u"8f6e2b1c-3d4a-4e5f-9a0b-7c1d2e3f4a5b"_s;
    org.orgName = u"Northwind Contact Center"_s;
    org.users = demoUsers();
    org.scopes = demoScopes();
    org.roles = demoRoles();
    org.divisions = demoDivisions();
    addDemoClients(org, now);
    return org;
}

} // namespace sandbox

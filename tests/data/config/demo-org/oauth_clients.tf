# OAuth clients of "Northwind Contact Center" (8f6e2b1c-3d4a-4e5f-9a0b-7c1d2e3f4a5b), region us_east_1, exported by OAuth Desk from a snapshot taken 2026-03-15T12:00:00.000Z.
#
# Secrets are never exported. A client marked "uses a secret" keeps its current secret when
# it is imported (imports.tf); a client that Terraform creates gets a new one, which the
# provider keeps in the state only with expose_client_secret = true.

terraform {
  required_providers {
    genesyscloud = {
      source = "mypurecloud/genesyscloud"
    }
  }
}

data "genesyscloud_auth_role" "Contact_Center_Manager" {
  name = "Contact Center Manager"
}

data "genesyscloud_auth_role" "Developer" {
  name = "Developer"
}

data "genesyscloud_auth_role" "Directory_Admin" {
  name = "Directory Admin"
}

data "genesyscloud_auth_role" "Integration_-_Billing_Collector" {
  name = "Integration - Billing Collector"
}

data "genesyscloud_auth_role" "Integration_-_CRM_Connector" {
  name = "Integration - CRM Connector"
}

data "genesyscloud_auth_role" "Integration_-_Chat_Bot" {
  name = "Integration - Chat Bot"
}

data "genesyscloud_auth_role" "Integration_-_Data_Actions" {
  name = "Integration - Data Actions"
}

data "genesyscloud_auth_role" "Integration_-_Directory_Sync" {
  name = "Integration - Directory Sync"
}

data "genesyscloud_auth_role" "Integration_-_Outbound_Loader" {
  name = "Integration - Outbound Loader"
}

data "genesyscloud_auth_role" "Integration_-_Recording_Export" {
  name = "Integration - Recording Export"
}

data "genesyscloud_auth_role" "Integration_-_Reporting_Readonly" {
  name = "Integration - Reporting Readonly"
}

data "genesyscloud_auth_role" "Integration_-_SCIM_Provisioning" {
  name = "Integration - SCIM Provisioning"
}

data "genesyscloud_auth_role" "Integration_-_WFM_Export" {
  name = "Integration - WFM Export"
}

data "genesyscloud_auth_role" "Master_Admin" {
  name = "Master Admin"
}

data "genesyscloud_auth_role" "Read-only_Auditor" {
  name = "Read-only Auditor"
}

data "genesyscloud_auth_role" "Telephony_Admin" {
  name = "Telephony Admin"
}

data "genesyscloud_auth_role" "admin" {
  name = "admin"
}

data "genesyscloud_auth_division" "Billing" {
  name = "Billing"
}

data "genesyscloud_auth_division" "Collections" {
  name = "Collections"
}

data "genesyscloud_auth_division" "Customer_Service" {
  name = "Customer Service"
}

data "genesyscloud_auth_division" "Home" {
  name = "Home"
}

data "genesyscloud_auth_division" "Sales" {
  name = "Sales"
}

# Uses a secret (SAML2-BEARER grant): not exported.
resource "genesyscloud_oauth_client" "ADFS_SAML_bridge" {
  name                          = "ADFS SAML bridge"
  description                   = "Exchanges ADFS assertions for tokens for the workforce portal"
  access_token_validity_seconds = 86400
  authorized_grant_type         = "SAML2-BEARER"
  scopes                        = ["presence:readonly", "users:readonly", "workforce-management"]
  state                         = "active"
}

resource "genesyscloud_oauth_client" "Agent_desktop__web_" {
  name                          = "Agent desktop (web)"
  description                   = "Single-page agent desktop hosted on the intranet (implicit grant)"
  access_token_validity_seconds = 43200
  authorized_grant_type         = "TOKEN"
  registered_redirect_uris      = ["https://agent.northwind.example/callback"]
  scopes                        = ["conversations", "notifications", "presence", "routing", "users:readonly"]
  state                         = "active"
}

# Uses a secret (CLIENT-CREDENTIALS grant): not exported.
resource "genesyscloud_oauth_client" "Billing_usage_collector" {
  name                          = "Billing usage collector"
  description                   = "Collects licence usage for the monthly chargeback"
  access_token_validity_seconds = 86400
  authorized_grant_type         = "CLIENT-CREDENTIALS"
  state                         = "active"
  roles {
    role_id     = data.genesyscloud_auth_role.Integration_-_Billing_Collector.id
    division_id = data.genesyscloud_auth_division.Billing.id
  }
}

# Uses a secret (CLIENT-CREDENTIALS grant): not exported.
resource "genesyscloud_oauth_client" "Chatbot__Dialogflow__fulfilment" {
  name                          = "Chatbot (Dialogflow) fulfilment"
  description                   = "Fulfilment webhook for the Dialogflow CX bot"
  access_token_validity_seconds = 86400
  authorized_grant_type         = "CLIENT-CREDENTIALS"
  state                         = "active"
  roles {
    role_id     = data.genesyscloud_auth_role.Integration_-_Chat_Bot.id
    division_id = data.genesyscloud_auth_division.Customer_Service.id
  }
}

# Uses a secret (CLIENT-CREDENTIALS grant): not exported.
resource "genesyscloud_oauth_client" "Customer_satisfaction_survey_sender" {
  name                          = "Customer satisfaction survey sender"
  description                   = "Sends post-call surveys through the messaging API"
  access_token_validity_seconds = 86400
  authorized_grant_type         = "CLIENT-CREDENTIALS"
  state                         = "active"
  roles {
    role_id     = data.genesyscloud_auth_role.Integration_-_Chat_Bot.id
    division_id = data.genesyscloud_auth_division.Customer_Service.id
  }
}

# Uses a secret (CLIENT-CREDENTIALS grant): not exported.
resource "genesyscloud_oauth_client" "Data_actions_-_CRM_lookup" {
  name                          = "Data actions - CRM lookup"
  description                   = "Used by Architect data actions to look up callers in the CRM"
  access_token_validity_seconds = 3600
  authorized_grant_type         = "CLIENT-CREDENTIALS"
  state                         = "active"
  roles {
    role_id     = data.genesyscloud_auth_role.Integration_-_Data_Actions.id
    division_id = data.genesyscloud_auth_division.Home.id
  }
}

# Uses a secret (CLIENT-CREDENTIALS grant): not exported.
resource "genesyscloud_oauth_client" "Emergency_broadcast" {
  name                          = "Emergency broadcast"
  description                   = "Plays the emergency closure announcement; only used in emergencies"
  access_token_validity_seconds = 86400
  authorized_grant_type         = "CLIENT-CREDENTIALS"
  state                         = "active"
  roles {
    role_id     = data.genesyscloud_auth_role.Contact_Center_Manager.id
    division_id = "*"
  }
}

# Uses a secret (CODE grant): not exported. A PKCE sign-in does not send it.
resource "genesyscloud_oauth_client" "Employee_self-service_portal" {
  name                          = "Employee self-service portal"
  description                   = "Agents swap shifts and request time off"
  access_token_validity_seconds = 86400
  authorized_grant_type         = "CODE"
  registered_redirect_uris      = ["https://ess-staging.northwind.example/signin-genesys", "https://ess.northwind.example/signin-genesys"]
  scopes                        = ["user-basic-info", "users:readonly", "workforce-management"]
  state                         = "active"
}

# Uses a secret (CODE grant): not exported. A PKCE sign-in does not send it.
resource "genesyscloud_oauth_client" "Field_service_scheduler" {
  name                          = "Field service scheduler"
  description                   = "Books technician callbacks from the field service app"
  access_token_validity_seconds = 86400
  authorized_grant_type         = "CODE"
  registered_redirect_uris      = ["https://fieldservice.northwind.example/oauth/callback"]
  scopes                        = ["conversations", "external-contacts", "routing:readonly"]
  state                         = "active"
}

# Uses a secret (CODE grant): not exported. A PKCE sign-in does not send it.
resource "genesyscloud_oauth_client" "Gamification_leaderboard" {
  name                          = "Gamification leaderboard"
  description                   = "Leaderboard on the agent portal"
  access_token_validity_seconds = 86400
  authorized_grant_type         = "CODE"
  registered_redirect_uris      = ["https://portal.northwind.example/leaderboard/auth"]
  scopes                        = ["gamification:readonly", "users:readonly"]
  state                         = "active"
}

# Uses a secret (CLIENT-CREDENTIALS grant): not exported.
resource "genesyscloud_oauth_client" "Genesys_Cloud_CLI__ops_laptop_" {
  name                          = "Genesys Cloud CLI (ops laptop)"
  description                   = "gc CLI on the on-call laptop; read-mostly"
  access_token_validity_seconds = 3600
  authorized_grant_type         = "CLIENT-CREDENTIALS"
  state                         = "active"
  roles {
    role_id     = data.genesyscloud_auth_role.Developer.id
    division_id = data.genesyscloud_auth_division.Home.id
  }
  roles {
    role_id     = data.genesyscloud_auth_role.Read-only_Auditor.id
    division_id = "*"
  }
}

# Uses a secret (CLIENT-CREDENTIALS grant): not exported.
resource "genesyscloud_oauth_client" "Holiday_campaign_uploader" {
  name                          = "Holiday campaign uploader"
  description                   = "Loads the seasonal outbound lists; the winter campaign ended in January"
  access_token_validity_seconds = 86400
  authorized_grant_type         = "CLIENT-CREDENTIALS"
  state                         = "active"
  roles {
    role_id     = data.genesyscloud_auth_role.Integration_-_Outbound_Loader.id
    division_id = data.genesyscloud_auth_division.Sales.id
  }
}

# Uses a secret (CODE grant): not exported. A PKCE sign-in does not send it.
resource "genesyscloud_oauth_client" "Intranet_wallboard" {
  name                          = "Intranet wallboard"
  description                   = "Queue wallboard on the floor screens (internal HTTP host)"
  access_token_validity_seconds = 86400
  authorized_grant_type         = "CODE"
  registered_redirect_uris      = ["http://wallboard.northwind.local/auth/callback"]
  scopes                        = ["analytics:readonly", "routing:readonly"]
  state                         = "active"
}

# Uses a secret (PASSWORD grant): not exported.
resource "genesyscloud_oauth_client" "Kiosk_password_login" {
  name                          = "Kiosk password login"
  description                   = "Lobby kiosk that signs in with a shared service account"
  access_token_validity_seconds = 1800
  authorized_grant_type         = "PASSWORD"
  scopes                        = ["presence:readonly", "routing:readonly"]
  state                         = "active"
}

# Uses a secret (CLIENT-CREDENTIALS grant): not exported.
resource "genesyscloud_oauth_client" "Knowledge_base_sync" {
  name                          = "Knowledge base sync"
  description                   = "Publishes Confluence articles to the knowledge base"
  access_token_validity_seconds = 86400
  authorized_grant_type         = "CLIENT-CREDENTIALS"
  state                         = "active"
  roles {
    role_id     = data.genesyscloud_auth_role.Integration_-_Chat_Bot.id
    division_id = data.genesyscloud_auth_division.Home.id
  }
}

# Uses a secret (PASSWORD grant): not exported.
resource "genesyscloud_oauth_client" "Legacy_reporting__password_grant_" {
  name                          = "Legacy reporting (password grant)"
  description                   = "Old Crystal Reports extract; uses a service account's password"
  access_token_validity_seconds = 86400
  authorized_grant_type         = "PASSWORD"
  scopes                        = ["analytics:readonly"]
  state                         = "inactive"
}

# Uses a secret (CODE grant): not exported. A PKCE sign-in does not send it.
resource "genesyscloud_oauth_client" "Marketing_journey_analytics" {
  name                          = "Marketing journey analytics"
  description                   = "Journey dashboards for the marketing team"
  access_token_validity_seconds = 86400
  authorized_grant_type         = "CODE"
  registered_redirect_uris      = ["https://journeys.northwind.example/auth/genesys"]
  scopes                        = ["analytics:readonly", "journey:readonly"]
  state                         = "active"
}

# Uses a secret (CLIENT-CREDENTIALS grant): not exported.
resource "genesyscloud_oauth_client" "Migration_helper_2022" {
  name                          = "Migration helper 2022"
  description                   = "One-off migration from the old PBX"
  access_token_validity_seconds = 86400
  authorized_grant_type         = "CLIENT-CREDENTIALS"
  state                         = "inactive"
  roles {
    role_id     = data.genesyscloud_auth_role.Telephony_Admin.id
    division_id = "*"
  }
}

# Uses a secret (CODE grant): not exported. A PKCE sign-in does not send it.
resource "genesyscloud_oauth_client" "Mobile_supervisor_app" {
  name                          = "Mobile supervisor app"
  description                   = "iOS and Android supervisor app (custom-scheme redirect)"
  access_token_validity_seconds = 86400
  authorized_grant_type         = "CODE"
  registered_redirect_uris      = ["com.northwind.supervisor:/oauth2redirect"]
  scopes                        = ["analytics:readonly", "presence:readonly", "routing:readonly", "users:readonly"]
  state                         = "active"
}

# Uses a secret (CLIENT-CREDENTIALS grant): not exported.
resource "genesyscloud_oauth_client" "Nightly_WFM_export" {
  name                          = "Nightly WFM export"
  description                   = "Exports schedules and adherence to the data warehouse at 02:00 UTC"
  access_token_validity_seconds = 7200
  authorized_grant_type         = "CLIENT-CREDENTIALS"
  state                         = "active"
  roles {
    role_id     = data.genesyscloud_auth_role.Integration_-_WFM_Export.id
    division_id = data.genesyscloud_auth_division.Home.id
  }
}

# Uses a secret (CODE grant): not exported. A PKCE sign-in does not send it.
resource "genesyscloud_oauth_client" "OAuth_Desk__PKCE_sign-in_" {
  name                          = "OAuth Desk (PKCE sign-in)"
  description                   = "Public client for desktop sign-in with PKCE; any loopback port is accepted"
  access_token_validity_seconds = 3600
  authorized_grant_type         = "CODE"
  registered_redirect_uris      = ["http://127.0.0.1/"]
  scopes                        = ["analytics:readonly", "authorization:readonly", "oauth", "organization:readonly", "user-basic-info", "users:readonly"]
  state                         = "active"
}

# Uses a secret (CLIENT-CREDENTIALS grant): not exported.
resource "genesyscloud_oauth_client" "OAuth_Desk__sandbox_admin_" {
  name                          = "OAuth Desk (sandbox admin)"
  description                   = "Built-in client the sandbox signs in with (all permissions)"
  access_token_validity_seconds = 86400
  authorized_grant_type         = "CLIENT-CREDENTIALS"
  state                         = "active"
  roles {
    role_id     = data.genesyscloud_auth_role.Master_Admin.id
    division_id = "*"
  }
}

# Uses a secret (CLIENT-CREDENTIALS grant): not exported.
resource "genesyscloud_oauth_client" "Okta_SCIM_provisioning" {
  name                          = "Okta SCIM provisioning"
  description                   = "Okta provisions, updates and deactivates agents through SCIM 2.0"
  access_token_validity_seconds = 38880000
  authorized_grant_type         = "CLIENT-CREDENTIALS"
  state                         = "active"
  roles {
    role_id     = data.genesyscloud_auth_role.Integration_-_SCIM_Provisioning.id
    division_id = "*"
  }
}

resource "genesyscloud_oauth_client" "Old_chat_widget" {
  name                          = "Old chat widget"
  description                   = "Widget v1 deployment, replaced by Messenger"
  access_token_validity_seconds = 86400
  authorized_grant_type         = "TOKEN"
  registered_redirect_uris      = ["https://www.northwind.example/support/chat"]
  scopes                        = ["web-chat", "widgets"]
  state                         = "inactive"
}

# Uses a secret (CLIENT-CREDENTIALS grant): not exported.
resource "genesyscloud_oauth_client" "Ops_automation__full_access_" {
  name                          = "Ops automation (full access)"
  description                   = "Terraform and the ops scripts; admin on all divisions. Review quarterly"
  access_token_validity_seconds = 86400
  authorized_grant_type         = "CLIENT-CREDENTIALS"
  state                         = "active"
  roles {
    role_id     = data.genesyscloud_auth_role.admin.id
    division_id = "*"
  }
}

# Uses a secret (CLIENT-CREDENTIALS grant): not exported.
resource "genesyscloud_oauth_client" "Outbound_dialer_list_loader" {
  name                          = "Outbound dialer list loader"
  description                   = "Uploads the morning contact lists for the collections campaigns"
  access_token_validity_seconds = 86400
  authorized_grant_type         = "CLIENT-CREDENTIALS"
  state                         = "active"
  roles {
    role_id     = data.genesyscloud_auth_role.Integration_-_Outbound_Loader.id
    division_id = data.genesyscloud_auth_division.Collections.id
  }
}

# Uses a secret (CODE grant): not exported. A PKCE sign-in does not send it.
resource "genesyscloud_oauth_client" "Partner_portal__multi-tenant_" {
  name                          = "Partner portal (multi-tenant)"
  description                   = "Partner sub-sites share one client through a wildcard redirect"
  access_token_validity_seconds = 86400
  authorized_grant_type         = "CODE"
  registered_redirect_uris      = ["https://*.partners.northwind.example/oauth/callback"]
  scopes                        = ["analytics:readonly", "conversations:readonly", "users:readonly"]
  state                         = "active"
}

# Uses a secret (CLIENT-CREDENTIALS grant): not exported.
resource "genesyscloud_oauth_client" "Power_BI_reporting" {
  name                          = "Power BI reporting"
  description                   = "Service-level and handle-time dashboards refreshed every 15 minutes"
  access_token_validity_seconds = 172800
  authorized_grant_type         = "CLIENT-CREDENTIALS"
  state                         = "active"
  roles {
    role_id     = data.genesyscloud_auth_role.Integration_-_Reporting_Readonly.id
    division_id = "*"
  }
}

# Uses a secret (CLIENT-CREDENTIALS grant): not exported.
resource "genesyscloud_oauth_client" "Quarterly_audit_export" {
  name                          = "Quarterly audit export"
  description                   = "Replaced by the audit feed of the SIEM"
  access_token_validity_seconds = 86400
  authorized_grant_type         = "CLIENT-CREDENTIALS"
  state                         = "inactive"
  roles {
    role_id     = data.genesyscloud_auth_role.Read-only_Auditor.id
    division_id = data.genesyscloud_auth_division.Home.id
  }
}

# Uses a secret (CLIENT-CREDENTIALS grant): not exported.
resource "genesyscloud_oauth_client" "Recording_export_to_S3" {
  name                          = "Recording export to S3"
  description                   = "Moves recordings older than 30 days to the archive bucket"
  access_token_validity_seconds = 86400
  authorized_grant_type         = "CLIENT-CREDENTIALS"
  state                         = "active"
  roles {
    role_id     = data.genesyscloud_auth_role.Integration_-_Recording_Export.id
    division_id = "*"
  }
}

# Uses a secret (CODE grant): not exported. A PKCE sign-in does not send it.
resource "genesyscloud_oauth_client" "Salesforce_CTI_connector" {
  name                          = "Salesforce CTI connector"
  description                   = "Genesys Cloud for Salesforce: screen pops, click-to-dial and call logging"
  access_token_validity_seconds = 86400
  authorized_grant_type         = "CODE"
  registered_redirect_uris      = ["https://northwind.lightning.force.com/services/authcallback/genesys"]
  scopes                        = ["analytics:readonly", "conversations", "notifications", "presence", "routing:readonly", "users:readonly"]
  state                         = "active"
}

# Uses a secret (SAML2-BEARER grant): not exported.
resource "genesyscloud_oauth_client" "SAML_partner_access__Contoso_BPO_" {
  name                          = "SAML partner access (Contoso BPO)"
  description                   = "Contoso agents sign in through their own IdP"
  access_token_validity_seconds = 86400
  authorized_grant_type         = "SAML2-BEARER"
  scopes                        = ["conversations", "presence", "users:readonly"]
  state                         = "active"
}

# Uses a secret (CODE grant): not exported. A PKCE sign-in does not send it.
resource "genesyscloud_oauth_client" "Sandbox_test_harness" {
  name                          = "Sandbox test harness"
  access_token_validity_seconds = 600
  authorized_grant_type         = "CODE"
  registered_redirect_uris      = ["https://qa.northwind.example/callback"]
  scopes                        = ["users:readonly"]
  state                         = "active"
}

# Uses a secret (CLIENT-CREDENTIALS grant): not exported.
resource "genesyscloud_oauth_client" "Screen_recording_uploader" {
  name                          = "Screen recording uploader"
  description                   = "Uploads screen recordings from the desktop recorder"
  access_token_validity_seconds = 86400
  authorized_grant_type         = "CLIENT-CREDENTIALS"
  state                         = "active"
  roles {
    role_id     = data.genesyscloud_auth_role.Integration_-_Recording_Export.id
    division_id = data.genesyscloud_auth_division.Customer_Service.id
  }
}

# Uses a secret (CODE grant): not exported. A PKCE sign-in does not send it.
resource "genesyscloud_oauth_client" "ServiceNow_incident_bridge" {
  name                          = "ServiceNow incident bridge"
  description                   = "Opens incidents from supervisor alerts; users sign in with their Genesys account"
  access_token_validity_seconds = 86400
  authorized_grant_type         = "CODE"
  registered_redirect_uris      = ["https://northwind.service-now.com/oauth_redirect.do"]
  scopes                        = ["alerting", "analytics:readonly", "users:readonly"]
  state                         = "active"
}

# Uses a secret (CLIENT-CREDENTIALS grant): not exported.
resource "genesyscloud_oauth_client" "Slack_notifier" {
  name                          = "Slack notifier"
  description                   = "Posts queue alerts to the #contact-center Slack channel"
  access_token_validity_seconds = 86400
  authorized_grant_type         = "CLIENT-CREDENTIALS"
  state                         = "active"
  roles {
    role_id     = data.genesyscloud_auth_role.Integration_-_Reporting_Readonly.id
    division_id = data.genesyscloud_auth_division.Home.id
  }
}

# Uses a secret (CLIENT-CREDENTIALS grant): not exported.
resource "genesyscloud_oauth_client" "Speech_analytics_pilot" {
  name                          = "Speech analytics pilot"
  description                   = "Pilot ended in March; scheduled for deletion"
  access_token_validity_seconds = 86400
  authorized_grant_type         = "CLIENT-CREDENTIALS"
  state                         = "inactive"
  roles {
    role_id     = data.genesyscloud_auth_role.Integration_-_Reporting_Readonly.id
    division_id = data.genesyscloud_auth_division.Customer_Service.id
  }
}

# Uses a secret (CLIENT-CREDENTIALS grant): not exported.
resource "genesyscloud_oauth_client" "Tableau_extract" {
  name                          = "Tableau extract"
  description                   = "Hourly extract of conversation aggregates for Tableau"
  access_token_validity_seconds = 86400
  authorized_grant_type         = "CLIENT-CREDENTIALS"
  state                         = "active"
  roles {
    role_id     = data.genesyscloud_auth_role.Integration_-_Reporting_Readonly.id
    division_id = "*"
  }
}

# Uses a secret (CLIENT-CREDENTIALS grant): not exported.
resource "genesyscloud_oauth_client" "Teams_presence_sync" {
  name                          = "Teams presence sync"
  description                   = "Mirrors Microsoft Teams presence into Genesys Cloud and back"
  access_token_validity_seconds = 86400
  authorized_grant_type         = "CLIENT-CREDENTIALS"
  state                         = "active"
  roles {
    role_id     = data.genesyscloud_auth_role.Integration_-_Directory_Sync.id
    division_id = "*"
  }
}

# Uses a secret (CLIENT-CREDENTIALS grant): not exported.
resource "genesyscloud_oauth_client" "Translation_service_webhook" {
  name                          = "Translation service webhook"
  description                   = "Machine translation for chats; never went live"
  access_token_validity_seconds = 86400
  authorized_grant_type         = "CLIENT-CREDENTIALS"
  state                         = "active"
  roles {
    role_id     = data.genesyscloud_auth_role.Integration_-_Chat_Bot.id
    division_id = data.genesyscloud_auth_division.Customer_Service.id
  }
}

# Uses a secret (CODE grant): not exported. A PKCE sign-in does not send it.
resource "genesyscloud_oauth_client" "Voice_bot_pilot__staging_" {
  name                          = "Voice bot pilot (staging)"
  description                   = "Staging build of the voice bot; developers sign in from their machines"
  access_token_validity_seconds = 3600
  authorized_grant_type         = "CODE"
  registered_redirect_uris      = ["http://localhost:8080/callback"]
  scopes                        = ["conversations", "users:readonly"]
  state                         = "active"
}

# Uses a secret (CLIENT-CREDENTIALS grant): not exported.
resource "genesyscloud_oauth_client" "Workday_HR_sync" {
  name                          = "Workday HR sync"
  description                   = "Keeps departments, managers and titles in sync with Workday"
  access_token_validity_seconds = 86400
  authorized_grant_type         = "CLIENT-CREDENTIALS"
  state                         = "active"
  roles {
    role_id     = data.genesyscloud_auth_role.Directory_Admin.id
    division_id = data.genesyscloud_auth_division.Home.id
  }
}

# Uses a secret (CLIENT-CREDENTIALS grant): not exported.
resource "genesyscloud_oauth_client" "Zendesk_ticket_sync" {
  name                          = "Zendesk ticket sync"
  description                   = "Creates Zendesk tickets from wrap-up codes and attaches recordings"
  access_token_validity_seconds = 86400
  authorized_grant_type         = "CLIENT-CREDENTIALS"
  state                         = "active"
  roles {
    role_id     = data.genesyscloud_auth_role.Integration_-_CRM_Connector.id
    division_id = data.genesyscloud_auth_division.Customer_Service.id
  }
}

# Not exported: 5 disabled clients. The provider's state takes only active and inactive,
# and it leaves out clients disabled by Genesys support, as its own exporter does:
#   "Archive purge job" (46a81cc9-5f65-5632-bf40-88062ac4e021)
#   "Collections dialer (BPO)" (9abcf9d0-5f6e-5bba-8198-74043c86d2b9)
#   "Legacy IVR password login" (409d6809-3247-57dc-9655-e833d8b9205d)
#   "Quality evaluation bot" (4af54a64-bdbb-53da-919f-4578ef167772)
#   "SSO bridge for contractors" (12862a33-5a46-5c86-9881-0bbadb8c77ae)

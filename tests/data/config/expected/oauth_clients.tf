# OAuth clients of "Fabrikam "Prod"" (11111111-2222-4333-8444-555555555555), region eu_central_1, exported by OAuth Desk from a snapshot taken 2026-03-15T12:00:00.000Z.
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

data "genesyscloud_auth_role" "Developer" {
  name = "Developer"
}

data "genesyscloud_auth_role" "Integration_-_WFM_Export" {
  name = "Integration - WFM Export"
}

data "genesyscloud_auth_division" "Home" {
  name = "Home"
}

data "genesyscloud_auth_division" "Sales" {
  name = "Sales"
}

resource "genesyscloud_oauth_client" "_2FA_helper" {
  name                     = "2FA helper"
  authorized_grant_type    = "TOKEN"
  registered_redirect_uris = ["https://2fa.example/"]
  scopes                   = ["user-basic-info"]
  state                    = "active"
}

# Uses a secret (CLIENT-CREDENTIALS grant): not exported.
resource "genesyscloud_oauth_client" "Migration_helper_2022" {
  name                  = "Migration helper 2022"
  authorized_grant_type = "CLIENT-CREDENTIALS"
  state                 = "active"
  roles {
    role_id = data.genesyscloud_auth_role.Developer.id
  }
}

# Uses a secret (CLIENT-CREDENTIALS grant): not exported.
resource "genesyscloud_oauth_client" "Nightly_WFM_export" {
  name                          = "Nightly WFM export"
  description                   = "Exports schedules at 02:00 to $${warehouse} and 100%%{done}"
  access_token_validity_seconds = 86400
  authorized_grant_type         = "CLIENT-CREDENTIALS"
  state                         = "active"
  roles {
    role_id     = data.genesyscloud_auth_role.Developer.id
    division_id = "*"
  }
  roles {
    role_id     = data.genesyscloud_auth_role.Integration_-_WFM_Export.id
    division_id = data.genesyscloud_auth_division.Home.id
  }
}

# Uses a secret (CLIENT-CREDENTIALS grant): not exported.
resource "genesyscloud_oauth_client" "Slack_notifier_3651787883" {
  name                  = "Slack notifier"
  authorized_grant_type = "CLIENT-CREDENTIALS"
  state                 = "inactive"
  roles {
    role_id     = data.genesyscloud_auth_role.Developer.id
    division_id = data.genesyscloud_auth_division.Sales.id
  }
}

# Uses a secret (CLIENT-CREDENTIALS grant): not exported.
resource "genesyscloud_oauth_client" "Slack_notifier_3651787883_2" {
  name                  = "Slack notifier"
  authorized_grant_type = "CLIENT-CREDENTIALS"
  state                 = "active"
  # Role r-unknown has no known name: its id is written as it is.
  # Division d-gone has no known name: its id is written as it is.
  roles {
    role_id     = "r-unknown"
    division_id = "d-gone"
  }
}

# Uses a secret (CODE grant): not exported. A PKCE sign-in does not send it.
resource "genesyscloud_oauth_client" "Z_hlerstand__ber-Sync__" {
  name                          = "Zählerstand Über-Sync ✓"
  description                   = "Zähler \\ backslash and a\ttab"
  access_token_validity_seconds = 3600
  authorized_grant_type         = "CODE"
  registered_redirect_uris      = ["https://a.example/cb", "https://b.example/cb"]
  scopes                        = ["analytics", "users:readonly"]
  state                         = "active"
}

# Uses a secret (SAML2-BEARER grant): not exported.
resource "genesyscloud_oauth_client" "Z_hlerstand__ber_Sync__" {
  name                  = "Zählerstand Über_Sync ✓"
  authorized_grant_type = "SAML2-BEARER"
  scopes                = ["users"]
  state                 = "active"
}

# Not exported: 1 disabled client. The provider's state takes only active and inactive,
# and it leaves out clients disabled by Genesys support, as its own exporter does:
#   "Old chat widget" (0a000000-0000-4000-8000-000000000006)

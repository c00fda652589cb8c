# Import blocks (Terraform 1.5 or later): `terraform plan` adopts the existing clients of
# "Fabrikam "Prod"" instead of creating them again. Delete this file once they are in the state.

import {
  to = genesyscloud_oauth_client._2FA_helper
  id = "0a000000-0000-4000-8000-000000000005"
}

import {
  to = genesyscloud_oauth_client.Migration_helper_2022
  id = "0a000000-0000-4000-8000-000000000007"
}

import {
  to = genesyscloud_oauth_client.Nightly_WFM_export
  id = "0a000000-0000-4000-8000-000000000001"
}

import {
  to = genesyscloud_oauth_client.Slack_notifier_3651787883
  id = "0a000000-0000-4000-8000-000000000003"
}

import {
  to = genesyscloud_oauth_client.Slack_notifier_3651787883_2
  id = "0a000000-0000-4000-8000-000000000004"
}

import {
  to = genesyscloud_oauth_client.Z_hlerstand__ber-Sync__
  id = "0a000000-0000-4000-8000-000000000002"
}

import {
  to = genesyscloud_oauth_client.Z_hlerstand__ber_Sync__
  id = "0a000000-0000-4000-8000-000000000008"
}

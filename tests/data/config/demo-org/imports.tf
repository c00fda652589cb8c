# Import blocks (Terraform 1.5 or later): `terraform plan` adopts the existing clients of
# "Northwind Contact Center" instead of creating them again. Delete this file once they are in the state.

import {
  to = genesyscloud_oauth_client.ADFS_SAML_bridge
  id = "9a00f452-b6ef-5d27-835a-aa6fe1b0b12f"
}

import {
  to = genesyscloud_oauth_client.Agent_desktop__web_
  id = "6ad9d5eb-42b0-53ed-8992-3ff197469ea7"
}

import {
  to = genesyscloud_oauth_client.Billing_usage_collector
  id = "ef6c6647-de70-5b77-8458-23fdf6045e2a"
}

import {
  to = genesyscloud_oauth_client.Chatbot__Dialogflow__fulfilment
  id = "f2866938-8bb9-5fec-bd50-4c83ee524a4f"
}

import {
  to = genesyscloud_oauth_client.Customer_satisfaction_survey_sender
  id = "2f5004ff-bd91-5cf2-b328-00954efe7e96"
}

import {
  to = genesyscloud_oauth_client.Data_actions_-_CRM_lookup
  id = "766a99c1-8dcf-53b5-a916-563e347ce89e"
}

import {
  to = genesyscloud_oauth_client.Emergency_broadcast
  id = "68d3c257-e6f3-551e-83e2-8715cd8e5dd8"
}

import {
  to = genesyscloud_oauth_client.Employee_self-service_portal
  id = "b34a04c3-ad5f-53e7-b27b-b2c2c59ed417"
}

import {
  to = genesyscloud_oauth_client.Field_service_scheduler
  id = "46011eb1-d82f-5c90-bbc5-ed155f2ce5d4"
}

import {
  to = genesyscloud_oauth_client.Gamification_leaderboard
  id = "10651ec7-434c-5fce-9666-5048238f6c30"
}

import {
  to = genesyscloud_oauth_client.Genesys_Cloud_CLI__ops_laptop_
  id = "34d433c6-5224-56c5-b94c-41fc09837645"
}

import {
  to = genesyscloud_oauth_client.Holiday_campaign_uploader
  id = "74a20d39-b678-5834-b675-a799bf00e5f1"
}

import {
  to = genesyscloud_oauth_client.Intranet_wallboard
  id = "eec4a004-f826-5a6c-b45f-f6291943cc3d"
}

import {
  to = genesyscloud_oauth_client.Kiosk_password_login
  id = "629e1cc0-d23d-5a89-aa36-e920e8cb80b4"
}

import {
  to = genesyscloud_oauth_client.Knowledge_base_sync
  id = "991ef2a2-9d0b-5b7b-b42d-8ca1ac7c7e4c"
}

import {
  to = genesyscloud_oauth_client.Legacy_reporting__password_grant_
  id = "3108c6c6-d5ec-5d2e-ad43-c8956bd9113f"
}

import {
  to = genesyscloud_oauth_client.Marketing_journey_analytics
  id = "5c680703-ff3d-55b3-bc23-406a231125e8"
}

import {
  to = genesyscloud_oauth_client.Migration_helper_2022
  id = "0fe0effb-3d47-5960-8229-5291107ab910"
}

import {
  to = genesyscloud_oauth_client.Mobile_supervisor_app
  id = "464283e5-db74-5802-a9bc-a67ceae23271"
}

import {
  to = genesyscloud_oauth_client.Nightly_WFM_export
  id = "b972d9d0-542f-5ab3-ac96-bee822f37197"
}

import {
  to = genesyscloud_oauth_client.OAuth_Desk__PKCE_sign-in_
  id = "73496c59-64c3-565f-9c43-eb88f4dac5a3"
}

import {
  to = genesyscloud_oauth_client.OAuth_Desk__sandbox_admin_
  id = "2608d575-04ce-5bc8-b8e5-d056d88c8c7b"
}

import {
  to = genesyscloud_oauth_client.Okta_SCIM_provisioning
  id = "1c7da3ea-d0bf-5264-b7e8-a397e0294c64"
}

import {
  to = genesyscloud_oauth_client.Old_chat_widget
  id = "097b4494-cf3b-5434-92a7-d9b7a38adc66"
}

import {
  to = genesyscloud_oauth_client.Ops_automation__full_access_
  id = "7f5fe56c-d957-5370-9b5d-8488695517dd"
}

import {
  to = genesyscloud_oauth_client.Outbound_dialer_list_loader
  id = "e7f89d6a-dc7a-5178-8a1f-f3b3aa09b51a"
}

import {
  to = genesyscloud_oauth_client.Partner_portal__multi-tenant_
  id = "8cb13070-f6c2-5d3e-aaf9-e8a094762dfe"
}

import {
  to = genesyscloud_oauth_client.Power_BI_reporting
  id = "4e6874a1-8f96-593f-ad5a-99097a981608"
}

import {
  to = genesyscloud_oauth_client.Quarterly_audit_export
  id = "037da1ca-6972-561d-a3b1-3de83ed9e8d4"
}

import {
  to = genesyscloud_oauth_client.Recording_export_to_S3
  id = "c30d9203-8606-5d72-8349-57e0d7c4ddf8"
}

import {
  to = genesyscloud_oauth_client.Salesforce_CTI_connector
  id = "889e4e85-2b74-5640-9345-13285afab02f"
}

import {
  to = genesyscloud_oauth_client.SAML_partner_access__Contoso_BPO_
  id = "6685e43f-2280-5d44-a582-35cac4633df6"
}

import {
  to = genesyscloud_oauth_client.Sandbox_test_harness
  id = "d1e265e6-924c-534e-997d-f81f756efe0d"
}

import {
  to = genesyscloud_oauth_client.Screen_recording_uploader
  id = "d6be5493-f1ef-52bb-b297-9f813eae5ed4"
}

import {
  to = genesyscloud_oauth_client.ServiceNow_incident_bridge
  id = "1ab86acc-b637-5c8f-a547-cd09477ad674"
}

import {
  to = genesyscloud_oauth_client.Slack_notifier
  id = "0850a662-9bd9-5b03-ad10-d6af533ca9fc"
}

import {
  to = genesyscloud_oauth_client.Speech_analytics_pilot
  id = "0be4dd43-c227-500e-b594-7abb0076c765"
}

import {
  to = genesyscloud_oauth_client.Tableau_extract
  id = "9feb5be5-df30-513c-b737-cf2d405b031e"
}

import {
  to = genesyscloud_oauth_client.Teams_presence_sync
  id = "b8812ac4-175f-5df6-a7fd-265eb2bbc6de"
}

import {
  to = genesyscloud_oauth_client.Translation_service_webhook
  id = "617c0231-2229-5ecc-bc4c-c152f5ff9d01"
}

import {
  to = genesyscloud_oauth_client.Voice_bot_pilot__staging_
  id = "210fb90f-bda1-5031-9d0a-8684709d80fb"
}

import {
  to = genesyscloud_oauth_client.Workday_HR_sync
  id = "8dbc854e-0e8b-5afd-9a86-004e97017e20"
}

import {
  to = genesyscloud_oauth_client.Zendesk_ticket_sync
  id = "e3beb143-fd3a-5f4d-8830-447ef6b17b19"
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/config/snapshot.h"

#include <QByteArray>
#include <QList>
#include <QString>

// An org's clients as Terraform configuration for the genesyscloud provider (CX as Code), made
// from a snapshot. Two files:
//  - oauth_clients.tf: the required provider, a `genesyscloud_auth_role` / `genesyscloud_auth_division`
//    data source per role and division the clients use (looked up by name, so the configuration
//    also fits another org), one `genesyscloud_oauth_client` resource per client that is not
//    disabled, and a comment listing the disabled ones and why they are left out;
//  - imports.tf: one `import` block per resource, so `terraform plan` adopts the existing clients
//    instead of creating them again.
// Attributes are named as the provider names them; labels are made from the names as the
// provider's exporter makes them (terraformlabels.h). Secrets are never written: a comment says
// which clients use one and what happens to it. The text is laid out as `terraform fmt` leaves it.
struct TerraformOptions
{
    bool literalIds = false; // role_id / division_id as the ids themselves, without data sources
};

struct TerraformFile
{
    QString name; // "oauth_clients.tf"
    QByteArray content;
};

[[nodiscard]] QList<TerraformFile> exportTerraform(const Snapshot &snapshot,
                                                   const TerraformOptions &options = {});

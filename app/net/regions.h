// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/apierror.h"

#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

// The Genesys Cloud regions (CONTRACT.md §1), kept as data in regions.cpp. The API host is
// "api.<domain>", the login host "login.<domain>".
struct Region
{
    QString id;     // SDK id, "us_east_1"
    QString domain; // "mypurecloud.com"
    QString label;  // "Americas (US East)"

    [[nodiscard]] QString terraformName() const; // "us-east-1"
    [[nodiscard]] QUrl apiUrl() const;           // https://api.<domain>
    [[nodiscard]] QUrl loginUrl() const;         // https://login.<domain>
};

[[nodiscard]] const QList<Region> &allRegions();
// Accepts an SDK id ("us_east_1"), a Terraform-style name ("us-east-1"), a domain
// ("mypurecloud.ie") or an API/login host ("api.mypurecloud.ie"). Case-insensitive.
[[nodiscard]] std::optional<Region> findRegion(QStringView text);

// Where requests go: the API base and the login (OAuth) base.
struct Endpoints
{
    QUrl api;
    QUrl login;
    QString regionId; // empty for custom URLs

    [[nodiscard]] bool isValid() const { return api.isValid() && login.isValid(); }
    friend bool operator==(const Endpoints &, const Endpoints &) = default;
};

[[nodiscard]] bool isLoopbackHost(const QString &host);
// Refuses URLs we must not send credentials to: anything but https, except http on a loopback
// host (the sandbox, tests). Returns an error message, empty when allowed.
[[nodiscard]] QString checkBaseUrl(const QUrl &url);
// Endpoints from a region (id, name or host) and optional overrides. With only an API URL the
// login URL is derived the way the SDKs do it (api. -> login.).
[[nodiscard]] Result<Endpoints> resolveEndpoints(const QString &region, const QString &apiUrl = {},
                                                 const QString &loginUrl = {});

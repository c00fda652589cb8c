// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/net/regions.h"

#include <QCoreApplication>
#include <QHostAddress>

using namespace Qt::Literals::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Endpoints)
};
} // namespace

const QList<Region> &allRegions()
{
    static const QList<Region> regions = {
        {u"us_east_1"_s, u"mypurecloud.com"_s, u"Americas (US East)"_s},
        {u"us_east_2"_s, u"use2.us-gov-pure.cloud"_s, u"Americas (US East 2, FedRAMP)"_s},
        {u"us_west_2"_s, u"usw2.pure.cloud"_s, u"Americas (US West)"_s},
        {u"ca_central_1"_s, u"cac1.pure.cloud"_s, u"Americas (Canada)"_s},
        {u"sa_east_1"_s, u"sae1.pure.cloud"_s, u"Americas (São Paulo)"_s},
        {u"mx_central_1"_s, u"mxc1.pure.cloud"_s, u"Americas (Mexico)"_s},
        {u"eu_west_1"_s, u"mypurecloud.ie"_s, u"EMEA (Dublin)"_s},
        {u"eu_west_2"_s, u"euw2.pure.cloud"_s, u"EMEA (London)"_s},
        {u"eu_central_1"_s, u"mypurecloud.de"_s, u"EMEA (Frankfurt)"_s},
        {u"eu_central_2"_s, u"euc2.pure.cloud"_s, u"EMEA (Zurich)"_s},
        {u"eusc_de_east_1"_s, u"edee1.eusc-pure.cloud"_s, u"EMEA (EU Sovereign Cloud, Germany)"_s},
        {u"me_central_1"_s, u"mec1.pure.cloud"_s, u"EMEA (UAE)"_s},
        {u"ap_south_1"_s, u"aps1.pure.cloud"_s, u"Asia Pacific (Mumbai)"_s},
        {u"ap_northeast_1"_s, u"mypurecloud.jp"_s, u"Asia Pacific (Tokyo)"_s},
        {u"ap_northeast_2"_s, u"apne2.pure.cloud"_s, u"Asia Pacific (Seoul)"_s},
        {u"ap_northeast_3"_s, u"apne3.pure.cloud"_s, u"Asia Pacific (Osaka)"_s},
        {u"ap_southeast_1"_s, u"apse1.pure.cloud"_s, u"Asia Pacific (Jakarta)"_s},
        {u"ap_southeast_2"_s, u"mypurecloud.com.au"_s, u"Asia Pacific (Sydney)"_s},
    };
    return regions;
}

QString Region::terraformName() const
{
    QString n = id;
    return n.replace(u'_', u'-');
}

QUrl Region::apiUrl() const
{
    return QUrl(u"https://api."_s + domain);
}

QUrl Region::loginUrl() const
{
    return QUrl(u"https://login."_s + domain);
}

std::optional<Region> findRegion(QStringView text)
{
    QString t = text.trimmed().toString().toLower();
    if (t.startsWith("https://"_L1))
        t = t.mid(8);
    while (t.endsWith(u'/'))
        t.chop(1);
    if (t.startsWith("api."_L1))
        t = t.mid(4);
    else if (t.startsWith("login."_L1))
        t = t.mid(6);
    for (const Region &r : allRegions()) {
        if (t == r.id || t == r.terraformName() || t == r.domain)
            return r;
    }
    return std::nullopt;
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare("localhost"_L1, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress addr(host);
    return !addr.isNull() && addr.isLoopback();
}

QString checkBaseUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return Tr::tr("\"%1\" is not a valid URL.").arg(url.toDisplayString());
    if (url.scheme() == "https"_L1)
        return {};
    if (url.scheme() == "http"_L1) {
        if (isLoopbackHost(url.host()))
            return {};
        return Tr::tr("Plain http is refused for %1: credentials would travel unencrypted. Use https "
                      "(http is allowed only for loopback addresses).")
            .arg(url.host());
    }
    return Tr::tr("Unsupported URL scheme \"%1\" (use https).").arg(url.scheme());
}

Result<Endpoints> resolveEndpoints(const QString &region, const QString &apiUrl, const QString &loginUrl)
{
    Endpoints e;
    if (!apiUrl.isEmpty()) {
        e.api = QUrl(apiUrl, QUrl::StrictMode);
        if (!loginUrl.isEmpty()) {
            e.login = QUrl(loginUrl, QUrl::StrictMode);
        } else {
            e.login = e.api;
            if (e.login.host().startsWith("api."_L1))
                e.login.setHost(u"login."_s + e.login.host().mid(4));
        }
    } else {
        const QString name = region.isEmpty() ? u"us_east_1"_s : region;
        const std::optional<Region> r = findRegion(name);
        if (!r)
            return ApiError::make(ApiError::Kind::Validation,
                                  Tr::tr("Unknown region \"%1\". Use an id such as us_east_1, a name such as "
                                         "eu-west-1, or a host such as mypurecloud.ie.")
                                      .arg(name));
        e.api = r->apiUrl();
        e.login = loginUrl.isEmpty() ? r->loginUrl() : QUrl(loginUrl, QUrl::StrictMode);
        e.regionId = r->id;
    }
    for (QUrl *u : {&e.api, &e.login}) {
        u->setPath(u->path().endsWith(u'/') ? u->path().chopped(1) : u->path());
        if (const QString problem = checkBaseUrl(*u); !problem.isEmpty())
            return ApiError::make(ApiError::Kind::Validation, problem);
    }
    return e;
}

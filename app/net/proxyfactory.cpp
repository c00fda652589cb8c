// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/net/proxyfactory.h"

#include "app/net/regions.h"

QList<QNetworkProxy> SystemProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    if (isLoopbackHost(query.peerHostName()))
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    return QNetworkProxyFactory::systemProxyForQuery(query);
}

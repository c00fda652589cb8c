// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QNetworkProxyFactory>

// The system's proxy settings (environment variables such as https_proxy and no_proxy on Linux,
// the desktop's settings where Qt reads them), except for loopback hosts: the sandbox and the
// sign-in redirect listener are on this machine and must never go through a proxy.
class SystemProxyFactory final : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query = QNetworkProxyQuery()) override;
};

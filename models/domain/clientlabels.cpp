// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/clientlabels.h"

#include "models/domain/oauthclient.h"

#include <QCoreApplication>

namespace {
// The labels began in the client list; their translations keep its context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ClientListModel)
};
} // namespace

namespace ClientLabels {

QString grantTypeLabel(const QString &raw)
{
    switch (grantTypeFromString(raw)) {
    case GrantType::Code:
        return Tr::tr("Code");
    case GrantType::Token:
        return Tr::tr("Implicit (token)");
    case GrantType::Saml2Bearer:
        return Tr::tr("SAML2 bearer");
    case GrantType::Password:
        return Tr::tr("Password");
    case GrantType::ClientCredentials:
        return Tr::tr("Client credentials");
    case GrantType::Unknown:
        break;
    }
    return raw;
}

QString stateLabel(const QString &raw)
{
    switch (clientStateFromString(raw)) {
    case ClientState::Active:
        return Tr::tr("Active");
    case ClientState::Disabled:
        return Tr::tr("Disabled");
    case ClientState::Inactive:
        return Tr::tr("Inactive");
    case ClientState::Deleted:
        return Tr::tr("Deleted");
    case ClientState::Unknown:
        break;
    }
    return raw;
}

QString formatLifetime(qint64 seconds)
{
    if (seconds < 0)
        return Tr::tr("%1 s").arg(seconds);
    constexpr qint64 Minute = 60;
    constexpr qint64 Hour = 60 * Minute;
    constexpr qint64 Day = 24 * Hour;
    auto two = [](qint64 big, const QString &bigUnit, qint64 small, const QString &smallUnit) {
        QString s = bigUnit.arg(big);
        if (small > 0)
            s += u' ' + smallUnit.arg(small);
        return s;
    };
    if (seconds < Minute)
        return Tr::tr("%1 s").arg(seconds);
    if (seconds < Hour)
        return two(seconds / Minute, Tr::tr("%1 min"), seconds % Minute, Tr::tr("%1 s"));
    // Up to three days read best in hours ("24 h", "48 h" are how the platform's limits are known).
    if (seconds < 3 * Day)
        return two(seconds / Hour, Tr::tr("%1 h"), (seconds % Hour) / Minute, Tr::tr("%1 min"));
    return two(seconds / Day, Tr::tr("%1 d"), (seconds % Day) / Hour, Tr::tr("%1 h"));
}

} // namespace ClientLabels

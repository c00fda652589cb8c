// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/oauthclient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

// Builds OAuthClient values the way the server would send them, for model and proxy tests.
namespace clienttestdata {

inline OAuthClient make(const QString &id, const QString &name, const QString &grant = QStringLiteral("CODE"),
                        const QString &state = QStringLiteral("active"), qint64 lifetime = 86400,
                        const QString &created = QStringLiteral("2026-01-10T08:00:00.000Z"),
                        const QString &description = {})
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("authorizedGrantType"), grant},
                  {QStringLiteral("state"), state},
                  {QStringLiteral("accessTokenValiditySeconds"), double(lifetime)},
                  {QStringLiteral("dateCreated"), created},
                  {QStringLiteral("dateModified"), created},
                  {QStringLiteral("selfUri"), QStringLiteral("/api/v2/oauth/clients/") + id}};
    if (!description.isEmpty())
        o.insert(QStringLiteral("description"), description);
    return OAuthClient::fromJson(o);
}

// A deterministic org of `count` clients with varied names, grants, states and descriptions.
inline QList<OAuthClient> generate(int count)
{
    static const char *const words[] = {"billing", "export", "genesys", "crm",     "wfm",       "reporting",
                                        "scim",    "bot",    "archive", "quality", "recording", "sync"};
    static const char *const grants[] = {"CODE", "TOKEN", "SAML2-BEARER", "PASSWORD", "CLIENT-CREDENTIALS"};
    static const char *const states[] = {"active", "active", "active", "disabled", "inactive"};
    QList<OAuthClient> out;
    out.reserve(count);
    quint32 x = 2463534242u;
    auto next = [&x] {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        return x;
    };
    for (int i = 0; i < count; ++i) {
        const QString w1 = QString::fromLatin1(words[next() % 12]);
        const QString w2 = QString::fromLatin1(words[next() % 12]);
        const QString id = QStringLiteral("%1-%2-4%3-8%4-%5")
                               .arg(next(), 8, 16, QLatin1Char('0'))
                               .arg(next() % 0xffff, 4, 16, QLatin1Char('0'))
                               .arg(next() % 0xfff, 3, 16, QLatin1Char('0'))
                               .arg(next() % 0xfff, 3, 16, QLatin1Char('0'))
                               .arg(i, 12, 16, QLatin1Char('0'));
        const QString name = QStringLiteral("%1 %2 %3").arg(w1, w2).arg(i);
        const QString desc =
            QStringLiteral("Integration for the %1 team, owned by ops %2").arg(w2).arg(next() % 97);
        const QDateTime created =
            QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).addSecs(qint64(next() % 60000000));
        out.append(make(id, name, QString::fromLatin1(grants[next() % 5]),
                        QString::fromLatin1(states[next() % 5]), 300 + qint64(next() % 172500),
                        created.toString(Qt::ISODateWithMs), desc));
    }
    return out;
}

} // namespace clienttestdata

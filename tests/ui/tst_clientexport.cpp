// SPDX-License-Identifier: GPL-3.0-or-later
// Exporting a client's configuration (no secret, no server-set fields, unknown fields kept) and
// describing what changed between two versions of a client (the edit dialog's conflict panel).
#include "ui/clients/clientdiff.h"
#include "ui/clients/clientexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
OAuthClient sample()
{
    return OAuthClient::fromJson(QJsonObject{
        {u"id"_s, u"c-1"_s},
        {u"name"_s, u"Billing Export / Nightly"_s},
        {u"authorizedGrantType"_s, u"CODE"_s},
        {u"state"_s, u"active"_s},
        {u"secret"_s, u"must-never-be-exported"_s},
        {u"accessTokenValiditySeconds"_s, 3600},
        {u"registeredRedirectUri"_s, QJsonArray{u"https://a.example.com/cb"_s}},
        {u"scope"_s, QJsonArray{u"users:readonly"_s}},
        {u"dateCreated"_s, u"2025-01-01T00:00:00.000Z"_s},
        {u"dateModified"_s, u"2025-02-01T00:00:00.000Z"_s},
        {u"createdBy"_s, QJsonObject{{u"id"_s, u"u-1"_s}}},
        {u"selfUri"_s, u"/api/v2/oauth/clients/c-1"_s},
        {u"customProperties"_s, QJsonObject{{u"team"_s, u"finance"_s}}},
    });
}
} // namespace

class TstClientExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesTheConfigurationWithoutSecret()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(suggestedExportFileName(sample()));
        QCOMPARE(QFileInfo(path).fileName(), u"billing-export-nightly.json"_s);
        QString error;
        QVERIFY2(writeClientConfiguration(sample(), path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(!bytes.contains("must-never-be-exported"));
        const QJsonObject o = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(o.value("name"_L1).toString(), u"Billing Export / Nightly"_s);
        QCOMPARE(o.value("accessTokenValiditySeconds"_L1).toInt(), 3600);
        QCOMPARE(o.value("customProperties"_L1).toObject().value("team"_L1).toString(), u"finance"_s);
        for (const char *k : {"secret", "id", "selfUri", "dateCreated", "dateModified", "createdBy"})
            QVERIFY2(!o.contains(QLatin1StringView(k)), k);
    }

    void reportsAWriteFailure()
    {
        QString error;
        QVERIFY(!writeClientConfiguration(sample(), u"/nonexistent-dir/x/y.json"_s, &error));
        QVERIFY(!error.isEmpty());
    }

    void describesChanges()
    {
        const OAuthClient a = sample();
        QJsonObject j = a.json.object();
        j.insert(u"description"_s, u"new text"_s);
        j.insert(u"scope"_s, QJsonArray{u"users:readonly"_s, u"analytics"_s});
        j.insert(u"accessTokenValiditySeconds"_s, 7200);
        j.insert(u"customProperties"_s, QJsonObject{{u"team"_s, u"ops"_s}});
        const QStringList lines = describeClientChanges(a, OAuthClient::fromJson(j));
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(0), u"Description: (empty) → “new text”"_s);
        QVERIFY(lines.contains(u"Token lifetime: 1 h → 2 h"_s));
        QVERIFY(lines.contains(u"Scopes: added analytics"_s));
        QVERIFY(lines.contains(u"Other fields: customProperties"_s));
        QVERIFY(describeClientChanges(a, a).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstClientExport)
#include "tst_clientexport.moc"

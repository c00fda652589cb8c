// SPDX-License-Identifier: GPL-3.0-or-later
// ClientLabels: the labels of grant types and states (unknown values as they came) and token
// lifetimes for people.
#include "models/domain/clientlabels.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TstClientLabels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void grantTypes()
    {
        QCOMPARE(ClientLabels::grantTypeLabel(u"CLIENT-CREDENTIALS"_s), u"Client credentials"_s);
        QCOMPARE(ClientLabels::grantTypeLabel(u"TOKEN"_s), u"Implicit (token)"_s);
        QCOMPARE(ClientLabels::grantTypeLabel(u"CODE"_s), u"Code"_s);
        QCOMPARE(ClientLabels::grantTypeLabel(u"SAML2-BEARER"_s), u"SAML2 bearer"_s);
        QCOMPARE(ClientLabels::grantTypeLabel(u"PASSWORD"_s), u"Password"_s);
        QCOMPARE(ClientLabels::grantTypeLabel(u"DEVICE-CODE"_s), u"DEVICE-CODE"_s);
        QCOMPARE(ClientLabels::grantTypeLabel(QString()), QString());
    }

    void states()
    {
        QCOMPARE(ClientLabels::stateLabel(u"active"_s), u"Active"_s);
        QCOMPARE(ClientLabels::stateLabel(u"disabled"_s), u"Disabled"_s);
        QCOMPARE(ClientLabels::stateLabel(u"inactive"_s), u"Inactive"_s);
        QCOMPARE(ClientLabels::stateLabel(u"deleted"_s), u"Deleted"_s);
        QCOMPARE(ClientLabels::stateLabel(u"suspended"_s), u"suspended"_s);
    }

    void formatLifetime_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("45 s") << qint64(45) << u"45 s"_s;
        QTest::newRow("5 min") << qint64(300) << u"5 min"_s;
        QTest::newRow("5 min 30 s") << qint64(330) << u"5 min 30 s"_s;
        QTest::newRow("1 h") << qint64(3600) << u"1 h"_s;
        QTest::newRow("1 h 30 min") << qint64(5400) << u"1 h 30 min"_s;
        QTest::newRow("24 h") << qint64(86400) << u"24 h"_s;
        QTest::newRow("48 h") << qint64(172800) << u"48 h"_s;
        QTest::newRow("3 d") << qint64(259200) << u"3 d"_s;
        QTest::newRow("3 d 12 h") << qint64(302400) << u"3 d 12 h"_s;
        QTest::newRow("450 d") << qint64(38880000) << u"450 d"_s;
        QTest::newRow("negative") << qint64(-5) << u"-5 s"_s;
    }
    void formatLifetime()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(ClientLabels::formatLifetime(seconds), text);
    }
};

QTEST_APPLESS_MAIN(TstClientLabels)
#include "tst_clientlabels.moc"

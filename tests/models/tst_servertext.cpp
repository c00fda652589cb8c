// SPDX-License-Identifier: GPL-3.0-or-later
// Server text on display: servertext::displayable, and every item model's DisplayRole and
// ToolTipRole free of terminal controls and bidi overrides, while the data roles (what a PUT sends
// back) keep the server's exact value.
#include "models/domain/servertext.h"
#include "models/itemmodels/authorizationlistmodel.h"
#include "models/itemmodels/clientlistmodel.h"
#include "models/itemmodels/insightsmodels.h"
#include "models/itemmodels/scopechecklistmodel.h"
#include "models/itemmodels/scopelistmodel.h"
#include "models/itemmodels/usagetablemodel.h"
#include "tests/models/clienttestdata.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
// A terminal title change, a screen clear, a carriage return hiding what came before, a C1 CSI
// and a right-to-left override: "Billing\u202Egpj.exe" would read "Billing" + "exe.jpg".
const QString Hostile = u"Billing\u001b]0;PWNED\u0007\u001b[2J\rexport\u009b31m\u202egpj.exe\u2066x\u2069"_s;
const QString Cleaned = u"Billing]0;PWNED[2Jexport31mgpj.exex"_s;

// True when `s` holds nothing a terminal or a text layout would act on.
bool isClean(const QString &s)
{
    for (const QChar c : s) {
        const char32_t u = c.unicode();
        if (servertext::isUnsafeControl(u) || servertext::isBidiControl(u))
            return false;
    }
    return true;
}

// Every cell and tooltip of `model` is clean.
void checkAllCells(const QAbstractItemModel &model, const char *name)
{
    QVERIFY2(model.rowCount() > 0, name);
    for (int r = 0; r < model.rowCount(); ++r) {
        for (int c = 0; c < model.columnCount(); ++c) {
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)}) {
                const QString text = model.index(r, c).data(role).toString();
                QVERIFY2(isClean(text),
                         qPrintable(u"%1 row %2 column %3 role %4: %5"_s.arg(QLatin1StringView(name))
                                        .arg(r)
                                        .arg(c)
                                        .arg(role)
                                        .arg(QString::fromLatin1(text.toUtf8().toPercentEncoding()))));
            }
        }
    }
}
} // namespace

class TstServerText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void displayableRemovesControlsAndBidiOnly()
    {
        QCOMPARE(servertext::displayable(Hostile), Cleaned);
        // Tab and newline stay; so do other scripts, emoji and a lone "é".
        QString fine = u"Zeile 1\n\tZeile 2 – 東京 🙂 é שלום"_s;
        fine.append(u'.'); // a heap string, so that sharing can be seen
        QCOMPARE(servertext::displayable(fine), fine);
        QVERIFY(servertext::displayable(fine).isSharedWith(fine)); // nothing copied
        QVERIFY(servertext::needsCleaning(u"a\u200eb"_s));
        QVERIFY(servertext::needsCleaning(u"a\u061cb"_s));
        QVERIFY(servertext::needsCleaning(u"a\u007fb"_s));
        QVERIFY(!servertext::needsCleaning(u"a\u00a0b"_s));
        QCOMPARE(servertext::displayable(QVariant(42)), QVariant(42));
        QCOMPARE(servertext::displayable(QVariant(Hostile)).toString(), Cleaned);
    }

    void clientListShowsCleanTextAndKeepsTheRawValue()
    {
        ClientListModel model;
        OAuthClient c = clienttestdata::make(u"id-1"_s, Hostile, u"CODE"_s, u"active"_s, 3600,
                                             u"2026-01-10T08:00:00.000Z"_s, Hostile);
        QJsonObject json = c.json.object();
        json.insert("createdBy"_L1, QJsonObject{{u"id"_s, u"u1"_s}, {u"name"_s, Hostile}});
        model.setClients({OAuthClient::fromJson(json)});
        checkAllCells(model, "ClientListModel");
        const QModelIndex name = model.index(0, ClientListModel::NameColumn);
        QCOMPARE(name.data().toString(), Cleaned);
        QCOMPARE(name.data(ClientListModel::NameRole).toString(), Hostile);
        QCOMPARE(name.data(ClientListModel::DescriptionRole).toString(), Hostile);
        QCOMPARE(name.data(ClientListModel::ClientRole).value<OAuthClient>().name, Hostile);
    }

    void authorizationsScopesUsageAndInsightsShowCleanText()
    {
        const QJsonObject client{{u"id"_s, u"c1"_s},
                                 {u"name"_s, Hostile},
                                 {u"description"_s, Hostile},
                                 {u"authorizedGrantType"_s, u"CODE"_s}};
        AuthorizationListModel authorizations;
        authorizations.setAuthorizations({OAuthAuthorization::fromJson(
            QJsonObject{{u"client"_s, client},
                        {u"scope"_s, QJsonArray{Hostile}},
                        {u"roles"_s, QJsonArray{Hostile}},
                        {u"resourceOwner"_s, QJsonObject{{u"id"_s, u"u1"_s}, {u"name"_s, Hostile}}},
                        {u"state"_s, u"Authorized"_s}})});
        checkAllCells(authorizations, "AuthorizationListModel");

        const QList<OAuthScope> scopes = {
            OAuthScope::fromJson(QJsonObject{{u"id"_s, Hostile}, {u"description"_s, Hostile}})};
        ScopeListModel scopeList;
        scopeList.setScopes(scopes);
        checkAllCells(scopeList, "ScopeListModel");
        QCOMPARE(scopeList.index(0, 0).data(ScopeListModel::ScopeIdRole).toString(), Hostile);
        ScopeChecklistModel checklist;
        checklist.setCatalog(scopes);
        checklist.setChecked({Hostile, u"unknown\u202escope"_s});
        checkAllCells(checklist, "ScopeChecklistModel");

        UsageAggregation aggregation;
        UsageTableRow row;
        row.templateUri = Hostile;
        row.httpMethod = Hostile;
        row.counts.requests = 3;
        aggregation.rows = {row};
        aggregation.totals.requests = 3;
        UsageTableModel usage;
        usage.setAggregation(aggregation);
        checkAllCells(usage, "UsageTableModel");

        OAuthClient hostileClient = OAuthClient::fromJson(client);
        ActivityReport report;
        ClientActivity activity;
        activity.client = hostileClient;
        report.rows = {activity};
        ClientActivityModel activityModel;
        activityModel.setReport(report);
        checkAllCells(activityModel, "ClientActivityModel");

        CheckFindingsModel findings;
        findings.setFindings({CheckFinding{&configurationChecks().first(), hostileClient, Hostile}});
        checkAllCells(findings, "CheckFindingsModel");
    }
};

QTEST_GUILESS_MAIN(TstServerText)
#include "tst_servertext.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// ScopeListModel, ScopeFilterProxyModel and ScopeChecklistModel (the client editor's picker, a view
// over the shared catalogue model): structure (QAbstractItemModelTester), client counts changed
// row by row, search, "used only", and the checklist following the catalogue through reloads
// without losing checked scopes the catalogue lacks.
#include "models/itemmodels/scopechecklistmodel.h"
#include "models/itemmodels/scopefilterproxymodel.h"
#include "models/itemmodels/scopelistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
QList<OAuthScope> catalog(bool german = false)
{
    return {{u"analytics"_s, german ? u"Analysedaten verwalten"_s : u"Manage analytics data"_s, {}, {}},
            {u"analytics:readonly"_s, german ? u"Analysedaten anzeigen"_s : u"View analytics data"_s, {}, {}},
            {u"users"_s, german ? u"Benutzer verwalten"_s : u"Manage users"_s, {}, {}},
            {u"users:readonly"_s, german ? u"Benutzer anzeigen"_s : u"View users"_s, {}, {}}};
}

OAuthClient client(const QString &id, const QStringList &scopes)
{
    OAuthClient c;
    c.id = id;
    c.name = id;
    c.scope = scopes;
    return c;
}

QStringList column(const QAbstractItemModel &m, int col)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, col).data().toString();
    return out;
}
} // namespace

class TstScopeModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<ScopeListModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void setScopesDropsEmptyAndRepeatedIds()
    {
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QList<OAuthScope> list = catalog();
        list.append({QString(), u"no id"_s, {}, {}});
        list.append({u"users"_s, u"again"_s, {}, {}});
        m_model->setScopes(list);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(m_model->rowCount(), 4);
        QCOMPARE(m_model->rowOf(u"users"_s), 2);
        QCOMPARE(m_model->scopeAt(2).description, u"Manage users"_s);
        QCOMPARE(m_model->rowOf(u"nope"_s), -1);
        QCOMPARE(m_model->headerData(ScopeListModel::ClientsColumn, Qt::Horizontal).toString(), u"Clients"_s);
        QCOMPARE(m_model->index(1, ScopeListModel::DescriptionColumn).data().toString(),
                 u"View analytics data"_s);
        QCOMPARE(m_model->index(1, 0).data(ScopeListModel::ScopeIdRole).toString(), u"analytics:readonly"_s);
        QCOMPARE(m_model->index(1, 0).data(ScopeListModel::SearchTextRole).toString(),
                 u"analytics:readonly\nview analytics data"_s);
        m_model->clear();
        QCOMPARE(reset.count(), 2);
        QCOMPARE(m_model->rowCount(), 0);
        m_model->clear(); // nothing to clear: no reset
        QCOMPARE(reset.count(), 2);
    }

    void countClients()
    {
        const QHash<QString, int> n =
            ScopeListModel::countClients({client(u"a"_s, {u"users"_s, u"analytics"_s}),
                                          client(u"b"_s, {u"users"_s, u"users"_s}), client(u"c"_s, {})});
        QCOMPARE(n.value(u"users"_s), 2);
        QCOMPARE(n.value(u"analytics"_s), 1);
        QVERIFY(!n.contains(u"users:readonly"_s));
    }

    void clientUsageChangesOnlyTheRowsThatMoved()
    {
        m_model->setScopes(catalog());
        // Unknown until the clients are loaded: empty column, -1.
        QCOMPARE(m_model->index(0, ScopeListModel::ClientsColumn).data().toString(), QString());
        QCOMPARE(m_model->index(0, 0).data(ScopeListModel::ClientCountRole).toInt(), -1);

        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        m_model->setClientUsage(QHash<QString, int>{{u"analytics"_s, 3}, {u"users"_s, 1}});
        QCOMPARE(reset.count(), 0);
        // Every row went from unknown to a number: one contiguous run.
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 3);
        QCOMPARE(changed.first().at(0).toModelIndex().column(), int(ScopeListModel::ClientsColumn));
        QCOMPARE(m_model->index(0, ScopeListModel::ClientsColumn).data().toString(), u"3"_s);
        QCOMPARE(m_model->index(3, ScopeListModel::ClientsColumn).data().toString(), u"0"_s);
        QCOMPARE(m_model->clientCountAt(2), 1);

        // One client more for users only: one row.
        changed.clear();
        m_model->setClientUsage(QHash<QString, int>{{u"analytics"_s, 3}, {u"users"_s, 2}});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 2);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 2);

        // Two separate rows: two runs.
        changed.clear();
        m_model->setClientUsage(QHash<QString, int>{{u"analytics"_s, 4}, {u"users"_s, 3}});
        QCOMPARE(changed.count(), 2);

        // Back to unknown.
        changed.clear();
        m_model->setClientUsage(std::nullopt);
        QVERIFY(!m_model->hasClientUsage());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_model->clientCountAt(0), -1);
    }

    void filter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("usedOnly");
        QTest::addColumn<QStringList>("expected");
        const QStringList all{u"analytics"_s, u"analytics:readonly"_s, u"users"_s, u"users:readonly"_s};
        QTest::newRow("all") << QString() << false << all;
        QTest::newRow("id") << u"users"_s << false << QStringList{u"users"_s, u"users:readonly"_s};
        QTest::newRow("description") << u"view"_s << false
                                     << QStringList{u"analytics:readonly"_s, u"users:readonly"_s};
        QTest::newRow("two terms") << u"VIEW  users"_s << false << QStringList{u"users:readonly"_s};
        QTest::newRow("used only") << QString() << true << QStringList{u"analytics"_s, u"users"_s};
        QTest::newRow("used and text") << u"manage user"_s << true << QStringList{u"users"_s};
        QTest::newRow("nothing") << u"xyz"_s << false << QStringList{};
    }
    void filter()
    {
        QFETCH(QString, text);
        QFETCH(bool, usedOnly);
        QFETCH(QStringList, expected);
        ScopeFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(m_model.get());
        m_model->setScopes(catalog());
        m_model->setClientUsage(QHash<QString, int>{{u"analytics"_s, 2}, {u"users"_s, 1}});
        proxy.setFilterText(text);
        proxy.setUsedOnly(usedOnly);
        QCOMPARE(column(proxy, ScopeListModel::ScopeColumn), expected);
        const QString count = proxy.countText();
        QVERIFY2(count.contains(QString::number(expected.size())), qPrintable(count));
    }

    void usedOnlyFollowsTheCounts()
    {
        ScopeFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(m_model.get());
        m_model->setScopes(catalog());
        m_model->setClientUsage(QHash<QString, int>{{u"users"_s, 1}});
        proxy.setUsedOnly(true);
        QCOMPARE(column(proxy, 0), QStringList{u"users"_s});
        // A client gained a scope: the row appears without a new filter call.
        m_model->setClientUsage(QHash<QString, int>{{u"users"_s, 1}, {u"analytics"_s, 1}});
        QCOMPARE(proxy.rowCount(), 2);
    }

    void sortByCount()
    {
        ScopeFilterProxyModel proxy;
        proxy.setSourceModel(m_model.get());
        m_model->setScopes(catalog());
        m_model->setClientUsage(QHash<QString, int>{{u"users"_s, 7}, {u"analytics"_s, 12}});
        proxy.sort(ScopeListModel::ClientsColumn, Qt::DescendingOrder);
        QCOMPARE(column(proxy, 0).mid(0, 2), (QStringList{u"analytics"_s, u"users"_s}));
    }

    void checklistIsAViewOverTheCatalogue()
    {
        ScopeChecklistModel check;
        QAbstractItemModelTester tester(&check, QAbstractItemModelTester::FailureReportingMode::QtTest);
        check.setChecked({u"users"_s, u"retired:scope"_s});
        // No catalogue yet: the checked ids are rows of their own.
        QCOMPARE(check.rowCount(), 2);
        check.setCatalogModel(m_model.get());
        QCOMPARE(check.catalogModel(), m_model.get());
        m_model->setScopes(catalog());
        QCOMPARE(check.rowCount(), 5);
        QCOMPARE(column(check, 0), (QStringList{u"analytics"_s, u"analytics:readonly"_s, u"users"_s,
                                                u"users:readonly"_s, u"retired:scope"_s}));
        QCOMPARE(check.index(2, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(check.index(0, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QCOMPARE(check.index(4, 0).data(ScopeChecklistModel::KnownRole).toBool(), false);
        QCOMPARE(check.index(4, 1).data().toString(), u"Not in the scope catalogue (kept as it is)"_s);
        QCOMPARE(check.index(1, 1).data().toString(), u"View analytics data"_s);
        QCOMPARE(check.checked(), (QStringList{u"users"_s, u"retired:scope"_s}));

        // Ticking a box changes one cell.
        QSignalSpy changed(&check, &QAbstractItemModel::dataChanged);
        QSignalSpy checkedChanged(&check, &ScopeChecklistModel::checkedChanged);
        QVERIFY(check.setData(check.index(1, 0), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(checkedChanged.count(), 1);
        QCOMPARE(check.checked(), (QStringList{u"analytics:readonly"_s, u"users"_s, u"retired:scope"_s}));
        QVERIFY(!check.setData(check.index(1, 1), Qt::Checked, Qt::CheckStateRole));

        // The catalogue is reloaded in German (language change): same rows, new descriptions, the
        // ticks stay.
        m_model->setScopes(catalog(true));
        QCOMPARE(check.index(1, 1).data().toString(), u"Analysedaten anzeigen"_s);
        QCOMPARE(check.checked(), (QStringList{u"analytics:readonly"_s, u"users"_s, u"retired:scope"_s}));

        // Forgotten (sign-out): every ticked scope is still there, as a row of its own.
        m_model->clear();
        QCOMPARE(check.rowCount(), 3);
        QCOMPARE(check.checked(), (QStringList{u"analytics:readonly"_s, u"retired:scope"_s, u"users"_s}));
        QCOMPARE(check.rowOf(u"users"_s), 2);
    }

    void checklistCountsDoNotTouchIt()
    {
        ScopeChecklistModel check;
        check.setCatalogModel(m_model.get());
        m_model->setScopes(catalog());
        QSignalSpy changed(&check, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&check, &QAbstractItemModel::modelReset);
        m_model->setClientUsage(QHash<QString, int>{{u"users"_s, 1}});
        QCOMPARE(changed.count(), 0);
        QCOMPARE(reset.count(), 0);
    }

    void checklistOwnCatalogue()
    {
        ScopeChecklistModel check;
        QAbstractItemModelTester tester(&check, QAbstractItemModelTester::FailureReportingMode::QtTest);
        check.setCatalog(catalog());
        QCOMPARE(check.rowCount(), 4);
        check.setChecked({u"users:readonly"_s, u"new:one"_s});
        QCOMPARE(check.rowCount(), 5);
        QCOMPARE(check.checked(), (QStringList{u"users:readonly"_s, u"new:one"_s}));
    }

    void catalogueGoesAway()
    {
        ScopeChecklistModel check;
        auto source = std::make_unique<ScopeListModel>();
        source->setScopes(catalog());
        check.setCatalogModel(source.get());
        check.setChecked({u"users"_s});
        QCOMPARE(check.rowCount(), 4);
        source.reset();
        QCOMPARE(check.catalogModel(), nullptr);
        QCOMPARE(check.rowCount(), 1);
        QCOMPARE(check.checked(), QStringList{u"users"_s});
    }

private:
    std::unique_ptr<ScopeListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TstScopeModels)
#include "tst_scopemodels.moc"

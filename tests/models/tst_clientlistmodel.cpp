// SPDX-License-Identifier: GPL-3.0-or-later
// ClientListModel: structure (QAbstractItemModelTester), roles, incremental updates without
// resets, merge on reload, and sort keys. The labels it shows are tested in tst_clientlabels.
#include "models/domain/clientlabels.h"
#include "models/itemmodels/clientlistmodel.h"
#include "tests/models/clienttestdata.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using clienttestdata::make;

class TstClientListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<ClientListModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void emptyModel()
    {
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_model->columnCount(), int(ClientListModel::ColumnCount));
        QCOMPARE(m_model->rowOf(u"x"_s), -1);
        QVERIFY(!m_model->client(u"x"_s));
        QVERIFY(!m_model->removeClient(u"x"_s));
    }

    void setClientsResetsOnceAndSkipsDuplicates()
    {
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        m_model->setClients({make(u"a"_s, u"Alpha"_s), make(u"b"_s, u"Beta"_s),
                             make(u"a"_s, u"Alpha again"_s), make(QString(), u"no id"_s)});
        QCOMPARE(reset.count(), 1);
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->rowOf(u"b"_s), 1);
        QCOMPARE(m_model->clientAt(0).name, u"Alpha"_s);
    }

    void displayAndRoles()
    {
        OAuthClient c = make(u"id-1"_s, u"Billing export"_s, u"CLIENT-CREDENTIALS"_s, u"inactive"_s, 172800,
                             u"2026-01-10T08:00:00.000Z"_s, u"Nightly CSV"_s);
        m_model->setClients({c});
        auto idx = [&](int col) { return m_model->index(0, col); };
        QCOMPARE(idx(ClientListModel::NameColumn).data().toString(), u"Billing export"_s);
        QCOMPARE(idx(ClientListModel::NameColumn).data(Qt::ToolTipRole).toString(), u"Nightly CSV"_s);
        QCOMPARE(idx(ClientListModel::GrantTypeColumn).data().toString(), u"Client credentials"_s);
        QCOMPARE(idx(ClientListModel::StateColumn).data().toString(), u"Inactive"_s);
        QCOMPARE(idx(ClientListModel::LifetimeColumn).data().toString(), u"48 h"_s);
        QCOMPARE(idx(ClientListModel::IdColumn).data().toString(), u"id-1"_s);
        QVERIFY(!idx(ClientListModel::CreatedColumn).data().toString().isEmpty());
        QCOMPARE(idx(0).data(ClientListModel::IdRole).toString(), u"id-1"_s);
        QCOMPARE(idx(0).data(ClientListModel::GrantTypeRole).toString(), u"CLIENT-CREDENTIALS"_s);
        QCOMPARE(idx(0).data(ClientListModel::GrantRole).toInt(), int(GrantType::ClientCredentials));
        QCOMPARE(idx(0).data(ClientListModel::ClientStateRole).toInt(), int(ClientState::Inactive));
        QCOMPARE(idx(0).data(ClientListModel::TokenLifetimeRole).toLongLong(), 172800);
        QCOMPARE(idx(0).data(ClientListModel::DateCreatedRole).toDateTime(),
                 QDateTime(QDate(2026, 1, 10), QTime(8, 0), Qt::UTC));
        QCOMPARE(idx(0).data(ClientListModel::ClientRole).value<OAuthClient>().id, u"id-1"_s);
        const QString hay = idx(0).data(ClientListModel::SearchTextRole).toString();
        QVERIFY(hay.contains(u"billing export"_s));
        QVERIFY(hay.contains(u"nightly csv"_s));
        QVERIFY(hay.contains(u"client-credentials"_s));
        QVERIFY(hay.contains(u"inactive"_s));
        QCOMPARE(idx(ClientListModel::LifetimeColumn).data(ClientListModel::SortRole).toLongLong(), 172800);
        QVERIFY(m_model->roleNames().contains(ClientListModel::ClientRole));
        QCOMPARE(m_model->headerData(ClientListModel::IdColumn, Qt::Horizontal).toString(), u"Client ID"_s);
    }

    void unknownValuesShownAsIs()
    {
        m_model->setClients({make(u"x"_s, u"Old"_s, u"DEVICE-CODE"_s, u"deleted"_s),
                             make(u"y"_s, u"New"_s, u"CODE"_s, u"suspended"_s)});
        QCOMPARE(m_model->index(0, ClientListModel::GrantTypeColumn).data().toString(), u"DEVICE-CODE"_s);
        QCOMPARE(m_model->index(0, ClientListModel::GrantTypeColumn).data(ClientListModel::GrantRole).toInt(),
                 int(GrantType::Unknown));
        QCOMPARE(m_model->index(0, ClientListModel::StateColumn).data().toString(), u"Deleted"_s);
        QCOMPARE(m_model->index(1, ClientListModel::StateColumn).data().toString(), u"suspended"_s);
    }

    void missingLifetimeIsTheDefault()
    {
        QJsonObject o{
            {u"id"_s, u"n"_s}, {u"name"_s, u"No lifetime"_s}, {u"authorizedGrantType"_s, u"CODE"_s}};
        m_model->setClients({OAuthClient::fromJson(o)});
        QCOMPARE(m_model->index(0, ClientListModel::LifetimeColumn).data().toString(), u"24 h"_s);
        QVERIFY(m_model->index(0, ClientListModel::CreatedColumn).data().toString().isEmpty());
    }

    void upsertInsertsWithoutReset()
    {
        m_model->setClients({make(u"a"_s, u"Alpha"_s)});
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_model->upsertClient(make(u"b"_s, u"Beta"_s));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 1);
        QCOMPARE(inserted.at(0).at(2).toInt(), 1);
        QCOMPARE(m_model->rowOf(u"b"_s), 1);
    }

    void upsertChangesOnlyTheChangedColumns()
    {
        m_model->setClients({make(u"a"_s, u"Alpha"_s), make(u"b"_s, u"Beta"_s), make(u"c"_s, u"Gamma"_s)});
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

        // The state only: one row, the state column.
        m_model->upsertClient(make(u"b"_s, u"Beta"_s, u"CODE"_s, u"disabled"_s));
        QCOMPARE(changed.count(), 1);
        auto tl = changed.at(0).at(0).value<QModelIndex>();
        auto br = changed.at(0).at(1).value<QModelIndex>();
        QCOMPARE(tl, m_model->index(1, ClientListModel::StateColumn));
        QCOMPARE(br, m_model->index(1, ClientListModel::StateColumn));
        QCOMPARE(m_model->index(1, ClientListModel::StateColumn).data().toString(), u"Disabled"_s);

        // Name and lifetime: the span from the name to the lifetime column.
        changed.clear();
        m_model->upsertClient(make(u"b"_s, u"Beta 2"_s, u"CODE"_s, u"disabled"_s, 3600));
        QCOMPARE(changed.count(), 1);
        tl = changed.at(0).at(0).value<QModelIndex>();
        br = changed.at(0).at(1).value<QModelIndex>();
        QCOMPARE(tl, m_model->index(1, ClientListModel::NameColumn));
        QCOMPARE(br, m_model->index(1, ClientListModel::LifetimeColumn));

        // A field without a column (scope): the row's client and search roles.
        changed.clear();
        OAuthClient c = m_model->clientAt(1);
        QJsonObject j = c.json.object();
        j.insert(u"scope"_s, QJsonArray{u"users:readonly"_s});
        m_model->upsertClient(OAuthClient::fromJson(j));
        QCOMPARE(changed.count(), 1);
        const auto roles = changed.at(0).at(2).value<QList<int>>();
        QVERIFY(roles.contains(ClientListModel::ClientRole));
        QCOMPARE(m_model->clientAt(1).scope, QStringList{u"users:readonly"_s});

        // The same client again: no signal at all.
        changed.clear();
        m_model->upsertClient(m_model->clientAt(1));
        QCOMPARE(changed.count(), 0);

        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(m_model->rowCount(), 3);
    }

    void removeWithoutReset()
    {
        m_model->setClients({make(u"a"_s, u"Alpha"_s), make(u"b"_s, u"Beta"_s), make(u"c"_s, u"Gamma"_s)});
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QVERIFY(m_model->removeClient(u"b"_s));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 1);
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->rowOf(u"c"_s), 1); // the index follows
        QCOMPARE(m_model->rowOf(u"b"_s), -1);
        QVERIFY(!m_model->removeClient(u"b"_s));
        QCOMPARE(removed.count(), 1);
    }

    void mergeAppliesTheDifference()
    {
        m_model->setClients({make(u"a"_s, u"Alpha"_s), make(u"b"_s, u"Beta"_s), make(u"c"_s, u"Gamma"_s),
                             make(u"d"_s, u"Delta"_s), make(u"e"_s, u"Epsilon"_s)});
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        const QPersistentModelIndex eIndex = m_model->index(4, 0);

        // b and c gone (one block), e gone, d renamed, a unchanged, f and g new.
        m_model->mergeClients({make(u"g"_s, u"Gee"_s), make(u"a"_s, u"Alpha"_s), make(u"d"_s, u"Delta 2"_s),
                               make(u"f"_s, u"Eff"_s)});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 2); // [4,4] then [1,2]
        QCOMPARE(changed.count(), 1);
        QCOMPARE(inserted.count(), 1);
        QVERIFY(!eIndex.isValid());
        QCOMPARE(m_model->rowCount(), 4);
        QStringList ids;
        for (int r = 0; r < m_model->rowCount(); ++r)
            ids << m_model->clientAt(r).id;
        QCOMPARE(ids, (QStringList{u"a"_s, u"d"_s, u"g"_s, u"f"_s}));
        QCOMPARE(m_model->clientAt(1).name, u"Delta 2"_s);
        QCOMPARE(m_model->rowOf(u"f"_s), 3);
    }

    void rowsOfAReloadDoNotKeepItsAnswer()
    {
        auto listing = [](const QList<std::pair<const char *, const char *>> &clients) {
            QByteArray body = "{\"entities\":[";
            for (const auto &[id, name] : clients)
                body += QByteArray("{\"id\":\"") + id + "\",\"name\":\"" + name + "\"},";
            body.chop(1);
            return parseClientListing(body + "]}").value().page.entities;
        };
        m_model->setClients(listing({{"a", "Alpha"}, {"b", "Beta"}}));
        QVERIFY(m_model->clientAt(0).json.isShared()); // the first answer, shared by its clients
        // A reload: a changed and a new client copy their text out of the second answer, so that
        // the second answer is not kept for them; the unchanged row keeps what it had.
        m_model->mergeClients(listing({{"a", "Alpha"}, {"b", "Beta 2"}, {"c", "Gamma"}}));
        QCOMPARE(m_model->rowCount(), 3);
        QVERIFY(m_model->clientAt(0).json.isShared());
        QCOMPARE(m_model->clientAt(1).name, u"Beta 2"_s);
        QVERIFY(!m_model->clientAt(1).json.isShared());
        QVERIFY(!m_model->clientAt(2).json.isShared());
        QCOMPARE(m_model->clientAt(2).json.bytes(), QByteArray(R"({"id":"c","name":"Gamma"})"));
        m_model->upsertClient(listing({{"d", "Delta"}}).constFirst());
        QVERIFY(!m_model->clientAt(3).json.isShared());
    }

    void compareRowsIsNumericAndTyped()
    {
        m_model->setClients(
            {make(u"1"_s, u"Client 10"_s, u"CODE"_s, u"active"_s, 3600, u"2026-02-01T00:00:00Z"_s),
             make(u"2"_s, u"client 2"_s, u"TOKEN"_s, u"active"_s, 300, u"2025-02-01T00:00:00Z"_s),
             make(u"3"_s, u"Client 9"_s, u"CODE"_s, u"active"_s, 86400, u"2026-01-01T00:00:00Z"_s)});
        // Names: numeric and case-insensitive.
        QVERIFY(m_model->compareRows(1, 2, ClientListModel::NameColumn) < 0); // client 2 < Client 9
        QVERIFY(m_model->compareRows(2, 0, ClientListModel::NameColumn) < 0); // Client 9 < Client 10
        // Lifetimes as numbers (300 < 3600 < 86400), not as text.
        QVERIFY(m_model->compareRows(1, 0, ClientListModel::LifetimeColumn) < 0);
        QVERIFY(m_model->compareRows(0, 2, ClientListModel::LifetimeColumn) < 0);
        // Dates as dates.
        QVERIFY(m_model->compareRows(1, 2, ClientListModel::CreatedColumn) < 0);
        QVERIFY(m_model->compareRows(2, 0, ClientListModel::CreatedColumn) < 0);
        // Ties are broken by name, then id: never 0 for different rows.
        QVERIFY(m_model->compareRows(0, 2, ClientListModel::GrantTypeColumn) >
                0); // both CODE: "10" after "9"
        QCOMPARE(m_model->compareRows(1, 1, ClientListModel::NameColumn), 0);
    }

    void clearResets()
    {
        m_model->setClients({make(u"a"_s, u"Alpha"_s)});
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        m_model->clear();
        QCOMPARE(reset.count(), 1);
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_model->rowOf(u"a"_s), -1);
    }

    void manyRowsKeepTheIndexRight()
    {
        const QList<OAuthClient> all = clienttestdata::generate(2000);
        m_tester.reset(); // the tester's full checks on every change would dominate the run time
        m_model->setClients(all);
        for (int i = 0; i < 500; ++i)
            QVERIFY(m_model->removeClient(all.at(i * 3).id));
        for (int r = 0; r < m_model->rowCount(); ++r)
            QCOMPARE(m_model->rowOf(m_model->clientAt(r).id), r);
        QCOMPARE(m_model->rowCount(), 1500);
    }

    // Big listings take the threaded path, where duplicates are found in the id order.
    void bigListingDropsDuplicatesKeepingTheFirst()
    {
        QList<OAuthClient> all = clienttestdata::generate(3000);
        QList<OAuthClient> withCopies = all;
        for (int i = 0; i < 40; ++i) {
            OAuthClient copy = all.at(i * 70);
            copy.name = u"copy %1"_s.arg(i);
            withCopies.insert(i * 70 + 1 + i, copy); // right after its original, and further on
            withCopies.append(copy);
        }
        withCopies.append(make(QString(), u"no id"_s));
        m_tester.reset();
        m_model->setClients(withCopies);
        QCOMPARE(m_model->rowCount(), 3000);
        for (int r = 0; r < m_model->rowCount(); ++r) {
            QCOMPARE(m_model->clientAt(r).id, all.at(r).id); // the server's order, first copy kept
            QCOMPARE(m_model->clientAt(r).name, all.at(r).name);
            QCOMPARE(m_model->rowOf(all.at(r).id), r);
        }
        QCOMPARE(m_model->rowOf(u"not-there"_s), -1);
        QVERIFY(m_model->removeClient(all.at(70).id));
        QCOMPARE(m_model->rowOf(all.at(70).id), -1);
        QCOMPARE(m_model->rowOf(all.at(71).id), 70);
    }

    // Big listings are built in two halves on two threads and merged; client by client the model
    // builds the same state incrementally. Both must agree on every row, haystack, id lookup and
    // comparison, ties included (equal names; ids that share their first characters).
    void threadedBuildMatchesIncremental_data()
    {
        QTest::addColumn<int>("unknownGrants");
        QTest::addColumn<int>("unknownStates");
        QTest::newRow("one unknown grant type") << 1 << 0;
        // More distinct values than the builders' label caches hold: ranks then come label by label.
        QTest::newRow("a hostile variety of values") << 150 << 90;
    }

    void threadedBuildMatchesIncremental()
    {
        QFETCH(int, unknownGrants);
        QFETCH(int, unknownStates);
        QList<OAuthClient> all = clienttestdata::generate(3000);
        for (int i = 0; i < all.size(); i += 7)
            all[i].name = u"Shared name"_s;
        for (int i = 0; i < all.size(); i += 11) // unknown values: labels of their own
            all[i].grantType = u"FUTURE-GRANT-%1"_s.arg((i * 37) % unknownGrants);
        for (int i = 3; unknownStates > 0 && i < all.size(); i += 13)
            all[i].state = u"future-state-%1"_s.arg((i * 53) % unknownStates);
        m_tester.reset();
        ClientListModel bulk;
        bulk.setClients(all); // shared with `all`: the rows copy the clients
        ClientListModel owned;
        QList<OAuthClient> own = all;
        own.detach();
        owned.setClients(std::move(own)); // the rows take the clients over
        ClientListModel incremental;
        for (const OAuthClient &c : std::as_const(all))
            incremental.upsertClient(c);
        QCOMPARE(bulk.rowCount(), all.size());
        QCOMPARE(owned.rowCount(), all.size());
        QCOMPARE(incremental.rowCount(), all.size());
        for (int r = 0; r < bulk.rowCount(); ++r) {
            QCOMPARE(bulk.clientAt(r).id, incremental.clientAt(r).id);
            QCOMPARE(owned.clientAt(r).id, incremental.clientAt(r).id);
            QCOMPARE(owned.clientAt(r).json.bytes(), all.at(r).json.bytes());
            QCOMPARE(bulk.searchBytes(r), incremental.searchBytes(r));
            QCOMPARE(owned.searchBytes(r), incremental.searchBytes(r));
            QCOMPARE(bulk.rowOf(all.at(r).id), r);
        }
        QCOMPARE(all.constFirst().name, owned.clientAt(0).name); // the caller's list is untouched
        auto sign = [](int v) { return (v > 0) - (v < 0); };
        quint32 x = 12345;
        for (int i = 0; i < 30000; ++i) {
            x = x * 1664525u + 1013904223u;
            const int a = int((x >> 8) % quint32(all.size()));
            x = x * 1664525u + 1013904223u;
            const int b = int((x >> 8) % quint32(all.size()));
            for (int col = 0; col < ClientListModel::ColumnCount; ++col) {
                if (sign(bulk.compareRows(a, b, col)) != sign(incremental.compareRows(a, b, col)))
                    QFAIL(qPrintable(
                        u"rows %1 and %2 compare differently in column %3"_s.arg(a).arg(b).arg(col)));
            }
        }
    }

private:
    std::unique_ptr<ClientListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TstClientListModel)
#include "tst_clientlistmodel.moc"

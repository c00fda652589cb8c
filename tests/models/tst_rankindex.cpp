// SPDX-License-Identifier: GPL-3.0-or-later
// RankIndex on plain keys: ranks order like the keys, equal keys rank equal, and they stay so
// through inserts, removals and key changes; find() and laterEquals().
#include "models/itemmodels/rankindex.h"

#include <QList>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TstRankIndex : public QObject
{
    Q_OBJECT

    QList<int> m_keys; // the "table": one key per row
    RankIndex m_index{
        [this](int a, int b) { return (m_keys.at(a) > m_keys.at(b)) - (m_keys.at(a) < m_keys.at(b)); }};

    // Every pair of rows compares by rank as by key.
    void verifyRanks()
    {
        QCOMPARE(m_index.size(), int(m_keys.size()));
        for (int a = 0; a < m_keys.size(); ++a) {
            for (int b = 0; b < m_keys.size(); ++b) {
                const bool keyLess = m_keys.at(a) < m_keys.at(b);
                const bool rankLess = m_index.rank(a) < m_index.rank(b);
                if (keyLess != rankLess ||
                    (m_keys.at(a) == m_keys.at(b)) != (m_index.rank(a) == m_index.rank(b)))
                    QFAIL(qPrintable(QStringLiteral("rows %1 (key %2, rank %3) and %4 (key %5, rank %6)")
                                         .arg(a)
                                         .arg(m_keys.at(a))
                                         .arg(m_index.rank(a))
                                         .arg(b)
                                         .arg(m_keys.at(b))
                                         .arg(m_index.rank(b))));
            }
        }
    }

    int find(int key) const
    {
        return m_index.find([&](int row) { return (m_keys.at(row) > key) - (m_keys.at(row) < key); });
    }

private Q_SLOTS:
    void init()
    {
        m_keys.clear();
        m_index.rebuild(0);
    }

    void rebuildRanksLikeTheKeys()
    {
        m_keys = {50, 10, 30, 10, 40};
        m_index.rebuild(int(m_keys.size()));
        verifyRanks();
        QCOMPARE(m_index.rank(1), m_index.rank(3));
        QCOMPARE(find(30), 2);
        QCOMPARE(find(35), -1);
        QCOMPARE(m_index.laterEquals(), std::vector<int>{3}); // row 1 came first
    }

    void insertsKeepTheOrder()
    {
        m_keys = {20, 40};
        m_index.rebuild(2);
        // At the end, at the front, between, equal to one: each as a new last row.
        for (const int key : {60, 10, 30, 40, 30, 5}) {
            m_keys.append(key);
            m_index.insert(int(m_keys.size()) - 1);
            verifyRanks();
        }
        // In the middle of the table: the rows after it move down.
        m_keys.insert(1, 25);
        m_index.insert(1);
        verifyRanks();
        QCOMPARE(find(25), 1);
        QCOMPARE(find(60), 3);
    }

    void removalsAndChangesKeepTheOrder()
    {
        m_keys = {5, 3, 9, 3, 7, 1};
        m_index.rebuild(int(m_keys.size()));
        m_keys.removeAt(1);
        m_index.remove(1);
        verifyRanks();
        QCOMPARE(find(9), 1);
        m_keys[0] = 8; // 5 becomes 8: between 7 and 9
        m_index.update(0);
        verifyRanks();
        m_keys[3] = 3; // 7 becomes the other 3's equal
        m_index.update(3);
        verifyRanks();
        QCOMPARE(m_index.rank(2), m_index.rank(3));
        QCOMPARE(find(5), -1);
    }

    // Many random changes, checked after each against the keys themselves.
    void randomChanges()
    {
        QRandomGenerator random(7);
        for (int i = 0; i < 40; ++i)
            m_keys.append(int(random.bounded(30)));
        m_index.rebuild(int(m_keys.size()));
        verifyRanks();
        for (int step = 0; step < 400; ++step) {
            const int what = int(random.bounded(3));
            if (what == 0 || m_keys.size() < 5) {
                const int at = int(random.bounded(int(m_keys.size()) + 1));
                m_keys.insert(at, int(random.bounded(30)));
                m_index.insert(at);
            } else if (what == 1) {
                const int at = int(random.bounded(int(m_keys.size())));
                m_keys.removeAt(at);
                m_index.remove(at);
            } else {
                const int at = int(random.bounded(int(m_keys.size())));
                m_keys[at] = int(random.bounded(30));
                m_index.update(at);
            }
            verifyRanks();
            if (QTest::currentTestFailed())
                return;
            for (int r = 0; r < m_keys.size(); ++r)
                QCOMPARE(m_keys.at(find(m_keys.at(r))), m_keys.at(r));
        }
    }

    // The prefix path of rebuild() (ids sorted by their first characters, strings only on ties)
    // orders like the full comparison.
    void prefixOrdersLikeTheKeys()
    {
        const QStringList ids = {u"b-2"_s, u"a"_s, u"b-10"_s, u"abcdefgh"_s, u"abcdefga"_s, u"b-2"_s, u""_s};
        RankIndex index([&](int a, int b) { return ids.at(a).compare(ids.at(b)); },
                        [&](int row) {
                            quint64 p = 0;
                            for (qsizetype i = 0; i < 4; ++i)
                                p = (p << 16) |
                                    (i < ids.at(row).size() ? quint64(ids.at(row).at(i).unicode()) : 0);
                            return p;
                        });
        index.rebuild(int(ids.size()));
        for (int a = 0; a < ids.size(); ++a) {
            for (int b = 0; b < ids.size(); ++b) {
                const int c = ids.at(a).compare(ids.at(b));
                QCOMPARE(index.rank(a) < index.rank(b), c < 0);
                QCOMPARE(index.rank(a) == index.rank(b), c == 0);
            }
        }
        QCOMPARE(index.laterEquals(), std::vector<int>{5});
    }
};

QTEST_APPLESS_MAIN(TstRankIndex)
#include "tst_rankindex.moc"

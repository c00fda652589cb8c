// SPDX-License-Identifier: GPL-3.0-or-later
// UsageTableModel: structure under QAbstractItemModelTester, the totals row pinned first through
// every sort, persistent indexes across sorts, columns of metrics not asked, texts, and the CSV
// export compared byte for byte with tests/data/usage/expected.csv.
#include "models/itemmodels/usagetablemodel.h"
#include "tests/support/testsupport.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {
qint64 ms(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

QList<UsageRow> fixtureRows()
{
    const Result<UsageResult> r = parseUsageResult(testsupport::readData(u"usage/day-rows.json"_s));
    if (!r)
        qFatal("fixture: %s", qPrintable(r.error().summary()));
    return r->rows;
}

UsageAggregation fixture(UsageBucket bucket = UsageBucket::Day, UsageMetrics metrics = AllUsageMetrics)
{
    UsageAggregationOptions o;
    o.bucket = bucket;
    o.startMs = ms(2026, 2, 26);
    o.endMs = ms(2026, 3, 5);
    o.metrics = metrics;
    return aggregateUsage(fixtureRows(), o);
}
} // namespace

class TestUsageTableModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<UsageTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    QString cell(int row, int column) const { return m_model->data(m_model->index(row, column)).toString(); }

private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<UsageTableModel>();
        m_model->setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void emptyUntilFed()
    {
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_model->columnCount(), int(UsageTableModel::ColumnCount));
        // An aggregation without rows (a client without usage) has no totals row either.
        m_model->setAggregation(aggregateUsage({}, UsageAggregationOptions{}));
        QCOMPARE(m_model->rowCount(), 0);
    }

    void rowsAndTotals()
    {
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        m_model->setAggregation(fixture());
        QCOMPARE(reset.size(), 1);
        QCOMPARE(m_model->rowCount(), 8); // totals + 7
        QVERIFY(m_model->data(m_model->index(0, 0), UsageTableModel::IsTotalRole).toBool());
        QVERIFY(!m_model->data(m_model->index(1, 0), UsageTableModel::IsTotalRole).toBool());
        QCOMPARE(cell(0, UsageTableModel::DateColumn), u"Total"_s);
        QCOMPARE(cell(0, UsageTableModel::EndpointColumn), u"3 endpoints"_s);
        QCOMPARE(cell(0, UsageTableModel::RequestsColumn), u"199"_s);
        QCOMPARE(cell(0, UsageTableModel::Status400Column), u"20"_s);
        QCOMPARE(cell(0, UsageTableModel::Status429Column), u"15"_s);
        QCOMPARE(cell(0, UsageTableModel::ErrorShareColumn), u"12.1%"_s);
        QCOMPARE(cell(1, UsageTableModel::DateColumn), u"Thu 26 Feb 2026"_s);
        QCOMPARE(cell(1, UsageTableModel::EndpointColumn), u"api/v2/analytics/conversations/details/query"_s);
        QCOMPARE(cell(1, UsageTableModel::MethodColumn), u"POST"_s);
        QCOMPARE(cell(1, UsageTableModel::Status429Column), u"10"_s);
        QCOMPARE(m_model->data(m_model->index(1, 0), UsageTableModel::BucketStartRole).toLongLong(),
                 ms(2026, 2, 26));
        QVERIFY(!m_model->data(m_model->index(0, 0), UsageTableModel::BucketStartRole).isValid());
        QCOMPARE(m_model->headerData(0, Qt::Horizontal).toString(), u"Day (UTC)"_s);
        QCOMPARE(m_model->headerData(UsageTableModel::Status400Column, Qt::Horizontal).toString(),
                 u"4xx (incl. 429)"_s);
        QVERIFY(m_model->data(m_model->index(1, UsageTableModel::DateColumn), Qt::ToolTipRole)
                    .toString()
                    .contains(u"UTC: Thu 26 Feb 00:00 – Fri 27 Feb 00:00"_s));
        const auto align =
            m_model->data(m_model->index(1, UsageTableModel::RequestsColumn), Qt::TextAlignmentRole)
                .value<Qt::Alignment>();
        QVERIFY(align & Qt::AlignRight);
        // Big numbers are grouped for reading.
        UsageRow big;
        big.date = QDateTime::fromMSecsSinceEpoch(ms(2026, 2, 26), QTimeZone::utc());
        big.requests = big.status200 = 1234567;
        UsageAggregationOptions o;
        m_model->setAggregation(aggregateUsage({big}, o));
        QCOMPARE(cell(0, UsageTableModel::RequestsColumn), u"1,234,567"_s);
    }

    void sortKeepsTotalsFirst_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<QString>("firstRequests"); // row 1 after sorting
        QTest::addColumn<QString>("lastRequests");
        QTest::newRow("date asc") << int(UsageTableModel::DateColumn) << int(Qt::AscendingOrder) << u"50"_s
                                  << u"7"_s;
        QTest::newRow("date desc") << int(UsageTableModel::DateColumn) << int(Qt::DescendingOrder) << u"7"_s
                                   << u"100"_s; // ties keep the fixed order
        QTest::newRow("requests desc")
            << int(UsageTableModel::RequestsColumn) << int(Qt::DescendingOrder) << u"100"_s << u"2"_s;
        QTest::newRow("requests asc")
            << int(UsageTableModel::RequestsColumn) << int(Qt::AscendingOrder) << u"2"_s << u"100"_s;
        QTest::newRow("endpoint asc")
            << int(UsageTableModel::EndpointColumn) << int(Qt::AscendingOrder) << u"50"_s << u"7"_s;
        QTest::newRow("errors desc") << int(UsageTableModel::ErrorShareColumn) << int(Qt::DescendingOrder)
                                     << u"10"_s << u"7"_s; // 50% twice: the earlier day first
        QTest::newRow("429 desc") << int(UsageTableModel::Status429Column) << int(Qt::DescendingOrder)
                                  << u"50"_s << u"7"_s;
    }

    void sortKeepsTotalsFirst()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QString, firstRequests);
        QFETCH(QString, lastRequests);
        m_model->setAggregation(fixture());
        QSignalSpy layout(m_model.get(), &QAbstractItemModel::layoutChanged);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        m_model->sort(column, Qt::SortOrder(order));
        QCOMPARE(layout.size(), 1);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(cell(0, UsageTableModel::DateColumn), u"Total"_s);
        QCOMPARE(cell(1, UsageTableModel::RequestsColumn), firstRequests);
        QCOMPARE(cell(7, UsageTableModel::RequestsColumn), lastRequests);
        // Sorted by the typed values.
        const int rows = m_model->rowCount();
        for (int r = 2; r < rows; ++r) {
            const QVariant a = m_model->data(m_model->index(r - 1, column), UsageTableModel::SortRole);
            const QVariant b = m_model->data(m_model->index(r, column), UsageTableModel::SortRole);
            const auto c = QVariant::compare(a, b);
            QVERIFY2(order == Qt::AscendingOrder ? c != QPartialOrdering::Greater
                                                 : c != QPartialOrdering::Less,
                     qPrintable(u"rows %1 and %2"_s.arg(r - 1).arg(r)));
        }
        // A new aggregation keeps the sort.
        m_model->setAggregation(fixture());
        QCOMPARE(cell(1, UsageTableModel::RequestsColumn), firstRequests);
    }

    void persistentIndexesFollowTheirRows()
    {
        m_model->setAggregation(fixture());
        const QPersistentModelIndex scim(m_model->index(5, UsageTableModel::MethodColumn));
        const QPersistentModelIndex total(m_model->index(0, UsageTableModel::RequestsColumn));
        QCOMPARE(scim.data().toString(), u"DELETE"_s);
        m_model->sort(UsageTableModel::RequestsColumn, Qt::AscendingOrder);
        QCOMPARE(scim.row(), 1); // the smallest row
        QCOMPARE(scim.data().toString(), u"DELETE"_s);
        QCOMPARE(total.row(), 0);
        m_model->sort(UsageTableModel::RequestsColumn, Qt::DescendingOrder);
        QCOMPARE(scim.row(), 7);
    }

    void columnsNotAsked()
    {
        m_model->setAggregation(fixture(UsageBucket::Week, UsageMetric::Status429 | UsageMetric::Requests));
        QVERIFY(m_model->isColumnUsed(UsageTableModel::Status429Column));
        QVERIFY(m_model->isColumnUsed(UsageTableModel::RequestsColumn));
        QVERIFY(!m_model->isColumnUsed(UsageTableModel::Status200Column));
        QVERIFY(!m_model->isColumnUsed(UsageTableModel::ErrorShareColumn));
        QVERIFY(m_model->isColumnUsed(UsageTableModel::EndpointColumn));
        QVERIFY(!m_model->data(m_model->index(1, UsageTableModel::Status200Column)).isValid());
        QCOMPARE(cell(1, UsageTableModel::DateColumn), u"Week of Mon 23 Feb 2026"_s);
        QCOMPARE(m_model->headerData(0, Qt::Horizontal).toString(), u"Week (UTC)"_s);
        // Not grouped by endpoint: its column goes.
        UsageAggregationOptions o;
        o.byEndpoint = false;
        m_model->setAggregation(aggregateUsage(fixtureRows(), o));
        QVERIFY(!m_model->isColumnUsed(UsageTableModel::EndpointColumn));
        QVERIFY(m_model->isColumnUsed(UsageTableModel::MethodColumn));
        // Requests not asked: derived, and the tooltip says so.
        m_model->setAggregation(fixture(UsageBucket::Day, UsageMetric::Status200));
        QCOMPARE(cell(0, UsageTableModel::RequestsColumn), u"173"_s);
        QVERIFY(m_model->data(m_model->index(1, UsageTableModel::RequestsColumn), Qt::ToolTipRole)
                    .toString()
                    .contains(u"sum of the status counts"_s));
    }

    void csvMatchesTheExpectedFile()
    {
        const QByteArray expected = testsupport::readData(u"usage/expected.csv"_s);
        const QByteArray csv = UsageTableModel::toCsv(fixture());
        QCOMPARE(csv, expected);
        // The view's sort does not change the file.
        m_model->setAggregation(fixture());
        m_model->sort(UsageTableModel::RequestsColumn, Qt::DescendingOrder);
        QCOMPARE(UsageTableModel::toCsv(m_model->aggregation()), expected);
    }

    void csvFieldsAreSafe()
    {
        UsageRow r;
        r.date = QDateTime::fromMSecsSinceEpoch(ms(2026, 3, 1), QTimeZone::utc());
        r.templateUri = u"api/v2/odd,\"name\"/{id}"_s;
        r.httpMethod = u"=HYPERLINK(\"x\")"_s;
        r.requests = r.status200 = 1;
        UsageAggregationOptions o;
        o.bucket = UsageBucket::Month;
        o.metrics = UsageMetric::Status200;
        const QByteArray csv = UsageTableModel::toCsv(aggregateUsage({r}, o));
        QCOMPARE(csv.split('\n').at(1),
                 QByteArray(
                     "2026-03-01T00:00:00Z,Month,\"api/v2/odd,\"\"name\"\"/{id}\",\"'=HYPERLINK(\"\"x\"\")\","
                     ",1,,,,\r"));
        // Not grouped: empty fields, same columns.
        o.byEndpoint = o.byMethod = false;
        const QByteArray plain = UsageTableModel::toCsv(aggregateUsage({r}, o));
        QCOMPARE(plain.split('\n').at(1), QByteArray("2026-03-01T00:00:00Z,Month,,,,1,,,,\r"));
    }

    void tensOfThousandsOfRows()
    {
        // 27,000 rows in and sorted without per-row work beyond numbers.
        QList<UsageRow> rows;
        rows.reserve(27000);
        const qint64 first = ms(2025, 12, 15);
        for (int d = 0; d < 90; ++d) {
            for (int e = 0; e < 300; ++e) {
                UsageRow r;
                r.date = QDateTime::fromMSecsSinceEpoch(first + d * usagebuckets::DayMs, QTimeZone::utc());
                r.templateUri = u"api/v2/area%1/items"_s.arg(e);
                r.httpMethod = u"GET"_s;
                r.status200 = 100 + (d * 7 + e) % 50;
                r.status400 = e % 9;
                r.status429 = e % 3;
                r.requests = r.status200 + r.status400;
                rows.append(std::move(r));
            }
        }
        UsageAggregationOptions o;
        o.startMs = first;
        o.endMs = first + 90 * usagebuckets::DayMs;
        m_tester.reset(); // the tester walks every index on each change; not what is measured here
        QElapsedTimer t;
        t.start();
        m_model->setAggregation(aggregateUsage(rows, o));
        const double fill = double(t.nsecsElapsed()) / 1e6;
        t.restart();
        m_model->sort(UsageTableModel::Status429Column, Qt::DescendingOrder);
        const double sort = double(t.nsecsElapsed()) / 1e6;
        qInfo("27,000 rows: aggregated into the table model in %.1f ms, sorted by 429 in %.1f ms", fill,
              sort);
        QCOMPARE(m_model->rowCount(), 27001);
        QCOMPARE(cell(1, UsageTableModel::Status429Column), u"2"_s);
        QCOMPARE(cell(27000, UsageTableModel::Status429Column), u"0"_s);
    }
};

QTEST_GUILESS_MAIN(TestUsageTableModel)
#include "tst_usagetablemodel.moc"

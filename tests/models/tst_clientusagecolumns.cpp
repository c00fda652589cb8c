// SPDX-License-Identifier: GPL-3.0-or-later
// The usage columns of the Clients list ("Last request", "Requests (30 d)") and the "no requests
// in 30/90 days" filter, on a ClientListModel and ClientFilterProxyModel filled directly: the
// snapshot taken from an ActivityReport, unknown until set ("—", sorted last in either order),
// sorting by requests and by last day, the filter honest about the days the usage covers, and a
// usage change that keeps the rows (no reset) and re-sorts once.
#include "models/domain/insights.h"
#include "models/itemmodels/clientfilterproxymodel.h"
#include "models/itemmodels/clientlistmodel.h"
#include "models/itemmodels/clientusagesnapshot.h"
#include "tests/models/clienttestdata.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using clienttestdata::make;

namespace {
const QDateTime Now = QDateTime(QDate(2026, 12, 7), QTime(20, 14), QTimeZone::utc());

// Usage rows (Day granularity, grouped by client) as the org-wide query answers them.
UsageRow row(const QString &clientId, QDate day, qint64 requests)
{
    UsageRow r;
    r.clientId = clientId;
    r.date = QDateTime(day, QTime(0, 0), QTimeZone::utc());
    r.requests = requests;
    return r;
}

// busy: traffic yesterday and 60 days ago; idle30: only 45 days ago; idle90: none;
// fresh: not in the usage (created after the fetch).
QList<OAuthClient> clients()
{
    return {make(u"busy"_s, u"Busy"_s), make(u"idle30"_s, u"Idle 30"_s), make(u"idle90"_s, u"Idle 90"_s),
            make(u"low"_s, u"Low"_s)};
}

ClientUsageSnapshot snapshot(int days)
{
    const QDate today = Now.date();
    const QList<UsageRow> rows = {
        row(u"busy"_s, today.addDays(-1), 500), row(u"busy"_s, today.addDays(-60), 7),
        row(u"idle30"_s, today.addDays(-45), 3), row(u"low"_s, today.addDays(-2), 2)};
    const ActivityWindow w = ActivityWindow::lastDays(days, Now);
    QList<UsageRow> inWindow;
    for (const UsageRow &r : rows) {
        if (w.contains(r.date.date()))
            inWindow.append(r);
    }
    return ClientUsageSnapshot::fromReport(buildActivityReport(clients(), inWindow, w), Now);
}

QStringList ids(const QAbstractItemModel &m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, 0).data(ClientListModel::IdRole).toString();
    return out;
}
} // namespace

class TestClientUsageColumns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void unknownUntilSet()
    {
        ClientListModel model;
        model.setClients(clients());
        QCOMPARE(model.headerData(ClientListModel::LastRequestColumn, Qt::Horizontal).toString(),
                 u"Last request"_s);
        QCOMPARE(model.headerData(ClientListModel::RequestsColumn, Qt::Horizontal).toString(),
                 u"Requests (30 d)"_s);
        for (int r = 0; r < model.rowCount(); ++r) {
            QCOMPARE(model.index(r, ClientListModel::RequestsColumn).data().toString(), u"\u2014"_s);
            QCOMPARE(model.index(r, ClientListModel::LastRequestColumn).data().toString(), u"\u2014"_s);
            QVERIFY(!model.index(r, 0).data(ClientListModel::RequestsRole).isValid());
            QCOMPARE(model.quietAt(r, 30), -1);
        }
    }

    void snapshotFromReport()
    {
        const ClientUsageSnapshot s = snapshot(90);
        QVERIFY(s.isValid());
        QCOMPARE(s.coveredDays, 90);
        QCOMPARE(s.fetchedAt, Now);
        QCOMPARE(s.clients.value(u"busy"_s).requests30, 500);
        QCOMPARE(s.clients.value(u"busy"_s).requestsAll, 507);
        QCOMPARE(s.clients.value(u"busy"_s).lastDay, Now.date().addDays(-1));
        QCOMPARE(s.clients.value(u"idle30"_s).requests30, 0);
        QCOMPARE(s.quietFor(u"idle30"_s, 30), std::optional<bool>(true));
        QCOMPARE(s.quietFor(u"idle30"_s, 90), std::optional<bool>(false));
        QCOMPARE(s.quietFor(u"idle90"_s, 90), std::optional<bool>(true));
        QCOMPARE(s.quietFor(u"busy"_s, 30), std::optional<bool>(false));
        QCOMPARE(s.quietFor(u"nobody"_s, 30), std::nullopt);
        // Fewer than 30 days cannot fill "Requests (30 d)".
        QVERIFY(!snapshot(7).isValid());
        // 30 days cannot say anything about 90.
        QCOMPARE(snapshot(30).quietFor(u"idle90"_s, 90), std::nullopt);
    }

    void columnsShowTheUsage()
    {
        ClientListModel model;
        model.setClients(clients());
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);
        model.setUsage(snapshot(90));
        QCOMPARE(resets.size(), 0); // selections and scroll positions stay
        QCOMPARE(layouts.size(), 1);
        const int busy = model.rowOf(u"busy"_s);
        QCOMPARE(model.index(busy, ClientListModel::RequestsColumn).data().toString(), u"500"_s);
        QCOMPARE(model.index(busy, ClientListModel::RequestsColumn)
                     .data(ClientListModel::RequestsRole)
                     .toLongLong(),
                 500);
        QCOMPARE(model.index(busy, ClientListModel::LastRequestColumn)
                     .data(ClientListModel::LastRequestRole)
                     .toDate(),
                 Now.date().addDays(-1));
        QCOMPARE(model.index(busy, ClientListModel::LastRequestColumn).data().toString(),
                 QLocale().toString(Now.date().addDays(-1), QLocale::ShortFormat));
        const int idle90 = model.rowOf(u"idle90"_s);
        QCOMPARE(model.index(idle90, ClientListModel::RequestsColumn).data().toString(), u"0"_s);
        QCOMPARE(model.index(idle90, ClientListModel::LastRequestColumn).data().toString(),
                 u"None in 90 days"_s);
        QVERIFY(model.index(idle90, ClientListModel::LastRequestColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"90 days"_s));
        // A client created after the fetch is unknown, not zero.
        model.upsertClient(make(u"fresh"_s, u"Fresh"_s));
        const int fresh = model.rowOf(u"fresh"_s);
        QCOMPARE(model.index(fresh, ClientListModel::RequestsColumn).data().toString(), u"\u2014"_s);
        QVERIFY(!model.usageKnownAt(fresh));
        // An edited client keeps its figures.
        OAuthClient renamed = make(u"busy"_s, u"Busy renamed"_s);
        model.upsertClient(renamed);
        QCOMPARE(model.index(model.rowOf(u"busy"_s), ClientListModel::RequestsColumn).data().toString(),
                 u"500"_s);
        // Forgotten (sign-out, another org): unknown again.
        model.clearUsage();
        QCOMPARE(model.index(model.rowOf(u"busy"_s), ClientListModel::RequestsColumn).data().toString(),
                 u"\u2014"_s);
    }

    void sortByRequestsAndLastDayUnknownLast()
    {
        ClientListModel model;
        QList<OAuthClient> list = clients();
        list.append(make(u"fresh"_s, u"Fresh"_s)); // not in the usage
        model.setClients(list);
        ClientFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(ClientListModel::RequestsColumn, Qt::AscendingOrder);
        model.setUsage(snapshot(90)); // the proxy re-sorts on the layout change
        QCOMPARE(ids(proxy), (QStringList{u"idle30"_s, u"idle90"_s, u"low"_s, u"busy"_s, u"fresh"_s}));
        proxy.sort(ClientListModel::RequestsColumn, Qt::DescendingOrder);
        QCOMPARE(ids(proxy), (QStringList{u"busy"_s, u"low"_s, u"idle90"_s, u"idle30"_s, u"fresh"_s}));
        proxy.sort(ClientListModel::LastRequestColumn, Qt::AscendingOrder);
        // None first (the longest quiet), then by day; unknown last.
        QCOMPARE(ids(proxy), (QStringList{u"idle90"_s, u"idle30"_s, u"low"_s, u"busy"_s, u"fresh"_s}));
        proxy.sort(ClientListModel::LastRequestColumn, Qt::DescendingOrder);
        QCOMPARE(ids(proxy), (QStringList{u"busy"_s, u"low"_s, u"idle30"_s, u"idle90"_s, u"fresh"_s}));
        // Before any usage, every row is unknown: by name.
        model.clearUsage();
        proxy.sort(ClientListModel::RequestsColumn, Qt::AscendingOrder);
        QCOMPARE(ids(proxy), (QStringList{u"busy"_s, u"fresh"_s, u"idle30"_s, u"idle90"_s, u"low"_s}));
    }

    void quietFilter()
    {
        ClientListModel model;
        model.setClients(clients());
        ClientFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(ClientListModel::NameColumn, Qt::AscendingOrder);
        QSignalSpy changed(&proxy, &ClientFilterProxyModel::filterChanged);
        proxy.setQuietFilter(30);
        QVERIFY(proxy.isFiltering());
        QCOMPARE(changed.size(), 1);
        // Unknown usage: the filter cannot vouch for any client.
        QCOMPARE(proxy.rowCount(), 0);
        model.setUsage(snapshot(90));
        QCOMPARE(ids(proxy), (QStringList{u"idle30"_s, u"idle90"_s}));
        proxy.setQuietFilter(90);
        QCOMPARE(ids(proxy), QStringList{u"idle90"_s});
        QCOMPARE(proxy.countText(), u"1 of 4 clients"_s);
        // Usage over 30 days only: "no requests in 90 days" is not known for anyone.
        model.setUsage(snapshot(30));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setQuietFilter(30);
        QCOMPARE(ids(proxy), (QStringList{u"idle30"_s, u"idle90"_s}));
        // With the other filters.
        proxy.setFilterText(u"90"_s);
        QCOMPARE(ids(proxy), QStringList{u"idle90"_s});
        proxy.setFilterText(QString());
        proxy.setQuietFilter(0);
        QCOMPARE(proxy.rowCount(), 4);
        QVERIFY(!proxy.isFiltering());
    }

    void tenThousandClientsStayFast()
    {
        // The usage columns must not slow the big list: setting the usage and sorting by it.
        ClientListModel model;
        const QList<OAuthClient> list = clienttestdata::generate(10000);
        model.setClients(list);
        ClientUsageSnapshot s;
        s.coveredDays = 90;
        s.endDay = Now.date();
        s.fetchedAt = Now;
        for (int i = 0; i < list.size(); i += 2)
            s.clients.insert(list.at(i).id,
                             {qint64(i % 97), qint64(i % 301), Now.date().addDays(-(i % 80) - 1)});
        ClientFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(ClientListModel::RequestsColumn, Qt::DescendingOrder);
        QElapsedTimer t;
        t.start();
        model.setUsage(s);
        proxy.setQuietFilter(30);
        proxy.setQuietFilter(0);
        const qint64 ms = t.elapsed();
        qInfo("usage set, re-sorted and filtered twice over 10,000 clients: %lld ms", ms);
        QVERIFY2(ms < 1500, qPrintable(u"%1 ms"_s.arg(ms)));
        QVERIFY(!proxy.index(0, 0).data(ClientListModel::RequestsRole).isNull());
        QVERIFY(proxy.index(proxy.rowCount() - 1, 0).data(ClientListModel::RequestsRole).isNull());
    }
};

QTEST_GUILESS_MAIN(TestClientUsageColumns)
#include "tst_clientusagecolumns.moc"

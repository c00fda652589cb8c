// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/benchusage.h"

#include "models/domain/usageseries.h"
#include "models/itemmodels/usagetablemodel.h"
#include "ui/usage/usageendpointschart.h"
#include "ui/usage/usagetimechart.h"

#include <QElapsedTimer>
#include <QHeaderView>
#include <QPixmap>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>
#include <QWidget>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {
double medianOf(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

double round2(double v)
{
    return std::round(v * 100.0) / 100.0;
}

QList<UsageRow> makeRows(int days, int endpoints, qint64 firstMs)
{
    QList<UsageRow> rows;
    rows.reserve(qsizetype(days) * endpoints);
    const QString methods[] = {u"GET"_s, u"POST"_s, u"PUT"_s, u"DELETE"_s};
    for (int d = 0; d < days; ++d) {
        for (int e = 0; e < endpoints; ++e) {
            UsageRow r;
            r.date = QDateTime::fromMSecsSinceEpoch(firstMs + d * usagebuckets::DayMs, QTimeZone::utc());
            r.templateUri = u"api/v2/area%1/resources/{resourceId}"_s.arg(e);
            r.httpMethod = methods[e % 4];
            r.status200 = 500 + (d * 31 + e * 7) % 400;
            r.status300 = e % 5;
            r.status400 = (d + e) % 11;
            r.status429 = std::min<qint64>(r.status400, e % 4);
            r.status500 = (d * e) % 3;
            r.requests = r.status200 + r.status300 + r.status400 + r.status500;
            rows.append(std::move(r));
        }
    }
    return rows;
}
} // namespace

QJsonObject benchUsage(int days, int endpoints, int runs)
{
    const qint64 first = usagebuckets::msOf(QDate(2025, 12, 15));
    const QList<UsageRow> rows = makeRows(days, endpoints, first);
    UsageAggregationOptions o;
    o.startMs = first;
    o.endMs = first + days * usagebuckets::DayMs;

    QList<double> build, paint;
    for (int run = 0; run <= runs; ++run) {
        // Fresh widgets each run: the first paint after new data includes the chart's layout.
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *time = new UsageTimeChart(&window);
        auto *chartEndpoints = new UsageEndpointsChart(&window);
        auto *view = new QTableView(&window);
        auto *model = new UsageTableModel(&window);
        view->setModel(model);
        view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        layout->addWidget(time);
        layout->addWidget(chartEndpoints);
        layout->addWidget(view);
        window.resize(1280, 1000);
        window.show();

        QElapsedTimer t;
        t.start();
        const UsageAggregation a = aggregateUsage(rows, o);
        model->setAggregation(a);
        time->setAggregation(a);
        chartEndpoints->setAggregation(a);
        const double built = double(t.nsecsElapsed()) / 1e6;
        t.restart();
        (void)time->grab();
        const double painted = double(t.nsecsElapsed()) / 1e6;
        if (run > 0) {
            build.append(built);
            paint.append(painted);
        }
    }
    return QJsonObject{{u"days"_s, days},
                       {u"endpoints"_s, endpoints},
                       {u"rows"_s, qint64(rows.size())},
                       {u"series_and_table_ms"_s, round2(medianOf(build))},
                       {u"chart_paint_ms"_s, round2(medianOf(paint))}};
}

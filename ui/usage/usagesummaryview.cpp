// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/usage/usagesummaryview.h"

#include "app/controllers/usagecontroller.h"

#include <QLabel>
#include <QLocale>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

UsageSummaryView::UsageSummaryView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_detail(new QLabel(this))
{
    m_summary->setObjectName(u"usageSummary"_s);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    m_detail->setObjectName(u"usageDetail"_s);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setWordWrap(true);
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(0, 0, 0, 0);
    l->addWidget(m_summary);
    l->addWidget(m_detail);
}

QString UsageSummaryView::rangeText(const UsageReport &report)
{
    const UsageAggregationOptions &o = report.plan.aggregation;
    const QLocale locale;
    const QString first = locale.toString(usagebuckets::utcDate(o.startMs), u"d MMM yyyy"_s);
    const QString last = locale.toString(usagebuckets::utcDate(o.endMs - 1), u"d MMM yyyy"_s);
    if (report.request.lastDays > 0)
        return tr("the last %1 days (%2 – %3, UTC)").arg(report.request.lastDays).arg(first, last);
    return tr("%1 – %2 (UTC)").arg(first, last);
}

void UsageSummaryView::showReport(const UsageReport &report, const UsageAggregation &a,
                                  const QString &clientName)
{
    const QLocale locale;
    const UsageMetrics m = a.options.metrics;
    const auto bold = [](const QString &s) { return u"<b>%1</b>"_s.arg(s.toHtmlEscaped()); };
    QStringList parts;
    parts << tr("%1 requests").arg(bold(locale.toString(a.totals.requests)));
    if (m & (UsageMetric::Status400 | UsageMetric::Status500))
        parts << tr("%1 errors (%2)")
                     .arg(bold(usagetext::percent(a.totals.errorShare(), locale)),
                          locale.toString(a.totals.errors()));
    if (m & UsageMetric::Status429)
        parts << tr("%1 rate limited (429)").arg(bold(locale.toString(a.totals.status429)));
    if (a.busiestBucket >= 0 && a.series.size() > 1) {
        const qint64 start = a.series.starts.at(a.busiestBucket);
        parts << tr("busiest: %1 (%2)")
                     .arg(usagetext::bucketLabel(start, a.series.bucketEnd(a.busiestBucket), a.series.bucket,
                                                 locale)
                              .toHtmlEscaped(),
                          locale.toString(qint64(a.series.requests.at(a.busiestBucket))));
    }
    if (a.series.bucket == UsageBucket::Day && a.series.size() > 1)
        parts << tr("%1 of %2 days with traffic").arg(a.activeBuckets).arg(a.series.size());
    m_summary->setText(u"%1 · %2"_s.arg(clientName.toHtmlEscaped(), parts.join(u" · ")));

    QStringList detail;
    detail << rangeText(report);
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (zone.offsetFromUtc(now) != 0)
        detail << tr("buckets are UTC days: hover a bar for exact numbers and the times in %1 (%2)")
                      .arg(QString::fromUtf8(zone.id()), zone.displayName(now, QTimeZone::OffsetName));
    else
        detail << tr("buckets are UTC days: hover a bar for exact numbers");
    QString fetched =
        tr("fetched at %1").arg(locale.toString(report.fetchedAt.toLocalTime().time(), u"HH:mm"_s));
    if (report.plan.viaSummary)
        fetched += u' ' + tr("through the usage summary");
    if (report.fromCache)
        fetched += u' ' + tr("(reused; F5 asks again)");
    detail << fetched;
    if (a.rowsOutside > 0)
        detail << tr("%1 rows fall outside the chart's range: they are in the table and totals")
                      .arg(a.rowsOutside);
    m_detail->setText(detail.join(u" · "));
}

void UsageSummaryView::clear()
{
    m_summary->clear();
    m_detail->clear();
}

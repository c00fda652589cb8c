// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/usageseries.h"

#include <QChartView>
#include <QTimer>

#include <functional>

QT_FORWARD_DECLARE_CLASS(QBarSet)
QT_FORWARD_DECLARE_CLASS(QCategoryAxis)

// The base of the Usage page's charts (Qt Charts: UsageTimeChart, UsageEndpointsChart). Each takes a whole
// UsageAggregation and replaces its series in one go (one QBarSet per outcome, filled from a QList; no object
// per point), shows the exact values of the bar under the mouse in a tooltip, follows the light or dark
// palette, and saves itself as PNG or SVG.
class UsageChartView : public QChartView
{
    Q_OBJECT
public:
    explicit UsageChartView(QWidget *parent = nullptr);
    ~UsageChartView() override;

    // The chart as it is shown, at `scale` times its size (2: sharp on high-density screens), on the
    // window colour rather than transparent.
    [[nodiscard]] QImage renderImage(qreal scale = 2.0);
    // Write the chart to `path` (through QSaveFile). False with a reason in `error` on failure.
    bool savePng(const QString &path, QString *error = nullptr);
    bool saveSvg(const QString &path, QString *error = nullptr);
    // What the last hover showed (empty when nothing is hovered).
    [[nodiscard]] QString hoverText() const { return m_hoverText; }
    // A title for exports and accessibility ("Requests per day, Salesforce CTI connector").
    void setExportTitle(const QString &title) { m_exportTitle = title; }

Q_SIGNALS:
    void hoverTextChanged(const QString &text);

protected:
    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    // Colours and fonts from the palette; called on palette changes.
    virtual void restyle();
    void showHover(const QString &text);
    void endHover();
    // Shows text(index) while the mouse is over a bar of `set`.
    void watchHover(QBarSet *set, std::function<QString(int)> text);
    [[nodiscard]] static QColor outcomeColor(UsageOutcome outcome, bool dark);
    // Value labels on `axis` from 0 to at least `max`, in about `count` steps of 1, 2 or 5 times a
    // power of ten, with the locale's digit grouping ("15,000": QValueAxis only knows printf formats).
    static void setValueTicks(QCategoryAxis *axis, qreal max, int count, const QLocale &locale);

private:
    QString m_hoverText;
    QString m_exportTitle;
    QTimer m_hoverEnd;
};

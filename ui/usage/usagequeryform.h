// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/controllers/usagecontroller.h"

#include <QWidget>

QT_FORWARD_DECLARE_CLASS(QCheckBox)
QT_FORWARD_DECLARE_CLASS(QComboBox)
QT_FORWARD_DECLARE_CLASS(QMenu)
QT_FORWARD_DECLARE_CLASS(QToolButton)
class UsageClientPicker;
class UsageRangePicker;

// The Usage page's query, as controls: the client (typed or picked), the range, the buckets to
// show by, the grouping by endpoint and method, and the metrics to ask for. request() reads them
// as a UsageRequest, setRequest() shows one. Every change emits changed(); the page decides when
// to run the query.
class UsageQueryForm final : public QWidget
{
    Q_OBJECT
public:
    // `controller` gives today and the last query's range (see UsageRangePicker); not owned.
    explicit UsageQueryForm(const UsageController *controller, QWidget *parent = nullptr);

    [[nodiscard]] UsageRequest request() const;
    // Shows `request`. Emits changed() for what changes; a caller that runs the query itself
    // ignores those.
    void setRequest(const UsageRequest &request);

    [[nodiscard]] UsageClientPicker *clientPicker() const { return m_picker; }
    [[nodiscard]] UsageRangePicker *rangePicker() const { return m_range; }

Q_SIGNALS:
    // A control changed; the query should run after `delayMs`.
    void changed(int delayMs);

private:
    void updateMetricsButton();

    UsageClientPicker *m_picker;
    UsageRangePicker *m_range;
    QComboBox *m_bucket;
    QCheckBox *m_byEndpoint;
    QCheckBox *m_byMethod;
    QToolButton *m_metricsButton;
    QMenu *m_metricsMenu;
};

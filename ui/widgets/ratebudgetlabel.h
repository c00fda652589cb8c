// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>
#include <QPointer>
#include <QTimer>

class RateBudget;

// The request budget in the status bar while work waits for it: "about 42 requests left this
// minute; 158 queued". Hidden when nothing is queued.
class RateBudgetLabel : public QLabel
{
    Q_OBJECT
public:
    explicit RateBudgetLabel(QWidget *parent = nullptr);
    ~RateBudgetLabel() override;

    void setBudget(RateBudget *budget);
    // The text for `left` requests in a window of `windowSeconds` and `queued` waiting.
    [[nodiscard]] static QString describe(int left, qint64 windowSeconds, int queued);

private:
    void refresh();

    QPointer<RateBudget> m_budget;
    QMetaObject::Connection m_connection;
    QTimer m_tick; // the window slides: the count grows back without a signal
};

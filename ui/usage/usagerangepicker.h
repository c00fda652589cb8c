// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

QT_FORWARD_DECLARE_CLASS(QButtonGroup)
QT_FORWARD_DECLARE_CLASS(QDateEdit)
class UsageController;

// The range of a usage query as a segmented control: the last 7, 30 or 90 whole days (UTC) before
// today, or a custom range of whole days, whose two date fields show only while it is chosen.
// Alt+7, Alt+3, Alt+9 and Alt+T pick a range. Choosing "Custom" starts it where the last query's
// range was.
class UsageRangePicker final : public QWidget
{
    Q_OBJECT
public:
    // `controller` gives today and the last query's range; not owned.
    explicit UsageRangePicker(const UsageController *controller, QWidget *parent = nullptr);

    // The quick range in days, or 0 for a custom range from() to() (both included).
    [[nodiscard]] int lastDays() const;
    [[nodiscard]] QDate from() const;
    [[nodiscard]] QDate to() const;
    // Shows a range without starting a custom range at the last query's (the dates given are used).
    void setRange(int lastDays, QDate from, QDate to);
    // Shows the custom dates only for a custom range, and offers days up to today (call when the
    // day may have changed).
    void updateControls();

Q_SIGNALS:
    // The range changed; the query should run after `delayMs` (typing a date changes it once per
    // digit, so a date waits a little).
    void changed(int delayMs);

private:
    const UsageController *m_controller;
    QButtonGroup *m_group;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QWidget *m_custom;
    bool m_setting = false;
};

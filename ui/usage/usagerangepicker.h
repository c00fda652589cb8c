// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

QT_FORWARD_DECLARE_CLASS(QButtonGroup)
QT_FORWARD_DECLARE_CLASS(QPushButton)
class UsageController;
class UsageDateField;

// The range of a usage query as a segmented control: the last 7, 30 or 90 whole days (UTC) before
// today, or a custom range of whole days, whose two date fields and Apply button show only while
// it is chosen. Alt+7, Alt+3, Alt+9 and Alt+T pick a range. Choosing "Custom" starts it where the
// last query's range was. Typed days take effect on Apply (or Enter in a field), not while typing.
class UsageRangePicker final : public QWidget
{
    Q_OBJECT
public:
    // `controller` gives today and the last query's range; not owned.
    explicit UsageRangePicker(const UsageController *controller, QWidget *parent = nullptr);

    // The quick range in days, or 0 for a custom range from() to() (both included): the days last
    // applied, not what is being typed.
    [[nodiscard]] int lastDays() const;
    [[nodiscard]] QDate from() const;
    [[nodiscard]] QDate to() const;
    // Shows a range without starting a custom range at the last query's (the dates given are used).
    void setRange(int lastDays, QDate from, QDate to);
    // Shows the custom dates only for a custom range, and offers days up to today (call when the
    // day may have changed).
    void updateControls();

Q_SIGNALS:
    // The range changed (a range was picked, or custom days applied); the query should run after
    // `delayMs`.
    void changed(int delayMs);

private:
    void apply();

    const UsageController *m_controller;
    QButtonGroup *m_group;
    UsageDateField *m_from;
    UsageDateField *m_to;
    QPushButton *m_apply;
    QWidget *m_custom;
    QDate m_appliedFrom;
    QDate m_appliedTo;
    bool m_setting = false;
};

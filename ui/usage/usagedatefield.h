// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QLineEdit>

QT_FORWARD_DECLARE_CLASS(QCalendarWidget)
QT_FORWARD_DECLARE_CLASS(QToolButton)

// A day typed as an ISO date ("2026-12-20", also "20261220") or picked from a calendar. What is
// typed stays as typed (QDateEdit's section editing turns a typed 2026-12-20 into another day when
// an intermediate day is out of range); date() is invalid while the text is not a date, and the
// field is marked as such.
class UsageDateField final : public QLineEdit
{
    Q_OBJECT
public:
    explicit UsageDateField(QWidget *parent = nullptr);

    // The day typed or picked; invalid when the text is not a date.
    [[nodiscard]] QDate date() const;
    void setDate(QDate date);
    // The calendar offers days up to this one (typing is not limited: the query checks the range).
    void setMaximumDate(QDate date);

    // Parses "2026-12-20" and "20261220", with spaces around; an invalid QDate otherwise.
    [[nodiscard]] static QDate parse(const QString &text);

Q_SIGNALS:
    // The text is now a different valid day, or no longer a day.
    void dateEdited();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void markValidity();

    QToolButton *m_calendarButton;
    QCalendarWidget *m_calendar;
};

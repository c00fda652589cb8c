// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/usage/usagedatefield.h"

#include "ui/widgets/theme.h"

#include <QCalendarWidget>
#include <QMenu>
#include <QRegularExpression>
#include <QStyle>
#include <QToolButton>
#include <QWidgetAction>

using namespace Qt::Literals::StringLiterals;

UsageDateField::UsageDateField(QWidget *parent)
    : QLineEdit(parent)
    , m_calendarButton(new QToolButton(this))
    , m_calendar(new QCalendarWidget(this))
{
    setPlaceholderText(tr("YYYY-MM-DD"));
    setToolTip(tr("A day (UTC) as YYYY-MM-DD, or pick it from the calendar"));
    setMaxLength(12);
    // Wide enough for the date and the calendar button in any font.
    setMinimumWidth(fontMetrics().horizontalAdvance(u"0000-00-00"_s) + fontMetrics().height() * 3);

    m_calendar->setGridVisible(true);
    auto *menu = new QMenu(this);
    auto *action = new QWidgetAction(menu);
    action->setDefaultWidget(m_calendar);
    menu->addAction(action);
    m_calendarButton->setObjectName(u"dateCalendarButton"_s);
    m_calendarButton->setAccessibleName(tr("Pick a day from the calendar"));
    m_calendarButton->setToolTip(tr("Pick a day from the calendar"));
    m_calendarButton->setText(u"▾"_s);
    m_calendarButton->setAutoRaise(true);
    m_calendarButton->setCursor(Qt::ArrowCursor);
    m_calendarButton->setFocusPolicy(Qt::NoFocus);
    m_calendarButton->setPopupMode(QToolButton::InstantPopup);
    m_calendarButton->setMenu(menu);
    connect(menu, &QMenu::aboutToShow, this, [this] {
        if (date().isValid())
            m_calendar->setSelectedDate(date());
    });
    connect(m_calendar, &QCalendarWidget::clicked, this, [this, menu](QDate day) {
        menu->close();
        setDate(day);
        Q_EMIT dateEdited();
    });
    setTextMargins(0, 0, fontMetrics().height() + 4, 0);

    connect(this, &QLineEdit::textEdited, this, [this] {
        markValidity();
        Q_EMIT dateEdited();
    });
}

QDate UsageDateField::parse(const QString &text)
{
    static const QRegularExpression iso(u"^(\\d{4})-?(\\d{2})-?(\\d{2})$"_s);
    const QRegularExpressionMatch m = iso.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

QDate UsageDateField::date() const
{
    return parse(text());
}

void UsageDateField::setDate(QDate date)
{
    setText(date.isValid() ? date.toString(Qt::ISODate) : QString());
    markValidity();
}

void UsageDateField::setMaximumDate(QDate date)
{
    m_calendar->setMaximumDate(date);
}

void UsageDateField::markValidity()
{
    const bool bad = !text().trimmed().isEmpty() && !date().isValid();
    // The palette's error colour, as the message bar uses it.
    setStyleSheet(
        bad ? u"QLineEdit { border: 1px solid %1; }"_s.arg(Theme::toneColor(Theme::Tone::Error).name())
            : QString());
    setAccessibleDescription(bad ? tr("Not a date: type it as YYYY-MM-DD") : QString());
}

void UsageDateField::resizeEvent(QResizeEvent *event)
{
    QLineEdit::resizeEvent(event);
    const int side = height() - 2;
    m_calendarButton->setGeometry(width() - side - 1, 1, side, side);
}

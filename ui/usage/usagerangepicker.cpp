// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/usage/usagerangepicker.h"

#include "app/controllers/usagecontroller.h"
#include "ui/usage/usagedatefield.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

UsageRangePicker::UsageRangePicker(const UsageController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_group(new QButtonGroup(this))
    , m_from(new UsageDateField(this))
    , m_to(new UsageDateField(this))
    , m_apply(new QPushButton(this))
    , m_custom(new QWidget(this))
{
    const struct
    {
        int days;
        QString text;
        QString tip;
    } ranges[] = {
        {7, tr("&7 days"), tr("The last 7 whole days (UTC) before today")},
        {30, tr("&30 days"), tr("The last 30 whole days (UTC) before today")},
        {90, tr("&90 days"), tr("The last 90 whole days (UTC) before today")},
        {0, tr("Cus&tom"),
         tr("Any range of whole days (UTC), up to %1 days").arg(UsageController::MaxCustomDays)},
    };
    for (const auto &r : ranges) {
        auto *b = new QToolButton(this);
        b->setText(r.text);
        b->setToolTip(r.tip);
        b->setCheckable(true);
        b->setAutoRaise(false);
        b->setObjectName(u"range%1Button"_s.arg(r.days));
        // A segmented control: the chosen range stands out in any palette (Fusion's checked tool
        // button is barely darker in the dark theme).
        b->setStyleSheet(
            u"QToolButton { padding: 2px 8px; border: 1px solid palette(mid);"
            " background: palette(button); }"
            "QToolButton:checked { background: palette(highlight); color: palette(highlighted-text);"
            " border-color: palette(highlight); }"
            "QToolButton:focus { border-color: palette(highlight); }"_s);
        m_group->addButton(b, r.days);
    }
    m_group->setExclusive(true);
    m_group->button(30)->setChecked(true);
    connect(m_group, &QButtonGroup::idToggled, this, [this](int id, bool on) {
        if (!on)
            return;
        if (id == 0 && !m_setting) {
            // Start the custom range where the quick one was.
            const QDate today = m_controller->today();
            const int days = m_controller->request().lastDays > 0 ? m_controller->request().lastDays : 30;
            m_from->setDate(today.addDays(-days));
            m_to->setDate(today.addDays(-1));
            m_appliedFrom = m_from->date();
            m_appliedTo = m_to->date();
        }
        updateControls();
        Q_EMIT changed(0);
    });

    for (UsageDateField *edit : {m_from, m_to}) {
        // Enter in a field applies, like the button.
        connect(edit, &QLineEdit::returnPressed, this, &UsageRangePicker::apply);
    }
    m_apply->setText(tr("Apply"));
    m_apply->setObjectName(u"usageApplyRangeButton"_s);
    m_apply->setToolTip(tr("Show the usage of these days (Enter)"));
    m_apply->setAutoDefault(false);
    connect(m_apply, &QPushButton::clicked, this, &UsageRangePicker::apply);
    m_from->setObjectName(u"usageFromDate"_s);
    m_to->setObjectName(u"usageToDate"_s);
    m_from->setAccessibleName(tr("First day (UTC)"));
    m_to->setAccessibleName(tr("Last day (UTC)"));
    {
        auto *row = new QHBoxLayout(m_custom);
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(m_from);
        row->addWidget(new QLabel(tr("to"), m_custom));
        row->addWidget(m_to);
        row->addWidget(new QLabel(tr("(UTC days)"), m_custom));
        row->addWidget(m_apply);
        row->addStretch(1);
    }

    // The custom days go on a line of their own below the quick ranges: beside them, they widened
    // the window past a 1024 px screen.
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    row->setSpacing(0);
    for (QAbstractButton *b : m_group->buttons())
        row->addWidget(b);
    row->addStretch(1);
    column->addLayout(row);
    column->addWidget(m_custom);
    updateControls();
}

int UsageRangePicker::lastDays() const
{
    return std::max(0, m_group->checkedId());
}

QDate UsageRangePicker::from() const
{
    return m_appliedFrom;
}

QDate UsageRangePicker::to() const
{
    return m_appliedTo;
}

void UsageRangePicker::apply()
{
    // Invalid days go through too: the query says what is wrong with the range.
    m_appliedFrom = m_from->date();
    m_appliedTo = m_to->date();
    Q_EMIT changed(0);
}

void UsageRangePicker::setRange(int lastDays, QDate from, QDate to)
{
    m_setting = true;
    if (QAbstractButton *b = m_group->button(lastDays))
        b->setChecked(true);
    if (lastDays == 0) {
        m_from->setDate(from);
        m_to->setDate(to);
        m_appliedFrom = from;
        m_appliedTo = to;
    }
    m_setting = false;
    updateControls();
}

void UsageRangePicker::updateControls()
{
    m_custom->setVisible(m_group->checkedId() == 0);
    const QDate today = m_controller->today();
    m_from->setMaximumDate(today);
    m_to->setMaximumDate(today);
}

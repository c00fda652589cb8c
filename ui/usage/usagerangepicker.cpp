// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/usage/usagerangepicker.h"

#include "app/controllers/usagecontroller.h"

#include <QButtonGroup>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int DateDebounceMs = 600; // typing a date changes it once per digit
} // namespace

UsageRangePicker::UsageRangePicker(const UsageController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_group(new QButtonGroup(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
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
        }
        updateControls();
        Q_EMIT changed(0);
    });

    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
        edit->setMinimumDate(QDate(2010, 1, 1));
        connect(edit, &QDateEdit::dateChanged, this, [this] { Q_EMIT changed(DateDebounceMs); });
    }
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
    }

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    for (QAbstractButton *b : m_group->buttons())
        row->addWidget(b);
    row->addSpacing(fontMetrics().averageCharWidth());
    row->addWidget(m_custom);
    row->addStretch(1);
    updateControls();
}

int UsageRangePicker::lastDays() const
{
    return std::max(0, m_group->checkedId());
}

QDate UsageRangePicker::from() const
{
    return m_from->date();
}

QDate UsageRangePicker::to() const
{
    return m_to->date();
}

void UsageRangePicker::setRange(int lastDays, QDate from, QDate to)
{
    m_setting = true;
    if (QAbstractButton *b = m_group->button(lastDays))
        b->setChecked(true);
    if (lastDays == 0) {
        m_from->setDate(from);
        m_to->setDate(to);
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

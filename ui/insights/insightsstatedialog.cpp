// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/insights/insightsstatedialog.h"

#include "app/controllers/insightscontroller.h"
#include "app/net/operation.h"
#include "models/domain/clientlabels.h"
#include "ui/clients/selfclientguard.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/theme.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {
QString shortDate(QDate d)
{
    return QLocale().toString(d, QLocale::ShortFormat);
}

// "1,234 requests in the last 30 days; the last on 3/12/26 (UTC)."
QString trafficSentence(const ClientActivity &a, const ActivityWindow &w)
{
    if (a.requests == 0)
        return InsightsStateDialog::tr("No requests in the last %1 days (%2 to %3, UTC).")
            .arg(w.days)
            .arg(shortDate(w.firstDay), shortDate(w.endDay.addDays(-1)));
    return (a.requests == 1
                ? InsightsStateDialog::tr("1 request in the last %1 days; on %2 (UTC).").arg(w.days)
                : InsightsStateDialog::tr("%1 requests in the last %2 days; the last on %3 (UTC).")
                      .arg(QLocale().toString(a.requests))
                      .arg(w.days))
        .arg(shortDate(a.lastDay));
}
} // namespace

// -------------------------------------------------------------------------------------------------
// TrafficBars

TrafficBars::TrafficBars(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"trafficBars"_s);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAttribute(Qt::WA_Hover);
}

void TrafficBars::setTraffic(const ClientActivity &activity, const ActivityWindow &window)
{
    m_firstDay = window.firstDay;
    m_values.fill(0, std::max(0, window.days));
    for (const DailyRequests &d : activity.daily) {
        const qint64 i = window.firstDay.daysTo(d.day);
        if (i >= 0 && i < m_values.size())
            m_values[i] += d.requests;
    }
    setAccessibleName(trafficSentence(activity, window));
    update();
}

QSize TrafficBars::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 60, fontMetrics().height() * 3};
}

QSize TrafficBars::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 20, fontMetrics().height() * 3};
}

int TrafficBars::dayAt(const QPoint &pos) const
{
    if (m_values.isEmpty() || width() <= 0)
        return -1;
    const int i = int(qint64(pos.x()) * m_values.size() / width());
    return i >= 0 && i < m_values.size() ? i : -1;
}

bool TrafficBars::event(QEvent *e)
{
    if (e->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(e);
        const int i = dayAt(help->pos());
        if (i < 0) {
            QToolTip::hideText();
            e->ignore();
            return true;
        }
        const qint64 n = m_values.at(i);
        QToolTip::showText(
            help->globalPos(),
            (n == 1 ? tr("%1 (UTC): 1 request") : tr("%1 (UTC): %2 requests").arg(QLocale().toString(n)))
                .arg(QLocale().toString(m_firstDay.addDays(i), QLocale::LongFormat)),
            this);
        return true;
    }
    return QWidget::event(e);
}

void TrafficBars::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QRectF area = QRectF(rect()).adjusted(1, 1, -1, -1);
    const QColor base = palette().color(QPalette::Mid);
    const QColor bar = palette().color(QPalette::Highlight);
    p.setPen(base);
    p.drawLine(area.bottomLeft(), area.bottomRight());
    if (m_values.isEmpty())
        return;
    const qint64 max = *std::max_element(m_values.cbegin(), m_values.cend());
    const qreal slot = area.width() / qreal(m_values.size());
    const qreal gap = slot > 4 ? 1.0 : 0.0;
    p.setPen(Qt::NoPen);
    for (qsizetype i = 0; i < m_values.size(); ++i) {
        const qint64 v = m_values.at(i);
        const qreal x = area.left() + slot * qreal(i);
        if (v <= 0 || max <= 0) {
            // A day without traffic: a short mark on the baseline, so a gap reads as "zero".
            p.setBrush(base);
            p.drawRect(QRectF(x, area.bottom() - 2, std::max<qreal>(1, slot - gap), 2));
            continue;
        }
        const qreal h = std::max<qreal>(2, area.height() * qreal(v) / qreal(max));
        p.setBrush(bar);
        p.drawRect(QRectF(x, area.bottom() - h, std::max<qreal>(1, slot - gap), h));
    }
}

// -------------------------------------------------------------------------------------------------
// InsightsStateDialog

InsightsStateDialog::InsightsStateDialog(InsightsController *controller, const ClientActivity &activity,
                                         const ActivityWindow &window, Mode mode, const QString &organization,
                                         QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_activity(activity)
    , m_mode(mode)
    , m_message(new MessageBar(this))
    , m_confirm(new QPushButton(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_export(
          new QPushButton(Theme::icon(u"export"_s, u"document-export"_s), tr("E&xport Configuration…"), this))
{
    const OAuthClient &c = activity.client;
    const QString name = c.name.isEmpty() ? c.id : c.name;
    const bool deactivate = mode == Mode::Deactivate;
    setObjectName(deactivate ? u"deactivateDialog"_s : u"restoreDialog"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(deactivate ? tr("Deactivate Client “%1”").arg(name) : tr("Restore Client “%1”").arg(name));

    auto *heading = new QLabel(this);
    heading->setObjectName(u"stateHeading"_s);
    heading->setWordWrap(true);
    const QString n = name.toHtmlEscaped();
    const QString org = organization.toHtmlEscaped();
    if (deactivate)
        heading->setText(org.isEmpty() ? tr("<b>Deactivate “%1”?</b>").arg(n)
                                       : tr("<b>Deactivate “%1” in %2?</b>").arg(n, org));
    else
        heading->setText(org.isEmpty() ? tr("<b>Set “%1” active again?</b>").arg(n)
                                       : tr("<b>Set “%1” active again in %2?</b>").arg(n, org));

    auto *facts = new QLabel(this);
    facts->setObjectName(u"stateFacts"_s);
    facts->setWordWrap(true);
    facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QString factText =
        tr("%1 client · %2 · ID %3")
            .arg(ClientLabels::grantTypeLabel(c.grantType), ClientLabels::stateLabel(c.state), c.id);
    if (c.dateCreated.isValid())
        factText +=
            u"\n"_s +
            tr("Created %1").arg(QLocale().toString(c.dateCreated.toLocalTime(), QLocale::LongFormat));
    facts->setText(factText);

    // The traffic that would stop.
    auto *trafficTitle = new QLabel(tr("Recent traffic"), this);
    QFont bold = trafficTitle->font();
    bold.setBold(true);
    trafficTitle->setFont(bold);
    auto *bars = new TrafficBars(this);
    bars->setTraffic(activity, window);
    // The first and the last day under the bars, so that they read as a time line.
    auto *axis = new QHBoxLayout;
    auto *firstDay = new QLabel(shortDate(window.firstDay), this);
    auto *lastDay = new QLabel(shortDate(window.endDay.addDays(-1)), this);
    for (QLabel *l : {firstDay, lastDay})
        l->setForegroundRole(QPalette::PlaceholderText);
    axis->addWidget(firstDay);
    axis->addStretch(1);
    axis->addWidget(lastDay);
    auto *traffic = new QLabel(trafficSentence(activity, window), this);
    traffic->setObjectName(u"stateTraffic"_s);
    traffic->setWordWrap(true);

    auto *consequences = new MessageBar(this);
    consequences->setObjectName(u"stateConsequences"_s);
    consequences->setClosable(false);
    if (deactivate) {
        QString text =
            tr("An inactive client gets no new tokens, so apps that still use it stop working when "
               "their current token expires. The platform schedules its deletion; the date is shown "
               "in the list as soon as the change is saved. Until that date you can restore the "
               "client by setting it active again.");
        if (activity.hasTraffic())
            text = tr("This client was used %1 (UTC). ").arg(shortDate(activity.lastDay)) + text;
        consequences->showMessage(activity.hasTraffic() ? Theme::Tone::Warning : Theme::Tone::Info, text);
    } else {
        const QString when = c.dateToDelete.isValid()
                                 ? QLocale().toString(c.dateToDelete.toLocalTime(), QLocale::LongFormat)
                                 : QString();
        consequences->showMessage(
            Theme::Tone::Info,
            when.isEmpty()
                ? tr("The client can issue tokens again.")
                : tr("The client can issue tokens again, and the deletion planned for %1 is called off.")
                      .arg(when));
    }

    m_message->setObjectName(u"stateMessage"_s);
    m_confirm->setObjectName(u"confirmButton"_s);
    m_confirm->setText(deactivate ? tr("&Deactivate") : tr("&Restore"));
    m_confirm->setIcon(deactivate ? Theme::icon(u"deactivate"_s) : Theme::icon(u"reload"_s));
    m_confirm->setAutoDefault(false);
    m_cancel->setObjectName(u"cancelButton"_s);
    m_cancel->setDefault(true);
    m_export->setObjectName(u"exportButton"_s);
    m_export->setAutoDefault(false);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    buttons->addButton(m_confirm, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &InsightsStateDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &InsightsStateDialog::reject);
    connect(m_export, &QPushButton::clicked, this, [this] { Q_EMIT exportRequested(m_activity.client); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(heading);
    layout->addWidget(facts);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(trafficTitle);
    layout->addWidget(bars);
    layout->addLayout(axis);
    layout->addWidget(traffic);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(consequences);
    if (deactivate) {
        m_guard = new SelfClientGuard(controller ? controller->session() : nullptr, c,
                                      SelfClientGuard::Action::Deactivate, this);
        connect(m_guard, &SelfClientGuard::confirmedChanged, this, [this] { setBusy(m_busy); });
        connect(m_guard, &SelfClientGuard::accepted, this, [this] {
            if (m_confirm->isEnabled())
                accept();
        });
        layout->addWidget(m_guard);
    }
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 84);
    resize(minimumWidth(), sizeHint().height());
    setBusy(false);
    if (m_guard && m_guard->isNameRequired())
        m_guard->nameEdit()->setFocus(Qt::OtherFocusReason);
    else
        m_cancel->setFocus(Qt::OtherFocusReason);
}

InsightsStateDialog::~InsightsStateDialog()
{
    if (m_op)
        m_op->cancel();
}

void InsightsStateDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_message->setClosable(!busy);
    m_confirm->setEnabled(!busy && (!m_guard || m_guard->isConfirmed()));
    if (m_guard)
        m_guard->setInputEnabled(!busy);
    m_cancel->setEnabled(!busy);
    m_export->setEnabled(!busy);
}

void InsightsStateDialog::accept()
{
    if (m_busy || (m_guard && !m_guard->isConfirmed()))
        return;
    if (!m_controller) {
        m_message->showMessage(Theme::Tone::Error, tr("You are not signed in."));
        return;
    }
    const bool deactivate = m_mode == Mode::Deactivate;
    m_message->showInfo(deactivate ? tr("Deactivating…") : tr("Restoring…"));
    setBusy(true);
    const QPointer<InsightsStateDialog> self = this;
    m_op = m_controller->setClientState(
        m_activity.client.id, deactivate ? ClientState::Inactive : ClientState::Active, this,
        [self, deactivate](const Result<OAuthClient> &r) {
            if (!self)
                return;
            self->m_op = nullptr;
            self->setBusy(false);
            if (!r) {
                self->m_message->showError(r.error(), deactivate ? tr("The client was not deactivated.")
                                                                 : tr("The client was not restored."));
                return;
            }
            Q_EMIT self->changed(r.value());
            self->QDialog::accept();
        });
}

void InsightsStateDialog::reject()
{
    if (m_busy)
        return; // the PUT may already have reached the server: wait for its answer
    QDialog::reject();
}

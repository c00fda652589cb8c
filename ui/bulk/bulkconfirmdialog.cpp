// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/bulk/bulkconfirmdialog.h"

#include "app/controllers/insightscontroller.h"
#include "app/controllers/sessioncontext.h"
#include "app/services/session.h"
#include "app/services/signedinclient.h"
#include "models/domain/clientlabels.h"
#include "ui/widgets/dialogfit.h"
#include "ui/widgets/theme.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMap>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
// Requests of `a` on the last `days` days of its report's window.
qint64 requestsInLastDays(const ClientActivity &a, const ActivityWindow &window, int days)
{
    const QDate from = window.endDay.addDays(-days);
    qint64 sum = 0;
    for (const DailyRequests &d : a.daily) {
        if (d.day >= from)
            sum += d.requests;
    }
    return sum;
}

QString displayName(const QString &name, const QString &id)
{
    return (name.isEmpty() ? id : name).toHtmlEscaped();
}
} // namespace

BulkConfirmDialog::BulkConfirmDialog(SessionContext *context, InsightsController *usage,
                                     BulkQueue::Action action, const QList<OAuthClient> &clients,
                                     QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_usage(usage)
    , m_action(action)
    , m_clients(clients)
    , m_heading(new QLabel(this))
    , m_plan(new QLabel(this))
    , m_traffic(new QLabel(this))
    , m_details(new QTextBrowser(this))
    , m_prompt(new QLabel(this))
    , m_countEdit(new QLineEdit(this))
    , m_check(new QPushButton(Theme::icon(u"reload"_s), tr("C&heck Recent Traffic"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_confirm(new QPushButton(this))
{
    setObjectName(u"bulkConfirmDialog"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    Session *session = context ? context->session() : nullptr;
    m_queue = new BulkQueue(session ? session->clients() : nullptr, action, clients,
                            signedInClientId(session), this);

    m_heading->setObjectName(u"bulkHeading"_s);
    m_heading->setWordWrap(true);
    m_plan->setObjectName(u"bulkPlan"_s);
    m_plan->setWordWrap(true);
    m_plan->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_traffic->setObjectName(u"bulkTraffic"_s);
    m_traffic->setWordWrap(true);
    m_details->setObjectName(u"bulkDetails"_s);
    m_details->setAccessibleName(tr("Clients skipped and clients with recent traffic"));
    m_details->setOpenLinks(false);
    m_prompt->setObjectName(u"bulkConfirmPrompt"_s);
    m_prompt->setWordWrap(true);
    m_prompt->setBuddy(m_countEdit);
    m_countEdit->setObjectName(u"bulkConfirmEdit"_s);
    m_countEdit->setAccessibleName(tr("Number of clients, to confirm"));
    m_check->setObjectName(u"bulkCheckTrafficButton"_s);
    m_check->setAutoDefault(false);
    m_check->setToolTip(tr("Fetch the org's usage (the Insights sweep) to see which of these clients had "
                           "requests recently"));
    m_cancel->setObjectName(u"cancelButton"_s);
    m_cancel->setDefault(true);
    m_confirm->setObjectName(u"bulkConfirmButton"_s);
    m_confirm->setAutoDefault(false);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_check, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    buttons->addButton(m_confirm, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &BulkConfirmDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &BulkConfirmDialog::reject);
    connect(m_check, &QPushButton::clicked, this, &BulkConfirmDialog::checkTraffic);
    connect(m_countEdit, &QLineEdit::textChanged, this, &BulkConfirmDialog::updateButtons);
    // Enter in the field confirms only when the number matches, and never reaches the default
    // button (Cancel) either: eventFilter().
    m_countEdit->installEventFilter(this);
    if (m_usage) {
        connect(m_usage, &InsightsController::activityChanged, this, &BulkConfirmDialog::refreshTraffic);
        connect(m_usage, &InsightsController::stateChanged, this, &BulkConfirmDialog::refreshTraffic);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_plan);
    layout->addWidget(m_traffic);
    layout->addWidget(m_details, 1);
    layout->addWidget(m_prompt);
    layout->addWidget(m_countEdit);
    layout->addWidget(buttons);

    buildPlan();
    refreshTraffic();
    DialogFit::resizeWithin(this, QSize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 34));
}

BulkConfirmDialog::~BulkConfirmDialog() = default;

bool BulkConfirmDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_countEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (isConfirmed())
                accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

int BulkConfirmDialog::changeCount() const
{
    return m_queue ? m_queue->count(BulkQueue::Outcome::Pending) : 0;
}

void BulkConfirmDialog::buildPlan()
{
    const int total = int(m_clients.size());
    const int changes = changeCount();
    const int skipped = m_queue->count(BulkQueue::Outcome::Skipped);
    const QString org = m_context ? m_context->organizationName() : QString();
    QString verb, button, windowTitle;
    switch (m_action) {
    case BulkQueue::Action::Deactivate:
        windowTitle = tr("Deactivate %n Clients", nullptr, total);
        m_heading->setText(tr("<b>Deactivate %n selected clients?</b> An inactive client gets no new tokens; "
                              "it can be set active again until the platform deletes it.",
                              nullptr, total));
        verb = tr("%n will be deactivated", nullptr, changes);
        button = tr("&Deactivate %n Clients", nullptr, changes);
        break;
    case BulkQueue::Action::Activate:
        windowTitle = tr("Activate %n Clients", nullptr, total);
        m_heading->setText(tr("<b>Activate %n selected clients?</b> Inactive clients are set active again "
                              "before the platform deletes them.",
                              nullptr, total));
        verb = tr("%n will be activated", nullptr, changes);
        button = tr("&Activate %n Clients", nullptr, changes);
        break;
    case BulkQueue::Action::Delete:
        windowTitle = tr("Delete %n Clients", nullptr, total);
        m_heading->setText(tr("<b>Delete %n selected clients?</b> Active clients are set inactive first, "
                              "then deleted. Apps that use them stop working. This cannot be undone.",
                              nullptr, total));
        verb = tr("%n will be deleted", nullptr, changes);
        button = tr("&Delete %n Clients", nullptr, changes);
        break;
    }
    if (!org.isEmpty())
        windowTitle += u" · "_s + org;
    setWindowTitle(windowTitle);
    m_confirm->setText(button);
    m_confirm->setIcon(m_action == BulkQueue::Action::Delete     ? Theme::icon(u"delete"_s, u"edit-delete"_s)
                       : m_action == BulkQueue::Action::Activate ? Theme::icon(u"reload"_s)
                                                                 : Theme::icon(u"deactivate"_s));

    // By state, in a fixed order.
    QMap<int, int> byState;
    QMap<int, QString> stateNames;
    for (const OAuthClient &c : std::as_const(m_clients)) {
        const int s = int(c.clientState());
        ++byState[s];
        stateNames.insert(s, ClientLabels::stateLabel(c.state).toLower());
    }
    QStringList states;
    for (auto it = byState.cbegin(); it != byState.cend(); ++it)
        states << u"%1 %2"_s.arg(QLocale().toString(it.value()), stateNames.value(it.key()));
    QStringList outcomes{verb};
    if (skipped)
        outcomes << tr("%n skipped", nullptr, skipped);
    m_plan->setText(tr("By state: %1.").arg(states.join(u", "_s)) + u"<br>"_s +
                    tr("What happens: %1.").arg(outcomes.join(u", "_s)) +
                    (m_action == BulkQueue::Action::Delete && m_queue->expectedRequests() > changes
                         ? u" "_s + tr("About %n requests.", nullptr, m_queue->expectedRequests())
                         : QString()));

    QString html;
    if (skipped) {
        html += u"<p><b>%1</b></p><ul>"_s.arg(tr("Skipped:"));
        for (const BulkQueue::Row &r : m_queue->rows()) {
            if (r.outcome == BulkQueue::Outcome::Skipped)
                html += u"<li>%1: %2</li>"_s.arg(displayName(r.name, r.id), r.message.toHtmlEscaped());
        }
        html += u"</ul>"_s;
    }
    m_skippedHtml = html;
}

void BulkConfirmDialog::refreshTraffic()
{
    const bool running = m_usage && m_usage->isRunning();
    const bool known = m_usage && m_usage->hasActivity() && !running;
    QString html = m_skippedHtml;
    m_recent = -1;
    if (m_action == BulkQueue::Action::Activate) {
        // Restoring breaks nothing: no traffic to weigh.
        m_traffic->hide();
        m_check->hide();
    } else if (!known) {
        m_traffic->setText(running ? tr("Checking the recent traffic (the Insights sweep is running)…")
                                   : tr("Recent traffic is unknown: the org's usage has not been fetched. "
                                        "Check it first to see which of these clients apps still use."));
        m_check->setVisible(m_usage != nullptr);
        m_check->setEnabled(!running);
    } else {
        m_check->hide();
        const ActivityReport &report = m_usage->activity();
        QStringList recent;
        QStringList older;
        for (const BulkQueue::Row &r : m_queue->rows()) {
            if (r.outcome != BulkQueue::Outcome::Pending)
                continue;
            const ClientActivity *a = report.find(r.id);
            if (!a || !a->hasTraffic())
                continue;
            const qint64 last7 = requestsInLastDays(*a, report.window, RecentDays);
            const QString line = u"<li>%1: %2</li>"_s.arg(
                displayName(r.name, r.id),
                last7 > 0
                    ? tr("%1 requests in the last %2 days").arg(QLocale().toString(last7)).arg(RecentDays)
                    : tr("%1 requests in the last %2 days, none in the last %3")
                          .arg(QLocale().toString(a->requests))
                          .arg(report.window.days)
                          .arg(RecentDays));
            (last7 > 0 ? recent : older) << line;
        }
        m_recent = int(recent.size());
        const QString asOf =
            m_usage->usageFetchedAt().isValid()
                ? QLocale().toString(m_usage->usageFetchedAt().toLocalTime().time(), QLocale::ShortFormat)
                : QString();
        QString text = recent.isEmpty()
                           ? tr("None of these clients had requests in the last %1 days.").arg(RecentDays)
                           : tr("%n of these clients had requests in the last %1 days: apps still use them.",
                                nullptr, int(recent.size()))
                                 .arg(RecentDays);
        if (!asOf.isEmpty())
            text += u" "_s + tr("(Usage as of %1.)").arg(asOf);
        m_traffic->setText(text);
        if (!recent.isEmpty())
            html += u"<p><b>%1</b></p><ul>%2</ul>"_s.arg(
                tr("Requests in the last %1 days:").arg(RecentDays).toHtmlEscaped(), recent.join(QString()));
        if (!older.isEmpty())
            html += u"<p><b>%1</b></p><ul>%2</ul>"_s.arg(
                tr("Requests earlier in the last %1 days:").arg(report.window.days).toHtmlEscaped(),
                older.join(QString()));
    }
    if (m_action != BulkQueue::Action::Activate)
        m_traffic->show();
    m_details->setHtml(html);
    m_details->setVisible(!html.isEmpty());
    updateButtons();
}

bool BulkConfirmDialog::isCountRequired() const
{
    if (m_action == BulkQueue::Action::Activate || changeCount() == 0)
        return false;
    return m_recent != 0; // some had recent traffic, or it is not known
}

bool BulkConfirmDialog::isConfirmed() const
{
    if (changeCount() == 0)
        return false;
    return !isCountRequired() || m_countEdit->text().trimmed() == QString::number(changeCount());
}

void BulkConfirmDialog::updateButtons()
{
    const bool required = isCountRequired();
    m_prompt->setVisible(required);
    m_countEdit->setVisible(required);
    if (required)
        m_prompt->setText(
            tr("Type the number of clients that will change, <b>%1</b>, to confirm:").arg(changeCount()));
    m_confirm->setEnabled(isConfirmed());
}

void BulkConfirmDialog::checkTraffic()
{
    if (!m_usage || m_usage->isRunning())
        return;
    // Any window answers the last 7 days; a sweep the Insights page already ran is reused.
    m_usage->run(m_usage->hasActivity() ? m_usage->days() : InsightsController::DefaultDays);
    refreshTraffic();
}

QString BulkConfirmDialog::planText() const
{
    return m_plan->text();
}

QString BulkConfirmDialog::detailsText() const
{
    return m_traffic->text() + u"\n"_s + m_details->toPlainText();
}

void BulkConfirmDialog::accept()
{
    if (!isConfirmed() || !m_queue)
        return;
    BulkQueue *queue = m_queue;
    m_queue = nullptr;
    queue->setParent(nullptr);
    Q_EMIT confirmed(queue);
    QDialog::accept();
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/insights.h"

#include "app/cli/commands.h"
#include "app/cli/textformat.h"
#include "app/controllers/insightscontroller.h"
#include "models/json/insightsexport.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli::Insights)
};

constexpr int NameWidth = 40;
constexpr int ReasonWidth = 90;
constexpr int DefaultUnusedDays = 30;

void line(QByteArray &out, const QString &text)
{
    out += text.toUtf8();
    out += '\n';
}

// "1 client" / "%1 clients" spelled out per count (see present.cpp).
QString clientCount(qsizetype n)
{
    return n == 1 ? Tr::tr("1 client") : Tr::tr("%1 clients").arg(n);
}

QString day(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}
} // namespace

namespace present {

void insightsUnused(QByteArray &out, const ActivityReport &report, const Style &style)
{
    const ActivityWindow &w = report.window;
    if (style.json) {
        text::appendJsonArray(
            out, report.rows.size(),
            [&report, &w](qsizetype i) { return insightsexport::activityJson(report.rows.at(i), w); },
            style.pretty);
        return;
    }
    // Days are the platform's UTC days, shown as dates, never converted to local evenings.
    line(out, Tr::tr("Usage over the last %1 days: %2 to %3 (UTC).")
                  .arg(w.days)
                  .arg(day(w.firstDay), day(w.endDay.addDays(-1))));
    text::Table t({Tr::tr("STATUS"), Tr::tr("NAME"), Tr::tr("STATE"), Tr::tr("GRANT TYPE"),
                   Tr::tr("REQUESTS"), Tr::tr("LAST REQUEST"), Tr::tr("AGE (DAYS)"), Tr::tr("DELETED ON"),
                   Tr::tr("ID")});
    t.setMaxWidth(1, NameWidth);
    t.setAvailableWidth(style.terminalWidth);
    t.addFlexColumn(1, 16);
    t.setRightAligned(4);
    t.setRightAligned(6);
    t.setHideWhenEmpty(7);
    for (const ClientActivity &a : report.rows) {
        t.addRow({activityStatusId(a.status), a.client.name, a.client.state, a.client.grantType,
                  QString::number(a.requests), a.lastDay.isValid() ? day(a.lastDay) : Tr::tr("none"),
                  a.ageDays >= 0 ? QString::number(a.ageDays) : QString(),
                  a.client.dateToDelete.isValid() ? day(a.client.dateToDelete.toUTC().date()) : QString(),
                  a.client.id});
    }
    t.render(out);
    line(out, Tr::tr("%1: %2 unused, %3 new (created in the window), %4 active.")
                  .arg(clientCount(report.rows.size()))
                  .arg(report.count(ActivityStatus::Unused))
                  .arg(report.count(ActivityStatus::New))
                  .arg(report.count(ActivityStatus::Active)));
}

void insightsChecks(QByteArray &out, const CheckRun &run, const Style &style)
{
    if (style.json) {
        text::appendJsonArray(
            out, run.findings.size(),
            [&run](qsizetype i) { return insightsexport::findingJson(run.findings.at(i)); }, style.pretty);
        return;
    }
    text::Table t({Tr::tr("SEVERITY"), Tr::tr("CHECK"), Tr::tr("NAME"), Tr::tr("STATE"), Tr::tr("REASON"),
                   Tr::tr("ID")});
    t.setMaxWidth(2, NameWidth);
    t.setMaxWidth(4, ReasonWidth);
    t.setAvailableWidth(style.terminalWidth);
    t.addFlexColumn(4, 30);
    t.addFlexColumn(2, 16);
    for (const CheckFinding &f : run.findings) {
        if (!f.check)
            continue;
        t.addRow({checkSeverityId(f.check->severity), QString(f.check->id), f.client.name, f.client.state,
                  f.reason, f.client.id});
    }
    t.render(out);
    line(out,
         run.findings.size() == 1
             ? Tr::tr("1 finding in %1.").arg(clientCount(run.clientsChecked))
             : Tr::tr("%1 findings in %2.").arg(run.findings.size()).arg(clientCount(run.clientsChecked)));
}

} // namespace present

// ---------------------------------------------------------------------------------------------
// The commands (CommandRunner members; see commands.h).

void CommandRunner::insightsSweep(std::optional<int> days, bool checksOnly)
{
    auto *insights = new InsightsController(this);
    insights->setSession(m_session);
    // Ctrl-C and --timeout end the command through cancel(); the sweep stops with it.
    connect(this, &CommandRunner::finished, insights, &InsightsController::cancel);
    if (m_style.progress) {
        connect(insights, &InsightsController::progress, this, [this](const QString &text) {
            if (!text.isEmpty())
                note(text);
        });
    }
    connect(insights, &InsightsController::stateChanged, this,
            [this, insights, checksOnly](InsightsController::State state) {
                switch (state) {
                case InsightsController::State::Idle:
                case InsightsController::State::Running:
                    return;
                case InsightsController::State::Failed:
                case InsightsController::State::Cancelled:
                    fail(insights->lastError());
                    return;
                case InsightsController::State::Ready:
                    break;
                }
                if (checksOnly && !insights->checks().skipped.isEmpty()) {
                    QStringList skipped;
                    for (const CheckDescriptor *c : insights->checks().skipped)
                        skipped.append(QString(c->id));
                    note(QString(ProgramName) + u": "_s +
                         Tr::tr("The roles could not be read, so these checks were skipped: %1. %2")
                             .arg(skipped.join(u", "_s), insights->rolesError().userMessage()));
                }
                if (checksOnly)
                    present::insightsChecks(m_out, insights->checks(), m_style);
                else
                    present::insightsUnused(m_out, insights->activity(), m_style);
                if (!checksOnly && insights->activity().otherClients > 0)
                    note(Tr::tr("The usage also counts %1 requests of %2 clients that are no longer listed.")
                             .arg(insights->activity().otherRequests)
                             .arg(insights->activity().otherClients));
                done();
            });
    if (checksOnly)
        insights->runChecks();
    else
        insights->run(days.value_or(DefaultUnusedDays));
}

} // namespace cli

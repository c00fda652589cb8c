// SPDX-License-Identifier: GPL-3.0-or-later
// clients history ID [--days N]: who changed a client and when, from the audit log.
#include "app/cli/commands.h"
#include "app/cli/textformat.h"
#include "app/history/clienthistoryloader.h"
#include "app/history/historycache.h"
#include "app/services/auditservice.h"
#include "app/services/session.h"
#include "app/services/usersservice.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli::History)
};

constexpr int WhoWidth = 32;
constexpr int ChangeWidth = 100;

// One line per property change; a secret reset reads as such.
QStringList changeLines(const HistoryEntry &e)
{
    QStringList lines;
    if (e.secretReset)
        lines.append(Tr::tr("secret reset"));
    for (const HistoryChange &c : e.changes) {
        if (e.secretReset && c.property.contains("secret"_L1, Qt::CaseInsensitive))
            continue;
        if (c.oldText.isEmpty() && c.newText.isEmpty())
            lines.append(c.property);
        else if (c.oldText.isEmpty())
            lines.append(Tr::tr("%1 = %2").arg(c.property, c.newText));
        else
            lines.append(Tr::tr("%1: %2 -> %3")
                             .arg(c.property, c.oldText, c.newText.isEmpty() ? Tr::tr("(none)") : c.newText));
    }
    return lines;
}
} // namespace

void CommandRunner::clientsHistory(const QString &id, int days)
{
    auto *audits = new AuditService(m_session->api(), this);
    auto *users = new UsersService(m_session->api(), this);
    auto *cache = new HistoryCache(m_session, audits, users, this);
    track(clienthistory::load(
        cache, id, days, m_session->api()->serverNow(), this, [this, cache](Result<ClientHistory> r) {
            if (!r) {
                fail(r.error());
                return;
            }
            const ClientHistory &h = r.value();
            const HistoryNames names = cache->names();
            if (m_style.json) {
                text::appendJsonArray(
                    m_out, h.entries.size(),
                    [&h, &names](qsizetype i) { return historyEntryJson(h.entries.at(i), names); },
                    m_style.pretty);
                done();
                return;
            }
            m_out += text::oneLine(secretResetSummary(h, m_session->api()->serverNow())).toUtf8() + '\n';
            text::Table t({Tr::tr("WHEN"), Tr::tr("WHO"), Tr::tr("ACTION"), Tr::tr("CHANGES")});
            t.setMaxWidth(1, WhoWidth);
            t.setMaxWidth(3, ChangeWidth);
            t.setAvailableWidth(m_style.terminalWidth);
            t.addFlexColumn(3, 30);
            for (const HistoryEntry &e : h.entries) {
                const QStringList lines = changeLines(e);
                t.addRow({text::localDateTime(e.event.eventDate), e.who, e.event.action, lines.value(0)});
                for (qsizetype i = 1; i < lines.size(); ++i)
                    t.addRow({QString(), QString(), QString(), lines.at(i)});
            }
            t.render(m_out);
            const QString count =
                h.entries.size() == 1
                    ? Tr::tr("1 event in the last %1 days.").arg(h.days)
                    : Tr::tr("%1 events in the last %2 days.").arg(h.entries.size()).arg(h.days);
            m_out += count.toUtf8() + '\n';
            done();
        }));
}

} // namespace cli

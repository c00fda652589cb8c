// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/bulk/bulkresults.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BulkResults)
};

QString csvField(const QString &value)
{
    // Quoted when it holds a separator, a quote or a line break; a leading formula character is
    // defused so that a spreadsheet shows the text instead of running it.
    QString v = value;
    if (!v.isEmpty() && (v.front() == u'=' || v.front() == u'+' || v.front() == u'-' || v.front() == u'@'))
        v.prepend(u'\'');
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r')) {
        v.replace(u"\""_s, u"\"\""_s);
        return u'"' + v + u'"';
    }
    return v;
}
} // namespace

namespace bulkresults {

QString outcomeLabel(BulkQueue::Action action, BulkQueue::Outcome outcome)
{
    using O = BulkQueue::Outcome;
    switch (outcome) {
    case O::Pending:
        return Tr::tr("Waiting");
    case O::Running:
        return Tr::tr("Running…");
    case O::Done:
        switch (action) {
        case BulkQueue::Action::Deactivate:
            return Tr::tr("Deactivated");
        case BulkQueue::Action::Activate:
            return Tr::tr("Activated");
        case BulkQueue::Action::Delete:
            return Tr::tr("Deleted");
        }
        break;
    case O::Skipped:
        return Tr::tr("Skipped");
    case O::Failed:
        return Tr::tr("Failed");
    case O::Cancelled:
        return Tr::tr("Cancelled");
    }
    return {};
}

QString summary(BulkQueue::Action action, const QList<BulkQueue::Row> &rows)
{
    int done = 0, skipped = 0, failed = 0, cancelled = 0, open = 0;
    for (const BulkQueue::Row &r : rows) {
        switch (r.outcome) {
        case BulkQueue::Outcome::Done:
            ++done;
            break;
        case BulkQueue::Outcome::Skipped:
            ++skipped;
            break;
        case BulkQueue::Outcome::Failed:
            ++failed;
            break;
        case BulkQueue::Outcome::Cancelled:
            ++cancelled;
            break;
        case BulkQueue::Outcome::Pending:
        case BulkQueue::Outcome::Running:
            ++open;
            break;
        }
    }
    QStringList parts;
    switch (action) {
    case BulkQueue::Action::Deactivate:
        parts << Tr::tr("%n deactivated", nullptr, done);
        break;
    case BulkQueue::Action::Activate:
        parts << Tr::tr("%n activated", nullptr, done);
        break;
    case BulkQueue::Action::Delete:
        parts << Tr::tr("%n deleted", nullptr, done);
        break;
    }
    if (skipped)
        parts << Tr::tr("%n skipped", nullptr, skipped);
    if (failed)
        parts << Tr::tr("%n failed", nullptr, failed);
    if (cancelled)
        parts << Tr::tr("%n cancelled", nullptr, cancelled);
    if (open)
        parts << Tr::tr("%n not done yet", nullptr, open);
    return parts.join(u", "_s);
}

QString text(BulkQueue::Action action, const QList<BulkQueue::Row> &rows)
{
    QStringList lines{summary(action, rows)};
    for (const BulkQueue::Row &r : rows) {
        QString line = r.name.isEmpty() ? r.id : u"%1 (%2)"_s.arg(r.name, r.id);
        line += u": "_s + outcomeLabel(action, r.outcome);
        if (!r.message.isEmpty())
            line += u": "_s + r.message;
        lines << line;
    }
    return lines.join(u'\n') + u'\n';
}

QByteArray csv(const QList<BulkQueue::Row> &rows)
{
    QString out = u"id,name,action,result,message,previousState\r\n"_s;
    for (const BulkQueue::Row &r : rows) {
        out += QStringList{csvField(r.id),
                           csvField(r.name),
                           BulkQueue::actionName(r.action),
                           BulkQueue::outcomeName(r.outcome),
                           csvField(r.message),
                           csvField(r.previousState)}
                   .join(u',');
        out += u"\r\n"_s;
    }
    return out.toUtf8();
}

QString csvFileName(BulkQueue::Action action, const QDateTime &when)
{
    return u"%1-results-%2.csv"_s.arg(BulkQueue::actionName(action),
                                      when.toLocalTime().toString(u"yyyy-MM-dd-HHmm"_s));
}

} // namespace bulkresults

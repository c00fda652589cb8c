// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/config/diffreport.h"

#include "models/domain/servertext.h"
#include "models/itemmodels/usagetablemodel.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DiffReport)
};

// Every value a report shows is one line (servertext::oneLine): a newline, CR or tab in a client's
// name, id or value cannot fake a line of the report, and bidi controls cannot reorder it.
QString one(const QString &s)
{
    return servertext::oneLine(s);
}

QString sideText(const diffreport::Side &s)
{
    const QString org = s.org.name.isEmpty() ? s.org.id : s.org.name;
    return Tr::tr("%1 (%2, %n client(s))", nullptr, s.clients)
        .arg(one(s.source), org.isEmpty() ? u"?"_s : one(org));
}

QChar marker(ClientDifference::Kind kind)
{
    switch (kind) {
    case ClientDifference::Kind::Added:
        return u'+';
    case ClientDifference::Kind::Removed:
        return u'-';
    case ClientDifference::Kind::Changed:
        return u'~';
    case ClientDifference::Kind::Ambiguous:
        return u'!';
    }
    return u' ';
}

QString jsonText(const QJsonValue &v)
{
    if (v.isUndefined())
        return {};
    if (v.isString())
        return v.toString();
    const QByteArray a = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(a.mid(1, a.size() - 2));
}

QJsonObject sideJson(const diffreport::Side &s)
{
    return {{u"source"_s, s.source}, {u"org"_s, s.org.toJson()}, {u"clients"_s, s.clients}};
}

void row(QByteArray &out, const QStringList &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += ',';
        UsageTableModel::appendCsvField(out, one(fields.at(i)));
    }
    out += "\r\n";
}
// The kind in the CSV, in the words the Compare view and the text report use (not translated).
QString csvKind(ClientDifference::Kind kind)
{
    switch (kind) {
    case ClientDifference::Kind::Added:
        return u"only in B"_s;
    case ClientDifference::Kind::Removed:
        return u"only in A"_s;
    case ClientDifference::Kind::Changed:
    case ClientDifference::Kind::Ambiguous:
        break;
    }
    return diffKindId(kind); // "changed", "ambiguous"
}

} // namespace

namespace diffreport {

QString text(const SnapshotDiff &diff, const Side &a, const Side &b)
{
    QString out;
    out += Tr::tr("A: %1").arg(sideText(a)) + u'\n';
    out += Tr::tr("B: %1").arg(sideText(b)) + u'\n';
    out += (diff.matchedById
                ? Tr::tr("Clients matched by id (same org).")
                : Tr::tr("Clients matched by name (different orgs); roles and divisions by name.")) +
           u"\n\n"_s;
    qsizetype width = 0;
    for (const ClientDifference &d : diff.entries)
        width = std::max(width, diffKindLabel(d.kind).size());
    for (const ClientDifference &d : diff.entries) {
        out += marker(d.kind) + u' ' + diffKindLabel(d.kind).leftJustified(width) + u"  \""_s + one(d.name) +
               u'"';
        switch (d.kind) {
        case ClientDifference::Kind::Added:
            out += u" (%1)"_s.arg(one(d.idB()));
            break;
        case ClientDifference::Kind::Removed:
            out += u" (%1)"_s.arg(one(d.idA()));
            break;
        case ClientDifference::Kind::Changed:
            out += diff.matchedById ? u" (%1)"_s.arg(one(d.idA()))
                                    : u" (%1 -> %2)"_s.arg(one(d.idA()), one(d.idB()));
            break;
        case ClientDifference::Kind::Ambiguous:
            out += u' ' + Tr::tr("(%1 in A, %2 in B: not matched; rename them to compare)")
                              .arg(d.idsA.size())
                              .arg(d.idsB.size());
            break;
        }
        out += u'\n';
        for (const FieldChange &c : d.changes)
            out += u"      "_s + one(c.field) + u": "_s + one(diffValueText(c.before)) + u" -> "_s +
                   one(diffValueText(c.after)) + u'\n';
    }
    if (!diff.entries.isEmpty())
        out += u'\n';
    if (diff.isEqual()) {
        out += Tr::tr("No differences: %n client(s) equal.", nullptr, diff.unchanged) + u'\n';
    } else {
        out += Tr::tr("%n difference(s): ", nullptr, int(diff.entries.size())) +
               Tr::tr("%2 only in A, %1 only in B, %3 changed, %4 ambiguous; %5 equal.")
                   .arg(diff.count(ClientDifference::Kind::Added))
                   .arg(diff.count(ClientDifference::Kind::Removed))
                   .arg(diff.count(ClientDifference::Kind::Changed))
                   .arg(diff.count(ClientDifference::Kind::Ambiguous))
                   .arg(diff.unchanged) +
               u'\n';
    }
    return out;
}

QByteArray csv(const SnapshotDiff &diff)
{
    QByteArray out = "kind,name,idA,idB,field,before,after\r\n";
    for (const ClientDifference &d : diff.entries) {
        const QString kind = csvKind(d.kind);
        const QString idsA = d.idsA.join(u' ');
        const QString idsB = d.idsB.join(u' ');
        if (d.changes.isEmpty()) {
            row(out, {kind, d.name, idsA, idsB, {}, {}, {}});
            continue;
        }
        for (const FieldChange &c : d.changes)
            row(out, {kind, d.name, idsA, idsB, c.field, jsonText(c.before), jsonText(c.after)});
    }
    return out;
}

QJsonObject json(const SnapshotDiff &diff, const Side &a, const Side &b)
{
    QJsonArray entries;
    for (const ClientDifference &d : diff.entries) {
        QJsonObject e{{u"kind"_s, diffKindId(d.kind)}, {u"name"_s, d.name}};
        if (d.kind == ClientDifference::Kind::Ambiguous) {
            e.insert(u"idsA"_s, QJsonArray::fromStringList(d.idsA));
            e.insert(u"idsB"_s, QJsonArray::fromStringList(d.idsB));
        } else {
            if (!d.idA().isEmpty())
                e.insert(u"idA"_s, d.idA());
            if (!d.idB().isEmpty())
                e.insert(u"idB"_s, d.idB());
        }
        if (d.kind == ClientDifference::Kind::Changed) {
            QJsonArray changes;
            for (const FieldChange &c : d.changes) {
                QJsonObject change{{u"field"_s, c.field}};
                if (!c.before.isUndefined())
                    change.insert(u"before"_s, c.before);
                if (!c.after.isUndefined())
                    change.insert(u"after"_s, c.after);
                changes.append(change);
            }
            e.insert(u"changes"_s, changes);
        }
        entries.append(e);
    }
    return {{u"equal"_s, diff.isEqual()},
            {u"matchedBy"_s, diff.matchedById ? u"id"_s : u"name"_s},
            {u"a"_s, sideJson(a)},
            {u"b"_s, sideJson(b)},
            {u"unchanged"_s, diff.unchanged},
            {u"differences"_s, entries}};
}

} // namespace diffreport

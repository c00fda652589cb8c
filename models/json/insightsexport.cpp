// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/json/insightsexport.h"

#include "models/itemmodels/usagetablemodel.h"

#include <QJsonDocument>
#include <QJsonValue>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace insightsexport {

namespace {
// "2026-03-15T12:00:00Z"; empty for an invalid date. Seconds: the platform's milliseconds add
// nothing a spreadsheet needs.
QString isoUtc(const QDateTime &dt)
{
    if (!dt.isValid())
        return {};
    const QDateTime utc = dt.toTimeZone(QTimeZone::utc());
    return utc.date().toString(Qt::ISODate) + u'T' + utc.time().toString(u"HH:mm:ss"_s) + u'Z';
}

QString isoDay(QDate day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : QString();
}

void field(QByteArray &out, const QString &text)
{
    UsageTableModel::appendCsvField(out, text);
}

void number(QByteArray &out, qint64 n)
{
    out += QByteArray::number(n);
}
} // namespace

QByteArray activityCsv(const ActivityReport &report)
{
    QByteArray out;
    out.reserve(160 + report.rows.size() * 200);
    out += "status,name,clientId,state,grantType,requests,lastRequestDay,dateCreated,ageDays,dateToDelete,"
           "windowFirstDay,windowLastDay\r\n";
    const QString first = isoDay(report.window.firstDay);
    const QString last = isoDay(report.window.endDay.addDays(-1));
    for (const ClientActivity &a : report.rows) {
        field(out, activityStatusId(a.status));
        out += ',';
        field(out, a.client.name);
        out += ',';
        field(out, a.client.id);
        out += ',';
        field(out, a.client.state);
        out += ',';
        field(out, a.client.grantType);
        out += ',';
        number(out, a.requests);
        out += ',';
        field(out, isoDay(a.lastDay));
        out += ',';
        field(out, isoUtc(a.client.dateCreated));
        out += ',';
        if (a.ageDays >= 0)
            number(out, a.ageDays);
        out += ',';
        field(out, isoUtc(a.client.dateToDelete));
        out += ',';
        field(out, first);
        out += ',';
        field(out, last);
        out += "\r\n";
    }
    return out;
}

QByteArray findingsCsv(const QList<CheckFinding> &findings)
{
    QByteArray out;
    out.reserve(64 + findings.size() * 260);
    out += "check,severity,title,clientId,name,state,reason\r\n";
    for (const CheckFinding &f : findings) {
        if (!f.check)
            continue;
        field(out, f.check->id);
        out += ',';
        field(out, checkSeverityId(f.check->severity));
        out += ',';
        field(out, checkTitle(*f.check));
        out += ',';
        field(out, f.client.id);
        out += ',';
        field(out, f.client.name);
        out += ',';
        field(out, f.client.state);
        out += ',';
        field(out, f.reason);
        out += "\r\n";
    }
    return out;
}

QJsonObject activityJson(const ClientActivity &a, const ActivityWindow &window)
{
    QJsonObject o{{u"status"_s, activityStatusId(a.status)},
                  {u"clientId"_s, a.client.id},
                  {u"name"_s, a.client.name},
                  {u"state"_s, a.client.state},
                  {u"grantType"_s, a.client.grantType},
                  {u"requests"_s, a.requests},
                  {u"lastRequestDay"_s, a.lastDay.isValid() ? QJsonValue(isoDay(a.lastDay)) : QJsonValue()},
                  {u"dateCreated"_s,
                   a.client.dateCreated.isValid() ? QJsonValue(isoUtc(a.client.dateCreated)) : QJsonValue()},
                  {u"ageDays"_s, a.ageDays >= 0 ? QJsonValue(a.ageDays) : QJsonValue()},
                  {u"windowDays"_s, window.days}};
    if (a.client.dateToDelete.isValid())
        o.insert(u"dateToDelete"_s, isoUtc(a.client.dateToDelete));
    return o;
}

QJsonObject findingJson(const CheckFinding &f)
{
    return QJsonObject{{u"check"_s, f.check ? QString(f.check->id) : QString()},
                       {u"severity"_s, f.check ? checkSeverityId(f.check->severity) : QString()},
                       {u"title"_s, f.check ? checkTitle(*f.check) : QString()},
                       {u"clientId"_s, f.client.id},
                       {u"clientName"_s, f.client.name},
                       {u"state"_s, f.client.state},
                       {u"reason"_s, f.reason}};
}

QByteArray clientConfigurationJson(const OAuthClient &client)
{
    QJsonObject body = client.toRequestJson();
    body.remove("secret"_L1); // toRequestJson never has it; an export must not, whatever changes there
    return QJsonDocument(body).toJson(QJsonDocument::Indented);
}

QString activityFileName(const ActivityWindow &window)
{
    return u"unused-clients-%1d-%2.csv"_s.arg(window.days).arg(isoDay(window.endDay));
}

QString findingsFileName(const QDateTime &now)
{
    return u"configuration-checks-%1.csv"_s.arg(isoDay(now.toUTC().date()));
}

} // namespace insightsexport

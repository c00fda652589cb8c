// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/inputs.h"

#include "models/domain/oauthclient.h"
#include "models/json/json.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace cli::inputs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli::Inputs)
};

Problems problem(const QString &line)
{
    return Problems{{line}};
}

// The line and column of a byte offset, for parse error messages people can act on.
QString position(const QByteArray &data, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, data.size());
    const QByteArray before = data.left(offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return Tr::tr("line %1, column %2").arg(line).arg(column);
}

QStringList readOnlyFieldsIn(const QJsonObject &o)
{
    QStringList found;
    for (const QString &f : clientReadOnlyFields()) {
        if (o.contains(f))
            found.append(f);
    }
    return found;
}
} // namespace

std::variant<QJsonObject, Problems> readJsonObject(const QString &path, QIODevice *stdinDevice)
{
    QByteArray data;
    const QString shownName = path == "-"_L1 ? Tr::tr("Standard input") : path;
    if (path == "-"_L1) {
        if (!stdinDevice || !stdinDevice->isReadable())
            return problem(Tr::tr("Cannot read standard input."));
        data = stdinDevice->read(MaxInputBytes + 1);
    } else {
        QFile f(path);
        const QFileInfo info(path);
        if (info.isDir())
            return problem(Tr::tr("%1 is a directory, not a JSON file.").arg(path));
        if (!f.open(QIODevice::ReadOnly))
            return problem(Tr::tr("Cannot read %1: %2").arg(path, f.errorString()));
        data = f.read(MaxInputBytes + 1);
    }
    if (data.size() > MaxInputBytes)
        return problem(Tr::tr("%1 is larger than %2 MB; that is not a client or a usage query.")
                           .arg(shownName)
                           .arg(MaxInputBytes / (1024 * 1024)));
    if (data.trimmed().isEmpty())
        return problem(Tr::tr("%1 is empty; it must hold a JSON object.").arg(shownName));
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3); // a byte-order mark from Windows editors
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(data, &pe);
    if (pe.error != QJsonParseError::NoError)
        return problem(Tr::tr("%1 is not valid JSON (%2): %3.")
                           .arg(shownName, position(data, pe.offset), pe.errorString()));
    if (!doc.isObject())
        return problem(Tr::tr("%1 must hold a JSON object ({...}), not an array or a value.").arg(shownName));
    return doc.object();
}

std::variant<ClientBody, Problems> prepareCreateBody(const QJsonObject &file)
{
    ClientBody out;
    out.body = file;
    out.ignored = readOnlyFieldsIn(file);
    for (const QString &f : out.ignored)
        out.body.remove(f);
    // A template made from an inactive client carries its deletion date; a new client has none
    // (as OAuthClient::toRequestJson).
    if (out.body.contains("dateToDelete"_L1)) {
        out.body.remove("dateToDelete"_L1);
        out.ignored.append(u"dateToDelete"_s);
    }
    const QStringList problems = validateClientRequestShape(out.body);
    if (!problems.isEmpty())
        return Problems{problems};
    return out;
}

std::variant<ClientBody, Problems> prepareUpdateEdits(const QJsonObject &file)
{
    ClientBody out;
    out.body = file;
    out.ignored = readOnlyFieldsIn(file);
    for (const QString &f : out.ignored)
        out.body.remove(f);
    if (out.body.isEmpty())
        return problem(Tr::tr("The file changes nothing: it has no fields besides read-only ones."));
    // The shape check wants the required fields; fields absent from the file are kept from the
    // server's copy, so check only what the file has by filling in harmless stand-ins.
    QJsonObject probe = out.body;
    if (!probe.contains("name"_L1))
        probe.insert("name"_L1, u"-"_s);
    if (!probe.contains("authorizedGrantType"_L1))
        probe.insert("authorizedGrantType"_L1, u"CODE"_s);
    const QStringList problems = validateClientRequestShape(probe);
    if (!problems.isEmpty())
        return Problems{problems};
    return out;
}

std::variant<UsageQuery, Problems> parseUsageQuery(const QJsonObject &file)
{
    static const QStringList knownFields = {u"interval"_s, u"granularity"_s, u"metrics"_s, u"groupBy"_s};
    static const QStringList knownMetrics = {u"Status200"_s, u"Status300"_s, u"Status400"_s,
                                             u"Status500"_s, u"Status429"_s, u"Requests"_s};
    static const QStringList knownGroupBy = {u"OAuthClientId"_s, u"OrganizationId"_s, u"TemplateUri"_s,
                                             u"HttpMethod"_s};
    Problems p;
    UsageQuery q;
    for (auto it = file.begin(); it != file.end(); ++it) {
        if (!knownFields.contains(it.key()))
            p.lines.append(Tr::tr("Unknown field \"%1\" (a client usage query has %2).")
                               .arg(it.key(), knownFields.join(u", "_s)));
    }

    const QJsonValue interval = file.value("interval"_L1);
    if (!interval.isString() || interval.toString().trimmed().isEmpty()) {
        p.lines.append(Tr::tr("\"interval\" is required: \"start/end\" in ISO-8601, e.g. "
                              "\"2026-03-01T00:00:00Z/2026-03-08T00:00:00Z\"."));
    } else {
        const QStringList parts = interval.toString().trimmed().split(u'/');
        const QDateTime start = parts.size() == 2 ? json::parseDateTime(parts.at(0)) : QDateTime();
        const QDateTime end = parts.size() == 2 ? json::parseDateTime(parts.at(1)) : QDateTime();
        if (!start.isValid() || !end.isValid())
            p.lines.append(
                Tr::tr("\"interval\" must be two ISO-8601 date-times separated by \"/\", not \"%1\".")
                    .arg(interval.toString()));
        else if (end <= start)
            p.lines.append(Tr::tr("\"interval\" ends before it starts."));
        q.start = start;
        q.end = end;
    }

    const QJsonValue granularity = file.value("granularity"_L1);
    if (!granularity.isUndefined()) {
        const std::optional<Granularity> g =
            granularity.isString() ? granularityFromString(granularity.toString()) : std::nullopt;
        if (!g)
            p.lines.append(Tr::tr("\"granularity\" must be Day, Week or Month."));
        else
            q.granularity = *g;
    }

    auto readList = [&](QLatin1StringView key, const QStringList &allowed) {
        QStringList out;
        const QJsonValue v = file.value(key);
        if (v.isUndefined() || v.isNull())
            return out;
        if (!v.isArray()) {
            p.lines.append(Tr::tr("\"%1\" must be an array of strings.").arg(key));
            return out;
        }
        for (const QJsonValue &e : v.toArray()) {
            if (!e.isString() || !allowed.contains(e.toString())) {
                p.lines.append(
                    Tr::tr("\"%1\" may contain only %2 (got %3).")
                        .arg(key, allowed.join(u", "_s),
                             QString::fromUtf8(QJsonDocument(QJsonArray{e}).toJson(QJsonDocument::Compact))
                                 .chopped(1)
                                 .mid(1)));
                continue;
            }
            if (!out.contains(e.toString()))
                out.append(e.toString());
        }
        return out;
    };
    q.metrics = readList("metrics"_L1, knownMetrics);
    q.groupBy = readList("groupBy"_L1, knownGroupBy);

    if (!p.lines.isEmpty())
        return p;
    return q;
}

} // namespace cli::inputs

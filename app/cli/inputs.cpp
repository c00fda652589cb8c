// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/inputs.h"

#include "app/cli/commands.h"

#include "app/services/resourceid.h"
#include "models/domain/oauthclient.h"
#include "models/domain/servertext.h"
#include "models/json/json.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <climits>
#include <optional>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <poll.h>
#include <unistd.h>
#endif

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

enum class ReadResult
{
    Ok,
    Failed,
    TimedOut,
    Interrupted // Ctrl-C or SIGTERM while waiting for the writer
};

// Reads to the end of the stream (a pipe delivers its data in pieces, and a slow writer leaves
// gaps), at most `cap` + 1 bytes so that an oversized input is noticed without holding it all, and
// only until `deadline`.
ReadResult readToEnd(QIODevice *device, qint64 cap, QByteArray *data, QDeadlineTimer deadline)
{
    constexpr qint64 Chunk = 64 * 1024;
    for (;;) {
        const qint64 want = std::min<qint64>(Chunk, cap + 1 - data->size());
        if (want <= 0)
            return ReadResult::Ok;
        if (deadline.hasExpired())
            return ReadResult::TimedOut;
        const qsizetype before = data->size();
        data->resize(before + want);
        const qint64 got = device->read(data->data() + before, want);
        data->resize(before + std::max<qint64>(got, 0));
        if (got < 0)
            return ReadResult::Failed;
        if (got > 0)
            continue;
        // Nothing now: a file or a closed pipe is at its end (QFile's read blocks until data or end
        // of file); a device that reads asynchronously may still be waiting for its writer.
        if (!device->isSequential() || device->atEnd())
            return ReadResult::Ok;
        if (!device->waitForReadyRead(
                deadline.isForever() ? -1 : int(std::max<qint64>(deadline.remainingTime(), 0))))
            return deadline.hasExpired() ? ReadResult::TimedOut : ReadResult::Ok;
    }
}

#ifdef Q_OS_UNIX
// The process's standard input, read with poll() so that the deadline holds however the writer
// behaves (a blocking read would wait for ever on a pipe that stays open).
ReadResult readStdin(qint64 cap, QByteArray *data, QDeadlineTimer deadline)
{
    constexpr qint64 Chunk = 64 * 1024;
    for (;;) {
        const qint64 want = std::min<qint64>(Chunk, cap + 1 - data->size());
        if (want <= 0)
            return ReadResult::Ok;
        if (interruptPending()) // also one that came before the wait began
            return ReadResult::Interrupted;
        pollfd pfd{STDIN_FILENO, POLLIN, 0};
        const qint64 remaining = deadline.isForever() ? -1 : std::max<qint64>(deadline.remainingTime(), 0);
        const int ready = ::poll(&pfd, 1, int(std::min<qint64>(remaining, INT_MAX)));
        if (ready < 0) {
            if (errno != EINTR)
                return ReadResult::Failed;
            // A signal: Ctrl-C or SIGTERM ends the wait (the writer may never end), others do not.
            if (interruptPending())
                return ReadResult::Interrupted;
            continue;
        }
        if (ready == 0)
            return ReadResult::TimedOut;
        const qsizetype before = data->size();
        data->resize(before + want);
        const ssize_t got = ::read(STDIN_FILENO, data->data() + before, size_t(want));
        data->resize(before + std::max<qsizetype>(got, 0));
        if (got == 0)
            return ReadResult::Ok; // end of input
        if (got < 0 && errno != EINTR && errno != EAGAIN)
            return ReadResult::Failed;
    }
}
#else
ReadResult readStdin(qint64 cap, QByteArray *data, QDeadlineTimer deadline)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return ReadResult::Failed;
    return readToEnd(&in, cap, data, deadline);
}
#endif

QStringList readOnlyFieldsIn(const QJsonObject &o)
{
    QStringList found;
    for (const QString &f : clientReadOnlyFields()) {
        if (o.contains(f))
            found.append(f);
    }
    return found;
}

// Standard input to its end, at most MaxInputBytes + 1 bytes, until `deadline`.
std::optional<Problems> readStandardInput(QIODevice *stdinDevice, QDeadlineTimer deadline, QByteArray *data)
{
    if (stdinDevice && !stdinDevice->isReadable())
        return problem(Tr::tr("Cannot read standard input."));
    const ReadResult read = stdinDevice ? readToEnd(stdinDevice, MaxInputBytes, data, deadline)
                                        : readStdin(MaxInputBytes, data, deadline);
    if (read == ReadResult::Failed)
        return problem(Tr::tr("Cannot read standard input."));
    if (read == ReadResult::Interrupted) {
        Problems p = problem(Tr::tr("Interrupted while reading standard input; nothing was sent."));
        p.interrupted = true;
        return p;
    }
    if (read == ReadResult::TimedOut) {
        Problems p = problem(Tr::tr("Standard input did not end within the time limit (--timeout); "
                                    "%1 bytes were read. Nothing was sent.")
                                 .arg(data->size()));
        p.timedOut = true;
        return p;
    }
    return std::nullopt;
}
} // namespace

std::variant<QStringList, Problems> readIdLines(QIODevice *stdinDevice, QDeadlineTimer deadline)
{
    QByteArray data;
    if (auto p = readStandardInput(stdinDevice, deadline, &data))
        return *p;
    if (data.size() > MaxInputBytes)
        return problem(Tr::tr("Standard input is larger than %1 MB; that is not a list of ids.")
                           .arg(MaxInputBytes / (1024 * 1024)));
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    QStringList ids;
    Problems p;
    const QList<QByteArray> lines = data.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString id = QString::fromUtf8(lines.at(i)).trimmed(); // also a Windows line's \r
        if (id.isEmpty())
            continue;
        if (const QString why = ResourceId::problem(id); !why.isEmpty()) {
            p.lines.append(Tr::tr("Line %1: \"%2\" is not an id. %3")
                               .arg(i + 1)
                               .arg(servertext::displayable(id).left(60), why));
            if (p.lines.size() >= 10)
                break;
            continue;
        }
        ids.append(id);
    }
    if (!p.lines.isEmpty())
        return p;
    if (ids.isEmpty())
        return problem(Tr::tr("Standard input holds no id (one per line)."));
    return ids;
}

std::variant<QJsonObject, Problems> readJsonObject(const QString &path, QIODevice *stdinDevice,
                                                   QDeadlineTimer deadline)
{
    QByteArray data;
    const QString shownName = path == "-"_L1 ? Tr::tr("Standard input") : path;
    if (path == "-"_L1) {
        if (auto p = readStandardInput(stdinDevice, deadline, &data))
            return *p;
    } else {
        QFile f(path);
        const QFileInfo info(path);
        if (info.isDir())
            return problem(Tr::tr("%1 is a directory, not a JSON file.").arg(path));
        if (!f.open(QIODevice::ReadOnly))
            return problem(Tr::tr("Cannot read %1: %2").arg(path, f.errorString()));
        if (readToEnd(&f, MaxInputBytes, &data, QDeadlineTimer(QDeadlineTimer::Forever)) != ReadResult::Ok)
            return problem(Tr::tr("Cannot read %1: %2").arg(path, f.errorString()));
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

std::variant<ClientBody, Problems> prepareUpdateEdits(const QJsonObject &file, const QString &targetId)
{
    // `clients get B --json > f; clients update A --file f` would put B's fields on A.
    const QString fileId = file.value("id"_L1).toString();
    const QString selfUri = file.value("selfUri"_L1).toString();
    const QString selfId = selfUri.section(u'/', -1);
    if ((!fileId.isEmpty() && fileId != targetId) ||
        (!selfUri.isEmpty() && fileId.isEmpty() && selfId != targetId))
        return problem(Tr::tr("The file is client %1 (its \"%2\"), not %3: sending it would copy that client "
                              "onto %3. Remove \"%2\" from the file, or update %1 instead.")
                           .arg(fileId.isEmpty() ? selfId : fileId, fileId.isEmpty() ? u"selfUri"_s : u"id"_s,
                                targetId));
    ClientBody out;
    out.body = file;
    out.ignored = readOnlyFieldsIn(file);
    for (const QString &f : out.ignored)
        out.body.remove(f);
    // Writable in the API's request shape, but the platform's own: it sets the deletion date when a
    // client goes inactive. A copy from 'clients get --json' would otherwise move it (as for create).
    if (out.body.contains("dateToDelete"_L1)) {
        out.body.remove("dateToDelete"_L1);
        out.ignored.append(u"dateToDelete"_s);
    }
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

// SPDX-License-Identifier: GPL-3.0-or-later
// oauthdesk-bench: the performance figures of docs/performance.md, printed as JSON.
//
//     oauthdesk-bench [--runs 7] [--listing 1000,10000,50000] [--search 10000,100000]
//                     [--gui 40,10000] [--cli 10000] [--sdk DIR] [--usage 90x300]
//                     [--sandbox 10000,50000]
//
// Every figure is the median of --runs runs after one warm-up. Servers are separate
// oauthdesk-sandbox processes on loopback, so serving does not share the measured event loop.
// Nothing here passes or fails: it measures.
#include "app/net/apiclient.h"
#include "app/sandbox/sandboxserver.h"
#include "app/services/clientsservice.h"
#include "app/services/session.h"
#include "models/itemmodels/clientfilterproxymodel.h"
#include "models/itemmodels/clientlistmodel.h"
#include "tests/bench/benchusage.h"
#include "tests/bench/processrun.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace Qt::Literals::StringLiterals;

namespace {

double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

double round2(double v)
{
    return std::round(v * 100.0) / 100.0;
}

double selfPeakRssMb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return round2(double(u.ru_maxrss) / 1024.0);
}

void waitUntil(const bool &done, int timeoutMs = 120000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
}

// An oauthdesk-sandbox process serving `extraClients` generated clients besides the demo org.
class SandboxProcess
{
public:
    SandboxProcess(const QString &binary, int extraClients, const QStringList &extraArguments = {})
    {
        m_process.setProgram(binary);
        m_process.setArguments(QStringList{u"--clients"_s, QString::number(extraClients), u"--now"_s,
                                           u"2026-03-15T12:00:00Z"_s} +
                               extraArguments);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        if (!m_process.waitForStarted(10000) || !m_process.waitForReadyRead(60000))
            qFatal("oauthdesk-sandbox did not start");
        const QJsonObject ready = QJsonDocument::fromJson(m_process.readLine()).object();
        url = ready.value("url"_L1).toString();
        token = ready.value("token"_L1).toString();
        clients = ready.value("clients"_L1).toInt();
        if (url.isEmpty())
            qFatal("oauthdesk-sandbox gave no URL");
    }
    ~SandboxProcess()
    {
        m_process.closeWriteChannel(); // it serves until stdin closes
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
    QString url;
    QString token;
    int clients = 0;

private:
    QProcess m_process;
};

struct Options
{
    int runs = 7;
    QString binDir;
};

QList<int> sizes(const QString &text)
{
    QList<int> out;
    for (const QString &s : text.split(u',', Qt::SkipEmptyParts))
        out.append(s.trimmed().toInt());
    return out;
}

// Transfer alone: a plain GET of the listing, body read.
double transferMs(QNetworkAccessManager &nam, const SandboxProcess &sandbox)
{
    QNetworkRequest req(QUrl(sandbox.url + u"/api/v2/oauth/clients"_s));
    req.setRawHeader("Authorization", "Bearer " + sandbox.token.toUtf8());
    QElapsedTimer t;
    t.start();
    QNetworkReply *reply = nam.get(req);
    bool done = false;
    QByteArray body;
    QObject::connect(reply, &QNetworkReply::finished, reply, [&] {
        body = reply->readAll();
        done = true;
    });
    waitUntil(done);
    const double ms = double(t.nsecsElapsed()) / 1e6;
    reply->deleteLater();
    return ms;
}

QJsonObject benchListing(const Options &o, int total)
{
    SandboxProcess sandbox(o.binDir + u"/app/sandbox/oauthdesk-sandbox"_s, std::max(0, total - 48));
    Session session;
    const QUrl base(sandbox.url);
    session.setEndpoints(Endpoints{base, base, {}});
    bool signedIn = false;
    QObject ctx;
    session.signInWithToken(sandbox.token.toUtf8(), &ctx,
                            [&](const Result<TokenInfo> &) { signedIn = true; });
    waitUntil(signedIn);
    QNetworkAccessManager nam;
    QList<double> transfer, pipeline, parse;
    for (int run = 0; run <= o.runs; ++run) {
        const double tr = transferMs(nam, sandbox);
        ClientListModel model;
        bool done = false;
        int rows = 0;
        QElapsedTimer t;
        t.start();
        session.clients()->list(&ctx, [&](Result<QList<OAuthClient>> r) {
            if (r) // as ClientsController does: the model takes the clients over
                model.setClients(std::move(r).value());
            rows = model.rowCount();
            done = true;
        });
        waitUntil(done);
        const double all = double(t.nsecsElapsed()) / 1e6;
        if (rows != sandbox.clients)
            qFatal("listing returned %d rows, expected %d", rows, sandbox.clients);
        if (run == 0)
            continue; // warm-up
        transfer.append(tr);
        pipeline.append(all);
    }
    // The in-process share alone: parse + map + model, on a body already received.
    QByteArray body;
    qsizetype spare = 0; // room after the body as read, where simdjson's padding goes
    {
        QNetworkRequest req(QUrl(sandbox.url + u"/api/v2/oauth/clients"_s));
        req.setRawHeader("Authorization", "Bearer " + sandbox.token.toUtf8());
        QNetworkReply *reply = nam.get(req);
        bool done = false;
        QObject::connect(reply, &QNetworkReply::finished, reply, [&] {
            body = reply->readAll();
            spare = body.capacity() - body.size();
            done = true;
        });
        waitUntil(done);
        reply->deleteLater();
    }
    for (int run = 0; run <= o.runs; ++run) {
        QElapsedTimer t;
        t.start();
        Result<ClientListing> listing = parseClientListing(body);
        ClientListModel model;
        model.setClients(std::move(listing).value().page.entities);
        if (run > 0)
            parse.append(double(t.nsecsElapsed()) / 1e6);
    }
    const double med = median(pipeline), medTransfer = median(transfer);
    return QJsonObject{{u"clients"_s, sandbox.clients},
                       {u"bytes"_s, qint64(body.size())},
                       {u"spare_bytes_after_body"_s, qint64(spare)},
                       {u"transfer_ms"_s, round2(medTransfer)},
                       {u"request_to_model_ms"_s, round2(med)},
                       {u"beyond_transfer_ms"_s, round2(med - medTransfer)},
                       {u"parse_map_model_ms"_s, round2(median(parse))}};
}

QList<OAuthClient> fetchClients(const SandboxProcess &sandbox)
{
    Session session;
    const QUrl base(sandbox.url);
    session.setEndpoints(Endpoints{base, base, {}});
    QObject ctx;
    bool done = false;
    session.signInWithToken(sandbox.token.toUtf8(), &ctx, [&](const Result<TokenInfo> &) { done = true; });
    waitUntil(done);
    done = false;
    QList<OAuthClient> out;
    session.clients()->list(&ctx, [&](const Result<QList<OAuthClient>> &r) {
        if (r)
            out = r.value();
        done = true;
    });
    waitUntil(done);
    return out;
}

// Building the sandbox's org in process: the demo plus `extra` generated clients.
QJsonObject benchSandboxGeneration(const Options &o, int extra)
{
    QList<double> ms;
    for (int run = 0; run <= o.runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        SandboxOptions options;
        options.extraClients = extra;
        SandboxServer server(options);
        const double elapsed = double(timer.nsecsElapsed()) / 1e6;
        if (run > 0) // the first run warms up
            ms.append(elapsed);
    }
    return QJsonObject{{u"clients"_s, extra}, {u"generation_ms"_s, round2(median(ms))}};
}

QJsonObject benchSearch(const Options &o, int total)
{
    QList<OAuthClient> clients;
    {
        SandboxProcess sandbox(o.binDir + u"/app/sandbox/oauthdesk-sandbox"_s, std::max(0, total - 48));
        clients = fetchClients(sandbox);
    }
    ClientListModel model;
    model.setClients(clients);
    ClientFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(ClientListModel::NameColumn);
    // An admin typing a search and deleting it again, one keystroke at a time.
    const QString typed = u"nightly export"_s;
    QList<double> perKey;
    double worst = 0;
    for (int run = 0; run <= o.runs; ++run) {
        QStringList steps;
        for (qsizetype i = 1; i <= typed.size(); ++i)
            steps.append(typed.left(i));
        for (qsizetype i = typed.size() - 1; i >= 0; --i)
            steps.append(typed.left(i));
        for (const QString &text : steps) {
            QElapsedTimer t;
            t.start();
            proxy.setFilterText(text);
            (void)proxy.rowCount();
            const double ms = double(t.nsecsElapsed()) / 1e6;
            if (run > 0) {
                perKey.append(ms);
                worst = std::max(worst, ms);
            }
        }
    }
    return QJsonObject{{u"rows"_s, model.rowCount()},
                       {u"keystrokes"_s, perKey.size()},
                       {u"median_ms_per_keystroke"_s, round2(median(perKey))},
                       {u"worst_ms_per_keystroke"_s, round2(worst)}};
}

QJsonObject benchGuiStart(const Options &o, int total)
{
    SandboxProcess sandbox(o.binDir + u"/app/sandbox/oauthdesk-sandbox"_s, std::max(0, total - 48));
    QList<double> wall, cpu, reported, rss;
    for (int run = 0; run <= o.runs; ++run) {
        const ProcessRun r =
            runProcess({o.binDir + u"/ui/oauthdesk"_s, u"--smoke"_s, u"--api-url"_s, sandbox.url},
                       {u"GENESYSCLOUD_ACCESS_TOKEN="_s + sandbox.token, u"QT_QPA_PLATFORM=offscreen"_s});
        if (r.exitCode != 0)
            qFatal("oauthdesk --smoke failed: %s", r.output.constData());
        // "smoke: 10046 clients, first paint after 212 ms"
        const qsizetype at = r.output.indexOf("after ");
        if (run == 0)
            continue;
        wall.append(r.wallMs);
        cpu.append(r.cpuMs);
        reported.append(at >= 0 ? r.output.mid(at + 6).split(' ').value(0).toDouble() : 0);
        rss.append(double(r.maxRssKb) / 1024.0);
    }
    return QJsonObject{{u"clients"_s, sandbox.clients},
                       {u"start_to_first_paint_ms"_s, round2(median(reported))},
                       {u"process_wall_ms"_s, round2(median(wall))},
                       {u"process_cpu_ms"_s, round2(median(cpu))},
                       {u"peak_rss_mb"_s, round2(median(rss))}};
}

// `secrets`: the listing carries every client's secret, as older API answers did; the CLI removes
// them.
QJsonObject benchCli(const Options &o, int total, const QString &sdkDir, bool secrets)
{
    SandboxProcess sandbox(o.binDir + u"/app/sandbox/oauthdesk-sandbox"_s, std::max(0, total - 48),
                           secrets ? QStringList{u"--listing-secrets"_s} : QStringList());
    QList<double> cliWall, cliCpu, cliRss, sdkWall, sdkCpu, sdkRss;
    qint64 cliBytes = 0, sdkBytes = 0;
    for (int run = 0; run <= o.runs; ++run) {
        const ProcessRun cli = runProcess({o.binDir + u"/app/cli/oauthdesk-cli"_s, u"--api-url"_s,
                                           sandbox.url, u"--json"_s, u"clients"_s, u"list"_s},
                                          {u"GENESYSCLOUD_ACCESS_TOKEN="_s + sandbox.token});
        if (cli.exitCode != 0)
            qFatal("oauthdesk-cli failed (exit %d)", cli.exitCode);
        cliBytes = cli.outputBytes;
        if (run > 0) {
            cliWall.append(cli.wallMs);
            cliCpu.append(cli.cpuMs);
            cliRss.append(double(cli.maxRssKb) / 1024.0);
        }
        if (!sdkDir.isEmpty()) {
            const ProcessRun sdk =
                runProcess({u"node"_s, sdkDir + u"/sdk-list.cjs"_s, sandbox.url, sandbox.token},
                           {u"NODE_PATH="_s + sdkDir + u"/node_modules"_s});
            if (sdk.exitCode != 0)
                qFatal("the SDK listing failed: %s", sdk.output.left(300).constData());
            sdkBytes = sdk.outputBytes;
            if (run > 0) {
                sdkWall.append(sdk.wallMs);
                sdkCpu.append(sdk.cpuMs);
                sdkRss.append(double(sdk.maxRssKb) / 1024.0);
            }
        }
    }
    QJsonObject out{{u"clients"_s, sandbox.clients},
                    {u"listing_with_secrets"_s, secrets},
                    {u"cli_wall_ms"_s, round2(median(cliWall))},
                    {u"cli_cpu_ms"_s, round2(median(cliCpu))},
                    {u"cli_peak_rss_mb"_s, round2(median(cliRss))},
                    {u"cli_output_bytes"_s, cliBytes}};
    if (!sdkDir.isEmpty()) {
        out.insert("sdk_wall_ms"_L1, round2(median(sdkWall)));
        out.insert("sdk_cpu_ms"_L1, round2(median(sdkCpu)));
        out.insert("sdk_peak_rss_mb"_L1, round2(median(sdkRss)));
        out.insert("sdk_output_bytes"_L1, sdkBytes);
        out.insert("wall_ratio"_L1, round2(median(cliWall) / std::max(0.01, median(sdkWall))));
        out.insert("rss_ratio"_L1, round2(median(cliRss) / std::max(0.01, median(sdkRss))));
    }
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    // Charts and the table need a QApplication (offscreen); the rest is indifferent.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"OAuth Desk benchmarks; prints JSON."_s);
    parser.addHelpOption();
    const QCommandLineOption runs(u"runs"_s, u"Measured runs per figure (after one warm-up)."_s, u"n"_s,
                                  u"7"_s);
    const QCommandLineOption listing(u"listing"_s, u"Client counts for request -> model."_s, u"sizes"_s);
    const QCommandLineOption search(u"search"_s, u"Row counts for search-as-you-type."_s, u"sizes"_s);
    const QCommandLineOption gui(u"gui"_s, u"Client counts for GUI start to first paint."_s, u"sizes"_s);
    const QCommandLineOption cli(u"cli"_s, u"Client counts for the whole CLI process."_s, u"sizes"_s);
    const QCommandLineOption sdk(u"sdk"_s, u"Directory with sdk-list.cjs and node_modules (the JS SDK)."_s,
                                 u"dir"_s);
    const QCommandLineOption sandboxGeneration(
        u"sandbox"_s, u"Generated client counts for building the sandbox org."_s, u"sizes"_s);
    const QCommandLineOption usage(u"usage"_s, u"Usage rows as DAYSxENDPOINTS, e.g. 90x300."_s, u"shape"_s);
    const QCommandLineOption binDir(u"bin-dir"_s, u"The build directory."_s, u"dir"_s,
                                    QCoreApplication::applicationDirPath() + u"/../.."_s);
    parser.addOptions({runs, listing, search, gui, cli, sdk, usage, sandboxGeneration, binDir});
    parser.process(app);

    Options o;
    o.runs = std::max(1, parser.value(runs).toInt());
    o.binDir = QDir(parser.value(binDir)).canonicalPath();

    QJsonObject out{{u"runs"_s, o.runs},
                    {u"cores"_s, QThread::idealThreadCount()},
                    {u"qt"_s, QString::fromLatin1(qVersion())}};
    QJsonArray a;
    // Child processes first: on Linux a child's peak RSS starts from this process's RSS at fork
    // time, so they are measured while the benchmark itself is still small (rss_floor_mb).
    out.insert("rss_floor_mb"_L1, selfPeakRssMb());
    for (int n : sizes(parser.value(gui)))
        a.append(benchGuiStart(o, n));
    if (!a.isEmpty())
        out.insert("gui_start"_L1, a);
    a = {};
    for (int n : sizes(parser.value(cli))) {
        a.append(benchCli(o, n, parser.value(sdk), false));
        a.append(benchCli(o, n, parser.value(sdk), true));
    }
    if (!a.isEmpty())
        out.insert("cli"_L1, a);
    a = {};
    for (int n : sizes(parser.value(listing)))
        a.append(benchListing(o, n));
    if (!a.isEmpty())
        out.insert("listing"_L1, a);
    a = {};
    for (int n : sizes(parser.value(search)))
        a.append(benchSearch(o, n));
    if (!a.isEmpty())
        out.insert("search"_L1, a);
    a = {};
    for (int n : sizes(parser.value(sandboxGeneration)))
        a.append(benchSandboxGeneration(o, n));
    if (!a.isEmpty())
        out.insert("sandbox_generation"_L1, a);
    if (parser.isSet(usage)) {
        const QStringList shape = parser.value(usage).split(u'x');
        out.insert("usage"_L1, benchUsage(shape.value(0).toInt(), shape.value(1).toInt(), o.runs));
    }
    out.insert("bench_peak_rss_mb"_L1, selfPeakRssMb());
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
    return 0;
}

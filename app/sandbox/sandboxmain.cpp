// SPDX-License-Identifier: GPL-3.0-or-later
// oauthdesk-sandbox: the sandbox as a process of its own, for benchmarks and for trying the CLI or
// another client (such as an official SDK) against the demo org.
//
//     oauthdesk-sandbox --clients 10000 [--port 0] [--now 2026-03-15T12:00:00Z] [--rate-limit 300/60]
//
// It prints one JSON line with the base URL and a bearer token with every permission, then
// serves until stdin closes or the process is terminated. --no-stdin-exit serves until it is
// terminated (for running it in the background, where stdin is /dev/null or closed).
#include "app/sandbox/sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>

#include <cstdio>
#include <memory>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"oauthdesk-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(OAUTHDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"The OAuth Desk sandbox: a loopback Genesys Cloud look-alike for a demo org.\n\n"
        "It prints one JSON line (url, port, token, clients), then serves until its standard input "
        "closes (end of file), so that it ends with the program that started it, or until it is "
        "terminated. To run it in the background (stdin from /dev/null, or closed), use "
        "--no-stdin-exit: it then serves until it is terminated (SIGTERM, SIGINT)."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(u"port"_s, u"Port on 127.0.0.1 (0 = any free port)."_s, u"port"_s, u"0"_s);
    const QCommandLineOption clients(u"clients"_s, u"Generated clients on top of the demo org."_s, u"count"_s,
                                     u"0"_s);
    const QCommandLineOption now(u"now"_s, u"A fixed \"now\" (ISO 8601, UTC)."_s, u"datetime"_s);
    const QCommandLineOption noStdinExit(
        u"no-stdin-exit"_s, u"Keep serving when standard input closes; stop only when terminated."_s);
    const QCommandLineOption listingSecrets(
        u"listing-secrets"_s,
        u"Listings carry each client's secret, as older API versions did (benchmarks)."_s);
    const QCommandLineOption rateLimit(
        u"rate-limit"_s,
        u"At most N requests per access token in any S seconds (default S: 60); beyond it 429 with "
        "Retry-After. 0: no limit (the default)."_s,
        u"N[/S]"_s);
    parser.addOptions({port, clients, now, noStdinExit, listingSecrets, rateLimit});
    parser.process(app);

    bool portOk = false;
    const uint portNumber = parser.value(port).toUInt(&portOk);
    if (!portOk || portNumber > 65535) {
        std::fprintf(stderr,
                     "oauthdesk-sandbox: --port needs a number from 0 to 65535 (0 = any free port)\n");
        return 2;
    }
    SandboxOptions options;
    options.extraClients = std::max(0, parser.value(clients).toInt());
    options.listingSecrets = parser.isSet(listingSecrets);
    if (parser.isSet(now)) {
        options.now = QDateTime::fromString(parser.value(now), Qt::ISODate);
        if (!options.now.isValid()) {
            std::fprintf(stderr, "oauthdesk-sandbox: --now is not an ISO 8601 date-time\n");
            return 2;
        }
    }
    SandboxServer sandbox(options);
    if (parser.isSet(rateLimit)) {
        const QStringList parts = parser.value(rateLimit).split(u'/');
        bool requestsOk = false;
        bool secondsOk = parts.size() == 1;
        const int requests = parts.value(0).toInt(&requestsOk);
        const int seconds = parts.size() == 2 ? parts.at(1).toInt(&secondsOk) : 60;
        if (parts.size() > 2 || !requestsOk || !secondsOk || requests < 0 || requests > 100000 ||
            seconds < 1 || seconds > 3600) {
            std::fprintf(stderr,
                         "oauthdesk-sandbox: --rate-limit needs N or N/SECONDS (N 0 to 100000, SECONDS "
                         "1 to 3600), such as 300/60\n");
            return 2;
        }
        sandbox.setRateLimit(requests, std::chrono::seconds(seconds));
    }
    if (!sandbox.start(quint16(portNumber))) {
        std::fprintf(stderr, "oauthdesk-sandbox: %s\n", qPrintable(sandbox.errorString()));
        return 1;
    }
    const QJsonObject ready{{u"url"_s, sandbox.baseUrl().toString()},
                            {u"port"_s, sandbox.port()},
                            {u"token"_s, sandbox.issueToken()},
                            {u"clients"_s, qint64(sandbox.clients().size())}};
    std::printf("%s\n", QJsonDocument(ready).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);

    // Serve until stdin closes: the parent that started us going away ends the sandbox too.
    // --no-stdin-exit: until terminated.
    std::unique_ptr<QSocketNotifier> stdinWatch;
    if (!parser.isSet(noStdinExit)) {
        stdinWatch = std::make_unique<QSocketNotifier>(STDIN_FILENO, QSocketNotifier::Read);
        QObject::connect(stdinWatch.get(), &QSocketNotifier::activated, &app, [&] {
            char buffer[256];
            if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0)
                QCoreApplication::quit();
        });
    }
    return app.exec();
}

// SPDX-License-Identifier: GPL-3.0-or-later
// oauthdesk-cli: the command-line front end. Everything lives in oauthdesk_cli_lib (cli::CliApp);
// this file only binds it to the process: arguments, environment, stdout/stderr, Ctrl-C.

#include "app/cli/cliapp.h"
#include "app/i18n/translations.h"
#include "app/security/cleanmessages.h"
#include "app/security/processhardening.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <memory>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/ioctl.h>
#include <unistd.h>
#endif

namespace {

#ifdef Q_OS_UNIX
int interruptPipe[2] = {-1, -1};
volatile std::sig_atomic_t interrupts = 0;

extern "C" void onSigInt(int)
{
    // A second Ctrl-C does not wait for the clean cancellation.
    interrupts = interrupts + 1;
    if (interrupts > 1)
        _exit(130);
    // Seen by a command that is busy (formatting, writing a file or stdout) before the event loop
    // can deliver the interrupt below.
    cli::noteInterrupt();
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(interruptPipe[1], &c, 1);
}

int terminalWidth(int fd)
{
    if (!::isatty(fd))
        return 0;
    struct winsize ws = {};
    if (::ioctl(fd, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
        return ws.ws_col;
    return 80;
}
#endif

void writeAll(FILE *stream, const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

// stdout in one go, however large; a Ctrl-C while a slow reader holds it up (a pipe) stops the
// writing: false, and the command exits with 130 rather than 0 after a cut-off output.
bool writeOutput(const QByteArray &bytes)
{
#ifdef Q_OS_UNIX
    std::fflush(stdout);
    const char *p = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        if (cli::interruptPending())
            return false;
        const ssize_t n = ::write(STDOUT_FILENO, p, size_t(std::min<qsizetype>(left, 1 << 16)));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return true; // a closed pipe or a full disk: nothing more to say on stdout
        }
        p += n;
        left -= n;
    }
    return !cli::interruptPending();
#else
    writeAll(stdout, bytes);
    return true;
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    processhardening::disableCoreDumps(); // before any secret is in memory
    cleanmessages::install();             // --verbose shows server answers: no terminal control gets through
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("oauthdesk-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("OAuthDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OAUTHDESK_VERSION));

    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    // Messages in the user's language: --lang, else the system's (LANGUAGE, LC_MESSAGES, LANG).
    Translations::install(
        Translations::parse(Translations::languageArgument(arguments)).value_or(QLocale::system()));

    cli::CliApp::Io io;
    io.err = [](const QByteArray &text) { writeAll(stderr, text); };
#ifdef Q_OS_UNIX
    io.terminalWidth = terminalWidth(STDOUT_FILENO);
    io.stderrIsTerminal = ::isatty(STDERR_FILENO) != 0;
#endif

    cli::CliApp cli(std::move(arguments), QProcessEnvironment::systemEnvironment(), io);

#ifdef Q_OS_UNIX
    // Ctrl-C: the signal handler only writes to a pipe; the event loop cancels the request in flight.
    std::unique_ptr<QSocketNotifier> interruptNotifier;
    if (::pipe(interruptPipe) == 0) {
        ::fcntl(interruptPipe[0], F_SETFD, FD_CLOEXEC);
        ::fcntl(interruptPipe[1], F_SETFD, FD_CLOEXEC);
        interruptNotifier = std::make_unique<QSocketNotifier>(interruptPipe[0], QSocketNotifier::Read);
        QObject::connect(interruptNotifier.get(), &QSocketNotifier::activated, &cli, [&cli] {
            char c = 0;
            [[maybe_unused]] const auto n = ::read(interruptPipe[0], &c, 1);
            cli.interrupt();
        });
        struct sigaction sa = {};
        sa.sa_handler = onSigInt;
        sigemptyset(&sa.sa_mask);
        ::sigaction(SIGINT, &sa, nullptr);
        // SIGTERM (kill, a service manager) stops the same way: a command that made changes still
        // prints them, so a secret just issued is not lost.
        ::sigaction(SIGTERM, &sa, nullptr);
    }
#endif

    QObject::connect(&cli, &cli::CliApp::finished, &app, [&cli](int code) {
        // One write of the whole output, however large the listing. An interrupt the command has
        // seen already is in `code` (and a command that made changes still prints them); only one
        // that comes during the writing stops it.
        cli::clearInterrupt();
        if (!writeOutput(cli.output()) && code != cli::ExitInterrupted) {
            writeAll(stderr, QByteArray(cli::ProgramName.data(), cli::ProgramName.size()) + ": " +
                                 QCoreApplication::translate("cli::Commands", "Interrupted.").toUtf8() +
                                 '\n');
            code = cli::ExitInterrupted;
        }
        QCoreApplication::exit(code);
    });
    cli.start();
    return QCoreApplication::exec();
}

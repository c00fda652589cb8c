// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/arguments.h"
#include "app/cli/commands.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QStringList>

#include <functional>
#include <memory>

QT_FORWARD_DECLARE_CLASS(QIODevice)
class Operation;
class SandboxServer;
class Session;

namespace cli {

// One run of oauthdesk-cli, from the argument list to an exit code: parse, read and check input
// files, start the demo sandbox if asked, resolve credentials, sign in, run the command. main()
// wraps it in a QCoreApplication; tests run it in-process against a sandbox.
//
//     cli::CliApp app(arguments, QProcessEnvironment::systemEnvironment(), io);
//     QObject::connect(&app, &cli::CliApp::finished, &core, [&](int code) { ...write app.output()... });
//     app.start();
class CliApp : public QObject
{
    Q_OBJECT
public:
    struct Io
    {
        // Receives stderr text as it happens; when unset it collects in errors().
        std::function<void(const QByteArray &)> err;
        QIODevice *in = nullptr; // for "--file -"; unset means the process's stdin
        int terminalWidth = 0;   // stdout's width when it is a terminal, else 0
        bool stderrIsTerminal = false;
    };

    CliApp(QStringList arguments, QProcessEnvironment environment, Io io, QObject *parent = nullptr);
    ~CliApp() override;

    // Tests: scales every retry and polling delay (0.01 turns seconds into tens of milliseconds).
    void setTimeScale(double scale) { m_timeScale = scale; }

    // Runs; finished() follows exactly once, always from the event loop (never inside start()).
    void start();
    // Ctrl-C: stops the request in flight and finishes with 130.
    void interrupt();

    [[nodiscard]] bool isFinished() const { return m_exitCode >= 0; }
    [[nodiscard]] int exitCode() const { return m_exitCode; }
    // Everything for stdout, complete once finished (written by the caller in one go).
    [[nodiscard]] const QByteArray &output() const { return m_out; }
    [[nodiscard]] const QByteArray &errors() const { return m_err; }

Q_SIGNALS:
    void finished(int exitCode);

private:
    void run();
    void usageError(const QString &message);
    void signIn();
    void runCommand();
    void writeErr(const QString &text);
    void finish(int code);

    QStringList m_arguments;
    QProcessEnvironment m_env;
    Io m_io;
    double m_timeScale = 1.0;
    ParsedArguments m_args;
    PreparedInput m_input;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<CommandRunner> m_runner;
    QPointer<Operation> m_signIn;
    QByteArray m_out;
    QByteArray m_err;
    int m_exitCode = -1;
    bool m_finishing = false;
};

} // namespace cli

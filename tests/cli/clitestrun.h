// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStringList>

#include <functional>

class SandboxServer;
namespace cli {
class CliApp;
}

// What the tests of oauthdesk-cli run in-process (cli::CliApp) against the sandbox share: one run
// with its exit code and output, the admin's credentials as environment variables, and the
// capture of what Qt logs during a run (the --verbose HTTP trace goes there).
namespace clitest {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
    qint64 ms = 0; // how long the run took
    [[nodiscard]] QJsonObject json() const;
    [[nodiscard]] QJsonArray array() const;
};

// The sandbox's admin client in the credential variables, and nothing else: nothing leaks in from
// the developer's shell.
[[nodiscard]] QProcessEnvironment adminCredentials(const SandboxServer &sandbox);

struct RunOptions
{
    QByteArray stdinData;
    double timeScale = 0.01; // waits (Retry-After, backoff) shortened this much
    bool withApiUrl = true;  // appends --api-url with the sandbox's address
    // Called between event loop turns while the command runs (to interrupt it, say).
    std::function<void(cli::CliApp &)> whileRunning;
};

// Runs `args` as oauthdesk-cli would, with `env` as its environment, and waits for it (30 s at
// most).
[[nodiscard]] Run run(const SandboxServer &sandbox, QStringList args, const QProcessEnvironment &env,
                      const RunOptions &options = {});

// Collects everything Qt logs from construction until stop() or destruction (one at a time);
// warnings and worse still reach the previous handler.
class LogCapture
{
public:
    LogCapture();
    ~LogCapture();
    LogCapture(const LogCapture &) = delete;
    LogCapture &operator=(const LogCapture &) = delete;
    void stop();
    [[nodiscard]] QByteArray text() const;

private:
    bool m_running = true;
};

} // namespace clitest

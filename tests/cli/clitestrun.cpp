// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/cli/clitestrun.h"

#include "app/cli/cliapp.h"
#include "app/cli/credentials.h"
#include "app/sandbox/sandboxserver.h"

#include <QBuffer>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QMutex>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace clitest {

QJsonObject Run::json() const
{
    return QJsonDocument::fromJson(out).object();
}

QJsonArray Run::array() const
{
    return QJsonDocument::fromJson(out).array();
}

QProcessEnvironment adminCredentials(const SandboxServer &sandbox)
{
    QProcessEnvironment env;
    env.insert(cli::EnvClientId, sandbox.adminClientId());
    env.insert(cli::EnvClientSecret, sandbox.adminClientSecret());
    return env;
}

Run run(const SandboxServer &sandbox, QStringList args, const QProcessEnvironment &env,
        const RunOptions &options)
{
    if (options.withApiUrl)
        args << u"--api-url"_s << sandbox.baseUrl().toString();
    QBuffer in;
    in.setData(options.stdinData);
    in.open(QIODevice::ReadOnly);
    cli::CliApp::Io io;
    io.in = &in;
    cli::CliApp app(args, env, io);
    app.setTimeScale(options.timeScale);
    QElapsedTimer clock;
    clock.start();
    app.start();
    QDeadlineTimer deadline(30s);
    while (!app.isFinished() && !deadline.hasExpired()) {
        QTest::qWait(1);
        if (options.whileRunning && !app.isFinished())
            options.whileRunning(app);
    }
    Run r;
    r.code = app.exitCode();
    r.out = app.output();
    r.err = app.errors();
    r.ms = clock.elapsed();
    return r;
}

namespace {
QMutex logMutex;
QByteArray capturedLog;
QtMessageHandler previousHandler = nullptr;

void captureMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logMutex);
        capturedLog += message.toUtf8() + '\n';
    }
    if (type != QtDebugMsg && type != QtInfoMsg && previousHandler)
        previousHandler(type, context, message);
}
} // namespace

LogCapture::LogCapture()
{
    {
        QMutexLocker lock(&logMutex);
        capturedLog.clear();
    }
    previousHandler = qInstallMessageHandler(captureMessages);
}

LogCapture::~LogCapture()
{
    stop();
}

void LogCapture::stop()
{
    if (!m_running)
        return;
    m_running = false;
    qInstallMessageHandler(previousHandler);
}

QByteArray LogCapture::text() const
{
    QMutexLocker lock(&logMutex);
    return capturedLog;
}

} // namespace clitest

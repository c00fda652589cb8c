// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/testsupport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {
// Under ctest (OAUTHDESK_TEST=1, tests/CMakeLists.txt) each test process starts with empty
// settings and application data of its own, so that what one run saved (a list's sort order, a
// rotation record) cannot change the next run. Runs before main(), in the test process only.
void isolateUserFolders()
{
    if (qEnvironmentVariable("OAUTHDESK_TEST") != "1"_L1)
        return;
    static QTemporaryDir folders(QDir::tempPath() + u"/oauthdesk-test-XXXXXX"_s);
    if (!folders.isValid())
        return;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(folders.filePath(u"config"_s)));
    qputenv("XDG_DATA_HOME", QFile::encodeName(folders.filePath(u"data"_s)));
    // A process this test starts keeps the folders it is given (the same ones, or its own).
    qputenv("OAUTHDESK_TEST", "2");
}
Q_CONSTRUCTOR_FUNCTION(isolateUserFolders)
} // namespace

namespace testsupport {

QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 3, 15), QTime(12, 0), Qt::UTC);
}

QByteArray readData(const QString &relativePath)
{
    QFile f(QStringLiteral(OAUTHDESK_TEST_DATA_DIR "/") + relativePath);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(f.fileName()));
    return f.readAll();
}

RetryPolicy fastRetryPolicy()
{
    RetryPolicy p;
    p.timeScale = 0.01;
    p.transferTimeout = 5s;
    return p;
}

bool waitFor(const bool &done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done && !deadline.hasExpired())
        QTest::qWait(1);
    return done;
}

} // namespace testsupport

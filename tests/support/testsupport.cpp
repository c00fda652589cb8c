// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/testsupport.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

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

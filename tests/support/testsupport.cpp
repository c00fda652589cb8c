// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/testsupport.h"

#include <QFile>
#include <QTest>

namespace testsupport {
QByteArray readData(const QString &relativePath)
{
    QFile f(QStringLiteral(OAUTHDESK_TEST_DATA_DIR "/") + relativePath);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(f.fileName()));
    return f.readAll();
}
} // namespace testsupport

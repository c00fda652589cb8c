// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// Shared helpers for the tests.
namespace testsupport {
// Reads a file of tests/data (the source tree), failing the test when it is missing.
QByteArray readData(const QString &relativePath);
} // namespace testsupport

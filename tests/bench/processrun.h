// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>

// One run of a child process with its wall time and peak resident set size (wait4's rusage),
// which QProcess does not report.
struct ProcessRun
{
    int exitCode = -1;
    double wallMs = 0;
    long maxRssKb = 0;
    QByteArray output; // stdout and stderr
};

// Runs argv[0] with argv[1..], the current environment plus `extraEnv` ("NAME=value").
ProcessRun runProcess(const QStringList &argv, const QStringList &extraEnv = {});

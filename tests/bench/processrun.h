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
    double cpuMs = 0; // user and system time of the child: steadier than wall time on a busy machine
    long maxRssKb = 0;
    QByteArray output;      // the first 64 KiB of stdout and stderr
    qint64 outputBytes = 0; // all of it
};

// Runs argv[0] with argv[1..], the current environment plus `extraEnv` ("NAME=value").
// On Linux the child's peak RSS is at least this process's peak RSS when it was started (the
// kernel carries the high-water mark over fork and exec), so only the start of the output is kept.
ProcessRun runProcess(const QStringList &argv, const QStringList &extraEnv = {});

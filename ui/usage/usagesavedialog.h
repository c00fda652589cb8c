// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFileDialog>

#include <functional>

struct UsageReport;

// The save dialog of the Usage page's exports (the table as CSV, a chart as PNG or SVG): starts in
// the folder used last (else Documents) with a file name made of the client and the range, and
// remembers the folder chosen. Non-blocking; deletes itself.
class UsageSaveDialog final : public QFileDialog
{
    Q_OBJECT
public:
    // Opens the dialog over `parent`; `save` gets the chosen path.
    static void choose(QWidget *parent, const QString &title, const QString &filter, const QString &suffix,
                       const QString &fileStem, std::function<void(const QString &path)> save);

    // "usage-salesforce-cti-connector-2026-03-01_2026-03-30": the client and the report's UTC days.
    [[nodiscard]] static QString fileStem(const UsageReport &report, const QString &clientName);

private:
    UsageSaveDialog(QWidget *parent, const QString &title, const QString &filter);
};

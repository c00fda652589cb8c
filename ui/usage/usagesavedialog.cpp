// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/usage/usagesavedialog.h"

#include "app/controllers/usagecontroller.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString ExportDirKey = u"usage/exportDirectory"_s;

// "salesforce-cti-connector" for file names.
QString slug(const QString &text)
{
    QString out;
    for (const QChar c : text.toLower()) {
        if (c.isLetterOrNumber())
            out += c;
        else if (!out.isEmpty() && !out.endsWith(u'-'))
            out += u'-';
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out.left(40);
}

QString isoDay(qint64 ms)
{
    return usagebuckets::utcDate(ms).toString(Qt::ISODate);
}

QString startDirectory()
{
    QString dir = QSettings().value(ExportDirKey).toString();
    if (dir.isEmpty() || !QDir(dir).exists())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return dir;
}
} // namespace

UsageSaveDialog::UsageSaveDialog(QWidget *parent, const QString &title, const QString &filter)
    : QFileDialog(parent, title, startDirectory(), filter)
{
    setObjectName(u"usageExportDialog"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    setAcceptMode(QFileDialog::AcceptSave);
    setFileMode(QFileDialog::AnyFile);
}

void UsageSaveDialog::choose(QWidget *parent, const QString &title, const QString &filter,
                             const QString &suffix, const QString &fileStem,
                             std::function<void(const QString &)> save)
{
    auto *dialog = new UsageSaveDialog(parent, title, filter);
    dialog->setDefaultSuffix(suffix);
    dialog->selectFile(fileStem + u'.' + suffix);
    connect(dialog, &QFileDialog::fileSelected, parent, [save = std::move(save)](const QString &path) {
        QSettings().setValue(ExportDirKey, QFileInfo(path).absolutePath());
        save(path);
    });
    dialog->open();
}

QString UsageSaveDialog::fileStem(const UsageReport &report, const QString &clientName)
{
    const UsageAggregationOptions &o = report.plan.aggregation;
    QString name = slug(clientName);
    if (name.isEmpty())
        name = u"client"_s;
    return u"usage-%1-%2_%3"_s.arg(name, isoDay(o.startMs), isoDay(o.endMs - 1));
}

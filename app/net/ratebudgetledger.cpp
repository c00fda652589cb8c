// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/net/ratebudgetledger.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRandomGenerator>
#include <QSaveFile>

#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace {
// Above this size the file is rewritten with the recent lines only (a line is about 30 bytes).
constexpr qint64 CompactAbove = 64 * 1024;
// Ledgers untouched for this long belong to tokens that expired: removed when a new one opens.
constexpr qint64 StaleAfterSeconds = 3 * 3600;

QString runtimeFolder()
{
    const QString xdg = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!xdg.isEmpty() && QFileInfo(xdg).isDir())
        return xdg + u"/oauthdesk"_s;
    return QDir::tempPath() + u"/oauthdesk-%1"_s.arg(::getuid());
}
} // namespace

std::unique_ptr<RateBudgetLedger> RateBudgetLedger::forToken(const QByteArray &token)
{
    if (token.isEmpty())
        return nullptr;
    const QString folder = runtimeFolder();
    if (!QDir().mkpath(folder))
        return nullptr;
    // Readable only by the user; a folder someone else made (in /tmp) is not used.
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QFileInfo info(folder);
    if (!info.isDir() || info.ownerId() != ::getuid())
        return nullptr;
    const QDateTime staleBefore = QDateTime::currentDateTimeUtc().addSecs(-StaleAfterSeconds);
    for (const QFileInfo &f : QDir(folder).entryInfoList({u"budget-*"_s}, QDir::Files)) {
        if (f.lastModified().toUTC() < staleBefore)
            QFile::remove(f.filePath());
    }
    const QByteArray hash = QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex().left(32);
    return std::make_unique<RateBudgetLedger>(folder + u"/budget-"_s + QString::fromLatin1(hash));
}

RateBudgetLedger::RateBudgetLedger(QString path)
    : m_path(std::move(path))
    , m_instance(QByteArray::number(QRandomGenerator::global()->generate64(), 16))
{}

qint64 RateBudgetLedger::clockNow()
{
    QElapsedTimer t;
    t.start();
    return t.msecsSinceReference();
}

quint64 RateBudgetLedger::record(qint64 at)
{
    const quint64 request = m_next++;
    append(request, at);
    return request;
}

void RateBudgetLedger::settle(quint64 request, qint64 at)
{
    append(request, at);
}

void RateBudgetLedger::append(quint64 request, qint64 at)
{
    qint64 size = 0;
    {
        QLockFile lock(m_path + u".lock"_s);
        if (!lock.tryLock(200))
            return;
        QFile file(m_path);
        if (!file.open(QIODevice::Append | QIODevice::WriteOnly))
            return;
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.write(m_instance + ':' + QByteArray::number(request) + ' ' + QByteArray::number(at) + '\n');
        size = file.size();
    }
    if (size > CompactAbove)
        compact(at - 600000); // ten minutes: longer than any window
}

QList<RateBudgetLedger::Entry> RateBudgetLedger::others()
{
    QList<Entry> entries;
    QLockFile lock(m_path + u".lock"_s);
    if (!lock.tryLock(200))
        return entries;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    if (file.size() < m_readOffset)
        m_readOffset = 0; // rewritten by compact(): read again (the same keys replace themselves)
    file.seek(m_readOffset);
    const QByteArray own = m_instance + ':';
    while (!file.atEnd()) {
        const QByteArray line = file.readLine(128);
        if (!line.endsWith('\n'))
            break; // a line still being written: read it next time
        m_readOffset = file.pos();
        const qsizetype space = line.indexOf(' ');
        if (space <= 0 || line.startsWith(own))
            continue;
        bool ok = false;
        const qint64 at = line.mid(space + 1).trimmed().toLongLong(&ok);
        if (ok)
            entries.append({line.left(space), at});
    }
    return entries;
}

void RateBudgetLedger::compact(qint64 since)
{
    QLockFile lock(m_path + u".lock"_s);
    if (!lock.tryLock(200))
        return;
    QFile in(m_path);
    if (!in.open(QIODevice::ReadOnly))
        return;
    QByteArray kept;
    while (!in.atEnd()) {
        const QByteArray line = in.readLine(128);
        const qsizetype space = line.indexOf(' ');
        if (line.endsWith('\n') && space > 0 && line.mid(space + 1).trimmed().toLongLong() > since)
            kept += line;
    }
    in.close();
    QSaveFile out(m_path);
    if (out.open(QIODevice::WriteOnly)) {
        out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        out.write(kept);
        out.commit();
    }
}

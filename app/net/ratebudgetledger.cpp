// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/net/ratebudgetledger.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QThread>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace {
// Above this size the file is rewritten with the recent lines only (a line is about 30 bytes).
constexpr qint64 CompactAbove = 64 * 1024;
// Ledgers untouched for this long belong to tokens that expired: removed when a new one opens.
constexpr qint64 StaleAfterSeconds = 3 * 3600;
// Lines kept when compacting: ten minutes, longer than any window.
constexpr qint64 KeepMs = 600000;
// A time later than now by more than this is not a request of this boot (the monotonic clock starts
// again at every boot) or was written by someone else: ignored, and dropped when compacting.
constexpr qint64 FutureSlackMs = 2000;
// How long one decision (read the others' lines, append ours) waits for the lock before going on
// alone: the lock is held for microseconds, so only a stopped process can hold it this long.
constexpr int LockWaitMs = 2000;

#ifdef Q_OS_UNIX
// A folder of ours: a real directory (not a symlink), owned by the user, nobody else may enter.
bool ownPrivateFolder(const QString &path)
{
    struct stat st = {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return false;
    return S_ISDIR(st.st_mode) && st.st_uid == ::getuid() && (st.st_mode & 077) == 0;
}

QString runtimeFolder()
{
    // The XDG base directory spec: only an absolute path counts.
    const QString xdg = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!xdg.isEmpty() && QDir::isAbsolutePath(xdg) && QFileInfo(xdg).isDir())
        return xdg + u"/oauthdesk"_s;
    return QDir::tempPath() + u"/oauthdesk-%1"_s.arg(::getuid());
}

// Opens `path` without following a symlink and without blocking on a FIFO; only a regular file of
// the user's is kept. -1 otherwise.
int openRegular(const QString &path, int flags)
{
    const int fd =
        ::open(QFile::encodeName(path).constData(), flags | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0600);
    if (fd < 0)
        return -1;
    struct stat st = {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_uid != ::getuid()) {
        ::close(fd);
        return -1;
    }
    return fd;
}
#endif
} // namespace

std::unique_ptr<RateBudgetLedger> RateBudgetLedger::forToken(const QByteArray &token)
{
#ifdef Q_OS_UNIX
    if (token.isEmpty())
        return nullptr;
    const QString folder = runtimeFolder();
    if (QDir().mkpath(folder)) // made 0700 below; a folder someone else made (in /tmp) is not used
        ::chmod(QFile::encodeName(folder).constData(), 0700);
    if (!ownPrivateFolder(folder))
        return nullptr;
    const QDateTime staleBefore = QDateTime::currentDateTimeUtc().addSecs(-StaleAfterSeconds);
    for (const QFileInfo &f : QDir(folder).entryInfoList({u"budget-*"_s}, QDir::Files | QDir::System)) {
        if (f.lastModified().toUTC() < staleBefore)
            QFile::remove(f.filePath());
    }
    const QByteArray hash = QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex().left(32);
    return std::make_unique<RateBudgetLedger>(folder + u"/budget-"_s + QString::fromLatin1(hash));
#else
    Q_UNUSED(token);
    return nullptr; // each process keeps its own budget
#endif
}

RateBudgetLedger::RateBudgetLedger(QString path)
    : m_path(std::move(path))
    , m_instance(QByteArray::number(QRandomGenerator::global()->generate64(), 16))
{}

RateBudgetLedger::~RateBudgetLedger()
{
#ifdef Q_OS_UNIX
    if (m_lockFd >= 0)
        ::close(m_lockFd);
#endif
}

qint64 RateBudgetLedger::clockNow()
{
    QElapsedTimer t;
    t.start();
    return t.msecsSinceReference();
}

void RateBudgetLedger::lock()
{
#ifdef Q_OS_UNIX
    if (m_lockDepth++ > 0)
        return;
    if (m_lockFd < 0)
        m_lockFd = openRegular(m_path + u".lock"_s, O_RDWR | O_CREAT);
    if (m_lockFd < 0)
        return;
    QElapsedTimer waited;
    waited.start();
    while (::flock(m_lockFd, LOCK_EX | LOCK_NB) != 0) {
        if ((errno != EWOULDBLOCK && errno != EINTR) || waited.elapsed() > LockWaitMs)
            return; // go on alone: a missed line costs one request of accuracy, never a hang
        QThread::usleep(500);
    }
    m_locked = true;
#endif
}

void RateBudgetLedger::unlock()
{
#ifdef Q_OS_UNIX
    if (m_lockDepth == 0 || --m_lockDepth > 0)
        return;
    if (std::exchange(m_locked, false))
        ::flock(m_lockFd, LOCK_UN);
#endif
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
#ifdef Q_OS_UNIX
    Locker locker(this);
    const int fd = openRegular(m_path, O_WRONLY | O_APPEND | O_CREAT);
    if (fd < 0)
        return;
    // One short line in one write(): with O_APPEND it lands whole, after every other line.
    const QByteArray line =
        m_instance + ':' + QByteArray::number(request) + ' ' + QByteArray::number(at) + '\n';
    [[maybe_unused]] const auto written = ::write(fd, line.constData(), size_t(line.size()));
    struct stat st = {};
    const qint64 size = ::fstat(fd, &st) == 0 ? qint64(st.st_size) : 0;
    ::close(fd);
    if (size > CompactAbove)
        compact(at - KeepMs);
#else
    Q_UNUSED(request);
    Q_UNUSED(at);
#endif
}

QList<RateBudgetLedger::Entry> RateBudgetLedger::others()
{
    QList<Entry> entries;
#ifdef Q_OS_UNIX
    Locker locker(this);
    const int fd = openRegular(m_path, O_RDONLY);
    if (fd < 0)
        return entries;
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return entries;
    }
    struct stat st = {};
    ::fstat(fd, &st);
    if (quint64(st.st_ino) != m_readInode || file.size() < m_readOffset) {
        m_readInode = quint64(st.st_ino); // rewritten by compact(): read again (the same keys
        m_readOffset = 0;                 // replace themselves)
    }
    if (file.size() - m_readOffset > 16 * CompactAbove) {
        // Far more than the processes of one token write between two reads (the file is compacted
        // at CompactAbove): not read line by line, started afresh.
        file.close();
        m_readOffset = 0;
        compact(clockNow() + FutureSlackMs + 1); // keeps nothing
        return entries;
    }
    file.seek(m_readOffset);
    const QByteArray own = m_instance + ':';
    const qint64 latest = clockNow() + FutureSlackMs;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine(128);
        if (!line.endsWith('\n')) {
            if (line.size() >= 127) { // longer than any line we write: step over all of it
                QByteArray rest = line;
                while (!rest.endsWith('\n') && !file.atEnd())
                    rest = file.readLine(128);
                if (!rest.endsWith('\n'))
                    break;
                m_readOffset = file.pos();
                continue;
            }
            break; // a line still being written: read it next time
        }
        m_readOffset = file.pos();
        const qsizetype space = line.indexOf(' ');
        if (space <= 0 || line.startsWith(own))
            continue;
        bool ok = false;
        const qint64 at = line.mid(space + 1).trimmed().toLongLong(&ok);
        if (ok && at > 0 && at <= latest)
            entries.append({line.left(space), at});
    }
#endif
    return entries;
}

void RateBudgetLedger::compact(qint64 since)
{
#ifdef Q_OS_UNIX
    Locker locker(this);
    QByteArray kept;
    {
        const int fd = openRegular(m_path, O_RDONLY);
        if (fd < 0)
            return;
        QFile in;
        if (!in.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
            ::close(fd);
            return;
        }
        const qint64 latest = clockNow() + FutureSlackMs;
        while (since < latest && !in.atEnd()) { // nothing to read when nothing is kept
            const QByteArray line = in.readLine(128);
            const qsizetype space = line.indexOf(' ');
            if (!line.endsWith('\n') || space <= 0)
                continue;
            const qint64 at = line.mid(space + 1).trimmed().toLongLong();
            if (at > since && at <= latest)
                kept += line;
        }
    }
    // A new file beside it (O_EXCL: never through a link), then renamed over the ledger: a symlink
    // put in the ledger's place is replaced, never written through.
    const QString temporary = m_path + u".new"_s;
    const QByteArray tmp = QFile::encodeName(temporary);
    ::unlink(tmp.constData());
    const int fd = ::open(tmp.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0)
        return;
    const bool ok = ::write(fd, kept.constData(), size_t(kept.size())) == kept.size();
    ::close(fd);
    if (!ok || ::rename(tmp.constData(), QFile::encodeName(m_path).constData()) != 0)
        ::unlink(tmp.constData());
#else
    Q_UNUSED(since);
#endif
}

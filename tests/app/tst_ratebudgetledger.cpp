// SPDX-License-Identifier: GPL-3.0-or-later
// The per-token ledger that lets OAuth Desk processes on one computer share a request budget:
// what it never does with the files it finds in the runtime folder (follow a symlink, wait on a
// FIFO, believe times from the future), and that many processes at once stay within one budget.

#include "app/net/ratebudget.h"
#include "app/net/ratebudgetledger.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cstdio>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {
constexpr auto ChildVariable = "OAUTHDESK_LEDGER_CHILD";
constexpr int ChildRequests = 3;
constexpr int Limit = 20;
constexpr auto Window = 2000ms;

QString ledgerPath(const QString &runtime, const QByteArray &token)
{
    return runtime + u"/oauthdesk/budget-"_s +
           QString::fromLatin1(QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex().left(32));
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

// One process of many: sends ChildRequests requests with the shared token through its own
// RateBudget and prints the monotonic time of each.
int runChild(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    RateBudget budget;
    budget.setLimit({Limit, Window});
    budget.setLedger(RateBudgetLedger::forToken("many-processes-token"));
    QObject context;
    int sent = 0;
    for (int i = 0; i < ChildRequests; ++i) {
        budget.acquire(&context, [&] {
            std::printf("sent %lld\n", static_cast<long long>(RateBudgetLedger::clockNow()));
            std::fflush(stdout);
            if (++sent == ChildRequests)
                QTimer::singleShot(0, &app, &QCoreApplication::quit);
        });
    }
    QTimer::singleShot(60s, &app, [&] { QCoreApplication::exit(3); });
    return sent == ChildRequests ? 0 : app.exec();
}
} // namespace

class TestRateBudgetLedger : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void aSymlinkIsNeverWrittenThrough();
    void aFifoIsNeverWaitedOn();
    void timesFromTheFutureAreIgnoredAndDropped();
    void aHugeLedgerIsStartedAfresh();
    void aFolderOthersCanEnterIsNotUsed();
    void aRelativeRuntimeFolderIsNotUsed();
    void manyProcessesStayWithinOneBudget();

private:
    std::unique_ptr<QTemporaryDir> m_runtime;
};

void TestRateBudgetLedger::init()
{
    m_runtime = std::make_unique<QTemporaryDir>();
    QVERIFY(m_runtime->isValid());
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime->path()));
    QVERIFY(QDir(m_runtime->path()).mkpath(u"oauthdesk"_s));
    QVERIFY(::chmod(QFile::encodeName(m_runtime->filePath(u"oauthdesk"_s)).constData(), 0700) == 0);
}

void TestRateBudgetLedger::aSymlinkIsNeverWrittenThrough()
{
    // A file of the user's elsewhere, large enough that the ledger would compact it.
    const QString victim = m_runtime->filePath(u"important.txt"_s);
    QByteArray content;
    for (int i = 0; i < 3000; ++i)
        content += "line " + QByteArray::number(i) + " of something the user keeps\n";
    {
        QFile f(victim);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    QVERIFY(::chmod(QFile::encodeName(victim).constData(), 0644) == 0);
    const QString path = ledgerPath(m_runtime->path(), "symlink-token");
    QVERIFY(QFile::link(victim, path));

    auto ledger = RateBudgetLedger::forToken("symlink-token");
    QVERIFY(ledger);
    QCOMPARE(ledger->path(), path);
    for (int i = 0; i < 5; ++i)
        ledger->settle(ledger->record(RateBudgetLedger::clockNow()), RateBudgetLedger::clockNow());
    QVERIFY(ledger->others().isEmpty());
    QCOMPARE(readAll(victim), content);
    struct stat st = {};
    QVERIFY(::stat(QFile::encodeName(victim).constData(), &st) == 0);
    QCOMPARE(st.st_mode & 0777, 0644u);
}

void TestRateBudgetLedger::aFifoIsNeverWaitedOn()
{
    const QString path = ledgerPath(m_runtime->path(), "fifo-token");
    QVERIFY(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
    auto ledger = RateBudgetLedger::forToken("fifo-token");
    QVERIFY(ledger);
    QElapsedTimer clock;
    clock.start();
    // Without O_NONBLOCK, opening a FIFO with no writer blocks for good (the test would hang).
    QVERIFY(ledger->others().isEmpty());
    ledger->record(RateBudgetLedger::clockNow());
    QVERIFY(ledger->others().isEmpty());
    QVERIFY2(clock.elapsed() < 5000, qPrintable(u"%1 ms"_s.arg(clock.elapsed())));

    // A budget with such a ledger still paces on its own and never waits on the FIFO.
    RateBudget budget;
    budget.setLimit({Limit, Window});
    budget.setLedger(RateBudgetLedger::forToken("fifo-token"));
    int sent = 0;
    QObject context;
    for (int i = 0; i < 3; ++i)
        budget.acquire(&context, [&] { ++sent; });
    QCOMPARE(sent, 3);
}

void TestRateBudgetLedger::timesFromTheFutureAreIgnoredAndDropped()
{
    const QString path = ledgerPath(m_runtime->path(), "future-token");
    const qint64 future = RateBudgetLedger::clockNow() + 1000000000;
    QByteArray planted;
    for (int i = 0; i < 5000; ++i) // over the size that makes the next append compact the file
        planted += "evil:" + QByteArray::number(i) + ' ' + QByteArray::number(future) + '\n';
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(planted);
    }
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0600) == 0);

    auto ledger = RateBudgetLedger::forToken("future-token");
    QVERIFY(ledger);
    QVERIFY(ledger->others().isEmpty());

    // A budget reading that ledger is not held back by it.
    RateBudget budget;
    budget.setLimit({Limit, Window});
    budget.setLedger(RateBudgetLedger::forToken("future-token"));
    QCOMPARE(budget.waitEstimate(), 0ms);
    QCOMPARE(budget.left(), Limit - 1);
    int sent = 0;
    QObject context;
    budget.acquire(&context, [&] { ++sent; });
    QCOMPARE(sent, 1);
    // The append compacted the file: the planted lines are gone, the real one stays.
    const QByteArray after = readAll(path);
    QVERIFY2(!after.contains("evil:"), after.left(200).constData());
    QCOMPARE(after.count('\n'), 1);
}

void TestRateBudgetLedger::aHugeLedgerIsStartedAfresh()
{
    // 8 MB of lines no OAuth Desk process wrote (the ledger is compacted at 64 KB): not read line
    // by line at every request, but replaced by an empty ledger.
    const QString path = ledgerPath(m_runtime->path(), "huge-token");
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray line = "other:1 " + QByteArray::number(RateBudgetLedger::clockNow()) + '\n';
        f.write(line.repeated(8 * 1024 * 1024 / line.size()));
    }
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0600) == 0);
    auto ledger = RateBudgetLedger::forToken("huge-token");
    QVERIFY(ledger);
    QVERIFY(ledger->others().isEmpty());
    QCOMPARE(QFileInfo(path).size(), 0);
    ledger->record(RateBudgetLedger::clockNow());
    QCOMPARE(readAll(path).count('\n'), 1);
}

void TestRateBudgetLedger::aFolderOthersCanEnterIsNotUsed()
{
    QVERIFY(::chmod(QFile::encodeName(m_runtime->filePath(u"oauthdesk"_s)).constData(), 0777) == 0);
    // forToken makes its folder private again, so it is used; a folder it cannot make private
    // (a symlink to somewhere else) is not.
    QVERIFY(RateBudgetLedger::forToken("token"));
    QDir(m_runtime->filePath(u"oauthdesk"_s)).removeRecursively();
    QVERIFY(QDir(m_runtime->path()).mkpath(u"elsewhere"_s));
    QVERIFY(QFile::link(m_runtime->filePath(u"elsewhere"_s), m_runtime->filePath(u"oauthdesk"_s)));
    QVERIFY(!RateBudgetLedger::forToken("token"));
}

void TestRateBudgetLedger::aRelativeRuntimeFolderIsNotUsed()
{
    // The XDG spec allows only an absolute path; a relative one would put the ledger wherever the
    // process happens to run.
    QTemporaryDir cwd;
    QVERIFY(cwd.isValid());
    const QString before = QDir::currentPath();
    QVERIFY(QDir::setCurrent(cwd.path()));
    QVERIFY(QDir(cwd.path()).mkpath(u"run"_s));
    qputenv("XDG_RUNTIME_DIR", "run");
    auto ledger = RateBudgetLedger::forToken("relative-token");
    QDir::setCurrent(before);
    if (ledger) {
        QVERIFY2(QDir::isAbsolutePath(ledger->path()), qPrintable(ledger->path()));
        QVERIFY(!ledger->path().startsWith(cwd.path()));
    }
    QVERIFY(!QDir(cwd.filePath(u"run/oauthdesk"_s)).exists());
}

void TestRateBudgetLedger::manyProcessesStayWithinOneBudget()
{
    // 20 processes on one token, 3 requests each, at 20 per 2 s: together they send no more in
    // any 2 s than the limit (the budget keeps a margin of one).
    constexpr int Processes = 20;
    std::vector<std::unique_ptr<QProcess>> children;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(ChildVariable), u"1"_s);
    env.insert(u"XDG_RUNTIME_DIR"_s, m_runtime->path());
    for (int i = 0; i < Processes; ++i) {
        auto p = std::make_unique<QProcess>();
        p->setProcessEnvironment(env);
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p->start(QCoreApplication::applicationFilePath(), {});
        children.push_back(std::move(p));
    }
    std::vector<qint64> times;
    for (auto &p : children) {
        QVERIFY(p->waitForFinished(60000));
        QCOMPARE(p->exitCode(), 0);
        for (const QByteArray &line : p->readAllStandardOutput().split('\n')) {
            if (line.startsWith("sent "))
                times.push_back(line.mid(5).toLongLong());
        }
    }
    QCOMPARE(int(times.size()), Processes * ChildRequests);
    std::sort(times.begin(), times.end());
    int most = 0;
    for (size_t i = 0; i < times.size(); ++i) {
        const auto end = std::lower_bound(times.begin(), times.end(), times[i] + Window.count());
        most = std::max(most, int(end - (times.begin() + qsizetype(i))));
    }
    qInfo("%d processes x %d requests at %d per %lld ms: at most %d in one window, %lld ms in all", Processes,
          ChildRequests, Limit, static_cast<long long>(Window.count()), most,
          static_cast<long long>(times.back() - times.front()));
    QVERIFY2(most <= Limit,
             qPrintable(u"%1 requests in one window of %2 ms"_s.arg(most).arg(Window.count())));
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet(ChildVariable))
        return runChild(argc, argv);
    QCoreApplication app(argc, argv);
    TestRateBudgetLedger test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_ratebudgetledger.moc"

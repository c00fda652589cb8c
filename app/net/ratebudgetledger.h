// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

// The requests sent with one token by every OAuth Desk process on this computer (the GUI, a CLI
// run, both ends of a shell pipeline), so that their RateBudgets add up to one budget, as the
// platform counts it. A small file in the user's runtime folder, named by a hash of the token (the
// token itself is never written): one line per request, "<instance> <time>", the time on the
// system's monotonic clock in milliseconds. Best effort: when the file cannot be used, each
// process keeps its own budget, as without it. Only a regular file of the user's, in a folder only
// the user can enter, is used: never a symlink (not followed), a FIFO (never waited on) or a device.
//
//     auto ledger = RateBudgetLedger::forToken(token);
//     const quint64 n = ledger->record(sentAt);   // this process sent a request...
//     ledger->settle(n, answeredAt);              // ... and it was answered (it counts from then)
//     for (const auto &e : ledger->others())      // what the others sent or settled since last time
class RateBudgetLedger
{
public:
    // The ledger of `token` in the runtime folder ($XDG_RUNTIME_DIR, else a private folder in the
    // temporary one); nullptr for an empty token or when the folder cannot be made.
    [[nodiscard]] static std::unique_ptr<RateBudgetLedger> forToken(const QByteArray &token);
    explicit RateBudgetLedger(QString path);
    ~RateBudgetLedger();
    RateBudgetLedger(const RateBudgetLedger &) = delete;
    RateBudgetLedger &operator=(const RateBudgetLedger &) = delete;

    [[nodiscard]] const QString &path() const { return m_path; }
    // The monotonic clock all processes share (CLOCK_MONOTONIC, ms).
    [[nodiscard]] static qint64 clockNow();

    // One line per request: its number, and the time it counts from (sent; then answered).
    quint64 record(qint64 at);
    void settle(quint64 request, qint64 at);
    struct Entry
    {
        QByteArray key; // the request, across processes ("instance:number")
        qint64 at = 0;  // the time it counts from; a later entry of the same key replaces it
    };
    // The lines of other instances written since the last call; times later than now are not
    // taken (they are not of this boot, or not ours).
    [[nodiscard]] QList<Entry> others();

    // One decision across processes: read the others' lines, then record ours, with no other
    // process in between (an advisory lock beside the file; nested calls are counted). After a
    // short wait for the lock it goes on without it, so a stopped process never blocks another.
    void lock();
    void unlock();
    class Locker
    {
    public:
        explicit Locker(RateBudgetLedger *ledger)
            : m_ledger(ledger)
        {
            if (m_ledger)
                m_ledger->lock();
        }
        ~Locker()
        {
            if (m_ledger)
                m_ledger->unlock();
        }
        Locker(const Locker &) = delete;
        Locker &operator=(const Locker &) = delete;

    private:
        RateBudgetLedger *m_ledger;
    };

private:
    void append(quint64 request, qint64 at);
    void compact(qint64 since);

    QString m_path;
    QByteArray m_instance;   // random, per ledger object
    quint64 m_next = 1;      // the number of this instance's next request
    qint64 m_readOffset = 0; // bytes of the file already read
    quint64 m_readInode = 0; // ... of this file (compact() makes a new one)
    int m_lockFd = -1;
    int m_lockDepth = 0;
    bool m_locked = false;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/net/ratebudget.h"

#include "app/net/ratebudgetledger.h"

#include <algorithm>
#include <climits>
#include <cmath>

RateBudget::RateBudget(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
    , m_changedTimer(new QTimer(this))
{
    m_clock.start();
    m_timer->setSingleShot(true);
    // A slot frees at a known moment; a coarse timer may fire up to 5 % early and find none.
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &RateBudget::dispatch);
    m_changedTimer->setSingleShot(true);
    m_changedTimer->setInterval(ChangedInterval);
    connect(m_changedTimer, &QTimer::timeout, this, [this] {
        if (!std::exchange(m_changedPending, false))
            return;
        m_changedTimer->start();
        Q_EMIT changed();
    });
}

RateBudget::~RateBudget() = default;

void RateBudget::setLimit(Limit limit)
{
    limit.requests = std::clamp(limit.requests, 0, MaxRequests);
    limit.window = std::clamp(limit.window, ms(1), MaxWindow);
    if (limit == m_limit)
        return;
    m_limit = limit;
    if (!paced()) {
        m_sent.clear();
        m_attempts.clear();
        m_inFlight.clear();
        m_cap.reset();
    }
    dispatch();
}

void RateBudget::setTimeScale(double scale)
{
    m_scale = scale > 0 ? scale : 1.0;
    schedule();
}

qint64 RateBudget::scaledMs(ms delay) const
{
    return std::max<qint64>(0, std::llround(double(delay.count()) * m_scale));
}

qint64 RateBudget::windowMs() const
{
    return std::max<qint64>(1, scaledMs(m_limit.window));
}

void RateBudget::prune() const
{
    const qint64 t = now();
    const qint64 oldest = t - windowMs();
    while (!m_sent.empty() && m_sent.front() <= oldest)
        m_sent.pop_front();
    while (!m_attempts.empty() && m_attempts.front() <= oldest)
        m_attempts.pop_front();
    // A request whose sender is gone without settle() counts from now.
    for (auto it = m_inFlight.begin(); it != m_inFlight.end();) {
        if (it->context) {
            ++it;
            continue;
        }
        it = m_inFlight.erase(it);
        m_sent.push_back(t);
    }
    if (m_cap && t >= m_capUntil)
        m_cap.reset();
}

int RateBudget::capacity() const
{
    if (!paced())
        return INT_MAX;
    prune();
    // The safety margin: a request's way to the server takes time, and the server's window is not
    // exactly ours.
    const int margin = std::max(1, m_limit.requests / 50);
    const int base = std::max(1, m_limit.requests - margin);
    return m_cap ? std::min(base, *m_cap) : base;
}

int RateBudget::sentInWindow() const
{
    prune();
    return int(m_sent.size() + m_inFlight.size());
}

int RateBudget::left() const
{
    if (!paced())
        return INT_MAX;
    if (m_holdUntil > now())
        return 0;
    return std::max(0, capacity() - sentInWindow());
}

int RateBudget::queued() const
{
    int n = 0;
    for (const Waiter &w : m_waiters)
        n += w.context ? 1 : 0;
    for (const int backlog : m_backlog)
        n += backlog;
    return n;
}

qint64 RateBudget::waitFor(qsizetype ahead) const
{
    if (!paced())
        return 0;
    const int cap = capacity(); // prunes
    const qint64 t = now();
    const qint64 notBefore = std::max(t, m_holdUntil);
    // Requests before this one in the window: the answered ones leave it in order, those still
    // in flight a window after their answer, at the earliest a window from now.
    const qsizetype n = qsizetype(m_sent.size() + m_inFlight.size()) + ahead;
    const qint64 window = windowMs();
    // Our own budget, whatever a 429 said: the attempts of the last window as they were sent
    // (never moved by onTooManyRequests) stay below it, so a server that answers 429 with a short
    // Retry-After cannot hurry us past it.
    const int margin = std::max(1, m_limit.requests / 50);
    const int base = std::max(1, m_limit.requests - margin);
    const qsizetype sends = qsizetype(m_attempts.size()) + ahead;
    qint64 ownSlot = 0;
    if (sends >= base) {
        const qsizetype index = sends - base;
        ownSlot = index < qsizetype(m_attempts.size())
                      ? m_attempts[size_t(index)] + window
                      : t + window * (1 + (index - qsizetype(m_attempts.size())) / base);
    }
    if (n < cap)
        return std::max(notBefore, ownSlot) - t;
    qint64 slot = 0;
    if (cap <= 0) {
        slot = m_capUntil; // nothing at all until the lowered budget ends
    } else {
        const qsizetype index = n - cap; // the send whose leaving makes room
        if (index < qsizetype(m_sent.size()))
            slot = m_sent[size_t(index)] + window;
        else
            slot = t + window * (1 + (index - qsizetype(m_sent.size())) / cap);
        // A lowered budget that ends first may make room earlier.
        if (m_cap && n < base)
            slot = std::min(slot, m_capUntil);
    }
    return std::max({notBefore, slot, ownSlot}) - t;
}

RateBudget::ms RateBudget::waitEstimate()
{
    absorbOthers(); // what the others sent counts in the estimate (and in the log's wait line)
    qsizetype ahead = 0;
    for (const Waiter &w : m_waiters)
        ahead += w.context ? 1 : 0;
    return ms(waitFor(ahead));
}

void RateBudget::acquire(QObject *context, std::function<void()> send, bool untilSettled)
{
    if (!paced()) {
        send();
        return;
    }
    // Reading what the others sent and recording this request is one step across processes.
    RateBudgetLedger::Locker shared(m_ledger.get());
    absorbOthers();
    if (m_waiters.empty() && !m_dispatching && waitFor(0) == 0) {
        record(context, untilSettled);
        notifyChanged();
        send();
        return;
    }
    m_waiters.push_back({context, std::move(send), untilSettled});
    schedule();
    notifyChanged();
}

void RateBudget::release(QObject *context)
{
    const auto removed = std::erase_if(
        m_waiters, [context](const Waiter &w) { return !w.context || w.context.data() == context; });
    if (removed == 0)
        return;
    schedule();
    notifyChanged();
}

void RateBudget::setLedger(std::unique_ptr<RateBudgetLedger> ledger)
{
    m_ledger = std::move(ledger);
    m_others.clear();
}

void RateBudget::absorbOthers()
{
    if (!m_ledger || !paced())
        return;
    // Both clocks are the system's monotonic one: the ledger's times become ours by the start of
    // m_clock. A request's later entry (its answer) moves it in the window.
    const qint64 start = m_clock.msecsSinceReference();
    const qint64 oldest = now() - windowMs();
    const auto erase = [this](qint64 at) {
        const auto it = std::lower_bound(m_sent.begin(), m_sent.end(), at);
        if (it != m_sent.end() && *it == at)
            m_sent.erase(it);
    };
    for (const RateBudgetLedger::Entry &e : m_ledger->others()) {
        const qint64 local = e.at - start;
        const auto known = m_others.find(e.key);
        if (known != m_others.end()) {
            if (*known == local)
                continue;
            erase(*known);
            m_others.erase(known);
        }
        if (local <= oldest)
            continue;
        m_sent.insert(std::upper_bound(m_sent.begin(), m_sent.end(), local), local);
        m_others.insert(e.key, local);
    }
    m_others.removeIf([oldest](const auto &entry) { return entry.value() <= oldest; });
}

void RateBudget::record(QObject *context, bool untilSettled)
{
    m_attempts.push_back(now());
    const quint64 ledgerRequest = m_ledger ? m_ledger->record(RateBudgetLedger::clockNow()) : 0;
    if (untilSettled)
        m_inFlight.push_back({context, now(), ledgerRequest});
    else
        m_sent.push_back(now());
}

void RateBudget::settle(QObject *context)
{
    const auto it = std::find_if(m_inFlight.begin(), m_inFlight.end(),
                                 [context](const Flight &f) { return f.context.data() == context; });
    if (it == m_inFlight.end())
        return;
    const quint64 ledgerRequest = it->ledgerRequest;
    m_inFlight.erase(it);
    qint64 at = now();
    // Under a 429's hold, what went out counts as gone when the hold ends (onTooManyRequests).
    if (m_holdUntil > at)
        at = std::min(at, m_holdUntil - windowMs());
    m_sent.insert(std::upper_bound(m_sent.begin(), m_sent.end(), at), at);
    if (m_ledger && ledgerRequest != 0)
        m_ledger->settle(ledgerRequest, m_clock.msecsSinceReference() + at);
    schedule();
}

void RateBudget::dispatch()
{
    if (m_dispatching)
        return;
    m_dispatching = true;
    bool sent = false;
    RateBudgetLedger::Locker shared(m_ledger.get()); // see acquire()
    absorbOthers();
    while (!m_waiters.empty()) {
        if (!m_waiters.front().context) {
            m_waiters.pop_front();
            continue;
        }
        if (waitFor(0) > 0)
            break;
        std::function<void()> send = std::move(m_waiters.front().send);
        const QPointer<QObject> context = m_waiters.front().context;
        const bool untilSettled = m_waiters.front().untilSettled;
        m_waiters.pop_front();
        if (paced())
            record(context, untilSettled);
        sent = true;
        // May call acquire() or release() (a call that fails at once, the next of a chain):
        // they queue behind the waiters, which this loop serves in order.
        send();
    }
    m_dispatching = false;
    schedule();
    if (sent)
        notifyChanged();
}

void RateBudget::schedule()
{
    if (m_waiters.empty()) {
        m_timer->stop();
        return;
    }
    // One millisecond more: the send at the window's edge has left by then.
    m_timer->start(int(std::min<qint64>(waitFor(0) + 1, INT_MAX)));
}

void RateBudget::tighten(int allowed)
{
    tightenUntil(sentInWindow() + std::max(0, allowed), now() + windowMs());
}

void RateBudget::tightenUntil(int cap, qint64 until)
{
    if (!paced() || cap >= capacity())
        return; // never loosens
    m_cap = cap;
    m_capUntil = until;
    schedule();
    notifyChanged();
}

void RateBudget::onTooManyRequests(ms retryAfter)
{
    if (!paced())
        return;
    const qint64 t = now();
    const qint64 until = t + scaledMs(retryAfter);
    // The platform knows better: at most what went out in this window, for the rest of it (one
    // at least: the retry must be able to go).
    tightenUntil(std::max(1, sentInWindow()), t + windowMs());
    m_holdUntil = std::max(m_holdUntil, until);
    // Retry-After says when the server makes room again, which may be before our own sends leave
    // the window (a platform that counts in fixed windows, or another program on the token): they
    // count as gone then, so the retry is not held back for a whole window.
    const qint64 leaveBy = until - windowMs();
    for (qint64 &sent : m_sent)
        sent = std::min(sent, leaveBy);
    schedule();
    notifyChanged();
}

void RateBudget::observeHeaders(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    std::optional<qint64> allowed;
    std::optional<qint64> count;
    std::optional<qint64> reset;
    for (const auto &[name, value] : headers) {
        const QByteArray lower = name.toLower();
        if (!lower.startsWith("inin-ratelimit-"))
            continue;
        bool ok = false;
        const qint64 v = value.trimmed().toLongLong(&ok);
        if (!ok || v < 0)
            continue;
        const QByteArray key = lower.mid(15);
        if (key == "allowed")
            allowed = v;
        else if (key == "count")
            count = v;
        else if (key == "reset")
            reset = v;
    }
    if (!allowed || !count)
        return;
    // The window the server counts in ends after `reset` seconds; ours at the latest.
    const qint64 window = windowMs();
    const qint64 validFor =
        reset ? std::min(window, scaledMs(std::chrono::seconds(std::min<qint64>(*reset, 86400)))) : window;
    const qint64 remaining = std::max<qint64>(0, *allowed - *count);
    tightenUntil(int(std::min<qint64>(sentInWindow() + remaining, INT_MAX)), now() + validFor);
}

void RateBudget::setBacklog(QObject *owner, int requests)
{
    if (!owner)
        return;
    requests = std::max(0, requests);
    const auto it = m_backlog.find(owner);
    if (it != m_backlog.end() && *it == requests)
        return;
    if (requests == 0) {
        if (it == m_backlog.end())
            return;
        m_backlog.erase(it);
        disconnect(owner, &QObject::destroyed, this, nullptr);
    } else if (it == m_backlog.end()) {
        m_backlog.insert(owner, requests);
        connect(owner, &QObject::destroyed, this, [this, owner] {
            if (m_backlog.remove(owner))
                notifyChanged();
        });
    } else {
        *it = requests;
    }
    notifyChanged();
}

void RateBudget::reset()
{
    m_sent.clear();
    m_attempts.clear();
    m_others.clear();
    m_inFlight.clear();
    m_cap.reset();
    m_holdUntil = 0;
    dispatch();
    notifyChanged();
}

void RateBudget::notifyChanged()
{
    if (m_changedTimer->isActive()) {
        m_changedPending = true;
        return;
    }
    m_changedTimer->start();
    Q_EMIT changed();
}

// SPDX-License-Identifier: GPL-3.0-or-later
// RateBudget on its own (no network): the sliding window, the safety margin, waiters in order,
// tightening that never loosens, the inin-ratelimit-* headers, 429s, reset, the backlog and how
// often changed() is emitted. Windows are a few hundred milliseconds of real time.
#include "app/auth/profiles.h"
#include "app/net/ratebudget.h"

#include <QElapsedTimer>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <climits>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {
using Limit = RateBudget::Limit;
using Headers = QList<QPair<QByteArray, QByteArray>>;
} // namespace

class TestRateBudget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void marginIsTwoPercentAtLeastOne_data();
    void marginIsTwoPercentAtLeastOne();
    void requestsBeyondTheBudgetWaitInOrder();
    void theWindowSlides();
    void noLimitSendsEverythingAtOnce();
    void requestsInFlightCountUntilAnswered();
    void tightenNeverLoosensAndEndsWithTheWindow();
    void headersTightenNeverLoosen();
    void tooManyRequestsHoldsUntilRetryAfter();
    void aShortRetryAfterDoesNotHurryPastTheBudget();
    void resetStartsAFreshBudget();
    void releasedOrDestroyedWaitersNeverSend();
    void backlogCountsAsQueued();
    void changedIsRateLimited();
    void timeScaleScalesTheWindow();
    void profileKeepsItsRateLimit();
};

void TestRateBudget::marginIsTwoPercentAtLeastOne_data()
{
    QTest::addColumn<int>("requests");
    QTest::addColumn<int>("capacity");
    QTest::newRow("300") << 300 << 294;
    QTest::newRow("20") << 20 << 19;
    QTest::newRow("100") << 100 << 98;
    QTest::newRow("1000") << 1000 << 980;
    QTest::newRow("2") << 2 << 1;
    QTest::newRow("1: still one") << 1 << 1;
}

void TestRateBudget::marginIsTwoPercentAtLeastOne()
{
    QFETCH(int, requests);
    QFETCH(int, capacity);
    RateBudget budget;
    QCOMPARE(budget.limit(), RateBudget::DefaultLimit);
    QCOMPARE(budget.capacity(), 294);
    budget.setLimit({requests, 60s});
    QCOMPARE(budget.capacity(), capacity);
    QCOMPARE(budget.left(), capacity);
    int sent = 0;
    for (int i = 0; i < capacity + 3; ++i)
        budget.acquire(this, [&] { ++sent; });
    QCOMPARE(sent, capacity); // the rest waits a minute
    QCOMPARE(budget.left(), 0);
    QCOMPARE(budget.queued(), 3);
    QVERIFY(budget.waitEstimate() > 59s);
}

void TestRateBudget::requestsBeyondTheBudgetWaitInOrder()
{
    RateBudget budget;
    budget.setLimit({5, 400ms}); // 4 per window
    QList<int> order;
    QElapsedTimer clock;
    clock.start();
    QList<qint64> at;
    for (int i = 0; i < 10; ++i)
        budget.acquire(this, [&, i] {
            order << i;
            at << clock.elapsed();
        });
    QCOMPARE(order, (QList<int>{0, 1, 2, 3})); // at once, before acquire() returned
    QCOMPARE(budget.queued(), 6);
    QCOMPARE(budget.left(), 0);
    QTest::qWait(250);
    QCOMPARE(order.size(), 4); // not before the first ones leave the window
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), 10, 3000);
    QCOMPARE(order, (QList<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}));
    QVERIFY2(at[4] >= 400 && at[7] >= 400, qPrintable(u"%1 ms"_s.arg(at[4])));
    QVERIFY2(at[8] >= 800, qPrintable(u"%1 ms"_s.arg(at[8]))); // the third window
    QCOMPARE(budget.queued(), 0);
}

void TestRateBudget::theWindowSlides()
{
    // A sliding window, not a fixed one: room comes back as each send leaves, 600 ms after it.
    RateBudget budget;
    budget.setLimit({5, 600ms}); // 4 per window
    QElapsedTimer clock;
    clock.start();
    int sent = 0;
    budget.acquire(this, [&] { ++sent; });
    budget.acquire(this, [&] { ++sent; });
    QTest::qWait(300);
    budget.acquire(this, [&] { ++sent; });
    budget.acquire(this, [&] { ++sent; });
    QCOMPARE(sent, 4);
    qint64 fifthAt = -1;
    qint64 seventhAt = -1;
    budget.acquire(this, [&] { fifthAt = clock.elapsed(); });
    budget.acquire(this, [&] {});
    budget.acquire(this, [&] { seventhAt = clock.elapsed(); });
    QCOMPARE(budget.sentInWindow(), 4);
    QTRY_VERIFY_WITH_TIMEOUT(seventhAt >= 0, 3000);
    // The fifth and sixth go when the first two leave (at 600 ms), the seventh when the third does
    // (at 900 ms): a fixed window would hold them all until 1200 ms.
    QVERIFY2(fifthAt >= 600 && fifthAt < 850, qPrintable(u"%1 ms"_s.arg(fifthAt)));
    QVERIFY2(seventhAt >= 900 && seventhAt < 1150, qPrintable(u"%1 ms"_s.arg(seventhAt)));
}

void TestRateBudget::noLimitSendsEverythingAtOnce()
{
    RateBudget budget;
    budget.setLimit({0, 60s});
    int sent = 0;
    for (int i = 0; i < 1000; ++i)
        budget.acquire(this, [&] { ++sent; });
    QCOMPARE(sent, 1000);
    QCOMPARE(budget.left(), INT_MAX);
    QCOMPARE(budget.capacity(), INT_MAX);
    budget.onTooManyRequests(10s); // no pacing: Retry-After is the call's business only
    budget.tighten(0);
    budget.acquire(this, [&] { ++sent; });
    QCOMPARE(sent, 1001);
    QCOMPARE(budget.waitEstimate(), 0ms);

    // Waiters go at once when the limit is lifted.
    budget.setLimit({2, 60s});
    budget.acquire(this, [&] { ++sent; });
    budget.acquire(this, [&] { ++sent; });
    QCOMPARE(sent, 1002);
    QCOMPARE(budget.queued(), 1);
    budget.setLimit({0, 60s});
    QCOMPARE(sent, 1003);
    QCOMPARE(budget.queued(), 0);
}

void TestRateBudget::requestsInFlightCountUntilAnswered()
{
    RateBudget budget;
    budget.setLimit({3, 300ms}); // 2 per window
    QObject a;
    auto b = std::make_unique<QObject>();
    QElapsedTimer clock;
    clock.start();
    budget.acquire(
        &a, [] {}, true);
    budget.acquire(
        b.get(), [] {}, true);
    qint64 at = -1;
    budget.acquire(this, [&] { at = clock.elapsed(); });
    QCOMPARE(budget.sentInWindow(), 2);
    QTest::qWait(450);
    QCOMPARE(at, -1); // both still unanswered: the server may not even have them yet
    QCOMPARE(budget.sentInWindow(), 2);
    budget.settle(&a);
    budget.settle(&a); // once only
    const qint64 answered = clock.elapsed();
    QCOMPARE(budget.sentInWindow(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(at >= 0, 2000);
    // A window after the answer, not after the send.
    QVERIFY2(at >= answered + 300, qPrintable(u"%1 ms, answered at %2 ms"_s.arg(at).arg(answered)));
    // A sender that is gone without settling counts as answered when that is noticed.
    b.reset();
    QCOMPARE(budget.sentInWindow(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(budget.sentInWindow(), 0, 2000);
}

void TestRateBudget::tightenNeverLoosensAndEndsWithTheWindow()
{
    RateBudget budget;
    budget.setLimit({20, 500ms});
    QCOMPARE(budget.capacity(), 19);
    int sent = 0;
    budget.acquire(this, [&] { ++sent; });
    budget.acquire(this, [&] { ++sent; });
    budget.tighten(3); // 2 sent + 3 more
    QCOMPARE(budget.capacity(), 5);
    QCOMPARE(budget.left(), 3);
    budget.tighten(10);
    QCOMPARE(budget.capacity(), 5); // never loosens
    budget.tighten(1);
    QCOMPARE(budget.capacity(), 3);
    QCOMPARE(budget.left(), 1);
    budget.tighten(100);
    QCOMPARE(budget.capacity(), 3);
    // The lowered budget lasts for the rest of the window, then the limit holds again.
    QTRY_COMPARE_WITH_TIMEOUT(budget.capacity(), 19, 2000);
    QCOMPARE(budget.left(), 19);
}

void TestRateBudget::headersTightenNeverLoosen()
{
    RateBudget budget;
    budget.setLimit({300, 60s});
    budget.observeHeaders({{"Content-Type", "application/json"}});
    QCOMPARE(budget.capacity(), 294);
    // Only one of the pair says nothing.
    budget.observeHeaders({{"inin-ratelimit-count", "290"}});
    QCOMPARE(budget.capacity(), 294);
    budget.observeHeaders({{"inin-ratelimit-allowed", "300"}, {"inin-ratelimit-count", "garbage"}});
    QCOMPARE(budget.capacity(), 294);
    // More room than we think we have: ignored.
    budget.observeHeaders({{"inin-ratelimit-allowed", "1000"}, {"inin-ratelimit-count", "1"}});
    QCOMPARE(budget.capacity(), 294);
    // Names in any case; 10 left on the server's side.
    budget.observeHeaders({{"Inin-RateLimit-Allowed", "300"}, {"ININ-RATELIMIT-COUNT", "290"}});
    QCOMPARE(budget.capacity(), 10);
    QCOMPARE(budget.left(), 10);
    budget.observeHeaders({{"inin-ratelimit-allowed", "300"}, {"inin-ratelimit-count", "100"}});
    QCOMPARE(budget.capacity(), 10); // never loosens
    budget.observeHeaders({{"inin-ratelimit-allowed", "300"}, {"inin-ratelimit-count", "400"}});
    QCOMPARE(budget.capacity(), 0); // over the limit: nothing more in this window
    QCOMPARE(budget.left(), 0);

    // -reset (seconds) ends the lowered budget before our window does.
    RateBudget early;
    early.setLimit({300, 60s});
    early.setTimeScale(0.1); // 1 s reads as 100 ms, the window as 6 s
    early.observeHeaders(
        {{"inin-ratelimit-allowed", "300"}, {"inin-ratelimit-count", "299"}, {"inin-ratelimit-reset", "1"}});
    QCOMPARE(early.capacity(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(early.capacity(), 294, 1000);
}

void TestRateBudget::tooManyRequestsHoldsUntilRetryAfter()
{
    RateBudget budget;
    budget.setLimit({50, 60s});
    int sent = 0;
    for (int i = 0; i < 10; ++i)
        budget.acquire(this, [&] { ++sent; });
    QCOMPARE(sent, 10);
    QCOMPARE(budget.left(), 39);
    QElapsedTimer clock;
    clock.start();
    budget.onTooManyRequests(400ms);
    // The budget lowered itself: what went out in this window is all the server allows.
    QCOMPARE(budget.left(), 0);
    QCOMPARE(budget.capacity(), 10);
    qint64 at = -1;
    budget.acquire(this, [&] { at = clock.elapsed(); });
    QCOMPARE(at, -1);
    QVERIFY(budget.waitEstimate() >= 300ms);
    QTRY_VERIFY_WITH_TIMEOUT(at >= 0, 2000);
    // Not before Retry-After, and not a whole window later: the server said when it makes room.
    QVERIFY2(at >= 400 && at < 1000, qPrintable(u"%1 ms"_s.arg(at)));
    QCOMPARE(budget.capacity(), 10); // still lower for the rest of the window
    QCOMPARE(budget.sentInWindow(), 1);
}

// A server that answers 429 with Retry-After 0 again and again (outside attack: 15 PUTs in 0.6 s
// at a budget of 3 per 10 s): the budget's own count of what was sent still holds.
void TestRateBudget::aShortRetryAfterDoesNotHurryPastTheBudget()
{
    RateBudget budget;
    budget.setLimit({4, 1s}); // 3 per second with the margin
    QElapsedTimer clock;
    clock.start();
    QList<qint64> at;
    for (int i = 0; i < 3; ++i)
        budget.acquire(this, [&] { at << clock.elapsed(); });
    QCOMPARE(at.size(), 3);
    for (int round = 0; round < 3; ++round) {
        budget.onTooManyRequests(0ms);
        budget.acquire(this, [&] { at << clock.elapsed(); });
    }
    QTRY_COMPARE_WITH_TIMEOUT(at.size(), 6, 5000);
    // The fourth send waits for the first to leave the window.
    QVERIFY2(at.at(3) >= 950, qPrintable(u"%1 ms"_s.arg(at.at(3))));
}

void TestRateBudget::resetStartsAFreshBudget()
{
    RateBudget budget;
    budget.setLimit({3, 60s});
    int sent = 0;
    for (int i = 0; i < 5; ++i)
        budget.acquire(this, [&] { ++sent; });
    budget.onTooManyRequests(30s);
    QCOMPARE(sent, 2);
    QCOMPARE(budget.queued(), 3);
    budget.reset(); // a new token
    QCOMPARE(sent, 4);
    QCOMPARE(budget.queued(), 1);
    QCOMPARE(budget.capacity(), 2);
    QCOMPARE(budget.sentInWindow(), 2);
}

void TestRateBudget::releasedOrDestroyedWaitersNeverSend()
{
    RateBudget budget;
    budget.setLimit({2, 300ms}); // 1 per window
    QObject a;
    auto b = std::make_unique<QObject>();
    QObject c;
    QStringList sent;
    budget.acquire(&a, [&] { sent << u"a1"_s; });
    budget.acquire(&a, [&] { sent << u"a2"_s; });
    budget.acquire(b.get(), [&] { sent << u"b"_s; });
    budget.acquire(&c, [&] { sent << u"c"_s; });
    QCOMPARE(budget.queued(), 3);
    budget.release(&a);
    QCOMPARE(budget.queued(), 2);
    b.reset();
    QCOMPARE(budget.queued(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 2, 2000);
    QTest::qWait(400);
    QCOMPARE(sent, (QStringList{u"a1"_s, u"c"_s}));
}

void TestRateBudget::backlogCountsAsQueued()
{
    RateBudget budget;
    auto owner = std::make_unique<QObject>();
    QObject other;
    budget.setBacklog(owner.get(), 158);
    budget.setBacklog(&other, 2);
    QCOMPARE(budget.queued(), 160);
    budget.setBacklog(&other, 0);
    QCOMPARE(budget.queued(), 158);
    budget.setBacklog(owner.get(), 100);
    QCOMPARE(budget.queued(), 100);
    QSignalSpy changed(&budget, &RateBudget::changed);
    owner.reset();
    QCOMPARE(budget.queued(), 0);
    QTRY_VERIFY(changed.count() >= 1);
}

void TestRateBudget::changedIsRateLimited()
{
    RateBudget budget;
    budget.setLimit({1000, 60s});
    QSignalSpy changed(&budget, &RateBudget::changed);
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < 200; ++i)
        budget.acquire(this, [] {});
    QCOMPARE(changed.count(), 1); // the first at once, the rest after the interval
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 2, 1000);
    QVERIFY(clock.elapsed() >= RateBudget::ChangedInterval.count() - 20);
    QTest::qWait(int(RateBudget::ChangedInterval.count()) * 2);
    QCOMPARE(changed.count(), 2); // nothing changed since
    QCOMPARE(budget.left(), 980 - 200);
}

void TestRateBudget::timeScaleScalesTheWindow()
{
    RateBudget budget;
    budget.setLimit({3, 60s});
    budget.setTimeScale(0.005); // a minute is 300 ms
    int sent = 0;
    for (int i = 0; i < 3; ++i)
        budget.acquire(this, [&] { ++sent; });
    QCOMPARE(sent, 2);
    QTRY_COMPARE_WITH_TIMEOUT(sent, 3, 2000);
}

void TestRateBudget::profileKeepsItsRateLimit()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings settings(dir.filePath(u"profiles.conf"_s), QSettings::IniFormat);
    Profile p;
    p.name = u"Sandbox"_s;
    p.apiUrl = QUrl(u"http://127.0.0.1:9999"_s);
    p.method = SignInMethod::Token;
    QCOMPARE(p.rateLimit, RateBudget::DefaultLimit); // 300 per minute unless set
    p.rateLimit = {20, 5s};
    {
        ProfileStore store(&settings);
        QCOMPARE(store.save(p), QStringList());
    }
    {
        ProfileStore store(&settings);
        QCOMPARE(store.profile(u"Sandbox"_s)->rateLimit, (Limit{20, 5s}));
        p.rateLimit = {0, 60s}; // no limit
        QCOMPARE(store.save(p, u"Sandbox"_s), QStringList());
    }
    QCOMPARE(ProfileStore(&settings).profile(u"Sandbox"_s)->rateLimit, (Limit{0, 60s}));
    // A profile written before the field existed, or a hand-edited value out of range: the default.
    settings.setValue(u"profiles/1/rateLimit"_s, -5);
    settings.setValue(u"profiles/1/rateWindowSeconds"_s, 0);
    QCOMPARE(ProfileStore(&settings).profile(u"Sandbox"_s)->rateLimit, RateBudget::DefaultLimit);
    settings.remove(u"profiles/1/rateLimit"_s);
    settings.remove(u"profiles/1/rateWindowSeconds"_s);
    QCOMPARE(ProfileStore(&settings).profile(u"Sandbox"_s)->rateLimit, RateBudget::DefaultLimit);
    // Out of range is a problem when saving.
    p.rateLimit = {RateBudget::MaxRequests + 1, 60s};
    QCOMPARE(p.problems().size(), 1);
    p.rateLimit = {10, 0s};
    QCOMPARE(p.problems().size(), 1);
}

QTEST_GUILESS_MAIN(TestRateBudget)
#include "tst_ratebudget.moc"

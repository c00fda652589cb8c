// SPDX-License-Identifier: GPL-3.0-or-later
// parallel::forParts on plain data, without Qt: ctest runs it as it is, and
// scripts/sanitize-and-fuzz.sh builds it once more with ThreadSanitizer (Debian's Qt is not
// instrumented, so the Qt suites cannot run under it). Exit code 0 when every check passed.
//
//     tst_parallel            the checks
//     tst_parallel --race     a deliberate data race through forParts, so that the sanitizer run
//                             can prove it notices one (it must then report and fail)
#include "models/json/parallel.h"

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstring>
#include <numeric>
#include <string>
#include <thread>
#include <vector>

namespace {

int failures = 0;

void check(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "FAIL: %s\n", what);
        ++failures;
    }
}

// Every item is visited exactly once, in consecutive ranges, part 0 first.
void coversEveryItemOnce()
{
    for (const std::size_t count : {std::size_t(1), std::size_t(7), parallel::Threshold - 1,
                                    parallel::Threshold, parallel::Threshold + 1, std::size_t(100003)}) {
        std::vector<int> visits(count, 0);
        std::vector<std::pair<std::size_t, std::size_t>> ranges(parallel::MaxParts, {0, 0});
        std::atomic<int> calls{0};
        parallel::forParts(count, [&](int part, std::size_t begin, std::size_t end) {
            ++calls;
            ranges[std::size_t(part)] = {begin, end};
            for (std::size_t i = begin; i < end; ++i)
                ++visits[i]; // each part writes only its own slots
        });
        const bool once = std::all_of(visits.begin(), visits.end(), [](int v) { return v == 1; });
        check(once, "every item visited exactly once");
        const int parts = parallel::partsFor(count);
        check(calls == parts, "one call per part");
        check(ranges[0].first == 0, "part 0 starts at the first item");
        for (int p = 1; p < parts; ++p)
            check(ranges[std::size_t(p)].first == ranges[std::size_t(p - 1)].second,
                  "ranges are consecutive");
        check(ranges[std::size_t(parts - 1)].second == count, "the last part ends at the last item");
    }
}

void smallCountsStayOnTheCallersThread()
{
    check(parallel::partsFor(0) == 1 && parallel::partsFor(parallel::Threshold - 1) == 1,
          "below the threshold one part");
    check(parallel::partsFor(parallel::Threshold) >= 1 &&
              parallel::partsFor(parallel::Threshold) <= parallel::MaxParts,
          "at the threshold at most MaxParts parts");
    if (std::thread::hardware_concurrency() > 1)
        check(parallel::partsFor(parallel::Threshold) == parallel::MaxParts, "several cores: MaxParts parts");
    const std::thread::id caller = std::this_thread::get_id();
    bool sameThread = false;
    parallel::forParts(
        10, [&](int, std::size_t, std::size_t) { sameThread = std::this_thread::get_id() == caller; });
    check(sameThread, "a small count runs on the caller's thread");
    int calls = 0;
    parallel::forParts(0, [&](int, std::size_t, std::size_t) { ++calls; });
    check(calls == 0, "no items, no call");
}

// The pattern of the real callers: state of its own per part (here a string buffer and a sum),
// joined after forParts returned; the input is shared and only read.
void perPartStateIsJoinedAfterwards()
{
    const std::size_t count = 50000;
    std::vector<std::string> input(count);
    for (std::size_t i = 0; i < count; ++i)
        input[i] = std::to_string(i);
    std::vector<std::string> text(parallel::MaxParts);
    std::vector<unsigned long long> sums(parallel::MaxParts, 0);
    std::vector<std::size_t> lengths(count, 0);
    parallel::forParts(count, [&](int part, std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end; ++i) {
            text[std::size_t(part)] += input[i];
            sums[std::size_t(part)] += std::stoull(input[i]);
            lengths[i] = input[i].size();
        }
    });
    std::string joined;
    for (const std::string &t : text)
        joined += t;
    std::string expected;
    for (const std::string &s : input)
        expected += s;
    check(joined == expected, "the parts' outputs join in order");
    check(std::accumulate(sums.begin(), sums.end(), 0ULL) == count * (count - 1) / 2, "the sums add up");
    check(std::accumulate(lengths.begin(), lengths.end(), std::size_t(0)) == expected.size(),
          "every slot written");
}

// Deliberately wrong: both parts write one shared counter without synchronisation.
int race()
{
    // The script checks for a report only where the helper really used two threads.
    std::printf("parts: %d\n", parallel::partsFor(parallel::Threshold * 10));
    std::fflush(stdout);
    long shared = 0;
    parallel::forParts(parallel::Threshold * 10, [&](int, std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end; ++i)
            shared = shared + 1;
    });
    std::printf("raced: %ld\n", shared);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc > 1 && std::strcmp(argv[1], "--race") == 0)
        return race();
    coversEveryItemOnce();
    smallCountsStayOnTheCallersThread();
    perPartStateIsJoinedAfterwards();
    if (failures == 0)
        std::printf("tst_parallel: all checks passed\n");
    return failures == 0 ? 0 : 1;
}

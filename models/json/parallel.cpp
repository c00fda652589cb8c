// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/json/parallel.h"

#include <algorithm>
#include <thread>
#include <vector>

namespace parallel {

int partsFor(std::size_t count)
{
    if (count < Threshold)
        return 1;
    return int(std::clamp(std::thread::hardware_concurrency(), 1u, unsigned(MaxParts)));
}

void forParts(std::size_t count,
              const std::function<void(int part, std::size_t begin, std::size_t end)> &work)
{
    if (count == 0)
        return;
    const std::size_t parts = std::size_t(partsFor(count));
    std::vector<std::thread> threads;
    threads.reserve(parts - 1);
    for (std::size_t p = 1; p < parts; ++p)
        threads.emplace_back(work, int(p), count * p / parts, count * (p + 1) / parts);
    work(0, 0, count / parts);
    for (std::thread &t : threads)
        t.join();
}

} // namespace parallel

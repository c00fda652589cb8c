// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <functional>

// The one place in OAuth Desk that starts threads. Big client listings (mapping the clients,
// building the model's rows) split their work in parts that run at the same time; everything else
// is single-threaded. What a part may touch is the caller's business: its own slots of the output
// and state of its own (a parser, a collator, an interner: give each part its own, indexed by
// `part`), plus anything that all parts only read.
namespace parallel {

// Below this many items a second thread costs more than it saves.
inline constexpr std::size_t Threshold = 2000;
// Parts at most (the machines this runs on have two to eight cores; beyond two the gain is small
// against the extra per-part state).
inline constexpr int MaxParts = 2;

// How many parts forParts() will use for `count` items: 1 below Threshold or on one core, else up
// to MaxParts.
[[nodiscard]] int partsFor(std::size_t count);

// Calls work(part, begin, end) for consecutive ranges that cover [0, count) (part 0 the first
// range), each part on its own thread except part 0, which runs on the caller's. Returns when all
// parts have finished. With count 0 nothing is called.
void forParts(std::size_t count,
              const std::function<void(int part, std::size_t begin, std::size_t end)> &work);

} // namespace parallel

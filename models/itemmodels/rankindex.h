// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <algorithm>
#include <functional>
#include <vector>

// Order-preserving ranks of the rows of a table by one key (the client list's names and ids), kept
// up to date under single-row changes, so that a sort compares two integers instead of two
// collation keys or strings: at 100,000 rows that keeps a re-sort on a keystroke within budget.
// Equal keys get equal ranks; ranks need not be consecutive. Also finds a row by its key (a binary
// search of the order), which the client list uses instead of an id hash.
//
// Rows are identified by their index; the caller reports every change to the rows (insert, remove,
// update) and the index compares keys through the functions it was given.
class RankIndex
{
public:
    using Compare = std::function<int(int, int)>; // three-way comparison of two rows' keys
    // Optional: a number per row that orders like the keys where two numbers differ (the first
    // characters of an id), so that rebuild() compares contiguous numbers and reads the rows' keys
    // only on ties.
    using Prefix = std::function<quint64(int)>;

    explicit RankIndex(Compare compare, Prefix prefix = {})
        : m_compare(std::move(compare))
        , m_prefix(std::move(prefix))
    {}

    [[nodiscard]] int size() const { return int(m_rank.size()); }
    [[nodiscard]] quint32 rank(int row) const { return m_rank[std::size_t(row)]; }

    // The row whose key `toWanted(row)` says is equal (it returns <0, 0, >0 as a comparison of the
    // row's key with the wanted one), or -1.
    template<class ToWanted>
    [[nodiscard]] int find(ToWanted toWanted) const
    {
        const auto it = std::lower_bound(m_sorted.begin(), m_sorted.end(), 0,
                                         [&](int element, int) { return toWanted(element) < 0; });
        return it != m_sorted.end() && toWanted(*it) == 0 ? *it : -1;
    }

    // After rebuild(): rows whose key equals that of an earlier row, highest first.
    [[nodiscard]] std::vector<int> laterEquals() const;

    // Orders `rows` rows from scratch.
    void rebuild(int rows);
    // The row now at `row` is new; the rows from there on moved down by one.
    void insert(int row);
    // The row at `row` is gone; the rows after it moved up by one.
    void remove(int row);
    // The key of `row` changed.
    void update(int row);

private:
    void place(int row);
    void unplace(int row);

    Compare m_compare;
    Prefix m_prefix;
    std::vector<int> m_sorted;   // rows in key order (equal keys in the order they came)
    std::vector<quint32> m_rank; // per row
};

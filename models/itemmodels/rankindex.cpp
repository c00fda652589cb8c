// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/itemmodels/rankindex.h"

#include <numeric>

std::vector<int> RankIndex::laterEquals() const
{
    std::vector<int> out;
    for (std::size_t i = 1; i < m_sorted.size(); ++i) {
        if (m_rank[std::size_t(m_sorted[i])] == m_rank[std::size_t(m_sorted[i - 1])])
            out.push_back(m_sorted[i]);
    }
    std::sort(out.begin(), out.end(), std::greater<>());
    return out;
}

void RankIndex::rebuild(int rows)
{
    m_sorted.resize(std::size_t(rows));
    if (m_prefix) {
        std::vector<std::pair<quint64, int>> keyed(static_cast<std::size_t>(rows));
        for (int i = 0; i < rows; ++i)
            keyed[std::size_t(i)] = {m_prefix(i), i};
        std::sort(keyed.begin(), keyed.end(), [this](const auto &a, const auto &b) {
            if (a.first != b.first)
                return a.first < b.first;
            const int c = m_compare(a.second, b.second);
            return c != 0 ? c < 0 : a.second < b.second; // equal keys in row order
        });
        for (std::size_t i = 0; i < keyed.size(); ++i)
            m_sorted[i] = keyed[i].second;
    } else {
        std::iota(m_sorted.begin(), m_sorted.end(), 0);
        std::stable_sort(m_sorted.begin(), m_sorted.end(),
                         [this](int a, int b) { return m_compare(a, b) < 0; });
    }
    m_rank.assign(std::size_t(rows), 0);
    quint32 r = 0;
    for (std::size_t i = 0; i < m_sorted.size(); ++i) {
        if (i > 0 && m_compare(m_sorted[i - 1], m_sorted[i]) != 0)
            ++r;
        m_rank[std::size_t(m_sorted[i])] = r;
    }
}

void RankIndex::insert(int row)
{
    for (int &s : m_sorted) {
        if (s >= row)
            ++s;
    }
    m_rank.insert(m_rank.begin() + row, 0);
    place(row);
}

void RankIndex::remove(int row)
{
    unplace(row);
    m_rank.erase(m_rank.begin() + row);
    for (int &s : m_sorted) {
        if (s > row)
            --s;
    }
}

void RankIndex::update(int row)
{
    unplace(row);
    place(row);
}

void RankIndex::place(int row)
{
    // After every row whose key is <= the new one.
    const auto at = m_sorted.insert(
        std::upper_bound(m_sorted.begin(), m_sorted.end(), row,
                         [this](int value, int element) { return m_compare(value, element) < 0; }),
        row);
    const bool hasPrevious = at != m_sorted.begin();
    if (hasPrevious && m_compare(*(at - 1), row) == 0) {
        m_rank[std::size_t(row)] = m_rank[std::size_t(*(at - 1))];
        return;
    }
    const quint32 r = hasPrevious ? m_rank[std::size_t(*(at - 1))] + 1 : 0;
    m_rank[std::size_t(row)] = r;
    // The keys after it are greater: where one's rank is not, all of them move up by one.
    if (at + 1 != m_sorted.end() && m_rank[std::size_t(*(at + 1))] <= r) {
        for (auto it = at + 1; it != m_sorted.end(); ++it)
            ++m_rank[std::size_t(*it)];
    }
}

void RankIndex::unplace(int row)
{
    const quint32 r = m_rank[std::size_t(row)];
    auto it = std::lower_bound(m_sorted.begin(), m_sorted.end(), r, [this](int element, quint32 value) {
        return m_rank[std::size_t(element)] < value;
    });
    while (it != m_sorted.end() && *it != row)
        ++it;
    Q_ASSERT(it != m_sorted.end());
    if (it != m_sorted.end())
        m_sorted.erase(it);
}

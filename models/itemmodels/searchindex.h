// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QStringView>

#include <span>
#include <vector>

// What search-as-you-type looks through: per row, its fields lower-cased as UTF-8 with '\n' between
// them (a search never matches across two fields), all rows in one contiguous buffer. Matching
// every row is then one pass over a few megabytes, even for 100,000 rows.
//
// Rows are identified by their index, as in the table they index; the caller reports every
// change (append, replace, remove).
class SearchIndex
{
public:
    // Search terms as the index holds its text: lower-cased UTF-8, split at white space.
    [[nodiscard]] static QList<QByteArray> terms(const QString &text);

    [[nodiscard]] int size() const { return int(m_spans.size()); }
    void clear();
    void reserve(int rows, qsizetype bytes);
    void append(std::span<const QStringView> fields);
    void replace(int row, std::span<const QStringView> fields);
    void remove(int first, int count = 1);

    // The row's text.
    [[nodiscard]] QByteArrayView text(int row) const;
    // Whether every term occurs in the row's text.
    [[nodiscard]] bool matches(int row, const QList<QByteArray> &terms) const;
    // matches() for every row at once: out[row] is 0 or 1.
    void matchAll(const QList<QByteArray> &terms, std::vector<quint8> &out) const;

private:
    struct Span
    {
        quint32 offset = 0;
        quint32 length = 0;
    };
    [[nodiscard]] Span appendText(std::span<const QStringView> fields);
    void compact();

    std::vector<Span> m_spans; // per row
    QByteArray m_text;
    qsizetype m_garbage = 0; // bytes of m_text no row points at any more
};

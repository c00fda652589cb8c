// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/itemmodels/searchindex.h"

#include <QRegularExpression>
#include <QString>

#include <string_view>

using namespace Qt::Literals::StringLiterals;

namespace {
// Appends `s` lower-cased as UTF-8. Names, ids and labels are nearly always ASCII, which is
// lower-cased byte by byte here; QString::toLower() costs about 15 times more and dominated loading
// 10,000 clients.
void appendLowerUtf8(QByteArray &out, QStringView s)
{
    const qsizetype before = out.size();
    out.resize(before + s.size()); // grows geometrically
    char *p = out.data() + before;
    const char16_t *src = s.utf16();
    char16_t seen = 0; // all units or-ed: non-ASCII shows in the high bits
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t u = src[i];
        seen |= u;
        p[i] = char(u + (char16_t(u - u'A') < 26 ? 'a' - 'A' : 0));
    }
    if (seen >= 0x80) {
        out.truncate(before);
        out += s.toString().toLower().toUtf8();
    }
}

// Substring search in UTF-8: a valid needle can only match at character boundaries, so this is
// the same as searching the decoded text.
bool containsAll(std::string_view hay, const QList<QByteArray> &terms)
{
    for (const QByteArray &t : terms) {
        if (hay.find(std::string_view(t.constData(), std::size_t(t.size()))) == std::string_view::npos)
            return false;
    }
    return true;
}
} // namespace

QList<QByteArray> SearchIndex::terms(const QString &text)
{
    QList<QByteArray> terms;
    const QStringList words = text.toLower().split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
    terms.reserve(words.size());
    for (const QString &w : words)
        terms.append(w.toUtf8());
    return terms;
}

void SearchIndex::clear()
{
    m_spans.clear();
    m_text.clear();
    m_garbage = 0;
}

void SearchIndex::reserve(int rows, qsizetype bytes)
{
    m_spans.reserve(std::size_t(rows));
    m_text.reserve(bytes);
}

void SearchIndex::append(std::span<const QStringView> fields)
{
    m_spans.push_back(appendText(fields));
}

void SearchIndex::replace(int row, std::span<const QStringView> fields)
{
    m_garbage += m_spans[std::size_t(row)].length;
    m_spans[std::size_t(row)] = appendText(fields);
    compact();
}

void SearchIndex::remove(int first, int count)
{
    for (int r = first; r < first + count; ++r)
        m_garbage += m_spans[std::size_t(r)].length;
    m_spans.erase(m_spans.begin() + first, m_spans.begin() + first + count);
    compact();
}

QByteArrayView SearchIndex::text(int row) const
{
    const Span &s = m_spans[std::size_t(row)];
    return QByteArrayView(m_text.constData() + s.offset, s.length);
}

bool SearchIndex::matches(int row, const QList<QByteArray> &terms) const
{
    const Span &s = m_spans[std::size_t(row)];
    return containsAll(std::string_view(m_text.constData() + s.offset, s.length), terms);
}

void SearchIndex::matchAll(const QList<QByteArray> &terms, std::vector<quint8> &out) const
{
    out.resize(m_spans.size());
    const char *base = m_text.constData();
    for (std::size_t r = 0; r < m_spans.size(); ++r) {
        const Span &s = m_spans[r];
        out[r] = containsAll(std::string_view(base + s.offset, s.length), terms) ? 1 : 0;
    }
}

SearchIndex::Span SearchIndex::appendText(std::span<const QStringView> fields)
{
    const qsizetype start = m_text.size();
    for (const QStringView field : fields) {
        if (m_text.size() > start) // not before the first field with text
            m_text += '\n';
        appendLowerUtf8(m_text, field);
    }
    return {quint32(start), quint32(m_text.size() - start)};
}

void SearchIndex::compact()
{
    // Replaced and removed rows leave their old text behind; copy the live text once the garbage
    // outweighs it.
    if (m_garbage < 4096 || m_garbage < m_text.size() / 2)
        return;
    QByteArray text;
    text.reserve(m_text.size() - m_garbage);
    for (Span &s : m_spans) {
        const quint32 offset = quint32(text.size());
        text.append(m_text.constData() + s.offset, s.length);
        s.offset = offset;
    }
    m_text = std::move(text);
    m_garbage = 0;
}

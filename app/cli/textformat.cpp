// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/textformat.h"

#include "models/domain/servertext.h"

#include <QChar>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace cli::text {

namespace {
struct Range
{
    char32_t first;
    char32_t last;
};

// East Asian Wide and Fullwidth code points, and emoji shown in emoji presentation: two cells.
constexpr Range WideRanges[] = {
    {0x1100, 0x115F},   {0x231A, 0x231B},   {0x2329, 0x232A},   {0x23E9, 0x23EC},   {0x23F0, 0x23F0},
    {0x23F3, 0x23F3},   {0x25FD, 0x25FE},   {0x2614, 0x2615},   {0x2648, 0x2653},   {0x267F, 0x267F},
    {0x2693, 0x2693},   {0x26A1, 0x26A1},   {0x26AA, 0x26AB},   {0x26BD, 0x26BE},   {0x26C4, 0x26C5},
    {0x26CE, 0x26CE},   {0x26D4, 0x26D4},   {0x26EA, 0x26EA},   {0x26F2, 0x26F3},   {0x26F5, 0x26F5},
    {0x26FA, 0x26FA},   {0x26FD, 0x26FD},   {0x2705, 0x2705},   {0x270A, 0x270B},   {0x2728, 0x2728},
    {0x274C, 0x274C},   {0x274E, 0x274E},   {0x2753, 0x2755},   {0x2757, 0x2757},   {0x2795, 0x2797},
    {0x27B0, 0x27B0},   {0x27BF, 0x27BF},   {0x2B1B, 0x2B1C},   {0x2B50, 0x2B50},   {0x2B55, 0x2B55},
    {0x2E80, 0x303E},   {0x3041, 0x33FF},   {0x3400, 0x4DBF},   {0x4E00, 0x9FFF},   {0xA000, 0xA4CF},
    {0xA960, 0xA97F},   {0xAC00, 0xD7A3},   {0xF900, 0xFAFF},   {0xFE10, 0xFE19},   {0xFE30, 0xFE6F},
    {0xFF00, 0xFF60},   {0xFFE0, 0xFFE6},   {0x16FE0, 0x16FE4}, {0x17000, 0x18CFF}, {0x1B000, 0x1B2FF},
    {0x1F004, 0x1F004}, {0x1F0CF, 0x1F0CF}, {0x1F18E, 0x1F18E}, {0x1F191, 0x1F19A}, {0x1F200, 0x1F202},
    {0x1F210, 0x1F23B}, {0x1F240, 0x1F248}, {0x1F250, 0x1F251}, {0x1F260, 0x1F265}, {0x1F300, 0x1F320},
    {0x1F32D, 0x1F335}, {0x1F337, 0x1F37C}, {0x1F37E, 0x1F393}, {0x1F3A0, 0x1F3CA}, {0x1F3CF, 0x1F3D3},
    {0x1F3E0, 0x1F3F0}, {0x1F3F4, 0x1F3F4}, {0x1F3F8, 0x1F43E}, {0x1F440, 0x1F440}, {0x1F442, 0x1F4FC},
    {0x1F4FF, 0x1F53D}, {0x1F54B, 0x1F54E}, {0x1F550, 0x1F567}, {0x1F57A, 0x1F57A}, {0x1F595, 0x1F596},
    {0x1F5A4, 0x1F5A4}, {0x1F5FB, 0x1F64F}, {0x1F680, 0x1F6C5}, {0x1F6CC, 0x1F6CC}, {0x1F6D0, 0x1F6D2},
    {0x1F6D5, 0x1F6D7}, {0x1F6DC, 0x1F6DF}, {0x1F6EB, 0x1F6EC}, {0x1F6F4, 0x1F6FC}, {0x1F7E0, 0x1F7EB},
    {0x1F7F0, 0x1F7F0}, {0x1F90C, 0x1F93A}, {0x1F93C, 0x1F945}, {0x1F947, 0x1F9FF}, {0x1FA70, 0x1FAFF},
    {0x20000, 0x2FFFD}, {0x30000, 0x3FFFD},
};

bool isWide(char32_t ucs)
{
    const auto *end = std::end(WideRanges);
    const auto *it = std::upper_bound(std::begin(WideRanges), end, ucs,
                                      [](char32_t v, const Range &r) { return v < r.first; });
    if (it == std::begin(WideRanges))
        return false;
    --it;
    return ucs <= it->last;
}

using servertext::isBidiControl;

// The UTF-8 sequence at `p` if it is a character no output may carry raw: a C1 control, a bidi
// control, or (only in JSON) U+2028/U+2029. Returns its length (0: none) and the code point.
int unsafeSequence(const uchar *p, const uchar *end, bool json, char32_t *ucs)
{
    const qsizetype left = end - p;
    if (p[0] == 0xC2 && left >= 2 && p[1] >= 0x80 && p[1] <= 0x9F) {
        *ucs = p[1];
        return 2;
    }
    if (p[0] == 0xD8 && left >= 2 && p[1] == 0x9C) {
        *ucs = 0x061C;
        return 2;
    }
    if (p[0] == 0xE2 && left >= 3 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80) {
        const char32_t u = (char32_t(p[0] & 0x0F) << 12) | (char32_t(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
        if (isBidiControl(u) || (json && (u == 0x2028 || u == 0x2029))) {
            *ucs = u;
            return 3;
        }
    }
    return 0;
}

bool isControlByte(uchar b)
{
    return b < 0x20 || b == 0x7F;
}

void appendEscape(QByteArray &out, char32_t ucs)
{
    static const char hex[] = "0123456789abcdef";
    const char e[] = {
        '\\', 'u', hex[(ucs >> 12) & 0xF], hex[(ucs >> 8) & 0xF], hex[(ucs >> 4) & 0xF], hex[ucs & 0xF]};
    out.append(e, sizeof e);
}

// Calls fn(codePoint, startIndex, length) for each code point; a lone surrogate counts as U+FFFD.
template<class Fn>
void forEachCodePoint(QStringView s, Fn &&fn)
{
    for (qsizetype i = 0; i < s.size();) {
        const QChar c = s.at(i);
        if (c.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
            if (!fn(QChar::surrogateToUcs4(c, s.at(i + 1)), i, qsizetype(2)))
                return;
            i += 2;
            continue;
        }
        const char32_t ucs = c.isSurrogate() ? char32_t(0xFFFD) : char32_t(c.unicode());
        if (!fn(ucs, i, qsizetype(1)))
            return;
        ++i;
    }
}
} // namespace

int codePointWidth(char32_t ucs)
{
    if (ucs < 0x20 || (ucs >= 0x7F && ucs < 0xA0))
        return 0;
    if (ucs < 0x300)
        return 1; // Latin, the common case, without a category lookup
    if (ucs == 0x00AD)
        return 1;
    if (ucs >= 0x1160 && ucs <= 0x11FF)
        return 0; // Hangul medial vowels and final consonants join the syllable before them
    switch (QChar::category(ucs)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_Enclosing:
    case QChar::Other_Format:
        return 0;
    default:
        break;
    }
    return isWide(ucs) ? 2 : 1;
}

int displayWidth(QStringView s)
{
    int width = 0;
    forEachCodePoint(s, [&width](char32_t ucs, qsizetype, qsizetype) {
        width += codePointWidth(ucs);
        return true;
    });
    return width;
}

QString elide(const QString &s, int maxWidth)
{
    if (maxWidth <= 0 || displayWidth(s) <= maxWidth)
        return s;
    const int budget = maxWidth - 1; // one cell for the ellipsis
    int width = 0;
    qsizetype cut = 0;
    forEachCodePoint(s, [&](char32_t ucs, qsizetype start, qsizetype length) {
        const int w = codePointWidth(ucs);
        if (width + w > budget)
            return false;
        width += w;
        cut = start + length;
        return true;
    });
    QString out = s.left(cut);
    while (out.endsWith(u' '))
        out.chop(1);
    out += u'…';
    return out;
}

QString clean(QStringView s)
{
    QString out;
    out.reserve(s.size());
    bool changed = false;
    forEachCodePoint(s, [&](char32_t ucs, qsizetype start, qsizetype length) {
        if (ucs < 0x20 || (ucs >= 0x7F && ucs < 0xA0) || ucs == 0x2028 || ucs == 0x2029) {
            out += u' ';
            changed = true;
        } else if (isBidiControl(ucs)) {
            changed = true;
        } else {
            out += s.mid(start, length);
        }
        return true;
    });
    return changed ? out : s.toString();
}

void makeOutputSafe(QByteArray &out, bool json)
{
    const auto *begin = reinterpret_cast<const uchar *>(out.constData());
    const uchar *end = begin + out.size();
    char32_t ucs = 0;
    // The common case: nothing to do, and nothing copied.
    const uchar *p = begin;
    for (; p < end; ++p) {
        if ((isControlByte(*p) && *p != '\t' && *p != '\n') ||
            (*p >= 0xC2 && unsafeSequence(p, end, json, &ucs) > 0))
            break;
    }
    if (p == end)
        return;

    QByteArray safe;
    safe.reserve(out.size() + 64);
    bool inString = false;
    bool escaped = false;
    for (p = begin; p < end;) {
        const uchar b = *p;
        if (const int n = b >= 0xC2 ? unsafeSequence(p, end, json, &ucs) : 0; n > 0) {
            if (json && inString)
                appendEscape(safe, ucs);
            else if (json)
                safe += ' ';
            escaped = false;
            p += n;
            continue;
        }
        if (isControlByte(b)) {
            if (json && inString)
                appendEscape(safe, b); // raw control bytes are not valid inside a JSON string anyway
            else if (b == '\t' || b == '\n')
                safe += char(b);
            else if (json)
                safe += ' '; // whitespace between tokens, or a stray byte
            escaped = false;
            ++p;
            continue;
        }
        if (json) {
            if (inString && escaped)
                escaped = false;
            else if (inString && b == '\\')
                escaped = true;
            else if (b == '"')
                inString = !inString;
        }
        safe += char(b);
        ++p;
    }
    out = std::move(safe);
}

QString localDateTime(const QDateTime &dt)
{
    if (!dt.isValid())
        return {};
    return dt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
}

// ---------------------------------------------------------------------------------------------

Table::Table(QStringList headers)
    : m_headers(std::move(headers))
    , m_maxWidth(m_headers.size(), 0)
    , m_right(m_headers.size(), false)
    , m_hideWhenEmpty(m_headers.size(), false)
{}

void Table::setMaxWidth(int column, int width)
{
    m_maxWidth[column] = width;
}

void Table::setRightAligned(int column)
{
    m_right[column] = true;
}

void Table::setHideWhenEmpty(int column)
{
    m_hideWhenEmpty[column] = true;
}

void Table::addFlexColumn(int column, int minWidth)
{
    m_flex.append({column, minWidth});
}

void Table::addRow(QStringList cells)
{
    cells.resize(m_headers.size());
    for (QString &cell : cells)
        cell = clean(cell);
    m_rows.append(std::move(cells));
}

void Table::render(QByteArray &out) const
{
    const qsizetype columns = m_headers.size();
    QList<int> width(columns, 0);
    QList<bool> hasText(columns, false);
    for (qsizetype c = 0; c < columns; ++c)
        width[c] = displayWidth(m_headers.at(c));
    for (const QStringList &row : m_rows) {
        for (qsizetype c = 0; c < columns; ++c) {
            const int w = displayWidth(row.at(c));
            const int capped = m_maxWidth.at(c) > 0 ? std::min(w, m_maxWidth.at(c)) : w;
            width[c] = std::max(width[c], capped);
            hasText[c] = hasText[c] || w > 0;
        }
    }
    QList<bool> shown(columns, true);
    for (qsizetype c = 0; c < columns; ++c)
        shown[c] = !m_hideWhenEmpty.at(c) || hasText.at(c);
    qsizetype last = columns - 1;
    while (last > 0 && !shown.at(last))
        --last;

    QList<int> limit = m_maxWidth;
    if (m_availableWidth > 0) {
        int total = 0;
        int visible = 0;
        for (qsizetype c = 0; c <= last; ++c) {
            if (shown.at(c)) {
                total += width.at(c);
                ++visible;
            }
        }
        total += 2 * std::max(0, visible - 1);
        for (const auto &[column, minWidth] : m_flex) {
            if (total <= m_availableWidth)
                break;
            if (column < 0 || column >= columns || !shown.at(column))
                continue;
            const int floor = std::max(minWidth, displayWidth(m_headers.at(column)));
            const int shrunk = std::max(floor, width.at(column) - (total - m_availableWidth));
            if (shrunk < width.at(column)) {
                total -= width.at(column) - shrunk;
                width[column] = shrunk;
                limit[column] = shrunk;
            }
        }
    }

    QString line;
    auto emitRow = [&](const QStringList &cells) {
        line.clear();
        bool first = true;
        for (qsizetype c = 0; c <= last; ++c) {
            if (!shown.at(c))
                continue;
            if (!first)
                line += u"  "_s;
            first = false;
            const QString cell = elide(cells.at(c), limit.at(c));
            const int pad = std::max(0, width.at(c) - displayWidth(cell));
            if (m_right.at(c)) {
                line += QString(pad, u' ');
                line += cell;
            } else {
                line += cell;
                if (c != last)
                    line += QString(pad, u' ');
            }
        }
        while (line.endsWith(u' '))
            line.chop(1);
        out += line.toUtf8();
        out += '\n';
    };
    emitRow(m_headers);
    for (const QStringList &row : m_rows)
        emitRow(row);
}

// ---------------------------------------------------------------------------------------------

void Details::add(const QString &label, const QString &value)
{
    if (!value.isEmpty())
        m_items.append({label, {value}});
}

void Details::addList(const QString &label, const QStringList &values)
{
    if (!values.isEmpty())
        m_items.append({label, values});
}

void Details::render(QByteArray &out) const
{
    int width = 0;
    for (const auto &[label, values] : m_items)
        width = std::max(width, displayWidth(label) + 1);
    for (const auto &[label, values] : m_items) {
        QString line = label + u':' + QString(width - displayWidth(label) - 1 + 2, u' ');
        const QString indent(width + 2, u' ');
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (i > 0)
                line = indent;
            line += clean(values.at(i));
            out += line.toUtf8();
            out += '\n';
        }
    }
}

void appendJson(QByteArray &out, const QJsonObject &object, bool pretty)
{
    out += QJsonDocument(object).toJson(pretty ? QJsonDocument::Indented : QJsonDocument::Compact);
    if (!out.endsWith('\n'))
        out += '\n';
}

} // namespace cli::text

// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/servertext.h"

#include <algorithm>

namespace servertext {

bool isUnsafeControl(char32_t c)
{
    if (c == u'\t' || c == u'\n')
        return false;
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}

bool isBidiControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F ||
           c == 0x061C;
}

namespace {
// Every character removed is in the Basic Multilingual Plane and is not a surrogate, so a scan of
// UTF-16 code units finds them all and never splits a pair.
bool removed(QChar c)
{
    const char32_t u = c.unicode();
    return isUnsafeControl(u) || isBidiControl(u);
}
} // namespace

bool needsCleaning(QStringView s)
{
    for (const QChar c : s) {
        if (removed(c))
            return true;
    }
    return false;
}

QString displayable(const QString &s)
{
    if (!needsCleaning(s))
        return s;
    QString out;
    out.reserve(s.size());
    for (const QChar c : s) {
        if (!removed(c))
            out += c;
    }
    return out;
}

QString oneLine(const QString &s)
{
    const auto special = [](char32_t u) {
        return u < 0x20 || (u >= 0x7F && u <= 0x9F) || u == 0x2028 || u == 0x2029 || isBidiControl(u);
    };
    if (std::none_of(s.cbegin(), s.cend(), [&](QChar c) { return special(c.unicode()); }))
        return s;
    QString out;
    out.reserve(s.size() + 8);
    for (const QChar c : s) {
        const char32_t u = c.unicode();
        if (!special(u)) {
            out += c;
            continue;
        }
        switch (u) {
        case u'\n':
            out += QLatin1StringView("\\n");
            break;
        case u'\r':
            out += QLatin1StringView("\\r");
            break;
        case u'\t':
            out += QLatin1StringView("\\t");
            break;
        case 0x1B:
            out += QLatin1StringView("\\e");
            break;
        default:
            if (isBidiControl(u))
                break; // removed
            out += u < 0x100 ? QLatin1StringView("\\x") : QLatin1StringView("\\u");
            out += QString::number(uint(u), 16).toUpper().rightJustified(u < 0x100 ? 2 : 4, u'0');
            break;
        }
    }
    return out;
}

QVariant displayable(const QVariant &v)
{
    if (v.typeId() != QMetaType::QString)
        return v;
    const QString s = v.toString();
    return needsCleaning(s) ? QVariant(displayable(s)) : v;
}

} // namespace servertext

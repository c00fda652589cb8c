// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/servertext.h"

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

QVariant displayable(const QVariant &v)
{
    if (v.typeId() != QMetaType::QString)
        return v;
    const QString s = v.toString();
    return needsCleaning(s) ? QVariant(displayable(s)) : v;
}

} // namespace servertext

// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/json/fastjson_p.h"

#include "models/json/json.h"

#include <QTimeZone>

#include <algorithm>

namespace fastjson {

namespace {
int digits(std::string_view s, size_t pos, size_t count, bool *ok)
{
    int v = 0;
    for (size_t i = pos; i < pos + count; ++i) {
        const char c = s[i];
        if (c < '0' || c > '9') {
            *ok = false;
            return 0;
        }
        v = v * 10 + (c - '0');
    }
    return v;
}

} // namespace

QString toQString(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

static_assert(json::BodySlack >= qsizetype(simdjson::SIMDJSON_PADDING));

bool hasPadding(const QByteArray &body)
{
    // capacity() counts from the first byte to the end of the buffer; fromRawData has none.
    return body.capacity() - body.size() >= qsizetype(simdjson::SIMDJSON_PADDING);
}

QByteArray withPadding(const QByteArray &body)
{
    if (hasPadding(body))
        return body;
    QByteArray copy;
    copy.reserve(body.size() + qsizetype(simdjson::SIMDJSON_PADDING));
    copy.append(body.constData(), body.size());
    return copy;
}

simdjson::error_code parseBody(simdjson::dom::parser &parser, const QByteArray &body,
                               simdjson::padded_string &copy, simdjson::dom::element &root)
{
    const size_t size = size_t(body.size());
    if (hasPadding(body))
        return parser.parse(body.constData(), size, false).get(root);
    copy = simdjson::padded_string(body.constData(), size);
    return parser.parse(copy).get(root);
}

QDateTime parseDate(std::string_view s)
{
    bool ok = s.size() >= 19 && s[4] == '-' && s[7] == '-' && (s[10] == 'T' || s[10] == 't') &&
              s[13] == ':' && s[16] == ':';
    if (ok) {
        const int y = digits(s, 0, 4, &ok), mo = digits(s, 5, 2, &ok), d = digits(s, 8, 2, &ok);
        const int h = digits(s, 11, 2, &ok), mi = digits(s, 14, 2, &ok), se = digits(s, 17, 2, &ok);
        size_t pos = 19;
        int ms = 0;
        if (ok && pos < s.size() && s[pos] == '.') {
            // One to three digits only: Qt refuses none and rounds more (".99999" is the next
            // second), so those go through Qt's parser below, which the details pane uses too.
            ++pos;
            int scale = 100;
            const size_t first = pos;
            while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
                ms += (s[pos] - '0') * scale;
                scale /= 10;
                ++pos;
            }
            ok = pos > first && pos - first <= 3;
        }
        int offsetSeconds = 0;
        if (ok && pos < s.size() && (s[pos] == 'Z' || s[pos] == 'z') && pos + 1 == s.size()) {
            // UTC
        } else if (ok && pos + 6 == s.size() && (s[pos] == '+' || s[pos] == '-') && s[pos + 3] == ':') {
            const int oh = digits(s, pos + 1, 2, &ok), om = digits(s, pos + 4, 2, &ok);
            ok = ok && oh <= 23 && om <= 59; // as Qt: "+24:00" and "+00:60" are not offsets
            offsetSeconds = (s[pos] == '-' ? -1 : 1) * (oh * 3600 + om * 60);
        } else if (!(ok && pos == s.size())) {
            ok = false;
        }
        static constexpr int MonthDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
        if (ok && y >= 1 && mo >= 1 && mo <= 12 && d >= 1 && d <= MonthDays[mo - 1] &&
            (mo != 2 || d <= 28 || leap) && h <= 23 && mi <= 59 && se <= 59) {
            // Days from the civil date (Howard Hinnant's algorithm), no QDate on the hot path.
            const int yy = y - (mo <= 2 ? 1 : 0);
            const int era = (yy >= 0 ? yy : yy - 399) / 400;
            const int yoe = yy - era * 400;
            const int doy = (153 * (mo + (mo > 2 ? -3 : 9)) + 2) / 5 + d - 1;
            const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
            const qint64 days = qint64(era) * 146097 + doe - 719468;
            const qint64 msecs = days * 86400000 + (h * 3600 + mi * 60 + se) * qint64(1000) + ms -
                                 qint64(offsetSeconds) * 1000;
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
            return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
#else
            return QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone(QTimeZone::UTC));
#endif
        }
    }
    return json::parseDateTime(toQString(s));
}

QString readString(simdjson::dom::element e)
{
    std::string_view s;
    return e.get_string().get(s) == simdjson::SUCCESS ? toQString(s) : QString();
}

QString readShared(simdjson::dom::element e, Interner &interner)
{
    std::string_view s;
    return e.get_string().get(s) == simdjson::SUCCESS ? interner.get(s) : QString();
}

std::optional<qint64> wholeNumber(double d)
{
    if (!(d >= -9007199254740992.0 && d <= 9007199254740992.0) ||
        d != static_cast<double>(static_cast<qint64>(d)))
        return std::nullopt;
    return static_cast<qint64>(d);
}

std::optional<qint64> readWholeNumber(simdjson::dom::element e)
{
    double d = 0;
    if (e.get_double().get(d) != simdjson::SUCCESS)
        return std::nullopt;
    return wholeNumber(d);
}

QDateTime readDate(simdjson::dom::element e)
{
    std::string_view s;
    return e.get_string().get(s) == simdjson::SUCCESS ? parseDate(s) : QDateTime();
}

} // namespace fastjson

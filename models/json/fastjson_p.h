// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to models/: reading server JSON with simdjson's DOM, shared by the large listings
// (clients, usage results). The rules match models/json/json.h, which the QJsonDocument paths use, so a
// value reads the same whichever path parsed it.

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <simdjson.h>

#include <optional>
#include <string_view>
#include <unordered_map>

namespace fastjson {

QString toQString(std::string_view s);

// Parses a whole response body. Bodies from ApiCall keep room for simdjson's padding after their
// end and are parsed in place; others are copied into `copy`, which must outlive the result.
simdjson::error_code parseBody(simdjson::dom::parser &parser, const QByteArray &body,
                               simdjson::padded_string &copy, simdjson::dom::element &root);

// Asks the kernel to provide now the pages of `parser`'s buffers (allocated for `bodySize`) that
// parsing a body of that size will write, so that the parse does not stop at each fresh page. It
// does not change their contents, so it may run on another thread while `parser` parses. The sizes
// are those of API listings (tape about half the body, strings about the body); what lies beyond
// is faulted in by the parse as usual. Linux 5.14 and later (MADV_POPULATE_WRITE); elsewhere it does
// nothing.
void populateParserBuffers(simdjson::dom::parser &parser, size_t bodySize);

// "2024-01-02T03:04:05Z", "2024-01-02T03:04:05.678Z", with "+hh:mm" offsets too, without
// QDateTime::fromString (microseconds a call, tens of milliseconds over a large listing); anything
// else goes through json::parseDateTime.
QDateTime parseDate(std::string_view s);

// Strings that repeat across a listing (grant types, states, user references, scopes, role and
// division ids) are converted once and shared: faster, and far less memory for big orgs.
class Interner
{
public:
    QString get(std::string_view s)
    {
        if (s.size() > 64)
            return toQString(s);
        auto it = m_strings.find(s);
        if (it != m_strings.end())
            return it->second;
        QString q = toQString(s);
        m_strings.emplace(s, q); // the view points into the parser's buffer, alive for the parse
        return q;
    }

private:
    std::unordered_map<std::string_view, QString> m_strings;
};

QString readString(simdjson::dom::element e);
QString readShared(simdjson::dom::element e, Interner &interner);
// The rule of json::int64: whole numbers within +-2^53, written as integers or not ("3600.0").
std::optional<qint64> readWholeNumber(simdjson::dom::element e);
QDateTime readDate(simdjson::dom::element e);

} // namespace fastjson

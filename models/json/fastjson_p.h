// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to models/: what the simdjson paths share (client listings, usage results). The rules
// match models/json/json.h, which the QJsonDocument paths use, so a value reads the same whichever
// path parsed it.

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

#include <simdjson.h>

#include <optional>
#include <string_view>

namespace fastjson {

QString toQString(std::string_view s);

// simdjson reads up to SIMDJSON_PADDING bytes past the end of a document. A body whose buffer has
// that room after its end (the usual case for an answer read from the network: QByteArray grows in
// steps) is parsed in place; any other, and one that does not own its bytes
// (QByteArray::fromRawData), is copied once into a buffer that has.
[[nodiscard]] bool hasPadding(const QByteArray &body);
[[nodiscard]] QByteArray withPadding(const QByteArray &body);

// Parses a whole response body with the DOM API (usage results). Bodies without room for the
// padding are copied into `copy`, which must outlive the result.
simdjson::error_code parseBody(simdjson::dom::parser &parser, const QByteArray &body,
                               simdjson::padded_string &copy, simdjson::dom::element &root);

// Whether an On Demand document has been read to its end, nothing after its value (simdjson 3.0's
// documents have no at_end()).
inline bool atEnd(simdjson::ondemand::document &doc)
{
    return doc.current_location().error() == simdjson::OUT_OF_BOUNDS;
}

// "2024-01-02T03:04:05Z", "2024-01-02T03:04:05.678Z", with "+hh:mm" offsets too, without
// QDateTime::fromString (microseconds a call, tens of milliseconds over a large listing); anything
// else goes through json::parseDateTime.
QDateTime parseDate(std::string_view s);

// The rule of json::int64: whole numbers within +-2^53, written as integers or not ("3600.0").
std::optional<qint64> wholeNumber(double d);

// Strings that repeat across a listing (grant types, states, user references, scopes, role and
// division ids) are converted once and shared: faster, and far less memory for big orgs. It keeps
// its own copy of each key, so the text it was read from may go.
class Interner
{
public:
    QString get(std::string_view s)
    {
        if (s.size() > 64)
            return toQString(s);
        const auto it = m_strings.constFind(QByteArray::fromRawData(s.data(), qsizetype(s.size())));
        if (it != m_strings.cend())
            return it.value();
        QString q = toQString(s);
        m_strings.insert(QByteArray(s.data(), qsizetype(s.size())), q);
        return q;
    }

private:
    QHash<QByteArray, QString> m_strings;
};

// DOM readers (usage results).
QString readString(simdjson::dom::element e);
QString readShared(simdjson::dom::element e, Interner &interner);
std::optional<qint64> readWholeNumber(simdjson::dom::element e);
QDateTime readDate(simdjson::dom::element e);

} // namespace fastjson

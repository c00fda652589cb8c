// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/json/clientreader_p.h"

#include <algorithm>

using namespace simdjson;

namespace {
// Deeper values are left to QJsonDocument (whose limit is about the same), so that checking them
// here never recurses without bound. Depth 0 is a member of the client object; the readers of
// nested fields count as check() does, so that mapping and checking refuse the same texts.
constexpr int MaxDepth = 1000;
} // namespace

bool ClientReader::read(std::string_view text, std::size_t capacity, Fields fields, OAuthClient &c)
{
    m_secret = false;
    m_memberStarts.clear();
    m_memberIsSecret.clear();
    ondemand::document doc;
    ondemand::object object;
    if (m_parser.iterate(text.data(), text.size(), capacity).get(doc) || doc.get_object().get(object))
        return false;
    for (auto member : object) {
        ondemand::field field;
        if (std::move(member).get(field))
            return false;
        const char *keyStart = field.key().raw() - 1; // its opening quote
        std::string_view key;
        if (field.unescaped_key().get(key))
            return false;
        const bool secret = key == "secret";
        m_memberStarts.push_back(std::size_t(keyStart - text.data()));
        m_memberIsSecret.push_back(secret);
        m_secret = m_secret || secret;
        value v = field.value();
        bool ok = false;
        if (secret)
            ok = check(v);
        else if (fields == Fields::All)
            ok = mapField(key, v, c);
        else
            ok = key == "id" ? readString(v, c.id) : check(v);
        if (!ok)
            return false;
    }
    return fastjson::atEnd(doc);
}

QByteArray ClientReader::withoutSecret(std::string_view text) const
{
    // A member runs from its key to the next member's key (the comma between them included); the
    // last one up to the closing brace, which ends the text.
    const std::size_t count = m_memberStarts.size();
    const std::size_t close = text.size() - 1;
    if (count == 0)
        return QByteArray(text.data(), qsizetype(text.size()));
    QByteArray out;
    out.reserve(qsizetype(text.size()));
    out.append(text.data(), qsizetype(m_memberStarts.front()));
    std::size_t lastKept = count;
    for (std::size_t i = 0; i < count; ++i) {
        if (m_memberIsSecret[i])
            continue;
        const std::size_t end = i + 1 < count ? m_memberStarts[i + 1] : close;
        out.append(text.data() + m_memberStarts[i], qsizetype(end - m_memberStarts[i]));
        lastKept = i;
    }
    if (lastKept < count - 1) {
        // The last member kept was followed by a secret: drop the comma that separated them.
        while (out.endsWith(' ') || out.endsWith('\n') || out.endsWith('\r') || out.endsWith('\t'))
            out.chop(1);
        if (out.endsWith(','))
            out.chop(1);
    }
    out.append(text.data() + close, qsizetype(text.size() - close));
    return out;
}

bool ClientReader::mapField(std::string_view key, value v, OAuthClient &c)
{
    if (key == "id")
        return readString(v, c.id);
    if (key == "name")
        return readString(v, c.name);
    if (key == "description")
        return readString(v, c.description);
    if (key == "authorizedGrantType")
        return readShared(v, c.grantType);
    if (key == "state")
        return readShared(v, c.state);
    if (key == "accessTokenValiditySeconds")
        return readWholeNumber(v, c.accessTokenValiditySeconds);
    if (key == "registeredRedirectUri")
        return readStrings(v, c.registeredRedirectUri, false);
    if (key == "scope")
        return readStrings(v, c.scope, true);
    if (key == "roleIds")
        return readStrings(v, c.roleIds, true);
    if (key == "roleDivisions")
        return readRoleDivisions(v, c.roleDivisions);
    if (key == "dateCreated")
        return readDate(v, c.dateCreated);
    if (key == "dateModified")
        return readDate(v, c.dateModified);
    if (key == "dateToDelete")
        return readDate(v, c.dateToDelete);
    if (key == "createdBy")
        return readRef(v, c.createdBy);
    if (key == "modifiedBy")
        return readRef(v, c.modifiedBy);
    if (key == "selfUri")
        return readString(v, c.selfUri);
    return check(v);
}

// The readers follow models/json/json.h: a value of another type reads as absent (and is still
// checked); a key that comes twice counts the last time, as in QJsonDocument.

// The text of a string value, or nullopt for a value of another type (checked, then read as
// absent). False when the input is broken.
bool ClientReader::textOf(value v, std::optional<std::string_view> &out)
{
    out.reset();
    ondemand::json_type type{};
    if (v.type().get(type))
        return false;
    if (type != ondemand::json_type::string)
        return check(v);
    std::string_view s;
    if (v.get_string().get(s))
        return false;
    out = s;
    return true;
}

bool ClientReader::readString(value v, QString &out)
{
    std::optional<std::string_view> s;
    const bool ok = textOf(v, s);
    out = s ? fastjson::toQString(*s) : QString();
    return ok;
}

bool ClientReader::readShared(value v, QString &out)
{
    std::optional<std::string_view> s;
    const bool ok = textOf(v, s);
    out = s ? m_interner.get(*s) : QString();
    return ok;
}

bool ClientReader::readStrings(value v, QStringList &out, bool shared)
{
    ondemand::json_type type{};
    if (v.type().get(type))
        return false;
    out = QStringList();
    if (type != ondemand::json_type::array)
        return check(v);
    ondemand::array array;
    if (v.get_array().get(array))
        return false;
    for (auto element : array) {
        value e;
        ondemand::json_type elementType{};
        if (element.get(e) || e.type().get(elementType))
            return false;
        if (elementType != ondemand::json_type::string) { // skipped, as json::strings does
            if (!check(e, 1))
                return false;
            continue;
        }
        std::string_view s;
        if (e.get_string().get(s))
            return false;
        out.append(shared ? m_interner.get(s) : fastjson::toQString(s));
    }
    return true;
}

bool ClientReader::readWholeNumber(value v, std::optional<qint64> &out)
{
    ondemand::json_type type{};
    if (v.type().get(type))
        return false;
    out.reset();
    if (type != ondemand::json_type::number)
        return check(v);
    double d = 0;
    if (v.get_double().get(d))
        return false;
    out = fastjson::wholeNumber(d);
    return true;
}

bool ClientReader::readDate(value v, QDateTime &out)
{
    std::optional<std::string_view> s;
    const bool ok = textOf(v, s);
    out = s ? fastjson::parseDate(*s) : QDateTime();
    return ok;
}

bool ClientReader::readRef(value v, EntityRef &out)
{
    ondemand::json_type type{};
    if (v.type().get(type))
        return false;
    out = EntityRef();
    if (type != ondemand::json_type::object)
        return check(v);
    return readStringMembers(v, {{"id", &out.id}, {"name", &out.name}, {"selfUri", &out.selfUri}}, 1);
}

bool ClientReader::readRoleDivisions(value v, QList<RoleDivision> &out)
{
    ondemand::json_type type{};
    if (v.type().get(type))
        return false;
    out = QList<RoleDivision>();
    if (type != ondemand::json_type::array)
        return check(v);
    ondemand::array array;
    if (v.get_array().get(array))
        return false;
    for (auto element : array) {
        value e;
        ondemand::json_type elementType{};
        if (element.get(e) || e.type().get(elementType))
            return false;
        if (elementType != ondemand::json_type::object) {
            if (!check(e, 1))
                return false;
            continue;
        }
        RoleDivision rd;
        if (!readStringMembers(e, {{"roleId", &rd.roleId}, {"divisionId", &rd.divisionId}}, 2))
            return false;
        if (!rd.roleId.isEmpty())
            out.append(std::move(rd));
    }
    return true;
}

bool ClientReader::readStringMembers(value object, std::initializer_list<StringMember> members, int depth)
{
    ondemand::object o;
    if (object.get_object().get(o))
        return false;
    for (auto member : o) {
        ondemand::field field;
        std::string_view key;
        if (std::move(member).get(field) || field.unescaped_key().get(key))
            return false;
        value fieldValue = field.value();
        const auto known = std::find_if(members.begin(), members.end(),
                                        [key](const StringMember &m) { return m.key == key; });
        if (!(known != members.end() ? readShared(fieldValue, *known->out) : check(fieldValue, depth)))
            return false;
    }
    return true;
}

bool ClientReader::check(value v, int depth)
{
    ondemand::json_type type{};
    if (v.type().get(type))
        return false;
    switch (type) {
    case ondemand::json_type::array: {
        ondemand::array array;
        if (depth >= MaxDepth || v.get_array().get(array))
            return false;
        for (auto element : array) {
            value e;
            if (element.get(e) || !check(e, depth + 1))
                return false;
        }
        return true;
    }
    case ondemand::json_type::object: {
        ondemand::object object;
        if (depth >= MaxDepth || v.get_object().get(object))
            return false;
        for (auto member : object) {
            ondemand::field field;
            std::string_view key;
            if (std::move(member).get(field) || field.unescaped_key().get(key) ||
                !check(field.value(), depth + 1))
                return false;
        }
        return true;
    }
    case ondemand::json_type::string: {
        std::string_view s;
        return v.get_string().get(s) == SUCCESS;
    }
    case ondemand::json_type::number: {
        double d = 0;
        return v.get_double().get(d) == SUCCESS;
    }
    case ondemand::json_type::boolean: {
        bool b = false;
        return v.get_bool().get(b) == SUCCESS;
    }
    case ondemand::json_type::null: {
        bool isNull = false;
        return v.is_null().get(isNull) == SUCCESS && isNull;
    }
    }
    return false;
}

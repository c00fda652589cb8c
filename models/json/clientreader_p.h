// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to models/json: the second pass over a client listing, one client object at a time.

#include "models/domain/oauthclient.h"
#include "models/json/fastjson_p.h"

#include <QByteArray>

#include <simdjson.h>

#include <initializer_list>
#include <optional>
#include <string_view>
#include <vector>

// Reads the text of one client object with simdjson On Demand: the fields OAuthClient has (or only
// the id), whether it carries a "secret" and where, and whether every value in it is valid JSON
// (On Demand reads lazily; an object passed on must be checked whole). One per thread: it keeps
// its parser and the strings it shares between clients (grant types, states, scopes, users).
class ClientReader
{
public:
    enum class Fields
    {
        All,    // every field OAuthClient has (the GUI's listing)
        IdOnly, // the id alone (the CLI passes the object on as it is)
    };

    // Reads `text`, which must stay readable for `capacity` bytes from its start (its own bytes and
    // at least simdjson::SIMDJSON_PADDING more). False when simdjson refuses it: the caller then
    // asks QJsonDocument. `client` gets the fields but not `json`, which is the caller's to set.
    [[nodiscard]] bool read(std::string_view text, std::size_t capacity, Fields fields, OAuthClient &client);

    // After read(): whether the object had a "secret" member, and its text without any.
    [[nodiscard]] bool hadSecret() const { return m_secret; }
    [[nodiscard]] QByteArray withoutSecret(std::string_view text) const;

private:
    using value = simdjson::ondemand::value;
    [[nodiscard]] bool mapField(std::string_view key, value v, OAuthClient &c);
    [[nodiscard]] bool textOf(value v, std::optional<std::string_view> &out);
    [[nodiscard]] bool readString(value v, QString &out);
    [[nodiscard]] bool readShared(value v, QString &out);
    [[nodiscard]] bool readStrings(value v, QStringList &out, bool shared);
    [[nodiscard]] bool readWholeNumber(value v, std::optional<qint64> &out);
    [[nodiscard]] bool readDate(value v, QDateTime &out);
    [[nodiscard]] bool readRef(value v, EntityRef &out);
    [[nodiscard]] bool readRoleDivisions(value v, QList<RoleDivision> &out);
    // Reads the object `object` whose modelled members are all strings: the member named `key`
    // into `*out` (shared), any other only checked at `depth`. False when simdjson refuses it.
    struct StringMember
    {
        std::string_view key;
        QString *out;
    };
    [[nodiscard]] bool readStringMembers(value object, std::initializer_list<StringMember> members,
                                         int depth);
    // Reads `v` whole only to check it (values no field maps); `depth` as MaxDepth counts it.
    [[nodiscard]] static bool check(value v, int depth = 0);

    simdjson::ondemand::parser m_parser;
    fastjson::Interner m_interner;
    std::vector<std::size_t> m_memberStarts; // offsets of the members' keys in the text
    std::vector<bool> m_memberIsSecret;
    bool m_secret = false;
};

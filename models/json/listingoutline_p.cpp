// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/json/listingoutline_p.h"

#include "models/json/fastjson_p.h"
#include "models/json/json.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <simdjson.h>

#include <algorithm>
#include <climits>

using namespace Qt::Literals::StringLiterals;

namespace {

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '\r' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

// The paging fields: whole numbers only (64-bit), as the paging logic reads them.
template<class T>
void setPagingNumber(Page<T> &page, std::string_view key, int64_t n)
{
    if (key == "total")
        page.total = n;
    else if (key == "pageNumber")
        page.pageNumber = int(std::clamp<int64_t>(n, 0, INT_MAX));
    else if (key == "pageCount")
        page.pageCount = int(std::clamp<int64_t>(n, 0, INT_MAX));
    else if (key == "pageSize")
        page.pageSize = int(std::clamp<int64_t>(n, 0, INT_MAX));
}

bool isPagingNumber(std::string_view key)
{
    return key == "total" || key == "pageNumber" || key == "pageCount" || key == "pageSize";
}

// The walk itself; `error` is set for whatever simdjson refuses.
ListingOutline::Status walk(ListingOutline &out, simdjson::error_code &error)
{
    using namespace simdjson;
    using Status = ListingOutline::Status;
    const QByteArray &text = out.text;
    ondemand::parser parser;
    ondemand::document doc;
    ondemand::json_type rootType{};
    if ((error = parser.iterate(text.constData(), size_t(text.size()), size_t(text.capacity())).get(doc)) ||
        (error = doc.type().get(rootType)))
        return Status::Unreadable;
    if (rootType != ondemand::json_type::object)
        return Status::NotAnObject;
    ondemand::object root;
    if ((error = doc.get_object().get(root)))
        return Status::Unreadable;
    // A repeated key counts once, the last time, as in QJsonDocument (a single GET's path).
    bool entitiesAreList = true;
    for (auto result : root) {
        ondemand::field field;
        std::string_view key;
        ondemand::json_type type{};
        if ((error = std::move(result).get(field)) || (error = field.unescaped_key().get(key)) ||
            (error = field.value().type().get(type)))
            return Status::Unreadable;
        ondemand::value value = field.value();
        if (key == "entities") {
            out.page.entities.clear();
            out.notObjects = 0;
            entitiesAreList = type == ondemand::json_type::array || type == ondemand::json_type::null;
            if (type != ondemand::json_type::array)
                continue; // stepped over by the iteration
            ondemand::array entities;
            if ((error = value.get_array().get(entities)))
                return Status::Unreadable;
            for (auto element : entities) {
                ondemand::value entity;
                ondemand::json_type entityType{};
                if ((error = element.get(entity)) || (error = entity.type().get(entityType)))
                    return Status::Unreadable;
                if (entityType != ondemand::json_type::object) {
                    ++out.notObjects;
                    continue;
                }
                ondemand::object object;
                std::string_view raw;
                if ((error = entity.get_object().get(object)) || (error = object.raw_json().get(raw)))
                    return Status::Unreadable;
                out.page.entities.append(trimmed(raw)); // raw_json() runs up to the next token
            }
        } else if (key == "nextUri" && type == ondemand::json_type::string) {
            std::string_view next;
            if ((error = value.get_string().get(next)))
                return Status::Unreadable;
            out.page.nextUri = fastjson::toQString(next);
        } else if (isPagingNumber(key) && type == ondemand::json_type::number) {
            int64_t n = 0;
            error = value.get_int64().get(n);
            if (error == INCORRECT_TYPE || error == NUMBER_OUT_OF_RANGE) {
                error = SUCCESS; // not a 64-bit whole number: absent, as for the Qt path
                continue;
            }
            if (error)
                return Status::Unreadable;
            setPagingNumber(out.page, key, n);
        }
    }
    if (!fastjson::atEnd(doc)) {
        error = TRAILING_CONTENT;
        return Status::Unreadable;
    }
    return entitiesAreList ? Status::Ok : Status::EntitiesNotList;
}

} // namespace

ListingOutline ListingOutline::read(const QByteArray &body, Status *status)
{
    ListingOutline out;
    out.text = fastjson::withPadding(body);
    simdjson::error_code error = simdjson::SUCCESS;
    *status = walk(out, error);
    if (*status == Status::Unreadable) {
        out.page = {};
        out.notObjects = 0;
        out.error = QString::fromLatin1(simdjson::error_message(error));
    }
    return out;
}

std::size_t ListingOutline::capacityFrom(std::string_view entity) const
{
    return std::size_t(text.constData() + text.capacity() - entity.data());
}

Result<QtListing> readListingWithQt(const QByteArray &body, const QString &simdjsonError)
{
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError)
        return listingerror::unreadable(simdjsonError.isEmpty() ? pe.errorString() : simdjsonError);
    if (!doc.isObject())
        return listingerror::notAnObject();
    const QJsonObject o = doc.object();
    const QJsonValue entities = o.value("entities"_L1);
    if (!entities.isUndefined() && !entities.isNull() && !entities.isArray())
        return listingerror::entitiesNotList();
    QtListing listing;
    const QJsonArray array = entities.toArray();
    listing.page.entities.reserve(array.size());
    for (const QJsonValue &v : array) {
        if (v.isObject())
            listing.page.entities.append(v.toObject());
        else
            ++listing.notObjects;
    }
    listing.page.total = json::int64Or(o, "total"_L1, -1);
    listing.page.pageNumber = int(std::clamp<qint64>(json::int64Or(o, "pageNumber"_L1), 0, INT_MAX));
    listing.page.pageCount = int(std::clamp<qint64>(json::int64Or(o, "pageCount"_L1), 0, INT_MAX));
    listing.page.pageSize = int(std::clamp<qint64>(json::int64Or(o, "pageSize"_L1), 0, INT_MAX));
    listing.page.nextUri = json::str(o, "nextUri"_L1);
    return listing;
}

namespace listingerror {

ApiError empty()
{
    return ApiError::make(
        ApiError::Kind::BadResponse,
        QCoreApplication::translate("ServerAnswer",
                                    "The server sent an empty answer where a client listing was expected."));
}

ApiError notAnObject()
{
    return ApiError::make(ApiError::Kind::BadResponse,
                          QCoreApplication::translate(
                              "ServerAnswer", "The server sent a client listing that is not a JSON object."));
}

ApiError entitiesNotList()
{
    return ApiError::make(
        ApiError::Kind::BadResponse,
        QCoreApplication::translate("ServerAnswer",
                                    "The server sent a client listing whose \"entities\" is not an array."));
}

ApiError unreadable(const QString &why)
{
    return ApiError::make(ApiError::Kind::BadResponse,
                          QCoreApplication::translate(
                              "ServerAnswer", "The server sent a client listing that is not valid JSON (%1).")
                              .arg(why));
}

} // namespace listingerror

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to models/json: the first of the two passes over a client listing, shared by the GUI's
// listing (parseClientListing) and the CLI's pass-through (parseClientTexts).

#include "models/domain/apierror.h"
#include "models/domain/entities.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <string_view>

// The envelope of one page of a listing and where each entity's text is in it, found with simdjson
// On Demand: the envelope is read, and each object entity is stepped over with raw_json() without
// reading inside it. Reading the entities is the second pass (ClientReader), one entity at a time,
// on several threads for big listings.
struct ListingOutline
{
    enum class Status
    {
        Ok,
        Unreadable,      // simdjson refused the text (`error` says why); QJsonDocument may still read it
        NotAnObject,     // valid JSON, but not an object
        EntitiesNotList, // "entities" is neither a list nor null
    };

    // The answer as parsed: the body itself when its buffer has room for simdjson's padding after
    // its end, else a copy that has. The entities' texts point into it.
    QByteArray text;
    // Each object entity as the server wrote it (without the white space around it), in order, and
    // the paging fields as sent (absent ones keep Page's defaults).
    Page<std::string_view> page;
    int notObjects = 0; // entities that are not objects: skipped
    QString error;      // simdjson's reason, when Unreadable

    [[nodiscard]] static ListingOutline read(const QByteArray &body, Status *status);

    // How many bytes simdjson may read from `entity` on: the rest of the answer and its padding.
    [[nodiscard]] std::size_t capacityFrom(std::string_view entity) const;
};

// The same with QJsonDocument, for the documents simdjson refuses but Qt reads (a \u escape of a
// lone surrogate, an integer beyond 64 bits, a raw control character in a string): one odd client
// must not make the listing fail where its own GET would show it. Only what neither parser reads is
// an error (BadResponse, with `simdjsonError` as the reason, or Qt's when that is empty).
struct QtListing
{
    Page<QJsonObject> page; // the object entities and the paging fields
    int notObjects = 0;
};
[[nodiscard]] Result<QtListing> readListingWithQt(const QByteArray &body, const QString &simdjsonError);

// The paging fields of one page to another.
template<class From, class To>
void copyPaging(const Page<From> &from, Page<To> &to)
{
    to.total = from.total;
    to.pageNumber = from.pageNumber;
    to.pageCount = from.pageCount;
    to.pageSize = from.pageSize;
    to.nextUri = from.nextUri;
}

// The errors of a listing that is not one, worded for people.
namespace listingerror {
[[nodiscard]] ApiError empty();
[[nodiscard]] ApiError notAnObject();
[[nodiscard]] ApiError entitiesNotList();
[[nodiscard]] ApiError unreadable(const QString &why);
} // namespace listingerror

// The first pass as every parse of a listing begins: an empty body, or one that is not a listing,
// is an error; one simdjson refuses goes whole to `withQt(body, simdjson's reason)`. Returns that
// answer, or nothing when `outline` is read and the second pass may go on.
template<class T, class WithQt>
[[nodiscard]] std::optional<Result<T>> readListingOutline(const QByteArray &body, ListingOutline &outline,
                                                          WithQt withQt)
{
    if (body.trimmed().isEmpty())
        return Result<T>(listingerror::empty());
    ListingOutline::Status status{};
    outline = ListingOutline::read(body, &status);
    switch (status) {
    case ListingOutline::Status::Ok:
        break;
    case ListingOutline::Status::Unreadable:
        return withQt(body, outline.error);
    case ListingOutline::Status::NotAnObject:
        return Result<T>(listingerror::notAnObject());
    case ListingOutline::Status::EntitiesNotList:
        return Result<T>(listingerror::entitiesNotList());
    }
    return std::nullopt;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/rawclients.h"

#include "app/net/apiclient.h"
#include "app/services/paging.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <simdjson.h>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli::RawClients)
};

ApiError badListing(const QString &why)
{
    return ApiError::make(ApiError::Kind::BadResponse,
                          Tr::tr("The server sent a client listing OAuth Desk cannot read: %1").arg(why));
}

// The rare entry that carries a secret: rebuilt without it (Qt reorders its keys; correctness
// matters here, not speed).
QByteArray withoutSecret(const QByteArray &text)
{
    QJsonObject o = QJsonDocument::fromJson(text).object();
    o.remove("secret"_L1);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
} // namespace

Result<Page<QByteArray>> parseRawClientPage(const QByteArray &body, int *skipped)
{
    using namespace simdjson;
    if (body.trimmed().isEmpty())
        return badListing(Tr::tr("the answer is empty."));
    // On Demand with a parser per page: its index (about 4 bytes per structural character) is far
    // smaller than a DOM tape, and each client is passed through as the server's own bytes. Peak
    // memory for 10,000 clients drops from about 60 MB to about 40 MB.
    // Parsed in place when the body has room for the padding (ApiCall leaves it), else copied.
    padded_string copy;
    padded_string_view padded(body.constData(), size_t(body.size()), size_t(body.capacity()));
    if (size_t(body.capacity()) < size_t(body.size()) + SIMDJSON_PADDING) {
        copy = padded_string(body.constData(), size_t(body.size()));
        padded = padded_string_view(copy.data(), copy.size(), copy.size() + SIMDJSON_PADDING);
    }
    ondemand::parser parser;
    ondemand::parser entryParser;
    ondemand::document doc;
    if (const error_code e = parser.iterate(padded).get(doc); e != SUCCESS)
        return badListing(QString::fromLatin1(error_message(e)));
    ondemand::object listing;
    if (doc.get_object().get(listing) != SUCCESS)
        return badListing(Tr::tr("it is not a JSON object."));

    Page<QByteArray> page;
    for (auto field : listing) {
        std::string_view key;
        ondemand::value value;
        if (const error_code e = field.unescaped_key().get(key); e != SUCCESS)
            return badListing(QString::fromLatin1(error_message(e)));
        if (const error_code e = field.value().get(value); e != SUCCESS)
            return badListing(QString::fromLatin1(error_message(e)));
        ondemand::json_type type{};
        if (const error_code e = value.type().get(type); e != SUCCESS)
            return badListing(QString::fromLatin1(error_message(e)));
        if (key == "entities") {
            if (type == ondemand::json_type::null)
                continue;
            if (type != ondemand::json_type::array)
                return badListing(Tr::tr("\"entities\" is not a list."));
            ondemand::array array;
            if (const error_code e = value.get_array().get(array); e != SUCCESS)
                return badListing(QString::fromLatin1(error_message(e)));
            for (auto element : array) {
                ondemand::value entry;
                ondemand::json_type entryType{};
                if (element.get(entry) != SUCCESS || entry.type().get(entryType) != SUCCESS)
                    return badListing(Tr::tr("an entry cannot be read."));
                if (entryType != ondemand::json_type::object) {
                    if (skipped)
                        ++*skipped;
                    // Step over the entry (arrays and objects need skipping, scalars are consumed).
                    if (entryType == ondemand::json_type::array) {
                        std::string_view ignored;
                        ondemand::array nested;
                        if (entry.get_array().get(nested) != SUCCESS ||
                            nested.raw_json().get(ignored) != SUCCESS)
                            return badListing(Tr::tr("an entry cannot be read."));
                    } else {
                        (void)entry.raw_json_token();
                    }
                    continue;
                }
                ondemand::object object;
                std::string_view raw;
                if (entry.get_object().get(object) != SUCCESS || object.raw_json().get(raw) != SUCCESS)
                    return badListing(Tr::tr("an entry cannot be read."));
                // A second, small pass over the entry alone: its id, and whether it carries a secret.
                // The entry lies inside the padded buffer, so the padding after it is readable.
                const size_t capacity = size_t(padded.data() + padded.size() - raw.data()) + SIMDJSON_PADDING;
                ondemand::document entryDoc;
                ondemand::object entryObject;
                bool hasId = false, hasSecret = false;
                if (entryParser.iterate(raw.data(), raw.size(), capacity).get(entryDoc) == SUCCESS &&
                    entryDoc.get_object().get(entryObject) == SUCCESS) {
                    for (auto f : entryObject) {
                        std::string_view k;
                        if (f.unescaped_key().get(k) != SUCCESS)
                            break;
                        if (k == "id") {
                            std::string_view id;
                            hasId = f.value().get_string().get(id) == SUCCESS && !id.empty();
                        } else if (k == "secret") {
                            hasSecret = true;
                        }
                    }
                }
                if (!hasId) {
                    if (skipped)
                        ++*skipped;
                    continue;
                }
                // Whitespace outside strings removed (the server's escapes and order stay as sent).
                QByteArray text(qsizetype(raw.size()), Qt::Uninitialized);
                size_t length = 0;
                if (minify(raw.data(), raw.size(), text.data(), length) != SUCCESS)
                    return badListing(Tr::tr("an entry cannot be read."));
                text.truncate(qsizetype(length));
                page.entities.append(hasSecret ? withoutSecret(text) : text);
            }
        } else if (key == "nextUri" && type == ondemand::json_type::string) {
            std::string_view next;
            if (value.get_string().get(next) == SUCCESS)
                page.nextUri = QString::fromUtf8(next.data(), qsizetype(next.size()));
        } else if (type == ondemand::json_type::number &&
                   (key == "pageNumber" || key == "pageCount" || key == "pageSize" || key == "total")) {
            int64_t number = 0;
            if (value.get_int64().get(number) != SUCCESS)
                continue;
            if (key == "total")
                page.total = number;
            else if (key == "pageNumber")
                page.pageNumber = int(std::clamp<int64_t>(number, 0, INT_MAX));
            else if (key == "pageCount")
                page.pageCount = int(std::clamp<int64_t>(number, 0, INT_MAX));
            else
                page.pageSize = int(std::clamp<int64_t>(number, 0, INT_MAX));
        }
    }
    return page;
}

Operation *fetchRawClients(ApiClient *api, QObject *context, Handler<RawClients> done)
{
    auto skipped = std::make_shared<int>(0);
    return PagedFetch<QByteArray>::start(
        api, ApiRequest::get(u"/api/v2/oauth/clients"_s),
        [skipped](const QByteArray &body) { return parseRawClientPage(body, skipped.get()); }, context,
        [skipped, done = std::move(done)](const Result<QList<QByteArray>> &r) {
            if (!r) {
                done(r.error());
                return;
            }
            done(RawClients{r.value(), *skipped});
        });
}

void appendRawArray(QByteArray &out, const QList<QByteArray> &objects)
{
    qsizetype size = 2;
    for (const QByteArray &o : objects)
        size += o.size() + 1;
    out.reserve(out.size() + size + 1);
    out += '[';
    for (qsizetype i = 0; i < objects.size(); ++i) {
        if (i > 0)
            out += ',';
        out += objects.at(i);
    }
    out += "]\n";
}

} // namespace cli

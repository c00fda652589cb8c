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

QByteArray bytes(const std::string &s)
{
    return QByteArray(s.data(), qsizetype(s.size()));
}

// The rare entry that carries a secret: rebuilt without it (Qt reorders its keys; correctness
// matters here, not speed).
QByteArray withoutSecret(const std::string &minified)
{
    QJsonObject o = QJsonDocument::fromJson(bytes(minified)).object();
    o.remove("secret"_L1);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
} // namespace

Result<Page<QByteArray>> parseRawClientPage(const QByteArray &body, int *skipped)
{
    using namespace simdjson;
    if (body.trimmed().isEmpty())
        return badListing(Tr::tr("the answer is empty."));
    // A parser per page: its buffers (about three times the page) are freed with it.
    dom::parser parser;
    dom::element root;
    if (const error_code e = parser.parse(body.constData(), size_t(body.size())).get(root); e != SUCCESS)
        return badListing(QString::fromLatin1(error_message(e)));
    dom::object listing;
    if (root.get_object().get(listing) != SUCCESS)
        return badListing(Tr::tr("it is not a JSON object."));

    Page<QByteArray> page;
    dom::element entities;
    if (listing["entities"].get(entities) == SUCCESS && !entities.is_null()) {
        dom::array array;
        if (entities.get_array().get(array) != SUCCESS)
            return badListing(Tr::tr("\"entities\" is not a list."));
        page.entities.reserve(qsizetype(array.size()));
        for (dom::element entry : array) {
            dom::object client;
            std::string_view id;
            if (entry.get_object().get(client) != SUCCESS || client["id"].get_string().get(id) != SUCCESS ||
                id.empty()) {
                if (skipped)
                    ++*skipped;
                continue;
            }
            const std::string minified = minify(client);
            page.entities.append(client["secret"].error() == SUCCESS ? withoutSecret(minified)
                                                                     : bytes(minified));
        }
    }
    std::string_view next;
    if (listing["nextUri"].get_string().get(next) == SUCCESS)
        page.nextUri = QString::fromUtf8(next.data(), qsizetype(next.size()));
    int64_t number = 0;
    if (listing["pageNumber"].get_int64().get(number) == SUCCESS)
        page.pageNumber = int(std::clamp<int64_t>(number, 0, INT_MAX));
    if (listing["pageCount"].get_int64().get(number) == SUCCESS)
        page.pageCount = int(std::clamp<int64_t>(number, 0, INT_MAX));
    if (listing["pageSize"].get_int64().get(number) == SUCCESS)
        page.pageSize = int(std::clamp<int64_t>(number, 0, INT_MAX));
    if (listing["total"].get_int64().get(number) == SUCCESS)
        page.total = number;
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

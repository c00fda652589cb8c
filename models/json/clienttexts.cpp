// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/json/clienttexts.h"

#include "models/json/clientreader_p.h"
#include "models/json/listingoutline_p.h"
#include "models/json/parallel.h"

#include <QJsonDocument>

#include <simdjson.h>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

// Whitespace outside strings removed; the server's escapes and order stay as sent.
QByteArray minified(std::string_view text)
{
    QByteArray out(qsizetype(text.size()), Qt::Uninitialized);
    std::size_t length = 0;
    if (simdjson::minify(text.data(), text.size(), out.data(), length) != simdjson::SUCCESS)
        return {};
    out.truncate(qsizetype(length));
    return out;
}

// What QJsonDocument reads where simdjson refused the answer (rare; Qt orders the keys its way).
Result<ClientTexts> parseTextsWithQt(const QByteArray &body, const QString &simdjsonError)
{
    Result<QtListing> qt = readListingWithQt(body, simdjsonError);
    if (!qt)
        return qt.error();
    ClientTexts texts;
    texts.skipped = qt->notObjects;
    for (QJsonObject o : std::as_const(qt->page.entities)) {
        if (!o.value("id"_L1).isString() || o.value("id"_L1).toString().isEmpty()) {
            ++texts.skipped;
            continue;
        }
        o.remove("secret"_L1);
        texts.page.entities.append(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    copyPaging(qt->page, texts.page);
    return texts;
}

} // namespace

Result<ClientTexts> parseClientTexts(const QByteArray &body)
{
    ListingOutline outline;
    if (auto answer = readListingOutline<ClientTexts>(body, outline, parseTextsWithQt))
        return *std::move(answer);

    // As parseClientListing, but each client's id alone is read; the rest is only checked.
    const QList<std::string_view> &objects = outline.page.entities;
    QList<QByteArray> out(objects.size());
    QByteArray *const slots = out.data();
    bool unreadable[parallel::MaxParts] = {};
    parallel::forParts(std::size_t(objects.size()), [&](int part, std::size_t begin, std::size_t end) {
        ClientReader reader;
        for (std::size_t i = begin; i < end; ++i) {
            const std::string_view text = objects[qsizetype(i)];
            OAuthClient c;
            if (!reader.read(text, outline.capacityFrom(text), ClientReader::Fields::IdOnly, c)) {
                unreadable[part] = true;
                return;
            }
            if (c.id.isEmpty())
                continue; // stays null: skipped
            if (reader.hadSecret()) {
                const QByteArray without = reader.withoutSecret(text);
                slots[i] = minified(std::string_view(without.constData(), std::size_t(without.size())));
            } else {
                slots[i] = minified(text);
            }
        }
    });
    if (std::find(std::begin(unreadable), std::end(unreadable), true) != std::end(unreadable))
        return parseTextsWithQt(body, QString());
    ClientTexts texts;
    texts.skipped = outline.notObjects + int(out.removeIf([](const QByteArray &t) { return t.isNull(); }));
    texts.page.entities = std::move(out);
    copyPaging(outline.page, texts.page);
    return texts;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Client listings and single client texts through simdjson On Demand, in two passes: the envelope
// and the entities' texts (ListingOutline), then each entity on its own (ClientReader), on several
// threads for big listings. Each client keeps its own JSON text (RawJson) for lossless PUTs: a view
// into the answer, parsed only when needed.
#include "models/domain/oauthclient.h"
#include "models/json/clientreader_p.h"
#include "models/json/listingoutline_p.h"
#include "models/json/parallel.h"

#include <QJsonDocument>

#include <algorithm>
#include <memory>

namespace {

// What QJsonDocument reads where simdjson refused the answer (see readListingWithQt).
Result<ClientListing> parseListingWithQt(const QByteArray &body, const QString &simdjsonError)
{
    Result<QtListing> qt = readListingWithQt(body, simdjsonError);
    if (!qt)
        return qt.error();
    ClientListing listing;
    listing.skipped = qt->notObjects;
    listing.page.entities.reserve(qt->page.entities.size());
    for (const QJsonObject &o : std::as_const(qt->page.entities)) {
        OAuthClient c = OAuthClient::fromJson(o);
        if (c.id.isEmpty())
            ++listing.skipped;
        else
            listing.page.entities.append(std::move(c));
    }
    copyPaging(qt->page, listing.page);
    return listing;
}

} // namespace

OAuthClient OAuthClient::fromJsonText(const QByteArray &objectText)
{
    const QByteArray text = fastjson::withPadding(objectText.trimmed());
    const std::string_view view(text.constData(), std::size_t(text.size()));
    ClientReader reader;
    OAuthClient c;
    if (!reader.read(view, std::size_t(text.capacity()), ClientReader::Fields::All, c))
        return fromJson(QJsonDocument::fromJson(objectText).object());
    c.json =
        RawJson(reader.hadSecret() ? reader.withoutSecret(view) : QByteArray(text.constData(), text.size()));
    return c;
}

Result<ClientListing> parseClientListing(const QByteArray &body)
{
    ListingOutline outline;
    if (auto answer = readListingOutline<ClientListing>(body, outline, parseListingWithQt))
        return *std::move(answer);

    // Each client is read straight into its place in the listing; one without an id stays empty
    // and is dropped afterwards.
    ClientListing listing;
    const QList<std::string_view> &texts = outline.page.entities;
    QList<OAuthClient> &out = listing.page.entities;
    out.resize(texts.size());
    OAuthClient *const slots = out.data();
    bool unreadable[parallel::MaxParts] = {};
    bool secrets[parallel::MaxParts] = {};
    parallel::forParts(std::size_t(texts.size()), [&](int part, std::size_t begin, std::size_t end) {
        ClientReader reader;
        // The clients' texts point into the answer, which they keep alive; a handle per part, so
        // that each client's reference is an uncontended increment.
        const auto answer = std::make_shared<const QByteArray>(outline.text);
        for (std::size_t i = begin; i < end; ++i) {
            const std::string_view text = texts[qsizetype(i)];
            OAuthClient c;
            if (!reader.read(text, outline.capacityFrom(text), ClientReader::Fields::All, c)) {
                unreadable[part] = true;
                return;
            }
            secrets[part] = secrets[part] || reader.hadSecret(); // skipped or not, it is in the answer
            if (c.id.isEmpty())
                continue;
            if (reader.hadSecret()) {
                c.json = RawJson(reader.withoutSecret(text));
            } else {
                c.json = RawJson(answer, text.data(), qsizetype(text.size()));
            }
            slots[i] = std::move(c);
        }
    });
    if (std::find(std::begin(unreadable), std::end(unreadable), true) != std::end(unreadable))
        return parseListingWithQt(body, QString()); // Qt's reason, if it cannot read it either
    listing.skipped =
        outline.notObjects + int(out.removeIf([](const OAuthClient &c) { return c.id.isEmpty(); }));
    if (std::find(std::begin(secrets), std::end(secrets), true) != std::end(secrets)) {
        // Rare (older API versions): an answer with secrets in it must not stay in memory for as
        // long as the clients do. Each client keeps a copy of its own text; the answer goes.
        for (OAuthClient &c : out)
            c.json.unshare();
    }
    copyPaging(outline.page, listing.page);
    return listing;
}

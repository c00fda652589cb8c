// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz targets for client mapping: the simdjson listing parser (the GUI's clients and the CLI's
// pass-through texts) and the single-client parser, each checked against the QJsonDocument-based
// OAuthClient::fromJson.
#include "models/domain/oauthclient.h"
#include "models/json/clienttexts.h"
#include "tests/fuzz/fuzztargets.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace {

// Both paths must give the same typed client and the same JSON object: the listing is what the
// list shows, and its `json` is what a PUT sends back.
void checkSameClient(const OAuthClient &fast, const OAuthClient &reference)
{
    FUZZ_CHECK(fast.id == reference.id);
    FUZZ_CHECK(fast.name == reference.name);
    FUZZ_CHECK(fast.description == reference.description);
    FUZZ_CHECK(fast.grantType == reference.grantType);
    FUZZ_CHECK(fast.state == reference.state);
    FUZZ_CHECK(fast.accessTokenValiditySeconds == reference.accessTokenValiditySeconds);
    FUZZ_CHECK(fast.registeredRedirectUri == reference.registeredRedirectUri);
    FUZZ_CHECK(fast.scope == reference.scope);
    FUZZ_CHECK(fast.roleIds == reference.roleIds);
    FUZZ_CHECK(fast.roleDivisions == reference.roleDivisions);
    FUZZ_CHECK(fast.dateCreated == reference.dateCreated);
    FUZZ_CHECK(fast.dateModified == reference.dateModified);
    FUZZ_CHECK(fast.dateToDelete == reference.dateToDelete);
    FUZZ_CHECK(fast.createdBy == reference.createdBy);
    FUZZ_CHECK(fast.modifiedBy == reference.modifiedBy);
    FUZZ_CHECK(fast.selfUri == reference.selfUri);
    FUZZ_CHECK(fast.json.object() == reference.json.object());
}

// What every mapped client must satisfy, whichever path made it.
void checkClientInvariants(const OAuthClient &c)
{
    FUZZ_CHECK(!c.id.isEmpty());
    // The kept text is what a PUT is built from: it must read back as an object with this id, and
    // never hold the secret.
    QJsonParseError pe{};
    const QJsonDocument kept = QJsonDocument::fromJson(c.json.bytes(), &pe);
    FUZZ_CHECK(pe.error == QJsonParseError::NoError);
    FUZZ_CHECK(kept.isObject());
    FUZZ_CHECK(!kept.object().contains("secret"_L1));
    FUZZ_CHECK(kept.object().value("id"_L1).toString() == c.id);
}

void checkError(const ApiError &e)
{
    FUZZ_CHECK(e.kind == ApiError::Kind::BadResponse);
    FUZZ_CHECK(!e.userMessage().isEmpty());
}

} // namespace

// The CLI's texts of a listing: the same clients as the GUI's listing, each a valid JSON object
// without a secret that reads as that client's kept JSON.
void checkTexts(const Result<ClientTexts> &texts, const Result<ClientListing> &listing)
{
    FUZZ_CHECK(texts.ok() == listing.ok());
    if (!texts)
        return;
    FUZZ_CHECK(texts->skipped == listing->skipped);
    FUZZ_CHECK(texts->page.entities.size() == listing->page.entities.size());
    for (qsizetype i = 0; i < texts->page.entities.size(); ++i) {
        QJsonParseError pe{};
        const QJsonDocument text = QJsonDocument::fromJson(texts->page.entities.at(i), &pe);
        FUZZ_CHECK(pe.error == QJsonParseError::NoError && text.isObject());
        FUZZ_CHECK(!text.object().contains("secret"_L1));
        FUZZ_CHECK(text.object() == listing->page.entities.at(i).json.object());
    }
}

int fuzzClientListing(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);
    const Result<ClientListing> fast = parseClientListing(body);
    checkTexts(parseClientTexts(body), fast);

    // The differential oracle: whatever Qt's parser reads as a listing, the fast path reads too,
    // with the clients OAuthClient::fromJson maps from it, in the same order, with the same JSON.
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    const bool qtReads = pe.error == QJsonParseError::NoError && doc.isObject();
    const QJsonValue entities = qtReads ? doc.object().value("entities"_L1) : QJsonValue();
    const bool qtListing = qtReads && (entities.isUndefined() || entities.isNull() || entities.isArray());

    if (!fast) {
        checkError(fast.error());
        FUZZ_CHECK(!qtListing);
        return 0;
    }
    for (const OAuthClient &c : fast->page.entities)
        checkClientInvariants(c);
    FUZZ_CHECK(fast->skipped >= 0);
    if (!qtReads)
        return 0; // simdjson read what Qt does not; each kept text was checked above
    FUZZ_CHECK(qtListing);
    QList<OAuthClient> expected;
    int expectedSkipped = 0;
    for (const QJsonValue &v : entities.toArray()) {
        OAuthClient c = v.isObject() ? OAuthClient::fromJson(v.toObject()) : OAuthClient();
        if (c.id.isEmpty())
            ++expectedSkipped;
        else
            expected.append(std::move(c));
    }
    FUZZ_CHECK(fast->page.entities.size() == expected.size());
    FUZZ_CHECK(fast->skipped == expectedSkipped);
    for (qsizetype i = 0; i < expected.size(); ++i)
        checkSameClient(fast->page.entities.at(i), expected.at(i));
    return 0;
}

int fuzzClient(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);
    QString secret;
    const Result<OAuthClient> withSecret = parseClient(body, &secret);
    const Result<OAuthClient> without = parseClient(body);
    FUZZ_CHECK(withSecret.ok() == without.ok());
    if (!withSecret) {
        checkError(withSecret.error());
    } else {
        checkClientInvariants(withSecret.value());
        checkSameClient(withSecret.value(), without.value());
    }

    // The single-object simdjson path (fromJsonText) against the QJsonDocument path.
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return 0;
    const OAuthClient fast = OAuthClient::fromJsonText(body);
    const OAuthClient reference = OAuthClient::fromJson(doc.object());
    checkSameClient(fast, reference);
    if (!fast.id.isEmpty())
        checkClientInvariants(fast);
    return 0;
}

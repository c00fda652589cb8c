// SPDX-License-Identifier: GPL-3.0-or-later
// The fast path of client listings: simdjson instead of QJsonDocument. A listing of 10,000
// clients (9 MB) maps in milliseconds instead of about 130 ms; each client keeps its own JSON text
// (RawJson) for lossless PUTs, parsed only when needed.
#include "models/domain/oauthclient.h"
#include "models/json/fastjson_p.h"
#include "models/json/json.h"

#include <QJsonDocument>
#include <QTimeZone>

#include <simdjson.h>

#include <cstring>
#include <memory>
#include <optional>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <vector>

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace {

using namespace fastjson;

QStringList readStrings(simdjson::dom::element e, Interner *interner = nullptr)
{
    QStringList out;
    simdjson::dom::array a;
    if (e.get_array().get(a) != simdjson::SUCCESS)
        return out;
    out.reserve(qsizetype(a.size()));
    for (simdjson::dom::element x : a) {
        std::string_view s;
        if (x.get_string().get(s) == simdjson::SUCCESS)
            out.append(interner ? interner->get(s) : toQString(s));
    }
    return out;
}

EntityRef readRef(simdjson::dom::element e, Interner &interner)
{
    EntityRef ref;
    simdjson::dom::object o;
    if (e.get_object().get(o) != simdjson::SUCCESS)
        return ref;
    for (auto [key, value] : o) {
        if (key == "id")
            ref.id = readShared(value, interner);
        else if (key == "name")
            ref.name = readShared(value, interner);
        else if (key == "selfUri")
            ref.selfUri = readShared(value, interner);
    }
    return ref;
}

QList<RoleDivision> readRoleDivisions(simdjson::dom::element e, Interner &interner)
{
    QList<RoleDivision> out;
    simdjson::dom::array a;
    if (e.get_array().get(a) != simdjson::SUCCESS)
        return out;
    for (simdjson::dom::element x : a) {
        simdjson::dom::object o;
        if (x.get_object().get(o) != simdjson::SUCCESS)
            continue;
        RoleDivision rd;
        for (auto [key, value] : o) {
            if (key == "roleId")
                rd.roleId = readShared(value, interner);
            else if (key == "divisionId")
                rd.divisionId = readShared(value, interner);
        }
        if (!rd.roleId.isEmpty())
            out.append(std::move(rd));
    }
    return out;
}

// The answer a listing's clients point into (RawJson), and where the parsed text starts in it.
struct SharedBody
{
    std::shared_ptr<const QByteArray> buffer;
    const char *parsed = nullptr; // the text the spans point into; the same bytes as *buffer
};

// Maps one client object of a parsed document. `text` is the object's JSON as the server sent
// it; when empty it is re-serialised from the parser's tape (minified). With `body`, the client's
// text is a view into it instead of a copy. `sawSecret` is set when the object had a secret.
OAuthClient mapClient(simdjson::dom::object o, std::string_view text, Interner &interner,
                      const SharedBody *body = nullptr, bool *sawSecret = nullptr)
{
    OAuthClient c;
    bool hasSecret = false;
    for (auto [key, value] : o) {
        if (key == "id")
            c.id = readString(value);
        else if (key == "name")
            c.name = readString(value);
        else if (key == "description")
            c.description = readString(value);
        else if (key == "authorizedGrantType")
            c.grantType = readShared(value, interner);
        else if (key == "state")
            c.state = readShared(value, interner);
        else if (key == "accessTokenValiditySeconds")
            c.accessTokenValiditySeconds = readWholeNumber(value);
        else if (key == "registeredRedirectUri")
            c.registeredRedirectUri = readStrings(value);
        else if (key == "scope")
            c.scope = readStrings(value, &interner);
        else if (key == "roleIds")
            c.roleIds = readStrings(value, &interner);
        else if (key == "roleDivisions")
            c.roleDivisions = readRoleDivisions(value, interner);
        else if (key == "dateCreated")
            c.dateCreated = readDate(value);
        else if (key == "dateModified")
            c.dateModified = readDate(value);
        else if (key == "dateToDelete")
            c.dateToDelete = readDate(value);
        else if (key == "createdBy")
            c.createdBy = readRef(value, interner);
        else if (key == "modifiedBy")
            c.modifiedBy = readRef(value, interner);
        else if (key == "selfUri")
            c.selfUri = readString(value);
        else if (key == "secret")
            hasSecret = true;
    }
    if (hasSecret && sawSecret)
        *sawSecret = true;
    if (body && !hasSecret && !text.empty()) {
        c.json = RawJson(body->buffer, body->buffer->constData() + (text.data() - body->parsed),
                         qsizetype(text.size()));
        return c;
    }
    QByteArray bytes;
    if (!text.empty()) {
        bytes = QByteArray(text.data(), qsizetype(text.size()));
    } else {
        const std::string minified = simdjson::minify(o);
        bytes = QByteArray(minified.data(), qsizetype(minified.size()));
    }
    if (hasSecret) {
        // Rare (older API versions): rebuild the text without it.
        QJsonObject obj = QJsonDocument::fromJson(bytes).object();
        obj.remove("secret"_L1);
        c.json = RawJson(obj);
    } else {
        c.json = RawJson(std::move(bytes));
    }
    return c;
}

// Finds the text of each element of the top-level "entities" array in a document simdjson has
// already validated, so each client keeps the server's own bytes without re-serialising 9 MB.
// Strings are skipped with memchr; only structural bytes are looked at one by one.
class EntitySpans
{
public:
    // Safe on any input (it runs beside the parser, before the document is known to be valid);
    // the spans are used only when simdjson accepted the document and agrees on the count.
    explicit EntitySpans(std::string_view doc)
        : m_doc(doc)
    {
        scan();
    }
    [[nodiscard]] const std::vector<std::string_view> &spans() const { return m_spans; }
    // A key at the top level was written with escapes ("entit\u0069es"): the raw text cannot tell
    // whether it names the entities, so the spans must not be trusted.
    [[nodiscard]] bool ambiguous() const { return m_ambiguous; }

private:
    // Returns the index just past the closing quote of the string starting at `i`.
    [[nodiscard]] size_t skipString(size_t i) const
    {
        ++i;
        while (i < m_doc.size()) {
            const void *q = std::memchr(m_doc.data() + i, '"', m_doc.size() - i);
            if (!q)
                return m_doc.size();
            const size_t at = size_t(static_cast<const char *>(q) - m_doc.data());
            size_t backslashes = 0;
            while (at > backslashes && m_doc[at - 1 - backslashes] == '\\')
                ++backslashes;
            if (backslashes % 2 == 0)
                return at + 1;
            i = at + 1;
        }
        return m_doc.size();
    }

    void scan()
    {
        int depth = 0;
        bool expectKey = false;
        std::string_view lastKey;
        bool inEntities = false;
        size_t elementStart = std::string_view::npos;
        for (size_t i = 0; i < m_doc.size(); ++i) {
            const char c = m_doc[i];
            switch (c) {
            case '"': {
                const size_t end = skipString(i);
                if (depth == 1 && expectKey) {
                    lastKey = m_doc.substr(i + 1, end - i - 2);
                    if (lastKey.find('\\') != std::string_view::npos)
                        m_ambiguous = true;
                }
                if (inEntities && depth == 2 && elementStart == std::string_view::npos)
                    elementStart = i;
                i = end - 1;
                break;
            }
            case '{':
            case '[':
                if (inEntities && depth == 2 && elementStart == std::string_view::npos)
                    elementStart = i;
                if (depth == 1 && c == '[' && lastKey == "entities") {
                    // A repeated key: the last one counts, as for the parser (and QJsonDocument).
                    m_spans.clear();
                    inEntities = true;
                }
                ++depth;
                expectKey = c == '{';
                break;
            case '}':
            case ']':
                --depth;
                if (inEntities && depth == 2 && elementStart != std::string_view::npos) {
                    m_spans.push_back(m_doc.substr(elementStart, i + 1 - elementStart));
                    elementStart = std::string_view::npos;
                } else if (inEntities && depth == 1) {
                    if (elementStart != std::string_view::npos) // a last scalar element
                        m_spans.push_back(trimmed(m_doc.substr(elementStart, i - elementStart)));
                    elementStart = std::string_view::npos;
                    inEntities = false; // the envelope after it is short; a repeated key may follow
                }
                break;
            case ',':
                if (depth == 1)
                    expectKey = true;
                if (inEntities && depth == 2 && elementStart != std::string_view::npos) {
                    m_spans.push_back(trimmed(m_doc.substr(elementStart, i - elementStart)));
                    elementStart = std::string_view::npos;
                }
                break;
            case ':':
                if (depth == 1)
                    expectKey = false;
                break;
            case ' ':
            case '\n':
            case '\r':
            case '\t':
                break;
            default:
                if (inEntities && depth == 2 && elementStart == std::string_view::npos)
                    elementStart = i; // numbers, true, false, null
                break;
            }
        }
    }

    static std::string_view trimmed(std::string_view s)
    {
        while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '\r' || s.back() == '\t'))
            s.remove_suffix(1);
        return s;
    }

    std::string_view m_doc;
    std::vector<std::string_view> m_spans;
    bool m_ambiguous = false;
};

// Below this many clients a second thread costs more than it saves.
constexpr size_t ParallelThreshold = 2000;

ApiError badListing(const QString &why)
{
    return ApiError::make(ApiError::Kind::BadResponse,
                          QCoreApplication::translate(
                              "ServerAnswer", "The server sent a client listing that is not valid JSON (%1).")
                              .arg(why));
}

// simdjson refuses some documents that QJsonDocument reads: \u escapes of lone surrogates and
// integers beyond 64 bits (both valid JSON), raw control characters in strings. A single such
// client must not make the whole listing fail where its GET would show it, so these documents take
// the slower QJsonDocument path; only what neither parser reads is an error.
Result<ClientListing> parseListingWithQt(const QByteArray &body, const QString &simdjsonError)
{
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError)
        return badListing(simdjsonError);
    if (!doc.isObject())
        return ApiError::make(
            ApiError::Kind::BadResponse,
            QCoreApplication::translate("ServerAnswer",
                                        "The server sent a client listing that is not a JSON object."));
    const QJsonObject o = doc.object();
    const Result<QJsonArray> entities = json::entities(o, u"a client listing");
    if (!entities)
        return entities.error();
    ClientListing listing;
    listing.page.entities.reserve(entities->size());
    for (const QJsonValue &v : entities.value()) {
        OAuthClient c = v.isObject() ? OAuthClient::fromJson(v.toObject()) : OAuthClient();
        if (c.id.isEmpty())
            ++listing.skipped;
        else
            listing.page.entities.append(std::move(c));
    }
    listing.page.total = json::int64Or(o, "total"_L1, -1);
    listing.page.pageNumber = int(std::clamp<qint64>(json::int64Or(o, "pageNumber"_L1), 0, INT_MAX));
    listing.page.pageCount = int(std::clamp<qint64>(json::int64Or(o, "pageCount"_L1), 0, INT_MAX));
    listing.page.pageSize = int(std::clamp<qint64>(json::int64Or(o, "pageSize"_L1), 0, INT_MAX));
    listing.page.nextUri = json::str(o, "nextUri"_L1);
    return listing;
}

} // namespace

OAuthClient OAuthClient::fromJsonText(const QByteArray &objectText)
{
    simdjson::dom::parser parser;
    simdjson::dom::object o;
    const simdjson::padded_string padded(objectText.constData(), size_t(objectText.size()));
    if (parser.parse(padded).get_object().get(o) != simdjson::SUCCESS)
        return fromJson(QJsonDocument::fromJson(objectText).object());
    Interner interner;
    return mapClient(o, std::string_view(objectText.constData(), size_t(objectText.size())), interner);
}

Result<ClientListing> parseClientListing(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return ApiError::make(
            ApiError::Kind::BadResponse,
            QCoreApplication::translate(
                "ServerAnswer", "The server sent an empty answer where a client listing was expected."));
    // The DOM API dispatches at run time to the best implementation of this CPU (AVX2 here);
    // On Demand would be fixed at compile time to the portable fallback.
    // For large bodies a second thread first has the kernel provide the pages the parser is about
    // to write (fresh pages cost about a third of the parse otherwise), then runs the span scan.
    std::optional<EntitySpans> spansStorage;
    std::thread scanner;
    const std::string_view text(body.constData(), size_t(body.size()));
    simdjson::dom::parser parser;
    if (size_t(body.size()) >= ParallelThreshold * 500 && std::thread::hardware_concurrency() > 1) {
        const bool allocated = parser.allocate(text.size()) == simdjson::SUCCESS;
        scanner = std::thread([&spansStorage, &parser, text, allocated] {
            if (allocated)
                populateParserBuffers(parser, text.size());
            spansStorage.emplace(text);
        });
    } else {
        spansStorage.emplace(text);
    }
    simdjson::dom::element root;
    simdjson::padded_string copy;
    const simdjson::error_code parseError = parseBody(parser, body, copy, root);
    if (scanner.joinable())
        scanner.join();
    const EntitySpans &spans = *spansStorage;
    if (parseError != simdjson::SUCCESS)
        return parseListingWithQt(body, QString::fromLatin1(simdjson::error_message(parseError)));
    simdjson::dom::object o;
    if (root.get_object().get(o) != simdjson::SUCCESS)
        return ApiError::make(
            ApiError::Kind::BadResponse,
            QCoreApplication::translate("ServerAnswer",
                                        "The server sent a client listing that is not a JSON object."));

    ClientListing listing;
    // A repeated key counts once, the last time, as in QJsonDocument (a single GET's path).
    std::optional<simdjson::dom::element> entitiesValue;
    for (auto [key, value] : o) {
        if (key == "entities") {
            entitiesValue = value;
        } else if (key == "total" || key == "pageNumber" || key == "pageCount" || key == "pageSize") {
            int64_t n = 0;
            if (value.get_int64().get(n) != simdjson::SUCCESS)
                continue;
            if (key == "total")
                listing.page.total = n;
            else if (key == "pageNumber")
                listing.page.pageNumber = int(std::clamp<int64_t>(n, 0, INT_MAX));
            else if (key == "pageCount")
                listing.page.pageCount = int(std::clamp<int64_t>(n, 0, INT_MAX));
            else
                listing.page.pageSize = int(std::clamp<int64_t>(n, 0, INT_MAX));
        } else if (key == "nextUri") {
            listing.page.nextUri = readString(value);
        }
    }
    if (!entitiesValue || entitiesValue->is_null())
        return listing;
    simdjson::dom::array entities;
    if (entitiesValue->get_array().get(entities) != simdjson::SUCCESS)
        return ApiError::make(
            ApiError::Kind::BadResponse,
            QCoreApplication::translate(
                "ServerAnswer", "The server sent a client listing whose \"entities\" is not an array."));
    // Collect the elements (a walk of the tape), then map them on two threads: mapping costs
    // about as much as parsing, and large listings are where the wait is felt.
    std::vector<simdjson::dom::element> elements;
    elements.reserve(entities.size());
    for (simdjson::dom::element e : entities)
        elements.push_back(e);
    const size_t count = elements.size();
    // The scanner and simdjson must agree on the elements; if they do not, or the scanner cannot
    // tell (an escaped top-level key), every client is re-serialised from the tape instead.
    const bool useSpans = !spans.ambiguous() && spans.spans().size() == count;
    // Each client is mapped straight into its place in the listing; one that is not an object or
    // has no id stays empty and is dropped afterwards.
    QList<OAuthClient> &out = listing.page.entities;
    out.resize(qsizetype(count));
    OAuthClient *const slots = out.data();
    // The clients' texts point into the answer, which they keep alive. A body that does not own its
    // bytes (QByteArray::fromRawData) is copied once, so that they cannot outlive them.
    QByteArray owned = body;
    if (!owned.data_ptr().isMutable())
        owned = QByteArray(body.constData(), body.size());
    bool secrets[2] = {false, false};
    auto mapRange = [&](size_t from, size_t to, bool *sawSecret) {
        Interner local;
        // A buffer handle per thread: each client's reference is then an uncontended increment.
        const SharedBody shared{std::make_shared<const QByteArray>(owned), body.constData()};
        for (size_t i = from; i < to; ++i) {
            simdjson::dom::object client;
            if (elements[i].get_object().get(client) != simdjson::SUCCESS)
                continue;
            OAuthClient c = mapClient(client, useSpans ? spans.spans()[i] : std::string_view(), local,
                                      useSpans ? &shared : nullptr, sawSecret);
            if (!c.id.isEmpty())
                slots[i] = std::move(c);
        }
    };
    if (count >= ParallelThreshold && std::thread::hardware_concurrency() > 1) {
        std::thread second(mapRange, count / 2, count, &secrets[1]);
        mapRange(0, count / 2, &secrets[0]);
        second.join();
    } else {
        mapRange(0, count, &secrets[0]);
    }
    listing.skipped = int(out.removeIf([](const OAuthClient &c) { return c.id.isEmpty(); }));
    if (secrets[0] || secrets[1]) {
        // Rare (older API versions): an answer with secrets in it must not stay in memory for as
        // long as the clients do. Each client keeps a copy of its own text; the answer goes.
        for (OAuthClient &c : out)
            c.json.unshare();
    }
    return listing;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// JSON mapping of every model: known fields, unknown fields kept, odd values survived.
#include "models/domain/authorization.h"
#include "models/domain/directory.h"
#include "models/domain/oauthclient.h"
#include "models/domain/scope.h"
#include "models/domain/usage.h"
#include "models/json/clienttexts.h"
#include "models/json/json.h"
#include "tests/support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

class TestModelsJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void clientMapsEveryField();
    void clientNeverKeepsTheSecret();
    void clientKeepsUnknownFields();
    void clientKeepsUnknownEnumValues();
    void clientSurvivesWrongTypes();
    void longLivedLifetimeIsKept();
    void clientWithoutIdIsRefused();
    void updateBodyKeepsEverythingButReadOnlyFields();
    void updateBodyKeepsRoleIdsWithoutRoleDivisions();
    void shapeValidation_data();
    void shapeValidation();
    void listingParsesAndSkipsBadEntities();
    void listingErrors_data();
    void listingErrors();
    void emptyListingIsFine();
    void listingKeepsEachClientsOwnText();
    void listingClientsShareTheAnswerUnlessItHasSecrets();
    void bigListingMatchesTheQtPath_data();
    void bigListingMatchesTheQtPath();
    void listingDropsSecretsKeepingTheServersText();
    void listingRefusesInvalidValuesItDoesNotMap_data();
    void listingRefusesInvalidValuesItDoesNotMap();
    void listingWithAClientOnlyQtReadsIsRead();
    void answerWithoutRoomForPaddingIsCopiedOnce();
    void errorBodyMapsEveryField();
    void errorBodyFromHtmlPage();
    void notFoundTellsAMissingResourceFromAMissingEndpoint();
    void errorBodyBoundsNesting();
    void scopesAndAuthorizations();
    void rolesDivisionsAndTokenInfo();
    void usageQueryAndResults();
    void dateTimeParsing();
    void hugeAndDeepInputsDoNotCrash();
};

// Definitions stay outside the class: moc misreads raw string literals that contain "//".

void TestModelsJson::clientMapsEveryField()
{
    QString secret;
    const Result<OAuthClient> r = parseClient(testsupport::readData(u"models/client-full.json"_s), &secret);
    QVERIFY(r.ok());
    const OAuthClient &c = r.value();
    QCOMPARE(c.id, u"0f3c2b9e-1111-4a5b-9c8d-000000000001"_s);
    QCOMPARE(c.name, u"Salesforce CTI connector"_s);
    QCOMPARE(c.grant(), GrantType::Code);
    QCOMPARE(c.clientState(), ClientState::Active);
    QCOMPARE(c.accessTokenValiditySeconds.value_or(-1), 86400);
    QCOMPARE(c.registeredRedirectUri.size(), 2);
    QCOMPARE(c.scope, (QStringList{u"users:readonly"_s, u"analytics:readonly"_s}));
    QCOMPARE(c.dateCreated, QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5, 678), Qt::UTC));
    QCOMPARE(c.dateModified, QDateTime(QDate(2025, 6, 7), QTime(8, 9, 10), Qt::UTC));
    QCOMPARE(c.createdBy.displayName(), u"Ada Admin"_s);
    QCOMPARE(c.modifiedBy.displayName(), u"u-2"_s); // no name: the id
    QCOMPARE(secret, u"this-must-never-be-kept-0123456789abcdef"_s);
}

void TestModelsJson::clientNeverKeepsTheSecret()
{
    const Result<OAuthClient> r = parseClient(testsupport::readData(u"models/client-full.json"_s));
    QVERIFY(r.ok());
    QVERIFY(!r->json.contains("secret"_L1));
    const QByteArray all = QJsonDocument(r->json.object()).toJson();
    QVERIFY(!all.contains("this-must-never-be-kept"));
    QVERIFY(!QJsonDocument(r->toRequestJson()).toJson().contains("this-must-never-be-kept"));
}

void TestModelsJson::clientKeepsUnknownFields()
{
    const Result<OAuthClient> r = parseClient(testsupport::readData(u"models/client-full.json"_s));
    QVERIFY(r.ok());
    QCOMPARE(r->unknownFields(), (QStringList{u"customProperties"_s, u"orgSharingEnabled"_s}));
    QCOMPARE(r->json.value("customProperties"_L1).toObject().value("ticket"_L1).toInt(), 4711);
}

void TestModelsJson::clientKeepsUnknownEnumValues()
{
    const QByteArray body = R"({"id":"x","name":"n","authorizedGrantType":"PKCE-CODE","state":"deleted"})";
    const Result<OAuthClient> r = parseClient(body);
    QVERIFY(r.ok());
    QCOMPARE(r->grant(), GrantType::Unknown);
    QCOMPARE(r->grantType, u"PKCE-CODE"_s);
    QCOMPARE(r->clientState(), ClientState::Deleted);
    QCOMPARE(r->state, u"deleted"_s);
    const OAuthClient odd =
        OAuthClient::fromJson(QJsonObject{{u"id"_s, u"y"_s}, {u"state"_s, u"archived"_s}});
    QCOMPARE(odd.clientState(), ClientState::Unknown);
    QCOMPARE(odd.state, u"archived"_s);
}

void TestModelsJson::clientSurvivesWrongTypes()
{
    const QByteArray body = R"({"id":"x","name":5,"accessTokenValiditySeconds":"86400","scope":"a",
        "registeredRedirectUri":[1,"https://ok",null],"roleDivisions":[{"roleId":7},{"roleId":"r","divisionId":"*"},3],
        "createdBy":"u","dateCreated":"yesterday","state":null})";
    const Result<OAuthClient> r = parseClient(body);
    QVERIFY(r.ok());
    QVERIFY(r->name.isEmpty());
    QVERIFY(!r->accessTokenValiditySeconds.has_value());
    QCOMPARE(r->tokenLifetime(), TokenLifetime::Default);
    QVERIFY(r->scope.isEmpty());
    QCOMPARE(r->registeredRedirectUri, QStringList{u"https://ok"_s});
    QCOMPARE(r->roleDivisions.size(), 1);
    QCOMPARE(r->roleDivisions.first().divisionId, u"*"_s);
    QVERIFY(r->createdBy.isNull());
    QVERIFY(!r->dateCreated.isValid());
    // Wrong types are still kept in the raw JSON, so a PUT sends back what the server sent.
    QCOMPARE(r->json.value("name"_L1).toInt(), 5);
}

void TestModelsJson::longLivedLifetimeIsKept()
{
    const Result<OAuthClient> r = parseClient(
        R"({"id":"scim","name":"SCIM","authorizedGrantType":"CLIENT-CREDENTIALS","accessTokenValiditySeconds":38880000})");
    QVERIFY(r.ok());
    QCOMPARE(r->tokenLifetime(), 38880000);
}

void TestModelsJson::clientWithoutIdIsRefused()
{
    QVERIFY(!parseClient(R"({"name":"n"})").ok());
    QCOMPARE(parseClient("[]").error().kind, ApiError::Kind::BadResponse);
    QCOMPARE(parseClient("").error().kind, ApiError::Kind::BadResponse);
    QCOMPARE(parseClient(R"({"id":"x","name":)").error().kind, ApiError::Kind::BadResponse);
}

void TestModelsJson::updateBodyKeepsEverythingButReadOnlyFields()
{
    const Result<OAuthClient> r = parseClient(testsupport::readData(u"models/client-full.json"_s));
    QVERIFY(r.ok());
    const QJsonObject body = buildClientUpdateBody(
        r->json.object(), QJsonObject{{u"description"_s, u"new"_s}, {u"id"_s, u"hijack"_s}});
    for (const QString &ro : clientReadOnlyFields())
        QVERIFY2(!body.contains(ro), qPrintable(ro));
    QCOMPARE(body.value("description"_L1).toString(), u"new"_s);
    QCOMPARE(body.value("name"_L1).toString(), u"Salesforce CTI connector"_s);
    QVERIFY(body.contains("orgSharingEnabled"_L1));
    QCOMPARE(body.value("customProperties"_L1).toObject().value("team"_L1).toString(), u"CRM"_s);
    QVERIFY(body.contains("registeredRedirectUri"_L1));
    // roleDivisions present -> deprecated roleIds dropped
    QVERIFY(!body.contains("roleIds"_L1));
}

void TestModelsJson::updateBodyKeepsRoleIdsWithoutRoleDivisions()
{
    const QJsonObject server{{u"id"_s, u"x"_s}, {u"name"_s, u"n"_s}, {u"roleIds"_s, QJsonArray{u"r1"_s}}};
    const QJsonObject body = buildClientUpdateBody(server, {});
    QCOMPARE(body.value("roleIds"_L1).toArray().size(), 1);
    const QJsonObject withDivisions = buildClientUpdateBody(
        server, QJsonObject{{u"roleDivisions"_s,
                             QJsonArray{QJsonObject{{u"roleId"_s, u"r1"_s}, {u"divisionId"_s, u"*"_s}}}}});
    QVERIFY(!withDivisions.contains("roleIds"_L1));
}

void TestModelsJson::shapeValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("problems");
    QTest::newRow("ok")
        << QByteArray(
               R"({"name":"a","authorizedGrantType":"CODE","registeredRedirectUri":["https://x"],"scope":["s"]})")
        << 0;
    QTest::newRow("ok-cc")
        << QByteArray(
               R"({"name":"a","authorizedGrantType":"CLIENT-CREDENTIALS","roleDivisions":[{"roleId":"r","divisionId":"*"}]})")
        << 0;
    QTest::newRow("missing name") << QByteArray(R"({"authorizedGrantType":"CODE"})") << 1;
    QTest::newRow("empty name") << QByteArray(R"({"name":"  ","authorizedGrantType":"CODE"})") << 1;
    QTest::newRow("missing grant") << QByteArray(R"({"name":"a"})") << 1;
    QTest::newRow("bad grant") << QByteArray(R"({"name":"a","authorizedGrantType":"code"})") << 1;
    QTest::newRow("bad state") << QByteArray(R"({"name":"a","authorizedGrantType":"CODE","state":"deleted"})")
                               << 1;
    QTest::newRow("lifetime string")
        << QByteArray(R"({"name":"a","authorizedGrantType":"CODE","accessTokenValiditySeconds":"1"})") << 1;
    QTest::newRow("lifetime fraction")
        << QByteArray(R"({"name":"a","authorizedGrantType":"CODE","accessTokenValiditySeconds":1.5})") << 1;
    QTest::newRow("scope not array") << QByteArray(R"({"name":"a","authorizedGrantType":"CODE","scope":"s"})")
                                     << 1;
    QTest::newRow("scope numbers") << QByteArray(R"({"name":"a","authorizedGrantType":"CODE","scope":[1]})")
                                   << 1;
    QTest::newRow("roleDivisions bad")
        << QByteArray(
               R"({"name":"a","authorizedGrantType":"CLIENT-CREDENTIALS","roleDivisions":[{"roleId":"r"}]})")
        << 1;
    QTest::newRow("two problems") << QByteArray(R"({"name":1,"authorizedGrantType":"X"})") << 2;
}

void TestModelsJson::shapeValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(int, problems);
    const QStringList found = validateClientRequestShape(QJsonDocument::fromJson(body).object());
    QCOMPARE(found.size(), problems);
}

void TestModelsJson::listingParsesAndSkipsBadEntities()
{
    const QByteArray body = R"({"entities":[{"id":"a","name":"A"},5,{"name":"no id"},{"id":"b","name":"B"}],
        "pageSize":25,"pageNumber":1,"total":2,"pageCount":1})";
    const Result<ClientListing> r = parseClientListing(body);
    QVERIFY(r.ok());
    QCOMPARE(r->page.entities.size(), 2);
    QCOMPARE(r->skipped, 2);
    QCOMPARE(r->page.total, 2);
    QVERIFY(r->page.nextUri.isEmpty());
}

void TestModelsJson::listingErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("entities object") << QByteArray(R"({"entities":{}})");
    QTest::newRow("array root") << QByteArray("[]");
    QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>");
    QTest::newRow("cut short") << QByteArray(R"({"entities":[{"id":"a","na)");
    QTest::newRow("invalid utf8") << QByteArray("{\"entities\":[{\"id\":\"\xff\xfe\"}]");
    QTest::newRow("empty") << QByteArray();
}

void TestModelsJson::listingErrors()
{
    QFETCH(QByteArray, body);
    const Result<ClientListing> r = parseClientListing(body);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ApiError::Kind::BadResponse);
    QVERIFY(!r.error().userMessage().isEmpty());
}

void TestModelsJson::emptyListingIsFine()
{
    const Result<ClientListing> r = parseClientListing(R"({"total":0})");
    QVERIFY(r.ok());
    QVERIFY(r->page.entities.isEmpty());
}

namespace {
// A client read by the simdjson listing path against the same object read by QJsonDocument.
void compareWithQtPath(const OAuthClient &fast, const QJsonObject &object)
{
    const OAuthClient slow = OAuthClient::fromJson(object);
    QCOMPARE(fast.id, slow.id);
    QCOMPARE(fast.name, slow.name);
    QCOMPARE(fast.description, slow.description);
    QCOMPARE(fast.grantType, slow.grantType);
    QCOMPARE(fast.scope, slow.scope);
    QCOMPARE(fast.accessTokenValiditySeconds, slow.accessTokenValiditySeconds);
    QCOMPARE(fast.dateCreated, slow.dateCreated);
    QCOMPARE(fast.dateModified, slow.dateModified);
    QCOMPARE(fast.dateToDelete, slow.dateToDelete);
    QCOMPARE(fast.json.object(), slow.json.object());
}
} // namespace

void TestModelsJson::listingKeepsEachClientsOwnText()
{
    const QByteArray body = testsupport::readData(u"models/listing-tricky.json"_s);
    const Result<ClientListing> r = parseClientListing(body);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->page.entities.size(), 3);
    QCOMPARE(r->skipped, 3);
    QCOMPARE(r->page.nextUri, u"/api/v2/oauth/clients?pageNumber=2"_s);
    // Every client maps exactly as the QJsonDocument path does, and keeps its own JSON.
    const QJsonArray reference = QJsonDocument::fromJson(body).object().value("entities"_L1).toArray();
    const QList<QJsonObject> objects = {reference.at(0).toObject(), reference.at(3).toObject(),
                                        reference.at(5).toObject()};
    for (int i = 0; i < 3; ++i) {
        compareWithQtPath(r->page.entities.at(i), objects.at(i));
        if (QTest::currentTestFailed())
            return;
    }
    QCOMPARE(r->page.entities.at(0).id, u"a\"1"_s);
    QCOMPARE(r->page.entities.at(0).name, u"Braces {[,]} and \\ backslash \\\\\""_s);
    QCOMPARE(r->page.entities.at(0).dateCreated,
             QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 999), Qt::UTC));
    QVERIFY(r->page.entities.at(0).json.contains("nested"_L1));
    // The server's own bytes, not a re-serialisation.
    QVERIFY(r->page.entities.at(0).json.bytes().startsWith("{ \"id\" : \"a\\\"1\""));
    QCOMPARE(r->page.entities.at(1).name, u"Ünïcödé ✓ é😀"_s);
    QVERIFY(!r->page.entities.at(1).json.contains("secret"_L1));
    QVERIFY(!r->page.entities.at(1).json.bytes().contains("DROP-ME"));
    QVERIFY(!r->page.entities.at(1).dateModified.isValid()); // February 30th
    QCOMPARE(r->page.entities.at(2).dateCreated, QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC));
}

void TestModelsJson::listingClientsShareTheAnswerUnlessItHasSecrets()
{
    const QByteArray entities[] = {R"({"id":"c1","name":"One","authorizedGrantType":"CODE","x":{"a":[1,2]}})",
                                   R"({"id":"c2","name":"Two","authorizedGrantType":"TOKEN"})"};
    const QByteArray secretEntity = R"({"id":"c3","name":"Three","secret":"S3CR3T-IN-A-LISTING"})";
    auto listingOf = [](const QList<QByteArray> &objects) {
        return "{\"entities\": [" + objects.join(", ") +
               "], \"total\": " + QByteArray::number(objects.size()) + "}";
    };

    // The clients point into the answer and keep it alive after the caller dropped it.
    QList<OAuthClient> clients;
    {
        QByteArray body = listingOf({entities[0], entities[1]});
        Result<ClientListing> r = parseClientListing(body);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        clients = r->page.entities;
        body.fill('#');
    }
    QCOMPARE(clients.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QVERIFY(clients.at(i).json.isShared());
        QCOMPARE(clients.at(i).json.bytes(), entities[i]);
    }
    QCOMPARE(clients.at(0).json.object().value("x"_L1).toObject().value("a"_L1).toArray().size(), 2);

    // An answer with a secret in it is not kept: every client copies its own text out.
    {
        const Result<ClientListing> r =
            parseClientListing(listingOf({entities[0], secretEntity, entities[1]}));
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->page.entities.size(), 3);
        for (const OAuthClient &c : r->page.entities) {
            QVERIFY2(!c.json.isShared(), qPrintable(c.id));
            QVERIFY(!c.json.bytes().contains("S3CR3T"));
        }
        QCOMPARE(r->page.entities.at(0).json.bytes(), entities[0]);
    }

    // A body that does not own its bytes (fromRawData) is copied once: the clients outlive the
    // caller's buffer.
    {
        auto buffer = std::make_unique<QByteArray>(listingOf({entities[1], entities[0]}));
        const QByteArray raw = QByteArray::fromRawData(buffer->constData(), buffer->size());
        Result<ClientListing> r = parseClientListing(raw);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        clients = r->page.entities;
        buffer->fill('#');
        buffer.reset();
    }
    QCOMPARE(clients.at(0).json.bytes(), entities[1]);
    QCOMPARE(clients.at(1).json.bytes(), entities[0]);
    QCOMPARE(clients.at(1).name, u"One"_s);

    // unshare() copies the text out.
    RawJson copy = clients.at(0).json;
    copy.unshare();
    QVERIFY(!copy.isShared());
    QCOMPARE(copy, clients.at(0).json);
}

void TestModelsJson::bigListingMatchesTheQtPath_data()
{
    QTest::addColumn<bool>("withSecret");
    QTest::newRow("plain") << false;
    QTest::newRow("one client with a secret") << true;
}

// From parallel::Threshold clients on, the clients are read in parts at the same time. Every
// client must read as QJsonDocument reads it.
void TestModelsJson::bigListingMatchesTheQtPath()
{
    QFETCH(bool, withSecret);
    QList<QByteArray> entities;
    for (int i = 0; i < 3000; ++i) {
        QByteArray e =
            "{\"id\":\"id-" + QByteArray::number(i) + "\", \"name\":\"Client \\\"" + QByteArray::number(i) +
            "\\\" \u00e9\",\n \"authorizedGrantType\":\"" + (i % 3 ? "CODE" : "CLIENT-CREDENTIALS") +
            "\",\"scope\":[\"users:readonly\",\"analytics\"],\"accessTokenValiditySeconds\":" +
            QByteArray::number(300 + i) + ",\"dateCreated\":\"2025-01-02T03:04:05.678Z\",\"description\":\"" +
            QByteArray(300, char('a' + i % 26)) + "\",\"future\":{\"n\":[" + QByteArray::number(i) +
            ",null,true]}";
        if (withSecret && i == 1234)
            e += ",\"secret\":\"S3CR3T-1234\"";
        entities.append(e + "}");
    }
    const QByteArray body =
        "{ \"pageSize\": 3000, \"entities\" : [\n" + entities.join(",\n") + "\n], \"total\": 3000}";
    QVERIFY(body.size() > 1000000);
    const Result<ClientListing> r = parseClientListing(body);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->page.entities.size(), 3000);
    QCOMPARE(r->page.total, 3000);
    const QJsonArray reference = QJsonDocument::fromJson(body).object().value("entities"_L1).toArray();
    for (int i = 0; i < 3000; ++i) {
        const OAuthClient &fast = r->page.entities.at(i);
        compareWithQtPath(fast, reference.at(i).toObject());
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(fast.json.isShared(), !withSecret);
        if (!(withSecret && i == 1234))
            QCOMPARE(fast.json.bytes(), entities.at(i)); // the server's own bytes
    }
    QVERIFY(!r->page.entities.at(1234).json.bytes().contains("S3CR3T"));
}

// A secret (older API versions sent them in listings) is cut out of the client's text, wherever it
// is and however its key is written; the rest stays as the server wrote it. The answer it came in
// is not kept. The CLI's texts are the same, minified.
void TestModelsJson::listingDropsSecretsKeepingTheServersText()
{
    const QByteArray body = R"({"entities":[
        {"secret":"S1","id":"c1","name":"First"},
        {"id":"c2", "secret" : "S2" , "name":"Middle"},
        {"id":"c3","name":"Last","secret":{"nested":["S3"]}},
        {"id":"c4","secr\u0065t":"S4","secret":"S5","name":"Twice"},
        {"id":"c5","secret":"S6"},
        {"id":"c6","name":"None"}]})";
    const QList<QByteArray> expected = {R"({"id":"c1","name":"First"})",
                                        R"({"id":"c2", "name":"Middle"})",
                                        R"({"id":"c3","name":"Last"})",
                                        R"({"id":"c4","name":"Twice"})",
                                        R"({"id":"c5"})",
                                        R"({"id":"c6","name":"None"})"};
    const Result<ClientListing> r = parseClientListing(body);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->page.entities.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const OAuthClient &c = r->page.entities.at(i);
        QCOMPARE(c.json.bytes(), expected.at(i));
        QVERIFY(!c.json.isShared());
    }
    QCOMPARE(r->page.entities.at(3).name, u"Twice"_s);
    // A secret in an entry that is skipped (no id) is in the answer all the same.
    const Result<ClientListing> skipped =
        parseClientListing(R"({"entities":[{"name":"no id","secret":"S7"},{"id":"c7"}]})");
    QVERIFY2(skipped.ok(), qPrintable(skipped.error().message));
    QCOMPARE(skipped->skipped, 1);
    QVERIFY(!skipped->page.entities.at(0).json.isShared());

    const Result<ClientTexts> texts = parseClientTexts(body);
    QVERIFY2(texts.ok(), qPrintable(texts.error().message));
    QCOMPARE(texts->page.entities.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QCOMPARE(texts->page.entities.at(i), QByteArray(expected.at(i)).replace(", ", ","));
}

void TestModelsJson::listingRefusesInvalidValuesItDoesNotMap_data()
{
    // simdjson On Demand reads only what it is asked for; a client passed on must be valid as a
    // whole, unknown fields included (QJsonDocument refuses all of these too).
    QTest::addColumn<QByteArray>("client");
    QTest::newRow("leading zero") << QByteArray(R"({"id":"a","future":01})");
    QTest::newRow("bad literal in a list") << QByteArray(R"({"id":"a","future":[1,tru]})");
    QTest::newRow("bad unicode escape") << QByteArray(R"({"id":"a","future":{"x":"\u12G4"}})");
    QTest::newRow("bad escape in a key") << QByteArray(R"({"id":"a","fut\ure":1})");
    QTest::newRow("bad value in a mapped list") << QByteArray(R"({"id":"a","scope":["s",-]})");
    QTest::newRow("missing colon") << QByteArray(R"({"id":"a","future" 1})");
}

void TestModelsJson::listingRefusesInvalidValuesItDoesNotMap()
{
    QFETCH(QByteArray, client);
    const QByteArray body = R"({"entities":[{"id":"ok"},)" + client + "]}";
    QVERIFY(QJsonDocument::fromJson(body).isNull());
    const Result<ClientListing> r = parseClientListing(body);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ApiError::Kind::BadResponse);
    const Result<ClientTexts> texts = parseClientTexts(body);
    QVERIFY(!texts.ok());
    QCOMPARE(texts.error().kind, ApiError::Kind::BadResponse);
}

// simdjson refuses a \u escape of a lone surrogate, which QJsonDocument reads: the listing is then
// read by QJsonDocument, so that one odd client does not hide the others.
void TestModelsJson::listingWithAClientOnlyQtReadsIsRead()
{
    const QByteArray body =
        R"({"entities":[{"id":"a","name":"Lone \ud800 surrogate"},{"id":"b","name":"B","secret":"S"}],"total":2})";
    const QJsonDocument reference = QJsonDocument::fromJson(body);
    QVERIFY(reference.isObject());
    const Result<ClientListing> r = parseClientListing(body);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->page.entities.size(), 2);
    QCOMPARE(r->page.total, 2);
    const QJsonArray entities = reference.object().value("entities"_L1).toArray();
    compareWithQtPath(r->page.entities.at(0), entities.at(0).toObject());
    compareWithQtPath(r->page.entities.at(1), entities.at(1).toObject());
    QVERIFY(!r->page.entities.at(1).json.bytes().contains("secret"));
    const Result<ClientTexts> texts = parseClientTexts(body);
    QVERIFY2(texts.ok(), qPrintable(texts.error().message));
    QCOMPARE(texts->page.entities.size(), 2);
    QCOMPARE(QJsonDocument::fromJson(texts->page.entities.at(0)).object(),
             r->page.entities.at(0).json.object());
    QVERIFY(!texts->page.entities.at(1).contains("secret"));
}

// simdjson reads a few bytes past the end of what it parses. An answer read from the network has
// room there; one that has not is copied once, and its clients point into the copy.
void TestModelsJson::answerWithoutRoomForPaddingIsCopiedOnce()
{
    QByteArray body = R"({"entities":[{"id":"a","name":"A"},{"id":"b","name":"B"}]})";
    body.squeeze();
    QVERIFY(body.capacity() - body.size() < 64);
    const Result<ClientListing> r = parseClientListing(body);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    const RawJson &a = r->page.entities.at(0).json;
    const RawJson &b = r->page.entities.at(1).json;
    QVERIFY(a.isShared() && b.isShared());
    QCOMPARE(a.bytes(), QByteArray(R"({"id":"a","name":"A"})"));
    const char *begin = body.constData();
    QVERIFY(a.bytes().constData() < begin || a.bytes().constData() >= begin + body.size()); // the copy
    QCOMPARE(b.bytes().constData() - a.bytes().constData(), 22); // one copy for both

    QByteArray roomy = body;
    roomy.reserve(body.size() + 64);
    const Result<ClientListing> inPlace = parseClientListing(roomy);
    QVERIFY2(inPlace.ok(), qPrintable(inPlace.error().message));
    QVERIFY(inPlace->page.entities.at(0).json.bytes().constData() == roomy.constData() + 13); // no copy
}

void TestModelsJson::errorBodyMapsEveryField()
{
    const QByteArray body =
        R"({"message":"Unable to perform the requested action. You are missing the following permission(s): [oauth:client:add]",
        "code":"missing.permissions","status":403,"contextId":"ctx-1","entityId":"e","entityName":"n",
        "messageWithParams":"missing {permissions}","messageParams":{"permissions":"oauth:client:add"},
        "details":[{"errorCode":"E1","fieldName":"name"}],
        "errors":[{"code":"inner","details":[{"fieldName":"scope"}]}],
        "limit":{"key":"k","namespace":"oauth","value":300}})";
    const ApiError e = ApiError::fromErrorBody(403, body);
    QCOMPARE(e.kind, ApiError::Kind::Http);
    QCOMPARE(e.httpStatus, 403);
    QCOMPARE(e.code, u"missing.permissions"_s);
    QCOMPARE(e.contextId, u"ctx-1"_s);
    QCOMPARE(e.missingPermissions(), QStringList{u"oauth:client:add"_s});
    QCOMPARE(e.fieldNames(), (QStringList{u"name"_s, u"scope"_s}));
    QCOMPARE(e.limitValue, 300);
    QVERIFY(e.userMessage().contains("oauth:client:add"_L1));
    QVERIFY(e.userMessage().contains("ctx-1"_L1));
}

void TestModelsJson::errorBodyFromHtmlPage()
{
    const ApiError e = ApiError::fromErrorBody(
        502, "<html><head><title>Bad Gateway</title></head><body><h1>502</h1></body></html>");
    QCOMPARE(e.httpStatus, 502);
    QVERIFY(e.message.contains("Bad Gateway"_L1));
    QVERIFY(!e.message.contains(u'<'));
}

void TestModelsJson::notFoundTellsAMissingResourceFromAMissingEndpoint()
{
    // A resource that is gone: the platform's ErrorBody names it.
    ApiError gone = ApiError::fromErrorBody(
        404, R"({"status":404,"code":"not.found","message":"OAuth client [abc] not found"})");
    gone.url = u"/api/v2/oauth/clients/abc"_s;
    QVERIFY(gone.userMessage().contains("may have been deleted"_L1));

    // A path the server has no route for (the sandbox's router, JAX-RS's default text), and a web
    // server's page without an ErrorBody: the endpoint is missing, nothing was deleted.
    const QByteArray bodies[] = {
        R"({"status":404,"code":"not.found","message":"No resource found for GET /api/v2/oauth/clientz"})",
        R"({"status":404,"code":"not.found","message":"HTTP 404 Not Found"})",
        "<html><head><title>404 Not Found</title></head><body>nginx</body></html>",
    };
    for (const QByteArray &body : bodies) {
        ApiError missing = ApiError::fromErrorBody(404, body);
        missing.url = u"/api/v2/oauth/clientz"_s;
        QVERIFY2(!missing.userMessage().contains("deleted"_L1), qPrintable(missing.userMessage()));
        QVERIFY(missing.userMessage().contains("does not offer the endpoint /api/v2/oauth/clientz"_L1));
    }
}

void TestModelsJson::errorBodyBoundsNesting()
{
    QByteArray body = R"({"code":"x"})";
    for (int i = 0; i < 200; ++i)
        body = R"({"code":"level","errors":[)" + body + "]}";
    const ApiError e = ApiError::fromErrorBody(400, body);
    int depth = 0;
    const ApiError *p = &e;
    while (!p->errors.isEmpty()) {
        p = &p->errors.first();
        ++depth;
    }
    QVERIFY(depth <= 4);
}

void TestModelsJson::scopesAndAuthorizations()
{
    const Result<QList<OAuthScope>> scopes = parseScopeListing(
        R"({"total":2,"entities":[{"id":"analytics:readonly","description":"Read analytics"},{"description":"no id"}]})");
    QVERIFY(scopes.ok());
    QCOMPARE(scopes->size(), 1);
    QCOMPARE(scopes->first().id, u"analytics:readonly"_s);

    const Result<QList<OAuthAuthorization>> auths = parseAuthorizationListing(
        R"({"entities":[{"client":{"id":"c","name":"C","secret":"s3cr3t"},"scope":["a"],"state":"Requested","pending":true,
            "resourceOwner":{"id":"u"},"futureField":1},{"client":{"id":"d"},"state":"Frozen"}]})");
    QVERIFY(auths.ok());
    QCOMPARE(auths->size(), 2);
    QCOMPARE(auths->at(0).state, u"Requested"_s);
    QVERIFY(auths->at(0).pending);
    QCOMPARE(auths->at(0).client.name, u"C"_s);
    QVERIFY(!QJsonDocument(auths->at(0).json).toJson().contains("s3cr3t"));
    QVERIFY(auths->at(0).json.contains("futureField"_L1));
    QCOMPARE(auths->at(1).state, u"Frozen"_s);
}

void TestModelsJson::rolesDivisionsAndTokenInfo()
{
    const Result<Page<Role>> roles = parseRolePage(
        R"({"entities":[{"id":"r1","name":"Admin","permissions":["*"]}],"pageNumber":1,"pageCount":3,"nextUri":"/api/v2/authorization/roles?pageNumber=2"})");
    QVERIFY(roles.ok());
    QCOMPARE(roles->entities.first().name, u"Admin"_s);
    QCOMPARE(roles->pageCount, 3);
    QCOMPARE(roles->nextUri, u"/api/v2/authorization/roles?pageNumber=2"_s);
    const Result<Page<Division>> divisions =
        parseDivisionPage(R"({"entities":[{"id":"d1","name":"Home","homeDivision":true}]})");
    QVERIFY(divisions.ok());
    QVERIFY(divisions->entities.first().homeDivision);
    const Result<TokenInfo> info = parseTokenInfo(
        R"({"organization":{"id":"o","name":"Northwind"},"OAuthClient":{"id":"c","name":"Desk","authorizedGrantType":"CLIENT-CREDENTIALS"}})");
    QVERIFY(info.ok());
    QCOMPARE(info->organization.name, u"Northwind"_s);
    QCOMPARE(info->oauthClient.name, u"Desk"_s);
    QCOMPARE(info->oauthClientGrantType, u"CLIENT-CREDENTIALS"_s);
}

void TestModelsJson::usageQueryAndResults()
{
    const QDateTime now(QDate(2026, 3, 15), QTime(12, 0), Qt::UTC);
    UsageQuery q = UsageQuery::lastDays(7, now);
    QCOMPARE(q.start, QDateTime(QDate(2026, 3, 9), QTime(0, 0), Qt::UTC));
    QCOMPARE(q.end, QDateTime(QDate(2026, 3, 16), QTime(0, 0), Qt::UTC));
    q.granularity = Granularity::Week;
    q.groupBy = {u"TemplateUri"_s};
    const QJsonObject o = q.toJson();
    QCOMPARE(o.value("interval"_L1).toString(), u"2026-03-09T00:00:00Z/2026-03-16T00:00:00Z"_s);
    QCOMPARE(o.value("granularity"_L1).toString(), u"Week"_s);
    QVERIFY(!o.contains("metrics"_L1));

    const Result<UsageResult> r = parseUsageResult(
        R"({"queryStatus":"Complete","results":[{"templateUri":"api/v2/users","httpMethod":"GET","status200":10,
            "status400":3,"status429":2,"requests":13,"date":"2026-03-09T00:00:00Z"},{"requests":-5},7]})");
    QVERIFY(r.ok());
    QCOMPARE(r->status, UsageStatus::Complete);
    QCOMPARE(r->rows.size(), 2);
    QCOMPARE(r->rows[0].status429, 2);
    QCOMPARE(r->rows[1].requests, 0); // negative counts read as 0
    QCOMPARE(parseUsageResult(R"({"queryStatus":"Running"})")->status, UsageStatus::Running);
    QCOMPARE(parseUsageResult(R"({"queryStatus":"Paused"})")->status, UsageStatus::Unknown);
    QVERIFY(!parseUsageResult(R"({"results":{}})").ok());
    QVERIFY(!parseUsageExecution(R"({})").ok());
    QCOMPARE(parseUsageExecution(R"({"executionId":"e1","resultsUri":"/r"})")->executionId, u"e1"_s);
}

void TestModelsJson::dateTimeParsing()
{
    QCOMPARE(json::parseDateTime(u"2024-01-01T00:00:00Z"_s),
             QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC));
    QCOMPARE(json::parseDateTime(u"2024-01-01T01:00:00.5+01:00"_s),
             QDateTime(QDate(2024, 1, 1), QTime(0, 0, 0, 500), Qt::UTC));
    QCOMPARE(json::parseDateTime(u"2024-01-01T00:00:00"_s),
             QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC));
    QVERIFY(!json::parseDateTime(u"soon"_s).isValid());
}

void TestModelsJson::hugeAndDeepInputsDoNotCrash()
{
    QByteArray deep(100000, '[');
    QVERIFY(!parseClientListing(deep).ok());
    const QByteArray huge =
        R"({"entities":[{"id":"a","name":")" + QByteArray(5 * 1024 * 1024, 'x') + R"("}]})";
    const Result<ClientListing> r = parseClientListing(huge);
    QVERIFY(r.ok());
    QCOMPARE(r->page.entities.first().name.size(), 5 * 1024 * 1024);
}

QTEST_GUILESS_MAIN(TestModelsJson)
#include "tst_models_json.moc"

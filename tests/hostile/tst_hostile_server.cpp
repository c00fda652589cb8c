// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile and odd server input through the real client stack: every service call meets
// wrong types, missing fields, huge strings, deep nesting, tens of thousands of entries, HTML error
// pages, wrong content types, bodies cut short, broken chunking, invalid UTF-8, garbage status
// lines and answers that never come, served byte for byte by HostileServer over loopback HTTP.
// Each call must answer exactly once, in bounded time, with a clear error or with what is valid.
#include "app/controllers/clientscontroller.h"
#include "app/services/auditservice.h"
#include "app/services/catalogservice.h"
#include "app/services/clientsservice.h"
#include "app/services/directoryservice.h"
#include "app/services/paging.h"
#include "app/services/session.h"
#include "app/services/usageservice.h"
#include "models/itemmodels/clientlistmodel.h"
#include "tests/hostile/hostileserver.h"
#include "tests/support/testsupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {

// What a call gave back, whatever its type.
struct Outcome
{
    int answers = 0;
    bool ok = false;
    ApiError error;
    qsizetype items = -1; // entries of a listing, or -1
    QString firstName;    // of a listing's first entry, or of the single entity
};

using Record = std::function<void(Outcome)>;
struct Call
{
    const char *name;
    std::function<void(Session &, QObject *, Record)> start;
};

template<class T>
Handler<T> recorder(Record record, std::function<void(const T &, Outcome &)> fill = {})
{
    return [record, fill](const Result<T> &r) {
        Outcome o;
        o.answers = 1;
        o.ok = r.ok();
        if (r && fill)
            fill(r.value(), o);
        if (!r)
            o.error = r.error();
        record(o);
    };
}

template<class T>
Handler<QList<T>> listRecorder(Record record)
{
    return recorder<QList<T>>(record, [](const QList<T> &list, Outcome &o) { o.items = list.size(); });
}

OAuthClient someClient()
{
    return OAuthClient::fromJson(
        QJsonObject{{u"id"_s, u"c-1"_s},
                    {u"name"_s, u"Existing"_s},
                    {u"authorizedGrantType"_s, u"CODE"_s},
                    {u"state"_s, u"active"_s},
                    {u"registeredRedirectUri"_s, QJsonArray{u"https://a.example/cb"_s}},
                    {u"scope"_s, QJsonArray{u"users:readonly"_s}}});
}

const QList<Call> &calls()
{
    static const QList<Call> all = {
        {"clients.list",
         [](Session &s, QObject *c, Record r) { s.clients()->list(c, listRecorder<OAuthClient>(r)); }},
        {"clients.get",
         [](Session &s, QObject *c, Record r) {
             s.clients()->get(u"c-1"_s, c, recorder<OAuthClient>(r, [](const OAuthClient &x, Outcome &o) {
                                  o.firstName = x.name;
                              }));
         }},
        {"clients.create",
         [](Session &s, QObject *c, Record r) {
             s.clients()->create(someClient().toRequestJson(), c, recorder<ClientWithSecret>(r));
         }},
        {"clients.update",
         [](Session &s, QObject *c, Record r) {
             s.clients()->update(someClient(), QJsonObject{{u"description"_s, u"x"_s}}, c,
                                 recorder<OAuthClient>(r));
         }},
        {"clients.remove",
         [](Session &s, QObject *c, Record r) { s.clients()->remove(someClient(), c, recorder<Done>(r)); }},
        {"clients.regenerateSecret",
         [](Session &s, QObject *c, Record r) {
             s.clients()->regenerateSecret(u"c-1"_s, c, recorder<ClientWithSecret>(r));
         }},
        {"catalog.scopes",
         [](Session &s, QObject *c, Record r) { s.catalog()->scopes(c, listRecorder<OAuthScope>(r)); }},
        {"catalog.scope",
         [](Session &s, QObject *c, Record r) {
             s.catalog()->scope(u"users:readonly"_s, c, recorder<OAuthScope>(r));
         }},
        {"catalog.authorizations",
         [](Session &s, QObject *c, Record r) {
             s.catalog()->authorizations(c, listRecorder<OAuthAuthorization>(r));
         }},
        {"catalog.authorization",
         [](Session &s, QObject *c, Record r) {
             s.catalog()->authorization(u"c-1"_s, c, recorder<OAuthAuthorization>(r));
         }},
        {"directory.roles",
         [](Session &s, QObject *c, Record r) { s.directory()->roles(c, listRecorder<Role>(r)); }},
        {"directory.divisions",
         [](Session &s, QObject *c, Record r) { s.directory()->divisions(c, listRecorder<Division>(r)); }},
        {"directory.tokenInfo",
         [](Session &s, QObject *c, Record r) { s.directory()->tokenInfo(c, recorder<TokenInfo>(r)); }},
        {"usage.runSummary",
         [](Session &s, QObject *c, Record r) {
             s.usage()->runSummary(u"c-1"_s, 7, c, recorder<UsageResult>(r));
         }},
        {"usage.runOrgQuery",
         [](Session &s, QObject *c, Record r) {
             s.usage()->runOrgQuery(UsageQuery::lastDays(7, testsupport::fixedNow()), c,
                                    recorder<UsageResult>(r));
         }},
        {"tokens.clientCredentials",
         [](Session &s, QObject *c, Record r) {
             s.tokens()->clientCredentials(u"id"_s, "a-client-secret-value", c, recorder<TokenResponse>(r));
         }},
        {"session.signIn",
         [](Session &s, QObject *c, Record r) {
             s.signInWithClientCredentials(u"id"_s, "a-client-secret-value", c, recorder<TokenInfo>(r));
         }},
    };
    return all;
}

// ---- hostile bodies ---------------------------------------------------------------------------

QByteArray deepArray(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

// One document with the shape of every answer, each field of the wrong type.
const QByteArray WrongTypes = R"({"entities":"not a list","id":5,"name":["x"],"total":"many","pageCount":{},
"nextUri":17,"queryStatus":7,"results":"none","executionId":[],"resultsUri":false,"access_token":12,
"token_type":null,"expires_in":"soon","organization":"Northwind","OAuthClient":[1,2],"client":"c",
"authorizedScope":"all","secret":{"nested":true}})";

// Listings where some entries are fine and the others are not: the fine ones are shown.
const QByteArray MixedListing = R"({"entities":[
 {"id":"ok-1","name":"Valid one","authorizedGrantType":"CODE","client":{"id":"ok-1","name":"Valid one"}},
 {"id":7,"name":"numeric id"}, "a string", null, [1,2], {"name":"no id at all"},
 {"id":"ok-2","name":{"not":"a string"},"scope":"not a list","roleDivisions":[{"roleId":5}],"dateCreated":"yesterday",
  "accessTokenValiditySeconds":"long","createdBy":"someone","permissions":"all","homeDivision":"yes"}
],"total":"lots","pageNumber":-4,"pageCount":1e300,"queryStatus":"Complete","results":[{"requests":-5},"x",{"status200":1e300}]})";

const QByteArray HtmlErrorPage =
    "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad "
    "Gateway</h1></center><hr><center>nginx</center><script>alert(1)</script></body></html>";

const QByteArray CaptivePortal =
    "<!DOCTYPE html><html><body><form action=\"/login\">Please sign in to the hotel Wi-Fi"
    "<input name=\"room\"></form></body></html>";

QByteArray invalidUtf8Listing()
{
    return QByteArray(R"({"entities":[{"id":"u-1","name":"bad )") + "\xff\xfe\xc0\xaf" +
           R"( bytes","description":")" + "\xed\xa0\x80" + R"("}],"total":1})";
}

QByteArray manyClients(int n)
{
    QByteArray out = "{\"entities\":[";
    out.reserve(n * 260);
    for (int i = 0; i < n; ++i) {
        if (i)
            out += ',';
        out += "{\"id\":\"gen-" + QByteArray::number(i) + "\",\"name\":\"Generated client " +
               QByteArray::number(i) +
               "\",\"authorizedGrantType\":\"CLIENT-CREDENTIALS\",\"state\":\"active\","
               "\"accessTokenValiditySeconds\":86400,"
               "\"roleDivisions\":[{\"roleId\":\"r-1\",\"divisionId\":\"*\"}],\"dateCreated\":\"2025-01-"
               "02T03:04:05.000Z\","
               "\"description\":\"generated for the hostile test\",\"selfUri\":\"/api/v2/oauth/clients/gen-" +
               QByteArray::number(i) + "\"}";
    }
    out += "],\"pageSize\":" + QByteArray::number(n) +
           ",\"pageNumber\":1,\"total\":" + QByteArray::number(n) + ",\"pageCount\":1}";
    return out;
}

// The hostile answers of the matrix. Each answers every request the same way.
struct Hostility
{
    const char *name;
    std::function<void(HostileServer::Exchange &)> respond;
};

const QList<Hostility> &hostilities()
{
    static const QList<Hostility> all = {
        {"wrong-types", [](HostileServer::Exchange &x) { x.reply(200, WrongTypes); }},
        {"missing-fields", [](HostileServer::Exchange &x) { x.reply(200, "{}"); }},
        {"mixed-listing", [](HostileServer::Exchange &x) { x.reply(200, MixedListing); }},
        {"top-level-array", [](HostileServer::Exchange &x) { x.reply(200, "[{\"id\":\"c-1\"}]"); }},
        {"top-level-scalar", [](HostileServer::Exchange &x) { x.reply(200, "\"ok\""); }},
        {"null", [](HostileServer::Exchange &x) { x.reply(200, "null"); }},
        {"deep-nesting",
         [](HostileServer::Exchange &x) {
             x.reply(200, "{\"entities\":[{\"id\":\"d\",\"x\":" + deepArray(100000) + "}],\"id\":\"d\"}");
         }},
        {"empty-200", [](HostileServer::Exchange &x) { x.reply(200, {}); }},
        {"204-no-content", [](HostileServer::Exchange &x) { x.reply(204, {}, {}); }},
        {"html-error-page", [](HostileServer::Exchange &x) { x.reply(502, HtmlErrorPage, "text/html"); }},
        {"html-500", [](HostileServer::Exchange &x) { x.reply(500, HtmlErrorPage, "text/html"); }},
        {"captive-portal-200", [](HostileServer::Exchange &x) { x.reply(200, CaptivePortal, "text/html"); }},
        {"json-labelled-png", [](HostileServer::Exchange &x) { x.reply(200, MixedListing, "image/png"); }},
        {"error-body-deep",
         [](HostileServer::Exchange &x) {
             QByteArray nested = "{\"message\":\"innermost\"}";
             for (int i = 0; i < 2000; ++i)
                 nested = "{\"message\":\"level\",\"errors\":[" + nested + "]}";
             x.reply(400, nested);
         }},
        {"error-body-huge",
         [](HostileServer::Exchange &x) {
             x.reply(400,
                     "{\"message\":\"" + QByteArray(4 * 1024 * 1024, 'm') + "\",\"code\":\"bad.request\"}");
         }},
        {"cut-short", [](HostileServer::Exchange &x) { x.cutShort(200, MixedListing.left(100), 5000); }},
        {"chunked-cut", [](HostileServer::Exchange &x) { x.chunkedCut(200, MixedListing); }},
        {"invalid-utf8", [](HostileServer::Exchange &x) { x.reply(200, invalidUtf8Listing()); }},
        {"invalid-utf8-error",
         [](HostileServer::Exchange &x) {
             x.reply(400, "Bad request: \xff\xfe\x80 not UTF-8 <b>at all</b>", "text/plain");
         }},
        {"garbage-status-line", [](HostileServer::Exchange &x) { x.raw("HTTP/1.1 abc\r\n\r\n{}"); }},
        {"not-http",
         [](HostileServer::Exchange &x) { x.raw(QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc", 9)); }},
        {"status-999", [](HostileServer::Exchange &x) { x.reply(999, "{\"message\":\"what\"}"); }},
        {"close-without-answer", [](HostileServer::Exchange &x) { x.raw({}); }},
        {"hang", [](HostileServer::Exchange &x) { x.hang(); }},
    };
    return all;
}

Session *newSession(QObject *parent, const QUrl &base)
{
    auto *session = new Session(parent);
    session->setEndpoints(Endpoints{base, base, {}});
    RetryPolicy p = testsupport::fastRetryPolicy();
    p.transferTimeout = 700ms;
    session->api()->setRetryPolicy(p);
    UsageService::PollPolicy poll;
    poll.firstDelay = 100ms;
    poll.maxDelay = 500ms;
    poll.overallLimit = 30s;
    session->usage()->setPollPolicy(poll);
    session->api()->setAccessToken("hostile-test-token");
    return session;
}

Outcome runCall(Session &session, const Call &call, int timeoutMs = 30000)
{
    Outcome result;
    int answers = 0;
    QObject context;
    call.start(session, &context, [&](Outcome o) {
        ++answers;
        result = std::move(o);
    });
    QDeadlineTimer deadline(timeoutMs);
    while (answers == 0 && !deadline.hasExpired())
        QTest::qWait(2);
    QTest::qWait(5); // a second answer would come now
    result.answers = answers;
    return result;
}

// What every failure must look like: a sentence for people, bounded, without markup.
QString checkMessage(const ApiError &e)
{
    const QString text = e.userMessage();
    if (text.trimmed().isEmpty())
        return u"empty message"_s;
    if (text.size() > 4000)
        return u"message of %1 characters"_s.arg(text.size());
    static const QRegularExpression markup(u"<\\s*/?\\s*(html|body|head|script|h1|center|form|b)\\b"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    if (markup.match(text).hasMatch())
        return u"message with markup: "_s + text.left(200);
    if (text.contains(u"a-client-secret-value"_s) || text.contains(u"hostile-test-token"_s))
        return u"message with a credential"_s;
    return {};
}

} // namespace

class TestHostileServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void matrix_data();
    void matrix();
    void mixedListingsShowWhatIsValid_data();
    void mixedListingsShowWhatIsValid();
    void tensOfThousandsOfEntries();
    void hugeStringsAreKept();
    void htmlErrorPageReadsAsText();
    void nextPageOnAnotherHostIsNotFollowed();
    void endlessPagingStops();
    void redirectToAnotherHostCarriesNoToken();
    void usagePollThatNeverCompletes();
    void tricklingAnswerIsGivenUp();
    void endlessAnswerIsCapped_data();
    void endlessAnswerIsCapped();
    void destroyedContextGetsNoAnswer_data();
    void destroyedContextGetsNoAnswer();
    void tokenWithLineBreakSmugglesNoRequest();
    void pageCapIsAnIncompleteListing();
    void auditPageCapIsAnIncompleteHistory();
    void repeatedNextUriIsAnIncompleteListing();
    void incompleteClientListIsShownAsIncomplete();
    void ordinaryAnswerHasASmallCap();
    void tricklingAnswerIsNotAskedAgain();
    void clientAnsweredForAnotherIdIsRefused();
    void endlessTokenAnswerIsReportedAsSuch();
    void usageResultsUriOnAnotherPathIsNotFollowed_data();
    void usageResultsUriOnAnotherPathIsNotFollowed();
    void nextUriOnAnotherPathIsNotFollowed();
    void unusableSecretIsRefusedNotShown_data();
    void unusableSecretIsRefusedNotShown();

private:
    HostileServer m_server;
};

void TestHostileServer::initTestCase()
{
    QVERIFY(m_server.listen());
}

void TestHostileServer::matrix_data()
{
    QTest::addColumn<int>("hostility");
    QTest::addColumn<int>("call");
    for (int h = 0; h < hostilities().size(); ++h) {
        for (int c = 0; c < calls().size(); ++c) {
            const bool slow = QByteArrayView(hostilities()[h].name) == "hang";
            // The never-answering server costs every retry's timeout: a few calls show it.
            if (slow && c % 4 != 0)
                continue;
            QTest::newRow(qPrintable(u"%1 / %2"_s.arg(QLatin1StringView(hostilities()[h].name),
                                                      QLatin1StringView(calls()[c].name))))
                << h << c;
        }
    }
}

void TestHostileServer::matrix()
{
    QFETCH(int, hostility);
    QFETCH(int, call);
    m_server.setResponder(hostilities()[hostility].respond);
    std::unique_ptr<Session> session(newSession(nullptr, m_server.baseUrl()));
    QElapsedTimer t;
    t.start();
    const Outcome o = runCall(*session, calls()[call]);
    QVERIFY2(o.answers == 1, qPrintable(u"%1 answers"_s.arg(o.answers)));
    if (!o.ok) {
        const QString problem = checkMessage(o.error);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    QVERIFY2(t.elapsed() < 20000, qPrintable(u"took %1 ms"_s.arg(t.elapsed())));
    QCOMPARE(session->api()->inFlight(), 0);
    // A never-ending answer must have been given up on: nothing may still hold the connection.
    session.reset();
    QTRY_COMPARE(m_server.openConnections(), 0);
}

void TestHostileServer::mixedListingsShowWhatIsValid_data()
{
    QTest::addColumn<int>("call");
    QTest::addColumn<int>("expected");
    QTest::newRow("clients") << 0 << 2;
    QTest::newRow("scopes") << 6 << 2;
    QTest::newRow("roles") << 10 << 2;
    QTest::newRow("divisions") << 11 << 2;
}

void TestHostileServer::mixedListingsShowWhatIsValid()
{
    QFETCH(int, call);
    QFETCH(int, expected);
    m_server.setResponder([](HostileServer::Exchange &x) { x.reply(200, MixedListing); });
    std::unique_ptr<Session> session(newSession(nullptr, m_server.baseUrl()));
    const Outcome o = runCall(*session, calls()[call]);
    QVERIFY2(o.ok, qPrintable(o.error.summary()));
    QCOMPARE(o.items, expected);
}

void TestHostileServer::tensOfThousandsOfEntries()
{
    constexpr int Count = 50000;
    const QByteArray body = manyClients(Count);
    m_server.setResponder([&body](HostileServer::Exchange &x) { x.reply(200, body); });
    std::unique_ptr<Session> session(newSession(nullptr, m_server.baseUrl()));
    QElapsedTimer t;
    t.start();
    const Outcome o = runCall(*session, calls()[0], 60000);
    qInfo("%d clients (%lld MB) listed in %lld ms", Count, static_cast<long long>(body.size() >> 20),
          static_cast<long long>(t.elapsed()));
    QVERIFY2(o.ok, qPrintable(o.error.summary()));
    QCOMPARE(o.items, Count);
    // The same count through the catalogue and directory parsers (QJsonDocument paths).
    for (int call : {6, 10}) {
        const Outcome other = runCall(*session, calls()[call], 60000);
        QVERIFY2(other.ok, qPrintable(other.error.summary()));
        QCOMPARE(other.items, Count);
    }
}

void TestHostileServer::hugeStringsAreKept()
{
    const QByteArray name(8 * 1024 * 1024, 'n');
    const QByteArray body = "{\"entities\":[{\"id\":\"big\",\"name\":\"" + name + "\",\"description\":\"" +
                            QByteArray(8 * 1024 * 1024, 'd') + "\"},{\"id\":\"small\",\"name\":\"Small\"}]}";
    m_server.setResponder([&body](HostileServer::Exchange &x) { x.reply(200, body); });
    std::unique_ptr<Session> session(newSession(nullptr, m_server.baseUrl()));
    QList<OAuthClient> clients;
    const auto r = testsupport::await<QList<OAuthClient>>(
        [&](QObject *c, Handler<QList<OAuthClient>> h) { session->clients()->list(c, h); }, 60000);
    QVERIFY2(r.ok(), qPrintable(r.error().summary()));
    QCOMPARE(r->size(), 2);
    QCOMPARE(r->first().name.size(), name.size()); // shown as sent; the views elide
    QCOMPARE(r->last().name, u"Small"_s);
}

void TestHostileServer::htmlErrorPageReadsAsText()
{
    m_server.setResponder([](HostileServer::Exchange &x) { x.reply(500, HtmlErrorPage, "text/html"); });
    std::unique_ptr<Session> session(newSession(nullptr, m_server.baseUrl()));
    const Outcome o = runCall(*session, calls()[1]);
    QVERIFY(!o.ok);
    QCOMPARE(o.error.httpStatus, 500);
    const QString text = o.error.userMessage();
    QVERIFY2(text.contains(u"502 Bad Gateway"_s), qPrintable(text)); // the page's title, not its tags
    QVERIFY2(!text.contains(u"alert"_s), qPrintable(text));
    QVERIFY2(checkMessage(o.error).isEmpty(), qPrintable(text));
}

void TestHostileServer::nextPageOnAnotherHostIsNotFollowed()
{
    m_server.setResponder([](HostileServer::Exchange &x) {
        x.reply(200, R"({"entities":[{"id":"r-1","name":"Role"}],"pageNumber":1,"pageCount":9,
                        "nextUri":"https://evil.example.com/api/v2/authorization/roles?pageNumber=2"})");
    });
    std::unique_ptr<Session> session(newSession(nullptr, m_server.baseUrl()));
    m_server.clearRequests();
    const Outcome o = runCall(*session, calls()[10]);
    QVERIFY(!o.ok);
    QVERIFY2(o.error.userMessage().contains(u"evil.example.com"_s), qPrintable(o.error.userMessage()));
    QCOMPARE(m_server.requests().size(), 1);
}

void TestHostileServer::endlessPagingStops()
{
    // Every page names a new next page: the fetch stops at its page cap instead of running forever.
    m_server.setResponder([](HostileServer::Exchange &x) {
        static int page = 0;
        ++page;
        x.reply(200, "{\"entities\":[{\"id\":\"d-" + QByteArray::number(page) +
                         "\",\"name\":\"D\"}],\"nextUri\":"
                         "\"/api/v2/authorization/divisions?pageNumber=" +
                         QByteArray::number(page + 1) + "\"}");
    });
    std::unique_ptr<Session> session(newSession(nullptr, m_server.baseUrl()));
    m_server.clearRequests();
    const Outcome o = runCall(*session, calls()[11], 120000);
    QVERIFY2(o.answers == 1, "one answer");
    QVERIFY(m_server.requests().size() <= 500);
    if (o.ok)
        QCOMPARE(o.items, m_server.requests().size());
}

void TestHostileServer::redirectToAnotherHostCarriesNoToken()
{
    HostileServer other;
    QVERIFY(other.listen());
    other.setResponder([](HostileServer::Exchange &x) { x.reply(200, MixedListing); });
    const QByteArray location = other.baseUrl().toString().toLatin1() + "/api/v2/oauth/clients";
    m_server.setResponder([location](HostileServer::Exchange &x) {
        x.reply(302, {}, {}, {{"Location", location}});
    });
    std::unique_ptr<Session> session(newSession(nullptr, m_server.baseUrl()));
    const Outcome o = runCall(*session, calls()[0]);
    QCOMPARE(o.answers, 1);
    for (const HostileServer::Request &r : other.requests())
        QVERIFY2(!r.headers.contains("authorization"),
                 "the bearer token followed a redirect to another origin");
    QVERIFY(!o.ok);
    QVERIFY(checkMessage(o.error).isEmpty());
}

void TestHostileServer::usagePollThatNeverCompletes()
{
    // The query starts, then says Running forever: the poll gives up at its overall limit.
    m_server.setResponder([](HostileServer::Exchange &x) {
        if (x.request.method == "POST")
            x.reply(200, R"({"executionId":"e-1","resultsUri":"/api/v2/usage/query/e-1/results"})");
        else
            x.reply(200, R"({"queryStatus":"Running"})");
    });
    std::unique_ptr<Session> session(newSession(nullptr, m_server.baseUrl()));
    UsageService::PollPolicy poll = session->usage()->pollPolicy();
    poll.overallLimit = 2s; // scaled by 1/100: 20 ms of polling
    session->usage()->setPollPolicy(poll);
    const Outcome o = runCall(*session, calls()[14]);
    QCOMPARE(o.answers, 1);
    QVERIFY(!o.ok);
    QCOMPARE(o.error.kind, ApiError::Kind::Timeout);
    QVERIFY(checkMessage(o.error).isEmpty());
}

void TestHostileServer::tricklingAnswerIsGivenUp()
{
    // A byte every 100 ms, forever: the transfer timeout never sees silence, so only a limit on the
    // whole answer ends it.
    m_server.setResponder([](HostileServer::Exchange &x) { x.trickle(100); });
    std::unique_ptr<Session> session(newSession(nullptr, m_server.baseUrl()));
    RetryPolicy p = session->api()->retryPolicy();
    p.attemptTimeout = 1500ms; // ten minutes by default
    session->api()->setRetryPolicy(p);
    QElapsedTimer t;
    t.start();
    const Outcome o = runCall(*session, calls()[1], 60000);
    QCOMPARE(o.answers, 1);
    QVERIFY(!o.ok);
    QCOMPARE(o.error.kind, ApiError::Kind::Timeout);
    qInfo("a trickling answer was given up after %lld ms", static_cast<long long>(t.elapsed()));
    session.reset();
    QTRY_COMPARE(m_server.openConnections(), 0);
}

void TestHostileServer::endlessAnswerIsCapped_data()
{
    QTest::addColumn<qint64>("claimed");
    QTest::newRow("announced as 100 GB") << (qint64(100) << 30);
    QTest::newRow("announced as 6 MB, sends more") << (qint64(6) << 20);
}

void TestHostileServer::endlessAnswerIsCapped()
{
    // A server that sends without end (or says it will) gets a clear error, not all of the app's
    // memory: the ApiClient stops at its response limit (512 MB by default, 4 MB here).
    QFETCH(qint64, claimed);
    m_server.setResponder([claimed](HostileServer::Exchange &x) { x.flood(claimed); });
    std::unique_ptr<Session> session(newSession(nullptr, m_server.baseUrl()));
    session->api()->setMaxResponseBytes(qint64(4) << 20);
    for (int call : {0, 2}) { // a listing, and a create (which then looks, as its answer was lost)
        m_server.clearRequests();
        const Outcome o = runCall(*session, calls()[call], 60000);
        QCOMPARE(o.answers, 1);
        QVERIFY(!o.ok);
        if (call == 0) {
            QCOMPARE(o.error.kind, ApiError::Kind::BadResponse);
            QVERIFY2(o.error.userMessage().contains(u"4 MB"_s), qPrintable(o.error.userMessage()));
            QCOMPARE(m_server.requests().size(), 1); // not retried
        } else {
            QCOMPARE(m_server.requests().first().method, QByteArray("POST"));
            QCOMPARE(m_server.requests().size(), 2); // the POST once, then a listing to look
            QCOMPARE(m_server.requests().last().method, QByteArray("GET"));
        }
        QVERIFY(checkMessage(o.error).isEmpty());
    }
    session.reset();
    QTRY_COMPARE(m_server.openConnections(), 0);
}

void TestHostileServer::destroyedContextGetsNoAnswer_data()
{
    QTest::addColumn<int>("call");
    for (int c = 0; c < calls().size(); ++c)
        QTest::newRow(calls()[c].name) << c;
}

void TestHostileServer::destroyedContextGetsNoAnswer()
{
    // The contract of every service call: the handler runs once, or never when its context goes
    // first (a dialog closed while the server hangs). Running it during the context's destruction
    // would touch a half-destroyed object.
    QFETCH(int, call);
    m_server.setResponder([](HostileServer::Exchange &x) { x.hang(); });
    m_server.clearRequests();
    std::unique_ptr<Session> session(newSession(nullptr, m_server.baseUrl()));
    int answers = 0;
    auto context = std::make_unique<QObject>();
    calls()[call].start(*session, context.get(), [&answers](Outcome) { ++answers; });
    QTRY_VERIFY(!m_server.requests().isEmpty());
    context.reset();
    QTest::qWait(20);
    QCOMPARE(answers, 0);
    QCOMPARE(session->api()->inFlight(), 0);
    QTRY_COMPARE(m_server.openConnections(), 0); // the request was aborted, not left hanging
}

void TestHostileServer::tokenWithLineBreakSmugglesNoRequest()
{
    // Item: a token with CR/LF written into the Authorization header as it was ended the header
    // there, and what followed became a second request on the same connection.
    const QByteArray smuggled =
        "hostile-test-token\r\n\r\nDELETE /api/v2/oauth/clients/c-1 HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Rest: ";
    m_server.setResponder([smuggled](HostileServer::Exchange &x) {
        if (x.request.path() == "/oauth/token") {
            QJsonObject answer{{u"access_token"_s, QString::fromLatin1(smuggled)},
                               {u"token_type"_s, u"bearer"_s}};
            x.reply(200, QJsonDocument(answer).toJson(QJsonDocument::Compact));
            return;
        }
        x.reply(200, R"({"organization":{"id":"o-1","name":"Org"}})");
    });
    std::unique_ptr<Session> session(newSession(nullptr, m_server.baseUrl()));
    const auto noDelete = [this] {
        for (const HostileServer::Request &r : m_server.requests()) {
            if (r.method == "DELETE")
                return false;
        }
        return true;
    };

    // Entry point: a pasted or environment token.
    m_server.clearRequests();
    Result<TokenInfo> r = testsupport::await<TokenInfo>(
        [&](QObject *c, Handler<TokenInfo> h) { session->signInWithToken(smuggled, c, h); });
    QVERIFY2(noDelete(), "the server received the smuggled DELETE");
    QCOMPARE(m_server.requests().size(), 0); // nothing was sent
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ApiError::Kind::Auth);
    QVERIFY2(!r.error().userMessage().contains(u"DELETE"_s), qPrintable(r.error().userMessage()));

    // Last line of defence: a token set past every entry check is refused where the header is set.
    session->api()->setAccessToken(smuggled);
    const Outcome o = runCall(*session, calls()[12]); // directory.tokenInfo
    QCOMPARE(o.answers, 1);
    QCOMPARE(o.error.kind, ApiError::Kind::Auth);
    QCOMPARE(m_server.requests().size(), 0);

    // A login server's access_token answer: the token POST is the only request.
    r = testsupport::await<TokenInfo>([&](QObject *c, Handler<TokenInfo> h) {
        session->signInWithClientCredentials(u"client-id"_s, "a-client-secret-value", c, h);
    });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ApiError::Kind::Auth);
    QCOMPARE(m_server.requests().size(), 1);
    QCOMPARE(m_server.requests().first().path(), QByteArray("/oauth/token"));
    QVERIFY(noDelete());
    QVERIFY(!session->isSignedIn());
}

void TestHostileServer::pageCapIsAnIncompleteListing()
{
    // Every page names a new next page: the fetch stops at its page cap and says the list is
    // incomplete, instead of reporting the first 500 pages as the whole list.
    int page = 0;
    m_server.setResponder([&page](HostileServer::Exchange &x) {
        ++page;
        x.reply(200, "{\"entities\":[{\"id\":\"c-" + QByteArray::number(page) +
                         "\",\"name\":\"C\"}],\"nextUri\":\"/api/v2/oauth/clients?pageNumber=" +
                         QByteArray::number(page + 1) + "\"}");
    });
    std::unique_ptr<Session> session(newSession(nullptr, m_server.baseUrl()));
    m_server.clearRequests();
    qsizetype partial = -1;
    const auto r = testsupport::await<QList<OAuthClient>>(
        [&](QObject *c, Handler<QList<OAuthClient>> h) {
            session->clients()->list(c, h,
                                     [&partial](const QList<OAuthClient> &items) { partial = items.size(); });
        },
        120000);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ApiError::Kind::BadResponse); // the CLI's exit 1
    QCOMPARE(r.error().code, IncompleteListingCode);
    QVERIFY2(r.error().userMessage().contains(u"incomplete"_s), qPrintable(r.error().userMessage()));
    QVERIFY2(r.error().userMessage().contains(u"500 pages"_s), qPrintable(r.error().userMessage()));
    QCOMPARE(m_server.requests().size(), PagedFetch<OAuthClient>::MaxPages);
    QCOMPARE(partial, PagedFetch<OAuthClient>::MaxPages);
}

void TestHostileServer::auditPageCapIsAnIncompleteHistory()
{
    // Every realtime audit page says there are more: the history stops at the page cap with an
    // error, instead of showing the first pages as the whole history (exit 0 in the CLI before).
    int page = 0;
    m_server.setResponder([&page](HostileServer::Exchange &x) {
        ++page;
        x.reply(
            200,
            R"({"entities":[{"id":"e-)" + QByteArray::number(page) +
                R"(","serviceName":"PeoplePermissions","action":"Update","eventDate":"2026-03-01T00:00:00Z"}],)"
                R"("pageNumber":)" +
                QByteArray::number(page) + R"(,"pageSize":1,"pageCount":1000000})");
    });
    std::unique_ptr<Session> session(newSession(nullptr, m_server.baseUrl()));
    AuditService audits(session->api());
    m_server.clearRequests();
    AuditQuery query;
    query.start = QDateTime::fromString(u"2026-03-01T00:00:00Z"_s, Qt::ISODate);
    query.end = query.start.addDays(14);
    query.serviceName = u"PeoplePermissions"_s;
    const auto r = testsupport::await<QList<AuditEvent>>(
        [&](QObject *c, Handler<QList<AuditEvent>> h) { audits.realtimeAll(query, false, c, h); }, 120000);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().userMessage().contains(u"incomplete"_s), qPrintable(r.error().userMessage()));
    QCOMPARE(m_server.requests().size(), AuditService::MaxPages);
}

void TestHostileServer::repeatedNextUriIsAnIncompleteListing()
{
    // The second page names the second page again: that listing would never end.
    m_server.setResponder([](HostileServer::Exchange &x) {
        if (x.request.target.contains("pageNumber=2"))
            x.reply(
                200,
                R"({"entities":[{"id":"r-2","name":"Two"}],"nextUri":"/api/v2/authorization/roles?pageNumber=2"})");
        else
            x.reply(
                200,
                R"({"entities":[{"id":"r-1","name":"One"}],"nextUri":"/api/v2/authorization/roles?pageNumber=2"})");
    });
    std::unique_ptr<Session> session(newSession(nullptr, m_server.baseUrl()));
    m_server.clearRequests();
    const Outcome o = runCall(*session, calls()[10]); // directory.roles
    QCOMPARE(o.answers, 1);
    QVERIFY(!o.ok);
    QCOMPARE(o.error.code, IncompleteListingCode);
    QVERIFY2(o.error.userMessage().contains(u"again"_s), qPrintable(o.error.userMessage()));
    QCOMPARE(m_server.requests().size(), 2);
    QVERIFY(checkMessage(o.error).isEmpty());
}

void TestHostileServer::incompleteClientListIsShownAsIncomplete()
{
    // The GUI's side: the controller shows what came and reports the error, which names the cause.
    m_server.setResponder([](HostileServer::Exchange &x) {
        if (x.request.path() == "/api/v2/tokens/me")
            x.reply(200, R"({"organization":{"id":"o-1","name":"Org"}})");
        else
            x.reply(200, R"({"entities":[{"id":"c-1","name":"One"},{"id":"c-2","name":"Two"}],
                            "nextUri":"/api/v2/oauth/clients"})");
    });
    std::unique_ptr<Session> session(newSession(nullptr, m_server.baseUrl()));
    ClientListModel model;
    ClientsController controller(&model);
    QSignalSpy failed(&controller, &ClientsController::loadFailed);
    QSignalSpy loaded(&controller, &ClientsController::loaded);
    controller.setSession(session.get());
    const auto signedIn = testsupport::await<TokenInfo>(
        [&](QObject *c, Handler<TokenInfo> h) { session->signInWithToken("hostile-test-token", c, h); });
    QVERIFY2(signedIn.ok(), qPrintable(signedIn.error().summary()));
    if (failed.isEmpty())
        QVERIFY(failed.wait(20000));
    QCOMPARE(loaded.size(), 0);
    const ApiError e = failed.first().first().value<ApiError>();
    QCOMPARE(e.code, IncompleteListingCode);
    QVERIFY2(e.userMessage().contains(u"incomplete"_s), qPrintable(e.userMessage()));
    QCOMPARE(model.rowCount(), 2); // what came is shown, under the message
    QVERIFY(controller.hasLoaded());
}

void TestHostileServer::ordinaryAnswerHasASmallCap()
{
    // One client, a token info, an error body: a few KB. An endless answer to such a call stops at
    // the small cap (4 MB) instead of the listing's; a listing may still be larger (hugeStringsAreKept).
    m_server.setResponder([](HostileServer::Exchange &x) { x.flood(qint64(1) << 40); });
    std::unique_ptr<Session> session(newSession(nullptr, m_server.baseUrl()));
    QCOMPARE(session->api()->maxSmallResponseBytes(), ApiClient::DefaultMaxSmallResponseBytes);
    QVERIFY(session->api()->maxResponseBytes() < qint64(512) << 20);
    m_server.clearRequests();
    const Outcome o = runCall(*session, calls()[1], 60000); // clients.get
    QCOMPARE(o.answers, 1);
    QCOMPARE(o.error.kind, ApiError::Kind::BadResponse);
    QVERIFY2(o.error.userMessage().contains(u"4 MB"_s), qPrintable(o.error.userMessage()));
    QCOMPARE(m_server.requests().size(), 1);
    session.reset();
    QTRY_COMPARE(m_server.openConnections(), 0);
}

void TestHostileServer::tricklingAnswerIsNotAskedAgain()
{
    // An answer that arrives a byte at a time is given up at the attempt limit, and not asked for
    // again: the next attempt would trickle the same way (three retries were 40 minutes).
    m_server.setResponder([](HostileServer::Exchange &x) { x.trickle(100); });
    std::unique_ptr<Session> session(newSession(nullptr, m_server.baseUrl()));
    RetryPolicy p = session->api()->retryPolicy();
    p.attemptTimeout = 800ms;
    session->api()->setRetryPolicy(p);
    m_server.clearRequests();
    const Outcome o = runCall(*session, calls()[6], 60000); // catalog.scopes, a GET
    QCOMPARE(o.answers, 1);
    QCOMPARE(o.error.kind, ApiError::Kind::Timeout);
    QVERIFY2(o.error.userMessage().contains(u"still arriving"_s), qPrintable(o.error.userMessage()));
    QCOMPARE(m_server.requests().size(), 1);
    session.reset();
    QTRY_COMPARE(m_server.openConnections(), 0);
}

void TestHostileServer::endlessTokenAnswerIsReportedAsSuch()
{
    // The token endpoint's answer too: an endless one stops at the small cap, a trickling one at
    // the attempt limit, and each says so (both read as "not JSON" before).
    std::unique_ptr<Session> session(newSession(nullptr, m_server.baseUrl()));
    RetryPolicy p = session->api()->retryPolicy();
    p.attemptTimeout = 800ms;
    session->api()->setRetryPolicy(p);
    m_server.setResponder([](HostileServer::Exchange &x) { x.flood(qint64(1) << 40); });
    Outcome o = runCall(*session, calls()[15], 60000); // tokens.clientCredentials
    QCOMPARE(o.error.kind, ApiError::Kind::BadResponse);
    QVERIFY2(o.error.userMessage().contains(u"4 MB"_s), qPrintable(o.error.userMessage()));
    m_server.setResponder([](HostileServer::Exchange &x) { x.trickle(100); });
    o = runCall(*session, calls()[15], 60000);
    QCOMPARE(o.error.kind, ApiError::Kind::Timeout);
    QVERIFY2(o.error.userMessage().contains(u"still arriving"_s), qPrintable(o.error.userMessage()));
    session.reset();
    QTRY_COMPARE(m_server.openConnections(), 0);
}

void TestHostileServer::usageResultsUriOnAnotherPathIsNotFollowed_data()
{
    QTest::addColumn<QByteArray>("resultsUri");
    QTest::newRow("another resource") << QByteArray("/api/v2/oauth/clients/c-9/secret");
    QTest::newRow("another execution") << QByteArray("/api/v2/usage/query/e-2/results");
    QTest::newRow("a query added") << QByteArray("/api/v2/usage/query/e-1/results?pageSize=1");
    QTest::newRow("dot segments") << QByteArray("/api/v2/usage/query/e-1/results/../../../../users/me");
}

void TestHostileServer::usageResultsUriOnAnotherPathIsNotFollowed()
{
    // The results of an org usage query are at /api/v2/usage/query/{executionId}/results; a
    // resultsUri elsewhere on the same host was fetched with the token. Now: an error, no GET.
    QFETCH(QByteArray, resultsUri);
    m_server.setResponder([resultsUri](HostileServer::Exchange &x) {
        if (x.request.method == "POST")
            x.reply(200, R"({"executionId":"e-1","resultsUri":")" + resultsUri + R"("})");
        else
            x.reply(200, R"({"queryStatus":"Complete","results":[]})");
    });
    std::unique_ptr<Session> session(newSession(nullptr, m_server.baseUrl()));
    m_server.clearRequests();
    const Outcome o = runCall(*session, calls()[14]); // usage.runOrgQuery
    QCOMPARE(o.answers, 1);
    QVERIFY(!o.ok);
    QCOMPARE(o.error.code, u"usage.results.unexpectedUri"_s);
    QVERIFY2(o.error.userMessage().contains(u"/api/v2/usage/query/e-1/results"_s),
             qPrintable(o.error.userMessage()));
    QCOMPARE(m_server.requests().size(), 1); // the POST only
    QVERIFY(checkMessage(o.error).isEmpty());

    // The documented path is followed.
    m_server.setResponder([](HostileServer::Exchange &x) {
        if (x.request.method == "POST")
            x.reply(200, R"({"executionId":"e-1","resultsUri":"/api/v2/usage/query/e-1/results"})");
        else
            x.reply(200, R"({"queryStatus":"Complete","results":[]})");
    });
    m_server.clearRequests();
    const Outcome fine = runCall(*session, calls()[14]);
    QVERIFY2(fine.ok, qPrintable(fine.error.summary()));
    QCOMPARE(m_server.requests().size(), 2);
    QCOMPARE(m_server.requests().at(1).target, QByteArray("/api/v2/usage/query/e-1/results"));
}

void TestHostileServer::nextUriOnAnotherPathIsNotFollowed()
{
    // A roles listing whose next page is the clients listing (or any other path on the host).
    m_server.setResponder([](HostileServer::Exchange &x) {
        x.reply(200,
                R"({"entities":[{"id":"r-1","name":"One"}],"nextUri":"/api/v2/oauth/clients?pageNumber=2"})");
    });
    std::unique_ptr<Session> session(newSession(nullptr, m_server.baseUrl()));
    m_server.clearRequests();
    const Outcome o = runCall(*session, calls()[10]); // directory.roles
    QCOMPARE(o.answers, 1);
    QVERIFY(!o.ok);
    QVERIFY2(o.error.userMessage().contains(u"another path"_s), qPrintable(o.error.userMessage()));
    QCOMPARE(m_server.requests().size(), 1);
    QVERIFY(checkMessage(o.error).isEmpty());
}

void TestHostileServer::unusableSecretIsRefusedNotShown_data()
{
    QTest::addColumn<QByteArray>("secret"); // as JSON text
    QTest::newRow("escape sequence") << QByteArray(R"(abc\u001b[2Jdef)");
    QTest::newRow("line break") << QByteArray(R"(abc\r\nX-Injected: 1)");
    QTest::newRow("bidi override") << QByteArray(R"(abc\u202edef)");
    QTest::newRow("space inside") << QByteArray("abc def");
}

void TestHostileServer::unusableSecretIsRefusedNotShown()
{
    // A secret with a control character was cleaned and shown: a secret that is not the one the
    // server holds. Now regenerate refuses it, and create reports the client without it.
    QFETCH(QByteArray, secret);
    const QByteArray client =
        R"({"id":"c-1","name":"Existing","authorizedGrantType":"CLIENT-CREDENTIALS","state":"active","secret":")" +
        secret + R"("})";
    m_server.setResponder([client](HostileServer::Exchange &x) { x.reply(200, client); });
    std::unique_ptr<Session> session(newSession(nullptr, m_server.baseUrl()));

    Result<ClientWithSecret> regenerated = ApiError::make(ApiError::Kind::Unknown, QString());
    int answers = 0;
    QObject context;
    session->clients()->regenerateSecret(u"c-1"_s, &context, [&](const Result<ClientWithSecret> &r) {
        ++answers;
        regenerated = r;
    });
    QTRY_COMPARE(answers, 1);
    QVERIFY(!regenerated);
    QCOMPARE(regenerated.error().code, u"oauthdesk.secret_unusable"_s);
    QVERIFY2(regenerated.error().userMessage().contains(u"unusable secret"_s),
             qPrintable(regenerated.error().userMessage()));
    QVERIFY(!regenerated.error().userMessage().contains(u"abc"_s));

    Result<ClientWithSecret> created = ApiError::make(ApiError::Kind::Unknown, QString());
    session->clients()->create(someClient().toRequestJson(), &context,
                               [&](const Result<ClientWithSecret> &r) {
                                   ++answers;
                                   created = r;
                               });
    QTRY_COMPARE(answers, 2);
    QVERIFY2(created, qPrintable(created ? QString() : created.error().summary()));
    QCOMPARE(created->client.id, u"c-1"_s);
    QVERIFY(created->secret.isEmpty());
    QVERIFY(created->secretLost);
    QVERIFY(created->secretUnusable);
}

QTEST_GUILESS_MAIN(TestHostileServer)
void TestHostileServer::clientAnsweredForAnotherIdIsRefused()
{
    // `clients delete c-1` reads the client first and then acts on the id of the answer: a server
    // that answers with another client must not turn the delete (or an edit) onto that one.
    const auto answerWith = [this](const QByteArray &id) {
        m_server.setResponder([id](HostileServer::Exchange &x) {
            x.reply(200, R"({"id":")" + id +
                             R"(","name":"Other","authorizedGrantType":"CLIENT-CREDENTIALS",)"
                             R"("state":"active","roleDivisions":[],"scope":[]})");
        });
    };
    std::unique_ptr<Session> session(newSession(nullptr, m_server.baseUrl()));
    answerWith("abc");
    m_server.clearRequests();
    Outcome o = runCall(*session, calls()[1]); // clients.get("c-1")
    QCOMPARE(o.answers, 1);
    QVERIFY(!o.ok);
    QCOMPARE(o.error.kind, ApiError::Kind::BadResponse);
    QVERIFY2(o.error.userMessage().contains(u"abc"_s), qPrintable(o.error.userMessage()));
    QCOMPARE(m_server.requests().size(), 1);
    // The same answer for the id asked for is taken.
    answerWith("c-1");
    o = runCall(*session, calls()[1]);
    QVERIFY2(o.ok, qPrintable(o.error.userMessage()));
}

#include "tst_hostile_server.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Units of the network layer that need no server: regions, the retry policy, Retry-After,
// the redacting logger, the token endpoint's answers, server-given URLs and Accept-Language.
#include "app/auth/tokenclient.h"
#include "app/net/apiclient.h"
#include "app/net/httplog.h"
#include "app/net/proxyfactory.h"
#include "app/net/regions.h"
#include "app/net/retrypolicy.h"
#include "app/security/credentialcheck.h"

#include <QNetworkAccessManager>
#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

class TestNetUnits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void allRegionsAreData();
    void findRegionAcceptsEveryForm_data();
    void findRegionAcceptsEveryForm();
    void endpointsRefusePlainHttpExceptLoopback_data();
    void endpointsRefusePlainHttpExceptLoopback();
    void retryPolicyFor429();
    void retryPolicyForServerErrors();
    void retryPolicyScales();
    void retryAfterParsing_data();
    void retryAfterParsing();
    void httpDates();
    void redactHeaders();
    void redactBodies();
    void redactUrl();
    void tokenResponses_data();
    void tokenResponses();
    void credentialsAreB64Tokens_data();
    void credentialsAreB64Tokens();
    void headerValuesWithControlCharactersAreNeverSent();
    void serverUrisStayOnTheApiHost();
    void acceptLanguage_data();
    void acceptLanguage();
    void pathSegmentsAreEncodedLikeTheSdk();
    void systemProxyExceptLoopback();
};

void TestNetUnits::allRegionsAreData()
{
    QCOMPARE(allRegions().size(), 18);
    QSet<QString> ids, domains;
    for (const Region &r : allRegions()) {
        ids.insert(r.id);
        domains.insert(r.domain);
        QCOMPARE(r.apiUrl().toString(), u"https://api."_s + r.domain);
        QCOMPARE(r.loginUrl().toString(), u"https://login."_s + r.domain);
        QVERIFY(!r.label.isEmpty());
    }
    QCOMPARE(ids.size(), 18);
    QCOMPARE(domains.size(), 18);
    QVERIFY(findRegion(u"eusc_de_east_1").has_value());
}

void TestNetUnits::findRegionAcceptsEveryForm_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("id");
    QTest::newRow("sdk id") << u"us_east_1"_s << u"us_east_1"_s;
    QTest::newRow("terraform") << u"eu-west-1"_s << u"eu_west_1"_s;
    QTest::newRow("domain") << u"mypurecloud.ie"_s << u"eu_west_1"_s;
    QTest::newRow("api host") << u"api.mypurecloud.de"_s << u"eu_central_1"_s;
    QTest::newRow("login host") << u"login.usw2.pure.cloud"_s << u"us_west_2"_s;
    QTest::newRow("url") << u"https://api.mypurecloud.com.au/"_s << u"ap_southeast_2"_s;
    QTest::newRow("upper") << u"AP-NORTHEAST-1"_s << u"ap_northeast_1"_s;
    QTest::newRow("fedramp") << u"use2.us-gov-pure.cloud"_s << u"us_east_2"_s;
    QTest::newRow("unknown") << u"mars-1"_s << QString();
}

void TestNetUnits::findRegionAcceptsEveryForm()
{
    QFETCH(QString, text);
    QFETCH(QString, id);
    const auto r = findRegion(text);
    QCOMPARE(r ? r->id : QString(), id);
}

void TestNetUnits::endpointsRefusePlainHttpExceptLoopback_data()
{
    QTest::addColumn<QString>("api");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https") << u"https://api.example.com"_s << true;
    QTest::newRow("http remote") << u"http://api.example.com"_s << false;
    QTest::newRow("http loopback v4") << u"http://127.0.0.1:8080"_s << true;
    QTest::newRow("http loopback v6") << u"http://[::1]:8080"_s << true;
    QTest::newRow("http localhost") << u"http://localhost:1"_s << true;
    QTest::newRow("http 127-ish host") << u"http://127.0.0.1.example.com"_s << false;
    QTest::newRow("ftp") << u"ftp://api.example.com"_s << false;
    QTest::newRow("garbage") << u"not a url"_s << false;
}

void TestNetUnits::endpointsRefusePlainHttpExceptLoopback()
{
    QFETCH(QString, api);
    QFETCH(bool, allowed);
    const Result<Endpoints> e = resolveEndpoints(QString(), api);
    QCOMPARE(e.ok(), allowed);
    if (!allowed)
        QCOMPARE(e.error().kind, ApiError::Kind::Validation);
}

void TestNetUnits::retryPolicyFor429()
{
    RetryPolicy p;
    QCOMPARE(p.after429(1, std::nullopt).value(), 3000ms); // no Retry-After: 3 s
    QCOMPARE(p.after429(1, 7000ms).value(), 7000ms);       // the full Retry-After
    QCOMPARE(p.after429(4, 1000ms).value(), 1000ms);
    QVERIFY(!p.after429(5, 1000ms));   // 5 attempts in all
    QVERIFY(!p.after429(1, 181000ms)); // beyond the 3-minute cap: give up at once
    QCOMPARE(p.after429(1, 180000ms).value(), 180000ms);
}

void TestNetUnits::retryPolicyForServerErrors()
{
    RetryPolicy p;
    QCOMPARE(p.afterServerError(1).value(), 3000ms);
    QCOMPARE(p.afterServerError(2).value(), 9000ms);
    QCOMPARE(p.afterServerError(3).value(), 27000ms);
    QVERIFY(!p.afterServerError(4));
}

void TestNetUnits::retryPolicyScales()
{
    RetryPolicy p;
    p.timeScale = 0.01;
    QCOMPARE(p.after429(1, 7000ms).value(), 70ms);
    QCOMPARE(p.afterServerError(3).value(), 270ms);
    // The cap is judged on the server's real value, not the scaled one.
    QVERIFY(!p.after429(1, 600000ms));
}

void TestNetUnits::retryAfterParsing_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("ms"); // -1: nullopt
    QTest::newRow("seconds") << QByteArray("7") << qint64(7000);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("spaces") << QByteArray(" 12 ") << qint64(12000);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
    QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
    QTest::newRow("fraction") << QByteArray("1.5") << qint64(-1);
    QTest::newRow("huge") << QByteArray("99999999999999999999") << qint64(999999999) * 1000;
    QTest::newRow("http date") << QByteArray("Sun, 15 Mar 2026 12:00:30 GMT") << qint64(30000);
    QTest::newRow("past date") << QByteArray("Sun, 15 Mar 2026 11:00:00 GMT") << qint64(0);
    QTest::newRow("junk") << QByteArray("soon") << qint64(-1);
    QTest::newRow("long junk") << QByteArray(500, 'x') << qint64(-1);
}

void TestNetUnits::retryAfterParsing()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, ms);
    const QDateTime now(QDate(2026, 3, 15), QTime(12, 0), Qt::UTC);
    const auto r = parseRetryAfter(value, now);
    QCOMPARE(r ? r->count() : qint64(-1), ms);
}

void TestNetUnits::httpDates()
{
    QCOMPARE(parseHttpDate("Sun, 15 Mar 2026 12:00:30 GMT"),
             QDateTime(QDate(2026, 3, 15), QTime(12, 0, 30), Qt::UTC));
    QVERIFY(!parseHttpDate("15.03.2026").isValid());
    QVERIFY(!parseHttpDate(QByteArray(1000, 'a')).isValid());
    QVERIFY(!parseHttpDate({}).isValid());
}

void TestNetUnits::redactHeaders()
{
    QCOMPARE(httplog::redactHeader("Authorization", "Bearer abc.def"), QByteArray("Bearer [redacted]"));
    QCOMPARE(httplog::redactHeader("authorization", "Basic Zm9vOmJhcg=="), QByteArray("Basic [redacted]"));
    QCOMPARE(httplog::redactHeader("Cookie", "a=b"), QByteArray("[redacted]"));
    QCOMPARE(httplog::redactHeader("Set-Cookie", "a=b"), QByteArray("[redacted]"));
    QCOMPARE(httplog::redactHeader("Accept", "application/json"), QByteArray("application/json"));
}

void TestNetUnits::redactBodies()
{
    const QUrl api(u"https://api.mypurecloud.com/api/v2/oauth/clients"_s);
    const QByteArray created =
        R"({"id":"c1","name":"n","secret":"TOPSECRETVALUE","nested":{"refresh_token":"RT"},
        "list":[{"client_secret":"CS"}],"errorCode":"keep"})";
    const QByteArray red = httplog::redactBody(api, "application/json", created);
    QVERIFY(!red.contains("TOPSECRETVALUE"));
    QVERIFY(!red.contains("\"RT\""));
    QVERIFY(!red.contains("\"CS\""));
    QVERIFY(red.contains("\"c1\""));
    QVERIFY(red.contains("keep"));

    const QUrl token(u"https://login.mypurecloud.com/oauth/token"_s);
    const QByteArray form = "grant_type=client_credentials&client_secret=S3";
    QVERIFY(!httplog::redactBody(token, "application/x-www-form-urlencoded", form).contains("S3"));
    QVERIFY(!httplog::redactBody(token, "application/json", R"({"access_token":"AT"})").contains("AT"));
    QVERIFY(
        !httplog::redactBody(QUrl(u"https://x/y"_s), "application/x-www-form-urlencoded", "code=abc&state=s")
             .contains("abc"));
    // Not JSON even though labelled so: logged by size only.
    QVERIFY(!httplog::redactBody(api, "application/json", "secret=xyz").contains("xyz"));
    QVERIFY(httplog::redactBody(api, "application/json", QByteArray(100000, ' ') + "{}").size() <=
            httplog::MaxLoggedBody + 40);
}

void TestNetUnits::redactUrl()
{
    const QString u = httplog::redactUrl(
        QUrl(u"https://user:pw@login.example.com/oauth/authorize?client_id=c&code=XYZ&state=s"_s));
    QVERIFY(!u.contains("XYZ"_L1));
    QVERIFY(!u.contains("pw"_L1));
    QVERIFY(u.contains("client_id=c"_L1));
}

void TestNetUnits::tokenResponses_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("code");
    QTest::newRow("ok") << 200
                        << QByteArray(R"({"access_token":"AT","token_type":"bearer","expires_in":86399})")
                        << true << QString();
    QTest::newRow("ok Bearer") << 200 << QByteArray(R"({"access_token":"AT","token_type":"Bearer"})") << true
                               << QString();
    QTest::newRow("no token") << 200 << QByteArray(R"({"token_type":"bearer"})") << false << QString();
    QTest::newRow("mac token") << 200 << QByteArray(R"({"access_token":"AT","token_type":"mac"})") << false
                               << QString();
    QTest::newRow("invalid_client") << 401
                                    << QByteArray(R"({"error":"invalid_client","error_description":"bad"})")
                                    << false << u"invalid_client"_s;
    QTest::newRow("invalid_grant") << 400 << QByteArray(R"({"error":"invalid_grant"})") << false
                                   << u"invalid_grant"_s;
    QTest::newRow("error in 200") << 200 << QByteArray(R"({"error":"server_error"})") << false
                                  << u"server_error"_s;
    QTest::newRow("html") << 502 << QByteArray("<html>bad gateway</html>") << false << QString();
    QTest::newRow("not json 200") << 200 << QByteArray("AT") << false << QString();
    QTest::newRow("expires string") << 200 << QByteArray(R"({"access_token":"AT","expires_in":"soon"})")
                                    << true << QString();
    // A login server must not get a line break into the Authorization header of later requests.
    QTest::newRow("token with CR LF")
        << 200 << QByteArray(R"({"access_token":"AT\r\nDELETE /api/v2/oauth/clients/c-1 HTTP/1.1"})") << false
        << QString(credentialcheck::RefusedCode);
    QTest::newRow("refresh token with LF")
        << 200 << QByteArray(R"({"access_token":"AT","refresh_token":"R\nX"})") << false
        << QString(credentialcheck::RefusedCode);
    QTest::newRow("token with space")
        << 200 << QByteArray(R"({"access_token":"AT AT"})") << false << QString(credentialcheck::RefusedCode);
}

void TestNetUnits::tokenResponses()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(QString, code);
    const QDateTime at(QDate(2026, 3, 15), QTime(12, 0), Qt::UTC);
    const Result<TokenResponse> r = parseTokenResponse(status, body, at);
    QCOMPARE(r.ok(), ok);
    if (ok) {
        QCOMPARE(r->accessToken, QByteArray("AT"));
        if (r->expiresIn > 0)
            QCOMPARE(r->expiresAt, at.addSecs(r->expiresIn));
    } else {
        QCOMPARE(r.error().code, code);
        QVERIFY(!r.error().userMessage().contains("AT"_L1) || body.contains("access_token"));
        QVERIFY(!r.error().message.isEmpty());
    }
}

void TestNetUnits::credentialsAreB64Tokens_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("accepted"); // empty: refused
    QTest::newRow("jwt-like") << QByteArray("eyJhbGciOi.J9-_~+/x==") << QByteArray("eyJhbGciOi.J9-_~+/x==");
    QTest::newRow("uuid") << QByteArray("0c6e3c1b-7d9e-4c2a-9a57-3b2f1e0d4c5b")
                          << QByteArray("0c6e3c1b-7d9e-4c2a-9a57-3b2f1e0d4c5b");
    QTest::newRow("surrounding whitespace trimmed") << QByteArray(" \tabc=\r\n") << QByteArray("abc=");
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("only padding") << QByteArray("==") << QByteArray();
    QTest::newRow("padding in the middle") << QByteArray("ab=c") << QByteArray();
    QTest::newRow("CR LF inside") << QByteArray("abc\r\nDELETE /x HTTP/1.1") << QByteArray();
    QTest::newRow("LF inside") << QByteArray("abc\ndef") << QByteArray();
    QTest::newRow("NUL") << QByteArray("abc\0def", 7) << QByteArray();
    QTest::newRow("control character") << QByteArray("abc\x01"
                                                     "def")
                                       << QByteArray();
    QTest::newRow("space inside") << QByteArray("Bearer abc") << QByteArray();
    QTest::newRow("colon") << QByteArray("id:secret") << QByteArray();
    QTest::newRow("non-ASCII") << QByteArray("abc\xc3\xa9") << QByteArray();
}

void TestNetUnits::credentialsAreB64Tokens()
{
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, accepted);
    const Result<QByteArray> r =
        credentialcheck::check(value, credentialcheck::Kind::AccessToken, u"ORIGIN"_s);
    QCOMPARE(r.ok(), !accepted.isEmpty());
    if (r) {
        QCOMPARE(r.value(), accepted);
        return;
    }
    QCOMPARE(r.error().kind, ApiError::Kind::Auth); // the CLI's exit 3
    QCOMPARE(r.error().code, QString(credentialcheck::RefusedCode));
    QVERIFY2(r.error().message.contains(u"ORIGIN"_s), qPrintable(r.error().message));
    const QByteArray inner = value.trimmed();
    if (inner.size() > 3)
        QVERIFY2(!r.error().message.toUtf8().contains(inner), "the refused value must not be shown");
}

void TestNetUnits::headerValuesWithControlCharactersAreNeverSent()
{
    // The last line of defence: a token set past the entry checks is refused where the header is
    // built, and nothing reaches the network (no server listens here; the error comes first).
    QNetworkAccessManager nam;
    ApiClient api(&nam);
    api.setEndpoints(Endpoints{QUrl(u"http://127.0.0.1:9"_s), QUrl(u"http://127.0.0.1:9"_s), {}});
    api.setAccessToken("abc\r\nDELETE /api/v2/oauth/clients/c-1 HTTP/1.1\r\nHost: x");
    QObject context;
    bool done = false;
    ApiError error;
    api.send(ApiRequest::get(u"/api/v2/tokens/me"_s))->then(&context, [&](const ApiCall &c) {
        done = true;
        error = c.error();
    });
    QTRY_VERIFY(done);
    QCOMPARE(error.kind, ApiError::Kind::Auth);
    QCOMPARE(error.code, QString(credentialcheck::RefusedCode));
    QVERIFY(credentialcheck::isSafeHeaderValue("text/plain; charset=utf-8\t"));
    QVERIFY(!credentialcheck::isSafeHeaderValue("a\rb"));
    QVERIFY(!credentialcheck::isSafeHeaderValue("a\nb"));
    QVERIFY(!credentialcheck::isSafeHeaderValue(QByteArray("a\0b", 3)));
}

void TestNetUnits::serverUrisStayOnTheApiHost()
{
    QNetworkAccessManager nam;
    ApiClient api(&nam);
    api.setEndpoints(
        Endpoints{QUrl(u"https://api.mypurecloud.com"_s), QUrl(u"https://login.mypurecloud.com"_s), {}});
    QCOMPARE(api.resolveServerUri(u"/api/v2/authorization/roles?pageNumber=2"_s).toString(),
             u"https://api.mypurecloud.com/api/v2/authorization/roles?pageNumber=2"_s);
    QVERIFY(api.resolveServerUri(u"https://api.mypurecloud.com:443/api/v2/x"_s).isValid());
    QVERIFY(!api.resolveServerUri(u"https://evil.example.com/api/v2/x"_s).isValid());
    QVERIFY(!api.resolveServerUri(u"http://api.mypurecloud.com/api/v2/x"_s).isValid());
    QVERIFY(!api.resolveServerUri(u"https://api.mypurecloud.com:8443/api/v2/x"_s).isValid());
    QVERIFY(!api.resolveServerUri(QString()).isValid());
}

void TestNetUnits::acceptLanguage_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QByteArray>("header");
    QTest::newRow("en_US") << u"en_US"_s << QByteArray("en-us");
    QTest::newRow("de_DE") << u"de_DE"_s << QByteArray("de-de");
    QTest::newRow("de_AT") << u"de_AT"_s << QByteArray("de-at");
    QTest::newRow("C") << u"C"_s << QByteArray("en-us");
    QTest::newRow("en_GB") << u"en_GB"_s << QByteArray("en-gb");
}

void TestNetUnits::acceptLanguage()
{
    QFETCH(QString, locale);
    QFETCH(QByteArray, header);
    QCOMPARE(ApiClient::acceptLanguageFor(QLocale(locale)), header);
}

void TestNetUnits::pathSegmentsAreEncodedLikeTheSdk()
{
    QCOMPARE(ApiRequest::segment(u"analytics:readonly"_s), u"analytics%3Areadonly"_s);
    QCOMPARE(ApiRequest::segment(u"a b/c?d#e"_s), u"a%20b%2Fc%3Fd%23e"_s);
    QCOMPARE(ApiRequest::segment(u"0f3c-AZ_az.~"_s), u"0f3c-AZ_az.~"_s);
}

void TestNetUnits::systemProxyExceptLoopback()
{
    qputenv("https_proxy", "http://proxy.example.com:3128");
    qputenv("http_proxy", "http://proxy.example.com:3128");
    SystemProxyFactory factory;
    const QList<QNetworkProxy> remote =
        factory.queryProxy(QNetworkProxyQuery(QUrl(u"https://api.mypurecloud.ie/api/v2"_s)));
    QVERIFY(!remote.isEmpty());
    QCOMPARE(remote.first().hostName(), u"proxy.example.com"_s);
    QCOMPARE(remote.first().port(), 3128);
    for (const QString &local :
         {u"http://127.0.0.1:8080/"_s, u"http://localhost:1/"_s, u"http://[::1]:9/"_s}) {
        const QList<QNetworkProxy> l = factory.queryProxy(QNetworkProxyQuery(QUrl(local)));
        QCOMPARE(l.size(), 1);
        QCOMPARE(l.first().type(), QNetworkProxy::NoProxy);
    }
    qunsetenv("https_proxy");
    qunsetenv("http_proxy");
}

QTEST_GUILESS_MAIN(TestNetUnits)
#include "tst_net_units.moc"

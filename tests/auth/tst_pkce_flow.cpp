// SPDX-License-Identifier: GPL-3.0-or-later
// The PKCE browser sign-in end to end against the sandbox's /oauth/authorize and /oauth/token over
// real loopback HTTP, with the test playing the browser.
#include "app/auth/pkceflow.h"
#include "app/services/directoryservice.h"
#include "tests/auth/authtestutil.h"
#include "tests/support/testsupport.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using testsupport::await;

namespace {
quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

bool canListen(quint16 port)
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, port);
}

QUrl withQueryItem(QUrl url, const QString &key, const QString &value)
{
    QUrlQuery q(url);
    q.removeAllQueryItems(key);
    q.addQueryItem(key, value);
    url.setQuery(q);
    return url;
}

// Posts a form to the sandbox's token endpoint the way a (broken) client would.
QPair<int, QByteArray> postToken(QNetworkAccessManager *nam, const QUrl &base, const QUrlQuery &form)
{
    QUrl url = base;
    url.setPath(u"/oauth/token"_s);
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    QNetworkReply *reply = nam->post(req, form.toString(QUrl::FullyEncoded).toLatin1());
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(10000);
    reply->deleteLater();
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
}
} // namespace

class TestPkceFlow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void verifierAndChallenge();
    void endToEnd();
    void noBrowserStillCompletes();
    void wrongStateIsRejected();
    void errorFromTheBrowserEndsCleanly();
    void missingOrWrongVerifierIsRejectedBySandbox();
    void portInUseNamesThePort();
    void cancelFreesThePort();
    void timeoutEndsWithAMessage();
    void insecureLoginUrlIsRefused();

private:
    PkceFlow::Options options(quint16 port) const;
    std::unique_ptr<testsupport::SandboxSession> s;
};

void TestPkceFlow::init()
{
    s = std::make_unique<testsupport::SandboxSession>();
    QVERIFY2(s->start(false), qPrintable(s->error));
}

void TestPkceFlow::cleanup()
{
    s.reset();
}

PkceFlow::Options TestPkceFlow::options(quint16 port) const
{
    PkceFlow::Options o;
    o.endpoints = s->endpoints();
    o.clientId = s->sandbox.pkceClientId();
    o.port = port;
    o.timeout = 20s;
    return o;
}

void TestPkceFlow::verifierAndChallenge()
{
    // RFC 7636, appendix B.
    QCOMPARE(pkce::challengeS256("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
             QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    for (int len : {10, 43, 64, 128, 500}) {
        const QByteArray v = pkce::makeVerifier(len);
        QCOMPARE(v.size(), std::clamp(len, 43, 128));
        QVERIFY2(pkce::isValidVerifier(v), v.constData());
    }
    QVERIFY(pkce::makeVerifier() != pkce::makeVerifier());
    QVERIFY(!pkce::isValidVerifier(QByteArray(42, 'a')));
    QVERIFY(!pkce::isValidVerifier(QByteArray(43, 'a') + '+'));
    QCOMPARE(pkce::redirectUri(8765), u"http://127.0.0.1:8765/"_s);
}

void TestPkceFlow::endToEnd()
{
    const quint16 port = freePort();
    QVERIFY(port);
    QNetworkAccessManager browser;
    authtest::BrowserVisit visit;
    QUrl opened;
    int handlerCalls = 0;
    Result<TokenResponse> result = ApiError::make(ApiError::Kind::Unknown, u"not finished"_s);
    QObject context;
    QPointer<PkceFlow> flow = PkceFlow::start(
        s->session.networkAccessManager(), options(port),
        [&](const QUrl &url) {
            opened = url;
            // `url` by value: the reference dies with this call, before the timer fires (ASan).
            QTimer::singleShot(0, &browser, [&, url] { authtest::visit(&browser, url, &visit); });
            return true;
        },
        &context,
        [&](const Result<TokenResponse> &r) {
            ++handlerCalls;
            result = r;
        });
    QVERIFY(flow);
    QCOMPARE(handlerCalls, 0);
    QSignalSpy progress(flow.data(), &Operation::progress);
    QElapsedTimer clock;
    clock.start();
    QTRY_COMPARE_WITH_TIMEOUT(handlerCalls, 1, 15000);
    qInfo("PKCE sign-in against the sandbox, browser played by the test: %lld ms", clock.elapsed());
    QVERIFY2(result.ok(), qPrintable(result.error().summary()));
    QVERIFY(!result->accessToken.isEmpty());
    QVERIFY(!result->refreshToken.isEmpty());
    QVERIFY(result->expiresAt > QDateTime::currentDateTimeUtc());
    QVERIFY(!progress.isEmpty());

    // What the browser was sent to.
    const QUrlQuery q(opened);
    QCOMPARE(opened.path(), u"/oauth/authorize"_s);
    QCOMPARE(q.queryItemValue(u"client_id"_s), s->sandbox.pkceClientId());
    QCOMPARE(q.queryItemValue(u"response_type"_s), u"code"_s);
    QCOMPARE(q.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded), u"http://127.0.0.1:%1/"_s.arg(port));
    QCOMPARE(q.queryItemValue(u"code_challenge_method"_s), u"S256"_s);
    const QByteArray challenge = q.queryItemValue(u"code_challenge"_s).toLatin1();
    QCOMPARE(challenge.size(), 43);
    QVERIFY(q.queryItemValue(u"state"_s).size() >= 43);
    QCOMPARE(q.allQueryItemValues(u"code_challenge"_s).size(), 1);
    QVERIFY(!q.hasQueryItem(u"scope"_s));
    QCOMPARE(visit.authorizeStatus, 302);
    QCOMPARE(visit.redirect.port(), int(port));
    QCOMPARE(visit.callbackStatus, 200);
    QVERIFY(visit.callbackPage.contains("Signed in"));

    // What reached the token endpoint: the verifier of that challenge, no Basic auth.
    bool sawTokenRequest = false;
    for (const SandboxRequest &r : s->sandbox.requests()) {
        if (r.path != u"/oauth/token")
            continue;
        sawTokenRequest = true;
        const QUrlQuery form(QString::fromLatin1(r.body));
        QCOMPARE(form.queryItemValue(u"grant_type"_s), u"authorization_code"_s);
        const QByteArray verifier = form.queryItemValue(u"code_verifier"_s).toLatin1();
        QVERIFY(pkce::isValidVerifier(verifier));
        QCOMPARE(pkce::challengeS256(verifier), challenge);
        QVERIFY(!r.headers.contains("authorization"));
        QCOMPARE(r.status, 200);
    }
    QVERIFY(sawTokenRequest);

    // The token works, and the listener is gone.
    const Result<TokenInfo> who = await<TokenInfo>([&](QObject *ctx, Handler<TokenInfo> h) {
        s->session.signInWithToken(result->accessToken, ctx, h, result->expiresAt, result->refreshToken,
                                   s->sandbox.pkceClientId());
    });
    QVERIFY2(who.ok(), qPrintable(who.error().summary()));
    QCOMPARE(who->oauthClient.id, s->sandbox.pkceClientId());
    QVERIFY(canListen(port));
    QTest::qWait(20);
    QCOMPARE(handlerCalls, 1);
}

void TestPkceFlow::noBrowserStillCompletes()
{
    const quint16 port = freePort();
    QObject context;
    QPointer<PkceFlow> flow = PkceFlow::start(
        s->session.networkAccessManager(), options(port), [](const QUrl &) { return false; }, &context,
        [](const Result<TokenResponse> &) {});
    QSignalSpy progress(flow.data(), &Operation::progress);
    QTRY_VERIFY(!progress.isEmpty());
    QVERIFY(progress.last().at(0).toString().contains(u"yourself"_s));
    QVERIFY(flow && flow->authorizationUrl().isValid()); // the dialog offers it for copying
    QCOMPARE(flow->redirectUri(), u"http://127.0.0.1:%1/"_s.arg(port));
    // The user opens the link by hand.
    QNetworkAccessManager browser;
    authtest::BrowserVisit visit;
    authtest::visit(&browser, flow->authorizationUrl(), &visit);
    QTRY_VERIFY(visit.done);
    QCOMPARE(visit.callbackStatus, 200);
    QTRY_VERIFY(!flow);
}

void TestPkceFlow::wrongStateIsRejected()
{
    const quint16 port = freePort();
    QNetworkAccessManager browser;
    authtest::BrowserVisit visit;
    int calls = 0;
    Result<TokenResponse> result = ApiError::make(ApiError::Kind::Unknown, u"not finished"_s);
    QObject context;
    PkceFlow::start(
        s->session.networkAccessManager(), options(port),
        [&](const QUrl &url) {
            QTimer::singleShot(0, &browser, [&, url] {
                authtest::visit(&browser, url, &visit, [](const QUrl &redirect) {
                    return withQueryItem(redirect, u"state"_s, u"forged-state-from-another-tab"_s);
                });
            });
            return true;
        },
        &context,
        [&](const Result<TokenResponse> &r) {
            ++calls;
            result = r;
        });
    QTRY_COMPARE(calls, 1);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, u"oauthdesk.state_mismatch"_s);
    QVERIFY(result.error().message.contains(u"state"_s));
    QTRY_VERIFY(visit.done);
    QVERIFY(visit.callbackPage.contains("refused"));
    // The code was never exchanged.
    QCOMPARE(s->sandbox.requestCount(u"/oauth/token"_s), 0);
    QVERIFY(canListen(port));
    QTest::qWait(50);
    QCOMPARE(calls, 1);
}

void TestPkceFlow::errorFromTheBrowserEndsCleanly()
{
    const quint16 port = freePort();
    QNetworkAccessManager browser;
    authtest::BrowserVisit visit;
    int calls = 0;
    Result<TokenResponse> result = ApiError::make(ApiError::Kind::Unknown, u"not finished"_s);
    QObject context;
    PkceFlow::start(
        s->session.networkAccessManager(), options(port),
        [&](const QUrl &url) {
            QTimer::singleShot(0, &browser, [&, url] {
                authtest::visit(&browser, url, &visit, [](const QUrl &redirect) {
                    // The user pressed "Deny" on the login page.
                    QUrl u = redirect;
                    QUrlQuery q(u);
                    const QString state = q.queryItemValue(u"state"_s);
                    q.clear();
                    q.addQueryItem(u"error"_s, u"access_denied"_s);
                    q.addQueryItem(u"error_description"_s, u"The%20user%20denied%20access"_s);
                    q.addQueryItem(u"state"_s, state);
                    u.setQuery(q);
                    return u;
                });
            });
            return true;
        },
        &context,
        [&](const Result<TokenResponse> &r) {
            ++calls;
            result = r;
        });
    QTRY_COMPARE(calls, 1);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, u"access_denied"_s);
    QVERIFY(result.error().message.contains(u"cancelled or refused"_s));
    QTRY_VERIFY(visit.done);
    QVERIFY(visit.callbackPage.contains("Sign-in failed"));
    QVERIFY(canListen(port));
}

void TestPkceFlow::missingOrWrongVerifierIsRejectedBySandbox()
{
    // A client that got a code with a challenge but posts no verifier, or the wrong one, gets no
    // token. The test takes the code out of the redirect and posts it itself.
    const auto codeFor = [this](quint16 port, QUrl *redirectOut) {
        QNetworkAccessManager browser;
        authtest::BrowserVisit visit;
        QUrl authorize;
        QObject context;
        QPointer<PkceFlow> flow = PkceFlow::start(
            s->session.networkAccessManager(), options(port),
            [&](const QUrl &url) {
                authorize = url;
                return true;
            },
            &context, [](const Result<TokenResponse> &) {});
        [&] { QTRY_VERIFY(authorize.isValid()); }();
        QNetworkRequest req(authorize);
        req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = browser.get(req);
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(10000);
        reply->deleteLater();
        *redirectOut = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        if (flow)
            flow->cancel();
        return QUrlQuery(*redirectOut).queryItemValue(u"code"_s);
    };

    for (const bool wrongVerifier : {false, true}) {
        const quint16 port = freePort();
        QUrl redirect;
        const QString code = codeFor(port, &redirect);
        QVERIFY(!code.isEmpty());
        QUrlQuery form;
        form.addQueryItem(u"grant_type"_s, u"authorization_code"_s);
        form.addQueryItem(u"code"_s, code);
        form.addQueryItem(u"client_id"_s, s->sandbox.pkceClientId());
        form.addQueryItem(u"redirect_uri"_s,
                          QString::fromLatin1(QUrl::toPercentEncoding(pkce::redirectUri(port))));
        if (wrongVerifier)
            form.addQueryItem(u"code_verifier"_s, QString::fromLatin1(pkce::makeVerifier()));
        QNetworkAccessManager nam;
        const auto [status, body] = postToken(&nam, s->sandbox.baseUrl(), form);
        QCOMPARE(status, 400);
        QVERIFY2(body.contains("invalid_grant"), body.constData());
        QVERIFY(!body.contains("access_token"));
    }

    // And through the flow: a code that was already used (the first exchange consumed it) makes
    // the flow end with the server's refusal, once, with a readable message.
    const quint16 port = freePort();
    QNetworkAccessManager browser;
    int calls = 0;
    Result<TokenResponse> result = ApiError::make(ApiError::Kind::Unknown, u"not finished"_s);
    QObject context;
    PkceFlow::start(
        s->session.networkAccessManager(), options(port),
        [&](const QUrl &url) {
            QTimer::singleShot(0, &browser, [&, url] {
                QNetworkRequest req(url);
                req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                 QNetworkRequest::ManualRedirectPolicy);
                QNetworkReply *reply = browser.get(req);
                connect(reply, &QNetworkReply::finished, &browser, [&, reply] {
                    reply->deleteLater();
                    const QUrl redirect =
                        reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
                    // Someone intercepted the code and used it first, without the verifier.
                    QUrlQuery form;
                    form.addQueryItem(u"grant_type"_s, u"authorization_code"_s);
                    form.addQueryItem(u"code"_s, QUrlQuery(redirect).queryItemValue(u"code"_s));
                    form.addQueryItem(u"client_id"_s, s->sandbox.pkceClientId());
                    form.addQueryItem(u"redirect_uri"_s,
                                      QString::fromLatin1(QUrl::toPercentEncoding(pkce::redirectUri(port))));
                    QNetworkAccessManager thief;
                    QCOMPARE(postToken(&thief, s->sandbox.baseUrl(), form).first, 400);
                    browser.get(QNetworkRequest(redirect));
                });
            });
            return true;
        },
        &context,
        [&](const Result<TokenResponse> &r) {
            ++calls;
            result = r;
        });
    QTRY_COMPARE(calls, 1);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ApiError::Kind::Auth);
    QCOMPARE(result.error().code, u"invalid_grant"_s);
    QVERIFY2(result.error().message.contains(u"refused"_s), qPrintable(result.error().message));
    QVERIFY(canListen(port));
}

void TestPkceFlow::portInUseNamesThePort()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    const quint16 port = squatter.serverPort();
    bool opened = false;
    int calls = 0;
    Result<TokenResponse> result = ApiError::make(ApiError::Kind::Unknown, u"not finished"_s);
    QObject context;
    PkceFlow::start(
        s->session.networkAccessManager(), options(port), [&](const QUrl &) { return opened = true; },
        &context,
        [&](const Result<TokenResponse> &r) {
            ++calls;
            result = r;
        });
    QCOMPARE(calls, 0); // even this immediate failure is not delivered inside start()
    QTRY_COMPARE(calls, 1);
    QVERIFY(!opened);
    QCOMPARE(result.error().code, u"oauthdesk.port_in_use"_s);
    const QString message = result.error().message;
    QVERIFY2(message.contains(QString::number(port)), qPrintable(message));
    QVERIFY(message.contains(u"in use"_s));
    QVERIFY(message.contains(u"another port"_s));
}

void TestPkceFlow::cancelFreesThePort()
{
    const quint16 port = freePort();
    int calls = 0;
    Result<TokenResponse> result = ApiError::make(ApiError::Kind::Unknown, u"not finished"_s);
    QObject context;
    bool opened = false;
    QPointer<PkceFlow> flow = PkceFlow::start(
        s->session.networkAccessManager(), options(port), [&](const QUrl &) { return opened = true; },
        &context,
        [&](const Result<TokenResponse> &r) {
            ++calls;
            result = r;
        });
    QTRY_VERIFY(opened);
    QVERIFY(!canListen(port)); // listening for the browser
    flow->cancel();
    QCOMPARE(calls, 1);
    QVERIFY(result.error().isCancelled());
    QVERIFY(canListen(port));
    QTest::qWait(20);
    QCOMPARE(calls, 1);
    QVERIFY(!flow);
}

void TestPkceFlow::timeoutEndsWithAMessage()
{
    const quint16 port = freePort();
    PkceFlow::Options o = options(port);
    o.timeout = 150ms;
    int calls = 0;
    Result<TokenResponse> result = ApiError::make(ApiError::Kind::Unknown, u"not finished"_s);
    QObject context;
    PkceFlow::start(
        s->session.networkAccessManager(), o, [](const QUrl &) { return true; }, &context,
        [&](const Result<TokenResponse> &r) {
            ++calls;
            result = r;
        });
    QTRY_COMPARE(calls, 1);
    QCOMPARE(result.error().kind, ApiError::Kind::Timeout);
    QVERIFY(result.error().message.contains(u"browser"_s));
    QVERIFY(canListen(port));
}

void TestPkceFlow::insecureLoginUrlIsRefused()
{
    PkceFlow::Options o = options(freePort());
    o.endpoints.login = QUrl(u"http://login.example.com"_s);
    int calls = 0;
    Result<TokenResponse> result = ApiError::make(ApiError::Kind::Unknown, u"not finished"_s);
    QObject context;
    bool opened = false;
    PkceFlow::start(
        s->session.networkAccessManager(), o, [&](const QUrl &) { return opened = true; }, &context,
        [&](const Result<TokenResponse> &r) {
            ++calls;
            result = r;
        });
    QTRY_COMPARE(calls, 1);
    QVERIFY(!opened);
    QCOMPARE(result.error().kind, ApiError::Kind::Validation);
    QVERIFY(result.error().message.contains(u"http"_s));
}

QTEST_GUILESS_MAIN(TestPkceFlow)
#include "tst_pkce_flow.moc"

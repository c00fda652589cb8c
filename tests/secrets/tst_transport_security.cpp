// SPDX-License-Identifier: GPL-3.0-or-later
// Transport security: TLS errors are never ignored, and plain http is refused except on
// loopback. The TLS server listens on 127.0.0.1 with a self-signed certificate that names
// 127.0.0.1 correctly (tests/secrets/data): only trust is missing, and that alone must stop every
// call before a byte of the request (the bearer token, the client secret) is sent.
#include "app/auth/profiles.h"
#include "app/net/apiclient.h"
#include "app/services/clientsservice.h"
#include "app/services/session.h"
#include "tests/support/testsupport.h"

#include <QDirIterator>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using testsupport::await;

namespace {
QByteArray readData(const char *name)
{
    QFile f(QStringLiteral(OAUTHDESK_SECRETS_DATA_DIR "/") + QLatin1StringView(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing %s", qPrintable(f.fileName()));
    return f.readAll();
}

// A TLS server that records what reaches it: handshakes started and finished, bytes decrypted.
// QTcpServer plus QSslSocket rather than QSslServer, so that every connection is watched from its
// first byte (QSslServer hands out only connections whose handshake succeeded).
class TlsServer : public QTcpServer
{
public:
    TlsServer()
    {
        m_conf = QSslConfiguration::defaultConfiguration();
        m_conf.setLocalCertificate(QSslCertificate(readData("selfsigned-cert.pem"), QSsl::Pem));
        m_conf.setPrivateKey(QSslKey(readData("selfsigned-key.pem"), QSsl::Rsa, QSsl::Pem));
        m_conf.setPeerVerifyMode(QSslSocket::VerifyNone);
    }
    bool start() { return listen(QHostAddress::LocalHost, 0); }
    [[nodiscard]] QUrl url() const { return QUrl(u"https://127.0.0.1:%1"_s.arg(serverPort())); }

    int connections = 0;
    int encrypted = 0;
    QByteArray received;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *ssl = new QSslSocket(this);
        if (!ssl->setSocketDescriptor(descriptor)) {
            delete ssl;
            return;
        }
        ++connections;
        ssl->setSslConfiguration(m_conf);
        QObject::connect(ssl, &QSslSocket::encrypted, this, [this] { ++encrypted; });
        QObject::connect(ssl, &QSslSocket::readyRead, this, [this, ssl] { received += ssl->readAll(); });
        ssl->startServerEncryption();
    }

private:
    QSslConfiguration m_conf;
};
} // namespace

class TestTransportSecurity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void serverSeesWhatATrustingClientSends();
    void selfSignedCertificateIsRefused();
    void signInSendsNoSecretOverAnUntrustedConnection();
    void plainHttpRefusedExceptLoopback_data();
    void plainHttpRefusedExceptLoopback();
    void profilesRefusePlainHttp();
    void serverGivenUrlsStayOnTheApiOrigin();
    void noCodeTurnsVerificationOff();
};

void TestTransportSecurity::initTestCase()
{
    QVERIFY2(QSslSocket::supportsSsl(), "no TLS backend: the test must not pass without one");
}

void TestTransportSecurity::serverSeesWhatATrustingClientSends()
{
    // The control: a client that ignores the errors gets through and its bytes arrive, so the
    // "nothing received" below means the app sent nothing, not that the harness saw nothing.
    TlsServer server;
    QVERIFY(server.start());
    QSslSocket careless;
    QObject::connect(&careless, &QSslSocket::sslErrors, &careless,
                     [&careless] { careless.ignoreSslErrors(); });
    QObject::connect(&careless, &QSslSocket::encrypted, &careless,
                     [&careless] { careless.write("GET / HTTP/1.1\r\n\r\n"); });
    careless.connectToHostEncrypted(u"127.0.0.1"_s, server.serverPort());
    QTRY_VERIFY(server.received.startsWith("GET /"));
    QCOMPARE(server.encrypted, 1);
}

void TestTransportSecurity::selfSignedCertificateIsRefused()
{
    TlsServer server;
    QVERIFY(server.start());
    Session session;
    session.setEndpoints(Endpoints{server.url(), server.url(), {}});
    session.api()->setRetryPolicy(testsupport::fastRetryPolicy());
    session.api()->setAccessToken("a-bearer-token-that-must-not-travel");
    const auto r = await<QList<OAuthClient>>([&](QObject *c, auto h) { session.clients()->list(c, h); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ApiError::Kind::Tls);
    QVERIFY2(r.error().userMessage().contains(u"TLS"_s), qPrintable(r.error().userMessage()));
    QVERIFY(server.connections >= 1);        // the client did connect and try
    QCOMPARE(server.received, QByteArray()); // but sent nothing over it: no request, no token
}

void TestTransportSecurity::signInSendsNoSecretOverAnUntrustedConnection()
{
    TlsServer server;
    QVERIFY(server.start());
    Session session;
    session.setEndpoints(Endpoints{server.url(), server.url(), {}});
    session.api()->setRetryPolicy(testsupport::fastRetryPolicy());
    const auto r = await<TokenInfo>([&](QObject *c, auto h) {
        session.signInWithClientCredentials(u"client-id"_s, "a-client-secret-that-must-not-travel", c, h);
    });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ApiError::Kind::Tls);
    QVERIFY(!r.error().outcomeUnknown); // nothing was sent, so nothing can have happened
    QCOMPARE(server.received, QByteArray());
    QVERIFY(!session.isSignedIn());
}

void TestTransportSecurity::plainHttpRefusedExceptLoopback_data()
{
    QTest::addColumn<QString>("apiUrl");
    QTest::addColumn<QString>("loginUrl");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https") << u"https://api.mypurecloud.ie"_s << QString() << true;
    QTest::newRow("http remote") << u"http://api.mypurecloud.ie"_s << QString() << false;
    QTest::newRow("http remote login")
        << u"https://api.example.com"_s << u"http://login.example.com"_s << false;
    QTest::newRow("http 127.0.0.1") << u"http://127.0.0.1:8080"_s << QString() << true;
    QTest::newRow("http 127.1.2.3") << u"http://127.1.2.3:8080"_s << QString() << true;
    QTest::newRow("http localhost") << u"http://localhost:8080"_s << QString() << true;
    QTest::newRow("http [::1]") << u"http://[::1]:8080"_s << QString() << true;
    QTest::newRow("http LOCALHOST") << u"HTTP://LOCALHOST:8080"_s << QString() << true;
    QTest::newRow("looks loopback") << u"http://127.0.0.1.nip.io"_s << QString() << false;
    QTest::newRow("localhost subdomain") << u"http://localhost.example.com"_s << QString() << false;
    QTest::newRow("userinfo trick") << u"http://127.0.0.1@evil.example.com"_s << QString() << false;
    QTest::newRow("private address") << u"http://10.0.0.5"_s << QString() << false;
    QTest::newRow("unspecified") << u"http://0.0.0.0:8080"_s << QString() << false;
    QTest::newRow("ftp") << u"ftp://api.example.com"_s << QString() << false;
    QTest::newRow("no scheme") << u"api.example.com"_s << QString() << false;
}

void TestTransportSecurity::plainHttpRefusedExceptLoopback()
{
    QFETCH(QString, apiUrl);
    QFETCH(QString, loginUrl);
    QFETCH(bool, allowed);
    const Result<Endpoints> r = resolveEndpoints(QString(), apiUrl, loginUrl);
    QCOMPARE(r.ok(), allowed);
    if (!allowed) {
        QCOMPARE(r.error().kind, ApiError::Kind::Validation);
        QVERIFY(!r.error().userMessage().isEmpty());
    }
}

void TestTransportSecurity::profilesRefusePlainHttp()
{
    Profile p;
    p.name = u"Remote over http"_s;
    p.apiUrl = QUrl(u"http://api.example.com"_s);
    p.method = SignInMethod::ClientCredentials;
    p.clientId = u"id"_s;
    const QStringList problems = p.problems();
    QVERIFY(!problems.isEmpty());
    QVERIFY2(problems.join(u' ').contains(u"http"_s), qPrintable(problems.join(u' ')));
    p.apiUrl = QUrl(u"http://127.0.0.1:8080"_s);
    QVERIFY2(p.problems().isEmpty(), qPrintable(p.problems().join(u' ')));
}

void TestTransportSecurity::serverGivenUrlsStayOnTheApiOrigin()
{
    QNetworkAccessManager nam;
    ApiClient api(&nam);
    api.setEndpoints(
        Endpoints{QUrl(u"https://api.mypurecloud.com"_s), QUrl(u"https://login.mypurecloud.com"_s), {}});
    QVERIFY(api.resolveServerUri(u"/api/v2/authorization/roles?pageNumber=2"_s).isValid());
    QVERIFY(api.resolveServerUri(u"https://api.mypurecloud.com/api/v2/x"_s).isValid());
    QVERIFY(!api.resolveServerUri(u"http://api.mypurecloud.com/api/v2/x"_s).isValid()); // downgraded
    QVERIFY(!api.resolveServerUri(u"https://api.mypurecloud.com:8443/api/v2/x"_s).isValid());
    QVERIFY(!api.resolveServerUri(u"https://evil.example.com/api/v2/x"_s).isValid());
    QVERIFY(!api.resolveServerUri(u"//evil.example.com/api/v2/x"_s).isValid());
}

void TestTransportSecurity::noCodeTurnsVerificationOff()
{
    // The calls above go through ApiClient; the PKCE token exchange goes through QtNetworkAuth on the
    // session's QNetworkAccessManager, which verifies by default. Nothing in the product may turn
    // that off, anywhere: a tripwire over the sources.
    const QStringList needles = {u"ignoreSslErrors"_s, u"VerifyNone"_s, u"QueryPeer"_s,
                                 u"setSslConfiguration"_s, u"setCaCertificates"_s};
    QStringList hits;
    int files = 0;
    for (const char *dir : {"app", "models", "ui"}) {
        QDirIterator it(QStringLiteral(OAUTHDESK_SOURCE_DIR "/") + QLatin1StringView(dir),
                        {u"*.cpp"_s, u"*.h"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            ++files;
            const QString text = QString::fromUtf8(f.readAll());
            for (const QString &n : needles) {
                if (text.contains(n))
                    hits << f.fileName() + u": "_s + n;
            }
        }
    }
    QVERIFY(files > 50);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestTransportSecurity)
#include "tst_transport_security.moc"

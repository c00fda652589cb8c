// SPDX-License-Identifier: GPL-3.0-or-later
// ProfileStore: named profiles in QSettings, shared by GUI and CLI, never a secret.
#include "app/auth/profiles.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(Profile)

namespace {
Profile prod()
{
    Profile p;
    p.name = u"Northwind PROD"_s;
    p.orgLabel = u"Northwind Contact Center"_s;
    p.regionId = u"us_east_1"_s;
    p.method = SignInMethod::Pkce;
    p.clientId = u"5d7c4b1e-0000-4000-8000-000000000001"_s;
    p.port = 8765;
    p.label = u"PROD"_s;
    p.color = u"#c62828"_s;
    return p;
}

Profile sandbox()
{
    Profile p;
    p.name = u"Sandbox"_s;
    p.apiUrl = QUrl(u"http://127.0.0.1:9999"_s);
    p.method = SignInMethod::ClientCredentials;
    p.clientId = u"admin-client"_s;
    p.label = u"TEST"_s;
    p.color = u"#2e7d32"_s;
    return p;
}
} // namespace

class TestAuthProfiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void methodIds();
    void addListEditRemove();
    void persistsAcrossInstances();
    void renameKeepsLastUsed();
    void duplicateNamesAreRefused();
    void validation_data();
    void validation();
    void customEndpointsAndScope();
    void redirectUriIsTheRegisteredForm();
    void handEditedFileIsReadLeniently();
    void defaultFileIsSharedAndHoldsNoSecret();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
};

void TestAuthProfiles::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"profiles.conf"_s), QSettings::IniFormat);
}

void TestAuthProfiles::methodIds()
{
    for (SignInMethod m : {SignInMethod::Pkce, SignInMethod::ClientCredentials, SignInMethod::Token}) {
        QCOMPARE(signInMethodFromId(signInMethodId(m)), m);
        QVERIFY(!signInMethodLabel(m).isEmpty());
    }
    QCOMPARE(signInMethodId(SignInMethod::ClientCredentials), u"client_credentials"_s);
    QVERIFY(!signInMethodFromId(u"password"));
}

void TestAuthProfiles::addListEditRemove()
{
    ProfileStore store(m_settings.get());
    QSignalSpy changed(&store, &ProfileStore::profilesChanged);
    QSignalSpy removed(&store, &ProfileStore::profileRemoved);
    QVERIFY(store.profiles().isEmpty());
    QCOMPARE(store.save(prod()), QStringList());
    QCOMPARE(store.save(sandbox()), QStringList());
    QCOMPARE(store.names(), (QStringList{u"Northwind PROD"_s, u"Sandbox"_s}));
    QCOMPARE(changed.size(), 2);
    QVERIFY(store.contains(u"northwind prod"_s)); // names are case-insensitive
    QCOMPARE(*store.profile(u"NORTHWIND PROD"_s), prod());

    Profile edited = prod();
    edited.port = 9000;
    edited.color = u"#ff8f00"_s;
    QCOMPARE(store.save(edited, u"Northwind PROD"_s), QStringList());
    QCOMPARE(store.profile(u"Northwind PROD"_s)->port, 9000);
    QCOMPARE(store.profiles().size(), 2);

    QVERIFY(store.remove(u"Sandbox"_s));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(0).toString(), u"Sandbox"_s);
    QVERIFY(!store.remove(u"Sandbox"_s));
    QCOMPARE(store.names(), QStringList{u"Northwind PROD"_s});
}

void TestAuthProfiles::persistsAcrossInstances()
{
    {
        ProfileStore store(m_settings.get());
        QVERIFY(store.save(prod()).isEmpty());
        QVERIFY(store.save(sandbox()).isEmpty());
        store.setLastUsed(u"Sandbox"_s);
    }
    QSettings fresh(m_dir->filePath(u"profiles.conf"_s), QSettings::IniFormat);
    ProfileStore again(&fresh);
    QCOMPARE(again.profiles().size(), 2);
    QCOMPARE(*again.profile(u"Northwind PROD"_s), prod());
    Profile sb = sandbox();
    QCOMPARE(again.profile(u"Sandbox"_s)->apiUrl, sb.apiUrl);
    QCOMPARE(again.profile(u"Sandbox"_s)->method, SignInMethod::ClientCredentials);
    QCOMPARE(again.lastUsed(), u"Sandbox"_s);
}

void TestAuthProfiles::renameKeepsLastUsed()
{
    ProfileStore store(m_settings.get());
    QVERIFY(store.save(prod()).isEmpty());
    store.setLastUsed(u"Northwind PROD"_s);
    QSignalSpy renamed(&store, &ProfileStore::profileRenamed);
    Profile p = prod();
    p.name = u"Northwind Production"_s;
    QCOMPARE(store.save(p, u"Northwind PROD"_s), QStringList());
    QCOMPARE(renamed.size(), 1);
    QCOMPARE(renamed.at(0).at(0).toString(), u"Northwind PROD"_s);
    QCOMPARE(renamed.at(0).at(1).toString(), u"Northwind Production"_s);
    QCOMPARE(store.lastUsed(), u"Northwind Production"_s);
    QVERIFY(!store.contains(u"Northwind PROD"_s));

    QVERIFY(store.remove(u"Northwind Production"_s));
    QCOMPARE(store.lastUsed(), QString()); // a removed profile is not "last used"
}

void TestAuthProfiles::duplicateNamesAreRefused()
{
    ProfileStore store(m_settings.get());
    QVERIFY(store.save(prod()).isEmpty());
    Profile dup = sandbox();
    dup.name = u"  northwind prod "_s;
    const QStringList problems = store.save(dup);
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().contains(u"already exists"_s));
    QCOMPARE(store.profiles().size(), 1);
    // Renaming another profile onto an existing name is refused too.
    QVERIFY(store.save(sandbox()).isEmpty());
    QVERIFY(!store.save(dup, u"Sandbox"_s).isEmpty());
    QVERIFY(store.contains(u"Sandbox"_s));
}

void TestAuthProfiles::validation_data()
{
    QTest::addColumn<Profile>("profile");
    QTest::addColumn<QString>("problem"); // a word of the expected message, or empty for valid

    QTest::newRow("valid pkce") << prod() << QString();
    QTest::newRow("valid custom") << sandbox() << QString();
    Profile p = prod();
    p.name = u"   "_s;
    QTest::newRow("no name") << p << u"name"_s;
    p = prod();
    p.name = QString(65, u'x');
    QTest::newRow("long name") << p << u"longer"_s;
    p = prod();
    p.name = u"tab\there"_s;
    QTest::newRow("control char") << p << u"control"_s;
    p = prod();
    p.clientId.clear();
    QTest::newRow("no client id") << p << u"client id"_s;
    p = prod();
    p.method = SignInMethod::Token;
    p.clientId.clear();
    QTest::newRow("token needs no client id") << p << QString();
    p = prod();
    p.port = 80;
    QTest::newRow("privileged port") << p << u"port"_s;
    p = prod();
    p.color = u"red"_s;
    QTest::newRow("bad colour") << p << u"colour"_s;
    p = prod();
    p.regionId = u"mars_north_1"_s;
    QTest::newRow("unknown region") << p << u"region"_s;
    p = sandbox();
    p.apiUrl = QUrl(u"http://api.example.com"_s);
    QTest::newRow("plain http off loopback") << p << u"http"_s;
    p = sandbox();
    p.apiUrl = QUrl(u"https://user:pw@api.example.com"_s);
    QTest::newRow("credentials in url") << p << u"password"_s;
    p = sandbox();
    p.apiUrl.clear();
    QTest::newRow("neither region nor url") << p << u"region"_s;
    p = prod();
    p.label = u"THIS LABEL IS WAY TOO LONG"_s;
    QTest::newRow("long label") << p << u"label"_s;
}

void TestAuthProfiles::validation()
{
    QFETCH(Profile, profile);
    QFETCH(QString, problem);
    const QStringList problems = profile.problems();
    if (problem.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
        return;
    }
    QVERIFY(!problems.isEmpty());
    QVERIFY2(problems.join(u' ').contains(problem, Qt::CaseInsensitive), qPrintable(problems.join(u"; "_s)));
    ProfileStore store(m_settings.get());
    QVERIFY(!store.save(profile).isEmpty());
    QVERIFY(store.profiles().isEmpty());
}

void TestAuthProfiles::customEndpointsAndScope()
{
    const Profile region = prod();
    const Result<Endpoints> e = region.endpoints();
    QVERIFY(e.ok());
    QCOMPARE(e->api, QUrl(u"https://api.mypurecloud.com"_s));
    QCOMPARE(e->login, QUrl(u"https://login.mypurecloud.com"_s));
    QCOMPARE(region.keychainScope(), u"us_east_1"_s);

    Profile custom = sandbox();
    const Result<Endpoints> c = custom.endpoints();
    QVERIFY(c.ok());
    QCOMPARE(c->api, QUrl(u"http://127.0.0.1:9999"_s));
    QCOMPARE(c->login, QUrl(u"http://127.0.0.1:9999"_s));
    QCOMPARE(custom.keychainScope(), u"127.0.0.1:9999"_s);
    custom.loginUrl = QUrl(u"http://localhost:9998"_s);
    QCOMPARE(custom.endpoints()->login, QUrl(u"http://localhost:9998"_s));

    // Saving a region profile drops stale custom URLs.
    ProfileStore store(m_settings.get());
    Profile mixed = prod();
    mixed.apiUrl = QUrl(u"https://api.example.com"_s);
    QVERIFY(store.save(mixed).isEmpty());
    QVERIFY(store.profile(mixed.name)->apiUrl.isEmpty());
}

void TestAuthProfiles::redirectUriIsTheRegisteredForm()
{
    Profile p = prod();
    QCOMPARE(p.redirectUri(), u"http://127.0.0.1:8765/"_s);
    p.port = 50123;
    QCOMPARE(p.redirectUri(), u"http://127.0.0.1:50123/"_s);
    QCOMPARE(p.badgeText(), u"PROD"_s);
    p.label.clear();
    QCOMPARE(p.badgeText(), p.name);
}

void TestAuthProfiles::handEditedFileIsReadLeniently()
{
    {
        QFile f(m_dir->filePath(u"profiles.conf"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[profiles]\n"
                "1\\name=Good\n1\\region=eu_west_1\n1\\method=client_credentials\n1\\clientId=abc\n1\\port="
                "notaport\n"
                "2\\name=\n2\\region=us_east_1\n"
                "3\\name=good\n3\\region=us_east_1\n"
                "4\\name=Odd method\n4\\region=us_east_1\n4\\method=password\n4\\clientId=x\n"
                "size=4\n");
    }
    QSettings s(m_dir->filePath(u"profiles.conf"_s), QSettings::IniFormat);
    ProfileStore store(&s);
    QCOMPARE(store.names(), (QStringList{u"Good"_s, u"Odd method"_s})); // no name / duplicate skipped
    QCOMPARE(store.profile(u"Good"_s)->port, Profile::DefaultPort);
    QCOMPARE(store.profile(u"Good"_s)->method, SignInMethod::ClientCredentials);
    QCOMPARE(store.profile(u"Odd method"_s)->method, SignInMethod::Pkce);
}

void TestAuthProfiles::defaultFileIsSharedAndHoldsNoSecret()
{
    // The GUI and the CLI have different application names but must see the same profiles.
    QCoreApplication::setOrganizationName(u"SomethingElse"_s);
    QCoreApplication::setApplicationName(u"tst"_s);
    ProfileStore a;
    QVERIFY(a.fileName().startsWith(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)));
    QVERIFY2(a.fileName().endsWith(u"/oauthdesk/profiles.conf"_s) ||
                 a.fileName().endsWith(u"/oauthdesk/profiles.ini"_s),
             qPrintable(a.fileName()));
    for (const QString &n : a.names())
        a.remove(n);
    QVERIFY(a.save(prod()).isEmpty());
    QCoreApplication::setApplicationName(u"other"_s);
    ProfileStore b;
    QCOMPARE(b.names(), QStringList{u"Northwind PROD"_s});

    QFile f(a.fileName());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray content = f.readAll().toLower();
    for (const char *word : {"secret", "token", "password"})
        QVERIFY2(!content.contains(word), word);
}

QTEST_GUILESS_MAIN(TestAuthProfiles)
#include "tst_auth_profiles.moc"

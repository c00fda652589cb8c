// SPDX-License-Identifier: GPL-3.0-or-later
// The New/Edit Client form's logic without widgets: the rules it checks before anything is sent
// (ClientFormValidator), and what it sends (ClientFormValues): the body of a create, and for an
// edit only the fields that changed, with hidden sections and deprecated roleIds left alone.
#include "app/controllers/directorycache.h"
#include "ui/clients/clientformvalidator.h"
#include "ui/clients/clientformvalues.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
// A valid new CODE client, as the form would hold it.
ClientFormValues codeValues()
{
    ClientFormValues v;
    v.name = u"Partner portal"_s;
    v.grant = GrantType::Code;
    v.lifetime = 3600;
    v.state = u"active"_s;
    v.redirectUris = {u"https://portal.example.com/cb"_s};
    v.scopes = {u"users:readonly"_s};
    v.redirectsShown = true;
    v.scopesShown = true;
    return v;
}

OAuthClient existing()
{
    return OAuthClient::fromJson(QJsonObject{
        {u"id"_s, u"c-1"_s},
        {u"name"_s, u"Partner portal"_s},
        {u"description"_s, u"Owner: sales "_s},
        {u"authorizedGrantType"_s, u"CODE"_s},
        {u"accessTokenValiditySeconds"_s, 3600},
        {u"registeredRedirectUri"_s, QJsonArray{u"https://portal.example.com/cb"_s}},
        {u"scope"_s, QJsonArray{u"users:readonly"_s, u"analytics:readonly"_s}},
    });
}

// The form as populate() would show `c`.
ClientFormValues shown(const OAuthClient &c)
{
    ClientFormValues v;
    v.name = c.name;
    v.description = c.description.trimmed();
    v.grant = c.grant();
    v.lifetime = c.tokenLifetime();
    v.state = c.state.isEmpty() ? u"active"_s : c.state;
    v.redirectUris = c.registeredRedirectUri;
    v.scopes = c.scope;
    v.roles = c.roleDivisions;
    if (v.roles.isEmpty()) {
        for (const QString &r : c.roleIds)
            v.roles.append({r, QString()});
    }
    v.redirectsShown = grantUsesRedirectUris(c.grant());
    v.scopesShown = grantUsesScopes(c.grant());
    v.rolesShown = grantUsesRoles(c.grant());
    return v;
}
} // namespace

class TstClientForm : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aValidFormHasNoProblems()
    {
        QVERIFY(ClientFormValidator::problems(codeValues(), std::nullopt).isEmpty());
    }

    void eachRuleNamesItsField()
    {
        ClientFormValues v = codeValues();
        v.name.clear();
        v.redirectUris.clear();
        v.scopes.clear();
        v.lifetime = TokenLifetime::Maximum + 1;
        const auto p = ClientFormValidator::problems(v, std::nullopt);
        QCOMPARE(p.keys(), (QList<ClientFormField>{ClientFormField::Name, ClientFormField::Lifetime,
                                                   ClientFormField::Redirect, ClientFormField::Scopes}));
        QVERIFY(p.value(ClientFormField::Redirect).contains(u"at least one redirect URI"_s));

        // Client credentials: roles instead of redirect URIs and scopes.
        ClientFormValues cc = codeValues();
        cc.grant = GrantType::ClientCredentials;
        cc.redirectUris.clear();
        cc.scopes.clear();
        QCOMPARE(ClientFormValidator::problems(cc, std::nullopt).keys(),
                 QList<ClientFormField>{ClientFormField::Roles});
        cc.roles = {{u"r-1"_s, u"*"_s}};
        QVERIFY(ClientFormValidator::problems(cc, std::nullopt).isEmpty());
    }

    void aUriTypedButNotAddedBlocksSaving()
    {
        ClientFormValues v = codeValues();
        v.typedRedirectUri = u"https://other.example.com/cb"_s;
        QVERIFY(ClientFormValidator::problems(v, std::nullopt)
                    .value(ClientFormField::Redirect)
                    .contains(u"Press Add"_s));
        v.typedRedirectUri = u"https://other.example.com/cb#x"_s;
        QVERIFY(ClientFormValidator::problems(v, std::nullopt)
                    .value(ClientFormField::Redirect)
                    .contains(u"fragment"_s));
    }

    void anOutOfRangeLifetimeTheClientAlreadyHadIsKept()
    {
        OAuthClient c = existing();
        c.accessTokenValiditySeconds = 30 * 86400;
        ClientFormValues v = shown(c);
        QVERIFY(ClientFormValidator::problems(v, c).isEmpty());
        QVERIFY(ClientFormValidator::problems(v, std::nullopt).contains(ClientFormField::Lifetime));
        v.lifetime += 1;
        QVERIFY(ClientFormValidator::problems(v, c).contains(ClientFormField::Lifetime));
    }

    void redirectUris_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<bool>("ok");
        QTest::newRow("https") << u"https://app.example.com/callback"_s << true;
        QTest::newRow("loopback port") << u"http://127.0.0.1:8080/cb"_s << true;
        QTest::newRow("wildcard") << u"https://*.example.com/cb"_s << true;
        QTest::newRow("native app") << u"com.example.app:/callback"_s << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("space") << u"https://app.example.com/a b"_s << false;
        QTest::newRow("relative") << u"/callback"_s << false;
        QTest::newRow("fragment") << u"https://app.example.com/cb#token"_s << false;
        QTest::newRow("no host") << u"https:/cb"_s << false;
        QTest::newRow("scheme only") << u"myapp:"_s << false;
    }

    void redirectUris()
    {
        QFETCH(QString, uri);
        QFETCH(bool, ok);
        const QString problem = ClientFormValidator::checkRedirectUri(uri);
        QVERIFY2(problem.isEmpty() == ok, qPrintable(problem));
    }

    void serverFieldNames()
    {
        QCOMPARE(ClientFormValidator::fieldOfServerName(u"scope[2]"_s), ClientFormField::Scopes);
        QCOMPARE(ClientFormValidator::fieldOfServerName(u"roleDivisions[0].roleId"_s),
                 ClientFormField::Roles);
        QCOMPARE(ClientFormValidator::fieldOfServerName(u"roleIds"_s), ClientFormField::Roles);
        QCOMPARE(ClientFormValidator::fieldOfServerName(u"dateToDelete"_s), ClientFormField::State);
        QCOMPARE(ClientFormValidator::fieldOfServerName(u"accessTokenValiditySeconds"_s),
                 ClientFormField::Lifetime);
        QCOMPARE(ClientFormValidator::fieldOfServerName(u"customProperties"_s), std::nullopt);
    }

    void createBodyHasWhatTheGrantUses()
    {
        const QJsonObject code = codeValues().createBody();
        QCOMPARE(code.value(u"name"_s).toString(), u"Partner portal"_s);
        QCOMPARE(code.value(u"authorizedGrantType"_s).toString(), u"CODE"_s);
        QCOMPARE(code.value(u"accessTokenValiditySeconds"_s).toInteger(), 3600);
        QCOMPARE(code.value(u"registeredRedirectUri"_s).toArray().size(), 1);
        QCOMPARE(code.value(u"scope"_s).toArray().size(), 1);
        QVERIFY(!code.contains(u"roleDivisions"_s));
        QVERIFY(!code.contains(u"description"_s)); // empty: not sent

        ClientFormValues cc = codeValues();
        cc.grant = GrantType::ClientCredentials;
        cc.description = u"Nightly"_s;
        cc.roles = {{u"r-1"_s, QString()}, {u"r-2"_s, u"d-2"_s}};
        cc.homeDivisionId = u"home"_s;
        const QJsonObject body = cc.createBody();
        QVERIFY(!body.contains(u"registeredRedirectUri"_s));
        QVERIFY(!body.contains(u"scope"_s));
        QCOMPARE(body.value(u"description"_s).toString(), u"Nightly"_s);
        const QJsonArray roles = body.value(u"roleDivisions"_s).toArray();
        QCOMPARE(roles.size(), 2);
        QCOMPARE(roles.at(0).toObject().value(u"divisionId"_s).toString(), u"home"_s);
        QCOMPARE(roles.at(1).toObject().value(u"divisionId"_s).toString(), u"d-2"_s);
    }

    void editsAreOnlyWhatChanged()
    {
        const OAuthClient c = existing();
        ClientFormValues v = shown(c);
        // As opened: nothing to send (the description's trailing space and the missing state
        // included).
        QCOMPARE(v.editsOf(c), QJsonObject());

        // Scopes in another order are the same scopes.
        std::reverse(v.scopes.begin(), v.scopes.end());
        QCOMPARE(v.editsOf(c), QJsonObject());

        v.name = u"Partner portal (EU)"_s;
        v.state = u"inactive"_s;
        QCOMPARE(v.editsOf(c),
                 (QJsonObject{{u"name"_s, u"Partner portal (EU)"_s}, {u"state"_s, u"inactive"_s}}));

        // A section the form hides is left as the client has it.
        ClientFormValues hidden = shown(c);
        hidden.redirectUris.clear();
        hidden.redirectsShown = false;
        QCOMPARE(hidden.editsOf(c), QJsonObject());
        hidden.redirectsShown = true;
        QCOMPARE(hidden.editsOf(c), (QJsonObject{{u"registeredRedirectUri"_s, QJsonArray()}}));
    }

    void deprecatedRoleIdsStayUnlessTheRolesChange()
    {
        const OAuthClient c = OAuthClient::fromJson(QJsonObject{
            {u"id"_s, u"c-2"_s},
            {u"name"_s, u"Old robot"_s},
            {u"authorizedGrantType"_s, u"CLIENT-CREDENTIALS"_s},
            {u"state"_s, u"active"_s},
            {u"roleIds"_s, QJsonArray{u"r-1"_s}},
        });
        ClientFormValues v = shown(c);
        QCOMPARE(v.editsOf(c), QJsonObject());

        // Another role: all pairs are sent as roleDivisions, the old one in the home division
        // (all divisions while the home division is not known).
        v.roles.append({u"r-2"_s, u"d-2"_s});
        const QJsonObject toAll{{u"roleId"_s, u"r-1"_s}, {u"divisionId"_s, DirectoryCache::AllDivisions}};
        const QJsonObject added{{u"roleId"_s, u"r-2"_s}, {u"divisionId"_s, u"d-2"_s}};
        QCOMPARE(v.editsOf(c), (QJsonObject{{u"roleDivisions"_s, QJsonArray{toAll, added}}}));
        v.homeDivisionId = u"home"_s;
        const QJsonObject toHome{{u"roleId"_s, u"r-1"_s}, {u"divisionId"_s, u"home"_s}};
        QCOMPARE(v.editsOf(c), (QJsonObject{{u"roleDivisions"_s, QJsonArray{toHome, added}}}));
    }
};

QTEST_GUILESS_MAIN(TstClientForm)
#include "tst_clientform.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/sandbox/sandboxtestclient.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

QJsonObject HttpResult::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QStringList HttpResult::fieldNames() const
{
    QStringList out;
    for (const QJsonValue &d : json().value(u"details"_s).toArray())
        out.append(d.toObject().value(u"fieldName"_s).toString());
    return out;
}

SandboxTestClient::SandboxTestClient(SandboxServer &s)
    : server(s)
{}

QNetworkRequest SandboxTestClient::makeRequest(const QString &target) const
{
    QUrl url = server.baseUrl();
    const qsizetype q = target.indexOf(u'?');
    url.setPath(target.left(q), QUrl::TolerantMode);
    if (q >= 0)
        url.setQuery(target.mid(q + 1), QUrl::TolerantMode);
    QNetworkRequest req(url);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!authorization.isEmpty())
        req.setRawHeader("Authorization", authorization);
    return req;
}

QNetworkReply *SandboxTestClient::start(const QByteArray &method, const QString &target,
                                        const QByteArray &body)
{
    QNetworkRequest req = makeRequest(target);
    if (!body.isEmpty())
        req.setRawHeader("Content-Type", "application/json");
    return nam.sendCustomRequest(req, method, body);
}

HttpResult SandboxTestClient::wait(QNetworkReply *reply, int timeoutMs)
{
    HttpResult r;
    QElapsedTimer timer;
    timer.start();
    if (!reply->isFinished()) {
        QSignalSpy spy(reply, &QNetworkReply::finished);
        if (!spy.wait(timeoutMs)) {
            qWarning("request timed out");
            reply->abort();
        }
    }
    r.elapsedMs = timer.elapsed();
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.error = reply->error();
    r.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        r.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return r;
}

HttpResult SandboxTestClient::request(const QByteArray &method, const QString &target, const QByteArray &body,
                                      const QByteArray &contentType,
                                      const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest req = makeRequest(target);
    if (!contentType.isEmpty() && (!body.isEmpty() || method == "POST" || method == "PUT"))
        req.setRawHeader("Content-Type", contentType);
    for (const auto &[name, value] : headers)
        req.setRawHeader(name, value);
    return wait(nam.sendCustomRequest(req, method, body));
}

HttpResult SandboxTestClient::get(const QString &target,
                                  const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    return request("GET", target, {}, {}, headers);
}

HttpResult SandboxTestClient::post(const QString &target, const QJsonObject &body)
{
    return request("POST", target, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpResult SandboxTestClient::put(const QString &target, const QJsonObject &body)
{
    return request("PUT", target, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpResult SandboxTestClient::del(const QString &target)
{
    return request("DELETE", target);
}

HttpResult SandboxTestClient::tokenRequest(const QList<std::pair<QString, QString>> &form,
                                           const QByteArray &basicUser, const QByteArray &basicSecret)
{
    QByteArray body;
    for (const auto &[key, value] : form) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    const QByteArray saved = authorization;
    authorization =
        basicUser.isEmpty() ? QByteArray() : "Basic " + (basicUser + ':' + basicSecret).toBase64();
    HttpResult r = request("POST", u"/oauth/token"_s, body, "application/x-www-form-urlencoded");
    authorization = saved;
    return r;
}

QString SandboxTestClient::signInAsAdmin()
{
    const HttpResult r =
        tokenRequest({{u"grant_type"_s, u"client_credentials"_s}}, server.adminClientId().toLatin1(),
                     server.adminClientSecret().toLatin1());
    const QString token = r.json().value(u"access_token"_s).toString();
    if (r.status != 200 || token.isEmpty())
        qWarning("admin sign-in failed: %d %s", r.status, r.body.constData());
    setToken(token);
    return token;
}

QJsonObject validClientBody(const QString &grant, const QString &name)
{
    QJsonObject o{
        {u"name"_s, name}, {u"authorizedGrantType"_s, grant}, {u"description"_s, u"made by a test"_s}};
    if (grant == u"CODE" || grant == u"TOKEN")
        o.insert(u"registeredRedirectUri"_s, QJsonArray{u"https://example.com/callback"_s});
    if (grant != u"CLIENT-CREDENTIALS")
        o.insert(u"scope"_s, QJsonArray{u"users:readonly"_s, u"analytics:readonly"_s});
    return o;
}

QString firstRoleId(SandboxTestClient &client)
{
    return client.get(u"/api/v2/authorization/roles?pageSize=1"_s)
        .json()
        .value(u"entities"_s)
        .toArray()
        .first()
        .toObject()
        .value(u"id"_s)
        .toString();
}

QString formEncode(const QList<std::pair<QString, QString>> &items)
{
    QByteArray out;
    for (const auto &[key, value] : items) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return QString::fromLatin1(out);
}

QString pkceChallengeFor(const QString &verifier)
{
    return QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QUrlQuery redirectParams(const HttpResult &result, bool fragment)
{
    const QUrl location = QUrl::fromEncoded(result.header("location"));
    return QUrlQuery(fragment ? location.fragment(QUrl::FullyEncoded) : location.query(QUrl::FullyEncoded));
}

HttpResult SandboxTestClient::authorize(const QList<std::pair<QString, QString>> &params)
{
    const QByteArray saved = authorization;
    authorization.clear();
    HttpResult r = get(u"/oauth/authorize?"_s + formEncode(params));
    authorization = saved;
    return r;
}

HttpResult SandboxTestClient::pkceSignIn(const QString &verifier, QString *refreshToken)
{
    const QString redirect = QString::fromLatin1(kLoopbackRedirect);
    const HttpResult auth =
        authorize({{u"client_id"_s, server.pkceClientId()},
                   {u"redirect_uri"_s, redirect},
                   {u"response_type"_s, u"code"_s},
                   {u"state"_s, u"st4te"_s},
                   {u"code_challenge"_s, pkceChallengeFor(QString::fromLatin1(kVerifier))},
                   {u"code_challenge_method"_s, u"S256"_s}});
    const QString code = redirectParams(auth).queryItemValue(u"code"_s);
    if (auth.status != 302 || code.isEmpty())
        qWarning("authorize failed: %d %s", auth.status, auth.header("location").constData());
    HttpResult token = tokenRequest({{u"grant_type"_s, u"authorization_code"_s},
                                     {u"code"_s, code},
                                     {u"code_verifier"_s, verifier},
                                     {u"client_id"_s, server.pkceClientId()},
                                     {u"redirect_uri"_s, redirect}});
    if (refreshToken)
        *refreshToken = token.json().value(u"refresh_token"_s).toString();
    return token;
}

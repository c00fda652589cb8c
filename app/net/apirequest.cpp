// SPDX-License-Identifier: GPL-3.0-or-later
// ApiRequest (declared in apicall.h): how requests are described before ApiClient::send().
#include "app/net/apicall.h"

#include <QJsonDocument>

QString ApiRequest::segment(const QString &raw)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(raw));
}

ApiRequest ApiRequest::get(const QString &path, const QUrlQuery &query)
{
    ApiRequest r;
    r.path = path;
    r.query = query;
    return r;
}

ApiRequest ApiRequest::post(const QString &path, const QJsonObject &body)
{
    ApiRequest r;
    r.method = "POST";
    r.path = path;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

ApiRequest ApiRequest::postEmpty(const QString &path)
{
    ApiRequest r;
    r.method = "POST";
    r.path = path;
    return r;
}

ApiRequest ApiRequest::put(const QString &path, const QJsonObject &body)
{
    ApiRequest r = post(path, body);
    r.method = "PUT";
    return r;
}

ApiRequest ApiRequest::del(const QString &path)
{
    ApiRequest r;
    r.method = "DELETE";
    r.path = path;
    return r;
}

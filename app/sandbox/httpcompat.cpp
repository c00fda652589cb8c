// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sandbox/httpcompat.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QMetaEnum>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpHeaders>
#endif

using namespace Qt::Literals::StringLiterals;

namespace sandbox::httpcompat {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 415:
        return "Unsupported Media Type";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

[[maybe_unused]] QByteArray head(int status, const HeaderList &headers, qint64 contentLength)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    out += "Content-Length: " + QByteArray::number(contentLength) + "\r\n\r\n";
    return out;
}

} // namespace

void setCatchAllHandler(QHttpServer &server, QObject *context, Handler handler)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    server.setMissingHandler(context, [handler = std::move(handler)](const QHttpServerRequest &request,
                                                                     QHttpServerResponder &responder) {
        handler(request, std::move(responder));
    });
#else
    Q_UNUSED(context)
    server.setMissingHandler(std::move(handler));
#endif
}

quint16 listenLoopback(QHttpServer &server, quint16 port, QString *error)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    auto *tcp = new QTcpServer(&server);
    if (!tcp->listen(QHostAddress::LocalHost, port) || !server.bind(tcp)) {
        *error = tcp->errorString();
        delete tcp;
        return 0;
    }
    return tcp->serverPort();
#else
    const quint16 actual = server.listen(QHostAddress::LocalHost, port);
    if (actual == 0)
        *error = u"cannot listen on 127.0.0.1:%1"_s.arg(port);
    return actual;
#endif
}

QByteArray methodName(const QHttpServerRequest &request)
{
    const char *key = QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(request.method()));
    return key ? QByteArray(key).toUpper() : QByteArrayLiteral("UNKNOWN");
}

QHash<QByteArray, QByteArray> lowerCaseHeaders(const QHttpServerRequest &request)
{
    QHash<QByteArray, QByteArray> out;
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    const QHttpHeaders headers = request.headers();
    for (qsizetype i = 0; i < headers.size(); ++i)
        out.insert(headers.nameAt(i).toByteArray().toLower(), headers.valueAt(i).toByteArray());
#else
    for (const auto &[name, value] : request.headers())
        out.insert(name.toLower(), value);
#endif
    return out;
}

QString rawPath(const QHttpServerRequest &request)
{
    return request.url().path(QUrl::FullyEncoded);
}

QByteArray rawQuery(const QHttpServerRequest &request)
{
    return request.url().query(QUrl::FullyEncoded).toLatin1();
}

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
// Qt 6.8 made the responder protocol-neutral: no socket, so no dropped or truncated answers.
std::function<bool()> connectionProbe(QHttpServerResponder &)
{
    return [] { return true; };
}

void write(QHttpServerResponder &responder, int status, const HeaderList &headers, const QByteArray &body)
{
    QHttpHeaders h;
    for (const auto &[name, value] : headers)
        h.append(name, value);
    responder.write(body, h, QHttpServerResponder::StatusCode(status));
}

void writeTruncated(QHttpServerResponder &responder, int status, const HeaderList &headers,
                    const QByteArray &body)
{
    write(responder, status, headers, body.left(body.size() / 2));
}

void drop(QHttpServerResponder &responder)
{
    responder.write(QHttpServerResponder::StatusCode::BadGateway);
}
#else
// Qt 6.4: the responder exposes its socket, and the sandbox writes the bytes itself. That keeps
// custom status codes, truncated bodies and dropped connections on one path.
std::function<bool()> connectionProbe(QHttpServerResponder &responder)
{
    QPointer<QTcpSocket> socket = responder.socket();
    return [socket] { return socket && socket->state() == QAbstractSocket::ConnectedState; };
}

void write(QHttpServerResponder &responder, int status, const HeaderList &headers, const QByteArray &body)
{
    QTcpSocket *socket = responder.socket();
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    socket->write(head(status, headers, body.size()));
    socket->write(body); // separately: a 44 MB listing is not copied once more
}

void writeTruncated(QHttpServerResponder &responder, int status, const HeaderList &headers,
                    const QByteArray &body)
{
    QTcpSocket *socket = responder.socket();
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    socket->write(head(status, headers, body.size() + 64) + body.left(body.size() / 2));
    socket->disconnectFromHost(); // flushes, then closes
}

void drop(QHttpServerResponder &responder)
{
    if (QTcpSocket *socket = responder.socket())
        socket->abort();
}
#endif

} // namespace sandbox::httpcompat

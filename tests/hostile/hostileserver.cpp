// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/hostile/hostileserver.h"

#include <QTcpSocket>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace {
QByteArray statusLine(int status)
{
    QByteArray reason = "Whatever";
    switch (status) {
    case 200:
        reason = "OK";
        break;
    case 204:
        reason = "No Content";
        break;
    case 302:
        reason = "Found";
        break;
    case 400:
        reason = "Bad Request";
        break;
    case 404:
        reason = "Not Found";
        break;
    case 500:
        reason = "Internal Server Error";
        break;
    case 502:
        reason = "Bad Gateway";
        break;
    default:
        break;
    }
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
}

void closeAfterWriting(QTcpSocket *socket)
{
    socket->flush();
    socket->disconnectFromHost(); // waits for pending bytes
}
} // namespace

void HostileServer::Exchange::reply(int status, const QByteArray &body, const QByteArray &contentType,
                                    const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QByteArray out = statusLine(status);
    if (!contentType.isEmpty())
        out += "Content-Type: " + contentType + "\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n";
    m_socket->write(out);
    m_socket->write(body);
    closeAfterWriting(m_socket);
}

void HostileServer::Exchange::cutShort(int status, const QByteArray &body, qint64 claimed)
{
    m_socket->write(statusLine(status) + "Content-Type: application/json\r\nContent-Length: " +
                    QByteArray::number(claimed) + "\r\n\r\n" + body);
    closeAfterWriting(m_socket);
}

void HostileServer::Exchange::chunkedCut(int status, const QByteArray &body)
{
    QByteArray out =
        statusLine(status) + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
    for (qsizetype at = 0; at < body.size(); at += 64) {
        const QByteArray chunk = body.mid(at, 64);
        out += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
    }
    m_socket->write(out); // no "0\r\n\r\n": the body never ends properly
    closeAfterWriting(m_socket);
}

void HostileServer::Exchange::raw(const QByteArray &bytes)
{
    m_socket->write(bytes);
    closeAfterWriting(m_socket);
}

void HostileServer::Exchange::hang() {}

void HostileServer::Exchange::trickle(int intervalMs)
{
    m_socket->write(statusLine(200) + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
    auto *timer = new QTimer(m_socket);
    QTcpSocket *socket = m_socket;
    QObject::connect(timer, &QTimer::timeout, socket, [socket] {
        if (socket->state() == QAbstractSocket::ConnectedState)
            socket->write("1\r\n \r\n"); // one space of a JSON document that never starts
    });
    timer->start(intervalMs);
}

void HostileServer::Exchange::flood(qint64 claimed)
{
    m_socket->write(statusLine(200) + "Content-Type: application/json\r\nContent-Length: " +
                    QByteArray::number(claimed) + "\r\n\r\n[");
    QTcpSocket *socket = m_socket;
    const QByteArray chunk(1 << 20, ' ');
    auto more = [socket, chunk] {
        if (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < 4 * chunk.size())
            socket->write(chunk);
    };
    QObject::connect(socket, &QTcpSocket::bytesWritten, socket, more);
    more();
}

HostileServer::HostileServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &HostileServer::onConnection);
}

HostileServer::~HostileServer()
{
    const auto sockets = m_buffers.keys();
    for (QTcpSocket *s : sockets) {
        s->disconnect(this);
        s->abort();
    }
}

bool HostileServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl HostileServer::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort()));
}

int HostileServer::openConnections() const
{
    int n = 0;
    for (auto it = m_buffers.cbegin(); it != m_buffers.cend(); ++it)
        n += it.key()->state() == QAbstractSocket::ConnectedState ? 1 : 0;
    return n;
}

void HostileServer::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            m_answered.remove(socket);
            socket->deleteLater();
        });
    }
}

void HostileServer::onReadable(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    // Requests one after another on the connection (pipelined, or smuggled into a header): each is
    // recorded; only the first of a connection is answered, as every answer closes it.
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        Request r;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        r.method = first.value(0);
        r.target = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                r.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        const qsizetype length = r.headers.value("content-length").toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return; // the body is still coming
        r.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        m_requests.append(r);
        if (socket->state() != QAbstractSocket::ConnectedState || m_answered.contains(socket))
            continue;
        m_answered.insert(socket);
        Exchange x(socket, r);
        if (m_responder)
            m_responder(x);
        else
            x.reply(404, {});
    }
}

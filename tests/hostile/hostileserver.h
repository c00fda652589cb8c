// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSet>
#include <QTcpServer>
#include <QUrl>

#include <functional>

QT_FORWARD_DECLARE_CLASS(QTcpSocket)

// A loopback HTTP/1.1 server that answers whatever the test scripts, down to the bytes: wrong
// types, cut-short bodies, broken chunking, garbage status lines, answers that never come. The
// sandbox is well-behaved on purpose; this one is not.
//
//     HostileServer server;
//     server.setResponder([](HostileServer::Exchange &x) { x.reply(200, "{\"entities\": 5}"); });
class HostileServer : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QByteArray target;                     // path and query as sent
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
        [[nodiscard]] QByteArray path() const
        {
            const qsizetype query = target.indexOf('?');
            return query < 0 ? target : target.left(query);
        }
    };

    // One request and the socket to answer it on. Each helper writes a whole answer and closes
    // the connection, unless it says otherwise.
    class Exchange
    {
    public:
        Exchange(QTcpSocket *socket, Request request)
            : m_socket(socket)
            , request(std::move(request))
        {}
        void reply(int status, const QByteArray &body, const QByteArray &contentType = "application/json",
                   const QList<QPair<QByteArray, QByteArray>> &headers = {});
        // Content-Length says `claimed` bytes; only `body` is sent, then the connection closes.
        void cutShort(int status, const QByteArray &body, qint64 claimed);
        // Chunked transfer with the chunks of `body`, closed before the last (empty) chunk.
        void chunkedCut(int status, const QByteArray &body);
        // Bytes as they are, then close (garbage status lines, HTTP/0.9, ...).
        void raw(const QByteArray &bytes);
        // Never answers; the connection stays open until the client gives up.
        void hang();
        // Sends the header and then one byte of a never-ending body every `intervalMs`.
        void trickle(int intervalMs);
        // Announces `claimed` bytes and sends data as fast as the client reads, until it hangs up.
        void flood(qint64 claimed);

        QTcpSocket *socket() const { return m_socket; }

    private:
        QTcpSocket *m_socket;

    public:
        const Request request;
    };
    using Responder = std::function<void(Exchange &)>;

    explicit HostileServer(QObject *parent = nullptr);
    ~HostileServer() override;

    bool listen();
    [[nodiscard]] QUrl baseUrl() const;
    void setResponder(Responder responder) { m_responder = std::move(responder); }
    [[nodiscard]] const QList<Request> &requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }
    // Connections still open (a hung or trickling answer keeps one).
    [[nodiscard]] int openConnections() const;

private:
    void onConnection();
    void onReadable(QTcpSocket *socket);

    QTcpServer m_server;
    Responder m_responder;
    QList<Request> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QSet<QTcpSocket *> m_answered;
};

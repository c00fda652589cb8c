// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Every QHttpServer call whose API changed after Qt 6.4 (listen/bind, the missing handler,
// request headers, writing answers, reaching the socket) lives here and nowhere else.
// Internal to the sandbox.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <utility>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QObject;

namespace sandbox::httpcompat {

using Handler = std::function<void(const QHttpServerRequest &, QHttpServerResponder &&)>;
using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

// Sends every request to `handler` (the sandbox routes by itself, so a wrong method is a 404
// like an unknown path).
void setCatchAllHandler(QHttpServer &server, QObject *context, Handler handler);
// Listens on 127.0.0.1; returns the port, or 0 and sets `error`.
quint16 listenLoopback(QHttpServer &server, quint16 port, QString *error);

[[nodiscard]] QByteArray methodName(const QHttpServerRequest &request);
[[nodiscard]] QHash<QByteArray, QByteArray> lowerCaseHeaders(const QHttpServerRequest &request);
[[nodiscard]] QString rawPath(const QHttpServerRequest &request);     // still percent-encoded
[[nodiscard]] QByteArray rawQuery(const QHttpServerRequest &request); // without '?'

// Something that tells whether the connection of `responder` is still open (for late answers).
[[nodiscard]] std::function<bool()> connectionProbe(QHttpServerResponder &responder);

// A complete answer. Content-Length is set from the body.
void write(QHttpServerResponder &responder, int status, const HeaderList &headers, const QByteArray &body);
// Headers announce `body` in full, but only the first half is sent before the connection closes.
void writeTruncated(QHttpServerResponder &responder, int status, const HeaderList &headers,
                    const QByteArray &body);
// Closes the connection without an answer.
void drop(QHttpServerResponder &responder);

} // namespace sandbox::httpcompat

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/net/operation.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// Checks an id before it becomes a path segment (a client, scope, authorization or usage execution
// id), so that a request goes to the resource the caller named or not at all.
//
// ApiRequest::segment percent-encodes everything but unreserved characters, so "/", "?", "#" and "%"
// cannot change the path. But "." and ".." are unreserved and QUrl removes them as dot-segments:
// "clients secret .." became POST /api/v2/oauth/secret and "usage summary .." became
// GET /api/v2/oauth/usage/summary. No platform id is empty or a dot-segment, or holds whitespace,
// control characters or the URL delimiters "/", "\", "?", "#", "%" (ids are UUIDs, scope names such
// as "analytics:readonly", execution ids), and a proxy on the way may decode "%2F" back into a
// slash: those are refused too.
//
//     if (auto e = ResourceId::check(id, ResourceId::tr("client id")))
//         return ResourceId::refuse<OAuthClient>(this, context, std::move(done), *e);
class ResourceId
{
    Q_DECLARE_TR_FUNCTIONS(ResourceId)
public:
    // Empty when `id` can name a resource; else what is wrong with it, as a sentence.
    [[nodiscard]] static QString problem(const QString &id);
    // A Validation error for a bad id ("The client id \"..\" cannot name anything: ..."), or nothing.
    [[nodiscard]] static std::optional<ApiError> check(const QString &id, const QString &what);

    // An operation that sends nothing and answers `error` from the event loop (never inside the
    // call), as every operation does.
    template<class T>
    static Operation *refuse(QObject *owner, QObject *context, Handler<T> done, ApiError error)
    {
        auto *op = new Sequence<T>(owner, context, std::move(done));
        QMetaObject::invokeMethod(
            op, [op, error = std::move(error)] { op->complete(error); }, Qt::QueuedConnection);
        return op;
    }
};

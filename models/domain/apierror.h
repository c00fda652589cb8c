// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <chrono>

// One error type for everything that can go wrong between a request and its typed result:
// transport failures, HTTP errors with the platform's ErrorBody, bodies we cannot read,
// local validation and cancellation. userMessage() is what a dialog or the CLI shows.
struct ApiError
{
    enum class Kind
    {
        None,
        Http,         // the server answered with a non-2xx status (status, code, message, ... are set)
        HostNotFound, // DNS failure
        ConnectionRefused,
        ConnectionLost, // reset or closed before the reply was complete
        Tls,            // any certificate or handshake failure; never ignored
        Timeout,
        Network,     // other transport errors
        BadResponse, // 2xx whose body is not what the operation returns
        Validation,  // refused locally before sending (shape of a body, an insecure URL, ...)
        Auth,        // no credentials, or sign-in failed
        Cancelled,
        Unknown
    };

    struct Detail
    {
        QString errorCode;
        QString fieldName;
        QString entityId;
        QString entityName;
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString code;    // ErrorBody.code, e.g. "bad.request", "missing.permissions"
    QString message; // ErrorBody.message, or our own text for non-HTTP kinds
    QString messageWithParams;
    QJsonObject messageParams;
    QString contextId;     // ErrorBody.contextId
    QString correlationId; // the inin-correlation-id response header
    QString entityId;
    QString entityName;
    QList<Detail> details;
    QList<ApiError> errors; // nested ErrorBody.errors
    QString limitKey;       // ErrorBody.limit
    QString limitNamespace;
    qint64 limitValue = -1;
    std::chrono::milliseconds retryAfter{-1}; // from Retry-After on 429/503, -1 when absent
    QString url;                              // the request URL (path only; never a query with secrets)
    QString method;
    // True when the request may have reached the server and had an effect we do not know about
    // (a POST whose reply was lost). Callers find out by looking, never by sending again.
    bool outcomeUnknown = false;

    [[nodiscard]] bool isError() const { return kind != Kind::None; }
    [[nodiscard]] bool isHttp(int status) const { return kind == Kind::Http && httpStatus == status; }
    [[nodiscard]] bool isNotFound() const { return isHttp(404); }
    [[nodiscard]] bool isCancelled() const { return kind == Kind::Cancelled; }

    // The permissions a 403 names, parsed from messageParams/message ("missing.permissions").
    [[nodiscard]] QStringList missingPermissions() const;
    // The field names the server blamed (details[].fieldName, messageParams keys naming fields).
    [[nodiscard]] QStringList fieldNames() const;
    // A sentence for people: what failed, why, and the contextId to quote to support.
    [[nodiscard]] QString userMessage() const;
    // One line for logs and the CLI's stderr.
    [[nodiscard]] QString summary() const;
    // Both are free of terminal controls and bidi overrides, whatever the server sent (servertext.h).

    // Parses a platform ErrorBody. Lenient: wrong types are skipped, never crash. Depth of the
    // nested "errors" array is bounded.
    [[nodiscard]] static ApiError fromErrorBody(int httpStatus, const QByteArray &body);
    [[nodiscard]] static ApiError fromErrorBody(int httpStatus, const QJsonObject &body, int depth = 0);
    [[nodiscard]] static ApiError make(Kind kind, const QString &message);

private:
    [[nodiscard]] QString composeUserMessage() const;
    [[nodiscard]] QString composeSummary() const;
};

Q_DECLARE_METATYPE(ApiError)

// A typed result: either a value or an ApiError. Small and explicit on purpose (no std::expected
// in C++20).
template<class T>
class Result
{
public:
    Result(T value) // NOLINT(google-explicit-constructor): implicit on purpose, like std::expected
        : m_value(std::move(value))
    {}
    Result(ApiError error) // NOLINT(google-explicit-constructor)
        : m_error(std::move(error))
    {
        if (m_error.kind == ApiError::Kind::None)
            m_error.kind = ApiError::Kind::Unknown;
    }

    [[nodiscard]] bool ok() const { return m_error.kind == ApiError::Kind::None; }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const T &value() const & { return m_value; }
    [[nodiscard]] T &value() & { return m_value; }
    [[nodiscard]] T &&value() && { return std::move(m_value); }
    [[nodiscard]] const T *operator->() const { return &m_value; }
    [[nodiscard]] const T &operator*() const { return m_value; }
    [[nodiscard]] const ApiError &error() const { return m_error; }

private:
    T m_value{};
    ApiError m_error;
};

// For operations that return nothing (delete).
struct Done
{};

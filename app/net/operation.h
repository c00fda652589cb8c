// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/apierror.h"

#include <QObject>
#include <QPointer>

#include <functional>

// Takes the result by value: a handler declared with `Result<T>` may move the value out (a listing
// of 10,000 clients handed to a model without copying them); one declared with `const Result<T> &`
// reads it as before.
template<class T>
using Handler = std::function<void(Result<T>)>;

// Something in flight: one HTTP call, or a sequence of them (paging, delete, usage polling).
// Every operation finishes exactly once: it emits finished() and deletes itself later.
// Service methods take a context object and a handler; the handler runs exactly once with the
// result, or never if the context is destroyed first (the operation is then cancelled).
//
//     QPointer<Operation> op = clients->list(this, [this](const Result<QList<OAuthClient>> &r) { ... });
//     ...
//     if (op) op->cancel(); // the handler runs once with a Cancelled error
class Operation : public QObject
{
    Q_OBJECT
public:
    explicit Operation(QObject *parent = nullptr);
    ~Operation() override;

    [[nodiscard]] bool isFinished() const { return m_finished; }
    // Stops the operation; its handler receives ApiError::Kind::Cancelled, unless it already ran.
    void cancel();
    // Cancels the operation when `context` is destroyed; the handler then never runs.
    void bindTo(QObject *context);

Q_SIGNALS:
    void finished();
    // A short human status for progress displays ("Waiting 3 s for the rate limit", "Running…").
    void progress(const QString &status);

protected:
    // Subclasses stop what they run here and then call finish() (directly or later).
    virtual void onCancel() = 0;
    void finish();
    [[nodiscard]] bool contextAlive() const { return !m_bound || !m_context.isNull(); }
    [[nodiscard]] bool isCancelling() const { return m_cancelling; }

private:
    QPointer<QObject> m_context;
    bool m_bound = false;
    bool m_finished = false;
    bool m_cancelling = false;
};

// A multi-step operation: holds the step in flight so that cancel() reaches it, and delivers one
// typed result through its handler.
template<class T>
class Sequence : public Operation
{
public:
    Sequence(QObject *parent, QObject *context, Handler<T> handler)
        : Operation(parent)
        , m_handler(std::move(handler))
    {
        bindTo(context);
    }

    // The current step; cancelling the sequence cancels it.
    void track(Operation *step) { m_step = step; }
    [[nodiscard]] bool stopped() const { return isFinished() || isCancelling(); }

    // Delivers the result (once) and finishes.
    void complete(Result<T> result)
    {
        if (isFinished())
            return;
        m_step = nullptr;
        if (m_handler && contextAlive()) {
            auto handler = std::move(m_handler);
            m_handler = nullptr;
            handler(std::move(result));
        }
        finish();
    }

protected:
    void onCancel() override
    {
        if (m_step)
            m_step->cancel();
        complete(ApiError::make(ApiError::Kind::Cancelled, QString()));
    }

private:
    Handler<T> m_handler;
    QPointer<Operation> m_step;
};

// An operation that fails with `error` from the event loop (never before it is returned, so the
// caller can keep or cancel it like any other). For checks that refuse a call before it is sent.
template<class T>
Operation *failLater(QObject *parent, QObject *context, Handler<T> done, ApiError error)
{
    auto *op = new Sequence<T>(parent, context, std::move(done));
    QMetaObject::invokeMethod(
        op, [op, error = std::move(error)] { op->complete(error); }, Qt::QueuedConnection);
    return op;
}

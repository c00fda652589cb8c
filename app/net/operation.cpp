// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/net/operation.h"

Operation::Operation(QObject *parent)
    : QObject(parent)
{}

Operation::~Operation() = default;

void Operation::cancel()
{
    if (m_finished || m_cancelling)
        return;
    m_cancelling = true;
    onCancel();
}

void Operation::bindTo(QObject *context)
{
    if (!context)
        return;
    m_bound = true;
    m_context = context;
    connect(context, &QObject::destroyed, this, [this] {
        m_context = nullptr;
        cancel();
    });
}

void Operation::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
    deleteLater();
}

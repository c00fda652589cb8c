// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/security/cleanmessages.h"

#include "models/domain/servertext.h"

#include <QtGlobal>

#include <cstdio>

namespace cleanmessages {
namespace {

QtMessageHandler previousHandler = nullptr;

void cleanMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString clean = servertext::displayable(message);
    if (previousHandler)
        previousHandler(type, context, clean);
    else
        std::fprintf(stderr, "%s\n", clean.toLocal8Bit().constData());
}

} // namespace

void install()
{
    const QtMessageHandler previous = qInstallMessageHandler(cleanMessage);
    if (previous != cleanMessage) // installed twice: keep the first previous handler
        previousHandler = previous;
}

} // namespace cleanmessages

// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/services/resourceid.h"

#include "models/domain/servertext.h"

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr qsizetype ShownLength = 60;

QString shown(const QString &id)
{
    // One line, like every server text in a message: a newline in an id the server sent cannot
    // start a line of its own.
    QString s = servertext::oneLine(id);
    if (s.size() > ShownLength)
        s = s.left(ShownLength) + u'…';
    return s;
}
} // namespace

QString ResourceId::problem(const QString &id)
{
    if (id.isEmpty())
        return tr("It is empty.");
    if (id == "."_L1 || id == ".."_L1)
        return tr("\".\" and \"..\" are steps in a path, not ids: the request would go to another "
                  "address.");
    for (const QChar c : id) {
        const char32_t u = c.unicode();
        if (c.isSpace() || servertext::isUnsafeControl(u) || servertext::isBidiControl(u) || u == u'\t' ||
            u == u'\n')
            return tr("It contains spaces or control characters, which no id has.");
        if (u == u'/' || u == u'\\' || u == u'?' || u == u'#' || u == u'%')
            return tr("It contains \"%1\", which no id has.").arg(c);
    }
    return {};
}

std::optional<ApiError> ResourceId::check(const QString &id, const QString &what)
{
    const QString why = problem(id);
    if (why.isEmpty())
        return std::nullopt;
    ApiError e = ApiError::make(
        ApiError::Kind::Validation,
        tr("The %1 \"%2\" cannot name anything; nothing was sent. %3").arg(what, shown(id), why));
    return e;
}

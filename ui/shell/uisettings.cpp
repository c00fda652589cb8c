// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/uisettings.h"

#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace UiSettings {

QByteArray value(const QString &key)
{
    return QSettings().value(key).toByteArray();
}

void setValue(const QString &key, const QByteArray &value)
{
    QSettings().setValue(key, value);
}

std::chrono::seconds clipboardClearAfter()
{
    bool ok = false;
    const int s =
        QSettings().value(u"security/clipboardClearSeconds"_s, DefaultClipboardClearSeconds).toInt(&ok);
    return std::chrono::seconds(ok && s >= 0 ? s : DefaultClipboardClearSeconds);
}

void setClipboardClearAfter(std::chrono::seconds seconds)
{
    QSettings().setValue(u"security/clipboardClearSeconds"_s, qint64(seconds.count()));
}

QString theme()
{
    return QSettings().value(u"appearance/theme"_s, u"system"_s).toString();
}

void setTheme(const QString &id)
{
    QSettings().setValue(u"appearance/theme"_s, id);
}

QString language()
{
    return QSettings().value(u"appearance/language"_s, u"system"_s).toString();
}

void setLanguage(const QString &id)
{
    QSettings().setValue(u"appearance/language"_s, id);
}

} // namespace UiSettings

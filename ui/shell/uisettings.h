// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <chrono>

// The GUI's settings (QSettings, ~/.config/oauthdesk/oauthdesk.conf on Linux): window layout,
// theme, language, clipboard timeout. Never a secret, a token or a server answer.
namespace UiSettings {

inline constexpr int DefaultClipboardClearSeconds = 30;

[[nodiscard]] QByteArray value(const QString &key);
void setValue(const QString &key, const QByteArray &value);

// Seconds after which a copied secret is cleared from the clipboard (0 = never).
[[nodiscard]] std::chrono::seconds clipboardClearAfter();
void setClipboardClearAfter(std::chrono::seconds seconds);

// Theme mode id ("system", "light", "dark").
[[nodiscard]] QString theme();
void setTheme(const QString &id);

// The interface language: "system" (the desktop's) or a language id of Translations::available()
// ("en", "de"). The --lang option overrides it for one run.
[[nodiscard]] QString language();
void setLanguage(const QString &id);

} // namespace UiSettings

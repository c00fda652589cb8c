// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

QT_FORWARD_DECLARE_CLASS(QWidget)

// Light and dark appearance, and the app's icons.
//
// Qt 6.4 has no QStyleHints::colorScheme(): "System" keeps the platform's style and palette (the
// desktop's theme, through the platform theme plugin); "Light" and "Dark" force the Fusion style
// with a palette of ours. Icons are SVGs tinted with the palette's text colour when painted, so
// they follow the theme and stay sharp at any scale.
namespace Theme {

enum class Mode
{
    System,
    Light,
    Dark
};

// Applies `mode` to the application; call after QApplication exists. Remembers the platform's
// palette and style on first use so that System can go back to them.
void apply(Mode mode);
[[nodiscard]] Mode current();
[[nodiscard]] QString modeId(Mode mode); // "system", "light", "dark" (settings values)
[[nodiscard]] Mode modeFromId(const QString &id);

// Whether the active palette is dark (its window colour is).
[[nodiscard]] bool isDark();

// An icon of resources/icons by name ("add", "delete", ...), tinted with the text colour. Tries
// the desktop's icon theme first when `themeName` is given, so toolbars look native where a theme
// is installed.
[[nodiscard]] QIcon icon(const QString &name, const QString &themeName = {});
// The application icon (fixed colours).
[[nodiscard]] QIcon appIcon();

// Colours for message bars and badges, derived from the palette so both themes stay readable.
enum class Tone
{
    Info,
    Success,
    Warning,
    Error
};
[[nodiscard]] QColor toneColor(Tone tone);      // the accent (icons, borders)
[[nodiscard]] QColor toneBackground(Tone tone); // a soft background behind text

} // namespace Theme

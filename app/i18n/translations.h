// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

// The languages of the app's texts: the translated catalogues built from
// resources/translations/*.ts (embedded under :/i18n), and Qt's own translations of its standard
// texts (buttons, context menus, key names) from the Qt installation. Both executables call
// install() once at start; the GUI again when the language setting changes.
//
//     const QLocale ui = Translations::install(Translations::parse(setting).value_or(QLocale::system()));
//     session.api()->setLanguage(ui);   // descriptions from the server follow the UI language
namespace Translations {

// A language the app's texts exist in.
struct Language
{
    QString id;         // the setting's value: "en", "de"
    QString nativeName; // the language's name in itself: "English", "Deutsch"
};
[[nodiscard]] QList<Language> available();

// The locale a language setting or --lang value names: "de", "de-de", "de_DE", "en-us", "German";
// "system" or an empty value give the system's. nullopt when the value names no language.
[[nodiscard]] std::optional<QLocale> parse(const QString &value);

// Installs the catalogues for the best language of `locale` (its uiLanguages(), in order) that the
// app has, English otherwise, with Qt's own for the same language; earlier ones are removed, so
// widgets get a LanguageChange event. With `makeDefault`, `locale` also becomes the default
// QLocale (dates and numbers): for a language chosen in the app. Returns the language the texts
// are now in, as language-territory ("de_DE", "en_US"): the one Accept-Language should follow.
QLocale install(const QLocale &locale, bool makeDefault = false);
// What the last install() returned (en_US before any).
[[nodiscard]] QLocale uiLocale();
// Whether Qt's own translations were found for the current language (always true for English).
[[nodiscard]] bool hasQtTranslations();

// The value of a "--lang VALUE" / "--lang=VALUE" option in `arguments`, empty when absent: for
// installing the catalogues before the command line is parsed for real.
[[nodiscard]] QString languageArgument(const QStringList &arguments);

} // namespace Translations

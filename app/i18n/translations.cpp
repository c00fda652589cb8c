// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/i18n/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace Translations {

namespace {
struct State
{
    QPointer<QTranslator> app;
    QPointer<QTranslator> qt;
    QLocale ui{QLocale::English, QLocale::UnitedStates};
    bool qtFound = true;
};

State &state()
{
    static State s;
    return s;
}

// The territory Accept-Language pairs with each language the app speaks (CONTRACT.md: "en-us" by
// default, "de-de").
QLocale canonical(QLocale::Language language)
{
    switch (language) {
    case QLocale::German:
        return QLocale(QLocale::German, QLocale::Germany);
    default:
        return QLocale(QLocale::English, QLocale::UnitedStates);
    }
}

QString resourceDir()
{
    return u":/i18n"_s;
}

// Where Qt's own .qm files are: the Qt installation, or beside the executable in a deployed app.
QStringList qtTranslationDirs()
{
    QStringList dirs{QLibraryInfo::path(QLibraryInfo::TranslationsPath)};
    if (QCoreApplication::instance())
        dirs << QCoreApplication::applicationDirPath() + u"/translations"_s
             << QCoreApplication::applicationDirPath() + u"/../share/qt6/translations"_s;
    return dirs;
}
} // namespace

QList<Language> available()
{
    return {{u"en"_s, u"English"_s}, {u"de"_s, u"Deutsch"_s}};
}

std::optional<QLocale> parse(const QString &value)
{
    const QString v = value.trimmed();
    if (v.isEmpty() || v.compare("system"_L1, Qt::CaseInsensitive) == 0)
        return QLocale::system();
    QString name = v;
    name.replace(u'-', u'_');
    // "de_de" -> "de_DE": QLocale wants the territory in upper case.
    if (const qsizetype sep = name.indexOf(u'_'); sep > 0)
        name = name.left(sep).toLower() + u'_' + name.mid(sep + 1).toUpper();
    const QLocale l(name);
    if (l.language() == QLocale::C)
        return std::nullopt;
    return l;
}

QLocale install(const QLocale &locale, bool makeDefault)
{
    State &s = state();
    if (makeDefault)
        QLocale::setDefault(locale);
    if (!QCoreApplication::instance())
        return s.ui;

    auto replace = [](QPointer<QTranslator> &slot, QTranslator *next) {
        if (slot) {
            QCoreApplication::removeTranslator(slot);
            delete slot;
        }
        slot = next;
        if (next)
            QCoreApplication::installTranslator(next);
    };

    // The app's catalogue: the first of the locale's languages the app has. English has a catalogue
    // too, for its plural forms ("1 scope", "2 scopes").
    auto *app = new QTranslator(QCoreApplication::instance());
    if (!app->load(locale, u"oauthdesk"_s, u"_"_s, resourceDir()) &&
        !app->load(u"oauthdesk_en"_s, resourceDir())) {
        delete app;
        app = nullptr;
    }
    QLocale::Language language = QLocale::English;
    if (app) {
        const QLocale loaded(app->language());
        if (loaded.language() != QLocale::C)
            language = loaded.language();
    }
    s.ui = canonical(language);

    // Qt's own texts, in the same language (not those of another language the locale lists).
    QTranslator *qt = nullptr;
    s.qtFound = language == QLocale::English;
    if (language != QLocale::English) {
        qt = new QTranslator(QCoreApplication::instance());
        bool found = false;
        for (const QString &dir : qtTranslationDirs()) {
            if (qt->load(s.ui, u"qtbase"_s, u"_"_s, dir) && QLocale(qt->language()).language() == language) {
                found = true;
                break;
            }
        }
        if (!found) {
            delete qt;
            qt = nullptr;
        }
        s.qtFound = found;
    }
    // Qt's first, so that the app's catalogue (installed last, searched first) wins for shared texts.
    replace(s.qt, qt);
    replace(s.app, app);
    return s.ui;
}

QLocale uiLocale()
{
    return state().ui;
}

bool hasQtTranslations()
{
    return state().qtFound;
}

QString languageArgument(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == "--"_L1)
            break;
        if (a == "--lang"_L1 && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (a.startsWith("--lang="_L1))
            return a.mid(7);
    }
    return {};
}

} // namespace Translations

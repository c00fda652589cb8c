// SPDX-License-Identifier: GPL-3.0-or-later
// The app in more than one language:
//  - the German catalogue is complete: no unfinished entry, no empty translation, none equal to its
//    source text (apart from a short list of words that are the same in German), the same
//    placeholders (%1, %n) as the source, and a mnemonic (&) where the source has one;
//  - the English catalogue has every plural form;
//  - the compiled catalogues load from the resources, with Qt's own German texts;
//  - the Accept-Language header the sandbox receives follows the UI language (de-de, en-us), the
//    sandbox answers in that language, and changing the language reloads the descriptions (the
//    scope catalogue, the authorizations), also from View > Language in the main window.
#include "app/controllers/authorizationscontroller.h"
#include "app/controllers/scopecatalog.h"
#include "app/controllers/sessioncontext.h"
#include "app/i18n/translations.h"
#include "app/net/apiclient.h"
#include "models/itemmodels/authorizationlistmodel.h"
#include "models/itemmodels/scopelistmodel.h"
#include "tests/support/testsupport.h"
#include "ui/catalog/scopespage.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/pages.h"
#include "ui/shell/uisettings.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;

namespace {
// Words and names that are the same in German (product and protocol names, and a few technical
// words German uses as they are).
// Compared without '&', ':' and surrounding space, case-insensitively.
const QStringList SameInGerman = {
    u"OAuth Desk"_s, u"ID"_s,   u"JSON"_s,   u"CSV"_s,      u"PKCE"_s,   u"OK"_s,     u"API"_s,  u"Client"_s,
    u"Clients"_s,    u"Name"_s, u"Region"_s, u"Division"_s, u"Status"_s, u"Secret"_s, u"DEMO"_s, u"Orange"_s,
};

// Whether a text may read the same in German: a listed word, or nothing but placeholders, numbers,
// status-code classes ("4xx"), units and technical abbreviations ("%1 – %2 (UTC)", "%1 min").
bool mayStayAsIs(const QString &text)
{
    QString t = text;
    t.remove(u'&');
    t.remove(u':');
    if (SameInGerman.contains(t.trimmed(), Qt::CaseInsensitive))
        return true;
    static const QRegularExpression placeholder(u"%L?\\d{1,2}|%L?n"_s);
    static const QRegularExpression word(u"\\p{L}{2,}"_s);
    static const QStringList technical{u"xx"_s,  u"UTC"_s, u"API"_s, u"ID"_s,  u"JSON"_s, u"CSV"_s, u"HTTP"_s,
                                       u"URL"_s, u"URI"_s, u"SVG"_s, u"PNG"_s, u"min"_s,  u"MB"_s};
    t = text;
    t.remove(placeholder);
    t.remove(u"OAuth Desk"_s); // the app's name
    for (auto it = word.globalMatch(t); it.hasNext();) {
        const QString w = it.next().captured(0);
        if (!technical.contains(w) && !SameInGerman.contains(w, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or the numerus forms
    QString type;             // "unfinished", "vanished", "obsolete" or empty
    bool numerus = false;
};

QList<Message> readTs(const QString &path, QString *language)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QXmlStreamReader xml(&f);
    QList<Message> out;
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == "TS"_L1) {
            *language = xml.attributes().value("language"_L1).toString();
        } else if (name == "name"_L1) {
            context = xml.readElementText();
        } else if (name == "message"_L1) {
            m = Message{context, {}, {}, {}, xml.attributes().value("numerus"_L1) == "yes"_L1};
        } else if (name == "source"_L1) {
            m.source = xml.readElementText();
        } else if (name == "translation"_L1) {
            m.type = xml.attributes().value("type"_L1).toString();
            if (m.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == "numerusform"_L1)
                        m.translations << xml.readElementText();
                    else
                        xml.skipCurrentElement();
                }
            } else {
                m.translations << xml.readElementText();
            }
            out << m;
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return out;
}

// The placeholders of a text: %1..%99, %n, %Ln, as a sorted list.
QStringList placeholders(const QString &s)
{
    static const QRegularExpression re(u"%(L?n|\\d{1,2})"_s);
    QStringList out;
    for (auto it = re.globalMatch(s); it.hasNext();)
        out << it.next().captured(0);
    out.sort();
    out.removeDuplicates();
    return out;
}

bool hasMnemonic(const QString &s)
{
    // An '&' before a letter or digit that is not "&&" (a literal ampersand).
    static const QRegularExpression re(u"(^|[^&])&[\\p{L}\\p{N}]"_s);
    return re.match(s).hasMatch();
}

QString where(const Message &m)
{
    return u"[%1] \"%2\""_s.arg(m.context, m.source);
}

QByteArray lastLanguageFor(const SandboxServer &sandbox, const QString &pathPrefix)
{
    QByteArray lang;
    for (const SandboxRequest &r : sandbox.requests()) {
        if (r.path.startsWith(pathPrefix))
            lang = r.headers.value("accept-language");
    }
    return lang;
}
} // namespace

class TstI18n : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { Translations::install(QLocale(QLocale::English, QLocale::UnitedStates), true); }

    void germanCatalogueIsComplete()
    {
        QString language;
        const QList<Message> messages =
            readTs(QStringLiteral(OAUTHDESK_TS_DIR "/oauthdesk_de.ts"), &language);
        QCOMPARE(language, u"de_DE"_s);
        QVERIFY(messages.size() > 500);
        QStringList problems;
        for (const Message &m : messages) {
            if (!m.type.isEmpty()) {
                problems << u"%1 is %2"_s.arg(where(m), m.type);
                continue;
            }
            if (m.numerus && m.translations.size() != 2)
                problems << u"%1 has %2 plural forms, German has 2"_s.arg(where(m)).arg(
                    m.translations.size());
            for (const QString &t : m.translations) {
                if (t.trimmed().isEmpty())
                    problems << where(m) + u" has an empty translation"_s;
                else if (t == m.source && !mayStayAsIs(t))
                    problems << where(m) + u" is not translated (equal to the source)"_s;
                if (placeholders(t) != placeholders(m.source))
                    problems << u"%1: placeholders %2 in the translation, %3 in the source"_s.arg(
                        where(m), placeholders(t).join(u','), placeholders(m.source).join(u','));
                if (hasMnemonic(m.source) != hasMnemonic(t))
                    problems << u"%1: the mnemonic (&) is missing or extra in \"%2\""_s.arg(where(m), t);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(u"\n"_s + problems.join(u'\n')));
    }

    void englishPluralsAreComplete()
    {
        QString language;
        const QList<Message> messages =
            readTs(QStringLiteral(OAUTHDESK_TS_DIR "/oauthdesk_en.ts"), &language);
        QCOMPARE(language, u"en_US"_s);
        QVERIFY(!messages.isEmpty());
        for (const Message &m : messages) {
            QVERIFY2(m.numerus, qPrintable(where(m)));
            QVERIFY2(m.type.isEmpty(), qPrintable(where(m) + u" is "_s + m.type));
            QCOMPARE(m.translations.size(), 2);
            QVERIFY2(!m.translations.at(0).contains(u"(s)"_s) && !m.translations.at(1).contains(u"(s)"_s),
                     qPrintable(where(m)));
        }
    }

    void compiledCataloguesLoad()
    {
        // Chosen in the app: the default locale too, so numbers are formatted the German way.
        QCOMPARE(Translations::install(QLocale(QLocale::German, QLocale::Austria), true),
                 QLocale(QLocale::German, QLocale::Germany));
        QVERIFY(Translations::hasQtTranslations());
        QCOMPARE(QCoreApplication::translate("ScopesPage", "Only &scopes in use"),
                 u"Nur ver&wendete Bereiche"_s);
        QCOMPARE(QCoreApplication::translate("ScopeFilterProxyModel", "%Ln scope(s)", nullptr, 1),
                 u"1 Bereich"_s);
        QCOMPARE(QCoreApplication::translate("ScopeFilterProxyModel", "%Ln scope(s)", nullptr, 1234),
                 QLocale(QLocale::German, QLocale::Austria).toString(1234) + u" Bereiche"_s);
        // Qt's own texts come along (a standard button).
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Abbrechen"_s);
        // English: the plural forms, no "(s)".
        QCOMPARE(Translations::install(QLocale(QLocale::English, QLocale::UnitedKingdom)),
                 QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(QCoreApplication::translate("ScopeFilterProxyModel", "%Ln scope(s)", nullptr, 1),
                 u"1 scope"_s);
        QCOMPARE(QCoreApplication::translate("ScopeFilterProxyModel", "%Ln scope(s)", nullptr, 2),
                 u"2 scopes"_s);
        // A language the app does not have: English texts, en-us.
        QCOMPARE(Translations::install(QLocale(QLocale::French, QLocale::France)),
                 QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(QCoreApplication::translate("ScopesPage", "Only &scopes in use"), u"Only &scopes in use"_s);
    }

    void parseLanguageValues_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("language");
        QTest::newRow("de") << u"de"_s << true << int(QLocale::German);
        QTest::newRow("de-de") << u"de-de"_s << true << int(QLocale::German);
        QTest::newRow("de_DE") << u"de_DE"_s << true << int(QLocale::German);
        QTest::newRow("en-us") << u"EN-US"_s << true << int(QLocale::English);
        QTest::newRow("system") << u"system"_s << true << int(QLocale::system().language());
        QTest::newRow("empty") << QString() << true << int(QLocale::system().language());
        QTest::newRow("nonsense") << u"xx-nowhere"_s << false << 0;
    }
    void parseLanguageValues()
    {
        QFETCH(QString, value);
        QFETCH(bool, valid);
        QFETCH(int, language);
        const std::optional<QLocale> l = Translations::parse(value);
        QCOMPARE(l.has_value(), valid);
        if (valid)
            QCOMPARE(int(l->language()), language);
        QCOMPARE(Translations::languageArgument({u"scopes"_s, u"--lang"_s, value}), value);
        QCOMPARE(Translations::languageArgument({u"--lang="_s + value, u"scopes"_s}), value);
        QCOMPARE(Translations::languageArgument({u"--"_s, u"--lang"_s, value}), QString());
    }

    void acceptLanguageFollowsTheUiLanguage()
    {
        testsupport::SandboxSession s;
        QVERIFY2(s.start(), qPrintable(s.error));
        // German UI: the scope catalogue is asked for in German, and comes in German.
        s.session.api()->setLanguage(Translations::install(QLocale(QLocale::German, QLocale::Germany)));
        SessionContext context(&s.session);
        ScopeCatalog *scopes = context.scopes();
        scopes->load();
        QTRY_VERIFY(scopes->isLoaded());
        QCOMPARE(lastLanguageFor(s.sandbox, u"/api/v2/oauth/scopes"_s), QByteArray("de-de"));
        QCOMPARE(scopes->description(u"analytics:readonly"_s), u"Analysedaten anzeigen"_s);
        const int row = scopes->model()->rowOf(u"analytics:readonly"_s);
        QCOMPARE(scopes->model()->index(row, ScopeListModel::DescriptionColumn).data().toString(),
                 u"Analysedaten anzeigen"_s);

        // The authorizations too (the server translates the clients' descriptions).
        AuthorizationListModel auths;
        AuthorizationsController controller(&auths);
        controller.setContext(&context);
        controller.setActive(true);
        QTRY_VERIFY(controller.hasLoaded());
        QCOMPARE(lastLanguageFor(s.sandbox, u"/api/v2/oauth/authorizations"_s), QByteArray("de-de"));
        QStringList germanDescriptions;
        for (int r = 0; r < auths.rowCount(); ++r)
            germanDescriptions << auths.authorizationAt(r).client.description;
        QVERIFY(!germanDescriptions.join(QString()).isEmpty());

        // Back to English: both reload by themselves, in place (no reset of the authorizations).
        QSignalSpy scopesChanged(scopes, &ScopeCatalog::changed);
        QSignalSpy authsReset(&auths, &QAbstractItemModel::modelReset);
        s.session.api()->setLanguage(Translations::install(QLocale(QLocale::English, QLocale::UnitedStates)));
        QTRY_COMPARE(scopesChanged.count(), 1);
        QCOMPARE(lastLanguageFor(s.sandbox, u"/api/v2/oauth/scopes"_s), QByteArray("en-us"));
        QCOMPARE(scopes->description(u"analytics:readonly"_s), u"View analytics data"_s);
        QTRY_COMPARE(lastLanguageFor(s.sandbox, u"/api/v2/oauth/authorizations"_s), QByteArray("en-us"));
        QTRY_VERIFY(!controller.isLoading());
        QStringList englishDescriptions;
        for (int r = 0; r < auths.rowCount(); ++r)
            englishDescriptions << auths.authorizationAt(r).client.description;
        QVERIFY(englishDescriptions != germanDescriptions);
        QCOMPARE(authsReset.count(), 0);

        // The same language again changes nothing and asks for nothing.
        const int asked = s.sandbox.requestCount(u"/api/v2/oauth/scopes"_s);
        s.session.api()->setLanguage(QLocale(QLocale::English, QLocale::UnitedStates));
        QTest::qWait(100);
        QCOMPARE(s.sandbox.requestCount(u"/api/v2/oauth/scopes"_s), asked);
    }

    void languageMenuSwitchesTheDescriptions()
    {
        testsupport::SandboxSession s;
        QVERIFY2(s.start(), qPrintable(s.error));
        s.session.api()->setLanguage(Translations::install(QLocale(QLocale::English, QLocale::UnitedStates)));
        auto window = std::make_unique<MainWindow>();
        registerStandardPages(window.get());
        window->setSession(&s.session);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QApplication::setActiveWindow(window.get());
        QTest::keyClick(window.get(), Qt::Key_3, Qt::ControlModifier);
        auto *page = qobject_cast<ScopesPage *>(window->page(MainWindow::ScopesKey));
        ScopeCatalog *scopes = window->sessionContext()->scopes();
        QTRY_VERIFY(scopes->isLoaded());
        QVERIFY(page->selectScope(u"analytics:readonly"_s));
        QCOMPARE(scopes->description(u"analytics:readonly"_s), u"View analytics data"_s);

        // View > Language > Deutsch, with the keyboard: Alt+V, then the menu's items.
        QMenu *languageMenu = window->findChild<QMenu *>(u"languageMenu"_s);
        QAction *german = languageMenu->findChild<QAction *>(u"language:de"_s);
        QVERIFY(german);
        QTest::keyClick(window.get(), Qt::Key_V, Qt::AltModifier);
        QMenu *view = window->findChild<QMenu *>(u"viewMenu"_s);
        QTRY_VERIFY(view->isVisible());
        QTest::keyClick(view, Qt::Key_L); // "&Language"
        QTRY_VERIFY(languageMenu->isVisible());
        languageMenu->setActiveAction(german);
        QTest::keyClick(languageMenu, Qt::Key_Return);
        QTRY_COMPARE(UiSettings::language(), u"de"_s);
        QVERIFY(german->isChecked());
        // The descriptions reload in German, the selection stays, and the page speaks German.
        QTRY_COMPARE(scopes->description(u"analytics:readonly"_s), u"Analysedaten anzeigen"_s);
        QCOMPARE(lastLanguageFor(s.sandbox, u"/api/v2/oauth/scopes"_s), QByteArray("de-de"));
        QTRY_COMPARE(page->currentScopeId(), u"analytics:readonly"_s);
        QCOMPARE(page->findChild<QLineEdit *>(u"scopeCatalogSearch"_s)->accessibleName(),
                 u"Bereiche durchsuchen"_s);
        // Dates and numbers follow the chosen language.
        QCOMPARE(QLocale().language(), QLocale::German);
        window.reset();
        UiSettings::setLanguage(u"system"_s);
    }
};

QTEST_MAIN(TstI18n)
#include "tst_i18n.moc"

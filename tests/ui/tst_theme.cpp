// SPDX-License-Identifier: GPL-3.0-or-later
// Light and dark: the forced modes set a Fusion palette of the right lightness, icons are tinted
// with the text colour (light icons on dark, dark on light), "system" goes back to the platform's
// palette, and the mode ids round-trip through the settings.
#include "ui/shell/uisettings.h"
#include "ui/widgets/theme.h"

#include <QApplication>
#include <QStyle>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
// The mean lightness of the opaque pixels of an icon.
int iconLightness(const QIcon &icon)
{
    const QImage img = icon.pixmap(QSize(32, 32), 2.0).toImage();
    qint64 sum = 0;
    int n = 0;
    for (int y = 0; y < img.height(); ++y) {
        for (int x = 0; x < img.width(); ++x) {
            const QColor c = img.pixelColor(x, y);
            if (c.alpha() > 200) {
                sum += c.lightness();
                ++n;
            }
        }
    }
    return n ? int(sum / n) : -1;
}
} // namespace

class TstTheme : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void forcedModes()
    {
        const QPalette system = QApplication::palette();
        Theme::apply(Theme::Mode::Dark);
        QVERIFY(Theme::isDark());
        QCOMPARE(QApplication::style()->name().toLower(), u"fusion"_s);
        const QIcon icon = Theme::icon(u"delete"_s);
        QVERIFY(!icon.isNull());
        QVERIFY2(iconLightness(icon) > 160, "icons are light on a dark palette");
        // HiDPI: the pixmap is rendered at the device pixel size, not scaled up.
        QCOMPARE(icon.pixmap(QSize(16, 16), 2.0).size(), QSize(32, 32));

        Theme::apply(Theme::Mode::Light);
        QVERIFY(!Theme::isDark());
        QVERIFY2(iconLightness(Theme::icon(u"delete"_s)) < 100, "icons are dark on a light palette");
        // The message colours stay readable: tone backgrounds stay on the palette's side.
        QVERIFY(Theme::toneBackground(Theme::Tone::Error).lightness() > 180);

        Theme::apply(Theme::Mode::System);
        QCOMPARE(QApplication::palette().color(QPalette::Window), system.color(QPalette::Window));
        QCOMPARE(Theme::current(), Theme::Mode::System);
    }

    void modeIds()
    {
        for (Theme::Mode m : {Theme::Mode::System, Theme::Mode::Light, Theme::Mode::Dark})
            QCOMPARE(Theme::modeFromId(Theme::modeId(m)), m);
        QCOMPARE(Theme::modeFromId(u"DARK"_s), Theme::Mode::Dark);
        QCOMPARE(Theme::modeFromId(u"nonsense"_s), Theme::Mode::System);
        UiSettings::setTheme(u"dark"_s);
        QCOMPARE(UiSettings::theme(), u"dark"_s);
    }

    void everyIconExists()
    {
        for (const char *name :
             {"add",    "authorizations", "clients", "close",  "copy",    "delete", "details",
              "edit",   "error",          "export",  "hide",   "info",    "key",    "reload",
              "scopes", "search",         "show",    "signin", "signout", "usage",  "warning"})
            QVERIFY2(iconLightness(Theme::icon(QString::fromLatin1(name))) >= 0, name);
        QVERIFY(!Theme::appIcon().pixmap(64, 64).isNull());
    }
};

QTEST_MAIN(TstTheme)
#include "tst_theme.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/theme.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmapCache>
#include <QStyle>
#include <QStyleFactory>
#include <QSvgRenderer>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Saved
{
    bool captured = false;
    QPalette palette;
    QString styleName;
    Theme::Mode mode = Theme::Mode::System;
};
Saved &saved()
{
    static Saved s;
    return s;
}

QPalette lightPalette()
{
    QPalette p;
    const QColor window(0xf4, 0xf5, 0xf7);
    const QColor base(0xff, 0xff, 0xff);
    const QColor text(0x1d, 0x20, 0x24);
    const QColor disabled(0x8a, 0x8f, 0x96);
    const QColor highlight(0x2f, 0x6f, 0xd6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0xf0, 0xf2, 0xf5));
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0xfa, 0xfb, 0xfc));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x1f, 0x5f, 0xc4));
    p.setColor(QPalette::LinkVisited, QColor(0x6a, 0x3f, 0xb5));
    p.setColor(QPalette::Light, Qt::white);
    p.setColor(QPalette::Midlight, QColor(0xe3, 0xe5, 0xe8));
    p.setColor(QPalette::Mid, QColor(0xc4, 0xc8, 0xcd));
    p.setColor(QPalette::Dark, QColor(0x9a, 0x9f, 0xa6));
    p.setColor(QPalette::Shadow, QColor(0x50, 0x50, 0x50));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0xb8, 0xc4, 0xd6));
    return p;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x24, 0x27, 0x2b);
    const QColor base(0x1b, 0x1d, 0x20);
    const QColor text(0xe6, 0xe8, 0xeb);
    const QColor disabled(0x7d, 0x82, 0x89);
    const QColor highlight(0x3d, 0x7f, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x22, 0x25, 0x29));
    p.setColor(QPalette::ToolTipBase, QColor(0x30, 0x33, 0x38));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x2e, 0x32, 0x37));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb0, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x9d, 0xf0));
    p.setColor(QPalette::Light, QColor(0x40, 0x44, 0x4a));
    p.setColor(QPalette::Midlight, QColor(0x36, 0x3a, 0x40));
    p.setColor(QPalette::Mid, QColor(0x2a, 0x2d, 0x31));
    p.setColor(QPalette::Dark, QColor(0x15, 0x17, 0x19));
    p.setColor(QPalette::Shadow, Qt::black);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x3a, 0x45, 0x55));
    return p;
}

// Renders an SVG from the resources with its placeholder colour replaced by the palette colour of
// the icon mode, at the device pixel size asked for.
class TintedSvgEngine final : public QIconEngine
{
public:
    explicit TintedSvgEngine(QByteArray svg, QString name)
        : m_svg(std::move(svg))
        , m_name(std::move(name))
    {}

    // Painted as vectors: sharp at any device pixel ratio.
    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        QSvgRenderer renderer(tinted(mode));
        renderer.render(painter, QRectF(rect));
    }

    // `size` is in device pixels (QIcon scales the request and sets the pixmap's ratio); the
    // default scaledPixmap() comes here on every Qt 6 version.
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State) override
    {
        const QColor color = tint(mode);
        const QString key = u"oauthdesk-icon:%1:%2x%3:%4"_s.arg(m_name)
                                .arg(size.width())
                                .arg(size.height())
                                .arg(color.name(QColor::HexArgb));
        QPixmap pm;
        if (QPixmapCache::find(key, &pm))
            return pm;
        pm = QPixmap(size);
        pm.fill(Qt::transparent);
        QSvgRenderer renderer(tinted(mode));
        QPainter p(&pm);
        renderer.render(&p, QRectF(QPointF(0, 0), QSizeF(size)));
        p.end();
        QPixmapCache::insert(key, pm);
        return pm;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }
    QIconEngine *clone() const override { return new TintedSvgEngine(m_svg, m_name); }
    QString key() const override { return u"OAuthDeskTintedSvg"_s; }
    QString iconName() override { return m_name; }

private:
    [[nodiscard]] QByteArray tinted(QIcon::Mode mode) const
    {
        QByteArray svg = m_svg;
        svg.replace("#010203", tint(mode).name(QColor::HexRgb).toLatin1());
        return svg;
    }

    static QColor tint(QIcon::Mode mode)
    {
        const QPalette pal = QGuiApplication::palette();
        switch (mode) {
        case QIcon::Disabled:
            return pal.color(QPalette::Disabled, QPalette::WindowText);
        case QIcon::Selected:
            return pal.color(QPalette::HighlightedText);
        default:
            return pal.color(QPalette::Normal, QPalette::WindowText);
        }
    }

    QByteArray m_svg;
    QString m_name;
};

} // namespace

namespace Theme {

QString modeId(Mode mode)
{
    switch (mode) {
    case Mode::Light:
        return u"light"_s;
    case Mode::Dark:
        return u"dark"_s;
    case Mode::System:
        break;
    }
    return u"system"_s;
}

Mode modeFromId(const QString &id)
{
    if (id.compare("light"_L1, Qt::CaseInsensitive) == 0)
        return Mode::Light;
    if (id.compare("dark"_L1, Qt::CaseInsensitive) == 0)
        return Mode::Dark;
    return Mode::System;
}

void apply(Mode mode)
{
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    if (!app)
        return;
    Saved &s = saved();
    if (!s.captured) {
        s.captured = true;
        s.palette = QApplication::palette();
        s.styleName = app->style() ? app->style()->name() : QString();
    }
    s.mode = mode;
    switch (mode) {
    case Mode::System:
        if (!s.styleName.isEmpty() && app->style() && app->style()->name() != s.styleName)
            QApplication::setStyle(QStyleFactory::create(s.styleName));
        QApplication::setPalette(s.palette);
        break;
    case Mode::Light:
    case Mode::Dark:
        if (!app->style() || app->style()->name().compare("fusion"_L1, Qt::CaseInsensitive) != 0)
            QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(mode == Mode::Dark ? darkPalette() : lightPalette());
        break;
    }
    QPixmapCache::clear();
}

Mode current()
{
    return saved().mode;
}

bool isDark()
{
    return QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
}

QIcon icon(const QString &name, const QString &themeName)
{
    if (!themeName.isEmpty() && QIcon::hasThemeIcon(themeName))
        return QIcon::fromTheme(themeName);
    static QHash<QString, QByteArray> cache;
    auto it = cache.constFind(name);
    if (it == cache.cend()) {
        QFile f(u":/icons/"_s + name + u".svg"_s);
        QByteArray svg;
        if (f.open(QIODevice::ReadOnly))
            svg = f.readAll();
        else
            qWarning("missing icon %s", qPrintable(name));
        it = cache.insert(name, svg);
    }
    if (it->isEmpty())
        return {};
    return QIcon(new TintedSvgEngine(*it, name));
}

QIcon appIcon()
{
    return QIcon(u":/oauthdesk.svg"_s);
}

QColor toneColor(Tone tone)
{
    const bool dark = isDark();
    switch (tone) {
    case Tone::Info:
        return dark ? QColor(0x7a, 0xb0, 0xff) : QColor(0x1f, 0x5f, 0xc4);
    case Tone::Success:
        return dark ? QColor(0x6f, 0xcf, 0x8a) : QColor(0x1e, 0x7d, 0x3b);
    case Tone::Warning:
        return dark ? QColor(0xf2, 0xc1, 0x4e) : QColor(0x9a, 0x62, 0x00);
    case Tone::Error:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
    }
    return {};
}

QColor toneBackground(Tone tone)
{
    // The accent blended into the window colour: readable text colour on top in both themes.
    const QColor base = QGuiApplication::palette().color(QPalette::Window);
    const QColor accent = toneColor(tone);
    const qreal a = isDark() ? 0.22 : 0.12;
    return QColor::fromRgbF(float(base.redF() * (1 - a) + accent.redF() * a),
                            float(base.greenF() * (1 - a) + accent.greenF() * a),
                            float(base.blueF() * (1 - a) + accent.blueF() * a));
}

} // namespace Theme

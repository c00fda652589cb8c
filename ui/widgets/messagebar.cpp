// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/messagebar.h"

#include "models/domain/apierror.h"
#include "models/domain/servertext.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(u"messageBar"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setObjectName(u"messageText"_s);
    m_text->setWordWrap(true);
    // Messages carry server text (an error's message, a client's name): never rich text.
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_action->setObjectName(u"messageAction"_s);
    m_action->hide();
    m_close->setObjectName(u"messageClose"_s);
    m_close->setAutoRaise(true);
    m_close->setIcon(Theme::icon(u"close"_s, u"window-close"_s));
    m_close->setToolTip(tr("Close this message"));
    m_close->setAccessibleName(tr("Close message"));
    auto *layout = new QHBoxLayout(this);
    const int m = style()->pixelMetric(QStyle::PM_LayoutLeftMargin);
    layout->setContentsMargins(m / 2 + 2, m / 3, m / 3, m / 3);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action, 0, Qt::AlignVCenter);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_action, &QPushButton::clicked, this, &MessageBar::actionTriggered);
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT closed();
    });
    hide();
}

void MessageBar::showMessage(Theme::Tone tone, const QString &text)
{
    m_tone = tone;
    m_text->setText(servertext::displayable(text));
    restyle();
    show();
}

void MessageBar::showError(const ApiError &error, const QString &what)
{
    QString text = error.userMessage();
    if (!what.isEmpty())
        text = what + u' ' + text;
    showMessage(Theme::Tone::Error, text);
}

void MessageBar::setAction(const QString &text)
{
    m_action->setText(text);
    m_action->setVisible(!text.isEmpty());
}

void MessageBar::setClosable(bool closable)
{
    m_close->setVisible(closable);
}

QString MessageBar::text() const
{
    return m_text->text();
}

void MessageBar::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        restyle();
}

void MessageBar::restyle()
{
    static bool restyling = false; // setPalette() sends a PaletteChange of its own
    if (restyling)
        return;
    restyling = true;
    QPalette pal = palette();
    pal.setColor(QPalette::Window, Theme::toneBackground(m_tone));
    setPalette(pal);
    QString name;
    switch (m_tone) {
    case Theme::Tone::Info:
    case Theme::Tone::Success:
        name = u"info"_s;
        break;
    case Theme::Tone::Warning:
        name = u"warning"_s;
        break;
    case Theme::Tone::Error:
        name = u"error"_s;
        break;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    // The tone's colour, not the text colour: the icon carries the meaning at a glance.
    QPixmap pm = Theme::icon(name).pixmap(QSize(size, size), devicePixelRatioF());
    QPixmap tinted(pm.size());
    tinted.setDevicePixelRatio(pm.devicePixelRatio());
    tinted.fill(Qt::transparent);
    {
        QPainter p(&tinted);
        p.drawPixmap(0, 0, pm);
        p.setCompositionMode(QPainter::CompositionMode_SourceIn);
        p.fillRect(tinted.rect(), Theme::toneColor(m_tone));
    }
    m_icon->setPixmap(tinted);
    restyling = false;
}

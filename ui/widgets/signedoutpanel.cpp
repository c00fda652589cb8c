// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/signedoutpanel.h"

#include "ui/widgets/theme.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

SignedOutPanel::SignedOutPanel(const QString &objectName, const QString &buttonName, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_button(new QPushButton(Theme::icon(u"signin"_s), QString(), this))
    , m_alternative(new QPushButton(this))
{
    setObjectName(objectName);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    m_title->setFont(f);
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setMaximumWidth(fontMetrics().averageCharWidth() * 70);
    m_button->setObjectName(buttonName);
    m_button->setDefault(true);
    connect(m_button, &QPushButton::clicked, this, &SignedOutPanel::signInRequested);
    m_alternative->setObjectName(buttonName + u"Alternative"_s);
    m_alternative->hide();
    connect(m_alternative, &QPushButton::clicked, this, [this] {
        if (m_action && m_action->isEnabled())
            m_action->trigger();
    });
    m_text->setObjectName(objectName + u"Text"_s);
    // The sentence is centred by stretches beside it, not by the layout's alignment: an aligned
    // word-wrapped label is given the height of its text at the full width, and its lines at its
    // narrower width were clipped.
    auto *textRow = new QHBoxLayout;
    textRow->addStretch(1);
    textRow->addWidget(m_text, 6); // up to its maximum width, the rest on both sides
    textRow->addStretch(1);
    auto *l = new QVBoxLayout(this);
    l->addStretch(2);
    l->addWidget(m_title, 0, Qt::AlignHCenter);
    l->addLayout(textRow);
    l->addSpacing(fontMetrics().height());
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_button);
    buttons->addWidget(m_alternative);
    buttons->addStretch(1);
    l->addLayout(buttons);
    l->addStretch(3);
    retranslate();
}

void SignedOutPanel::setText(const QString &text)
{
    m_sentence = text;
    updateText();
}

void SignedOutPanel::setHint(const QString &hint)
{
    m_hint = hint;
    updateText();
}

void SignedOutPanel::setAlternative(QAction *action)
{
    if (m_action)
        disconnect(m_action, nullptr, this, nullptr);
    m_action = action;
    if (action) {
        const auto follow = [this] {
            if (!m_action)
                return;
            m_alternative->setText(m_action->text());
            m_alternative->setIcon(m_action->icon());
            m_alternative->setEnabled(m_action->isEnabled());
        };
        connect(action, &QAction::changed, this, follow);
        connect(action, &QObject::destroyed, this, [this] { setAlternative(nullptr); });
        follow();
    }
    m_alternative->setVisible(action != nullptr);
    updateText();
}

void SignedOutPanel::updateText()
{
    m_text->setText(m_action || m_hint.isEmpty() ? m_sentence : m_sentence + u' ' + m_hint);
}

void SignedOutPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SignedOutPanel::retranslate()
{
    m_title->setText(tr("Not signed in"));
    m_button->setText(tr("Sign In…"));
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/signedoutpanel.h"

#include "ui/widgets/theme.h"

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
    l->addWidget(m_button, 0, Qt::AlignHCenter);
    l->addStretch(3);
    retranslate();
}

void SignedOutPanel::setText(const QString &text)
{
    m_text->setText(text);
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

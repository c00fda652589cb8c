// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/secretclosewarning.h"

#include "ui/widgets/secretview.h"
#include "ui/widgets/theme.h"

#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

SecretCloseWarning::SecretCloseWarning(const QString &text, QPushButton *closeButton, QWidget *parent)
    : QLabel(parent)
    , m_text(text)
    , m_closeButton(closeButton)
{
    setObjectName(u"closeWarning"_s);
    setWordWrap(true);
    hide();
    QPalette pal = palette();
    pal.setColor(QPalette::WindowText, Theme::toneColor(Theme::Tone::Error));
    setPalette(pal);
}

bool SecretCloseWarning::allowClose(const SecretView *secret)
{
    if (!secret || secret->wasCopied() || m_warned)
        return true;
    m_warned = true;
    setText(m_text);
    show();
    m_closeButton->setText(tr("Close Without Copying"));
    return false;
}

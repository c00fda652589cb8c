// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/fielderrorlabel.h"

#include "ui/widgets/theme.h"

FieldErrorLabel::FieldErrorLabel(const QString &objectName, QWidget *parent)
    : QLabel(parent)
{
    setObjectName(objectName);
    setWordWrap(true);
    setVisible(false);
    QPalette pal = palette();
    pal.setColor(QPalette::WindowText, Theme::toneColor(Theme::Tone::Error));
    setPalette(pal);
}

void FieldErrorLabel::setError(const QString &text)
{
    setText(text);
    setVisible(!text.isEmpty());
}

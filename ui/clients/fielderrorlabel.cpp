// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/fielderrorlabel.h"

#include "ui/widgets/theme.h"

FieldErrorLabel::FieldErrorLabel(const QString &objectName, QWidget *parent)
    : QLabel(parent)
{
    setObjectName(objectName);
    setWordWrap(true);
    // While there is no error, its line stays reserved: an error appearing or going does not move
    // the fields below it (under the mouse).
    QSizePolicy policy = sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    setSizePolicy(policy);
    setMinimumHeight(fontMetrics().lineSpacing());
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

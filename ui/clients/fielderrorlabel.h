// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

// The error line under a field of a form: wrapped text in the theme's error colour, shown only
// while there is an error; its first line's space is kept when hidden, so that the form does not
// shift.
class FieldErrorLabel final : public QLabel
{
    Q_OBJECT
public:
    FieldErrorLabel(const QString &objectName, QWidget *parent);

    // Shows `text`, or hides the line when it is empty.
    void setError(const QString &text);
};

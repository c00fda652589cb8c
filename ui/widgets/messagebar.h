// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/widgets/theme.h"

#include <QFrame>

QT_FORWARD_DECLARE_CLASS(QLabel)
QT_FORWARD_DECLARE_CLASS(QToolButton)
QT_FORWARD_DECLARE_CLASS(QPushButton)
struct ApiError;

// A non-modal message strip at the top of a page or dialog (like KMessageWidget): an icon, a
// selectable text (so a contextId can be copied), an optional action button and a close button.
// Hidden until show*() is called.
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(Theme::Tone tone, const QString &text);
    void showInfo(const QString &text) { showMessage(Theme::Tone::Info, text); }
    void showWarning(const QString &text) { showMessage(Theme::Tone::Warning, text); }
    // The error's userMessage(), which names the contextId to quote to support. `what` says what
    // failed ("Could not load the clients.").
    void showError(const ApiError &error, const QString &what = {});
    // An action button next to the text ("Retry", "Sign in"); an empty text removes it.
    void setAction(const QString &text);
    void setClosable(bool closable);

    [[nodiscard]] QString text() const;
    [[nodiscard]] Theme::Tone tone() const { return m_tone; }

Q_SIGNALS:
    void actionTriggered();
    void closed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void restyle();

    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_action;
    QToolButton *m_close;
    Theme::Tone m_tone = Theme::Tone::Info;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

QT_FORWARD_DECLARE_CLASS(QAction)
QT_FORWARD_DECLARE_CLASS(QLabel)
QT_FORWARD_DECLARE_CLASS(QPushButton)

// What a page shows before anyone has signed in: "Not signed in", a sentence about what the page
// will show, and a Sign In button (the default button, so Enter signs in).
class SignedOutPanel final : public QWidget
{
    Q_OBJECT
public:
    // `buttonName` is the Sign In button's object name (tests and accessibility tools find it).
    SignedOutPanel(const QString &objectName, const QString &buttonName, QWidget *parent);

    // The page's own sentence; call again when the language changes.
    void setText(const QString &text);
    // A sentence after it about another way in that the app may offer itself ("start it with
    // --demo"): shown only while no alternative is set.
    void setHint(const QString &hint);
    // Another way in (--demo: File > Reopen Demo), as a button beside Sign In with the action's
    // text; it replaces the hint. nullptr removes it.
    void setAlternative(QAction *action);
    [[nodiscard]] QPushButton *alternativeButton() const { return m_alternative; }

Q_SIGNALS:
    void signInRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateText();

    QString m_sentence;
    QString m_hint;
    QAction *m_action = nullptr;
    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_button;
    QPushButton *m_alternative;
};

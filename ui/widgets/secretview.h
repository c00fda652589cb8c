// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

QT_FORWARD_DECLARE_CLASS(QLabel)
QT_FORWARD_DECLARE_CLASS(QLineEdit)
QT_FORWARD_DECLARE_CLASS(QToolButton)
QT_FORWARD_DECLARE_CLASS(QPushButton)

// A secret shown once: masked by default, with Show/Hide and Copy (through SecureClipboard, which
// clears it again). The text lives in this widget only; it is wiped when the widget goes.
class SecretView : public QWidget
{
    Q_OBJECT
public:
    explicit SecretView(QWidget *parent = nullptr);
    ~SecretView() override;

    void setSecret(const QString &secret);
    [[nodiscard]] bool isRevealed() const;
    [[nodiscard]] bool wasCopied() const { return m_copied; }
    [[nodiscard]] QLineEdit *field() const { return m_field; }
    [[nodiscard]] QPushButton *revealButton() const { return m_reveal; }
    [[nodiscard]] QPushButton *copyButton() const { return m_copy; }

Q_SIGNALS:
    void copied();

private:
    void setRevealed(bool revealed);

    QLineEdit *m_field;
    QPushButton *m_reveal;
    QPushButton *m_copy;
    QLabel *m_copiedNote;
    bool m_copied = false;
};

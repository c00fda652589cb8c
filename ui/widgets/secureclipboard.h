// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

// The clipboard for secrets. copySecret() marks the data with the platforms' hints so that
// clipboard managers and history do not keep it (x-kde-passwordManagerHint on Linux, the
// ExcludeClipboardContentFromMonitorProcessing / CanIncludeInClipboardHistory formats on Windows,
// org.nspasteboard.ConcealedType on macOS), and clears it after a timeout (the
// "security/clipboardClearSeconds" setting, 30 s by default) and when the app quits, but only if
// the clipboard still holds that secret: whatever the user copied since is left alone.
//
//     SecureClipboard::instance()->copySecret(secret);
class SecureClipboard : public QObject
{
    Q_OBJECT
public:
    // One per application (the clipboard is one); created on first use, owned by the application.
    static SecureClipboard *instance();

    void copySecret(const QString &secret);
    // Plain text (client ids): no hints, no timeout. Replaces a secret we put there.
    void copyText(const QString &text);
    // Clears the clipboard now if it still holds our secret.
    void clearSecret();

    [[nodiscard]] bool holdsSecret() const;
    // When the pending clear fires; zero when none is pending.
    [[nodiscard]] std::chrono::milliseconds remaining() const;

Q_SIGNALS:
    void secretCopied(std::chrono::seconds clearAfter);
    // The secret was cleared (by the timeout, on quit, or by clearSecret()).
    void secretCleared();

private:
    explicit SecureClipboard(QObject *parent);
    void forget();

    QTimer m_timer;
    QString m_secret; // what we put there, to recognise it; wiped when cleared
};

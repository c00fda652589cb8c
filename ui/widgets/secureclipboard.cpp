// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/secureclipboard.h"

#include "ui/shell/uisettings.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QPointer>

using namespace Qt::Literals::StringLiterals;

namespace {
// Our own marker, so that we recognise our data without comparing text only.
constexpr auto MarkerFormat = "application/x-oauthdesk-secret"_L1;

QMimeData *secretMimeData(const QString &secret)
{
    auto *mime = new QMimeData;
    mime->setText(secret);
    mime->setData(MarkerFormat, QByteArrayLiteral("1"));
#if defined(Q_OS_WIN)
    // Windows: keep it out of clipboard history, cloud clipboard and clipboard monitors. Qt passes
    // formats named this way to the clipboard under the given native name.
    const QByteArray dwordZero(4, '\0');
    mime->setData(u"application/x-qt-windows-mime;value=\"ExcludeClipboardContentFromMonitorProcessing\""_s,
                  dwordZero);
    mime->setData(u"application/x-qt-windows-mime;value=\"CanIncludeInClipboardHistory\""_s, dwordZero);
    mime->setData(u"application/x-qt-windows-mime;value=\"CanUploadToCloudClipboard\""_s, dwordZero);
#elif defined(Q_OS_MACOS)
    // macOS: the nspasteboard.org convention that password managers and clipboard tools honour.
    mime->setData(u"application/x-nspasteboard-concealed-type"_s, secret.toUtf8());
    mime->setData(u"org.nspasteboard.ConcealedType"_s, secret.toUtf8());
#else
    // KDE's Klipper (and clipboard managers that follow it) skip entries with this hint.
    mime->setData(u"x-kde-passwordManagerHint"_s, QByteArrayLiteral("secret"));
#endif
    return mime;
}

void wipe(QString &s)
{
    s.fill(u'\0');
    s.clear();
}
} // namespace

SecureClipboard *SecureClipboard::instance()
{
    static QPointer<SecureClipboard> self;
    if (!self)
        self = new SecureClipboard(QCoreApplication::instance());
    return self;
}

SecureClipboard::SecureClipboard(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SecureClipboard::clearSecret);
    if (auto *app = QCoreApplication::instance())
        connect(app, &QCoreApplication::aboutToQuit, this, &SecureClipboard::clearSecret);
}

void SecureClipboard::copySecret(const QString &secret)
{
    if (secret.isEmpty())
        return;
    QClipboard *cb = QGuiApplication::clipboard();
    wipe(m_secret);
    m_secret = secret;
    cb->setMimeData(secretMimeData(secret), QClipboard::Clipboard);
    const std::chrono::seconds after = UiSettings::clipboardClearAfter();
    if (after.count() > 0)
        m_timer.start(after);
    else
        m_timer.stop();
    Q_EMIT secretCopied(after);
}

void SecureClipboard::copyText(const QString &text)
{
    forget();
    QGuiApplication::clipboard()->setText(text, QClipboard::Clipboard);
}

bool SecureClipboard::holdsSecret() const
{
    if (m_secret.isEmpty())
        return false;
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData(QClipboard::Clipboard);
    return mime && mime->text() == m_secret;
}

std::chrono::milliseconds SecureClipboard::remaining() const
{
    return m_timer.isActive() ? m_timer.remainingTimeAsDuration() : std::chrono::milliseconds(0);
}

void SecureClipboard::clearSecret()
{
    m_timer.stop();
    if (m_secret.isEmpty())
        return;
    if (holdsSecret())
        QGuiApplication::clipboard()->clear(QClipboard::Clipboard);
    wipe(m_secret);
    Q_EMIT secretCleared();
}

void SecureClipboard::forget()
{
    m_timer.stop();
    wipe(m_secret);
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SecureClipboard: the platform hints, the timed clear (only while the clipboard still holds our
// secret), clearing on request, "never" as a setting, and the same through the SecretView's Copy
// button.
#include "ui/shell/uisettings.h"
#include "ui/widgets/secretview.h"
#include "ui/widgets/secureclipboard.h"

#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

class TstSecureClipboard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        UiSettings::setClipboardClearAfter(1s);
        QGuiApplication::clipboard()->clear();
    }

    void setsTheHints()
    {
        SecureClipboard::instance()->copySecret(u"s3cr3t-value"_s);
        const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
        QVERIFY(mime);
        QCOMPARE(mime->text(), u"s3cr3t-value"_s);
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
        QCOMPARE(mime->data(u"x-kde-passwordManagerHint"_s), QByteArray("secret"));
#endif
        QVERIFY(SecureClipboard::instance()->holdsSecret());
        SecureClipboard::instance()->clearSecret();
    }

    void clearsAfterTheTimeout()
    {
        QSignalSpy cleared(SecureClipboard::instance(), &SecureClipboard::secretCleared);
        SecureClipboard::instance()->copySecret(u"timed-secret"_s);
        QVERIFY(SecureClipboard::instance()->remaining() > 0ms);
        QVERIFY(SecureClipboard::instance()->remaining() <= 1100ms);
        QCOMPARE(QGuiApplication::clipboard()->text(), u"timed-secret"_s);
        QTRY_COMPARE_WITH_TIMEOUT(QGuiApplication::clipboard()->text(), QString(), 5000);
        QCOMPARE(cleared.count(), 1);
        QVERIFY(!SecureClipboard::instance()->holdsSecret());
    }

    void leavesWhatTheUserCopiedAlone()
    {
        QSignalSpy cleared(SecureClipboard::instance(), &SecureClipboard::secretCleared);
        SecureClipboard::instance()->copySecret(u"old-secret"_s);
        QGuiApplication::clipboard()->setText(u"something the user copied"_s);
        QVERIFY(cleared.wait(5000)); // the timer ran out...
        QCOMPARE(QGuiApplication::clipboard()->text(), u"something the user copied"_s); // ...and left it
    }

    void clearNow()
    {
        SecureClipboard::instance()->copySecret(u"now-secret"_s);
        SecureClipboard::instance()->clearSecret();
        QCOMPARE(QGuiApplication::clipboard()->text(), QString());
        QCOMPARE(SecureClipboard::instance()->remaining(), 0ms);
    }

    void zeroMeansNever()
    {
        UiSettings::setClipboardClearAfter(0s);
        SecureClipboard::instance()->copySecret(u"kept-secret"_s);
        QCOMPARE(SecureClipboard::instance()->remaining(), 0ms);
        QTest::qWait(1300);
        QCOMPARE(QGuiApplication::clipboard()->text(), u"kept-secret"_s);
        SecureClipboard::instance()->clearSecret();
    }

    void plainTextReplacesTheSecret()
    {
        SecureClipboard::instance()->copySecret(u"replaced-secret"_s);
        SecureClipboard::instance()->copyText(u"client-id-123"_s);
        QCOMPARE(QGuiApplication::clipboard()->text(), u"client-id-123"_s);
        QVERIFY(!SecureClipboard::instance()->holdsSecret());
        QVERIFY(!QGuiApplication::clipboard()->mimeData()->hasFormat(u"x-kde-passwordManagerHint"_s));
        QCOMPARE(SecureClipboard::instance()->remaining(), 0ms);
    }

    // Through the widget: click Copy, see the note, see it cleared.
    void secretViewCopyIsCleared()
    {
        SecretView view;
        view.setSecret(u"widget-secret"_s);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.field()->echoMode(), QLineEdit::Password);
        QTest::mouseClick(view.copyButton(), Qt::LeftButton);
        QVERIFY(view.wasCopied());
        QCOMPARE(QGuiApplication::clipboard()->text(), u"widget-secret"_s);
        auto *note = view.findChild<QLabel *>(u"copiedNote"_s);
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains("1 seconds"_L1) || note->text().contains("cleared in"_L1),
                 qPrintable(note->text()));
        QTRY_COMPARE_WITH_TIMEOUT(QGuiApplication::clipboard()->text(), QString(), 5000);
        QCOMPARE(note->text(), u"The clipboard was cleared."_s);
        // The secret never shows unless asked.
        QTest::mouseClick(view.revealButton(), Qt::LeftButton);
        QCOMPARE(view.field()->echoMode(), QLineEdit::Normal);
        QTest::mouseClick(view.revealButton(), Qt::LeftButton);
        QCOMPARE(view.field()->echoMode(), QLineEdit::Password);
    }
};

QTEST_MAIN(TstSecureClipboard)
#include "tst_secureclipboard.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The oauthdesk executable as a user or a packaging check runs it: --demo --smoke prints one line
// and exits 0; --version needs no display; --smoke without credentials and a bad option fail with a
// message and a non-zero code; no secret is printed.
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QStringList &args, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(OAUTHDESK_BIN), args);
    Run r;
    if (!p.waitForFinished(90000)) {
        p.kill();
        p.waitForFinished();
        r.err = u"timed out"_s;
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QProcessEnvironment cleanEnv()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *k :
         {"GENESYSCLOUD_OAUTHCLIENT_ID", "GENESYSCLOUD_OAUTHCLIENT_SECRET", "GENESYSCLOUD_ACCESS_TOKEN",
          "GENESYSCLOUD_REGION", "GENESYSCLOUD_API_URL", "GENESYSCLOUD_LOGIN_URL"})
        env.remove(QString::fromLatin1(k));
    return env;
}
} // namespace

class TstOAuthDeskSmoke : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void demoSmoke()
    {
        QProcessEnvironment env = cleanEnv();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        const Run r = run({u"--demo"_s, u"--smoke"_s}, env);
        QVERIFY2(r.exitCode == 0, qPrintable(u"exit %1: %2 %3"_s.arg(r.exitCode).arg(r.out, r.err)));
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);
        static const QRegularExpression line(u"^smoke: (\\d+) clients, first paint after (\\d+) ms$"_s);
        const auto m = line.match(lines.first());
        QVERIFY2(m.hasMatch(), qPrintable(lines.first()));
        QVERIFY(m.captured(1).toInt() >= 40);
        QVERIFY(m.captured(2).toInt() > 0);
        qInfo("%s", qPrintable(lines.first()));
        QVERIFY(!r.err.contains("secret"_L1, Qt::CaseInsensitive));
    }

    void versionWithoutDisplay()
    {
        QProcessEnvironment env = cleanEnv();
        env.remove(u"QT_QPA_PLATFORM"_s);
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        const Run r = run({u"--version"_s}, env);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), u"oauthdesk " OAUTHDESK_VERSION ""_s);
    }

    void helpWithoutDisplay()
    {
        QProcessEnvironment env = cleanEnv();
        env.remove(u"QT_QPA_PLATFORM"_s);
        env.remove(u"DISPLAY"_s);
        const Run r = run({u"--help"_s}, env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("--demo"_L1) && r.out.contains("GENESYSCLOUD_OAUTHCLIENT_ID"_L1));
    }

    void smokeNeedsCredentials()
    {
        QProcessEnvironment env = cleanEnv();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        const Run r = run({u"--smoke"_s}, env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--demo"_L1), qPrintable(r.err));
    }

    void smokeFailsOnBadCredentials()
    {
        // A loopback address where nothing listens: sign-in fails, the smoke test says so.
        QProcessEnvironment env = cleanEnv();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"GENESYSCLOUD_OAUTHCLIENT_ID"_s, u"nobody"_s);
        env.insert(u"GENESYSCLOUD_OAUTHCLIENT_SECRET"_s, u"wrong-secret-value"_s);
        const Run r = run({u"--smoke"_s, u"--api-url"_s, u"http://127.0.0.1:9"_s}, env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("sign-in failed"_L1), qPrintable(r.err));
        QVERIFY(!r.err.contains("wrong-secret-value"_L1));
        QVERIFY(!r.out.contains("wrong-secret-value"_L1));
    }

    void badOptionIsAUsageError()
    {
        QProcessEnvironment env = cleanEnv();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        const Run r = run({u"--no-such-option"_s}, env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("no-such-option"_L1));
    }
};

QTEST_GUILESS_MAIN(TstOAuthDeskSmoke)
#include "tst_oauthdesk_smoke.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Replays every input that once broke a fuzz target (tests/fuzz/regressions/<target>/) and every
// seed (tests/fuzz/corpus/<target>/) through the targets' entry points, in any build: with GCC and
// without libFuzzer too. A broken invariant aborts, so the row being run names the input.
#include "tests/fuzz/fuzztargets.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
using Entry = int (*)(const uint8_t *, size_t);
struct Target
{
    const char *name;
    Entry entry;
};
#define OAUTHDESK_FUZZ_TABLE_ROW(name, function) {#name, function},
constexpr Target Targets[] = {OAUTHDESK_FUZZ_TARGETS(OAUTHDESK_FUZZ_TABLE_ROW)};
#undef OAUTHDESK_FUZZ_TABLE_ROW

const QString FuzzDir = QStringLiteral(OAUTHDESK_FUZZ_DIR);

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}
} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyTargetHasSeeds();
    void replay_data();
    void replay();
};

void TestFuzzRegressions::everyTargetHasSeeds()
{
    for (const Target &t : Targets) {
        const QString dir = FuzzDir + u"/corpus/"_s + QLatin1StringView(t.name);
        QVERIFY2(!filesIn(dir).isEmpty(), qPrintable(u"no seeds in "_s + dir));
    }
}

void TestFuzzRegressions::replay_data()
{
    QTest::addColumn<int>("target");
    QTest::addColumn<QString>("path");
    int regressions = 0;
    for (int i = 0; i < int(std::size(Targets)); ++i) {
        for (const char *kind : {"regressions", "corpus"}) {
            const QString dir =
                FuzzDir + u'/' + QLatin1StringView(kind) + u'/' + QLatin1StringView(Targets[i].name);
            for (const QString &file : filesIn(dir)) {
                const QString label =
                    QLatin1StringView(Targets[i].name) + u'/' + QLatin1StringView(kind) + u'/' + file;
                QTest::newRow(qPrintable(label)) << i << (dir + u'/' + file);
                if (kind == std::string_view("regressions"))
                    ++regressions;
            }
        }
    }
    qInfo("%d regression inputs", regressions);
}

void TestFuzzRegressions::replay()
{
    QFETCH(int, target);
    QFETCH(QString, path);
    QFile f(path);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
    const QByteArray data = f.readAll();
    // Each input twice: the targets keep no state, so a second run must pass as well.
    for (int round = 0; round < 2; ++round)
        QCOMPARE(
            Targets[target].entry(reinterpret_cast<const uint8_t *>(data.constData()), size_t(data.size())),
            0);
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzz_regressions.moc"

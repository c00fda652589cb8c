// SPDX-License-Identifier: GPL-3.0-or-later
// The rate budget in the main window's status bar: shown while requests wait for it ("about 0
// requests left this minute; 158 queued"), hidden when nothing is queued; and the German text.
#include "app/i18n/translations.h"
#include "app/net/apiclient.h"
#include "tests/ui/guitest.h"
#include "ui/widgets/ratebudgetlabel.h"

#include <QRegularExpression>
#include <QStatusBar>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

class TestGuiRateBudget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void statusBarShowsTheBudgetWhileRequestsAreQueued();
    void germanText();
    void orgLabelKeepsItsTextAt1024();
};

void TestGuiRateBudget::statusBarShowsTheBudgetWhileRequestsAreQueued()
{
    guitest::Fixture f;
    QVERIFY2(f.start(), qPrintable(f.error));
    MainWindow *window = f.window.get();
    auto *label = window->statusBar()->findChild<RateBudgetLabel *>(u"rateBudget"_s);
    QVERIFY(label);
    QVERIFY(!label->isVisible());

    RateBudget *budget = f.s.session.api()->rateBudget();
    budget->setLimit({3, 60s}); // 2 per minute
    budget->reset();
    for (int i = 0; i < 5; ++i)
        (void)f.s.session.api()->send(ApiRequest::get(u"/api/v2/authorization/divisions"_s));
    QObject bulk; // a bulk queue announcing what it still has to send
    budget->setBacklog(&bulk, 155);
    // Pages may have asked for something meanwhile: 158 or a few more.
    static const QRegularExpression shown(u"^about 0 requests left this minute; (\\d+) queued$"_s);
    const auto queuedShown = [&] {
        const QRegularExpressionMatch m = shown.match(label->fullText());
        return label->isVisible() && m.hasMatch() ? m.captured(1).toInt() : -1;
    };
    QTRY_VERIFY2(queuedShown() >= 158, qPrintable(label->fullText()));
    QVERIFY(label->toolTip().contains("3 per 60 s"_L1));
    // The label follows the budget (the session may renew its token meanwhile, which starts a
    // fresh budget and lets the waiting calls go).
    budget->setBacklog(&bulk, 40);
    QTRY_VERIFY2(label->isVisible() && label->fullText().endsWith(u"; %1 queued"_s.arg(budget->queued())) &&
                     budget->queued() >= 40 && budget->queued() < 158,
                 qPrintable(label->fullText()));

    // Nothing queued: hidden again.
    budget->setLimit({0, 60s}); // no pacing: what waited goes
    budget->setBacklog(&bulk, 0);
    QTRY_VERIFY(!label->isVisible());
    QVERIFY(label->fullText().isEmpty());

    // Another window length says so.
    budget->setLimit({20, 5s});
    budget->setBacklog(&bulk, 7);
    QTRY_VERIFY(label->isVisible());
    QTRY_VERIFY2(label->fullText().endsWith(u"left in this 5-second window; 7 queued"_s),
                 qPrintable(label->fullText()));
    budget->setBacklog(&bulk, 0);
    QTRY_VERIFY(!label->isVisible());
}

void TestGuiRateBudget::germanText()
{
    Translations::install(QLocale(QLocale::German, QLocale::Germany));
    const QString text = RateBudgetLabel::describe(42, 60, 158);
    const QString other = RateBudgetLabel::describe(3, 5, 9);
    const QString shortText = RateBudgetLabel::describeShort(42, 60, 158);
    Translations::install(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(text, u"noch etwa 42 Anfragen in dieser Minute; 158 in der Warteschlange"_s);
    QCOMPARE(other, u"noch etwa 3 Anfragen in diesem 5-Sekunden-Fenster; 9 in der Warteschlange"_s);
    QCOMPARE(shortText, u"~42 übrig/Min.; 158 wartend"_s);
    QCOMPARE(RateBudgetLabel::describe(42, 60, 158), u"about 42 requests left this minute; 158 queued"_s);
}

// At 1024 pixels with a long org name and a budget shown, the org label keeps its whole text and
// the budget shortens (the tooltip keeps the whole text).
void TestGuiRateBudget::orgLabelKeepsItsTextAt1024()
{
    SandboxOptions options;
    options.orgSeed = 7; // "Northwind Contact Center (test org 7)"
    guitest::Fixture f(options);
    QVERIFY2(f.start(), qPrintable(f.error));
    MainWindow *window = f.window.get();
    window->resize(1024, 700);
    auto *identity = window->statusBar()->findChild<QLabel *>(u"identityLabel"_s);
    auto *label = window->statusBar()->findChild<RateBudgetLabel *>(u"rateBudget"_s);
    QVERIFY(identity && label);
    QTRY_VERIFY2(identity->text().contains(u"Northwind Contact Center (test org 7)"_s),
                 qPrintable(identity->text()));

    RateBudget *budget = f.s.session.api()->rateBudget();
    budget->setLimit({3, 60s});
    budget->reset();
    for (int i = 0; i < 5; ++i)
        (void)f.s.session.api()->send(ApiRequest::get(u"/api/v2/authorization/divisions"_s));
    QObject bulk;
    budget->setBacklog(&bulk, 155);
    QTRY_VERIFY(label->isVisible());
    QTRY_COMPARE(window->width(), 1024);
    // Laid out.
    QTest::qWait(50);
    QApplication::processEvents();

    const int needed = identity->fontMetrics().horizontalAdvance(identity->text());
    QVERIFY2(
        identity->contentsRect().width() >= needed,
        qPrintable(u"the org label is %1 px wide, its text %2 px: %3"_s.arg(identity->contentsRect().width())
                       .arg(needed)
                       .arg(identity->text())));
    // Side by side, not over each other; the budget's shown text fits it.
    QVERIFY(identity->geometry().right() < label->geometry().left());
    QVERIFY2(label->fontMetrics().horizontalAdvance(label->text()) <= label->contentsRect().width(),
             qPrintable(label->text()));
    QVERIFY(!label->text().isEmpty());
    QVERIFY(label->fullText().startsWith(u"about 0 requests left this minute; "_s));
    QVERIFY2(label->toolTip().contains(label->fullText()), qPrintable(label->toolTip()));
    budget->setBacklog(&bulk, 0);
}

QTEST_MAIN(TestGuiRateBudget)
#include "tst_gui_ratebudget.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The list-page skeleton (ListPage, SearchableTable) on a small page of its own, driven by QTest
// events offscreen: which of signed-out panel, loading line and content shows; the count and the
// status text; search, Enter and Escape; the first match selected after a search; Tab through the
// filters; the layout saved under the page's key and restored; Retry; connections that end with
// the session.
#include "app/controllers/sessioncontext.h"
#include "models/itemmodels/rowfilterproxymodel.h"
#include "tests/support/testsupport.h"
#include "ui/widgets/listpage.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/searchabletable.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

// Rows whose first column contains the search text.
class NameProxy final : public RowFilterProxyModel
{
    Q_OBJECT
public:
    explicit NameProxy(QObject *parent)
        : RowFilterProxyModel(parent)
    {}
    void setFilterText(const QString &text)
    {
        m_text = text;
        refilterRows();
        Q_EMIT filterChanged();
    }
    [[nodiscard]] QString countText() const
    {
        return u"%1 of %2 things"_s.arg(rowCount()).arg(sourceModel()->rowCount());
    }

Q_SIGNALS:
    void filterChanged();

protected:
    [[nodiscard]] bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        return sourceModel()->index(row, 0, parent).data().toString().contains(m_text, Qt::CaseInsensitive);
    }

private:
    QString m_text;
};

// A page that is only the skeleton: four things, a filter, a label as details.
class TestPage final : public ListPage
{
    Q_OBJECT
public:
    explicit TestPage(const QString &key, bool saveColumns = true)
        : ListPage(
              [&] {
                  Names names = Names::of(key, {40, 20});
                  names.saveColumns = saveColumns;
                  return names;
              }(),
              nullptr)
        , model(new QStandardItemModel(this))
        , proxy(new NameProxy(this))
        , list(new SearchableTable({u"testSearch"_s, u"testTable"_s, u"testCount"_s}, this))
        , filter(new QComboBox(this))
        , details(new QLabel(this))
    {
        for (const QString &name : {u"Alpha"_s, u"Beta"_s, u"Gamma"_s, u"Alpine"_s})
            model->appendRow({new QStandardItem(name), new QStandardItem(u"x"_s)});
        proxy->setSourceModel(model);
        list->setProxy(proxy);
        filter->setObjectName(u"testFilter"_s);
        filter->addItem(u"All"_s);
        list->addFilter(filter);
        connect(list, &SearchableTable::activated, this, [this] { ++activations; });
        setLoadingText(u"Loading things…"_s);
        setListAndDetails(list, details);
        updateFrame();
    }

    void setSessionContext(SessionContext *context) override
    {
        setSession(context);
        updateFrame();
    }
    void reload() override { ++reloads; }
    [[nodiscard]] LoadState loadState() const override { return state; }

    using ListPage::connectToSession;
    using ListPage::updateFrame;

    [[nodiscard]] QWidget *shown() const { return findChild<QStackedWidget *>()->currentWidget(); }

    QStandardItemModel *model;
    NameProxy *proxy;
    SearchableTable *list;
    QComboBox *filter;
    QLabel *details;
    LoadState state;
    int activations = 0;
    int reloads = 0;
};

// A page signed in to the sandbox and shown: its content is what the keyboard reaches.
struct SignedIn
{
    testsupport::SandboxSession s;
    std::unique_ptr<SessionContext> context;
    std::unique_ptr<TestPage> page;
    bool start(const QString &key)
    {
        if (!s.start())
            return false;
        context = std::make_unique<SessionContext>(&s.session);
        page = std::make_unique<TestPage>(key);
        page->setSessionContext(context.get());
        page->show();
        QApplication::setActiveWindow(page.get());
        return QTest::qWaitForWindowActive(page.get());
    }
    ~SignedIn() { page.reset(); }
};

QString currentName(const TestPage &page)
{
    return page.view()->currentIndex().siblingAtColumn(0).data().toString();
}

} // namespace

class TstListPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signedOutShowsThePanelAndTheWayIn()
    {
        TestPage page(u"signedOut"_s);
        QCOMPARE(page.shown()->objectName(), u"signedOutSignedOut"_s);
        QVERIFY(page.statusText().isEmpty());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy signIn(&page, &PageWidget::signInRequested);
        auto *button = page.findChild<QPushButton *>(u"signedOutSignInButton"_s);
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(signIn.count(), 1);
    }

    void loadingLineUntilTheFirstLoad()
    {
        testsupport::SandboxSession s;
        QVERIFY2(s.start(), qPrintable(s.error));
        SessionContext context(&s.session);
        TestPage page(u"loading"_s);
        page.state = {false, true};
        page.setSessionContext(&context);
        QCOMPARE(page.shown()->objectName(), u"loadingLoading"_s);
        QCOMPARE(page.statusText(), u"Loading things…"_s);
        QVERIFY(page.list->countLabel()->text().isEmpty());

        page.state = {true, false};
        page.updateFrame();
        QCOMPARE(page.shown()->objectName(), u"loadingPageContent"_s);
        QVERIFY(page.statusText().isEmpty());
        QCOMPARE(page.list->countLabel()->text(), u"4 of 4 things"_s);

        // A reload after the first: the list stays, the status bar says it is loading.
        page.state = {true, true};
        page.updateFrame();
        QCOMPARE(page.shown()->objectName(), u"loadingPageContent"_s);
        QCOMPARE(page.statusText(), u"Loading things…"_s);

        page.setSessionContext(nullptr);
        QCOMPARE(page.shown()->objectName(), u"loadingSignedOut"_s);
    }

    void searchEnterAndEscape()
    {
        SignedIn f;
        QVERIFY2(f.start(u"search"_s), qPrintable(f.s.error));
        TestPage &page = *f.page;
        QLineEdit *search = page.list->search();
        search->setFocus();
        QTest::keyClicks(search, u"alp"_s);
        // Enter applies the search at once (no pause) and goes to the first match.
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(page.proxy->rowCount(), 2);
        QCOMPARE(QApplication::focusWidget(), page.view());
        QVERIFY(currentName(page).startsWith(u"Alp"_s));
        QCOMPARE(page.list->countLabel()->text(), u"2 of 4 things"_s);
        // Enter on a row: activated.
        QTest::keyClick(page.view(), Qt::Key_Return);
        QCOMPARE(page.activations, 1);
        QTest::keyClick(page.view(), Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(page.activations, 1);
        // Escape in the search field clears it.
        search->setFocus();
        QTest::keyClick(search, Qt::Key_Escape);
        QVERIFY(search->text().isEmpty());
        QCOMPARE(page.proxy->rowCount(), 4);
        // Ctrl+F's target.
        page.view()->setFocus();
        page.focusSearch();
        QCOMPARE(QApplication::focusWidget(), search);
    }

    void tabGoesThroughTheFilters()
    {
        SignedIn f;
        QVERIFY2(f.start(u"tabs"_s), qPrintable(f.s.error));
        TestPage &page = *f.page;
        page.list->search()->setFocus();
        QTest::keyClick(page.list->search(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), page.filter);
        QTest::keyClick(page.filter, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), page.view());
    }

    void aSearchSelectsTheFirstMatch()
    {
        TestPage page(u"firstMatch"_s);
        page.view()->setCurrentIndex({});
        page.proxy->setFilterText(u"gam"_s);
        QCOMPARE(currentName(page), u"Gamma"_s);
        page.list->setSelectsFirstMatch(false);
        page.view()->setCurrentIndex({});
        page.proxy->setFilterText(QString());
        QVERIFY(!page.view()->currentIndex().isValid());
    }

    void showRowClearsTheFiltersThatHideIt()
    {
        TestPage page(u"showRow"_s);
        page.list->search()->setText(u"beta"_s);
        page.list->applySearchNow();
        QCOMPARE(page.proxy->rowCount(), 1);
        bool cleared = false;
        QVERIFY(page.list->showRow(page.model->index(2, 0), [&cleared] { cleared = true; }));
        QVERIFY(cleared);
        QVERIFY(page.list->search()->text().isEmpty());
        QCOMPARE(currentName(page), u"Gamma"_s);
    }

    void layoutIsSavedUnderThePageKey()
    {
        QSettings().remove(u"saved"_s);
        QSettings().remove(u"noColumns"_s);
        QList<int> sizes;
        {
            TestPage page(u"saved"_s);
            page.resize(800, 400);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            auto *splitter = page.findChild<QSplitter *>(u"savedSplitter"_s);
            QVERIFY(splitter);
            splitter->setSizes({500, 250});
            sizes = splitter->sizes();
            page.view()->horizontalHeader()->hideSection(1);
        }
        QSettings settings;
        QVERIFY(settings.contains(u"saved/splitter"_s));
        QVERIFY(settings.contains(u"saved/header"_s));
        TestPage again(u"saved"_s);
        again.resize(800, 400);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.findChild<QSplitter *>(u"savedSplitter"_s)->sizes(), sizes);
        QVERIFY(again.view()->horizontalHeader()->isSectionHidden(1));

        {
            TestPage noColumns(u"noColumns"_s, false);
        }
        QVERIFY(settings.contains(u"noColumns/splitter"_s));
        QVERIFY(!settings.contains(u"noColumns/header"_s));
    }

    void retryReloads()
    {
        TestPage page(u"retry"_s);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.messageBar()->setAction(u"Retry"_s);
        page.messageBar()->showInfo(u"Something failed."_s);
        auto *retry = page.messageBar()->findChild<QPushButton *>(u"messageAction"_s);
        QVERIFY(retry && retry->isVisible());
        QTest::mouseClick(retry, Qt::LeftButton);
        QCOMPARE(page.reloads, 1);
        QVERIFY(!page.messageBar()->isVisible());
    }

    void sessionConnectionsEndWithTheSession()
    {
        TestPage page(u"connections"_s);
        QAction sender;
        int calls = 0;
        page.connectToSession(&sender, &QAction::triggered, [&calls] { ++calls; });
        sender.trigger();
        QCOMPARE(calls, 1);
        page.setSessionContext(nullptr);
        sender.trigger();
        QCOMPARE(calls, 1);
    }
};

QTEST_MAIN(TstListPage)
#include "tst_listpage.moc"

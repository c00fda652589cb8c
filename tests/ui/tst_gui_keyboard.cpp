// SPDX-License-Identifier: GPL-3.0-or-later
// The whole app from the keyboard, with QTest key events only: every page is reached with its
// shortcut and through the navigation list, Tab moves through each page's controls, dialogs open
// with their shortcuts and close with Escape, and every control that takes the focus (on every page
// and in the dialogs) has an accessible name or a label that names it (a buddy).
#include "app/controllers/authorizationscontroller.h"
#include "app/controllers/clientscontroller.h"
#include "app/i18n/translations.h"
#include "tests/ui/guitest.h"
#include "ui/catalog/authorizationspage.h"
#include "ui/catalog/scopespage.h"
#include "ui/clients/clienteditdialog.h"
#include "ui/signin/signindialog.h"
#include "ui/signin/signinui.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>

using namespace Qt::Literals::StringLiterals;
using namespace guitest;

namespace {
// Labels anywhere in `root` that name `w` through their buddy.
bool hasBuddyLabel(QWidget *root, QWidget *w)
{
    const auto labels = root->findChildren<QLabel *>();
    return std::any_of(labels.begin(), labels.end(), [w](const QLabel *l) {
        return l->buddy() == w && !l->text().remove(u'&').trimmed().isEmpty();
    });
}

// A control a user can reach with Tab: takes the focus by keyboard, is not the inside of another
// control (a spin box's line edit, a combo box's popup), and belongs to `root`'s window.
bool reachable(QWidget *root, QWidget *w)
{
    if (!(w->focusPolicy() & Qt::TabFocus) || w->focusProxy() || w->isHidden())
        return false; // hidden on purpose (not just on another page of a stack)
    if (w->window() != root->window())
        return false; // popups and other windows
    for (QWidget *p = w->parentWidget(); p && p != root; p = p->parentWidget()) {
        if (qobject_cast<QAbstractSpinBox *>(p) || qobject_cast<QComboBox *>(p))
            return false;
    }
    return true;
}

// Every reachable control in `root` that is shown (or would be, on its stack page) and has neither
// an accessible name nor a buddy label: "Class objectName" for each.
QStringList unnamedControls(QWidget *root)
{
    QStringList out;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!reachable(root, w))
            continue;
        if (!w->accessibleName().trimmed().isEmpty() || hasBuddyLabel(root, w))
            continue;
        // Buttons, check boxes and the like are named by their own text.
        if (auto *b = qobject_cast<QAbstractButton *>(w); b && !b->text().remove(u'&').trimmed().isEmpty())
            continue;
        out << u"%1 \"%2\" in %3"_s.arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                                        w->parentWidget() ? w->parentWidget()->objectName() : QString());
    }
    return out;
}

// The mnemonic letter of a text ("Only &scopes" -> 's'), or a null QChar.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i; // "&&" is a literal ampersand
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

QWidget *focused()
{
    return QApplication::focusWidget();
}

QString describe(QWidget *w)
{
    return w ? u"%1 \"%2\""_s.arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())
             : u"nothing"_s;
}
} // namespace

class TstGuiKeyboard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { Translations::install(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void pageShortcutsAndNavigation()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        MainWindow *w = f.window.get();
        const QList<std::pair<Qt::Key, QString>> pages{{Qt::Key_2, MainWindow::AuthorizationsKey},
                                                       {Qt::Key_3, MainWindow::ScopesKey},
                                                       {Qt::Key_4, MainWindow::UsageKey},
                                                       {Qt::Key_1, MainWindow::ClientsKey}};
        for (const auto &[key, name] : pages) {
            QTest::keyClick(w, key, Qt::ControlModifier);
            QTRY_COMPARE(w->currentPageKey(), name);
            // Ctrl+F then lands in the page's search field, if it has one.
            QTest::keyClick(w, Qt::Key_F, Qt::ControlModifier);
            if (name != MainWindow::UsageKey)
                QTRY_VERIFY2(qobject_cast<QLineEdit *>(focused()), qPrintable(describe(focused())));
        }
        // The navigation list: focused, the arrow keys switch pages.
        auto *nav = w->findChild<QListWidget *>(u"navigation"_s);
        nav->setFocus(Qt::TabFocusReason);
        QTest::keyClick(nav, Qt::Key_Down);
        QTRY_COMPARE(w->currentPageKey(), MainWindow::AuthorizationsKey);
        QTest::keyClick(nav, Qt::Key_Down);
        QTRY_COMPARE(w->currentPageKey(), MainWindow::ScopesKey);
        QTest::keyClick(nav, Qt::Key_Home);
        QTRY_COMPARE(w->currentPageKey(), MainWindow::ClientsKey);
        QVERIFY(!nav->accessibleName().isEmpty());
    }

    void everyControlOfEveryPageIsNamed()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        MainWindow *w = f.window.get();
        for (const QString &key : {MainWindow::ClientsKey, MainWindow::AuthorizationsKey,
                                   MainWindow::ScopesKey, MainWindow::UsageKey, MainWindow::InsightsKey}) {
            QVERIFY2(w->page(key), qPrintable(key));
            w->showPage(key);
            QTest::qWait(50);
            const QStringList unnamed = unnamedControls(w->page(key));
            QVERIFY2(unnamed.isEmpty(), qPrintable(key + u": "_s + unnamed.join(u"; "_s)));
        }
        // The window's own controls (navigation, toolbar, status bar).
        QStringList unnamed;
        for (QWidget *c : w->findChildren<QWidget *>()) {
            if (qobject_cast<PageWidget *>(c) || c->parentWidget() == nullptr)
                continue;
            bool inPage = false;
            for (QWidget *p = c->parentWidget(); p; p = p->parentWidget())
                inPage = inPage || qobject_cast<PageWidget *>(p);
            if (inPage || !reachable(w, c))
                continue;
            if (c->accessibleName().trimmed().isEmpty() && !hasBuddyLabel(w, c)) {
                auto *b = qobject_cast<QAbstractButton *>(c);
                if (!b || b->text().remove(u'&').trimmed().isEmpty())
                    unnamed << describe(c);
            }
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u"; "_s)));
    }

    void tabWalksThroughTheAuthorizationsPage()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        MainWindow *w = f.window.get();
        QTest::keyClick(w, Qt::Key_2, Qt::ControlModifier);
        auto *page = qobject_cast<AuthorizationsPage *>(w->page(MainWindow::AuthorizationsKey));
        QTRY_VERIFY(page->controller()->hasLoaded());
        QTest::keyClick(w, Qt::Key_F, Qt::ControlModifier);
        QTRY_COMPARE(focused(),
                     static_cast<QWidget *>(page->findChild<QLineEdit *>(u"authorizationSearch"_s)));
        // Tab from the search field reaches the state filter, the list and the details' buttons,
        // each with a name, and comes back around.
        QSet<QWidget *> seen;
        QStringList order;
        for (int i = 0; i < 12; ++i) {
            QTest::keyClick(focused(), Qt::Key_Tab);
            QWidget *now = focused();
            QVERIFY(now);
            order << describe(now);
            QVERIFY2(!now->accessibleName().isEmpty() || hasBuddyLabel(w, now) ||
                         (qobject_cast<QAbstractButton *>(now) &&
                          !qobject_cast<QAbstractButton *>(now)->text().isEmpty()),
                     qPrintable(describe(now)));
            seen.insert(now);
        }
        QVERIFY2(seen.contains(page->findChild<QComboBox *>(u"authorizationStateFilter"_s)),
                 qPrintable(order.join(u", "_s)));
        QVERIFY2(seen.contains(page->view()), qPrintable(order.join(u", "_s)));
        // Alt+S (the "State:" label's mnemonic) goes straight to the filter.
        QTest::keyClick(w, Qt::Key_S, Qt::AltModifier);
        QTRY_COMPARE(focused(),
                     static_cast<QWidget *>(page->findChild<QComboBox *>(u"authorizationStateFilter"_s)));
    }

    void dialogsFromTheKeyboard()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        MainWindow *w = f.window.get();
        QTest::keyClick(w, Qt::Key_1, Qt::ControlModifier);
        // Ctrl+N: the create dialog, focus in its first field; every control named; Escape closes.
        QTest::keyClick(w, Qt::Key_N, Qt::ControlModifier);
        QPointer<ClientEditDialog> dlg = waitForDialog<ClientEditDialog>(w);
        QVERIFY(dlg);
        QTRY_VERIFY(dlg->isActiveWindow());
        QTRY_VERIFY2(focused() && focused()->window() == dlg, qPrintable(describe(focused())));
        const QStringList unnamed = unnamedControls(dlg);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u"; "_s)));
        // Tab goes round the form without leaving the dialog.
        for (int i = 0; i < 25; ++i) {
            QTest::keyClick(focused(), Qt::Key_Tab);
            QVERIFY2(focused() && focused()->window() == dlg, qPrintable(describe(focused())));
        }
        QTest::keyClick(focused(), Qt::Key_Escape);
        QTRY_VERIFY(!dlg || !dlg->isVisible());

        // F1: the keyboard shortcuts, listing the pages' shortcuts too; Escape closes.
        // What a window manager does when a dialog closes (the offscreen platform has none).
        QApplication::setActiveWindow(w);
        QTRY_VERIFY(w->isActiveWindow());
        QTest::keyClick(w, Qt::Key_F1);
        QDialog *keys = nullptr;
        QTRY_VERIFY((keys = [w]() -> QDialog * {
            for (QDialog *d : w->findChildren<QDialog *>()) {
                if (d->isVisible() && d->findChild<QTableWidget *>())
                    return d;
            }
            return nullptr;
        }()));
        auto *table = keys->findChild<QTableWidget *>();
        QVERIFY(table);
        QStringList actions;
        for (int r = 0; r < table->rowCount(); ++r)
            actions << table->item(r, 0)->text();
        QVERIFY2(actions.contains(u"Show Client"_s), qPrintable(actions.join(u", "_s)));
        QVERIFY2(actions.contains(u"Authorizations"_s), qPrintable(actions.join(u", "_s)));
        const QStringList unnamedKeys = unnamedControls(keys);
        QVERIFY2(unnamedKeys.isEmpty(), qPrintable(unnamedKeys.join(u"; "_s)));
        QTest::keyClick(keys, Qt::Key_Escape);
        QTRY_VERIFY(!keys->isVisible() || QApplication::activeWindow() == w);
    }

    void everyDialogIsNamed()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        MainWindow *w = f.window.get();
        QTest::keyClick(w, Qt::Key_1, Qt::ControlModifier);
        QVERIFY(selectByName(f.page, u"Nightly WFM export"_s));
        // Edit (Ctrl+E), regenerate (Ctrl+R) and delete (Del), each by its shortcut from the list.
        for (const QKeySequence &key :
             {QKeySequence(Qt::CTRL | Qt::Key_E), QKeySequence(Qt::CTRL | Qt::Key_R),
              QKeySequence(QKeySequence::Delete)}) {
            QApplication::setActiveWindow(w);
            f.page->view()->setFocus();
            QTest::keySequence(w, key);
            QDialog *dlg = nullptr;
            QTRY_VERIFY2((dlg = [w]() -> QDialog * {
                             for (QDialog *d : w->findChildren<QDialog *>()) {
                                 if (d->isVisible())
                                     return d;
                             }
                             return nullptr;
                         }()),
                         qPrintable(key.toString()));
            QTRY_VERIFY(focused() && focused()->window() == dlg);
            const QStringList unnamed = unnamedControls(dlg);
            QVERIFY2(unnamed.isEmpty(), qPrintable(dlg->objectName() + u": "_s + unnamed.join(u"; "_s)));
            QTest::keyClick(focused(), Qt::Key_Escape);
            QTRY_VERIFY(!dlg->isVisible());
        }
    }

    void signInDialogIsNamed()
    {
        Fixture f;
        QVERIFY2(f.start(false), qPrintable(f.error));
        MainWindow *w = f.window.get();
        SignInUi::install(w, &f.s.session);
        // File > Sign In… by the keyboard.
        QTest::keyClick(w, Qt::Key_F, Qt::AltModifier);
        auto *file = qobject_cast<QMenu *>(w->signInAction()->associatedObjects().value(0));
        QVERIFY(file);
        QTRY_VERIFY(file->isVisible());
        QTest::keyClick(file, Qt::Key_S);
        SignInDialog *dlg = waitForDialog<SignInDialog>(w);
        QVERIFY(dlg);
        QTRY_VERIFY(focused() && focused()->window() == dlg);
        const QStringList unnamed = unnamedControls(dlg);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u"; "_s)));
        QTest::keyClick(focused(), Qt::Key_Escape);
        QTRY_VERIFY(!dlg->isVisible());
    }

    void mnemonicsDoNotClashWithTheMenus_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << u"en"_s;
        QTest::newRow("German") << u"de"_s;
    }
    // Alt+letter of a label or button on a page must not also open a menu of the menu bar (Qt then
    // cycles between them instead of acting), in every language the app has.
    void mnemonicsDoNotClashWithTheMenus()
    {
        QFETCH(QString, language);
        Translations::install(*Translations::parse(language));
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        MainWindow *w = f.window.get();
        QHash<QChar, QString> menus;
        for (QAction *a : w->menuBar()->actions()) {
            if (const QChar c = mnemonic(a->text()); !c.isNull())
                menus.insert(c, a->text());
        }
        QVERIFY(menus.size() >= 5);
        QStringList clashes;
        for (const QString &key : {MainWindow::ClientsKey, MainWindow::AuthorizationsKey,
                                   MainWindow::ScopesKey, MainWindow::UsageKey, MainWindow::InsightsKey}) {
            QVERIFY2(w->page(key), qPrintable(key));
            for (QWidget *c : w->page(key)->findChildren<QWidget *>()) {
                QString text;
                if (auto *label = qobject_cast<QLabel *>(c); label && label->buddy())
                    text = label->text();
                else if (auto *button = qobject_cast<QAbstractButton *>(c))
                    text = button->text();
                const QChar m = mnemonic(text);
                if (!m.isNull() && menus.contains(m))
                    clashes << u"%1: \"%2\" and the menu \"%3\""_s.arg(key, text, menus.value(m));
            }
        }
        Translations::install(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; "_s)));
    }

    void menusFromTheKeyboard()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        MainWindow *w = f.window.get();
        // Alt+A opens the Authorization menu (the page's actions); Escape closes it.
        const auto menu = w->menuBar()->findChildren<QMenu *>();
        QMenu *auths = nullptr;
        for (QMenu *m : menu) {
            if (m->title() == "&Authorization"_L1)
                auths = m;
        }
        QVERIFY(auths);
        QTest::keyClick(w, Qt::Key_A, Qt::AltModifier);
        QTRY_VERIFY(auths->isVisible());
        QTest::keyClick(auths, Qt::Key_Escape);
        QTest::keyClick(w->menuBar(), Qt::Key_Escape);
        QTRY_VERIFY(!auths->isVisible());
    }
};

QTEST_MAIN(TstGuiKeyboard)
#include "tst_gui_keyboard.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/guitest.h"

#include "app/controllers/clientscontroller.h"
#include "ui/shell/pages.h"

#include <QJsonArray>
#include <QTableView>

using namespace Qt::Literals::StringLiterals;

namespace guitest {

bool Fixture::start(bool signIn)
{
    if (!s.start(signIn)) {
        error = s.error;
        return false;
    }
    window = std::make_unique<MainWindow>();
    registerStandardPages(window.get());
    window->setSession(&s.session);
    page = window->clientsPage();
    window->show();
    QApplication::setActiveWindow(window.get());
    if (!QTest::qWaitForWindowActive(window.get())) {
        error = u"the main window did not become active"_s;
        return false;
    }
    if (signIn && !QTest::qWaitFor([this] { return page->controller()->hasLoaded(); }, 20000)) {
        error = u"the client list did not load: "_s + page->controller()->lastError().summary();
        return false;
    }
    return true;
}

Fixture::~Fixture()
{
    // Dialogs first (they may hold operations), then the window, then the session and sandbox.
    if (window) {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w != window.get() && w->isVisible())
                w->close();
        }
    }
    window.reset();
}

void click(QAbstractButton *button)
{
    QVERIFY2(button, "no such button");
    QVERIFY2(button->isEnabled(), qPrintable(u"button “%1” is disabled"_s.arg(button->text())));
    QTest::mouseClick(button, Qt::LeftButton, Qt::NoModifier, button->rect().center());
}

void clickToolButton(MainWindow *window, QAction *action)
{
    auto *bar = window->findChild<QToolBar *>(u"mainToolBar"_s);
    QVERIFY(bar);
    auto *button = qobject_cast<QAbstractButton *>(bar->widgetForAction(action));
    QVERIFY2(button, qPrintable(u"no toolbar button for %1"_s.arg(action->text())));
    click(button);
}

void typeInto(QWidget *edit, const QString &text, bool replace)
{
    QVERIFY(edit);
    QTest::mouseClick(edit, Qt::LeftButton, Qt::NoModifier, QPoint(edit->width() / 2, edit->height() / 2));
    if (replace) {
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(edit, Qt::Key_Delete);
    }
    QTest::keyClicks(edit, text);
}

bool selectByName(ClientsPage *page, const QString &name)
{
    auto *search = page->findChild<QLineEdit *>(u"searchField"_s);
    if (!search)
        return false;
    QTest::mouseClick(search, Qt::LeftButton);
    QTest::keyClick(search, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(search, Qt::Key_Delete);
    QTest::keyClicks(search, name);
    QTest::keyClick(search, Qt::Key_Return);
    // Several names may contain the text: move down to the exact one.
    for (int i = 0; i < 50; ++i) {
        if (const auto c = page->currentClient(); c && c->name == name)
            return true;
        QTest::keyClick(page->view(), Qt::Key_Down);
    }
    return false;
}

QJsonObject sandboxClient(const SandboxServer &sandbox, const QString &name)
{
    for (const QJsonValue &v : sandbox.clients()) {
        if (v.toObject().value("name"_L1).toString() == name)
            return v.toObject();
    }
    return {};
}

} // namespace guitest

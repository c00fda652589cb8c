// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sandbox/sandboxserver.h"
#include "app/services/session.h"
#include "models/itemmodels/clientlistmodel.h"
#include "tests/support/testsupport.h"
#include "ui/clients/clientspage.h"
#include "ui/shell/mainwindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLineEdit>
#include <QPointer>
#include <QTest>
#include <QToolBar>

#include <memory>

// Helpers for the GUI tests: a main window signed in to the sandbox, shown offscreen, driven only
// through QTest key and mouse events on its widgets.
namespace guitest {

// The sandbox, a session signed in to it, and the main window with the clients listed.
struct Fixture
{
    Fixture() = default;
    explicit Fixture(SandboxOptions options)
        : s(std::move(options))
    {}
    testsupport::SandboxSession s;
    std::unique_ptr<MainWindow> window;
    ClientsPage *page = nullptr;
    QString error;

    // Starts everything and waits until the list is shown. `signIn` false leaves it to the test.
    bool start(bool signIn = true);
    ~Fixture();
};

// A visible child widget of `parent` with that object name and type, or nullptr.
template<class T>
T *find(QWidget *parent, const QString &name)
{
    const auto all = parent->findChildren<T *>(name);
    for (T *w : all) {
        if (w->isVisible())
            return w;
    }
    return all.isEmpty() ? nullptr : all.first();
}

// The first visible top-level (or main-window child) dialog of type T, waiting up to `ms`.
template<class T>
T *waitForDialog(QWidget *window, int ms = 10000)
{
    T *found = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            for (T *d : window->findChildren<T *>()) {
                if (d->isVisible())
                    found = d;
            }
            return found != nullptr;
        },
        ms);
    return found;
}

// Clicks a button with the mouse.
void click(QAbstractButton *button);
// Clicks the toolbar button of `action`.
void clickToolButton(MainWindow *window, QAction *action);
// Puts the keyboard focus into `edit` with a click and types `text` (replacing what was there).
void typeInto(QWidget *edit, const QString &text, bool replace = true);
// Types the client's name into the page's search field, then Enter: the list shows the match and
// the table, focused, selects the first row. True when that row is the client.
bool selectByName(ClientsPage *page, const QString &name);
// A stored client of the sandbox by name (empty object when none).
QJsonObject sandboxClient(const SandboxServer &sandbox, const QString &name);

} // namespace guitest

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAction>
#include <QList>
#include <QWidget>

class SessionContext;

// A page of the main window (Clients, Authorizations, Scopes, Usage, Insights). Subclass it (the
// list pages through ListPage, ui/widgets/listpage.h) and register it with MainWindow::addPage()
// in ui/shell/pages.cpp; the window then tells the page about sign-in changes, routes F5 and Ctrl+F to it,
// shows its toolbar actions while it is current, and its status text in the status bar.
class PageWidget : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    // The signed-in session's context; nullptr when nobody is signed in. Called once when the page
    // is added and again on every sign-in change.
    virtual void setSessionContext(SessionContext *context) = 0;
    // F5: fetch again what the page shows.
    virtual void reload() {}
    // Ctrl+F: focus the page's search field, if it has one.
    virtual void focusSearch() {}
    // Shown in the main toolbar while the page is current; owned by the page.
    [[nodiscard]] virtual QList<QAction *> toolBarActions() const { return {}; }
    // The page became current (true) or another one did (false). Pages disable their window-wide
    // shortcuts while not current.
    virtual void setCurrent(bool current) { Q_UNUSED(current) }
    // A menu of the toolbar actions in the menu bar ("&Client"); empty for none.
    [[nodiscard]] virtual QString menuTitle() const { return {}; }
    // What that menu holds (nullptr: a separator): the toolbar actions, and maybe more.
    [[nodiscard]] virtual QList<QAction *> menuActions() const { return toolBarActions(); }
    // A short text for the status bar ("37 of 412 clients").
    [[nodiscard]] virtual QString statusText() const { return {}; }

Q_SIGNALS:
    void statusTextChanged(const QString &text);
    // The page needs someone signed in (its "Sign in" button was pressed).
    void signInRequested();
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QKeySequence>
#include <QMainWindow>
#include <QPointer>

QT_FORWARD_DECLARE_CLASS(QActionGroup)
QT_FORWARD_DECLARE_CLASS(QLabel)
QT_FORWARD_DECLARE_CLASS(QListWidget)
QT_FORWARD_DECLARE_CLASS(QProgressBar)
QT_FORWARD_DECLARE_CLASS(QStackedWidget)
QT_FORWARD_DECLARE_CLASS(QToolBar)
class ClientsPage;
class PageWidget;
class RateBudgetLabel;
class Session;
class SessionContext;
class WaitIndicator;

// The main window: a navigation list of pages (Clients, Authorizations, Scopes, Usage, Insights;
// Ctrl+1..5),
// a toolbar with the current page's actions, the signed-in identity and a busy indicator in the
// status bar (with a request's wait before it tries again, and Cancel), F5 to reload, and the
// window layout restored between runs.
//
// Sign-in plugs in through setSession() (the window never owns the session),
// signInRequested() / signOutRequested(), and setProfileLabel() for the profile badge.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    static inline const QString ClientsKey = QStringLiteral("clients");
    static inline const QString AuthorizationsKey = QStringLiteral("authorizations");
    static inline const QString ScopesKey = QStringLiteral("scopes");
    static inline const QString UsageKey = QStringLiteral("usage");
    static inline const QString InsightsKey = QStringLiteral("insights");

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // The session the pages work with (not owned; nullptr = nobody). Pages follow its sign-in
    // changes on their own; calling this again with another session starts over.
    void setSession(Session *session);
    [[nodiscard]] Session *session() const;
    [[nodiscard]] SessionContext *sessionContext() const { return m_context; }

    // Adds a page at the end of the navigation. `shortcut` switches to it. Returns its index.
    int addPage(const QString &key, PageWidget *page, const QString &title, const QIcon &icon,
                const QKeySequence &shortcut = {});
    // Puts `page` where the page `key` is (keeping title, icon and shortcut); the old one is
    // deleted. False when there is no page `key`.
    bool replacePage(const QString &key, PageWidget *page);
    [[nodiscard]] PageWidget *page(const QString &key) const;
    [[nodiscard]] QString currentPageKey() const;
    void showPage(const QString &key);
    [[nodiscard]] ClientsPage *clientsPage() const;

    // The profile badge in the toolbar ("PROD" in red); empty text hides it.
    void setProfileLabel(const QString &text, const QColor &color = {});
    [[nodiscard]] QAction *signInAction() const { return m_signIn; }
    [[nodiscard]] QAction *signOutAction() const { return m_signOut; }
    [[nodiscard]] QAction *reloadAction() const { return m_reload; }

    // Window geometry and toolbar state (QSettings). restoreLayout() runs in the constructor.
    void saveLayout() const;
    void restoreLayout();

Q_SIGNALS:
    void signInRequested();
    void signOutRequested();
    void sessionContextChanged(SessionContext *context);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct PageEntry
    {
        QString key;
        PageWidget *page = nullptr;
        QAction *action = nullptr; // the navigation shortcut
    };

    void buildActions();
    void buildMenus();
    void onCurrentPageChanged(int index);
    void refreshToolBar();
    void refreshIdentity();
    void fitIdentity(); // the org label keeps its whole text: the rate budget gives way
    void onBusyChanged(bool busy);
    void updateBusyText();
    void connectPage(PageWidget *page);
    void showShortcuts();
    void showAbout();
    void changeLanguage(const QString &id);

    QPointer<Session> m_session;
    SessionContext *m_context = nullptr;
    QList<QMetaObject::Connection> m_sessionConnections;
    QList<PageEntry> m_pages;

    QListWidget *m_nav;
    QStackedWidget *m_stack;
    QToolBar *m_toolBar;
    QLabel *m_profileBadge;
    QLabel *m_identity;
    QLabel *m_pageStatus;
    QProgressBar *m_busyBar;
    QLabel *m_busyText;
    WaitIndicator *m_wait;         // a request waiting to try again, with Cancel
    RateBudgetLabel *m_rateBudget; // while requests wait for the rate limit
    QAction *m_signIn = nullptr;
    QAction *m_signOut = nullptr;
    QAction *m_reload = nullptr;
    QAction *m_find = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_toolBarSeparator = nullptr;
    QAction *m_profileAction = nullptr;
    QAction *m_signInToolAction = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    QList<QAction *> m_pageToolActions;
};

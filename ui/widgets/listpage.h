// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/shell/pagewidget.h"

#include <QPointer>

QT_FORWARD_DECLARE_CLASS(QLabel)
QT_FORWARD_DECLARE_CLASS(QSplitter)
QT_FORWARD_DECLARE_CLASS(QStackedWidget)
QT_FORWARD_DECLARE_CLASS(QTableView)
QT_FORWARD_DECLARE_CLASS(QVBoxLayout)
class ListState;
class MessageBar;
class SearchableTable;
class SignedOutPanel;

// The skeleton of the pages that list things (Clients, Authorizations, Scopes, Insights): a
// message bar on top and, below it, exactly one of the "Not signed in" panel, a "Loading…" line
// while the first load runs, or the page's content. The usual content is one SearchableTable beside
// a details pane in a splitter, whose sizes (and the table's columns) are saved in the settings.
// A page is then its models, its columns, its details view and its actions:
//
//     MyPage::MyPage(QWidget *parent)
//         : ListPage(Names::of(u"my"_s, {120, 60}), parent)
//         , m_list(new SearchableTable({...}, this))
//         , m_details(new MyDetailsView(this))
//     {
//         m_list->setProxy(m_proxy);
//         ... columns, filters, actions ...
//         setListAndDetails(m_list, m_details); // also restores the saved layout
//         updateFrame();
//     }
//
// The page tells how far its list has loaded (loadState()) and calls updateFrame() and
// updateCount() when that changes. The message bar's action ("Retry") calls reload(); a language
// change calls retranslate(); the destructor saves the layout and cuts the children's connections
// to the page first, so that nothing they emit while being deleted reaches a half-destroyed page.
class ListPage : public PageWidget
{
    Q_OBJECT
public:
    ~ListPage() override;

    void focusSearch() override;
    [[nodiscard]] QList<QAction *> toolBarActions() const override { return m_toolBarActions; }
    // Remembers it (isCurrent()) and updates the actions.
    void setCurrent(bool current) override;
    // "Loading…" (the loading line's text) while signed in and loading; empty otherwise.
    [[nodiscard]] QString statusText() const override;

    // The splitter's sizes and the list's state (QSettings, under "<layoutKey>/splitter" and
    // ListState's keys: shown columns, sort column and order, the filters of the filter bar, and
    // with saveColumns the header's layout). The page saves them when it goes; the sort order and
    // the filters also as they change.
    void saveLayout() const;
    void restoreLayout();

    [[nodiscard]] MessageBar *messageBar() const { return m_message; }
    // The table of currentList().
    [[nodiscard]] QTableView *view() const;

    // The object names of the page's parts (tests and accessibility tools find them by these) and
    // where its layout is saved.
    struct Names
    {
        QString layoutKey;     // settings group of the layout ("clients"); empty: not saved
        QString content;       // object names: the content,
        QString signedOut;     //   the signed-out panel,
        QString signInButton;  //   its Sign In button,
        QString loading;       //   the loading line (empty: the page has none)
        QString splitter;      //   and the splitter of the list and the details
        QList<int> paneWidths; // the splitter's default widths, in average characters
        bool saveColumns = true;

        // The names of a page called `name`: "<name>PageContent", "<name>SignedOut",
        // "<name>SignInButton", "<name>Loading" and "<name>Splitter"; the layout under "<name>".
        static Names of(const QString &name, const QList<int> &paneWidths = {});
    };

Q_SIGNALS:
    // Show this client on the Clients page (the window does the switch).
    void showClientRequested(const QString &clientId);

protected:
    ListPage(const Names &names, QWidget *parent);

    // The usual content: `list`'s filter bar, `above` (may be nullptr), then the table and
    // `details` side by side; the count follows the list's rows. Restores the saved layout, so
    // call it once the columns are set up.
    void setListAndDetails(SearchableTable *list, QWidget *details, QWidget *above = nullptr);
    // Anything else: the content's layout, empty.
    [[nodiscard]] QVBoxLayout *contentLayout() const { return m_contentLayout; }
    [[nodiscard]] SignedOutPanel *signedOutPanel() const { return m_signedOutPanel; }
    void setLoadingText(const QString &text);

    // The list the search shortcut (Ctrl+F) goes to.
    [[nodiscard]] virtual SearchableTable *currentList() const { return m_list; }
    // Whether the first load is done, and whether one is running. Without a loading line, the
    // content shows as soon as someone is signed in. Once loaded, the count next to the search
    // field is the proxy's ("37 of 412 clients", SearchableTable::proxyCountText()).
    struct LoadState
    {
        bool loaded = true;
        bool loading = false;
    };
    [[nodiscard]] virtual LoadState loadState() const { return {}; }
    // The page's texts again, after a language change.
    virtual void retranslate() {}

    // Shows the signed-out panel, the loading line or the content, as the state is; then
    // updateCount() and updateActions().
    void updateFrame();
    // Sets the count and tells the window the status text.
    virtual void updateCount();
    // Enables the page's actions for the current row.
    virtual void updateActions() {}

    // The session: setSession() forgets the previous one's connections and message;
    // connectToSession() makes a connection that lasts until the next setSession().
    void setSession(SessionContext *context);
    template<class Sender, class Signal, class Slot>
    void connectToSession(const Sender *sender, Signal signal, Slot &&slot)
    {
        m_sessionConnections << connect(sender, signal, this, std::forward<Slot>(slot));
    }
    [[nodiscard]] SessionContext *context() const;
    [[nodiscard]] bool signedIn() const;
    [[nodiscard]] bool isCurrent() const { return m_current; }

    // The actions in the main toolbar while the page is current; nullptr stands for a separator.
    void setToolBarActions(const QList<QAction *> &actions) { m_toolBarActions = actions; }
    // An action of the page: its shortcut works while the page is shown, toolbar or not.
    QAction *addPageAction(const QString &icon, const QString &themeIcon, const QString &objectName,
                           const QKeySequence &shortcut = {});
    // "Edit (Ctrl+E)": the action's text without mnemonic and ellipsis, and its shortcut.
    static void setShortcutToolTip(QAction *action);

    void changeEvent(QEvent *event) override;

private:
    Names m_names;
    QPointer<SessionContext> m_context;
    QList<QMetaObject::Connection> m_sessionConnections;
    MessageBar *m_message;
    QStackedWidget *m_stack;
    SignedOutPanel *m_signedOutPanel;
    QLabel *m_loadingLabel = nullptr;
    QWidget *m_content;
    QVBoxLayout *m_contentLayout;
    QSplitter *m_splitter = nullptr;
    SearchableTable *m_list = nullptr;
    ListState *m_listState = nullptr; // a child of m_list
    QList<QAction *> m_toolBarActions;
    bool m_current = false;
};

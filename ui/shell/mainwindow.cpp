// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/mainwindow.h"

#include "app/controllers/sessioncontext.h"
#include "app/i18n/translations.h"
#include "app/net/apiclient.h"
#include "app/net/regions.h"
#include "app/services/session.h"
#include "ui/clients/clientspage.h"
#include "ui/compare/compareactions.h"
#include "ui/shell/pagewidget.h"
#include "ui/shell/uisettings.h"
#include "ui/shell/waitindicator.h"
#include "ui/widgets/ratebudgetlabel.h"
#include "ui/widgets/theme.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_nav(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_toolBar(new QToolBar(tr("Main toolbar"), this))
    , m_profileBadge(new QLabel(this))
    , m_identity(new QLabel(this))
    , m_pageStatus(new QLabel(this))
    , m_busyBar(new QProgressBar(this))
    , m_busyText(new QLabel(this))
    , m_wait(new WaitIndicator(this))
    , m_rateBudget(new RateBudgetLabel(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("OAuth Desk"));
    setWindowIcon(Theme::appIcon());

    // Navigation on the left, the pages on the right.
    m_nav->setObjectName(u"navigation"_s);
    m_nav->setAccessibleName(tr("Pages"));
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setIconSize(QSize(1, 1) * style()->pixelMetric(QStyle::PM_ToolBarIconSize));
    m_nav->setSpacing(2);
    m_nav->setSelectionMode(QAbstractItemView::SingleSelection);
    m_nav->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_nav->setFixedWidth(fontMetrics().averageCharWidth() * 22);
    m_nav->setBackgroundRole(QPalette::Window);
    m_stack->setObjectName(u"pages"_s);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_nav);
    auto *line = new QFrame(central);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    connect(m_nav, &QListWidget::currentRowChanged, this, &MainWindow::onCurrentPageChanged);

    // Toolbar: the current page's actions, then (right-aligned) the profile badge and sign-in.
    m_toolBar->setObjectName(u"mainToolBar"_s);
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setContextMenuPolicy(Qt::PreventContextMenu);
    addToolBar(Qt::TopToolBarArea, m_toolBar);

    m_profileBadge->setObjectName(u"profileBadge"_s);
    m_profileBadge->setVisible(false);
    m_profileBadge->setMargin(fontMetrics().averageCharWidth() / 2);

    // Status bar: who is signed in; on the right the page's count and the busy indicator.
    m_identity->setObjectName(u"identityLabel"_s);
    m_identity->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The identity gives way to the page's count when the window is narrow (its tooltip keeps
    // the whole text): a label that insists on its text's width made the status bar draw its
    // widgets over each other in longer languages.
    m_identity->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_identity->setMinimumWidth(fontMetrics().averageCharWidth() * 12);
    m_pageStatus->setObjectName(u"pageStatus"_s);
    m_busyBar->setObjectName(u"busyIndicator"_s);
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumWidth(fontMetrics().averageCharWidth() * 12);
    m_busyBar->setMaximumHeight(fontMetrics().height());
    m_busyBar->setVisible(false);
    m_busyBar->setAccessibleName(tr("Working"));
    m_busyText->setText(tr("Working…"));
    m_busyText->setVisible(false);
    statusBar()->addWidget(m_identity, 1);
    statusBar()->addPermanentWidget(m_rateBudget);
    statusBar()->addPermanentWidget(m_wait);
    statusBar()->addPermanentWidget(m_busyText);
    connect(m_wait, &WaitIndicator::waitingChanged, this,
            [this] { onBusyChanged(m_session && m_session->api()->inFlight() > 0); });
    statusBar()->addPermanentWidget(m_busyBar);
    statusBar()->addPermanentWidget(m_pageStatus);
    // The widgets on the right come and go and change their text: the org label is fitted again.
    statusBar()->installEventFilter(this);

    buildActions();
    buildMenus();
    refreshIdentity();
    restoreLayout();
}

MainWindow::~MainWindow()
{
    // The pages are destroyed with the widget tree after this body, the navigation and the stack
    // first: whatever they emit on the way (a controller cancelling its request reports "not
    // loading", the page's status text changes) must not reach this window's handlers, which read
    // widgets that are gone by then.
    for (const PageEntry &e : std::as_const(m_pages))
        disconnect(e.page, nullptr, this, nullptr);
    // The context's caches cancel their requests when they go, which reports "not busy" to us:
    // end that while our widgets still exist.
    for (const auto &c : std::as_const(m_sessionConnections))
        disconnect(c);
    m_wait->setApiClient(nullptr);
    delete m_context;
    m_context = nullptr;
}

void MainWindow::buildActions()
{
    m_signIn = new QAction(Theme::icon(u"signin"_s), tr("&Sign In…"), this);
    m_signIn->setObjectName(u"signInAction"_s);
    m_signIn->setToolTip(tr("Sign in to a Genesys Cloud org"));
    connect(m_signIn, &QAction::triggered, this, &MainWindow::signInRequested);

    m_signOut = new QAction(Theme::icon(u"signout"_s), tr("Sign &Out"), this);
    m_signOut->setObjectName(u"signOutAction"_s);
    connect(m_signOut, &QAction::triggered, this, &MainWindow::signOutRequested);

    m_reload = new QAction(Theme::icon(u"reload"_s, u"view-refresh"_s), tr("&Reload"), this);
    m_reload->setObjectName(u"reloadAction"_s);
    m_reload->setShortcut(QKeySequence::Refresh);
    m_reload->setToolTip(
        tr("Load the current page again (%1)").arg(m_reload->shortcut().toString(QKeySequence::NativeText)));
    connect(m_reload, &QAction::triggered, this, [this] {
        if (auto *p = qobject_cast<PageWidget *>(m_stack->currentWidget()))
            p->reload();
    });
    addAction(m_reload);

    m_find = new QAction(Theme::icon(u"search"_s, u"edit-find"_s), tr("&Find…"), this);
    m_find->setObjectName(u"findAction"_s);
    m_find->setShortcut(QKeySequence::Find);
    connect(m_find, &QAction::triggered, this, [this] {
        if (auto *p = qobject_cast<PageWidget *>(m_stack->currentWidget()))
            p->focusSearch();
    });
    addAction(m_find);

    m_quit = new QAction(tr("&Quit"), this);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_profileAction = m_toolBar->addWidget(m_profileBadge);
    m_profileAction->setVisible(false);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(u"fileMenu"_s); // sign-in adds its ways back in (SignInUi::install)
    file->addAction(m_signIn);
    file->addAction(m_signOut);
    file->addSeparator();
    addCompareActions(file, this, [this] { return session(); });
    file->addSeparator();
    file->addAction(m_quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(u"viewMenu"_s);
    view->addAction(m_reload);
    view->addAction(m_find);
    view->addSeparator();
    QMenu *theme = view->addMenu(tr("&Theme"));
    m_themeGroup = new QActionGroup(this);
    const struct
    {
        Theme::Mode mode;
        QString label;
    } modes[] = {{Theme::Mode::System, tr("Follow the &System")},
                 {Theme::Mode::Light, tr("&Light")},
                 {Theme::Mode::Dark, tr("&Dark")}};
    for (const auto &m : modes) {
        QAction *a = theme->addAction(m.label);
        a->setCheckable(true);
        a->setChecked(Theme::current() == m.mode);
        a->setData(Theme::modeId(m.mode));
        m_themeGroup->addAction(a);
        connect(a, &QAction::triggered, this, [mode = m.mode] {
            Theme::apply(mode);
            UiSettings::setTheme(Theme::modeId(mode));
        });
    }
    // The interface language (View > Language): saved, and applied at once to what can follow it;
    // descriptions from the server are fetched again in the new language.
    QMenu *language = view->addMenu(tr("&Language"));
    language->setObjectName(u"languageMenu"_s);
    auto *languages = new QActionGroup(language);
    QList<QPair<QString, QString>> choices{{u"system"_s, tr("Follow the &System")}};
    for (const Translations::Language &l : Translations::available())
        choices.append({l.id, l.nativeName});
    const QString currentLanguage = UiSettings::language();
    for (const auto &[id, label] : std::as_const(choices)) {
        QAction *a = language->addAction(label);
        a->setObjectName(u"language:"_s + id);
        a->setCheckable(true);
        a->setChecked(id == currentLanguage);
        languages->addAction(a);
        // An init-capture: clang before 16 cannot capture a structured binding.
        connect(a, &QAction::triggered, this, [this, languageId = id] { changeLanguage(languageId); });
    }
    view->addSeparator(); // the pages' shortcuts follow (addPage)

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard Shortcuts"));
    keys->setShortcut(QKeySequence::HelpContents);
    connect(keys, &QAction::triggered, this, &MainWindow::showShortcuts);
    QAction *about = help->addAction(tr("&About OAuth Desk"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

int MainWindow::addPage(const QString &key, PageWidget *page, const QString &title, const QIcon &icon,
                        const QKeySequence &shortcut)
{
    Q_ASSERT(page && !this->page(key));
    page->setObjectName(key + u"PageWidget"_s);
    const int index = m_stack->addWidget(page);
    auto *item = new QListWidgetItem(icon, title, m_nav);
    item->setSizeHint(QSize(0, fontMetrics().height() * 2 + 4));
    // Wide enough for the longest title in the interface's language ("Autorisierungen").
    const int wanted = m_nav->iconSize().width() + fontMetrics().horizontalAdvance(title) +
                       fontMetrics().averageCharWidth() * 6;
    if (wanted > m_nav->width())
        m_nav->setFixedWidth(wanted);
    item->setData(Qt::UserRole, key);
    PageEntry entry{key, page, nullptr};
    if (auto *view = menuBar()->findChild<QMenu *>(u"viewMenu"_s)) {
        entry.action = view->addAction(icon, title);
        entry.action->setShortcut(shortcut);
        connect(entry.action, &QAction::triggered, this, [this, key] { showPage(key); });
    }
    if (!shortcut.isEmpty())
        item->setToolTip(u"%1 (%2)"_s.arg(title, shortcut.toString(QKeySequence::NativeText)));
    m_pages.append(entry);
    if (const QString menuTitle = page->menuTitle(); !menuTitle.isEmpty()) {
        // Before Help: the page's actions, for discoverability and the shortcuts list.
        QMenu *menu = new QMenu(menuTitle, menuBar());
        for (QAction *a : page->menuActions()) {
            if (a)
                menu->addAction(a);
            else
                menu->addSeparator();
        }
        const QList<QAction *> top = menuBar()->actions();
        menuBar()->insertMenu(top.isEmpty() ? nullptr : top.last(), menu);
    }
    connectPage(page);
    page->setSessionContext(m_context);
    page->setCurrent(false);
    if (m_nav->currentRow() < 0)
        m_nav->setCurrentRow(0);
    return index;
}

void MainWindow::connectPage(PageWidget *page)
{
    connect(page, &PageWidget::statusTextChanged, this, [this, page](const QString &text) {
        if (m_stack->currentWidget() == page)
            m_pageStatus->setText(text);
    });
    connect(page, &PageWidget::signInRequested, this, &MainWindow::signInRequested);
}

bool MainWindow::replacePage(const QString &key, PageWidget *page)
{
    for (int i = 0; i < m_pages.size(); ++i) {
        PageEntry &e = m_pages[i];
        if (e.key != key)
            continue;
        const bool wasCurrent = m_stack->currentWidget() == e.page;
        PageWidget *old = e.page;
        page->setObjectName(key + u"PageWidget"_s);
        m_stack->insertWidget(i, page);
        m_stack->removeWidget(old);
        old->deleteLater();
        e.page = page;
        connectPage(page);
        page->setSessionContext(m_context);
        if (wasCurrent)
            onCurrentPageChanged(i);
        else
            page->setCurrent(false);
        return true;
    }
    return false;
}

PageWidget *MainWindow::page(const QString &key) const
{
    for (const PageEntry &e : m_pages) {
        if (e.key == key)
            return e.page;
    }
    return nullptr;
}

QString MainWindow::currentPageKey() const
{
    const int row = m_nav->currentRow();
    return row >= 0 && row < m_pages.size() ? m_pages.at(row).key : QString();
}

void MainWindow::showPage(const QString &key)
{
    for (int i = 0; i < m_pages.size(); ++i) {
        if (m_pages.at(i).key == key) {
            m_nav->setCurrentRow(i);
            return;
        }
    }
}

ClientsPage *MainWindow::clientsPage() const
{
    return qobject_cast<ClientsPage *>(page(ClientsKey));
}

void MainWindow::onCurrentPageChanged(int index)
{
    if (index < 0 || index >= m_pages.size())
        return;
    for (int i = 0; i < m_pages.size(); ++i) {
        if (i != index)
            m_pages.at(i).page->setCurrent(false);
    }
    PageWidget *page = m_pages.at(index).page;
    m_stack->setCurrentWidget(page);
    page->setCurrent(true);
    m_pageStatus->setText(page->statusText());
    refreshToolBar();
}

void MainWindow::refreshToolBar()
{
    // Rebuild: the page's actions, a stretch, the profile badge, sign-in.
    m_toolBar->clear();
    m_pageToolActions.clear();
    if (auto *page = qobject_cast<PageWidget *>(m_stack->currentWidget())) {
        for (QAction *a : page->toolBarActions()) {
            if (a)
                m_toolBar->addAction(a);
            else
                m_toolBar->addSeparator();
            m_pageToolActions.append(a);
        }
    }
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_reload);
    auto *stretch = new QWidget(m_toolBar);
    stretch->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(stretch);
    m_profileBadge->setParent(nullptr); // clear() deleted the old widget action, not the badge
    m_profileBadge->setParent(m_toolBar);
    m_profileAction = m_toolBar->addWidget(m_profileBadge);
    m_profileAction->setVisible(!m_profileBadge->text().isEmpty());
    m_toolBar->addAction(m_session && m_session->isSignedIn() ? m_signOut : m_signIn);
}

void MainWindow::setProfileLabel(const QString &text, const QColor &color)
{
    m_profileBadge->setText(text);
    if (color.isValid()) {
        const QColor fg = color.lightness() > 150 ? QColor(Qt::black) : QColor(Qt::white);
        m_profileBadge->setStyleSheet(
            u"QLabel { background: %1; color: %2; border-radius: 3px; font-weight: bold; }"_s.arg(
                color.name(), fg.name()));
    } else {
        m_profileBadge->setStyleSheet(u"QLabel { font-weight: bold; }"_s);
    }
    if (m_profileAction)
        m_profileAction->setVisible(!text.isEmpty());
}

void MainWindow::setSession(Session *session)
{
    if (session == m_session && m_context)
        return;
    for (const auto &c : std::as_const(m_sessionConnections))
        disconnect(c);
    m_sessionConnections.clear();
    m_session = session;
    SessionContext *old = m_context;
    m_context = session ? new SessionContext(session, this) : nullptr;
    if (session) {
        m_sessionConnections << connect(session, &Session::signedIn, this, [this] {
            refreshIdentity();
            refreshToolBar();
        });
        m_sessionConnections << connect(session, &Session::signedOut, this, [this] {
            refreshIdentity();
            refreshToolBar();
        });
        m_sessionConnections << connect(session->api(), &ApiClient::busyChanged, this,
                                        &MainWindow::onBusyChanged);
    }
    m_wait->setApiClient(session ? session->api() : nullptr);
    m_rateBudget->setBudget(session ? session->api()->rateBudget() : nullptr);
    for (const PageEntry &e : std::as_const(m_pages))
        e.page->setSessionContext(m_context);
    Q_EMIT sessionContextChanged(m_context);
    delete old;
    refreshIdentity();
    refreshToolBar();
}

Session *MainWindow::session() const
{
    return m_session;
}

void MainWindow::refreshIdentity()
{
    const bool signedIn = m_session && m_session->isSignedIn();
    m_signOut->setEnabled(signedIn);
    m_reload->setEnabled(signedIn); // every page needs a session to load from
    if (!signedIn) {
        m_identity->setText(tr("Not signed in"));
        m_identity->setToolTip(QString());
        setWindowTitle(tr("OAuth Desk"));
        return;
    }
    const TokenInfo &id = m_session->identity();
    const QString org = id.organization.displayName();
    const QString who = id.oauthClient.displayName();
    const Endpoints &ep = m_session->endpoints();
    if (ep.regionId.isEmpty()) {
        // A custom API URL: name the server, and say plainly when it is this machine (the sandbox).
        const QString host = ep.api.host() + (ep.api.port() > 0 ? u":%1"_s.arg(ep.api.port()) : QString());
        const QString server = isLoopbackHost(ep.api.host()) ? tr("this computer (%1)").arg(host) : host;
        m_identity->setText(tr("Org: %1 · Signed in as: %2 · Server: %3").arg(org, who, server));
    } else {
        m_identity->setText(tr("Org: %1 · Signed in as: %2 · Region: %3").arg(org, who, ep.regionId));
    }
    m_identity->setToolTip(m_session->describeIdentity());
    setWindowTitle(tr("%1 — OAuth Desk").arg(org));
    fitIdentity();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == statusBar() &&
        (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest)) {
        updateBusyText();
        fitIdentity();
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::fitIdentity()
{
    // The org label keeps its whole text: the rate budget beside it gets at most the room the
    // label and the other widgets leave (it shortens and elides its text, its tooltip keeps it
    // all). Only a maximum width is set, so the window can still be made narrower; there the
    // identity gives way too (its tooltip has it all).
    QStatusBar *bar = statusBar();
    const int spacing = std::max(bar->style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing), 6);
    int others = 0;
    for (const QWidget *w : bar->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (w == m_identity || w == m_rateBudget || w->isHidden() || w->isWindow())
            continue;
        const int hint = std::max(w->sizeHint().width(), w->minimumWidth());
        others += std::min(hint, w->maximumWidth()) + spacing;
    }
    const QMargins m = m_identity->contentsMargins();
    const int identity = m_identity->fontMetrics().horizontalAdvance(m_identity->text()) + m.left() +
                         m.right() + 2 * m_identity->margin() + 2;
    const int room = bar->contentsRect().width() - identity - others - 3 * spacing;
    const int most = std::max(m_rateBudget->minimumSizeHint().width(), room);
    if (m_rateBudget->maximumWidth() != most)
        m_rateBudget->setMaximumWidth(most);
    // A label's least width is its whole text: without a smaller one the status bar could not be
    // narrower than the org's name (647 px in German with the busy indicator shown).
    const int least = fontMetrics().averageCharWidth() * 12;
    if (m_identity->minimumWidth() != least)
        m_identity->setMinimumWidth(least);
}

void MainWindow::onBusyChanged(bool busy)
{
    m_busyBar->setVisible(busy);
    updateBusyText();
}

void MainWindow::updateBusyText()
{
    // The wait and the rate budget say more (and the org label needs the room).
    const bool shown = !m_busyBar->isHidden() && !m_wait->isWaiting() && m_rateBudget->isHidden();
    if (m_busyText->isHidden() == shown)
        m_busyText->setVisible(shown);
}

void MainWindow::saveLayout() const
{
    QSettings s;
    s.setValue(u"mainWindow/geometry"_s, saveGeometry());
    s.setValue(u"mainWindow/state"_s, saveState());
    s.setValue(u"mainWindow/page"_s, currentPageKey());
    if (auto *clients = clientsPage())
        clients->saveLayout();
}

void MainWindow::restoreLayout()
{
    QSettings s;
    const QByteArray geometry = s.value(u"mainWindow/geometry"_s).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // First run: most of the screen (the list, its columns and the details side by side), in
        // text units so that it scales with the font (HiDPI), never beyond the screen, centred.
        const QFontMetrics fm = fontMetrics();
        QSize size(fm.averageCharWidth() * 190, fm.height() * 44);
        if (const QScreen *screen = this->screen()) {
            const QRect available = screen->availableGeometry();
            size = size.expandedTo(available.size() * 0.85)
                       .boundedTo(QSize(fm.averageCharWidth() * 260, fm.height() * 62))
                       .boundedTo(available.size());
            resize(size);
            move(available.center() - QPoint(width() / 2, height() / 2));
        } else {
            resize(size);
        }
    }
    restoreState(s.value(u"mainWindow/state"_s).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::showShortcuts()
{
    auto *dlg = new QDialog(this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->setWindowTitle(tr("Keyboard Shortcuts"));
    auto *table = new QTableWidget(dlg);
    table->setAccessibleName(tr("Keyboard shortcuts"));
    table->setColumnCount(2);
    table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    QList<QAction *> actions;
    for (QMenu *menu : menuBar()->findChildren<QMenu *>()) {
        for (QAction *a : menu->actions()) {
            if (!a->shortcut().isEmpty() && !actions.contains(a))
                actions.append(a);
        }
    }
    table->setRowCount(int(actions.size()));
    for (int i = 0; i < actions.size(); ++i) {
        QString text = actions.at(i)->text();
        text.remove(u'&');
        table->setItem(i, 0, new QTableWidgetItem(text));
        table->setItem(i, 1,
                       new QTableWidgetItem(actions.at(i)->shortcut().toString(QKeySequence::NativeText)));
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dlg);
    connect(buttons, &QDialogButtonBox::rejected, dlg, &QDialog::reject);
    auto *layout = new QVBoxLayout(dlg);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dlg->resize(fontMetrics().averageCharWidth() * 60, fontMetrics().height() * 24);
    dlg->open();
}

void MainWindow::changeLanguage(const QString &id)
{
    UiSettings::setLanguage(id);
    const QLocale ui = Translations::install(Translations::parse(id).value_or(QLocale::system()), true);
    if (m_session)
        m_session->api()->setLanguage(ui); // the scope catalogue and authorizations reload
    // In the new language: the translators are installed.
    statusBar()->showMessage(tr("Language: %1. Descriptions are loaded again in it; menus and texts that are "
                                "already shown change when OAuth Desk starts again.")
                                 .arg(QLocale(ui).nativeLanguageName()),
                             20000);
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(QMessageBox::NoIcon, tr("About OAuth Desk"),
                                tr("<h3>OAuth Desk %1</h3><p>Manage the OAuth clients of your Genesys Cloud "
                                   "organization: find, create, edit and delete clients, regenerate secrets, "
                                   "and review authorizations, scopes and usage.</p>"
                                   "<p>Licensed under the GNU GPL, version 3 or later.</p>")
                                    .arg(QStringLiteral(OAUTHDESK_VERSION)),
                                QMessageBox::Close, this);
    box->setIconPixmap(Theme::appIcon().pixmap(QSize(64, 64), devicePixelRatioF()));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

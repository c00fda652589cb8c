// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/listpage.h"

#include "app/controllers/sessioncontext.h"
#include "app/services/session.h"
#include "ui/widgets/liststate.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/searchabletable.h"
#include "ui/widgets/signedoutpanel.h"
#include "ui/widgets/theme.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

ListPage::Names ListPage::Names::of(const QString &name, const QList<int> &paneWidths)
{
    return {name,
            name + u"PageContent"_s,
            name + u"SignedOut"_s,
            name + u"SignInButton"_s,
            name + u"Loading"_s,
            name + u"Splitter"_s,
            paneWidths};
}

ListPage::ListPage(const Names &names, QWidget *parent)
    : PageWidget(parent)
    , m_names(names)
    , m_message(new MessageBar(this))
    , m_stack(new QStackedWidget(this))
    , m_signedOutPanel(new SignedOutPanel(names.signedOut, names.signInButton, this))
    , m_content(new QWidget(this))
    , m_contentLayout(new QVBoxLayout(m_content))
{
    m_content->setObjectName(names.content);
    m_contentLayout->setContentsMargins(0, 0, 0, 0);
    m_stack->addWidget(m_content);
    m_stack->addWidget(m_signedOutPanel);
    connect(m_signedOutPanel, &SignedOutPanel::signInRequested, this, &PageWidget::signInRequested);
    if (!names.loading.isEmpty()) {
        m_loadingLabel = new QLabel(this);
        m_loadingLabel->setObjectName(names.loading);
        m_loadingLabel->setAlignment(Qt::AlignCenter);
        m_stack->addWidget(m_loadingLabel);
    }
    connect(m_message, &MessageBar::actionTriggered, this, [this] {
        m_message->hide();
        reload();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_stack, 1);
}

ListPage::~ListPage()
{
    saveLayout();
    // QWidget deletes the children after this destructor, but before this object's connections go:
    // nothing they emit on the way (a proxy losing its model, a controller cancelling) may reach
    // this half-destroyed page.
    for (QObject *child : findChildren<QObject *>())
        disconnect(child, nullptr, this, nullptr);
}

void ListPage::setListAndDetails(SearchableTable *list, QWidget *details, QWidget *above)
{
    m_list = list;
    m_splitter = new QSplitter(Qt::Horizontal, m_content);
    m_splitter->setObjectName(m_names.splitter);
    m_splitter->addWidget(list->view());
    m_splitter->addWidget(details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_contentLayout->addWidget(list->filterBar());
    if (above)
        m_contentLayout->addWidget(above);
    m_contentLayout->addWidget(m_splitter, 1);
    connect(list, &SearchableTable::rowsChanged, this, &ListPage::updateCount);
    restoreLayout();
}

QTableView *ListPage::view() const
{
    const SearchableTable *list = currentList();
    return list ? list->view() : nullptr;
}

void ListPage::setLoadingText(const QString &text)
{
    if (m_loadingLabel)
        m_loadingLabel->setText(text);
}

void ListPage::focusSearch()
{
    if (SearchableTable *list = currentList())
        list->focusSearch();
}

void ListPage::setCurrent(bool current)
{
    m_current = current;
    updateActions();
}

SessionContext *ListPage::context() const
{
    return m_context;
}

bool ListPage::signedIn() const
{
    return m_context && m_context->session() && m_context->session()->isSignedIn();
}

QString ListPage::statusText() const
{
    // The count is next to the search field; the status bar only says when the list is loading.
    if (!signedIn() || !m_loadingLabel)
        return {};
    return loadState().loading ? m_loadingLabel->text() : QString();
}

void ListPage::updateFrame()
{
    if (!signedIn())
        m_stack->setCurrentWidget(m_signedOutPanel);
    else if (const LoadState state = loadState(); m_loadingLabel && !state.loaded && state.loading)
        m_stack->setCurrentWidget(m_loadingLabel);
    else
        m_stack->setCurrentWidget(m_content);
    updateCount();
    updateActions();
}

void ListPage::updateCount()
{
    if (m_list)
        m_list->setCountText(loadState().loaded ? m_list->proxyCountText() : QString());
    Q_EMIT statusTextChanged(statusText());
}

void ListPage::setSession(SessionContext *context)
{
    for (const auto &c : std::as_const(m_sessionConnections))
        disconnect(c);
    m_sessionConnections.clear();
    m_context = context;
    m_message->hide();
}

QAction *ListPage::addPageAction(const QString &icon, const QString &themeIcon, const QString &objectName,
                                 const QKeySequence &shortcut)
{
    auto *a = new QAction(Theme::icon(icon, themeIcon), QString(), this);
    a->setObjectName(objectName);
    if (!shortcut.isEmpty()) {
        a->setShortcut(shortcut);
        a->setShortcutContext(Qt::WindowShortcut);
    }
    addAction(a); // the shortcut works while the page is shown, toolbar or not
    return a;
}

void ListPage::setShortcutToolTip(QAction *action)
{
    QString text = action->text();
    text.remove(u'&');
    text.remove(u'…');
    if (!action->shortcut().isEmpty())
        text += u" (%1)"_s.arg(action->shortcut().toString(QKeySequence::NativeText));
    action->setToolTip(text);
}

void ListPage::changeEvent(QEvent *event)
{
    PageWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_list)
            m_list->retranslateHeader();
    }
}

void ListPage::saveLayout() const
{
    if (m_names.layoutKey.isEmpty() || !m_splitter)
        return;
    QSettings s;
    s.setValue(m_names.layoutKey + u"/splitter"_s, m_splitter->saveState());
    if (m_listState)
        m_listState->save();
}

void ListPage::restoreLayout()
{
    if (m_names.layoutKey.isEmpty() || !m_splitter)
        return;
    QSettings s;
    if (!m_splitter->restoreState(s.value(m_names.layoutKey + u"/splitter"_s).toByteArray())) {
        const int w = m_splitter->fontMetrics().averageCharWidth();
        QList<int> sizes;
        for (int chars : m_names.paneWidths)
            sizes.append(w * chars);
        m_splitter->setSizes(sizes);
    }
    // The columns, the sort order and the filters (ListState).
    if (!m_listState)
        m_listState = new ListState(m_list, m_names.layoutKey, m_names.saveColumns);
    else
        m_listState->restore();
}

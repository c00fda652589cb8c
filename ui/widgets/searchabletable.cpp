// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/searchabletable.h"

#include "ui/widgets/emptylisthint.h"
#include "ui/widgets/searchnavigation.h"
#include "ui/widgets/theme.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QStyle>
#include <QTableView>

using namespace Qt::Literals::StringLiterals;

SearchableTable::SearchableTable(const Names &names, QWidget *parent)
    : QObject(parent)
    , m_filterBar(new QWidget(parent))
    , m_search(new QLineEdit(m_filterBar))
    , m_count(new QLabel(m_filterBar))
    , m_view(new QTableView(parent))
{
    m_search->setObjectName(names.search);
    m_search->setClearButtonEnabled(true);
    m_search->addAction(Theme::icon(u"search"_s, u"edit-find"_s), QLineEdit::LeadingPosition);
    m_count->setObjectName(names.count);
    m_count->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *bar = new QHBoxLayout(m_filterBar);
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_search, 1);
    bar->addSpacing(parent->fontMetrics().averageCharWidth());
    bar->addWidget(m_count);

    m_view->setObjectName(names.table);
    setUpTable(m_view);
    m_view->installEventFilter(this);
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        if (m_activatesOnDoubleClick)
            Q_EMIT activated();
    });
}

void SearchableTable::setUpTable(QTableView *view)
{
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setShowGrid(false);
    view->setCornerButtonEnabled(false);
    view->setTabKeyNavigation(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    const QFontMetrics fm = view->fontMetrics();
    view->verticalHeader()->setDefaultSectionSize(fm.height() + fm.height() / 2);
    QHeaderView *header = view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
}

void SearchableTable::setProxyModel(QSortFilterProxyModel *proxy, std::function<void(const QString &)> apply)
{
    m_proxy = proxy;
    m_apply = std::move(apply);
    m_view->setModel(proxy);
    m_navigation = new SearchNavigation(m_search, m_view, [this] { m_apply(m_search->text()); });
    new EmptyListHint(m_view, m_search, proxy); // "No results for …" in the empty table
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SearchableTable::currentChanged);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(proxy, signal, this, &SearchableTable::rowsChanged);
    connect(proxy, &QAbstractItemModel::modelReset, this, &SearchableTable::rowsChanged);
    // A big filter change is one layout change (ClientFilterProxyModel): the selection model then
    // drops a current row that the filter hid without saying so. Say it, so that the page never
    // shows or acts on a row that is no longer listed.
    connect(proxy, &QAbstractItemModel::layoutAboutToBeChanged, this,
            [this] { m_hadCurrent = m_view->currentIndex().isValid(); });
    connect(proxy, &QAbstractItemModel::layoutChanged, this, [this] {
        const bool lost = m_hadCurrent && !m_view->currentIndex().isValid();
        m_hadCurrent = false;
        if (lost)
            Q_EMIT currentChanged();
        Q_EMIT rowsChanged();
    });
    // The proxy announces rows removed (and inserted) while its source still counts them: the
    // count must follow the source's own signal too, or it reads "50 of 51" after a delete.
    auto watchSource = [this, proxy] {
        if (m_source)
            disconnect(m_source, nullptr, this, nullptr);
        m_source = proxy->sourceModel();
        if (!m_source)
            return;
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(m_source, signal, this, &SearchableTable::rowsChanged);
    };
    connect(proxy, &QAbstractProxyModel::sourceModelChanged, this, watchSource);
    watchSource();
}

void SearchableTable::onFilterChanged()
{
    Q_EMIT rowsChanged();
    // Keep something selected while searching, so that the details and Enter follow the result.
    if (m_selectsFirstMatch && !m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
}

void SearchableTable::addFilter(QWidget *widget)
{
    auto *bar = static_cast<QHBoxLayout *>(m_filterBar->layout());
    // Before the spacing and the count.
    bar->insertWidget(bar->count() - 2, widget);
    // Tab goes from the search field through the filters in the order they were added.
    if (widget->focusPolicy() & Qt::TabFocus) {
        QWidget::setTabOrder(m_lastFilter ? m_lastFilter : m_search, widget);
        m_lastFilter = widget;
    }
}

void SearchableTable::setCountText(const QString &text)
{
    m_count->setText(text);
}

void SearchableTable::setContextActions(const QList<QAction *> &actions)
{
    m_contextActions = actions;
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QTableView::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(m_view);
        for (QAction *a : std::as_const(m_contextActions)) {
            if (a)
                menu.addAction(a);
            else
                menu.addSeparator();
        }
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
}

void SearchableTable::sizeColumns(const QStringList &samples, bool fitHeaders)
{
    const QFontMetrics fm = m_view->fontMetrics();
    QHeaderView *header = m_view->horizontalHeader();
    const QFontMetrics hfm = header->fontMetrics();
    const int pad = fm.averageCharWidth() * 3;
    // A header also holds the sort arrow beside its text.
    const int mark = header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header) +
                     2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    for (int c = 0; c < samples.size(); ++c) {
        int width = fm.horizontalAdvance(samples.at(c));
        if (fitHeaders && m_view->model())
            width = std::max(
                width,
                hfm.horizontalAdvance(m_view->model()->headerData(c, Qt::Horizontal).toString()) + mark);
        header->resizeSection(c, width + pad);
    }
}

void SearchableTable::addColumnMenu(int fixedColumn)
{
    QHeaderView *header = m_view->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this,
            [this, header, fixedColumn](const QPoint &pos) {
                QMenu menu(m_view);
                const QAbstractItemModel *model = m_view->model();
                for (int c = 0; c < model->columnCount(); ++c) {
                    QAction *a = menu.addAction(model->headerData(c, Qt::Horizontal).toString());
                    a->setCheckable(true);
                    a->setChecked(!header->isSectionHidden(c));
                    a->setEnabled(c != fixedColumn);
                    connect(a, &QAction::toggled, header,
                            [header, c](bool on) { header->setSectionHidden(c, !on); });
                }
                menu.exec(header->mapToGlobal(pos));
            });
}

void SearchableTable::retranslateHeader()
{
    if (QAbstractItemModel *model = m_proxy ? m_proxy->sourceModel() : nullptr) {
        if (model->columnCount() > 0)
            Q_EMIT model->headerDataChanged(Qt::Horizontal, 0, model->columnCount() - 1);
    }
    m_view->viewport()->update();
}

void SearchableTable::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void SearchableTable::applySearchNow()
{
    if (m_navigation)
        m_navigation->applyNow();
}

bool SearchableTable::showRow(const QModelIndex &sourceIndex, const std::function<void()> &clearPageFilters)
{
    return m_navigation && m_navigation->showRow(m_proxy, sourceIndex, clearPageFilters);
}

bool SearchableTable::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers() == Qt::NoModifier) {
            Q_EMIT activated();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

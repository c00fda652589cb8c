// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/liststate.h"

#include "ui/widgets/searchabletable.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QHeaderView>
#include <QSet>
#include <QSettings>
#include <QTableView>

using namespace Qt::Literals::StringLiterals;

namespace {
// These take the view and the filter bar, never the SearchableTable: the state is saved while the
// list is being destroyed (its children go after it has stopped being a SearchableTable).
QList<QComboBox *> combos(const QWidget *filterBar)
{
    QList<QComboBox *> out;
    for (QComboBox *c : filterBar->findChildren<QComboBox *>()) {
        if (!c->objectName().isEmpty() && !c->isEditable())
            out.append(c);
    }
    return out;
}

QList<QAbstractButton *> toggles(const QWidget *filterBar)
{
    QList<QAbstractButton *> out;
    for (QAbstractButton *b : filterBar->findChildren<QAbstractButton *>()) {
        if (!b->objectName().isEmpty() && b->isCheckable())
            out.append(b);
    }
    return out;
}

int columnCount(const QTableView *view)
{
    const QAbstractItemModel *m = view->model();
    return m ? m->columnCount() : 0;
}
} // namespace

ListState::ListState(SearchableTable *list, const QString &key, bool withLayout)
    : QObject(list)
    , m_view(list->view())
    , m_filterBar(list->filterBar())
    , m_key(key)
    , m_withLayout(withLayout)
{
    restore();
    watchFilters();
    QHeaderView *header = m_view->horizontalHeader();
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this] {
        if (!m_restoring)
            saveSort();
    });
    connect(header, &QHeaderView::sectionCountChanged, this, [this] {
        if (!m_restoring)
            save();
    });
}

ListState::~ListState()
{
    save();
}

void ListState::watchFilters()
{
    for (QComboBox *c : combos(m_filterBar)) {
        connect(c, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_restoring)
                saveFilters();
        });
    }
    for (QAbstractButton *b : toggles(m_filterBar)) {
        connect(b, &QAbstractButton::toggled, this, [this] {
            if (!m_restoring)
                saveFilters();
        });
    }
}

void ListState::saveFilters() const
{
    if (!alive())
        return;
    QSettings s;
    for (const QComboBox *c : combos(m_filterBar)) {
        const QVariant data = c->currentData();
        // The item's data when it has one (stable across languages), else its position.
        s.setValue(m_key + u"/filters/"_s + c->objectName(),
                   data.isValid() ? data : QVariant(u"#%1"_s.arg(c->currentIndex())));
    }
    for (const QAbstractButton *b : toggles(m_filterBar))
        s.setValue(m_key + u"/filters/"_s + b->objectName(), b->isChecked());
}

void ListState::saveSort() const
{
    if (!alive())
        return;
    QSettings s;
    const QHeaderView *header = m_view->horizontalHeader();
    s.setValue(m_key + u"/columns"_s, columnCount(m_view));
    s.setValue(m_key + u"/sortColumn"_s, header->sortIndicatorSection());
    s.setValue(m_key + u"/sortOrder"_s,
               header->sortIndicatorOrder() == Qt::DescendingOrder ? u"descending"_s : u"ascending"_s);
}

void ListState::save() const
{
    if (!alive() || columnCount(m_view) == 0)
        return; // no model (yet, or any more): nothing to say about columns
    QSettings s;
    const QHeaderView *header = m_view->horizontalHeader();
    QList<QVariant> hidden;
    for (int c = 0; c < header->count(); ++c) {
        if (header->isSectionHidden(c))
            hidden.append(c);
    }
    s.setValue(m_key + u"/hiddenColumns"_s, hidden);
    if (m_withLayout)
        s.setValue(m_key + u"/header"_s, header->saveState());
    saveSort();
    saveFilters();
}

void ListState::restore()
{
    if (!alive())
        return;
    m_restoring = true;
    QSettings s;
    for (QComboBox *c : combos(m_filterBar)) {
        const QVariant saved = s.value(m_key + u"/filters/"_s + c->objectName());
        if (!saved.isValid())
            continue;
        int at = -1;
        if (const QString text = saved.toString(); text.startsWith(u'#')) {
            at = text.mid(1).toInt();
        } else {
            for (int i = 0; i < c->count() && at < 0; ++i) {
                if (c->itemData(i).isValid() && c->itemData(i).toString() == text)
                    at = i;
            }
        }
        if (at >= 0 && at < c->count())
            c->setCurrentIndex(at);
    }
    for (QAbstractButton *b : toggles(m_filterBar)) {
        const QVariant saved = s.value(m_key + u"/filters/"_s + b->objectName());
        if (saved.isValid())
            b->setChecked(saved.toBool());
    }

    QTableView *view = m_view;
    QHeaderView *header = view->horizontalHeader();
    const int columns = columnCount(m_view);
    // Column numbers mean something only for the columns they were saved with.
    if (columns > 0 && s.value(m_key + u"/columns"_s).toInt() == columns) {
        if (m_withLayout)
            header->restoreState(s.value(m_key + u"/header"_s).toByteArray());
        QSet<int> hidden;
        for (const QVariant &v : s.value(m_key + u"/hiddenColumns"_s).toList())
            hidden.insert(v.toInt());
        for (int c = 0; c < columns; ++c)
            header->setSectionHidden(c, hidden.contains(c));
        const int sortColumn = s.value(m_key + u"/sortColumn"_s, -1).toInt();
        if (sortColumn >= 0 && sortColumn < columns)
            view->sortByColumn(sortColumn, s.value(m_key + u"/sortOrder"_s).toString() == "descending"_L1
                                               ? Qt::DescendingOrder
                                               : Qt::AscendingOrder);
    }
    m_restoring = false;
}

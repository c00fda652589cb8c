// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/insights/toneicondelegate.h"

#include <QHeaderView>
#include <QMenu>
#include <QPainter>
#include <QSaveFile>
#include <QTableView>

using namespace Qt::Literals::StringLiterals;

namespace insightsviews {

QTableView *makeTable(QWidget *parent, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
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
    return view;
}

// Column widths from what the columns show, so that they fit in any font and at any scale.
void sizeColumns(QTableView *view, const QStringList &samples)
{
    const QFontMetrics fm = view->fontMetrics();
    const int pad = fm.averageCharWidth() * 3;
    for (int c = 0; c < samples.size(); ++c)
        view->horizontalHeader()->resizeSection(c, fm.horizontalAdvance(samples.at(c)) + pad);
}

// The header's context menu: show or hide columns (the name column stays).
void addColumnMenu(QTableView *view, int fixedColumn)
{
    QHeaderView *header = view->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(header, &QHeaderView::customContextMenuRequested, view,
                     [view, header, fixedColumn](const QPoint &pos) {
                         QMenu menu(view);
                         QAbstractItemModel *model = view->model();
                         for (int c = 0; c < model->columnCount(); ++c) {
                             QAction *a = menu.addAction(model->headerData(c, Qt::Horizontal).toString());
                             a->setCheckable(true);
                             a->setChecked(!header->isSectionHidden(c));
                             a->setEnabled(c != fixedColumn);
                             QObject::connect(a, &QAction::toggled, header,
                                              [header, c](bool on) { header->setSectionHidden(c, !on); });
                         }
                         menu.exec(header->mapToGlobal(pos));
                     });
}

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

ToneIconDelegate::ToneIconDelegate(Pick pick, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_pick(std::move(pick))
{}

void ToneIconDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto [name, tone] = m_pick(index);
    if (name.isEmpty())
        return;
    const int size = std::max(8, option->fontMetrics.height() - 2);
    const qreal dpr = option->widget ? option->widget->devicePixelRatioF() : 1.0;
    // Keyed by the palette too: the tones differ between light and dark.
    const QString key = u"%1/%2/%3/%4/%5"_s.arg(name).arg(int(tone)).arg(size).arg(dpr).arg(Theme::isDark());
    QPixmap pm = m_cache.value(key);
    if (pm.isNull()) {
        pm = Theme::icon(name).pixmap(QSize(size, size), dpr);
        QPainter p(&pm);
        p.setCompositionMode(QPainter::CompositionMode_SourceIn);
        p.fillRect(QRect(QPoint(0, 0), pm.size()), Theme::toneColor(tone));
        p.end();
        m_cache.insert(key, pm);
    }
    option->icon = QIcon(pm);
    option->decorationSize = QSize(size, size);
    option->features |= QStyleOptionViewItem::HasDecoration;
}

} // namespace insightsviews

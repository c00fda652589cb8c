// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/usage/usagetableview.h"

#include "ui/widgets/searchabletable.h"

#include "models/itemmodels/usagetablemodel.h"

#include <QHeaderView>
#include <QLocale>
#include <QStyledItemDelegate>

using namespace Qt::Literals::StringLiterals;

namespace {
// The totals row in bold, whatever the style.
class TotalsDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(UsageTableModel::IsTotalRole).toBool())
            option->font.setBold(true);
    }
};
} // namespace

UsageTableView::UsageTableView(UsageTableModel *model, QWidget *parent)
    : QTableView(parent)
    , m_table(model)
{
    setObjectName(u"usageTable"_s);
    setAccessibleName(tr("Usage table"));
    setModel(m_table);
    setItemDelegate(new TotalsDelegate(this));
    SearchableTable::setUpTable(this);
    // Unlike the lists: several rows can be selected, and the endpoint column stretches (below).
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    sortByColumn(UsageTableModel::DateColumn, Qt::AscendingOrder);
    QHeaderView *header = horizontalHeader();
    header->setStretchLastSection(false);

    // Widths from what the columns show, so any font and scale fits; the endpoint takes the rest.
    const QFontMetrics fm = fontMetrics();
    const int pad = fm.averageCharWidth() * 3;
    const QLocale locale;
    const QString number = locale.toString(qint64(123456789));
    for (int c = 0; c < UsageTableModel::ColumnCount; ++c) {
        QString sample = number;
        if (c == UsageTableModel::DateColumn)
            sample = usagetext::bucketLabel(0, 0, UsageBucket::Week, locale) + u"00"_s;
        else if (c == UsageTableModel::MethodColumn)
            sample = u"DELETE"_s;
        else if (c == UsageTableModel::ErrorShareColumn)
            sample = usagetext::percent(0.999, locale);
        const int head =
            header->fontMetrics().horizontalAdvance(m_table->headerData(c, Qt::Horizontal).toString());
        header->resizeSection(c, std::max(fm.horizontalAdvance(sample), head) + pad);
    }
    header->setSectionResizeMode(UsageTableModel::EndpointColumn, QHeaderView::Stretch);
}

void UsageTableView::updateColumnVisibility()
{
    for (int c = 0; c < UsageTableModel::ColumnCount; ++c)
        setColumnHidden(c, !m_table->isColumnUsed(c));
}

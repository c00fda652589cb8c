// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/compare/difftree.h"

#include <QHeaderView>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int KindRole = Qt::UserRole + 1;

bool promotable(ClientDifference::Kind kind)
{
    return kind == ClientDifference::Kind::Removed || kind == ClientDifference::Kind::Changed;
}
QString wrappedToolTip(const QString &value)
{
    return u"<p style=\"white-space:pre-wrap\">"_s + value.toHtmlEscaped() + u"</p>"_s;
}
} // namespace

DiffTree::DiffTree(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(u"diffTree"_s);
    setColumnCount(ColumnCount);
    setHeaderLabels({tr("Client / field"), tr("Difference"), tr("A"), tr("B")});
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setTextElideMode(Qt::ElideMiddle);
    // A and B share the width left by the name and the kind, so neither side is cut short.
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(ClientColumn, QHeaderView::Interactive);
    header()->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(AColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(BColumn, QHeaderView::Stretch);
    header()->resizeSection(ClientColumn, fontMetrics().averageCharWidth() * 32);
    setAccessibleName(tr("Differences"));
    connect(this, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        if (column == ClientColumn && !item->parent())
            Q_EMIT checkedChanged();
    });
}

void DiffTree::setDiff(const SnapshotDiff &diff)
{
    m_diff = diff;
    const QSignalBlocker block(this);
    clear();
    for (const ClientDifference &d : diff.entries) {
        auto *item = new QTreeWidgetItem(this);
        item->setText(ClientColumn, d.name);
        item->setText(KindColumn, diffKindLabel(d.kind));
        item->setData(ClientColumn, KindRole, int(d.kind));
        item->setText(AColumn, d.idsA.join(u", "_s));
        item->setText(BColumn, d.idsB.join(u", "_s));
        // QTreeWidgetItem is checkable by default: only what can be promoted keeps it.
        if (promotable(d.kind)) {
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(ClientColumn, Qt::Unchecked);
        } else {
            item->setFlags(item->flags() & ~Qt::ItemIsUserCheckable);
        }
        if (d.kind == ClientDifference::Kind::Ambiguous)
            item->setToolTip(KindColumn, tr("The name is not unique, so the clients are not matched. Rename "
                                            "them to compare them."));
        for (const FieldChange &c : d.changes) {
            auto *child = new QTreeWidgetItem(item);
            child->setFlags(child->flags() & ~Qt::ItemIsUserCheckable);
            child->setText(ClientColumn, c.field);
            child->setText(AColumn, diffValueText(c.before));
            child->setText(BColumn, diffValueText(c.after));
            // The whole value in the tooltip (rich text, so that it wraps), cut in the middle on
            // screen: a change at the end of a long description stays visible.
            child->setToolTip(AColumn, wrappedToolTip(child->text(AColumn)));
            child->setToolTip(BColumn, wrappedToolTip(child->text(BColumn)));
        }
    }
    expandAll();
    resizeColumnToContents(ClientColumn);
    resizeColumnToContents(KindColumn);
    applyFilters();
    Q_EMIT checkedChanged();
}

void DiffTree::setKindShown(ClientDifference::Kind kind, bool shown)
{
    if (shown)
        m_hidden.remove(kind);
    else
        m_hidden.insert(kind);
    applyFilters();
}

void DiffTree::setFilterText(const QString &text)
{
    m_filter = text.trimmed();
    applyFilters();
}

void DiffTree::applyFilters()
{
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = topLevelItem(i);
        const auto kind = ClientDifference::Kind(item->data(ClientColumn, KindRole).toInt());
        // A client whose name matches shows all its fields; else only the fields that match.
        const bool nameMatches =
            m_filter.isEmpty() || item->text(ClientColumn).contains(m_filter, Qt::CaseInsensitive);
        bool fieldMatches = false;
        for (int c = 0; c < item->childCount(); ++c) {
            QTreeWidgetItem *field = item->child(c);
            const bool matches = field->text(ClientColumn).contains(m_filter, Qt::CaseInsensitive);
            fieldMatches = fieldMatches || matches;
            field->setHidden(!nameMatches && !matches);
        }
        item->setHidden(m_hidden.contains(kind) || !(nameMatches || fieldMatches));
    }
}

QStringList DiffTree::checkedNames() const
{
    QStringList names;
    for (int i = 0; i < topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = topLevelItem(i);
        if ((item->flags() & Qt::ItemIsUserCheckable) && item->checkState(ClientColumn) == Qt::Checked &&
            !item->isHidden())
            names.append(item->text(ClientColumn));
    }
    return names;
}

void DiffTree::setAllChecked(bool checked)
{
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = topLevelItem(i);
        if ((item->flags() & Qt::ItemIsUserCheckable) && !item->isHidden())
            item->setCheckState(ClientColumn, checked ? Qt::Checked : Qt::Unchecked);
    }
}

QTreeWidgetItem *DiffTree::itemForName(const QString &name) const
{
    for (int i = 0; i < topLevelItemCount(); ++i) {
        if (topLevelItem(i)->text(ClientColumn) == name)
            return topLevelItem(i);
    }
    return nullptr;
}

int DiffTree::visibleClientCount() const
{
    int n = 0;
    for (int i = 0; i < topLevelItemCount(); ++i)
        n += topLevelItem(i)->isHidden() ? 0 : 1;
    return n;
}

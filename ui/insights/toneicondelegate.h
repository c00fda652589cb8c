// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/widgets/theme.h"

#include <QHash>
#include <QPixmap>
#include <QStyledItemDelegate>

#include <functional>
#include <utility>

QT_FORWARD_DECLARE_CLASS(QTableView)

// Small pieces of the Insights page's two lists: the table set-up they share, and the delegate that
// puts a toned icon before the usage status and the severity.
namespace insightsviews {

// A read-only, sortable, single-selection table with movable columns and compact rows.
[[nodiscard]] QTableView *makeTable(QWidget *parent, const QString &objectName);
// Column widths from sample texts, so that they fit in any font and at any scale.
void sizeColumns(QTableView *view, const QStringList &samples);
// The header's context menu: show or hide columns (`fixedColumn` stays).
void addColumnMenu(QTableView *view, int fixedColumn);
// Writes `bytes` to `path` atomically (QSaveFile); false with `error` set when it fails.
bool writeFile(const QString &path, const QByteArray &bytes, QString *error);

// Puts a small icon in the tone of its meaning before a cell's text (unused clients, severities),
// so the eye finds them in a long list; the text says the same for screen readers and exports.
class ToneIconDelegate final : public QStyledItemDelegate
{
public:
    using Pick = std::function<std::pair<QString, Theme::Tone>(const QModelIndex &)>; // no name: no icon

    ToneIconDelegate(Pick pick, QObject *parent);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    Pick m_pick;
    mutable QHash<QString, QPixmap> m_cache;
};

} // namespace insightsviews

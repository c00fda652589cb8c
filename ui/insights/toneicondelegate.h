// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/widgets/theme.h"

#include <QHash>
#include <QPixmap>
#include <QStyledItemDelegate>

#include <functional>
#include <utility>

namespace insightsviews {

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

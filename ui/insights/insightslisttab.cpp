// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/insights/insightslisttab.h"

#include "ui/widgets/searchabletable.h"
#include "ui/widgets/theme.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

InsightsListTab::InsightsListTab(InsightsController *controller, const Names &names, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_list(new SearchableTable({names.search, names.table, names.count}, this))
    , m_filterLabel(new QLabel(this))
    , m_filter(new QComboBox(this))
    , m_layout(new QVBoxLayout(this))
    , m_deactivateButton(new QPushButton(this))
    , m_exportConfigurationButton(new QPushButton(this))
    , m_showClientButton(new QPushButton(this))
    , m_exportCsvButton(new QPushButton(this))
{
    setObjectName(names.tab);
    m_filter->setObjectName(names.filter);
    m_filterLabel->setBuddy(m_filter);
    m_list->addFilter(m_filterLabel);
    m_list->addFilter(m_filter);
    // The rows stay as the user left them: a search does not pick one.
    m_list->setSelectsFirstMatch(false);
    // Shift/Ctrl-click, Shift+arrows and Ctrl+A select several clients for the bulk actions.
    m_list->view()->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_deactivateButton->setObjectName(names.deactivate);
    m_exportConfigurationButton->setObjectName(names.exportConfiguration);
    m_showClientButton->setObjectName(names.showClient);
    m_exportCsvButton->setObjectName(names.exportCsv);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_deactivateButton);
    buttons->addWidget(m_exportConfigurationButton);
    buttons->addWidget(m_showClientButton);
    buttons->addStretch(1);
    buttons->addWidget(m_exportCsvButton);
    m_layout->addWidget(m_list->filterBar());
    m_layout->addWidget(m_list->view(), 1);
    m_layout->addLayout(buttons);
}

QTableView *InsightsListTab::view() const
{
    return m_list->view();
}

QStringList InsightsListTab::selectedClientIds() const
{
    QStringList ids;
    const QItemSelectionModel *selection = view()->selectionModel();
    if (!selection || m_clientIdRole < 0)
        return ids;
    QModelIndexList rows = selection->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QSet<QString> seen; // the checks list a client once per finding
    for (const QModelIndex &i : std::as_const(rows)) {
        const QString id = i.data(m_clientIdRole).toString();
        if (!id.isEmpty() && !seen.contains(id)) {
            seen.insert(id);
            ids << id;
        }
    }
    return ids;
}

void InsightsListTab::selectOnlyCurrent()
{
    const QModelIndex current = view()->currentIndex();
    if (current.isValid())
        view()->selectionModel()->select(current,
                                         QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void InsightsListTab::setActions(const Actions &actions)
{
    m_actions = actions;
    connect(m_deactivateButton, &QPushButton::clicked, actions.deactivate, &QAction::trigger);
    connect(m_exportConfigurationButton, &QPushButton::clicked, actions.exportConfiguration,
            &QAction::trigger);
    connect(m_showClientButton, &QPushButton::clicked, actions.showClient, &QAction::trigger);
    connect(m_exportCsvButton, &QPushButton::clicked, actions.exportCsv, &QAction::trigger);
    QList<QAction *> context{actions.showClient, actions.deactivate};
    for (QAction *a : {actions.activateSelected, actions.deleteSelected}) {
        if (a)
            context << a;
    }
    context << actions.exportConfiguration;
    m_list->setContextActions(context);
    connect(m_list, &SearchableTable::activated, actions.showClient, &QAction::trigger);
    retranslate();
}

void InsightsListTab::updateButtons(bool usable)
{
    const QAction *deactivate = m_actions.deactivate;
    if (!deactivate)
        return;
    m_deactivateButton->setEnabled(deactivate->isEnabled());
    m_deactivateButton->setText(deactivate->text());
    m_deactivateButton->setIcon(deactivate->icon());
    m_deactivateButton->setToolTip(deactivate->toolTip());
    m_exportConfigurationButton->setEnabled(m_actions.exportConfiguration->isEnabled());
    m_showClientButton->setEnabled(m_actions.showClient->isEnabled());
    m_exportCsvButton->setEnabled(usable && hasList());
}

void InsightsListTab::addAboveTable(QWidget *widget)
{
    m_layout->insertWidget(m_layout->indexOf(m_list->view()), widget);
}

void InsightsListTab::addBelowTable(QWidget *widget)
{
    m_layout->insertWidget(m_layout->indexOf(m_list->view()) + 1, widget);
}

void InsightsListTab::setCountText(const QString &summary)
{
    const QAbstractItemModel *shown = m_list->proxy();
    const QAbstractItemModel *all = shown ? m_list->proxy()->sourceModel() : nullptr;
    if (summary.isEmpty() || !all || shown->rowCount() == all->rowCount())
        m_list->setCountText(summary);
    else
        m_list->setCountText(tr("%1 of %2 shown · ").arg(shown->rowCount()).arg(all->rowCount()) + summary);
}

void InsightsListTab::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void InsightsListTab::retranslate()
{
    m_exportConfigurationButton->setText(tr("E&xport Configuration…"));
    m_exportConfigurationButton->setIcon(Theme::icon(u"export"_s, u"document-export"_s));
    m_exportConfigurationButton->setToolTip(
        tr("Save the selected client's configuration as JSON, without its secret, in the "
           "shape 'oauthdesk-cli clients create' accepts"));
    m_showClientButton->setText(tr("Sho&w in Clients"));
    m_showClientButton->setIcon(Theme::icon(u"clients"_s));
    m_exportCsvButton->setText(tr("&Export CSV…"));
    m_exportCsvButton->setIcon(Theme::icon(u"export"_s, u"document-export"_s));
    if (const QAction *exportCsv = m_actions.exportCsv)
        m_exportCsvButton->setToolTip(
            tr("Save this list as CSV (%1)").arg(exportCsv->shortcut().toString(QKeySequence::NativeText)));
    m_list->retranslateHeader();
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/roledivisionpicker.h"

#include "app/controllers/directorycache.h"
#include "ui/widgets/theme.h"

#include <QComboBox>
#include <QCompleter>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

using namespace Qt::Literals::StringLiterals;

RoleDivisionPicker::RoleDivisionPicker(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2, this))
    , m_role(new QComboBox(this))
    , m_division(new QComboBox(this))
    , m_add(new QPushButton(Theme::icon(u"add"_s, u"list-add"_s), tr("&Add Role"), this))
    , m_remove(new QPushButton(Theme::icon(u"delete"_s, u"list-remove"_s), tr("Remove"), this))
    , m_status(new QLabel(this))
{
    m_table->setObjectName(u"roleTable"_s);
    m_table->setAccessibleName(tr("Roles and divisions"));
    m_table->setHorizontalHeaderLabels({tr("Role"), tr("Division")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->setMinimumHeight(fontMetrics().height() * 6);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + fontMetrics().height() / 2);

    // The role list is editable only to search it: typing filters by any part of the name.
    m_role->setObjectName(u"roleBox"_s);
    m_role->setAccessibleName(tr("Role to add"));
    m_role->setEditable(true);
    m_role->setInsertPolicy(QComboBox::NoInsert);
    m_role->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_role->completer()->setFilterMode(Qt::MatchContains);
    m_role->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_role->lineEdit()->setPlaceholderText(tr("Type to search roles"));
    m_role->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_role->setMinimumContentsLength(24);
    m_division->setObjectName(u"divisionBox"_s);
    m_division->setAccessibleName(tr("Division of the role"));
    m_division->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_division->setMinimumContentsLength(18);
    m_add->setObjectName(u"addRoleButton"_s);
    m_remove->setObjectName(u"removeRoleButton"_s);
    m_status->setObjectName(u"roleStatus"_s);
    m_status->setWordWrap(true);

    connect(m_add, &QPushButton::clicked, this, &RoleDivisionPicker::addCurrent);
    connect(m_remove, &QPushButton::clicked, this, &RoleDivisionPicker::removeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RoleDivisionPicker::updateButtons);
    connect(m_role, &QComboBox::currentIndexChanged, this, &RoleDivisionPicker::updateButtons);
    connect(m_role, &QComboBox::currentTextChanged, this, &RoleDivisionPicker::updateButtons);
    connect(m_division, &QComboBox::currentIndexChanged, this, &RoleDivisionPicker::updateButtons);
    connect(m_role->lineEdit(), &QLineEdit::returnPressed, this, [this] {
        if (m_add->isEnabled())
            addCurrent();
    });

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 0, 0, 1, 4);
    layout->addWidget(m_role, 1, 0);
    layout->addWidget(m_division, 1, 1);
    layout->addWidget(m_add, 1, 2);
    layout->addWidget(m_remove, 1, 3);
    layout->addWidget(m_status, 2, 0, 1, 4);
    layout->setColumnStretch(0, 3);
    layout->setColumnStretch(1, 2);
    refreshChoices();
}

void RoleDivisionPicker::setDirectory(DirectoryCache *directory)
{
    if (m_directory)
        disconnect(m_directory, nullptr, this, nullptr);
    m_directory = directory;
    if (directory) {
        connect(directory, &DirectoryCache::changed, this, &RoleDivisionPicker::refreshChoices);
        connect(directory, &DirectoryCache::failed, this, &RoleDivisionPicker::refreshChoices);
        connect(directory, &DirectoryCache::loadingChanged, this, &RoleDivisionPicker::refreshChoices);
        directory->load();
    }
    refreshChoices();
}

void RoleDivisionPicker::setPairs(const QList<RoleDivision> &pairs)
{
    m_pairs = pairs;
    refreshTable();
}

QString RoleDivisionPicker::roleText(const QString &id) const
{
    const QString name = m_directory ? m_directory->roleName(id) : QString();
    return name.isEmpty() ? id : name;
}

QString RoleDivisionPicker::divisionText(const QString &id) const
{
    if (id.isEmpty())
        return tr("(home division)");
    const QString name = m_directory ? m_directory->divisionName(id) : QString();
    if (name.isEmpty())
        return id;
    if (m_directory && id == m_directory->homeDivisionId())
        return tr("%1 (home division)").arg(name);
    return name;
}

void RoleDivisionPicker::refreshChoices()
{
    const QString role = m_role->currentIndex() >= 0 ? m_role->currentData().toString() : QString();
    const QString typedRole = m_role->currentText();
    const QString division = m_division->currentData().toString();
    m_role->clear();
    m_division->clear();
    if (m_directory) {
        for (const Role &r : m_directory->roles())
            m_role->addItem(r.name.isEmpty() ? r.id : r.name, r.id);
        m_division->addItem(tr("All divisions"), DirectoryCache::AllDivisions);
        for (const Division &d : m_directory->divisions())
            m_division->addItem(divisionText(d.id), d.id);
    }
    // Nothing is picked until the user picks it: not the first role of the list (often "admin"),
    // and never "All divisions" by default. The division starts at the home division (the
    // platform's default) when it is known.
    m_role->setCurrentIndex(m_role->findData(role));
    if (m_role->currentIndex() < 0)
        m_role->setEditText(typedRole);
    const QString preferred =
        !division.isEmpty() ? division : (m_directory ? m_directory->homeDivisionId() : QString());
    m_division->setCurrentIndex(preferred.isEmpty() ? -1 : m_division->findData(preferred));

    QString status;
    if (m_directory && m_directory->isLoading())
        status = tr("Loading roles and divisions…");
    else if (m_directory && m_directory->rolesError().isError())
        status = tr("Roles could not be loaded: %1").arg(m_directory->rolesError().userMessage());
    else if (m_directory && m_directory->divisionsError().isError())
        status = tr("Divisions could not be loaded: %1").arg(m_directory->divisionsError().userMessage());
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
    refreshTable();
}

void RoleDivisionPicker::refreshTable()
{
    m_table->setRowCount(int(m_pairs.size()));
    for (int i = 0; i < m_pairs.size(); ++i) {
        auto *role = new QTableWidgetItem(roleText(m_pairs.at(i).roleId));
        role->setToolTip(m_pairs.at(i).roleId);
        auto *div = new QTableWidgetItem(divisionText(m_pairs.at(i).divisionId));
        div->setToolTip(m_pairs.at(i).divisionId);
        m_table->setItem(i, 0, role);
        m_table->setItem(i, 1, div);
    }
    updateButtons();
}

int RoleDivisionPicker::pickedRoleIndex() const
{
    // The typed text may name a role that the list shows (case-insensitive), even if the
    // completer was not used.
    const QString typed = m_role->currentText().trimmed();
    if (typed.isEmpty())
        return -1;
    const int index = m_role->currentIndex();
    if (index >= 0 && m_role->itemText(index) == typed)
        return index;
    return m_role->findText(typed, Qt::MatchFixedString);
}

std::optional<RoleDivision> RoleDivisionPicker::pickedPair() const
{
    const int index = pickedRoleIndex();
    if (index < 0 || m_division->currentIndex() < 0)
        return std::nullopt;
    return RoleDivision{m_role->itemData(index).toString(), m_division->currentData().toString()};
}

QString RoleDivisionPicker::pendingText() const
{
    const std::optional<RoleDivision> pair = pickedPair();
    if (pair)
        return m_pairs.contains(*pair) ? QString() : pair->roleId + u'/' + pair->divisionId;
    return m_role->currentText().trimmed();
}

bool RoleDivisionPicker::addPending()
{
    const std::optional<RoleDivision> pair = pickedPair();
    if (!pair || m_pairs.contains(*pair))
        return false;
    addCurrent();
    return true;
}

void RoleDivisionPicker::addCurrent()
{
    const std::optional<RoleDivision> pair = pickedPair();
    if (!pair || m_pairs.contains(*pair))
        return;
    m_pairs.append(*pair);
    // Ready for the next one: nothing picked.
    m_role->setCurrentIndex(-1);
    m_role->setEditText(QString());
    refreshTable();
    m_table->selectRow(int(m_pairs.size()) - 1);
    Q_EMIT pairsChanged();
}

void RoleDivisionPicker::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        rows.append(i.row());
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int r : rows)
        m_pairs.removeAt(r);
    refreshTable();
    Q_EMIT pairsChanged();
}

void RoleDivisionPicker::updateButtons()
{
    m_add->setEnabled(pickedRoleIndex() >= 0 && m_division->currentIndex() >= 0);
    m_remove->setEnabled(m_table->selectionModel() && m_table->selectionModel()->hasSelection());
}

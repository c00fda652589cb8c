// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/usage/usageclientpicker.h"

#include "models/itemmodels/clientlistmodel.h"

#include <QAbstractItemView>
#include <QAbstractProxyModel>
#include <QCompleter>
#include <QLineEdit>
#include <QSortFilterProxyModel>

using namespace Qt::Literals::StringLiterals;

// The clients in name order, compared through the model's precomputed name ranks (no string work
// per comparison, which matters with 10,000 clients).
class UsageClientNameOrder final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    // An editable combo box reads its items' text through EditRole, which the list model has no
    // use for: answer it with the name. And QComboBox asks for the icon of item -1 when its model
    // is set, which the source model would log as a misuse.
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid())
            return {};
        return QSortFilterProxyModel::data(index, role == Qt::EditRole ? int(Qt::DisplayRole) : role);
    }

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const auto *m = static_cast<const ClientListModel *>(sourceModel());
        return m->compareRows(left.row(), right.row(), ClientListModel::NameColumn) < 0;
    }
};

UsageClientPicker::UsageClientPicker(QWidget *parent)
    : QComboBox(parent)
    , m_order(new UsageClientNameOrder(this))
    , m_completer(new QCompleter(this))
{
    setObjectName(u"usageClientPicker"_s);
    setAccessibleName(tr("Client"));
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    // Measuring thousands of names for the width would stall the first show.
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(28);
    setMaxVisibleItems(20);
    lineEdit()->setPlaceholderText(tr("Type to find a client"));
    lineEdit()->setClearButtonEnabled(true);

    m_order->setDynamicSortFilter(true);
    m_completer->setModel(m_order);
    m_completer->setCompletionColumn(ClientListModel::NameColumn);
    m_completer->setCompletionRole(Qt::DisplayRole);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setMaxVisibleItems(15);
    // On the line edit itself: QComboBox's own handling of a completer's activation maps the
    // index through the wrong model once the completion list is filtered (Qt 6.4), and would pick
    // another client than the one chosen.
    lineEdit()->setCompleter(m_completer);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) {
                // The index may come from the filtered completion list rather than our model.
                QModelIndex i = index;
                if (i.model() != m_order) {
                    if (auto *p = qobject_cast<QAbstractProxyModel *>(m_completer->completionModel()))
                        i = p->mapToSource(i);
                }
                if (i.isValid() && i.model() == m_order)
                    setCurrentIndex(i.row());
            });
    connect(this, &QComboBox::currentIndexChanged, this, &UsageClientPicker::onIndexChanged);
    // A reset (sign-in change) or a reload must not lose or invent a choice.
    connect(m_order, &QAbstractItemModel::modelReset, this, &UsageClientPicker::restoreCurrent);
    connect(m_order, &QAbstractItemModel::rowsInserted, this, &UsageClientPicker::restoreCurrent);
    connect(m_order, &QAbstractItemModel::layoutChanged, this, &UsageClientPicker::restoreCurrent);
}

UsageClientPicker::~UsageClientPicker() = default;

void UsageClientPicker::setClients(ClientListModel *clients)
{
    m_clients = clients;
    m_restoring = true;
    m_order->setSourceModel(clients);
    m_order->sort(ClientListModel::NameColumn);
    setModel(m_order);
    setModelColumn(ClientListModel::NameColumn);
    m_restoring = false;
    restoreCurrent();
}

int UsageClientPicker::rowOf(const QString &id) const
{
    if (!m_clients || id.isEmpty())
        return -1;
    const int source = m_clients->rowOf(id);
    if (source < 0)
        return -1;
    return m_order->mapFromSource(m_clients->index(source, ClientListModel::NameColumn)).row();
}

QString UsageClientPicker::currentClientName() const
{
    if (!m_clients)
        return {};
    const auto c = m_clients->client(m_currentId);
    return c ? c->name : QString();
}

void UsageClientPicker::setCurrentClient(const QString &id)
{
    const bool changed = id != m_currentId;
    m_currentId = id;
    m_restoring = true;
    setCurrentIndex(rowOf(id));
    m_restoring = false;
    if (changed)
        Q_EMIT clientChosen(id);
}

void UsageClientPicker::onIndexChanged(int row)
{
    if (m_restoring || row < 0 || !m_clients)
        return;
    const QString id = m_order->index(row, 0).data(ClientListModel::IdRole).toString();
    setToolTip(id.isEmpty() ? QString() : tr("Client id: %1").arg(id));
    if (id.isEmpty() || id == m_currentId)
        return;
    m_currentId = id;
    Q_EMIT clientChosen(id);
}

void UsageClientPicker::restoreCurrent()
{
    if (m_restoring)
        return;
    const int row = rowOf(m_currentId);
    if (row == currentIndex())
        return;
    m_restoring = true;
    setCurrentIndex(row);
    m_restoring = false;
    if (row >= 0)
        setToolTip(tr("Client id: %1").arg(m_currentId));
}

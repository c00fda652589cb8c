// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/scopepicker.h"

#include "app/controllers/scopecatalog.h"
#include "models/itemmodels/rowfilterproxymodel.h"
#include "models/itemmodels/scopechecklistmodel.h"
#include "ui/widgets/theme.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
// Text search over id and description, optionally only the checked scopes.
class ScopeFilter final : public RowFilterProxyModel
{
public:
    using RowFilterProxyModel::RowFilterProxyModel;
    void setText(const QString &text)
    {
        m_text = text.trimmed().toLower();
        refilterRows();
    }
    void setSelectedOnly(bool on)
    {
        m_selectedOnly = on;
        refilterRows();
    }
    // These scopes first, then the others, each in the catalogue's order.
    void setPinned(const QStringList &ids)
    {
        m_pinned = QSet<QString>(ids.cbegin(), ids.cend());
        invalidate();
        sort(0, Qt::AscendingOrder);
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex idx = sourceModel()->index(row, 0, parent);
        if (m_selectedOnly && idx.data(Qt::CheckStateRole).toInt() != Qt::Checked)
            return false;
        return m_text.isEmpty() || idx.data(ScopeChecklistModel::SearchTextRole).toString().contains(m_text);
    }

    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const bool l = m_pinned.contains(left.data(ScopeChecklistModel::ScopeIdRole).toString());
        const bool r = m_pinned.contains(right.data(ScopeChecklistModel::ScopeIdRole).toString());
        if (l != r)
            return l;
        return left.row() < right.row();
    }

private:
    QString m_text;
    QSet<QString> m_pinned;
    bool m_selectedOnly = false;
};
} // namespace

ScopePicker::ScopePicker(QWidget *parent)
    : QWidget(parent)
    , m_model(new ScopeChecklistModel(this))
    , m_proxy(new ScopeFilter(this))
    , m_search(new QLineEdit(this))
    , m_selectedOnly(new QCheckBox(tr("Selected only"), this))
    , m_view(new QTreeView(this))
    , m_summary(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_search->setObjectName(u"scopeSearch"_s);
    m_search->setPlaceholderText(tr("Filter scopes by name or description"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(Theme::icon(u"search"_s, u"edit-find"_s), QLineEdit::LeadingPosition);
    m_search->setAccessibleName(tr("Filter scopes"));
    m_selectedOnly->setObjectName(u"scopeSelectedOnly"_s);
    m_view->setObjectName(u"scopeList"_s);
    m_view->setAccessibleName(tr("Scopes"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->resizeSection(0, fontMetrics().averageCharWidth() * 34);
    m_view->setMinimumHeight(fontMetrics().height() * 8);
    m_summary->setObjectName(u"scopeSummary"_s);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &t) {
        static_cast<ScopeFilter *>(m_proxy)->setText(t);
        // The best match becomes current, so that Enter then Space ticks it.
        if (m_proxy->rowCount() > 0)
            m_view->setCurrentIndex(m_proxy->index(0, 0));
    });
    connect(m_selectedOnly, &QCheckBox::toggled, this,
            [this](bool on) { static_cast<ScopeFilter *>(m_proxy)->setSelectedOnly(on); });
    connect(m_model, &ScopeChecklistModel::checkedChanged, this, [this] {
        updateSummary();
        Q_EMIT selectionChanged();
    });
    // Enter in the search field goes to the list, where Space toggles the current scope.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_view->setFocus();
        if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_view->setCurrentIndex(m_proxy->index(0, 0));
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_selectedOnly);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    updateSummary();
}

void ScopePicker::setCatalog(ScopeCatalog *catalog)
{
    if (m_catalog)
        disconnect(m_catalog, nullptr, this, nullptr);
    m_catalog = catalog;
    if (catalog) {
        connect(catalog, &ScopeCatalog::changed, this, &ScopePicker::refreshCatalog);
        connect(catalog, &ScopeCatalog::failed, this, &ScopePicker::updateSummary);
        connect(catalog, &ScopeCatalog::loadingChanged, this, &ScopePicker::updateSummary);
        catalog->load();
    }
    refreshCatalog();
}

void ScopePicker::refreshCatalog()
{
    // A view over the session's catalogue model: no copy, and it follows reloads.
    m_model->setCatalogModel(m_catalog ? m_catalog->model() : nullptr);
    if (m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    updateSummary();
}

void ScopePicker::setSelected(const QStringList &ids)
{
    m_model->setChecked(ids);
}

void ScopePicker::listSelectedFirst()
{
    static_cast<ScopeFilter *>(m_proxy)->setPinned(m_model->checked());
    if (m_proxy->rowCount() > 0)
        m_view->scrollToTop();
}

QStringList ScopePicker::selected() const
{
    return m_model->checked();
}

void ScopePicker::updateSummary()
{
    QString text;
    const int n = m_model->checkedCount();
    text = n == 1 ? tr("1 scope selected") : tr("%1 scopes selected").arg(n);
    if (m_catalog && m_catalog->isLoading())
        text += u" · "_s + tr("loading the scope catalogue…");
    else if (m_catalog && m_catalog->error().isError())
        text += u" · "_s + tr("the catalogue could not be loaded: %1").arg(m_catalog->error().userMessage());
    m_summary->setText(text);
}

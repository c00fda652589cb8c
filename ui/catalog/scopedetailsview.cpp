// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/catalog/scopedetailsview.h"

#include "models/domain/clientlabels.h"
#include "ui/widgets/theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

ScopeDetailsView::ScopeDetailsView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_description(new QLabel(this))
    , m_status(new QLabel(this))
    , m_clientsLabel(new QLabel(this))
    , m_clients(new QListWidget(this))
    , m_showClient(new QPushButton(this))
{
    setObjectName(u"scopeDetails"_s);
    m_title->setObjectName(u"scopeTitle"_s);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    m_title->setFont(f);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true);
    m_description->setObjectName(u"scopeDescription"_s);
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(u"scopeDetailsStatus"_s);
    m_status->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_clientsLabel->setObjectName(u"scopeClientsLabel"_s);
    m_clientsLabel->setBuddy(m_clients);
    m_clients->setObjectName(u"scopeClientList"_s);
    m_clients->setAlternatingRowColors(true);
    m_clients->setUniformItemSizes(true);
    m_clients->installEventFilter(this);
    m_showClient->setObjectName(u"scopeShowClientButton"_s);
    m_showClient->setIcon(Theme::icon(u"clients"_s));
    connect(m_clients, &QListWidget::currentRowChanged, this, [this] { refresh(); });
    connect(m_clients, &QListWidget::itemActivated, this, [this] { requestShow(); });
    connect(m_showClient, &QPushButton::clicked, this, &ScopeDetailsView::requestShow);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_showClient);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_description);
    layout->addWidget(m_status);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(m_clientsLabel);
    layout->addWidget(m_clients, 1);
    layout->addLayout(buttons);
    retranslate();
    refresh();
}

void ScopeDetailsView::retranslate()
{
    m_clients->setAccessibleName(tr("Clients with this scope"));
    m_showClient->setText(tr("Show C&lient"));
    m_showClient->setToolTip(tr("Select this client on the Clients page (Enter in the list)"));
    m_description->setAccessibleName(tr("Scope description"));
}

void ScopeDetailsView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        setClients(m_clientData); // the items' grant-type labels
    }
}

bool ScopeDetailsView::eventFilter(QObject *watched, QEvent *event)
{
    // Enter in the list shows the client; the list would otherwise let the dialog-less page beep.
    if (watched == m_clients && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers() == Qt::NoModifier) {
            requestShow();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ScopeDetailsView::requestShow()
{
    const QListWidgetItem *item = m_clients->currentItem();
    if (item && m_showClient->isEnabled())
        Q_EMIT showClientRequested(item->data(Qt::UserRole).toString());
}

void ScopeDetailsView::setScope(const std::optional<OAuthScope> &scope)
{
    if (!scope || !m_scope || scope->id != m_scope->id) {
        m_loading = false;
        m_error = {};
        // Another scope: its clients start at the first, not at the one current for the last scope.
        const QSignalBlocker block(m_clients);
        m_clients->clear();
    }
    m_scope = scope;
    refresh();
}

void ScopeDetailsView::setDetailsState(bool loading, const ApiError &error)
{
    m_loading = loading;
    m_error = error;
    refresh();
}

void ScopeDetailsView::setClients(const std::optional<QList<OAuthClient>> &clients)
{
    const QString current =
        m_clients->currentItem() ? m_clients->currentItem()->data(Qt::UserRole).toString() : QString();
    m_clientData = clients;
    {
        const QSignalBlocker block(m_clients);
        m_clients->clear();
        int currentRow = 0; // the client that was current, else the first
        for (const OAuthClient &c : clients.value_or(QList<OAuthClient>())) {
            auto *item = new QListWidgetItem(tr("%1 — %2").arg(c.name.isEmpty() ? c.id : c.name,
                                                               ClientLabels::grantTypeLabel(c.grantType)),
                                             m_clients);
            item->setData(Qt::UserRole, c.id);
            item->setToolTip(c.id);
            if (c.id == current)
                currentRow = m_clients->count() - 1;
        }
        if (m_clients->count() > 0)
            m_clients->setCurrentRow(currentRow);
    }
    refresh();
}

QString ScopeDetailsView::descriptionText() const
{
    return m_description->text();
}

void ScopeDetailsView::refresh()
{
    const bool has = m_scope.has_value();
    m_title->setText(has ? m_scope->id : QString());
    m_title->setVisible(has);
    if (!has) {
        m_description->setText(tr("Select a scope to see its description and the clients that have it."));
        m_description->setForegroundRole(QPalette::PlaceholderText);
    } else {
        m_description->setText(m_scope->description.isEmpty() ? tr("(no description)")
                                                              : m_scope->description);
        m_description->setForegroundRole(QPalette::WindowText);
    }
    QString status;
    if (has && m_loading)
        status = tr("Loading the scope's details…");
    else if (has && m_error.isError())
        status = tr("The scope's details could not be loaded; the catalogue's description is shown. %1")
                     .arg(m_error.userMessage());
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());

    const int n = m_clientData ? int(m_clientData->size()) : 0;
    if (!m_clientData)
        m_clientsLabel->setText(tr("Clients &with this scope: the client list is not loaded yet."));
    else if (n == 0)
        m_clientsLabel->setText(tr("Clients &with this scope: none"));
    else
        m_clientsLabel->setText(tr("Clients &with this scope (%Ln):", nullptr, n));
    m_clientsLabel->setVisible(has);
    m_clients->setVisible(has);
    m_showClient->setVisible(has);
    m_showClient->setEnabled(has && m_clients->currentItem() != nullptr);
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/bulk/bulkactions.h"

#include "app/controllers/insightscontroller.h"
#include "app/controllers/sessioncontext.h"
#include "ui/bulk/bulkconfirmdialog.h"
#include "ui/bulk/bulkexport.h"
#include "ui/bulk/bulkprogresswindow.h"
#include "ui/widgets/theme.h"

#include <QAction>
#include <QWidget>

using namespace Qt::Literals::StringLiterals;

namespace {
QAction *makeAction(QWidget *page, const QString &icon, const QString &themeIcon, const QString &name,
                    const QKeySequence &key)
{
    auto *a = new QAction(Theme::icon(icon, themeIcon), QString(), page);
    a->setObjectName(name);
    if (!key.isEmpty()) {
        a->setShortcut(key);
        a->setShortcutContext(Qt::WindowShortcut);
    }
    page->addAction(a);
    return a;
}
} // namespace

BulkActions::BulkActions(QWidget *page, Selection selection)
    : QObject(page)
    , m_page(page)
    , m_selection(std::move(selection))
    // Ctrl+Shift+D and Ctrl+Shift+A are free on every page; Delete and Export keep the page's keys
    // (the page's own Delete and Export act on the selection when several clients are selected).
    , m_deactivate(makeAction(page, u"deactivate"_s, QString(), u"bulkDeactivateAction"_s,
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)))
    , m_activate(makeAction(page, u"reload"_s, QString(), u"bulkActivateAction"_s,
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)))
    , m_delete(makeAction(page, u"delete"_s, u"edit-delete"_s, u"bulkDeleteAction"_s, QKeySequence()))
    , m_export(makeAction(page, u"export"_s, u"document-export"_s, u"bulkExportAction"_s, QKeySequence()))
{
    m_deactivate->setText(tr("Dea&ctivate Selected…"));
    m_deactivate->setIconText(tr("Deactivate"));
    m_activate->setText(tr("&Activate Selected…"));
    m_activate->setIconText(tr("Activate"));
    m_delete->setText(tr("Delete Selected…"));
    m_export->setText(tr("Export Configuration of Selected…"));
    for (QAction *a : {m_deactivate, m_activate}) {
        QString text = a->text();
        text.remove(u'&');
        text.remove(u'…');
        a->setToolTip(u"%1 (%2)"_s.arg(text, a->shortcut().toString(QKeySequence::NativeText)));
    }
    connect(m_deactivate, &QAction::triggered, this, [this] { confirm(BulkQueue::Action::Deactivate); });
    connect(m_activate, &QAction::triggered, this, [this] { confirm(BulkQueue::Action::Activate); });
    connect(m_delete, &QAction::triggered, this, [this] { confirm(BulkQueue::Action::Delete); });
    connect(m_export, &QAction::triggered, this, &BulkActions::exportSelection);
    update(false);
}

BulkActions::~BulkActions() = default;

void BulkActions::setSessionContext(SessionContext *context)
{
    m_context = context;
}

void BulkActions::setUsage(InsightsController *usage)
{
    m_usage = usage;
}

void BulkActions::update(bool usable)
{
    const QList<OAuthClient> selection = usable ? m_selection() : QList<OAuthClient>();
    bool canDeactivate = false;
    bool canActivate = false;
    bool canDelete = false;
    for (const OAuthClient &c : selection) {
        const ClientState s = c.clientState();
        canDeactivate = canDeactivate || s == ClientState::Active || s == ClientState::Disabled;
        canActivate = canActivate || s == ClientState::Inactive;
        canDelete = canDelete || s != ClientState::Deleted;
    }
    // One bulk action at a time.
    const bool idle = !m_progress || !m_progress->isRunning();
    m_deactivate->setEnabled(idle && canDeactivate);
    m_activate->setEnabled(idle && canActivate);
    m_delete->setEnabled(idle && canDelete);
    m_export->setEnabled(!selection.isEmpty());
}

BulkConfirmDialog *BulkActions::confirm(BulkQueue::Action action)
{
    const QList<OAuthClient> selection = m_selection();
    if (selection.isEmpty() || !m_page || (m_progress && m_progress->isRunning()))
        return nullptr;
    auto *dlg = new BulkConfirmDialog(m_context, m_usage, action, selection, m_page->window());
    connect(dlg, &BulkConfirmDialog::confirmed, this, [this, action](BulkQueue *queue) {
        if (!m_page) {
            delete queue;
            return;
        }
        m_progress = new BulkProgressWindow(queue, m_page->window());
        connect(m_progress, &BulkProgressWindow::finished, this, [this, action] {
            Q_EMIT finished(action);
            Q_EMIT busyChanged();
        });
        // Queued: when destroyed() is emitted, the window is half destroyed and m_progress not yet
        // cleared.
        connect(m_progress, &QObject::destroyed, this, &BulkActions::busyChanged, Qt::QueuedConnection);
        m_progress->show();
        Q_EMIT busyChanged();
    });
    dlg->open();
    return dlg;
}

QWidget *BulkActions::exportSelection()
{
    const QList<OAuthClient> selection = m_selection();
    if (selection.isEmpty() || !m_page)
        return nullptr;
    return exportClientsConfiguration(selection, m_page);
}

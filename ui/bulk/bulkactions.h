// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/bulk/bulkqueue.h"
#include "ui/bulk/bulkprogresswindow.h"

#include <QObject>
#include <QPointer>

#include <functional>

QT_FORWARD_DECLARE_CLASS(QAction)
QT_FORWARD_DECLARE_CLASS(QWidget)
class BulkConfirmDialog;
class InsightsController;
class SessionContext;

// The bulk actions of a list page (Clients, Insights) on its selected clients: Deactivate,
// Activate (restore an inactive client before its dateToDelete), Delete, and Export Configuration.
// The first three open one BulkConfirmDialog (the plan, the skipped clients, the recent traffic
// from `usage`) and then one BulkProgressWindow running the BulkQueue; Export writes one JSON file
// of the selection. The page adds the actions it shows to its toolbar and context menu, and calls
// update() when the selection, its state or busyChanged() changes.
//
//     m_bulk = new BulkActions(this, [this] { return selectedClients(); });
//     m_bulk->setSessionContext(context);
//     m_bulk->setUsage(insightsController);
class BulkActions : public QObject
{
    Q_OBJECT
public:
    using Selection = std::function<QList<OAuthClient>()>;

    // The actions belong to `page` (their shortcuts work while it is shown).
    BulkActions(QWidget *page, Selection selection);
    ~BulkActions() override;

    void setSessionContext(SessionContext *context);
    // Where the per-client usage comes from (the Insights sweep); nullptr: unknown.
    void setUsage(InsightsController *usage);

    [[nodiscard]] QAction *deactivateAction() const { return m_deactivate; }
    [[nodiscard]] QAction *activateAction() const { return m_activate; }
    [[nodiscard]] QAction *deleteAction() const { return m_delete; }
    [[nodiscard]] QAction *exportAction() const { return m_export; }

    // Enables the actions for the selection; `usable`: signed in and the page current.
    void update(bool usable);

    // Opens the confirmation of `action` on the selection (nullptr when nothing is selected).
    BulkConfirmDialog *confirm(BulkQueue::Action action);
    // Asks for a file and writes the selection's configuration (nullptr when nothing is selected).
    QWidget *exportSelection();
    // The progress window of the last bulk action, while it is open.
    [[nodiscard]] BulkProgressWindow *progressWindow() const { return m_progress; }

Q_SIGNALS:
    // A bulk action ended (every client has its result).
    void finished(BulkQueue::Action action);
    // A bulk action started or ended: the page updates its actions (update()).
    void busyChanged();

private:
    QPointer<QWidget> m_page;
    Selection m_selection;
    QPointer<SessionContext> m_context;
    QPointer<InsightsController> m_usage;
    QPointer<BulkProgressWindow> m_progress;
    QAction *m_deactivate;
    QAction *m_activate;
    QAction *m_delete;
    QAction *m_export;
};

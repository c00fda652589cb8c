// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/oauthclient.h"
#include "ui/insights/insightslisttab.h"
#include "ui/widgets/listpage.h"

#include <functional>

QT_FORWARD_DECLARE_CLASS(QTabWidget)
QT_FORWARD_DECLARE_CLASS(QTableView)
class BulkActions;
class CheckFindingsFilterProxyModel;
class CheckFindingsModel;
class ClientActivityFilterProxyModel;
class ClientActivityModel;
class ConfigurationChecksTab;
class InsightsController;
class InsightsSweepBar;
class UnusedClientsTab;
struct ClientActivity;

// The Insights page: which clients are unused and which are configured riskily.
//
// One sweep (InsightsController: two listings and one org-wide usage query, polled) fills two
// tabs: "Unused clients" (UnusedClientsTab), every client with its requests over the last 7, 30
// or 90 days, clients without traffic first; and "Configuration checks" (ConfigurationChecksTab),
// one row per finding with its reason. Both are sortable and filterable, and export as CSV; any
// client's configuration exports as JSON (the shape `oauthdesk-cli clients create` accepts). A
// client can be deactivated from either tab after a confirmation that shows its traffic, and
// restored while inactive; the Clients page follows through ClientsService's signals.
//
// The sweep starts the first time the page is shown while signed in, and on F5 or a window change
// (a shorter window than the last sweep's is answered without a request). Progress and Cancel show
// while the usage query runs (InsightsSweepBar).
class InsightsPage final : public ListPage
{
    Q_OBJECT
public:
    enum Tab
    {
        UnusedTab,
        ChecksTab
    };

    explicit InsightsPage(QWidget *parent = nullptr);

    void setSessionContext(SessionContext *context) override;
    void reload() override;
    void setCurrent(bool current) override;
    [[nodiscard]] QString statusText() const override;
    [[nodiscard]] QString menuTitle() const override { return tr("&Insights"); }

    [[nodiscard]] InsightsController *controller() const { return m_controller; }
    [[nodiscard]] ClientActivityModel *activityModel() const;
    [[nodiscard]] ClientActivityFilterProxyModel *activityProxy() const;
    [[nodiscard]] CheckFindingsModel *findingsModel() const;
    [[nodiscard]] CheckFindingsFilterProxyModel *findingsProxy() const;
    [[nodiscard]] QTableView *activityView() const;
    [[nodiscard]] QTableView *findingsView() const;
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    [[nodiscard]] QAction *deactivateAction() const { return m_actions.deactivate; }
    [[nodiscard]] QAction *exportCsvAction() const { return m_actions.exportCsv; }
    [[nodiscard]] QAction *exportConfigurationAction() const { return m_actions.exportConfiguration; }
    [[nodiscard]] QAction *showClientAction() const { return m_actions.showClient; }
    [[nodiscard]] QAction *cancelAction() const { return m_cancel; }
    // Deactivate/Activate/Delete/Export on the selected clients of the current tab (ui/bulk); with
    // several selected, Deactivate and Export Configuration act on all of them through it.
    [[nodiscard]] BulkActions *bulk() const { return m_bulk; }
    // The selected clients of the current tab, each once, as the sweep (and what followed) knows them.
    [[nodiscard]] QList<OAuthClient> selectedClients() const;

    // 7, 30 or 90; changing it runs the sweep for that window.
    [[nodiscard]] int windowDays() const;
    void setWindowDays(int days);
    // The last sweep's results are shown (not running, nothing failed).
    [[nodiscard]] bool isShowingResults() const;
    // Selects the client's row in `tab` (clearing filters that hide it). False when it is not there.
    bool selectClient(Tab tab, const QString &clientId);
    // The id of the client of the current row of the current tab.
    [[nodiscard]] QString currentClientId() const;

    // Writes the tab's CSV (insightsexport); the export action asks for the file first.
    bool exportCsv(Tab tab, const QString &path, QString *error = nullptr);

protected:
    [[nodiscard]] SearchableTable *currentList() const override;
    void retranslate() override;
    void updateCount() override;
    void updateActions() override;

private:
    void buildActions();
    void updateState();
    void run(bool refresh);
    void onStateChanged();
    void openStateDialog();
    void exportConfiguration();
    void chooseFile(const QString &title, const QString &fileName, std::function<void(const QString &)> save);
    [[nodiscard]] Tab currentTab() const;
    [[nodiscard]] InsightsListTab *tab(Tab tab) const;
    [[nodiscard]] const ClientActivity *currentActivity() const;
    [[nodiscard]] bool hasMultipleSelected() const;

    InsightsController *m_controller;
    QLabel *m_intro;
    InsightsSweepBar *m_sweepBar;
    QTabWidget *m_tabs;
    UnusedClientsTab *m_unused;
    ConfigurationChecksTab *m_checks;

    QAction *m_cancel = nullptr;
    InsightsListTab::Actions m_actions;
    BulkActions *m_bulk = nullptr;
    bool m_wanted = false; // a sweep is due once the page is shown and signed in
};

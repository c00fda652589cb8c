// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/shell/pagewidget.h"

#include <QPointer>
#include <QTimer>

#include <functional>

QT_FORWARD_DECLARE_CLASS(QComboBox)
QT_FORWARD_DECLARE_CLASS(QLabel)
QT_FORWARD_DECLARE_CLASS(QLineEdit)
QT_FORWARD_DECLARE_CLASS(QProgressBar)
QT_FORWARD_DECLARE_CLASS(QPushButton)
QT_FORWARD_DECLARE_CLASS(QStackedWidget)
QT_FORWARD_DECLARE_CLASS(QTabWidget)
QT_FORWARD_DECLARE_CLASS(QTableView)
class CheckFindingsFilterProxyModel;
class CheckFindingsModel;
class ClientActivityFilterProxyModel;
class ClientActivityModel;
class InsightsController;
class MessageBar;
struct ClientActivity;

// The Insights page: which clients are unused and which are configured riskily.
//
// One sweep (InsightsController: two listings and one org-wide usage query, polled) fills two
// tabs: "Unused clients", every client with its requests over the last 7, 30 or 90 days, clients
// without traffic first; and "Configuration checks", one row per finding with its reason. Both are
// sortable and filterable, and export as CSV; any client's configuration exports as JSON (the shape
// `oauthdesk-cli clients create` accepts). A client can be deactivated from either tab after a
// confirmation that shows its traffic, and restored while inactive; the Clients page follows
// through ClientsService's signals.
//
// The sweep starts the first time the page is shown while signed in, and on F5 or a window change
// (a shorter window than the last sweep's is answered without a request). Progress and Cancel show
// while the usage query runs.
class SignedOutPanel;

class InsightsPage final : public PageWidget
{
    Q_OBJECT
public:
    enum Tab
    {
        UnusedTab,
        ChecksTab
    };

    explicit InsightsPage(QWidget *parent = nullptr);
    ~InsightsPage() override;

    void setSessionContext(SessionContext *context) override;
    void reload() override;
    void focusSearch() override;
    [[nodiscard]] QList<QAction *> toolBarActions() const override;
    void setCurrent(bool current) override;
    [[nodiscard]] QString statusText() const override;
    [[nodiscard]] QString menuTitle() const override { return tr("&Insights"); }

    [[nodiscard]] InsightsController *controller() const { return m_controller; }
    [[nodiscard]] ClientActivityModel *activityModel() const { return m_activityModel; }
    [[nodiscard]] ClientActivityFilterProxyModel *activityProxy() const { return m_activityProxy; }
    [[nodiscard]] CheckFindingsModel *findingsModel() const { return m_findingsModel; }
    [[nodiscard]] CheckFindingsFilterProxyModel *findingsProxy() const { return m_findingsProxy; }
    [[nodiscard]] QTableView *activityView() const { return m_activityView; }
    [[nodiscard]] QTableView *findingsView() const { return m_findingsView; }
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    [[nodiscard]] MessageBar *messageBar() const { return m_message; }
    [[nodiscard]] QAction *deactivateAction() const { return m_deactivate; }
    [[nodiscard]] QAction *exportCsvAction() const { return m_exportCsv; }
    [[nodiscard]] QAction *exportConfigurationAction() const { return m_exportConfig; }
    [[nodiscard]] QAction *showClientAction() const { return m_showClient; }
    [[nodiscard]] QAction *cancelAction() const { return m_cancel; }

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

Q_SIGNALS:
    // Show this client on the Clients page.
    void showClientRequested(const QString &clientId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildActions();
    void retranslate();
    void updateState();
    void updateActions();
    void updateCounts();
    void updateFindingDetails();
    void fillCheckFilter();
    void run(bool refresh);
    void onStateChanged();
    void openStateDialog();
    void exportConfiguration();
    void chooseFile(const QString &title, const QString &fileName, std::function<void(const QString &)> save);
    [[nodiscard]] bool signedIn() const;
    [[nodiscard]] Tab currentTab() const;
    [[nodiscard]] const ClientActivity *currentActivity() const;

    QPointer<SessionContext> m_context;
    QList<QMetaObject::Connection> m_sessionConnections;
    InsightsController *m_controller;
    ClientActivityModel *m_activityModel;
    ClientActivityFilterProxyModel *m_activityProxy;
    CheckFindingsModel *m_findingsModel;
    CheckFindingsFilterProxyModel *m_findingsProxy;

    MessageBar *m_message;
    MessageBar *m_rolesNote;
    QStackedWidget *m_stack;
    SignedOutPanel *m_signedOutPanel;
    QWidget *m_content;
    QLabel *m_intro;
    QLabel *m_windowLabel;
    QComboBox *m_window;
    QPushButton *m_refreshButton;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    QPushButton *m_cancelButton;
    QLabel *m_asOf;
    QTabWidget *m_tabs;
    // Unused clients.
    QLineEdit *m_activitySearch;
    QLabel *m_statusLabel;
    QComboBox *m_statusFilter;
    QLabel *m_activityCount;
    QTableView *m_activityView;
    QPushButton *m_deactivateButton;
    QPushButton *m_activityExportConfig;
    QPushButton *m_activityShowClient;
    QPushButton *m_activityCsvButton;
    // Configuration checks.
    QLineEdit *m_findingsSearch;
    QLabel *m_checkLabel;
    QComboBox *m_checkFilter;
    QLabel *m_findingsCount;
    QTableView *m_findingsView;
    QLabel *m_findingDetails;
    QPushButton *m_findingDeactivate;
    QPushButton *m_findingsExportConfig;
    QPushButton *m_findingsShowClient;
    QPushButton *m_findingsCsvButton;

    QTimer m_searchDebounce;
    QAction *m_refresh = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_deactivate = nullptr;
    QAction *m_exportCsv = nullptr;
    QAction *m_exportConfig = nullptr;
    QAction *m_showClient = nullptr;
    bool m_current = false;
    bool m_wanted = false; // a sweep is due once the page is shown and signed in
};

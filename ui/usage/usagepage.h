// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/controllers/usagecontroller.h"
#include "ui/shell/pagewidget.h"

#include <QPointer>
#include <QTimer>

#include <functional>

QT_FORWARD_DECLARE_CLASS(QLabel)
QT_FORWARD_DECLARE_CLASS(QProgressBar)
QT_FORWARD_DECLARE_CLASS(QPushButton)
QT_FORWARD_DECLARE_CLASS(QSplitter)
QT_FORWARD_DECLARE_CLASS(QStackedWidget)
QT_FORWARD_DECLARE_CLASS(QTableView)
class ClientListModel;
class MessageBar;
class UsageClientPicker;
class UsageEndpointsChart;
class UsageQueryForm;
class UsageSummaryView;
class UsageTableModel;
class UsageTableView;
class UsageTimeChart;

// The Usage page: one client's API usage over a range, as a chart of requests over time stacked by
// outcome, a chart of the busiest endpoints with their error share, and a sortable table with
// totals; exported as CSV, PNG or SVG. The query's controls are a UsageQueryForm, the lines above
// the charts a UsageSummaryView, the table a UsageTableView; this class runs the query and shows
// its progress, its answer or why there is none.
//
// Every change to the controls runs the query (through UsageController: one at a time, answers of
// the last minutes reused), shows its progress with a Cancel button, and says clearly when it
// failed or timed out. Leaving the page cancels a query in flight; coming back runs it again.
// The client can come from the Clients page's selection (setSelectionSource()).
class UsagePage final : public PageWidget
{
    Q_OBJECT
public:
    enum class Chart
    {
        OverTime,
        TopEndpoints
    };

    explicit UsagePage(QWidget *parent = nullptr);
    ~UsagePage() override;

    void setSessionContext(SessionContext *context) override;
    void reload() override;
    void focusSearch() override;
    [[nodiscard]] QList<QAction *> toolBarActions() const override;
    void setCurrent(bool current) override;
    [[nodiscard]] QString menuTitle() const override { return tr("&Usage"); }
    [[nodiscard]] QString statusText() const override;

    // The clients to choose from (the Clients page's model; not owned).
    void setClientModel(ClientListModel *clients);
    // The client selected on the Clients page: taken over when this page becomes current and that
    // selection changed since the last time.
    void setSelectionSource(std::function<QString()> source);

    // The controls as a request, and the other way round (programmatic use: tests, screenshots).
    [[nodiscard]] UsageRequest request() const;
    void setRequest(const UsageRequest &request);
    // Runs the query the controls describe now (force: ask the platform even if cached).
    void runNow(bool force = false);

    // Exports without dialogs; false with the reason in `error`.
    bool exportCsv(const QString &path, QString *error = nullptr);
    bool saveChart(Chart chart, const QString &path, QString *error = nullptr);

    [[nodiscard]] UsageController *controller() const { return m_controller; }
    [[nodiscard]] UsageTableModel *tableModel() const { return m_table; }
    [[nodiscard]] QTableView *tableView() const;
    [[nodiscard]] UsageTimeChart *timeChart() const { return m_timeChart; }
    [[nodiscard]] UsageEndpointsChart *endpointsChart() const { return m_endpointsChart; }
    [[nodiscard]] UsageClientPicker *picker() const;
    [[nodiscard]] MessageBar *messageBar() const { return m_message; }
    [[nodiscard]] QAction *cancelAction() const { return m_cancel; }
    [[nodiscard]] QAction *exportCsvAction() const { return m_exportCsv; }
    [[nodiscard]] QAction *saveChartAction(Chart chart, bool svg) const;
    // True once the page shows the answer to the current controls (results or the empty state).
    [[nodiscard]] bool isShowingResults() const;

private:
    void buildProgress();
    void buildResults();
    void buildActions();
    void scheduleRun(int delayMs);
    void onStateChanged();
    void onReport(const UsageReport &report);
    void onFailed(const ApiError &error);
    void showPlaceholder(const QString &text, bool signInButton = false);
    // Drops the shown answer (charts, table, summary) and what runs: signed out, or another sign-in.
    void forgetReport();
    void onSignInChanged();
    // Says in the message bar where an export went, or why it failed.
    void reportSave(const QString &path, bool ok, const QString &error);
    [[nodiscard]] QString fileStem() const;
    [[nodiscard]] QString clientName(const QString &id) const;
    [[nodiscard]] bool signedIn() const;

    QPointer<SessionContext> m_context;
    QList<QMetaObject::Connection> m_sessionConnections;
    QPointer<ClientListModel> m_clients;
    std::function<QString()> m_selectionSource;
    QString m_adoptedSelection;
    UsageController *m_controller;
    UsageTableModel *m_table;

    MessageBar *m_message;
    UsageQueryForm *m_form;
    QWidget *m_progress;
    QProgressBar *m_progressBar;
    QLabel *m_progressText;
    QPushButton *m_cancelButton;
    QStackedWidget *m_stack;
    QWidget *m_placeholder;
    QLabel *m_placeholderText;
    QPushButton *m_placeholderButton;
    QWidget *m_results;
    UsageSummaryView *m_summary;
    QSplitter *m_splitter;
    UsageTimeChart *m_timeChart;
    UsageEndpointsChart *m_endpointsChart;
    UsageTableView *m_view;

    QAction *m_cancel = nullptr;
    QAction *m_exportCsv = nullptr;
    QAction *m_saveChart = nullptr;
    QList<QAction *> m_chartActions; // over time PNG, SVG; top endpoints PNG, SVG
    QTimer m_runTimer;
    bool m_current = false;
    bool m_resumeOnReturn = false;
    bool m_lastRunForced = false; // the query in flight was asked with F5: resume it the same way
    bool m_settingRequest = false;
    bool m_hasReport = false;
};

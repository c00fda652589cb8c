// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/bulk/bulkqueue.h"

#include <QDialog>
#include <QPointer>

QT_FORWARD_DECLARE_CLASS(QLabel)
QT_FORWARD_DECLARE_CLASS(QLineEdit)
QT_FORWARD_DECLARE_CLASS(QPushButton)
QT_FORWARD_DECLARE_CLASS(QTextBrowser)
class InsightsController;
class SessionContext;

// The one confirmation of a bulk action (Deactivate, Activate, Delete on a selection): what will
// happen, from BulkQueue's plan (made before anything is sent): the clients by state and by
// outcome, the skipped ones with their reasons (the signed-in client among them), and the clients
// with recent traffic by name, from the per-client usage the Insights sweep fetched
// (InsightsController). When that usage has not been fetched, the dialog says that recent traffic
// is unknown and offers to check it first. Deactivate and Delete ask the admin to type the number
// of clients they change when any of them had requests in the last 7 days, or when that is not
// known (as a single delete asks for the name); Enter in that field confirms only when it matches.
// On confirmation, confirmed() hands over the queue, not yet started.
class BulkConfirmDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int RecentDays = 7;

    BulkConfirmDialog(SessionContext *context, InsightsController *usage, BulkQueue::Action action,
                      const QList<OAuthClient> &clients, QWidget *parent = nullptr);
    ~BulkConfirmDialog() override;

    [[nodiscard]] BulkQueue *queue() const { return m_queue; }
    [[nodiscard]] BulkQueue::Action action() const { return m_action; }
    // The clients that will change (the plan's pending rows).
    [[nodiscard]] int changeCount() const;
    // How many of them had requests in the last 7 days; -1 when that is not known.
    [[nodiscard]] int recentTrafficCount() const { return m_recent; }
    [[nodiscard]] bool isCountRequired() const;
    [[nodiscard]] bool isConfirmed() const;
    [[nodiscard]] QLineEdit *countEdit() const { return m_countEdit; }
    [[nodiscard]] QPushButton *confirmButton() const { return m_confirm; }
    [[nodiscard]] QPushButton *checkTrafficButton() const { return m_check; }
    // The plan and traffic as shown (for tests and accessibility).
    [[nodiscard]] QString planText() const;
    [[nodiscard]] QString detailsText() const;

public Q_SLOTS:
    void accept() override;
    // Runs the Insights sweep (or answers it from what was fetched) to learn the recent traffic.
    void checkTraffic();

Q_SIGNALS:
    // The admin confirmed; the receiver owns `queue` from now on and starts it.
    void confirmed(BulkQueue *queue);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildPlan();
    void refreshTraffic();
    void updateButtons();

    QPointer<SessionContext> m_context;
    QPointer<InsightsController> m_usage;
    BulkQueue::Action m_action;
    QList<OAuthClient> m_clients;
    BulkQueue *m_queue = nullptr;
    int m_recent = -1;

    QLabel *m_heading;
    QLabel *m_plan;
    QLabel *m_traffic;
    QTextBrowser *m_details;
    QLabel *m_prompt;
    QLineEdit *m_countEdit;
    QPushButton *m_check;
    QPushButton *m_cancel;
    QPushButton *m_confirm;
    QString m_skippedHtml;
};

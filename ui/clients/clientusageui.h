// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/apierror.h"

#include <QObject>
#include <QPointer>

QT_FORWARD_DECLARE_CLASS(QAction)
QT_FORWARD_DECLARE_CLASS(QComboBox)
QT_FORWARD_DECLARE_CLASS(QLabel)
QT_FORWARD_DECLARE_CLASS(QWidget)
class ClientFilterProxyModel;
class ClientListModel;
class InsightsController;
class Session;

// The usage columns of the Clients page ("Last request", "Requests (30 d)") and their filter.
//
// The usage is the Insights sweep's org-wide query, through the same InsightsController (the
// Insights page's, setSource()); there is no second query path. Nothing is fetched until the admin
// asks: "Fetch Usage" runs the sweep over InsightsController::MaxDays (90, all the platform keeps),
// which the controller answers from what it holds when it can. A report the Insights page fetched
// (30 days or more) fills the columns too, without a request. The page keeps a copy with its time
// ("Usage as of 20:14") until the next fetch or a sign-in change (sign-out, another org).
//
// A sweep the page started over another window than the Insights page's is put back to that
// window afterwards, from the controller's cache (a shorter window is a subset: no request), so
// the Insights page keeps showing what it asked for.
class ClientUsageUi final : public QObject
{
    Q_OBJECT
public:
    ClientUsageUi(ClientListModel *model, ClientFilterProxyModel *proxy, QWidget *parent);
    ~ClientUsageUi() override;

    // The controller whose sweeps fill the columns; without one, the page runs its own.
    void setSource(InsightsController *controller);
    [[nodiscard]] InsightsController *source() const;
    void setSession(Session *session);

    [[nodiscard]] QAction *fetchAction() const { return m_fetch; }
    [[nodiscard]] QComboBox *filter() const { return m_filter; }
    // The line above the list: the usage's time, or that it was not fetched, and a Fetch button.
    [[nodiscard]] QWidget *bar() const { return m_bar; }
    [[nodiscard]] QLabel *statusLabel() const { return m_status; }

    // Fetches the usage (the action does this).
    void fetch();
    void setEnabled(bool enabled);
    void retranslate();

Q_SIGNALS:
    void failed(const ApiError &error);

private:
    void onActivityChanged();
    void onStateChanged();
    void clear();
    void updateStatus();

    ClientListModel *m_model;
    ClientFilterProxyModel *m_proxy;
    QPointer<InsightsController> m_source;
    InsightsController *m_own = nullptr; // when no source is set
    QPointer<Session> m_session;
    QList<QMetaObject::Connection> m_sourceConnections;
    QList<QMetaObject::Connection> m_sessionConnections;
    QAction *m_fetch;
    QComboBox *m_filter;
    QWidget *m_bar;
    QLabel *m_status;
    bool m_fetching = false; // a sweep this page asked for is running
    int m_restoreDays = 0;   // the window to put the controller back to after it
    bool m_enabled = false;
};

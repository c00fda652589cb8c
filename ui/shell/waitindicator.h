// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QPointer>
#include <QTimer>
#include <QWidget>

QT_FORWARD_DECLARE_CLASS(QLabel)
QT_FORWARD_DECLARE_CLASS(QToolButton)
class ApiCall;
class ApiClient;

// The main window's view of a request that waits before trying again (a 429's Retry-After, a
// busy server): "Waiting 57 s: rate limited (429), attempt 2 of 5", counting down, with a Cancel
// that cancels the waiting request (its operation ends with Cancelled, as on any cancel). Shown
// for the waits ApiClient::waiting() announces, hidden when they end.
class WaitIndicator : public QWidget
{
    Q_OBJECT
public:
    explicit WaitIndicator(QWidget *parent = nullptr);
    ~WaitIndicator() override;

    // Follows the waits of `api` (nullptr: none); forgets those of the one before.
    void setApiClient(ApiClient *api);
    [[nodiscard]] bool isWaiting() const { return !m_waits.isEmpty(); }
    [[nodiscard]] QString text() const;

Q_SIGNALS:
    void waitingChanged(bool waiting);

private:
    struct Wait
    {
        QPointer<ApiCall> call;
        QElapsedTimer since;
        int seconds = 0;
        QString reason;
        int attempt = 0;
        int maxAttempts = 0;
    };

    void onWaiting(ApiCall *call, int seconds, const QString &reason, int attempt, int maxAttempts);
    void onWaitEnded(ApiCall *call);
    void cancelWaits();
    void refresh();

    QPointer<ApiClient> m_api;
    QList<QMetaObject::Connection> m_connections;
    QList<Wait> m_waits; // the last one is shown
    QLabel *m_label;
    QToolButton *m_cancel;
    QTimer m_tick;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/insights.h"

#include <QDialog>
#include <QPointer>

QT_FORWARD_DECLARE_CLASS(QLabel)
QT_FORWARD_DECLARE_CLASS(QPushButton)
class InsightsController;
class MessageBar;
class Operation;
class SelfClientGuard;

// Confirms deactivating a client from the Insights page, or restoring an inactive one. It shows
// the client's traffic over the insights window (a bar per UTC day, the total and the last day),
// what deactivation does (no new tokens; deletion scheduled by the platform; restorable until
// then) or, for a restore, the deletion date it cancels. Accepting sends the PUT through the
// controller and closes on success; a failure is shown in place and nothing the user chose is
// lost. Cancel is the default button. Deactivating the client this session is signed in with says
// what happens to the session and needs the client's name typed (SelfClientGuard).
class InsightsStateDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode
    {
        Deactivate,
        Restore
    };

    InsightsStateDialog(InsightsController *controller, const ClientActivity &activity,
                        const ActivityWindow &window, Mode mode, const QString &organization,
                        QWidget *parent = nullptr);
    ~InsightsStateDialog() override;

    [[nodiscard]] Mode mode() const { return m_mode; }
    [[nodiscard]] const ClientActivity &activity() const { return m_activity; }
    [[nodiscard]] QPushButton *confirmButton() const { return m_confirm; }

public Q_SLOTS:
    void accept() override; // sends the change (async); closes on success
    void reject() override;

Q_SIGNALS:
    void exportRequested(const OAuthClient &client);
    // The platform accepted the change; `client` is its answer (state, dateToDelete).
    void changed(const OAuthClient &client);

private:
    void setBusy(bool busy);

    QPointer<InsightsController> m_controller;
    ClientActivity m_activity;
    Mode m_mode;
    QPointer<Operation> m_op;
    bool m_busy = false;
    MessageBar *m_message;
    QPushButton *m_confirm;
    QPushButton *m_cancel;
    QPushButton *m_export;
    SelfClientGuard *m_guard = nullptr;
};

// The bars of the dialog: requests per UTC day of the window, zero days as a baseline mark.
class TrafficBars : public QWidget
{
    Q_OBJECT
public:
    explicit TrafficBars(QWidget *parent = nullptr);
    void setTraffic(const ClientActivity &activity, const ActivityWindow &window);
    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;
    [[nodiscard]] const QList<qint64> &values() const { return m_values; } // one per day, oldest first

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    [[nodiscard]] int dayAt(const QPoint &pos) const;

    QList<qint64> m_values;
    QDate m_firstDay;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

QT_FORWARD_DECLARE_CLASS(QComboBox)
QT_FORWARD_DECLARE_CLASS(QLabel)
QT_FORWARD_DECLARE_CLASS(QProgressBar)
QT_FORWARD_DECLARE_CLASS(QPushButton)
struct ActivityWindow;

// The row above the Insights page's tabs: the usage window (7, 30 or 90 days, kept in the settings),
// Refresh, the progress and Cancel while a sweep runs, and afterwards the days the usage covers.
class InsightsSweepBar final : public QWidget
{
    Q_OBJECT
public:
    explicit InsightsSweepBar(QWidget *parent = nullptr);

    // 7, 30 or 90.
    [[nodiscard]] int windowDays() const;
    void setWindowDays(int days);
    // While running: the progress and Cancel show, Refresh is disabled.
    void setRunning(bool running, bool canRefresh);
    void setProgressText(const QString &text);
    // The days the usage shown covers; nullptr clears it.
    void setCoverage(const ActivityWindow *window, bool fromCache);

Q_SIGNALS:
    void windowDaysChanged(int days);
    void refreshRequested();
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_windowLabel;
    QComboBox *m_window;
    QPushButton *m_refreshButton;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    QPushButton *m_cancelButton;
    QLabel *m_asOf;
};

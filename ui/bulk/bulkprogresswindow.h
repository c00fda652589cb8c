// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/bulk/bulkqueue.h"

#include <QDialog>

QT_FORWARD_DECLARE_CLASS(QLabel)
QT_FORWARD_DECLARE_CLASS(QMessageBox)
QT_FORWARD_DECLARE_CLASS(QProgressBar)
QT_FORWARD_DECLARE_CLASS(QPushButton)
QT_FORWARD_DECLARE_CLASS(QTableWidget)
class MessageBar;

// The one progress window of a bulk action: a progress bar and "12 of 30", Pause/Resume and
// Cancel, and a table with a result per client (done, skipped, failed with the message), updated
// as the queue runs. At the end a summary ("27 deactivated, 2 skipped, 1 failed") with Copy (text)
// and Save CSV. Closing it while the queue runs asks first: cancel the rest, or keep running.
// It owns the queue; the lists follow through ClientsService's signals.
class BulkProgressWindow : public QDialog
{
    Q_OBJECT
public:
    // Takes `queue` (planned, not started) and starts it.
    explicit BulkProgressWindow(BulkQueue *queue, QWidget *parent = nullptr);
    ~BulkProgressWindow() override;

    [[nodiscard]] BulkQueue *queue() const { return m_queue; }
    // The queue still has clients to do.
    [[nodiscard]] bool isRunning() const { return m_queue && !m_queue->isFinished(); }
    [[nodiscard]] QTableWidget *table() const { return m_table; }
    [[nodiscard]] QProgressBar *progressBar() const { return m_bar; }
    [[nodiscard]] QString progressText() const;
    [[nodiscard]] QString summaryText() const;
    [[nodiscard]] QPushButton *pauseButton() const { return m_pause; }
    [[nodiscard]] QPushButton *cancelButton() const { return m_cancel; }
    [[nodiscard]] QPushButton *copyButton() const { return m_copy; }
    [[nodiscard]] QPushButton *saveButton() const { return m_save; }
    // The question a close while running asks (nullptr when none is open).
    [[nodiscard]] QMessageBox *closeQuestion() const { return m_question; }

    // Writes the results as CSV (the Save CSV button asks for the file first).
    bool saveCsv(const QString &path, QString *error = nullptr) const;

public Q_SLOTS:
    void togglePause();
    void cancelQueue();
    void copyResults();
    void chooseCsvFile();
    void reject() override;

Q_SIGNALS:
    void finished();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void onRowChanged(int row);
    void onFinished();
    void updateProgress();
    void askBeforeClosing();

    BulkQueue *m_queue;
    QList<int> m_work; // rows the plan left to do (not skipped before the start)
    MessageBar *m_message;
    QLabel *m_title;
    QProgressBar *m_bar;
    QLabel *m_count;
    QTableWidget *m_table;
    QLabel *m_summary;
    QPushButton *m_pause;
    QPushButton *m_cancel;
    QPushButton *m_copy;
    QPushButton *m_save;
    QPushButton *m_close;
    QMessageBox *m_question = nullptr;
};

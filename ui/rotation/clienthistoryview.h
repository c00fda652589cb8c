// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/clienthistory.h"

#include <QPointer>
#include <QWidget>

#include <optional>

QT_FORWARD_DECLARE_CLASS(QLabel)
QT_FORWARD_DECLARE_CLASS(QPushButton)
QT_FORWARD_DECLARE_CLASS(QSpinBox)
QT_FORWARD_DECLARE_CLASS(QTreeWidget)
class HistoryCache;
class Operation;

// The History tab of a client's details: when the secret was last reset and by whom, then the
// client's audit events newest first (when, who, action, and each property change old -> new
// with role and division names). The last 14 days come from the realtime audit query; more days
// (the spin box, "Load") also ask the asynchronous query for older events. It loads when shown
// and when the client changes while it is shown; a missing permission (audits:audit:view) is
// said in the tab, and nothing else depends on it.
class ClientHistoryView : public QWidget
{
    Q_OBJECT
public:
    explicit ClientHistoryView(QWidget *parent = nullptr);

    void setCache(HistoryCache *cache);
    void setClient(const std::optional<QString> &clientId);
    // Loads the history of the current client over the chosen number of days.
    void reload();

    [[nodiscard]] QTreeWidget *tree() const { return m_tree; }
    [[nodiscard]] QString summaryText() const;
    [[nodiscard]] bool isLoading() const { return !m_loading.isNull(); }

Q_SIGNALS:
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showHistory(const ClientHistory &history);
    void setMessage(const QString &text);
    void fitColumns();

    QPointer<HistoryCache> m_cache;
    QString m_clientId;
    QString m_shownFor; // "id/days" of what the tree shows
    QPointer<Operation> m_loading;
    QLabel *m_summary;
    QTreeWidget *m_tree;
    QSpinBox *m_days;
    QPushButton *m_load;
};

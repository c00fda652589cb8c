// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/controllers/usagetotals.h"

#include <QLabel>
#include <QPointer>

class Operation;
class Session;

// "1,234 requests in the last 7 days (12 failed), last on 14 Mar": a client's recent use, so an
// admin sees what would break before deleting it or changing its secret. Runs the platform's
// usage summary (start, then poll) when start() is called.
class UsageSummaryLabel : public QLabel
{
    Q_OBJECT
public:
    static constexpr int Days = 7;

    explicit UsageSummaryLabel(QWidget *parent = nullptr);
    ~UsageSummaryLabel() override;

    void start(Session *session, const QString &clientId);
    [[nodiscard]] bool isDone() const { return m_done; }
    // Done, but the usage is not known (not signed in, the query failed).
    [[nodiscard]] bool hasFailed() const { return m_failed; }
    [[nodiscard]] const UsageTotals &totals() const { return m_totals; }

Q_SIGNALS:
    void finished();

private:
    QPointer<Operation> m_op;
    UsageTotals m_totals;
    bool m_done = false;
    bool m_failed = false;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/net/operation.h"
#include "models/config/promoteplan.h"

#include <QObject>
#include <QPointer>

#include <functional>

class ClientsService;
class Session;

// The roles and divisions of the target org, by name, for planPromotion().
Operation *fetchTargetDirectory(Session *target, QObject *context, Handler<TargetDirectory> done);

// Runs a promotion plan against the target org, one client after another, through the target's
// ClientsService and so through its create and update rules: a create is never sent twice (a lost
// answer is looked up, not repeated); an update reads the client first and PUTs its whole current
// JSON with the edits on top, so fields of the target that the plan does not touch, also unknown
// ones, stay. Each client gets one PromoteResult (resultReady), then finished() gives them all. A
// created client's secret is in its result, once; the Promoter keeps no copy after finished().
//
//     auto *p = new Promoter(targetSession->clients(), this);
//     connect(p, &Promoter::finished, this, [](const QList<PromoteResult> &rows) { ... });
//     p->start(planPromotion(diff, directory));
class Promoter : public QObject
{
    Q_OBJECT
public:
    // Asks for permission before each client's requests and calls `proceed` when they may go.
    // The default lets them go at once (the ApiClient's retry rules still apply: a 429 is waited
    // out). The shared rate-limit budget of bulk operations plugs in here.
    using Gate = std::function<void(QObject *context, std::function<void()> proceed)>;

    explicit Promoter(ClientsService *target, QObject *parent = nullptr);
    ~Promoter() override;

    void setGate(Gate gate) { m_gate = std::move(gate); }
    void start(const QList<PromoteStep> &steps);
    // Stops after the request in flight; the remaining clients are reported as skipped.
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }

Q_SIGNALS:
    void resultReady(const PromoteResult &result);
    void finished(const QList<PromoteResult> &results);

private:
    void next();
    void runStep(const PromoteStep &step);
    void create(const PromoteStep &step);
    void update(const PromoteStep &step);
    void report(PromoteResult result);

    ClientsService *m_clients;
    Gate m_gate;
    QList<PromoteStep> m_steps;
    QList<PromoteResult> m_results;
    QPointer<Operation> m_current;
    bool m_running = false;
    bool m_cancelled = false;
};

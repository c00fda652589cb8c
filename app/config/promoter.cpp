// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/config/promoter.h"

#include "app/services/clientsservice.h"
#include "app/services/directoryservice.h"
#include "app/services/session.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Promoter)
};

PromoteResult resultFor(const PromoteStep &step, PromoteResult::Outcome outcome, const QString &message)
{
    PromoteResult r;
    r.outcome = outcome;
    r.action = step.action;
    r.name = step.name;
    r.sourceId = step.sourceId;
    r.targetId = step.targetId;
    r.message = message;
    return r;
}

class FetchDirectory final : public Sequence<TargetDirectory>
{
public:
    FetchDirectory(Session *target, QObject *context, Handler<TargetDirectory> done)
        : Sequence(target, context, std::move(done))
        , m_target(target)
    {
        track(m_target->directory()->roles(this, [this](Result<QList<Role>> r) {
            if (stopped())
                return;
            if (!r) {
                complete(r.error());
                return;
            }
            m_roles = std::move(r).value();
            track(m_target->directory()->divisions(this, [this](Result<QList<Division>> d) {
                if (stopped())
                    return;
                if (!d) {
                    complete(d.error());
                    return;
                }
                complete(TargetDirectory::from(m_roles, d.value()));
            }));
        }));
    }

private:
    Session *m_target;
    QList<Role> m_roles;
};
} // namespace

Operation *fetchTargetDirectory(Session *target, QObject *context, Handler<TargetDirectory> done)
{
    return new FetchDirectory(target, context, std::move(done));
}

Promoter::Promoter(ClientsService *target, QObject *parent)
    : QObject(parent)
    , m_clients(target)
    , m_gate([](QObject *, std::function<void()> proceed) { proceed(); })
{}

Promoter::~Promoter()
{
    for (PromoteResult &r : m_results)
        r.secret.fill(u'\0');
}

void Promoter::start(const QList<PromoteStep> &steps)
{
    Q_ASSERT(!m_running);
    m_steps = steps;
    m_results.clear();
    m_running = true;
    m_cancelled = false;
    QMetaObject::invokeMethod(this, &Promoter::next, Qt::QueuedConnection);
}

void Promoter::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
}

void Promoter::report(PromoteResult result)
{
    m_results.append(result);
    Q_EMIT resultReady(result);
    QMetaObject::invokeMethod(this, &Promoter::next, Qt::QueuedConnection);
}

void Promoter::next()
{
    if (!m_running)
        return;
    if (m_steps.isEmpty()) {
        m_running = false;
        QList<PromoteResult> results = std::exchange(m_results, {});
        Q_EMIT finished(results);
        for (PromoteResult &r : results)
            r.secret.fill(u'\0');
        return;
    }
    const PromoteStep step = m_steps.takeFirst();
    if (m_cancelled &&
        (step.action == PromoteStep::Action::Create || step.action == PromoteStep::Action::Update)) {
        report(resultFor(step, PromoteResult::Outcome::Skipped, Tr::tr("Cancelled before it was sent.")));
        return;
    }
    runStep(step);
}

void Promoter::runStep(const PromoteStep &step)
{
    switch (step.action) {
    case PromoteStep::Action::Keep:
    case PromoteStep::Action::Skip:
        report(plannedResult(step));
        return;
    case PromoteStep::Action::Create:
        m_gate(this, [this, step] { create(step); });
        return;
    case PromoteStep::Action::Update:
        m_gate(this, [this, step] { update(step); });
        return;
    }
}

void Promoter::create(const PromoteStep &step)
{
    m_current = m_clients->create(step.body, this, [this, step](const Result<ClientWithSecret> &r) {
        if (!r) {
            QString message = r.error().userMessage();
            if (r.error().outcomeUnknown)
                message = Tr::tr("It may or may not have been created: %1").arg(message);
            report(resultFor(step, PromoteResult::Outcome::Failed, message));
            return;
        }
        PromoteResult result = resultFor(step, PromoteResult::Outcome::Created, {});
        result.targetId = r->client.id;
        result.secret = r->secret;
        if (r->secretLost)
            result.message = Tr::tr("Created, but its secret was not received: regenerate it to see one.");
        else if (!r->secret.isEmpty())
            result.message = Tr::tr("Created. Its secret is shown only this once: store it now.");
        else
            result.message = Tr::tr("Created.");
        report(result);
    });
}

void Promoter::update(const PromoteStep &step)
{
    m_current = m_clients->get(step.targetId, this, [this, step](const Result<OAuthClient> &current) {
        if (!current) {
            report(resultFor(step, PromoteResult::Outcome::Failed, current.error().userMessage()));
            return;
        }
        const QStringList problems =
            validateClientRequestShape(buildClientUpdateBody(current->json.object(), step.body));
        if (!problems.isEmpty()) {
            report(resultFor(step, PromoteResult::Outcome::Failed,
                             Tr::tr("The update would send an invalid client; nothing was changed: %1")
                                 .arg(problems.join(u' '))));
            return;
        }
        m_current =
            m_clients->update(current.value(), step.body, this, [this, step](const Result<OAuthClient> &r) {
                if (!r) {
                    report(resultFor(step, PromoteResult::Outcome::Failed, r.error().userMessage()));
                    return;
                }
                QString message = Tr::tr("Changed: %1.").arg(step.fields.join(u", "_s));
                if (!step.reason.isEmpty())
                    message += u' ' + step.reason;
                report(resultFor(step, PromoteResult::Outcome::Updated, message));
            });
    });
}

// SPDX-License-Identifier: GPL-3.0-or-later
// The end of a blue/green rotation: watching the old and the new client's requests, and retiring
// the old client (deactivate, then delete if asked) once it is quiet.
#include "app/rotation/rotationrunner.h"

#include "app/services/clientsservice.h"
#include "app/services/integrationsservice.h"
#include "app/services/session.h"
#include "app/services/signedinclient.h"
#include "app/services/usageservice.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RotationRunner)
};

ApiError refusal(const QString &message, QLatin1StringView code = RotationRunner::Refused)
{
    ApiError e = ApiError::make(ApiError::Kind::Unknown, message);
    e.code = QString(code);
    return e;
}

// Requests per UTC day of one client; a deleted client has none.
void addRows(const QList<UsageRow> &rows, QHash<QDate, qint64> *perDay)
{
    for (const UsageRow &row : rows)
        (*perDay)[row.date.toUTC().date()] += row.requests;
}

class WatchUsage final : public Sequence<RotationUsage>
{
public:
    WatchUsage(RotationRunner *runner, const RotationRecord &record, int days, QObject *context,
               Handler<RotationUsage> done)
        : Sequence(runner, context, std::move(done))
        , m_runner(runner)
        , m_record(record)
    {
        const QDateTime now = runner->now();
        m_query = UsageQuery::lastDays(std::clamp(days, 1, 90) + 1, now); // whole days and today
        m_query.granularity = Granularity::Day;
        m_query.metrics = {u"Requests"_s};
        m_since = now.addSecs(-24 * 3600).date(); // the days the last 24 hours touch
        query(m_record.oldClientId, &m_old, [this] {
            if (m_record.newClientId.isEmpty() || m_record.newClientId == m_record.oldClientId)
                finishUp();
            else
                query(m_record.newClientId, &m_new, [this] { finishUp(); });
        });
    }

private:
    void query(const QString &clientId, QHash<QDate, qint64> *perDay, std::function<void()> next)
    {
        track(m_runner->session()->usage()->runClientQuery(
            clientId, m_query, this, [this, perDay, next = std::move(next)](const Result<UsageResult> &r) {
                if (stopped())
                    return;
                if (!r && !r.error().isNotFound()) {
                    complete(r.error());
                    return;
                }
                if (r)
                    addRows(r->rows, perDay);
                next();
            }));
    }

    void finishUp()
    {
        RotationUsage u;
        for (QDate d = m_query.start.toUTC().date(); d < m_query.end.toUTC().date(); d = d.addDays(1)) {
            u.days.append(d);
            u.oldRequests.append(m_old.value(d));
            u.newRequests.append(m_new.value(d));
            if (d >= m_since) {
                u.oldLast24h += m_old.value(d);
                u.newLast24h += m_new.value(d);
            }
        }
        complete(u);
    }

    RotationRunner *m_runner;
    RotationRecord m_record;
    UsageQuery m_query;
    QDate m_since;
    QHash<QDate, qint64> m_old;
    QHash<QDate, qint64> m_new;
};

class FinishRotation final : public Sequence<RotationRecord>
{
public:
    FinishRotation(RotationRunner *runner, const RotationRecord &record, bool deleteOld, bool force,
                   QObject *context, Handler<RotationRecord> done)
        : Sequence(runner, context, std::move(done))
        , m_runner(runner)
        , m_record(record)
        , m_delete(deleteOld)
        , m_force(force)
    {
        QMetaObject::invokeMethod(
            this, [this] { check(); }, Qt::QueuedConnection);
    }

private:
    [[nodiscard]] ClientsService *clients() const { return m_runner->session()->clients(); }

    void check()
    {
        if (stopped())
            return;
        if (m_record.strategy != RotationStrategy::BlueGreen) {
            complete(refusal(Tr::tr("A rotation in place has no old client to retire.")));
            return;
        }
        if (m_record.step != RotationStep::Watching && m_record.step != RotationStep::Deactivated) {
            complete(refusal(
                Tr::tr("The rotation of %1 is at step \"%2\": resume it before retiring the old client.")
                    .arg(m_record.oldClientName, rotationStepLabel(m_record.step))));
            return;
        }
        // Retiring the client this session signs in with would end the session (a delete revokes
        // its tokens): sign in with the new client first.
        if (isSignedInWith(m_runner->session(), m_record.oldClientId)) {
            complete(refusal(
                Tr::tr("You are signed in with %1, the client being retired. Sign in with the new client "
                       "%2 (%3) first, then finish the rotation.")
                    .arg(m_record.oldClientName, m_record.newClientName, m_record.newClientId)));
            return;
        }
        checkNewClient();
    }

    // The copy must still exist: without it, the old client's consumers have nothing to move to,
    // and retiring the old one would stop them. A record whose copy is gone is out of date (the
    // clients were deleted elsewhere, or the demo org started anew): it is dropped, nothing changed.
    void checkNewClient()
    {
        track(clients()->get(m_record.newClientId, this, [this](const Result<OAuthClient> &r) {
            if (stopped())
                return;
            if (!r && r.error().isNotFound()) {
                m_runner->forget(m_record);
                complete(
                    refusal(Tr::tr("The new client %1 (%2) does not exist, so nothing could have "
                                   "moved to it: %3 was left alone. This saved rotation is out of "
                                   "date and was removed from the rotations in progress.")
                                .arg(m_record.newClientName, m_record.newClientId, m_record.oldClientName),
                            RotationRunner::StaleRecord));
                return;
            }
            if (!r) {
                complete(r.error());
                return;
            }
            checkOldClient();
        }));
    }

    void checkOldClient()
    {
        track(clients()->get(m_record.oldClientId, this, [this](Result<OAuthClient> r) {
            if (stopped())
                return;
            if (!r) {
                if (r.error().isNotFound()) {
                    m_record.note = Tr::tr("The old client no longer exists.");
                    done();
                    return;
                }
                complete(r.error());
                return;
            }
            m_old = std::move(r.value());
            if (m_old.clientState() == ClientState::Inactive && !m_delete) {
                m_record.note =
                    Tr::tr("The old client is inactive; the platform deletes it on %1. Finish with "
                           "deletion to delete it now.")
                        .arg(QLocale().toString(m_old.dateToDelete.toLocalTime(), QLocale::ShortFormat));
                if (m_record.step != RotationStep::Deactivated)
                    save(RotationStep::Deactivated);
                complete(m_record);
                return;
            }
            if (m_force) {
                deactivate();
                return;
            }
            quiet();
        }));
    }

    void quiet()
    {
        track(m_runner->usage(m_record, 1, this, [this](const Result<RotationUsage> &r) {
            if (stopped())
                return;
            if (!r) {
                ApiError e = r.error();
                e.message =
                    Tr::tr("Whether the old client is quiet could not be checked (%1). Retire it anyway with "
                           "--force.")
                        .arg(r.error().userMessage());
                complete(e);
                return;
            }
            if (r->oldLast24h > 0) {
                complete(
                    refusal(Tr::tr("%1 still had %2 requests in the last 24 hours (the new client: %3). Wait "
                                   "until it is quiet, or retire it anyway with --force.")
                                .arg(m_record.oldClientName)
                                .arg(r->oldLast24h)
                                .arg(r->newLast24h),
                            RotationRunner::OldClientBusy));
                return;
            }
            deactivate();
        }));
    }

    void deactivate()
    {
        if (m_old.clientState() == ClientState::Inactive) {
            remove();
            return;
        }
        track(clients()->update(
            m_old, QJsonObject{{u"state"_s, u"inactive"_s}}, this, [this](Result<OAuthClient> r) {
                if (stopped())
                    return;
                if (!r) {
                    complete(r.error());
                    return;
                }
                m_old = std::move(r.value());
                save(RotationStep::Deactivated);
                if (!m_delete) {
                    m_record.note =
                        Tr::tr("The old client is inactive; the platform deletes it on %1.")
                            .arg(QLocale().toString(m_old.dateToDelete.toLocalTime(), QLocale::ShortFormat));
                    m_runner->save(m_record);
                    complete(m_record);
                    return;
                }
                remove();
            }));
    }

    void remove()
    {
        if (!m_delete) {
            complete(m_record);
            return;
        }
        track(clients()->remove(m_old, this, [this](const Result<Done> &r) {
            if (stopped())
                return;
            if (!r) {
                complete(r.error());
                return;
            }
            m_record.note = Tr::tr("The old client was deleted.");
            done();
        }));
    }

    void save(RotationStep step)
    {
        m_record.advance(step, m_runner->now());
        m_runner->save(m_record);
    }

    void done()
    {
        m_record.advance(RotationStep::Done, m_runner->now());
        m_runner->forget(m_record);
        complete(m_record);
    }

    RotationRunner *m_runner;
    RotationRecord m_record;
    OAuthClient m_old;
    bool m_delete;
    bool m_force;
};
} // namespace

RotationRunner::RotationRunner(Session *session, IntegrationsService *integrations, RotationStore store,
                               QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_integrations(integrations)
    , m_store(std::move(store))
{}

bool RotationRunner::save(const RotationRecord &record)
{
    const bool ok = m_store.save(record);
    Q_EMIT recordSaved(record);
    return ok;
}

void RotationRunner::forget(const RotationRecord &record)
{
    m_store.remove(record.id);
    Q_EMIT recordSaved(record);
}

QDateTime RotationRunner::now() const
{
    return m_session->api()->serverNow().toUTC();
}

QString RotationRunner::defaultCopyName(const OAuthClient &old) const
{
    return Tr::tr("%1 (rotated %2)").arg(old.name, now().date().toString(Qt::ISODate));
}

Operation *RotationRunner::finish(const RotationRecord &record, bool deleteOld, bool force, QObject *context,
                                  Handler<RotationRecord> done)
{
    return new FinishRotation(this, record, deleteOld, force, context, std::move(done));
}

Operation *RotationRunner::usage(const RotationRecord &record, int days, QObject *context,
                                 Handler<RotationUsage> done)
{
    return new WatchUsage(this, record, days, context, std::move(done));
}

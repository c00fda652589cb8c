// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/config/snapshottaker.h"

#include "app/services/clientsservice.h"
#include "app/services/directoryservice.h"
#include "app/services/session.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotTaker)
};

class TakeSnapshot final : public Sequence<Snapshot>
{
public:
    TakeSnapshot(Session *session, QObject *context, Handler<Snapshot> done, QDateTime takenAt)
        : Sequence(session, context, std::move(done))
        , m_session(session)
        , m_takenAt(takenAt.isValid() ? takenAt.toUTC() : QDateTime::currentDateTimeUtc())
    {
        m_org = session->identity().organization;
        if (m_org.id.isEmpty())
            identify();
        else
            listClients();
    }

private:
    void identify()
    {
        track(m_session->directory()->tokenInfo(this, [this](const Result<TokenInfo> &r) {
            if (stopped())
                return;
            if (!r) {
                complete(r.error());
                return;
            }
            m_org = r->organization;
            listClients();
        }));
    }

    void listClients()
    {
        track(m_session->clients()->list(this, [this](Result<QList<OAuthClient>> r) {
            if (stopped())
                return;
            if (!r) {
                complete(r.error());
                return;
            }
            m_clients = std::move(r).value();
            listRoles();
        }));
    }

    // Names are a help, not a must: a refusal becomes a warning.
    bool tolerate(const ApiError &e, const QString &what)
    {
        if (e.isCancelled() || e.kind == ApiError::Kind::Auth || e.isHttp(401)) {
            complete(e);
            return false;
        }
        m_warnings.append(
            Tr::tr("The %1 could not be read, so they are not named: %2").arg(what, e.userMessage()));
        return true;
    }

    void listRoles()
    {
        track(m_session->directory()->roles(this, [this](Result<QList<Role>> r) {
            if (stopped())
                return;
            if (r)
                m_roles = std::move(r).value();
            else if (!tolerate(r.error(), Tr::tr("roles")))
                return;
            listDivisions();
        }));
    }

    void listDivisions()
    {
        track(m_session->directory()->divisions(this, [this](Result<QList<Division>> r) {
            if (stopped())
                return;
            if (r)
                m_divisions = std::move(r).value();
            else if (!tolerate(r.error(), Tr::tr("divisions")))
                return;
            Snapshot s =
                Snapshot::build(m_org, snapshotRegion(m_session), m_takenAt, m_clients, m_roles, m_divisions);
            s.warnings = m_warnings + s.warnings;
            complete(std::move(s));
        }));
    }

    Session *m_session;
    QDateTime m_takenAt;
    EntityRef m_org;
    QList<OAuthClient> m_clients;
    QList<Role> m_roles;
    QList<Division> m_divisions;
    QStringList m_warnings;
};
} // namespace

Operation *takeSnapshot(Session *session, QObject *context, Handler<Snapshot> done, const QDateTime &takenAt)
{
    return new TakeSnapshot(session, context, std::move(done), takenAt);
}

QString snapshotRegion(const Session *session)
{
    const Endpoints &e = session->endpoints();
    if (!e.regionId.isEmpty())
        return e.regionId;
    QString host = e.api.host();
    if (e.api.port() > 0)
        host += u':' + QString::number(e.api.port());
    return host;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/compare/comparesource.h"

#include "app/config/profilesession.h"
#include "app/config/snapshottaker.h"
#include "app/services/session.h"

#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

CompareSource::CompareSource(Kind kind, QString value, QObject *parent)
    : QObject(parent)
    , m_kind(kind)
    , m_value(std::move(value))
{}

CompareSource::~CompareSource() = default;

Session *CompareSource::session() const
{
    return m_session;
}

QString CompareSource::label() const
{
    switch (m_kind) {
    case Kind::Live:
        return tr("This org (signed in)");
    case Kind::File:
        return QFileInfo(m_value).fileName();
    case Kind::Profile:
        return u"profile:"_s + m_value;
    }
    return {};
}

Operation *CompareSource::load(Session *live, const ProfileStore *profiles, SecretStore *secrets,
                               QObject *context, Handler<Snapshot> done)
{
    auto *op = new Sequence<Snapshot>(this, context, std::move(done));
    switch (m_kind) {
    case Kind::File: {
        // Capped in size and checked field by field, as in the CLI.
        Result<Snapshot> r = Snapshot::fromFile(m_value);
        QMetaObject::invokeMethod(
            op, [op, r] { op->complete(r); }, Qt::QueuedConnection);
        break;
    }
    case Kind::Live:
        m_session = live;
        if (!live || !live->isSignedIn()) {
            QMetaObject::invokeMethod(
                op,
                [op] {
                    op->complete(ApiError::make(ApiError::Kind::Auth, tr("Sign in to compare this org.")));
                },
                Qt::QueuedConnection);
            break;
        }
        op->track(takeSnapshot(live, op, [op](const Result<Snapshot> &r) { op->complete(r); }));
        break;
    case Kind::Profile:
        if (!m_ownSession) {
            m_ownSession = std::make_unique<Session>();
            if (live)
                m_ownSession->api()->setRetryPolicy(live->api()->retryPolicy());
        }
        m_session = m_ownSession.get();
        if (m_ownSession->isSignedIn()) {
            op->track(takeSnapshot(m_session, op, [op](const Result<Snapshot> &s) { op->complete(s); }));
            break;
        }
        op->track(signInProfileSession(
            m_ownSession.get(), profiles, secrets, m_value, op, [this, op](const Result<TokenInfo> &r) {
                if (op->stopped())
                    return;
                if (!r) {
                    op->complete(r.error());
                    return;
                }
                op->track(takeSnapshot(m_session, op, [op](const Result<Snapshot> &s) { op->complete(s); }));
            }));
        break;
    }
    return op;
}

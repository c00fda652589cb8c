// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/demosession.h"

#include "app/rotation/rotationstore.h"
#include "app/sandbox/sandboxserver.h"
#include "app/services/session.h"

#include <QFile>

#include <utility>

DemoSession::DemoSession(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{}

DemoSession::~DemoSession() = default;

bool DemoSession::startSandbox(QString *error)
{
    auto sandbox = std::make_unique<SandboxServer>();
    sandbox->setRateLimit(300, std::chrono::seconds(60)); // the platform's default (R26)
    if (!sandbox->start()) {
        if (error)
            *error = sandbox->errorString();
        return false;
    }
    // The demo org starts anew on every run: rotations saved by an earlier run name clients that
    // are gone, so they are not listed as in progress; said once (takeStartNotice()).
    const RotationStore store = RotationStore::forSession(QString(), sandbox->organizationId());
    const qsizetype dropped = store.load().size();
    QFile::remove(store.filePath());
    m_startNotice.clear();
    if (dropped == 1)
        m_startNotice = tr("The demo org starts fresh each time: 1 saved rotation of the previous demo "
                           "was removed.");
    else if (dropped > 1)
        m_startNotice = tr("The demo org starts fresh each time: %1 saved rotations of the previous demo "
                           "were removed.")
                            .arg(dropped);
    // The session leaves the old sandbox before it goes.
    m_session->signOut();
    m_session->setEndpoints(Endpoints{sandbox->baseUrl(), sandbox->baseUrl(), QString()});
    // Later: this may run in the answer of a request to the old one.
    if (m_sandbox)
        m_sandbox.release()->deleteLater();
    m_sandbox = std::move(sandbox);
    return true;
}

QString DemoSession::takeStartNotice()
{
    return std::exchange(m_startNotice, QString());
}

void DemoSession::signIn(std::function<void(const ApiError &)> failed)
{
    if (!m_sandbox) {
        if (failed)
            failed(ApiError::make(ApiError::Kind::Network, tr("The demo sandbox is not running.")));
        return;
    }
    m_session->signInWithClientCredentials(m_sandbox->adminClientId(),
                                           m_sandbox->adminClientSecret().toUtf8(), this,
                                           [failed = std::move(failed)](const Result<TokenInfo> &r) {
                                               if (!r && failed)
                                                   failed(r.error());
                                           });
}

void DemoSession::reopen(std::function<void(const ApiError &)> failed)
{
    if (!m_sandbox) {
        QString error;
        if (!startSandbox(&error)) {
            if (failed)
                failed(ApiError::make(ApiError::Kind::Network,
                                      tr("The demo sandbox did not start: %1").arg(error)));
            return;
        }
        Q_EMIT restarted();
        signIn(std::move(failed));
        return;
    }
    signIn([this, failed = std::move(failed)](const ApiError &e) {
        // The admin client is gone or inactive: this demo cannot be entered again. Start over.
        QString error;
        if (!startSandbox(&error)) {
            if (failed)
                failed(ApiError::make(ApiError::Kind::Network,
                                      tr("The demo sandbox did not start: %1").arg(error)));
            return;
        }
        Q_UNUSED(e)
        Q_EMIT restarted();
        signIn(failed);
    });
}
